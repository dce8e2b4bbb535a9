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
//! So a [`Pattern`] has several forms, each with the same matches on the
//! text it is chosen for ([`Reach`]):
//! - *narrow*, with each of those classes cut down to its ASCII part, for
//!   *plain* text, which is nearly all of it: ASCII, white space, and
//!   characters in none of the classes and without a case (punctuation,
//!   symbols, emoji);
//! - one for each of the [`SCRIPTS`] (accented Latin, Greek, Cyrillic,
//!   Hebrew, Arabic, each Indic script, Thai, Chinese and Japanese, Korean,
//!   full-width forms, symbols), with each class cut down to ASCII and that
//!   script, for text that adds letters of that one script to plain text: a
//!   name with an accent, a line of Hindi. It compiles in little more than
//!   the time of the narrow form, and only once such text is met;
//! - *wide*, with each class cut down to all of the [`WIDE`] ranges, for
//!   text that mixes those scripts or reaches the rest of those ranges. It
//!   compiles in about half the time of the full form, and four to five
//!   times that of a script's: the summarizer's 17 patterns that have
//!   such forms compiled in 31–40 ms wide, about 8 ms for Latin and 6–7 ms for
//!   Devanagari, measured side by side (and the full forms, in an earlier
//!   measurement, in 56–77 ms);
//! - *full*, the pattern as written, for any other text.
//!
//! A form is exact on its text because every character of that text is in
//! a cut-down class exactly when it is in the full one, case-insensitively
//! too: the regex engine folds the case of each side of a class
//! intersection before it intersects them, and each script, and the
//! [`WIDE`] set, is closed under case folding beyond ASCII (an ASCII `s`
//! or `k` folds with `ſ` or the Kelvin sign, which are Latin, but every
//! class that takes those in takes in the ASCII letters too). The tests
//! check the closure, and check the forms of every pattern of the
//! summarizer against its full form on random text that reaches each
//! form.

use std::sync::OnceLock;

use regex::{CaptureMatches, Captures, Match, Matches, Regex};

use crate::text::ByBlock;

/// A regular expression over news text: see the [module](self) docs.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern with its Unicode classes narrowed to ASCII.
    narrow: Regex,
    /// Whether narrowing changed the pattern (`said|told` has nothing to
    /// narrow: its one form serves all text).
    narrowed: bool,
    /// The forms for text within one of the [`SCRIPTS`], in their order,
    /// then the form for wide text: each compiled on first use, to `None`
    /// if it cannot be or if it would be the pattern as written. The full
    /// form serves for `None`.
    cut: [OnceLock<Option<Regex>>; SCRIPTS.len() + 1],
    /// The pattern as written, compiled on first use.
    full: OnceLock<Regex>,
    /// The pattern as written.
    source: String,
}

/// How far beyond ASCII a text reaches, which chooses the form of a
/// [`Pattern`] that runs on it (see the [module](self) docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// ASCII, white space, and characters in none of the narrowed classes
    /// and without a case ([`is_inert`]).
    Plain,
    /// Plain, with characters of one of the [`SCRIPTS`] (its index), and
    /// of the [`SHARED`] ones.
    Script(usize),
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
        Ok(Self {
            narrow: build(&narrowed)?,
            narrowed: narrowed != pattern,
            cut: [const { OnceLock::new() }; SCRIPTS.len() + 1],
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
    /// (a form is exact on every part of the text it was chosen for), and
    /// tests it once.
    pub fn form(&self, reach: Reach) -> &Regex {
        if reach == Reach::Plain || !self.narrowed {
            return &self.narrow;
        }
        let slot = match reach {
            Reach::Script(script) => script,
            Reach::Wide => SCRIPTS.len(),
            Reach::Plain | Reach::Full => return self.full(),
        };
        // (A class written inside `(?-u:…)` cannot be cut down to ranges
        // beyond ASCII: then the full form serves. A pattern whose only
        // change was to its word boundaries is its own cut-down form.)
        let cut = self.cut[slot].get_or_init(|| {
            let source = rewrite(&self.source, reach);
            (source != self.source)
                .then(|| build(&source).ok())
                .flatten()
        });
        match cut {
            Some(regex) => regex,
            None => self.full(),
        }
    }

    /// The compiled form for `haystack`, all or part of a text of the
    /// given [`reach`]: the narrow one when it is empty, which every form
    /// reads alike. A caller that passes a sentence only when a quick test
    /// says the pattern may match there (and nothing otherwise) compiles no
    /// form beyond the narrow one for text it never reads.
    pub fn form_on(&self, reach: Reach, haystack: &str) -> &Regex {
        if haystack.is_empty() {
            &self.narrow
        } else {
            self.form(reach)
        }
    }

    /// Whether every cut-down form the pattern has compiles (where none
    /// does, the full form serves: see [`Pattern::form`]).
    #[cfg(test)]
    pub(crate) fn cut_forms_compile(&self) -> bool {
        (0..SCRIPTS.len())
            .map(Reach::Script)
            .chain([Reach::Wide])
            .all(|reach| {
                let source = rewrite(&self.source, reach);
                source == self.source || build(&source).is_ok()
            })
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

/// The characters beyond ASCII most common in news besides spaces, for
/// the tests: the typographic punctuation and symbols, all of them
/// [inert](is_inert).
#[cfg(test)]
const PLAIN_EXTRAS: &str = "‘’‚“”„–—―…•·′″«»‹›£€¥₹¢°§¶†‡±×÷©®™¡¿";

/// Whether `c` is in none of the classes a pattern is narrowed in, and
/// so in none of their cut-down forms either: punctuation, symbols, emoji,
/// unassigned characters. None of them has a case (a test checks it), so
/// every form of a pattern reads them alike.
///
/// (The classes are the regex engine's own tables, read once, so that
/// they are those of the Unicode version it matches with.)
pub fn is_inert(c: char) -> bool {
    static CLASSES: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        use regex_syntax::hir::{Class, HirKind};
        let hir = regex_syntax::Parser::new()
            .parse(r"[\w\p{L}\p{N}\d]")
            .expect("a valid class");
        match hir.kind() {
            HirKind::Class(Class::Unicode(class)) => class
                .ranges()
                .iter()
                .map(|range| (range.start(), range.end()))
                .collect(),
            kind => unreachable!("a class of characters, not {kind:?}"),
        }
    });
    classes
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// The characters that every script's form takes in besides its own:
/// the joiners (`\u{200c}`, `\u{200d}`) and variation selectors (`❤️`),
/// which are word characters without a case and go with any script.
pub const SHARED: [(char, char); 2] = [('\u{200c}', '\u{200d}'), ('\u{fe00}', '\u{fe0f}')];

/// The scripts that have a form of their own: each a set of ranges beyond
/// ASCII whose characters fold only with characters of it or ASCII (`ß`
/// folds with `ẞ`, `å` with the Ångström sign, `µ` with Greek `μ`), which
/// keeps the form exact with `(?i)`; a test checks that. The Latin one is
/// Latin-1 and Latin Extended-A, the accents of European names; the rest
/// of Latin is left to the wide form.
pub const SCRIPTS: [(&str, &[(char, char)]); 20] = [
    (
        "Latin",
        &[
            ('\u{80}', '\u{b4}'),
            ('\u{b6}', '\u{17f}'),
            ('\u{1e9e}', '\u{1e9e}'),
            ('\u{212a}', '\u{212b}'),
        ],
    ),
    (
        "Greek",
        &[
            ('\u{b5}', '\u{b5}'),
            ('\u{345}', '\u{345}'),
            ('\u{370}', '\u{3ff}'),
            ('\u{1f00}', '\u{1fff}'),
            ('\u{2126}', '\u{2126}'),
        ],
    ),
    (
        "Cyrillic",
        &[
            ('\u{400}', '\u{52f}'),
            ('\u{1c80}', '\u{1c8f}'),
            ('\u{a640}', '\u{a69f}'),
        ],
    ),
    ("Hebrew", &[('\u{590}', '\u{5ff}')]),
    ("Arabic", &[('\u{600}', '\u{6ff}')]),
    ("Devanagari", &[('\u{900}', '\u{97f}')]),
    ("Bengali", &[('\u{980}', '\u{9ff}')]),
    ("Gurmukhi", &[('\u{a00}', '\u{a7f}')]),
    ("Gujarati", &[('\u{a80}', '\u{aff}')]),
    ("Oriya", &[('\u{b00}', '\u{b7f}')]),
    ("Tamil", &[('\u{b80}', '\u{bff}')]),
    ("Telugu", &[('\u{c00}', '\u{c7f}')]),
    ("Kannada", &[('\u{c80}', '\u{cff}')]),
    ("Malayalam", &[('\u{d00}', '\u{d7f}')]),
    ("Sinhala", &[('\u{d80}', '\u{dff}')]),
    ("Thai", &[('\u{e00}', '\u{e7f}')]),
    (
        "Chinese and Japanese",
        &[('\u{3000}', '\u{30ff}'), ('\u{4e00}', '\u{9fff}')],
    ),
    (
        "Korean",
        &[('\u{3130}', '\u{318f}'), ('\u{ac00}', '\u{d7af}')],
    ),
    ("Full-width forms", &[('\u{ff00}', '\u{ffef}')]),
    (
        "Symbols",
        &[
            ('\u{2000}', '\u{200b}'),
            ('\u{200e}', '\u{2125}'),
            ('\u{2127}', '\u{2129}'),
            ('\u{212c}', '\u{27bf}'),
            ('\u{1f000}', '\u{1fbff}'),
        ],
    ),
];

/// The ranges of the wide form: beyond ASCII, in order, of whole blocks.
/// Latin (with IPA, spacing modifiers and combining accents, and its
/// extensions C to E), Greek, Cyrillic (with its extensions B and C),
/// Hebrew, Arabic, the Indic scripts, Thai, the phonetic extensions;
/// general punctuation, super- and subscripts, currency, letterlike
/// symbols, number forms, arrows, mathematical and technical symbols,
/// enclosed letters, box drawing, shapes, dingbats and other symbols;
/// Chinese, Japanese and Korean with their punctuation, kana, jamo,
/// variation selectors and full-width forms; emoji. They take in every
/// one of the [`SCRIPTS`] and the [`SHARED`] characters. The set is closed
/// under case folding (`µ` folds with Greek `μ`, `K` with the Kelvin sign,
/// `ɫ` with `Ɫ`), which keeps the wide form exact with `(?i)`; a test
/// checks that.
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

/// `ranges` as the inside of a bracketed class.
fn class_of<'a>(ranges: impl IntoIterator<Item = &'a (char, char)>) -> String {
    ranges
        .into_iter()
        .map(|(first, last)| {
            format!(
                r"\x{{{:x}}}-\x{{{:x}}}",
                u32::from(*first),
                u32::from(*last)
            )
        })
        .collect()
}

/// ASCII, as a range for [`class_of`].
const ASCII: (char, char) = ('\0', '\u{7f}');

/// Whether `c` is in one of `ranges`.
fn within(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// What one character beyond ASCII asks of the form for a text that
/// holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asks {
    /// Nothing: the narrow form reads it as the full one does.
    Nothing,
    /// Any script's form (it is one of the [`SHARED`] characters).
    AnyScript,
    /// One script's form (its index), or the wide one. (A byte: they are
    /// kept for every character below U+3000.)
    Script(u8),
    /// The wide form.
    Wide,
    /// The pattern as written.
    Full,
}

/// What `c`, beyond ASCII, asks of the form: see [`Asks`]. (Kept by
/// block: the test of a word character is a search of a table.)
fn asks(c: char) -> Asks {
    static KNOWN: ByBlock<Asks> = ByBlock::new();
    KNOWN.get(c, |c| {
        if is_inert(c) {
            Asks::Nothing
        } else if within(&SHARED, c) {
            Asks::AnyScript
        } else if let Some(script) = SCRIPTS.iter().position(|(_, ranges)| within(ranges, c)) {
            Asks::Script(u8::try_from(script).expect("fewer than 256 scripts"))
        } else if within(&WIDE, c) {
            Asks::Wide
        } else {
            Asks::Full
        }
    })
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
    let mut shared = false;
    let mut at = 0;
    while let Some(ascii) = bytes[at..].iter().position(|b| !b.is_ascii()) {
        at += ascii;
        let c = text[at..].chars().next().expect("a character starts here");
        match asks(c) {
            Asks::Nothing => {}
            Asks::AnyScript => shared = true,
            Asks::Script(script) => {
                let script = usize::from(script);
                reach = match reach {
                    Reach::Plain => Reach::Script(script),
                    Reach::Script(other) if other == script => reach,
                    _ => Reach::Wide,
                }
            }
            Asks::Wide => reach = Reach::Wide,
            Asks::Full => return Reach::Full,
        }
        at += c.len_utf8();
    }
    if shared && reach == Reach::Plain {
        // (Every script's form takes them in: the first one's serves.)
        Reach::Script(0)
    } else {
        reach
    }
}

/// Whether `text` is plain: see [`Reach::Plain`].
#[cfg(test)]
fn is_plain(text: &str) -> bool {
    reach(text) == Reach::Plain
}

/// `pattern` in its form for text of the given reach: with its Unicode
/// classes (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`, `\d` and `\w`, alone
/// or inside a bracketed class) cut down to ASCII, and its Unicode word
/// boundaries made ASCII ones, for plain text; with its classes cut down to
/// ASCII and the script's ranges (with the [`SHARED`] ones) for a script's
/// text, or to ASCII and the [`WIDE`] ranges for wide text. Everything else
/// is kept as written (and all of it for the full reach).
fn rewrite(pattern: &str, reach: Reach) -> String {
    const CLASSES: [(&str, &str); 6] = [
        (r"\p{Lu}", "A-Z"),
        (r"\p{Ll}", "a-z"),
        (r"\p{L}", "A-Za-z"),
        (r"\p{N}", "0-9"),
        (r"\d", "0-9"),
        (r"\w", "0-9A-Za-z_"),
    ];
    let cut = match reach {
        Reach::Full => return pattern.to_string(),
        Reach::Plain => None,
        Reach::Script(script) => Some(class_of(
            [ASCII].iter().chain(SCRIPTS[script].1).chain(&SHARED),
        )),
        Reach::Wide => Some(class_of([ASCII].iter().chain(&WIDE))),
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
                match &cut {
                    // (Bracketed, alone or inside a bracketed class: a
                    // class nested in another joins it, so `[\w\s]`
                    // becomes `[[\w&&[…]]\s]`.)
                    Some(ranges) => {
                        rewritten.push_str(&format!("[{class}&&[{ranges}]]"));
                    }
                    None if depth > 0 => rewritten.push_str(ascii),
                    None => {
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

/// Words of each of the [`SCRIPTS`] (by name) and of the rest of the
/// [`WIDE`] ranges (`None`) for [`wide_texts`]: names and words, and the
/// letters that fold with ASCII or Greek ones.
#[cfg(test)]
const SCRIPT_WORDS: &[(Option<&str>, &[&str])] = &[
    (
        Some("Latin"),
        &[
            "José",
            "Álvarez",
            "Zoë",
            "Łódź",
            "Straße",
            "STRAẞE",
            "Müller",
            "ŠKODA",
            "Ørsted",
            "Ñ",
            "é",
            "café",
            "naïve",
            "\u{212a}elvin",
            "ſ",
            "\u{212b}ngström",
            "½",
        ],
    ),
    (Some("Greek"), &["ΑΘΗΝΑ", "Αθήνα", "µg", "\u{2126}", "ᾳ"]),
    (Some("Cyrillic"), &["Москва", "Путин", "ᲀ"]),
    (Some("Hebrew"), &["ירושלים", "שלום"]),
    (Some("Arabic"), &["القاهرة", "٣"]),
    (
        Some("Devanagari"),
        &["नरेंद्र", "मोदी", "ने", "कहा", "१२", "।", "क्\u{200d}ष"],
    ),
    (Some("Bengali"), &["ঢাকা", "১২"]),
    (Some("Gurmukhi"), &["ਪੰਜਾਬ"]),
    (Some("Gujarati"), &["ગુજરાત"]),
    (Some("Oriya"), &["ଓଡ଼ିଆ"]),
    (Some("Tamil"), &["சென்னை"]),
    (Some("Telugu"), &["తెలుగు"]),
    (Some("Kannada"), &["ಕನ್ನಡ"]),
    (Some("Malayalam"), &["മലയാളം"]),
    (Some("Sinhala"), &["සිංහල"]),
    (Some("Thai"), &["กรุงเทพ", "ไทย"]),
    (
        Some("Chinese and Japanese"),
        &["東京", "习近平", "カタカナ"],
    ),
    (Some("Korean"), &["서울"]),
    (Some("Full-width forms"), &["Ｔｏｋｙｏ", "ＡＢＣ"]),
    (Some("Symbols"), &["❤\u{fe0f}", "Ⓐ", "ⓐ", "Ⅻ", "①", "ℓ"]),
    (None, &["ɫ", "Ɫ", "ǅ", "x\u{301}", "Ș", "Việt"]),
];

/// Random news text for [`agrees_on`] that reaches beyond plain text:
/// [`plain_texts`]' words with the [`SCRIPT_WORDS`] and emoji, each
/// script's alone (its words, and what every script shares) and all of
/// them mixed, the same for the same `seed`.
#[cfg(test)]
pub(crate) fn wide_texts(seed: u64, count: usize) -> Vec<String> {
    const OTHERS: &[&str] = &["😀", "🇺🇦", "\u{200d}", "\u{3000}"];
    const SPACES: &[&str] = &[" ", " ", " ", "", ", ", ". ", "\n", "\u{a0}", "\u{3000}"];
    let mut texts = Vec::new();
    let each = count / (SCRIPT_WORDS.len() + 1);
    for (n, (_, words)) in SCRIPT_WORDS.iter().enumerate() {
        let words = [PLAIN_WORDS, words, OTHERS].concat();
        let texts_of =
            crate::summarize::random_texts(&words, SPACES, seed + n as u64, 4 * each, 30);
        texts.extend(
            texts_of
                .into_iter()
                .filter(|text| !is_plain(text))
                .take(each),
        );
    }
    let all: Vec<&str> = SCRIPT_WORDS
        .iter()
        .flat_map(|(_, words)| words.iter().copied())
        .collect();
    let words = [PLAIN_WORDS, &all, OTHERS].concat();
    let mixed = crate::summarize::random_texts(&words, SPACES, seed, count - texts.len(), 30);
    texts.extend(mixed.into_iter().filter(|text| !is_plain(text)));
    texts
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

    /// The characters beyond ASCII that are in `class` (a regex), found
    /// with the regex engine.
    fn members(class: &str) -> std::collections::BTreeSet<char> {
        let all: String = ('\u{80}'..=char::MAX).collect();
        Regex::new(class)
            .unwrap()
            .find_iter(&all)
            .flat_map(|m| m.as_str().chars())
            .collect()
    }

    #[test]
    fn plain_text_is_ascii_and_characters_in_no_class() {
        assert!(is_plain("“It’s over,” she said — £2m…"));
        assert!(is_plain("12\u{a0}000\u{2009}km"));
        assert!(is_plain("Kyiv 🇺🇦 😀 ⸺ ←"), "emoji, arrows and dashes");
        assert!(!is_plain("José said"));
        assert!(!is_plain("Ⓐ"), "a circled letter is alphabetic");
        assert!(!is_plain("½"), "a fraction is a number");
        assert!(!is_plain("a\u{200d}b"), "a joiner is a word character");
        // What makes narrowing exact: no class that is narrowed takes in
        // a character of plain text beyond ASCII, and none of them has a
        // case, so no ASCII letter (nor anything else) folds with them.
        let classed = members(r"[\w\p{L}\p{N}\d]");
        let inert: Vec<char> = ('\u{80}'..=char::MAX).filter(|&c| is_inert(c)).collect();
        assert!(inert.len() > 100_000, "{}", inert.len());
        for &c in &inert {
            assert!(!classed.contains(&c), "{c:?} is in a class");
        }
        for c in ('\u{80}'..=char::MAX).filter(|c| !classed.contains(c)) {
            assert!(is_inert(c), "{c:?} is in no class");
        }
        for c in PLAIN_EXTRAS.chars() {
            assert!(is_inert(c), "{c:?}");
        }
        // No case: each folds with nothing but itself, as the regex engine
        // folds.
        use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
        for &c in &inert {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            assert_eq!(class.ranges(), [ClassUnicodeRange::new(c, c)], "{c:?}");
        }
    }

    #[test]
    fn a_text_reaches_the_scripts_it_holds() {
        let latin = Reach::Script(0);
        let script = |name| {
            let at = SCRIPTS.iter().position(|(n, _)| *n == name).unwrap();
            Reach::Script(at)
        };
        assert_eq!(reach("“It’s over,” she said 😀"), Reach::Plain);
        assert_eq!(reach("José said"), latin);
        assert_eq!(reach("Zoë Ørsted, ½"), latin);
        assert_eq!(reach("मोदी ने कहा। १२"), script("Devanagari"));
        assert_eq!(reach("क्\u{200d}ष"), script("Devanagari"));
        assert_eq!(reach("a\u{200d}b Ⓐ\u{fe0f}"), script("Symbols"));
        assert_eq!(reach("❤\u{fe0f}"), latin, "a heart is inert");
        assert_eq!(reach("a\u{200d}b"), latin, "shared alone: the first script");
        assert_eq!(reach("Αθήνα µg"), script("Greek"));
        assert_eq!(reach("東京 カタカナ"), script("Chinese and Japanese"));
        assert_eq!(reach("मोदी ने कहा — 東京 😀"), Reach::Wide);
        assert_eq!(reach("José and µg"), Reach::Wide, "µ is Greek's");
        assert_eq!(reach("Ⓐ and José ❤\u{fe0f} → 北京，上海"), Reach::Wide);
        assert_eq!(reach("Việt"), Reach::Wide, "beyond Latin's script form");
        assert_eq!(reach("ა and José"), Reach::Full, "Georgian is beyond them");
        assert_eq!(reach("ﬁne"), Reach::Full, "a ligature is beyond them");
        assert_eq!(reach("Ꭰ"), Reach::Full, "Cherokee is beyond them");
    }

    #[test]
    fn a_text_reaches_as_far_as_its_characters_together() {
        // (Each character read by the definitions, with the regex engine's
        // classes, and the reach of a text worked out from them.)
        let classed = members(r"[\w\p{L}\p{N}\d]");
        let of = |c: char| {
            if c.is_ascii() || c.is_whitespace() || !classed.contains(&c) {
                Asks::Nothing
            } else if within(&SHARED, c) {
                Asks::AnyScript
            } else if let Some(at) = SCRIPTS.iter().position(|(_, r)| within(r, c)) {
                Asks::Script(at as u8)
            } else if within(&WIDE, c) {
                Asks::Wide
            } else {
                Asks::Full
            }
        };
        let together = |chars: &[char]| {
            let asked: Vec<Asks> = chars.iter().map(|&c| of(c)).collect();
            let scripts: std::collections::BTreeSet<usize> = asked
                .iter()
                .filter_map(|a| match a {
                    Asks::Script(at) => Some(usize::from(*at)),
                    _ => None,
                })
                .collect();
            if asked.contains(&Asks::Full) {
                Reach::Full
            } else if asked.contains(&Asks::Wide) || scripts.len() > 1 {
                Reach::Wide
            } else if let Some(&at) = scripts.first() {
                Reach::Script(at)
            } else if asked.contains(&Asks::AnyScript) {
                Reach::Script(0)
            } else {
                Reach::Plain
            }
        };
        let mut seen = std::collections::BTreeMap::new();
        for (i, c) in ('\u{80}'..=char::MAX).enumerate() {
            let expected = together(&[c]);
            *seen.entry(format!("{expected:?}")).or_insert(0) += 1;
            assert_eq!(reach(&format!("a{c}")), expected, "{c:?}");
            // Beside others (every plain extra, and a sample of the rest).
            if i % 13 == 0 || PLAIN_EXTRAS.contains(c) {
                for other in ['’', 'é', 'क', 'ﬁ', '\u{200d}'] {
                    let text = format!("{c} “{other}”");
                    assert_eq!(reach(&text), together(&[c, other]), "{text:?}");
                }
            }
        }
        assert!(seen.len() == SCRIPTS.len() + 3, "{seen:?}");
        assert!(seen.values().all(|&n| n > 20), "{seen:?}");
    }

    #[test]
    fn the_scripts_are_closed_under_case_folding() {
        for ranges in [&WIDE[..], &SHARED[..]]
            .into_iter()
            .chain(SCRIPTS.iter().map(|(_, r)| *r))
        {
            assert!(
                ranges.windows(2).all(|w| w[0].1 < w[1].0),
                "in order, apart"
            );
            assert!(ranges.iter().all(|&(first, _)| first > '\u{7f}'));
        }
        for c in '\u{80}'..=char::MAX {
            let scripts = SCRIPTS.iter().filter(|(_, r)| within(r, c)).count();
            assert!(scripts <= 1, "{c:?} in {scripts} scripts");
            if scripts == 1 || within(&SHARED, c) {
                assert!(within(&WIDE, c), "{c:?} beyond the wide ranges");
                assert!(scripts == 0 || !within(&SHARED, c), "{c:?} shared");
            }
        }
        // For each set, every character beyond it and ASCII, and a regex
        // of its characters that ignores case: it must find none. (ASCII
        // letters fold with `ſ` and the Kelvin sign, but every class that
        // takes in those takes in the ASCII letters too.)
        let sets = SCRIPTS
            .iter()
            .map(|(name, ranges)| (*name, [*ranges, &SHARED[..]].concat()))
            .chain([("wide", WIDE.to_vec())]);
        for (name, ranges) in sets {
            let beyond: String = ('\0'..=char::MAX)
                .filter(|&c| !(c.is_ascii() || within(&ranges, c)))
                .collect();
            let folded = Regex::new(&format!("(?i)[{}]", class_of(&ranges))).unwrap();
            assert_eq!(folded.find(&beyond).map(|m| m.as_str()), None, "{name}");
        }
        let latin = rewrite(r"(?i)\w", Reach::Script(0));
        let latin_letters = Regex::new(&latin).unwrap();
        assert!(latin_letters.is_match("é") && !latin_letters.is_match("µ"));
    }

    #[test]
    fn classes_are_cut_to_the_scripts_and_boundaries_kept() {
        let wide = rewrite(r"\b\p{Lu}[\p{L}'’-]+\b", Reach::Wide);
        assert!(wide.starts_with(r"\b[\p{Lu}&&[\x{0}-\x{7f}\x{80}-\x{52f}"));
        assert!(wide.ends_with(r"\x{1f000}-\x{1fbff}]]'’-]+\b"), "{wide}");
        let devanagari = SCRIPTS
            .iter()
            .position(|(n, _)| *n == "Devanagari")
            .unwrap();
        assert_eq!(
            rewrite(r"\b\p{Lu}\w\b", Reach::Script(devanagari)),
            r"\b[\p{Lu}&&[\x{0}-\x{7f}\x{900}-\x{97f}\x{200c}-\x{200d}\x{fe00}-\x{fe0f}]][\w&&[\x{0}-\x{7f}\x{900}-\x{97f}\x{200c}-\x{200d}\x{fe00}-\x{fe0f}]]\b"
        );
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
        assert_eq!(name.find("मोदी ने कहा, Rahul").unwrap().as_str(), "Rahul");
        assert_eq!(name.find("Москва, Zoë").unwrap().as_str(), "Москва");
        assert!(Pattern::new(r"\p{Lu}(").is_err());
        // A class for ASCII alone has no wide form: the full one serves.
        let ascii = Pattern::new(r"(?-u:\w)+\s\p{L}+").unwrap();
        assert!(rewrite(ascii.source(), Reach::Wide).contains(r"(?-u:[\w&&["));
        assert!(!ascii.cut_forms_compile());
        assert_eq!(ascii.find("Ana met José").unwrap().as_str(), "Ana met");
        assert_eq!(ascii.find("José met Ana").unwrap().as_str(), "met Ana");
    }

    #[test]
    fn each_form_agrees_with_the_full_one_on_its_text() {
        // The texts reach every form: each script's, and the wide one.
        let mut reached = std::collections::BTreeMap::new();
        for text in wide_texts(0x5eed, 2_000) {
            *reached.entry(format!("{:?}", reach(&text))).or_insert(0) += 1;
        }
        assert_eq!(reached.len(), SCRIPTS.len() + 1, "{reached:?}");
        assert!(reached.values().all(|&n| n >= 20), "{reached:?}");
        let named: Vec<Option<&str>> = SCRIPTS.iter().map(|(name, _)| Some(*name)).collect();
        let words: Vec<Option<&str>> = SCRIPT_WORDS.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            words,
            [named, vec![None]].concat(),
            "words for each script, in order"
        );
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
