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
//! So a [`Pattern`] has three forms, each with the same matches on the
//! text it is chosen for ([`Reach`]):
//! - *narrow*, with each of those classes cut down to its ASCII part, for
//!   *plain* text, which is nearly all of it;
//! - *wide*, with each class cut down to the [`WIDE`] scripts (Latin with
//!   its accents, Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai,
//!   Chinese, Japanese, Korean, symbols and emoji), for text within them:
//!   a name with an accent, a line of Hindi or Chinese. It compiles in a
//!   little over half the time of the full form (all the summarizer's
//!   patterns, side by side: 32–47 ms against 56–77 ms), and only once such
//!   text is met;
//! - *full*, the pattern as written, for any other text.
//!
//! A form is exact on its text because every character of that text is in
//! a cut-down class exactly when it is in the full one, case-insensitively
//! too (the [`WIDE`] set is closed under case folding); the tests check
//! that, and check every pattern's forms against each other on random text.

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
    /// The pattern with its Unicode classes cut down to the [`WIDE`]
    /// scripts, compiled on first use (to `None` if it cannot be); `None`
    /// when that changes nothing. The full form serves for either `None`.
    wide: Option<(String, OnceLock<Option<Regex>>)>,
    /// The pattern as written, compiled on first use.
    full: OnceLock<Regex>,
    /// The pattern as written.
    source: String,
}

/// How far beyond ASCII a text reaches, which chooses the form of a
/// [`Pattern`] that runs on it (see the [module](self) docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reach {
    /// ASCII, white space and the typographic punctuation of
    /// [`PLAIN_EXTRAS`].
    Plain,
    /// Plain, and any character of the [`WIDE`] ranges.
    Wide,
    /// Anything else.
    Full,
}

impl Pattern {
    /// Compiles `pattern` for plain text (the other forms are compiled
    /// when first needed).
    ///
    /// Narrowing changes no syntax, so an error in the pattern as written
    /// shows here.
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        let narrowed = rewrite(pattern, Reach::Plain);
        let wide = rewrite(pattern, Reach::Wide);
        Ok(Self {
            narrow: build(&narrowed)?,
            narrowed: narrowed != pattern,
            wide: (wide != pattern).then(|| (wide, OnceLock::new())),
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
        if self.narrowed {
            self.form(reach(haystack))
        } else {
            &self.narrow
        }
    }

    /// The compiled form for text of the given [`reach`]: for a caller
    /// that runs several patterns over one sentence, or over parts of it
    /// (no part of a text reaches further than the whole), and tests it
    /// once.
    pub fn form(&self, reach: Reach) -> &Regex {
        if reach == Reach::Plain || !self.narrowed {
            return &self.narrow;
        }
        match (reach, &self.wide) {
            // (A class written inside `(?-u:…)` cannot be cut down to the
            // wide scripts, which are beyond ASCII: then the full form
            // serves.)
            (Reach::Wide, Some((source, wide))) => match wide.get_or_init(|| build(source).ok()) {
                Some(regex) => regex,
                None => self.full(),
            },
            _ => self.full(),
        }
    }

    /// Whether the wide form, if the pattern has one, compiles (or the full
    /// form serves for wide text too: see [`Pattern::form`]).
    #[cfg(test)]
    pub(crate) fn wide_form_compiles(&self) -> bool {
        self.wide
            .as_ref()
            .is_none_or(|(source, _)| build(source).is_ok())
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

/// The scripts of the wide form: ranges of characters beyond ASCII, in
/// order, of whole blocks. Latin (with IPA, spacing modifiers and
/// combining accents, and its extensions C to E), Greek, Cyrillic (with
/// its extensions B and C), Hebrew, Arabic, the Indic scripts, Thai, the
/// phonetic extensions; general punctuation, super- and subscripts,
/// currency, letterlike symbols, number forms, arrows, mathematical and
/// technical symbols, enclosed letters, box drawing, shapes, dingbats and
/// other symbols; Chinese, Japanese and Korean with their punctuation,
/// kana, jamo, variation selectors and full-width forms; emoji. The set is
/// closed under case folding (`µ` folds with Greek `μ`, `K` with the
/// Kelvin sign, `ɫ` with `Ɫ`), which keeps the wide form exact with
/// `(?i)`; a test checks that.
pub const WIDE: [(char, char); 16] = [
    ('\u{80}', '\u{52f}'),
    ('\u{590}', '\u{6ff}'),
    ('\u{900}', '\u{e7f}'),
    ('\u{1c80}', '\u{1c8f}'),
    ('\u{1d00}', '\u{1dbf}'),
    ('\u{1e00}', '\u{27bf}'),
    ('\u{2c60}', '\u{2c7f}'),
    ('\u{3000}', '\u{318f}'),
    ('\u{4e00}', '\u{9fff}'),
    ('\u{a640}', '\u{a69f}'),
    ('\u{a720}', '\u{a7ff}'),
    ('\u{ab30}', '\u{ab6f}'),
    ('\u{ac00}', '\u{d7af}'),
    ('\u{fe00}', '\u{fe0f}'),
    ('\u{ff00}', '\u{ffef}'),
    ('\u{1f000}', '\u{1fbff}'),
];

/// ASCII and the [`WIDE`] scripts as the inside of a bracketed class.
fn wide_ranges() -> String {
    std::iter::once(('\0', '\u{7f}'))
        .chain(WIDE)
        .map(|(first, last)| format!(r"\x{{{:x}}}-\x{{{:x}}}", u32::from(first), u32::from(last)))
        .collect()
}

/// Whether `c` is in one of the [`WIDE`] ranges.
fn is_wide(c: char) -> bool {
    WIDE.iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// How far `text` reaches beyond ASCII: see [`Reach`].
pub fn reach(text: &str) -> Reach {
    // (This runs for every sentence: most are ASCII, which `is_ascii`
    // tests a word at a time, and only the characters beyond ASCII are
    // decoded.)
    if text.is_ascii() {
        return Reach::Plain;
    }
    let bytes = text.as_bytes();
    let mut reach = Reach::Plain;
    let mut at = 0;
    while let Some(ascii) = bytes[at..].iter().position(|b| !b.is_ascii()) {
        at += ascii;
        let c = text[at..].chars().next().expect("a character starts here");
        if !(is_wide(c) || c.is_whitespace()) {
            return Reach::Full;
        }
        // (Once the text is known to be wide, only a character beyond the
        // wide scripts matters.)
        if reach == Reach::Plain && !(c.is_whitespace() || PLAIN_EXTRAS.contains(c)) {
            reach = Reach::Wide;
        }
        at += c.len_utf8();
    }
    reach
}

/// Whether `text` is plain: ASCII, but for spaces (`\s`, which is not
/// narrowed: its automaton is small) and [`PLAIN_EXTRAS`].
#[cfg(test)]
fn is_plain(text: &str) -> bool {
    reach(text) == Reach::Plain
}

/// `pattern` in its form for text of the given reach: with its Unicode
/// classes (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`, `\d` and `\w`, alone
/// or inside a bracketed class) cut down to ASCII, and its Unicode word
/// boundaries made ASCII ones, for plain text; with its classes cut down to
/// ASCII and the [`WIDE`] scripts for wide text. Everything else is kept as
/// written (and all of it for the full reach).
fn rewrite(pattern: &str, reach: Reach) -> String {
    const CLASSES: [(&str, &str); 6] = [
        (r"\p{Lu}", "A-Z"),
        (r"\p{Ll}", "a-z"),
        (r"\p{L}", "A-Za-z"),
        (r"\p{N}", "0-9"),
        (r"\d", "0-9"),
        (r"\w", "0-9A-Za-z_"),
    ];
    if reach == Reach::Full {
        return pattern.to_string();
    }
    let wide = if reach == Reach::Wide {
        wide_ranges()
    } else {
        String::new()
    };
    let mut rewritten = String::with_capacity(pattern.len() * 2);
    // Whether the text so far has opened a bracketed class (nesting is
    // counted; an escaped bracket is no bracket).
    let mut depth = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            if let Some((class, ascii)) = CLASSES.iter().find(|(class, _)| rest.starts_with(class))
            {
                match reach {
                    // (Bracketed, alone or inside a bracketed class: a
                    // class nested in another joins it, so `[\w\s]`
                    // becomes `[[\w&&[…]]\s]`.)
                    Reach::Wide => {
                        rewritten.push_str(&format!("[{class}&&[{wide}]]"));
                    }
                    _ if depth > 0 => rewritten.push_str(ascii),
                    _ => {
                        rewritten.push('[');
                        rewritten.push_str(ascii);
                        rewritten.push(']');
                    }
                }
                rest = &rest[class.len()..];
                continue;
            }
            let escape = rest.chars().nth(1).map_or(0, char::len_utf8);
            let written = &rest[..1 + escape];
            if reach == Reach::Plain
                && (written == r"\b" || written == r"\B")
                && depth == 0
                && !rewritten.ends_with("(?-u:")
            {
                rewritten.push_str("(?-u:");
                rewritten.push_str(written);
                rewritten.push(')');
            } else {
                rewritten.push_str(written);
            }
            rest = &rest[1 + escape..];
            continue;
        }
        match c {
            '[' => {
                depth += 1;
                rewritten.push('[');
                rest = &rest[1..];
                // A `]` first in a class (after any `^`) is a literal.
                if let Some(after) = rest.strip_prefix('^') {
                    rewritten.push('^');
                    rest = after;
                }
                if let Some(after) = rest.strip_prefix(']') {
                    rewritten.push(']');
                    rest = after;
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                rewritten.push(']');
                rest = &rest[1..];
            }
            _ => {
                rewritten.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    rewritten
}

/// Checks that `pattern` finds the same matches, with the same groups, in
/// the form chosen for `text` (which must not reach [`Reach::Full`]) and in
/// its full form.
#[cfg(test)]
pub(crate) fn agrees_on(pattern: &Pattern, text: &str) -> Result<(), String> {
    let reach = reach(text);
    assert!(reach != Reach::Full, "beyond the wide scripts: {text:?}");
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
    let (chosen, full) = (spans(pattern.form(reach)), spans(pattern.full()));
    if chosen == full {
        Ok(())
    } else {
        Err(format!(
            "{:?} on {text:?}: {reach:?} form {chosen:?}, full {full:?}",
            pattern.source
        ))
    }
}

/// The words of [`plain_texts`].
#[cfg(test)]
const PLAIN_WORDS: &[&str] = &[
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

/// Random plain news text for [`agrees_on`]: names, titles, roles, verbs of
/// speech, figures, money, dates and punctuation, the same for the same
/// `seed`.
#[cfg(test)]
pub(crate) fn plain_texts(seed: u64, count: usize) -> Vec<String> {
    const SPACES: &[&str] = &[" ", " ", " ", "", ", ", ". ", "\n", "\t", "  ", "\u{a0}"];
    crate::summarize::random_texts(PLAIN_WORDS, SPACES, seed, count, 30)
        .into_iter()
        .filter(|text| is_plain(text))
        .collect()
}

/// Random news text for [`agrees_on`] that reaches the wide scripts:
/// [`plain_texts`]' words with names and words of those scripts (accents,
/// Greek, Cyrillic, Hindi, Chinese, Korean, emoji, and the letters that
/// fold with ASCII or Greek ones), the same for the same `seed`.
#[cfg(test)]
pub(crate) fn wide_texts(seed: u64, count: usize) -> Vec<String> {
    const WIDE_WORDS: &[&str] = &[
        "José",
        "Álvarez",
        "Zoë",
        "Łódź",
        "Straße",
        "STRASSE",
        "Müller",
        "ŠKODA",
        "Ørsted",
        "Ñ",
        "é",
        "ΑΘΗΝΑ",
        "Αθήνα",
        "µg",
        "Москва",
        "Путин",
        "नरेंद्र",
        "मोदी",
        "ने",
        "कहा",
        "१२",
        "東京",
        "习近平",
        "서울",
        "😀",
        "🇺🇦",
        "\u{212a}elvin",
        "ſ",
        "ɫ",
        "Ɫ",
        "ǅ",
        "café",
        "naïve",
        "x\u{301}",
    ];
    const SPACES: &[&str] = &[" ", " ", " ", "", ", ", ". ", "\n", "\u{a0}", "\u{3000}"];
    let words = [PLAIN_WORDS, WIDE_WORDS].concat();
    crate::summarize::random_texts(&words, SPACES, seed, count, 30)
        .into_iter()
        .filter(|text| reach(text) == Reach::Wide)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrow(pattern: &str) -> String {
        rewrite(pattern, Reach::Plain)
    }

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
    fn wide_text_is_within_the_wide_scripts() {
        assert_eq!(reach("“It’s over,” she said"), Reach::Plain);
        assert_eq!(reach("José said"), Reach::Wide);
        assert_eq!(reach("मोदी ने कहा — 東京 😀"), Reach::Wide);
        assert_eq!(reach("Ⓐ and José ❤\u{fe0f} → 北京，上海"), Reach::Wide);
        assert_eq!(reach("ა and José"), Reach::Full, "Georgian is beyond them");
        assert_eq!(reach("ﬁne"), Reach::Full, "a ligature is beyond them");
        assert_eq!(reach("Ꭰ"), Reach::Full, "Cherokee is beyond them");
    }

    #[test]
    fn a_text_reaches_as_far_as_its_furthest_character() {
        // (Read a character at a time, as the definitions have it.)
        let of = |c: char| {
            if c.is_ascii() || c.is_whitespace() || PLAIN_EXTRAS.contains(c) {
                Reach::Plain
            } else if is_wide(c) {
                Reach::Wide
            } else {
                Reach::Full
            }
        };
        let mut seen = [0; 3];
        let mut text = String::new();
        for (i, c) in ('\u{80}'..=char::MAX).enumerate() {
            let expected = of(c);
            seen[expected as usize] += 1;
            text.clear();
            text.push('a');
            text.push(c);
            assert_eq!(reach(&text), expected, "{c:?}");
            // Beside others (every plain extra, and a sample of the rest).
            if i % 13 == 0 || PLAIN_EXTRAS.contains(c) {
                for other in ['’', 'é', 'ﬁ'] {
                    let text = format!("{c} “{other}”");
                    assert_eq!(reach(&text), expected.max(of(other)), "{text:?}");
                }
            }
        }
        assert!(seen.iter().all(|&n| n > 20), "{seen:?}");
    }

    #[test]
    fn the_wide_scripts_are_closed_under_case_folding() {
        assert!(WIDE.windows(2).all(|w| w[0].1 < w[1].0), "in order, apart");
        assert!(WIDE.iter().all(|&(first, _)| first > '\u{7f}'));
        // Every character beyond them, and a regex of the wide ones (with
        // ASCII) that ignores case: it must find none.
        let beyond: String = ('\u{80}'..=char::MAX).filter(|&c| !is_wide(c)).collect();
        let wide = rewrite(r"(?i)\w", Reach::Wide);
        let wide_letters = Regex::new(&wide).unwrap();
        let any_wide = Regex::new(&format!("(?i)[{}]", wide_ranges())).unwrap();
        assert_eq!(any_wide.find(&beyond).map(|m| m.as_str()), None);
        assert_eq!(wide_letters.find(&beyond).map(|m| m.as_str()), None);
        assert!(wide_letters.is_match("é") && !wide_letters.is_match("Ꭰ"));
    }

    #[test]
    fn classes_are_cut_to_the_wide_scripts_and_boundaries_kept() {
        let wide = rewrite(r"\b\p{Lu}[\p{L}'’-]+\b", Reach::Wide);
        assert!(wide.starts_with(r"\b[\p{Lu}&&[\x{0}-\x{7f}\x{80}-\x{52f}"));
        assert!(wide.ends_with(r"\x{1f000}-\x{1fbff}]]'’-]+\b"), "{wide}");
        assert_eq!(rewrite(r"said|told", Reach::Wide), "said|told");
        assert_eq!(rewrite(r"\bx", Reach::Full), r"\bx");
    }

    #[test]
    fn each_form_is_chosen_by_its_text() {
        let name = Pattern::new(r"\p{Lu}\p{L}+").unwrap();
        assert_eq!(name.find("said José Álvarez").unwrap().as_str(), "José");
        assert_eq!(name.find("said “Jose Alvarez”").unwrap().as_str(), "Jose");
        assert_eq!(name.find("Ⓐ said Ǆemal").unwrap().as_str(), "Ǆemal");
        assert_eq!(name.find("ⓐ said Ꭰa Ꮳlo").unwrap().as_str(), "Ꭰa");
        assert!(Pattern::new(r"\p{Lu}(").is_err());
        // A class for ASCII alone has no wide form: the full one serves.
        let ascii = Pattern::new(r"(?-u:\w)+\s\p{L}+").unwrap();
        assert!(rewrite(ascii.source(), Reach::Wide).contains(r"(?-u:[\w&&["));
        assert!(!ascii.wide_form_compiles());
        assert_eq!(ascii.find("Ana met José").unwrap().as_str(), "Ana met");
        assert_eq!(ascii.find("José met Ana").unwrap().as_str(), "met Ana");
    }

    #[test]
    fn each_form_agrees_with_the_full_one_on_its_text() {
        let patterns = [
            r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}",
            r"\b\w+\b",
            r"(?i)\bsaid\s+\w+",
            r"(?i)\b\p{Lu}\p{Ll}+",
            r"[^\s,]+\s*\d+",
            r"[^\w\s]+\p{N}",
        ];
        for pattern in patterns {
            let pattern = Pattern::new(pattern).unwrap();
            for text in plain_texts(0x5eed, 2_000)
                .into_iter()
                .chain(wide_texts(0x5eed, 2_000))
            {
                agrees_on(&pattern, &text).unwrap();
            }
        }
    }
}
