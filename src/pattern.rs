//! Patterns over news text that cost little to start.
//!
//! The summarizer's patterns read names and numbers with Unicode classes
//! (`\p{Lu}`, `\p{L}`, `\d`, `\w`, `\b`). Their automata are large, and
//! the regex engine builds its lazy DFA a state at a time as text reaches
//! them: on a build's stories, that warm-up cost as much as all the
//! matching itself. Yet nearly all news text is ASCII plus a little
//! typographic punctuation (curly quotes, dashes, currency signs) and
//! spacing (no-break spaces), in which those classes can only ever match
//! ASCII characters.
//!
//! So a [`Pattern`] is compiled twice: once with each of those classes
//! narrowed to its ASCII part, to run on such *plain* text, and once as
//! written (when first needed) for any other text. On plain text the two
//! find exactly the same matches, since every character of the text is in a
//! narrowed class exactly when it is in the full one; the tests check that
//! on random text for every pattern.

use std::sync::OnceLock;

use regex::{CaptureMatches, Captures, Match, Matches, Regex};

/// A regular expression over news text: see the [module](self) docs.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern with its Unicode classes narrowed to ASCII.
    narrow: Regex,
    /// Whether narrowing changed the pattern (`said|told` has nothing to
    /// narrow: its one form serves all text).
    narrowed: bool,
    /// The pattern as written, compiled on first use.
    full: OnceLock<Regex>,
    /// The pattern as written.
    source: String,
}

impl Pattern {
    /// Compiles `pattern` for plain text (the form for other text is
    /// compiled when first needed).
    ///
    /// Narrowing changes no syntax, so an error in the pattern as written
    /// shows here.
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let narrowed = narrow(pattern);
        Ok(Self {
            narrow: build(&narrowed)?,
            narrowed: narrowed != pattern,
            full: OnceLock::new(),
            source: pattern.to_string(),
        })
    }

    /// The pattern as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The compiled form that runs on `haystack`.
    pub fn regex(&self, haystack: &str) -> &Regex {
        self.form(!self.narrowed || is_plain(haystack))
    }

    /// The compiled form for text that is `plain` ([`is_plain`]) or not:
    /// for a caller that runs several patterns over one sentence, or over
    /// parts of it (any part of plain text is plain), and tests it once.
    pub fn form(&self, plain: bool) -> &Regex {
        if plain || !self.narrowed {
            &self.narrow
        } else {
            self.full()
        }
    }

    /// The pattern as written, compiled.
    fn full(&self) -> &Regex {
        self.full.get_or_init(|| {
            build(&self.source).expect("a pattern that compiled narrowed compiles as written")
        })
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.regex(haystack).is_match(haystack)
    }

    /// The first match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.regex(haystack).find(haystack)
    }

    /// Every match in `haystack`, left to right, not overlapping.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        self.regex(haystack).find_iter(haystack)
    }

    /// The capture groups of the first match in `haystack`.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.regex(haystack).captures(haystack)
    }

    /// The capture groups of every match in `haystack`.
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        self.regex(haystack).captures_iter(haystack)
    }
}

/// Compiles with a lazy-DFA cache large enough for the summarizer's
/// patterns: with the default, the cache of a pattern with Unicode classes
/// is exhausted and matching falls back to an engine many times slower.
fn build(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(16 << 20)
        .build()
}

/// The characters beyond ASCII that plain text may hold besides spaces:
/// the punctuation and symbols common in news, none of them a letter,
/// digit, space or word character, and none with a case.
const PLAIN_EXTRAS: &str = "‘’‚“”„–—―…•·′″«»‹›£€¥₹¢°§¶†‡±×÷©®™¡¿";

/// Whether `text` is plain: ASCII, but for spaces (`\s`, which is not
/// narrowed: its automaton is small) and [`PLAIN_EXTRAS`].
pub fn is_plain(text: &str) -> bool {
    // (This runs for every sentence: most are ASCII, which `is_ascii`
    // tests a word at a time, and only the characters beyond ASCII are
    // decoded.)
    if text.is_ascii() {
        return true;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(ascii) = bytes[at..].iter().position(|b| !b.is_ascii()) {
        at += ascii;
        let c = text[at..].chars().next().expect("a character starts here");
        if !(c.is_whitespace() || PLAIN_EXTRAS.contains(c)) {
            return false;
        }
        at += c.len_utf8();
    }
    true
}

/// `pattern` with its Unicode classes narrowed to ASCII: `\p{Lu}`, `\p{Ll}`,
/// `\p{L}`, `\p{N}`, `\d` and `\w`, alone or inside a bracketed
/// class, and Unicode word boundaries. Everything else is kept as written.
fn narrow(pattern: &str) -> String {
    const CLASSES: [(&str, &str); 6] = [
        (r"\p{Lu}", "A-Z"),
        (r"\p{Ll}", "a-z"),
        (r"\p{L}", "A-Za-z"),
        (r"\p{N}", "0-9"),
        (r"\d", "0-9"),
        (r"\w", "0-9A-Za-z_"),
    ];
    let mut narrowed = String::with_capacity(pattern.len() * 2);
    // Whether the text so far has opened a bracketed class (nesting is
    // counted; an escaped bracket is no bracket).
    let mut depth = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            if let Some((class, ascii)) = CLASSES.iter().find(|(class, _)| rest.starts_with(class))
            {
                if depth > 0 {
                    narrowed.push_str(ascii);
                } else {
                    narrowed.push('[');
                    narrowed.push_str(ascii);
                    narrowed.push(']');
                }
                rest = &rest[class.len()..];
                continue;
            }
            let escape = rest.chars().nth(1).map_or(0, char::len_utf8);
            let written = &rest[..1 + escape];
            if (written == r"\b" || written == r"\B") && depth == 0 && !narrowed.ends_with("(?-u:")
            {
                narrowed.push_str("(?-u:");
                narrowed.push_str(written);
                narrowed.push(')');
            } else {
                narrowed.push_str(written);
            }
            rest = &rest[1 + escape..];
            continue;
        }
        match c {
            '[' => {
                depth += 1;
                narrowed.push('[');
                rest = &rest[1..];
                // A `]` first in a class (after any `^`) is a literal.
                if let Some(after) = rest.strip_prefix('^') {
                    narrowed.push('^');
                    rest = after;
                }
                if let Some(after) = rest.strip_prefix(']') {
                    narrowed.push(']');
                    rest = after;
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                narrowed.push(']');
                rest = &rest[1..];
            }
            _ => {
                narrowed.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    narrowed
}

/// Checks that `pattern` finds the same matches, with the same groups, in
/// its narrowed and its full form on `text` (which must be plain).
#[cfg(test)]
pub(crate) fn agrees_on(pattern: &Pattern, text: &str) -> Result<(), String> {
    assert!(is_plain(text), "not plain: {text:?}");
    let spans = |regex: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
        regex
            .captures_iter(text)
            .map(|caps| {
                caps.iter()
                    .map(|m| m.map(|m| (m.start(), m.end())))
                    .collect()
            })
            .collect()
    };
    let (narrowed, full) = (spans(&pattern.narrow), spans(pattern.full()));
    if narrowed == full {
        Ok(())
    } else {
        Err(format!(
            "{:?} on {text:?}: narrowed {narrowed:?}, full {full:?}",
            pattern.source
        ))
    }
}

/// Random plain news text for [`agrees_on`]: names, titles, roles, verbs of
/// speech, figures, money, dates and punctuation, the same for the same
/// `seed`.
#[cfg(test)]
pub(crate) fn plain_texts(seed: u64, count: usize) -> Vec<String> {
    const WORDS: &[&str] = &[
        "President",
        "Prime",
        "Minister",
        "Mr",
        "Mr.",
        "Dr",
        "Sir",
        "Ms",
        "Gen.",
        "Volodymyr",
        "Zelenskyy",
        "Anna",
        "Weiss",
        "O'Neill",
        "D’Souza",
        "Jean-Paul",
        "McDonald's",
        "Ukraine's",
        "BBC",
        "U.S.",
        "(Reuters)",
        "(CNN)",
        "WASHINGTON",
        "NEW",
        "DELHI",
        "Acme",
        "Inc",
        "Ltd",
        "Group",
        "University",
        "the",
        "a",
        "of",
        "in",
        "at",
        "for",
        "and",
        "chief",
        "executive",
        "leader",
        "boss",
        "spokesman",
        "official",
        "lawyer",
        "bank",
        "firm",
        "club",
        "said",
        "says",
        "told",
        "added",
        "according",
        "to",
        "he",
        "she",
        "they",
        "also",
        "further",
        "aged",
        "41",
        "180",
        "2,400",
        "7.6",
        "$2.4",
        "US$",
        "£3m",
        "€5",
        "₹10",
        "Rs.",
        "billion",
        "million",
        "bn",
        "dollars",
        "two",
        "five",
        "dozens",
        "hundreds",
        "people",
        "soldiers",
        "were",
        "killed",
        "injured",
        "dead",
        "evacuated",
        "magnitude",
        "February",
        "Monday",
        "24",
        "Feb.",
        "2024",
        "12.45",
        "am",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        ",",
        ".",
        ":",
        ";",
        "(",
        ")",
        "—",
        "–",
        "-",
        "…",
        "%",
        "&",
        "_",
        "x",
        "K",
        "s",
        "st",
    ];
    const SPACES: &[&str] = &[" ", " ", " ", "", ", ", ". ", "\n", "\t", "  ", "\u{a0}"];
    crate::summarize::random_texts(WORDS, SPACES, seed, count, 30)
        .into_iter()
        .filter(|text| is_plain(text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_narrowed_alone_and_in_brackets() {
        assert_eq!(narrow(r"\p{Lu}[\p{L}'’-]+"), r"[A-Z][A-Za-z'’-]+");
        assert_eq!(narrow(r"\s+\d{1,3}"), r"\s+[0-9]{1,3}");
        assert_eq!(narrow(r"[^\w\s,]"), r"[^0-9A-Za-z_\s,]");
        assert_eq!(narrow(r"\p{N}\w"), r"[0-9][0-9A-Za-z_]");
    }

    #[test]
    fn word_boundaries_become_ascii_ones_once() {
        assert_eq!(narrow(r"\bMr\b"), r"(?-u:\b)Mr(?-u:\b)");
        assert_eq!(narrow(r"(?-u:\b)Mr"), r"(?-u:\b)Mr");
        assert_eq!(narrow(r"\Bx"), r"(?-u:\B)x");
    }

    #[test]
    fn other_escapes_and_literal_brackets_are_kept() {
        assert_eq!(narrow(r"\A\$\.\x22\[\p{Greek}"), r"\A\$\.\x22\[\p{Greek}");
        assert_eq!(narrow(r"[]\d][^]a]\d"), r"[]0-9][^]a][0-9]");
        assert_eq!(narrow(r"[\[\d]\d"), r"[\[0-9][0-9]");
        assert_eq!(narrow("“[–—]”"), "“[–—]”");
    }

    #[test]
    fn plain_text_is_ascii_and_typographic_punctuation() {
        assert!(is_plain("“It’s over,” she said — £2m…"));
        assert!(is_plain("12\u{a0}000\u{2009}km"));
        assert!(!is_plain("José said"));
        assert!(!is_plain("Ⓐ"), "a circled letter is alphabetic");
        // What makes narrowing exact: no class that is narrowed, nor any
        // ASCII letter case-insensitively, takes in a character of plain
        // text beyond ASCII.
        let spaces = ('\u{80}'..=char::MAX).filter(|c| c.is_whitespace());
        let classes = [
            r"\p{Lu}",
            r"\p{Ll}",
            r"\p{L}",
            r"\p{N}",
            r"\d",
            r"\w",
            r"(?i)[a-z]",
        ];
        for c in PLAIN_EXTRAS.chars().chain(spaces) {
            for class in classes {
                let class = Regex::new(class).unwrap();
                assert!(!class.is_match(&c.to_string()), "{c:?} in {class}");
            }
        }
    }

    #[test]
    fn each_form_is_chosen_by_its_text() {
        let name = Pattern::new(r"\p{Lu}\p{L}+").unwrap();
        assert_eq!(name.find("said José Álvarez").unwrap().as_str(), "José");
        assert_eq!(name.find("said “Jose Alvarez”").unwrap().as_str(), "Jose");
        assert!(Pattern::new(r"\p{Lu}(").is_err());
    }

    #[test]
    fn narrowed_and_full_forms_agree_on_plain_text() {
        let patterns = [
            r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}",
            r"\b\w+\b",
            r"(?i)\bsaid\s+\w+",
            r"[^\s,]+\s*\d+",
        ];
        for pattern in patterns {
            let pattern = Pattern::new(pattern).unwrap();
            for text in plain_texts(0x5eed, 2_000) {
                agrees_on(&pattern, &text).unwrap();
            }
        }
    }
}
