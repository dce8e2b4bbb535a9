//! Text utilities shared by the stages: the comparison key used to spot
//! repeated paragraphs, word counting, and a sentence splitter that survives
//! the abbreviations, initials and figures of news copy.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// A comparison key for text: Unicode NFKC, typographic quotes, apostrophes
/// and dashes folded to ASCII, whitespace collapsed, lowercased. Two
/// paragraphs with the same key say the same thing.
pub fn fold(text: &str) -> String {
    // NFKC leaves ASCII and already-normalized text alone: skip the work.
    let normalized = text.is_ascii()
        || unicode_normalization::is_nfkc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes;
    if normalized {
        fold_chars(text.chars(), text.len())
    } else {
        fold_chars(text.nfkc(), text.len())
    }
}

fn fold_chars(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            // Most of any English text: no case tables.
            '`' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The number of words in `text`: whitespace-separated tokens holding at
/// least one letter or digit (so a lone dash is not a word), and each
/// character of a script written without spaces between words
/// ([`is_unspaced`]: `東京都` is three words, as Hugo counts them). A
/// reader takes about as long over one such character as over an English
/// word: 255 Chinese characters a minute, 357 Japanese ones, against 228
/// English words, in the IReST standard texts.
pub fn word_count(text: &str) -> usize {
    // One pass (this runs for every block of every story), by bytes: a
    // word is counted at its first letter or digit after white space. The
    // count and the state are kept in integer arithmetic, not branches,
    // since a branch on letters and spaces goes the wrong way at each
    // word's edges (this takes half the time of a `match` on each byte's
    // kind, on the corpus). A character beyond ASCII is decoded at its
    // leading byte; its other bytes are no letter, digit or space.
    let bytes = text.as_bytes();
    let mut count = 0;
    // 1 once the word being read has been counted, else 0.
    let mut counted = 0;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let (space, alphanumeric) = if b < 0xc0 {
            let bits = WORD_BITS[usize::from(b)];
            at += 1;
            (usize::from(bits >> 1), usize::from(bits & 1))
        } else {
            let c = text[at..].chars().next().expect("a character starts here");
            at += c.len_utf8();
            if is_unspaced(c) {
                // (A word of its own.)
                count += 1;
                counted = 0;
                continue;
            }
            (
                usize::from(c.is_whitespace()),
                usize::from(is_alphanumeric(c)),
            )
        };
        count += alphanumeric & (counted ^ 1);
        counted = (counted | alphanumeric) & (space ^ 1);
    }
    count
}

/// Each byte's bits for [`word_count`]: 1 for an ASCII letter or digit,
/// 2 for ASCII white space.
static WORD_BITS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match BYTES[b] {
            Byte::Alphanumeric => 1,
            Byte::Space => 2,
            Byte::Other | Byte::Beyond => 0,
        };
        b += 1;
    }
    table
};

/// Whether `c` is a letter of a script written without spaces between
/// words: a Chinese character (the CJK ideographs) or Japanese kana. Each
/// is a word to [`word_count`], and the key points read such text by pairs
/// of characters.
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}' // the iteration mark 々, 〆, the zero 〇
        | '\u{3041}'..='\u{3096}' // Hiragana
        | '\u{309D}'..='\u{309F}' // its iteration marks
        | '\u{30A1}'..='\u{30FA}' // Katakana
        | '\u{30FC}'..='\u{30FF}' // its prolonged sound and iteration marks
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK ideographs, extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9D}' // half-width Katakana
        | '\u{20000}'..='\u{3134F}' // CJK ideographs, extensions B to G
    ) && c.is_alphanumeric()
}

/// `char::is_alphanumeric`, remembered for the characters below U+3000
/// ([`ByBlock`]): the standard library finds a character beyond ASCII in
/// compressed tables, and for the characters that news text holds most
/// beyond ASCII (curly quotes, dashes, the letters of a Hindi paragraph)
/// that search costs hundreds of instructions a call.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    static KNOWN: ByBlock<bool> = ByBlock::new();
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    KNOWN.get(c, char::is_alphanumeric)
}

/// A property of characters, kept for those below U+3000 (Latin, Greek,
/// Cyrillic, the Indic scripts, punctuation and symbols): each block of 64
/// characters is worked out once, when one of them is first asked about.
/// For a property read from Unicode's tables, each asking of which is a
/// search.
pub(crate) struct ByBlock<T>([OnceLock<[T; 64]>; 0x3000 / 64]);

impl<T: Copy> ByBlock<T> {
    pub(crate) const fn new() -> Self {
        Self([const { OnceLock::new() }; 0x3000 / 64])
    }

    /// `work_out(c)`, kept from the first asking for `c`'s block.
    pub(crate) fn get(&self, c: char, work_out: fn(char) -> T) -> T {
        let code = u32::from(c) as usize;
        let Some(block) = self.0.get(code / 64) else {
            return work_out(c);
        };
        block.get_or_init(|| {
            let first = code / 64 * 64;
            std::array::from_fn(|i| {
                work_out(char::from_u32((first + i) as u32).expect("no surrogates below U+3000"))
            })
        })[code % 64]
    }
}

/// What a byte of a text is to the readers of words ([`word_count`], the
/// key points' terms).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Byte {
    /// An ASCII letter or digit.
    Alphanumeric,
    /// ASCII white space for `char::is_whitespace` (with the vertical tab).
    Space,
    /// Any other ASCII character.
    Other,
    /// A byte of a character beyond ASCII.
    Beyond,
}

/// Each byte's [`Byte`], looked up: one load where the tests of a letter,
/// a digit and a space were a chain of comparisons for every byte.
pub(crate) fn byte_kind(b: u8) -> Byte {
    BYTES[usize::from(b)]
}

/// The [`Byte`] of each byte.
static BYTES: [Byte; 256] = {
    let mut table = [Byte::Beyond; 256];
    let mut b: u8 = 0;
    while b < 128 {
        table[b as usize] = if b.is_ascii_alphanumeric() {
            Byte::Alphanumeric
        } else if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            Byte::Space
        } else {
            Byte::Other
        };
        b += 1;
    }
    table
};

/// Where each capital letter of `text` begins (`char::is_uppercase`), in
/// order. Capitals are a few bytes in a hundred, and decoding every
/// character to find them cost more than what was done with them: this
/// reads eight bytes at a time, and decodes only the characters beyond
/// ASCII.
pub fn capitals(text: &str) -> Capitals<'_> {
    Capitals {
        text,
        chunk: 0,
        found: 0,
    }
}

/// The iterator of [`capitals`].
#[derive(Debug)]
pub struct Capitals<'a> {
    text: &'a str,
    /// Where the chunk of eight bytes after the one read last begins.
    chunk: usize,
    /// The capitals of the chunk read last (before `chunk`) not yet given:
    /// the high bit of each of its bytes that begins one.
    found: u64,
}

impl Iterator for Capitals<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = self.text.as_bytes();
        while self.found == 0 {
            let at = self.chunk;
            if at >= bytes.len() {
                return None;
            }
            self.chunk += 8;
            self.found = match bytes.get(at..at + 8) {
                Some(chunk) => {
                    let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                    if word & HIGH == 0 {
                        // All ASCII: a byte's high bit is set by adding
                        // 0x3f when it is at least `A`, and by adding 0x25
                        // when it is past `Z` (no sum carries into the
                        // next byte).
                        (word + 0x3f3f_3f3f_3f3f_3f3f) & !(word + 0x2525_2525_2525_2525) & HIGH
                    } else {
                        self.mask(at, 8)
                    }
                }
                None => self.mask(at, bytes.len() - at),
            };
        }
        let byte = self.found.trailing_zeros() as usize / 8;
        self.found &= self.found - 1;
        Some(self.chunk - 8 + byte)
    }
}

impl Capitals<'_> {
    /// The capitals of the `len` bytes from `at`, one by one.
    fn mask(&self, at: usize, len: usize) -> u64 {
        let bytes = self.text.as_bytes();
        (0..len)
            .filter(|&i| {
                let b = bytes[at + i];
                b.is_ascii_uppercase()
                    // (A byte of `11xxxxxx` begins a character beyond
                    // ASCII; `10xxxxxx` goes on with one.)
                    || (b >= 0xc0 && self.text[at + i..].starts_with(char::is_uppercase))
            })
            .fold(0, |found, i| found | 0x80 << (8 * i))
    }
}

/// A dateline at the start of a story's first sentence: `(CNN)`,
/// `WASHINGTON (Reuters) -`, `NEW DELHI:`, `London, Jan 5 (PTI) -`.
static DATELINE: std::sync::LazyLock<crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
    crate::pattern::Pattern::new(
        r"^(?:(?:[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}\d][\p{L}\d.'’-]*){0,4}\s*)?\((?:CNN|Reuters|AP|AFP|PTI|ANI|IANS|UPI|dpa|Xinhua|Bloomberg)\)\s*(?:[-–—]+\s*)?|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*(?::|[-–—]+)\s+)",
    )
    .expect("valid regex")
});

/// `sentence` without a leading dateline, when what is left is a sentence,
/// or without a kicker in another script: a label in Latin letters before
/// a colon and a sentence in a script of its own (`David Warner: टेस्ट
/// क्रिकेट से…`), as wire sites head stories in Hindi for search engines.
pub fn strip_dateline(sentence: &str) -> &str {
    if let Some((label, rest)) = sentence.split_once(": ")
        && label.is_ascii()
        && label.chars().any(|c| c.is_ascii_alphabetic())
        && word_count(label) <= 12
        && rest
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !is_latin(c))
    {
        return rest;
    }
    match DATELINE.find(sentence) {
        Some(m)
            if sentence[m.end()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201c}') =>
        {
            &sentence[m.end()..]
        }
        _ => sentence,
    }
}

/// Whether a character is a letter of the Latin script (ASCII, Latin-1
/// and the Latin Extended blocks, to U+024F, and Latin Extended
/// Additional, U+1E00 to U+1EFF).
fn is_latin(c: char) -> bool {
    c <= '\u{024f}' || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// Words before a full stop that never end a sentence: they stand before a
/// name or a number (`Mr. Vell`, `Gen. Arlo`, `Feb. 24`, `No. 10`).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl",
    "Adm", "Brig", "Rev", "Fr", "Sen", "Rep", "Gov", "Pres", "Hon", "Supt", "Insp", "St", "Mt",
    "Ft", "No", "Nos", "Vol", "Art", "Fig", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Rs", "approx", "Messrs",
];

/// Abbreviations that end a name (`Hank Williams Jr.`, `Acme Corp.`): a
/// full stop after one ends a sentence as one after an acronym does,
/// before a word that starts sentences (`…Williams Jr. He wrote…`; not
/// `Martin Luther King Jr. Day`).
const AFTER_NAMES: &[&str] = &["Jr", "Sr", "Corp"];

/// [`ABBREVIATIONS`] of Hindi: `डॉ.` (Dr), `प्रो.` (Prof).
const HINDI_ABBREVIATIONS: &[&str] = &["डॉ", "प्रो"];

/// Words that start a new sentence after an acronym such as `U.S.`; before
/// any other word the acronym's full stop is taken as part of it.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "However",
    "Meanwhile",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "At",
    "For",
    "According",
];

const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', '(', '['];

/// Splits a paragraph into sentences, trimmed, in order. A quotation that
/// opens and closes within the paragraph stays in one piece, so a point
/// never starts or ends in the middle of somebody's words. A caption or a
/// heading run into the next sentence without a stop is a piece of its own
/// (see `unglue`).
pub fn sentences(text: &str) -> Vec<&str> {
    unglue(text, at_terminators(text))
}

/// Words that begin a sentence and are never capitalised inside one (`A`
/// and `I` are: `vitamin A`, `and I said`).
const GLUED_STARTERS: &[&str] = &[
    "The", "An", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "This", "These",
];

/// Words after which a capitalised `The` or `This` is a title, not a new
/// sentence: `the film The descendants`, `the show This is England`.
const BEFORE_TITLES: &[&str] = &[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "word",
    "words",
    "film",
    "movie",
    "song",
    "album",
    "book",
    "novel",
    "magazine",
    "newspaper",
    "paper",
    "show",
    "series",
    "play",
    "programme",
    "program",
    "poem",
    "single",
    "track",
    "headline",
];

/// Fewest words before a glue for it to end a caption or a heading.
const GLUED_MIN_WORDS: usize = 3;

/// Splits the `pieces` of `text` where a sentence starts without the last
/// one having ended: web copy runs a photo caption or a heading into the
/// text (`…than a colleague The cost of divorce can…`, `…in her bedroom,
/// with a towel on her face An 86-year-old nun was…`). A glue is a word of
/// [`GLUED_STARTERS`] after a lowercase word and before a lowercase one (or
/// a number, after `An`), outside any quotation, with at least
/// [`GLUED_MIN_WORDS`] words before it in its sentence.
fn unglue<'a>(text: &'a str, pieces: Vec<&'a str>) -> Vec<&'a str> {
    // Capitals are rare: find the first letters of the starters, then look
    // around each (one pass of an automaton over every byte cost a third of
    // the splitting).
    let bytes = text.as_bytes();
    let mut glues: Vec<usize> = memchr::memchr3_iter(b'T', b'H', b'S', bytes)
        .chain(memchr::memchr3_iter(b'I', b'A', b'W', bytes))
        .filter(|&at| is_glue(text, at))
        .collect();
    if glues.is_empty() {
        return pieces;
    }
    glues.sort_unstable();
    let quoted = &mut Quoted::new(text);
    glues.retain(|&at| !quoted.contains(at));
    if glues.is_empty() {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len() + glues.len());
    for piece in pieces {
        let offset = piece.as_ptr() as usize - text.as_ptr() as usize;
        let mut start = offset;
        for &glue in glues
            .iter()
            .filter(|&&g| g > offset && g < offset + piece.len())
        {
            if word_count(&text[start..glue]) >= GLUED_MIN_WORDS {
                out.push(text[start..glue].trim());
                start = glue;
            }
        }
        out.push(text[start..offset + piece.len()].trim());
    }
    out
}

/// Whether the capital at byte offset `at` of `text` starts a word of
/// [`GLUED_STARTERS`] glued to the lowercase word before it (see
/// [`unglue`]; quotations aside).
fn is_glue(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if at < 3 || bytes[at - 1] != b' ' || !bytes[at - 2].is_ascii_lowercase() {
        return false;
    }
    let word_end = bytes[at..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |n| at + n);
    let word = &text[at..word_end];
    if !GLUED_STARTERS.contains(&word) {
        return false;
    }
    let previous = text[..at - 1]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let next = bytes.get(word_end + 1).copied().unwrap_or(b' ');
    previous.len() >= 2
        && previous.bytes().all(|b| b.is_ascii_lowercase())
        && !BEFORE_TITLES.contains(&previous)
        && (next.is_ascii_lowercase() || (next.is_ascii_digit() && word == "An"))
}

/// Splits a paragraph at its sentence terminators (see [`sentences`]).
fn at_terminators(text: &str) -> Vec<&str> {
    // Works on byte offsets and jumps from one terminator to the next: this
    // runs on every paragraph of every story.
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = Quoted::new(text);
    let mut terminators = Terminators::new(text);
    let mut from = 0;
    while let Some((at, c)) = terminators.next(from) {
        // Take the whole run of terminators and closing quotes: `?!`, `..."`.
        let mut end = at + c.len_utf8();
        let mut last = at;
        while let Some(d) = text[end..].chars().next() {
            if !(is_terminator(d) || CLOSERS.contains(&d) || CJK_CLOSERS.contains(&d)) {
                break;
            }
            last = end;
            end += d.len_utf8();
        }
        from = end;
        // (Inside a quotation the sentence goes on, unless the quotation
        // opens again after the stop: that is where a paragraph of it
        // ended, in copy that runs them together.)
        if quoted.contains(last) && !reopened_after(text, end) {
            continue;
        }
        let mut after = text[end..].chars();
        let next = after.next();
        // A stop of Chinese or Japanese, or `.` `!` `?` between two of
        // their characters (`战胜对手!球迷们`), with no space after.
        let unspaced_stop = !next.is_some_and(char::is_whitespace)
            && (text[at..end].contains(is_closing_stop)
                || matches!(c, '.' | '!' | '?')
                    && next.is_some_and(is_unspaced)
                    && text[..at].chars().next_back().is_some_and(is_unspaced));
        if unspaced_stop {
            // The sentence ends, unless the run closes a quotation and the
            // sentence goes on after it (`」と述べた`, `”，也有人`), which a
            // quotation brought in by a colon does not (`说：“…。”仪式`).
            let closed = !text[last..].starts_with(is_terminator);
            let goes_on = closed
                && next.is_some_and(|n| !OPENERS.contains(&n) && !CJK_OPENERS.contains(&n))
                && !introduced_by_a_colon(text, last);
            if !goes_on {
                out.push(text[start..end].trim());
                start = end;
            }
            continue;
        }
        if !next.is_some_and(char::is_whitespace) {
            // `…$10.9bn.For the full year…`: a sentence glued to the next
            // (a lowercase letter, the stop, then a capitalised word) still
            // ends there; `U.S.Army`, `7.6` and `7.The` do not.
            let glued = c == '.'
                && text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase)
                && next.is_some_and(char::is_uppercase)
                && after.next().is_some_and(char::is_lowercase)
                && !continues_after(&text[start..at], "");
            if glued {
                out.push(text[start..end].trim());
                start = end;
            }
            continue;
        }
        let next_word = next_word(text, text.len() - text[end..].trim_start().len());
        let starts_sentence = next_word.chars().next().is_some_and(opens_a_sentence);
        let alone = end == at + c.len_utf8();
        if starts_sentence && !(c == '.' && alone && continues_after(&text[start..at], next_word)) {
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Whether a character ends a sentence: a full stop, `!`, `?`, an
/// ellipsis, the danda and double danda of Hindi and other Indian scripts
/// (`।`, `॥`), the full stop and question mark of Urdu and Arabic (`۔`,
/// `؟`), or a [closing stop](is_closing_stop) of Chinese and Japanese.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\u{0964}' | '\u{0965}' | '\u{06D4}' | '\u{061F}'
    ) || is_closing_stop(c)
}

/// Whether a character is a stop of Chinese or Japanese (`。`, `！`, `？`,
/// the half-width `｡`): these scripts put no space between sentences, so
/// a sentence ends at one whatever follows, unless it closes a quotation
/// that the sentence goes on after (`「…。」と述べた`, `“…。”他说`).
fn is_closing_stop(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF61}')
}

/// Closing quotation marks and brackets of Chinese and Japanese (`」`,
/// `』`, `）`, `】`, `》`), which a run of terminators takes in as it takes
/// in `"` or `)`; and the opening ones, in the same order.
const CJK_CLOSERS: &[char] = &['\u{300D}', '\u{300F}', '\u{FF09}', '\u{3011}', '\u{300B}'];
const CJK_OPENERS: &[char] = &['\u{300C}', '\u{300E}', '\u{FF08}', '\u{3010}', '\u{300A}'];

/// Whether the quotation or bracket that the mark at byte offset `close`
/// of `text` closes was brought in by a colon (`说：“…”`, `said: "…"`):
/// then it is a sentence's end, and what follows begins the next.
fn introduced_by_a_colon(text: &str, close: usize) -> bool {
    let Some(mark) = text[close..].chars().next() else {
        return false;
    };
    let opener = match mark {
        '\u{201D}' => '\u{201C}',
        '"' => '"',
        ')' => '(',
        _ => match CJK_CLOSERS.iter().position(|&c| c == mark) {
            Some(k) => CJK_OPENERS[k],
            None => return false,
        },
    };
    text[..close]
        .rfind(opener)
        .is_some_and(|open| text[..open].trim_end().ends_with([':', '\u{FF1A}']))
}

/// Whether a sentence may begin with a character, after a stop and white
/// space: a capital, a digit (`२` too), an opening quotation mark or
/// bracket, or a letter of a script without capitals (Devanagari, Arabic,
/// Chinese), whose sentences begin with any.
fn opens_a_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || OPENERS.contains(&c)
        || (!c.is_ascii() && (c.is_numeric() || (c.is_alphabetic() && !c.is_lowercase())))
}

/// The sentence terminators of a text, found in order: the bytes looked
/// for are those of [`is_terminator`]'s characters, `.`, `!`, `?`, and the
/// first bytes of the others, which only ever start a character: E2 of `…`
/// (E2 80 A6), E0 of `।` and `॥` (E0 A5 A4, E0 A5 A5), E3 of `。` (E3 80
/// 82); D8 and DB of `؟` and `۔` (D8 9F, DB 94), and EF of `！`, `？` and
/// `｡` (EF BC 81, EF BC 9F, EF BD A1). Three searches by memchr's vector
/// code, each of which remembers what it found next: a paragraph with no
/// ASCII stop (Chinese, Urdu) is read once, not once for each of its
/// sentences.
struct Terminators<'a> {
    text: &'a str,
    /// Where each search's next find is, at or after the offset asked
    /// about last (`None`: there is none).
    next: [Option<usize>; 3],
}

impl<'a> Terminators<'a> {
    fn new(text: &'a str) -> Self {
        let mut terminators = Terminators {
            text,
            next: [None; 3],
        };
        for search in 0..3 {
            terminators.next[search] = terminators.search(search, 0);
        }
        terminators
    }

    /// The first find of search `search` at or after byte offset `from`.
    fn search(&self, search: usize, from: usize) -> Option<usize> {
        let bytes = &self.text.as_bytes()[from..];
        let is_wide = |&at: &usize| {
            matches!(
                &bytes[at..],
                [0xe2, 0x80, 0xa6, ..]
                    | [0xe0, 0xa5, 0xa4 | 0xa5, ..]
                    | [0xe3, 0x80, 0x82, ..]
                    | [0xd8, 0x9f, ..]
                    | [0xdb, 0x94, ..]
                    | [0xef, 0xbc, 0x81 | 0x9f, ..]
                    | [0xef, 0xbd, 0xa1, ..]
            )
        };
        match search {
            0 => memchr::memchr3(b'.', b'!', b'?', bytes),
            1 => memchr::memchr3_iter(0xe2, 0xe0, 0xe3, bytes).find(is_wide),
            _ => memchr::memchr3_iter(0xd8, 0xdb, 0xef, bytes).find(is_wide),
        }
        .map(|at| from + at)
    }

    /// The first terminator at or after byte offset `from` (a character
    /// boundary, never less than the last asked about), and its byte
    /// offset.
    fn next(&mut self, from: usize) -> Option<(usize, char)> {
        for search in 0..3 {
            if self.next[search].is_some_and(|at| at < from) {
                self.next[search] = self.search(search, from);
            }
        }
        let at = self.next.iter().flatten().copied().min()?;
        let c = self.text[at..].chars().next()?;
        debug_assert!(is_terminator(c), "{c:?} at {at}");
        Some((at, c))
    }
}

/// The double quotation marks of `text` (`"`, `“`, `”`) with where each
/// begins, in order. The search jumps from one `"` or E2 byte to the next:
/// E2 begins `“` (E2 80 9C) and `”` (E2 80 9D), and only ever begins a
/// character, so no other character is decoded.
pub fn quotation_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr2_iter(b'"', 0xe2, text.as_bytes()).filter_map(|at| {
        let mark = text[at..].chars().next().expect("a character starts here");
        matches!(mark, '"' | '\u{201c}' | '\u{201d}').then_some((at, mark))
    })
}

/// Whether the quotation mark `mark` at byte offset `at` of `text`, with a
/// quotation open, opens it again: a quotation of several sentences may
/// open again at each sentence without having closed (`"It was two lanes.
/// "Now it is three."`), so a mark after the end of a sentence and white
/// space, before a word, ends the open quotation there and opens the next.
pub(crate) fn reopens_quotation(text: &str, at: usize, mark: char) -> bool {
    let before = &text[..at];
    let after = &text[at + mark.len_utf8()..];
    before.ends_with(char::is_whitespace)
        && before.trim_end().ends_with(['.', '!', '?', '\u{2026}'])
        && after.starts_with(|c: char| !c.is_whitespace())
}

/// Whether a straight quotation [opens again](reopens_quotation) at the
/// first mark after white space from byte offset `end` of `text` (the end
/// of a run of stops) with a paragraph of its own: a sentence or more,
/// which ends before a mark that closes it and a capital (or the text's
/// end), or holds an end of a sentence inside. A word or a line of
/// dialogue quoted inside the quotation (`stay. "Fine," he shouted, …`,
/// `one word. "Why?" he asked`) opens no paragraph, nor does a
/// [title](opens_a_quoted_title); and typographic marks nest, so an open
/// `“` inside a closed quotation is one quoted within it.
fn reopened_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let at = end + rest.len() - rest.trim_start().len();
    if at == end
        || !rest.trim_start().starts_with('"')
        || !reopens_quotation(text, at, '"')
        || opens_a_quoted_title(text, at, '"')
    {
        return false;
    }
    let inside_end =
        memchr::memchr(b'"', &text.as_bytes()[at + 1..]).map_or(text.len(), |n| at + 1 + n);
    let inside = &text[at + 1..inside_end];
    let ends_a_sentence = |i: usize| {
        inside
            .as_bytes()
            .get(i + 1)
            .is_some_and(u8::is_ascii_whitespace)
    };
    let sentence_inside =
        memchr::memchr3_iter(b'.', b'!', b'?', inside.as_bytes()).any(ends_a_sentence);
    // (The stop may stand after the closing mark: `…from there". But`.)
    let after = text[inside_end..].get(1..).unwrap_or("");
    let stopped_after = after.trim_start_matches(['.', '!', '?']);
    let (stopped, after) = if inside.trim_end().ends_with(['.', '!', '?']) {
        (true, after)
    } else {
        (stopped_after.len() < after.len(), stopped_after)
    };
    let closes_a_sentence = stopped
        && (after.trim().is_empty()
            || after.starts_with(char::is_whitespace)
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c == '"'));
    sentence_inside || closes_a_sentence
}

/// Whether the quotation mark `mark` at byte offset `at` of `text` opens a
/// title or a word in quotation marks that opens a sentence (`"Oppenheimer"
/// is a masterpiece.`): up to five words that close right after a word,
/// with no end of a sentence, and the sentence goes on in lower case.
fn opens_a_quoted_title(text: &str, at: usize, mark: char) -> bool {
    let after = &text[at + mark.len_utf8()..];
    after.find(['"', '\u{201d}']).is_some_and(|close| {
        let inside = &after[..close];
        let mut next = after[close..].chars().skip(1);
        inside.ends_with(char::is_alphanumeric)
            && !inside.contains(['.', '!', '?', '\u{2026}'])
            && inside.split_whitespace().count() <= 5
            && next.next() == Some(' ')
            && next.next().is_some_and(char::is_lowercase)
    })
}

/// Which characters of a text lie strictly inside a double-quoted span that
/// closes in the same text (typographic `“…”` or `「…」`, nested, or
/// straight `"…"`),
/// asked in increasing order of byte offset. A straight mark that
/// [reopens](reopens_quotation) a straight quotation closes it and opens
/// the next: wire copy runs a quotation's paragraphs together with a mark
/// at the start of each (`…against you. "We would…"`), and pairing the
/// marks in turn would put the narration between two quotations inside one.
/// (Not a title, [`opens_a_quoted_title`]: the quotation goes on past it.)
struct Quoted {
    /// Where each quotation's inside starts (+1) and ends (-1), by byte
    /// offset, sorted.
    marks: Vec<(usize, i32)>,
    next: usize,
    depth: i32,
    /// The offset last asked about.
    asked: usize,
}

impl Quoted {
    fn new(text: &str) -> Quoted {
        let mut marks = Vec::new();
        let mut typographic: Vec<usize> = Vec::new();
        let mut straight: Option<usize> = None;
        for (i, mark) in quotation_marks(text) {
            let opened = match mark {
                '\u{201c}' => {
                    typographic.push(i + mark.len_utf8());
                    None
                }
                '\u{201d}' => typographic.pop(),
                _ => match straight.take() {
                    Some(inside) => {
                        // (A title inside the quotation is no new one:
                        // it is read as the quotation's close.)
                        if reopens_quotation(text, i, mark) && !opens_a_quoted_title(text, i, mark)
                        {
                            straight = Some(i + 1);
                        }
                        Some(inside)
                    }
                    None => {
                        straight = Some(i + 1);
                        None
                    }
                },
            };
            if let Some(inside) = opened {
                marks.push((inside, 1));
                marks.push((i, -1));
            }
        }
        // (The corner brackets of Chinese and Japanese, outermost: the
        // inside of a nested one is inside the outer one.)
        for (open, close) in corner_spans(text) {
            marks.push((open + '\u{300C}'.len_utf8(), 1));
            marks.push((close, -1));
        }
        marks.sort_unstable();
        Quoted {
            marks,
            next: 0,
            depth: 0,
            asked: 0,
        }
    }

    /// Whether the character at byte offset `at` is inside a quotation; `at`
    /// never decreases from one call to the next.
    fn contains(&mut self, at: usize) -> bool {
        debug_assert!(at >= self.asked, "asked {at} after {}", self.asked);
        self.asked = at;
        while let Some(&(offset, mark)) = self.marks.get(self.next) {
            if offset > at {
                break;
            }
            self.depth += mark;
            self.next += 1;
        }
        self.depth > 0
    }
}

/// Byte offsets of the opening and closing marks of each closed quotation
/// in the corner brackets of Chinese and Japanese (`「…」`, with `『…』`
/// nested; a closing mark closes the last one open), outermost only, in
/// order. Their first byte, E3, is rare in
/// other text, so most text is not read a character at a time.
pub(crate) fn corner_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    if memchr::memchr(0xe3, text.as_bytes()).is_none() {
        return spans;
    }
    // Each closing mark closes the last mark still open.
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\u{300C}' | '\u{300E}' => open.push(i),
            '\u{300D}' | '\u{300F}' => spans.extend(open.pop().map(|at| (at, i))),
            _ => {}
        }
    }
    outermost(spans)
}

/// Spans of `(open, close)` byte offsets in order, each one inside another
/// dropped.
pub(crate) fn outermost(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for span in spans {
        if kept.last().is_none_or(|&(_, close)| span.0 > close) {
            kept.push(span);
        }
    }
    kept
}

fn next_word(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Whether a full stop after `before` (the text of the sentence so far) is
/// part of an abbreviation, an initial or an acronym rather than the end.
fn continues_after(before: &str, next_word: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    if ABBREVIATIONS.contains(&word) || HINDI_ABBREVIATIONS.contains(&word) {
        return true;
    }
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if initial {
        return true;
    }
    // Acronyms with inner full stops: `U.S`, `U.N`, `a.m`; in a script
    // without capitals each letter's name may take up to three characters
    // (`एस.पी`, S.P.).
    let dotted = word.contains('.')
        && word.split('.').all(|p| {
            let n = p.chars().count();
            n == 1 || (!p.is_ascii() && (1..=3).contains(&n))
        });
    if dotted || AFTER_NAMES.contains(&word) {
        let next = next_word.trim_start_matches(OPENERS);
        return !SENTENCE_STARTERS.contains(&next);
    }
    false
}

/// This module's patterns: [`crate::summarize::prepare`] compiles them
/// ahead, and a test checks that their forms agree.
pub(crate) fn patterns() -> Vec<&'static crate::pattern::Pattern> {
    vec![&DATELINE]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The splitter as first written, a character at a time with a flag per
    /// character for quotations: slower, plainer, and the reference that
    /// [`sentences`] must agree with.
    fn reference_sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let quoted = reference_quoted_spans(&chars);
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            let stops = [
                '.', '!', '?', '\u{2026}', '\u{0964}', '\u{0965}', '\u{06D4}', '\u{061F}',
            ];
            let cjk_stops = ['。', '！', '？', '｡'];
            if !stops.contains(&c) && !cjk_stops.contains(&c) {
                i += 1;
                continue;
            }
            // Take the whole run of terminators and closing quotes: `?!`, `..."`.
            let mut j = i + 1;
            while j < chars.len()
                && (stops.contains(&chars[j].1)
                    || cjk_stops.contains(&chars[j].1)
                    || CLOSERS.contains(&chars[j].1)
                    || "」』）】》".contains(chars[j].1))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            // (Unless a straight quotation opens again after white space
            // with a paragraph of its own: a sentence's end inside it, or
            // one before its closing mark and then a capital or nothing.)
            let k = (j..chars.len())
                .find(|&k| !chars[k].1.is_whitespace())
                .unwrap_or(chars.len());
            let reopens = k > j
                && chars.get(k).is_some_and(|&(_, c)| c == '"')
                && chars[..k]
                    .iter()
                    .rev()
                    .find(|(_, c)| !c.is_whitespace())
                    .is_some_and(|&(_, c)| matches!(c, '.' | '!' | '?' | '\u{2026}'))
                && chars.get(k + 1).is_some_and(|&(_, c)| !c.is_whitespace())
                && !reference_title(&chars, k);
            let close = (k + 1..chars.len())
                .find(|&m| chars[m].1 == '"')
                .unwrap_or(chars.len());
            let inside: Vec<char> = chars[(k + 1).min(close)..close]
                .iter()
                .map(|&(_, c)| c)
                .collect();
            let sentence_inside = inside
                .windows(2)
                .any(|w| ".!?".contains(w[0]) && w[1].is_ascii_whitespace());
            let last_inside = inside.iter().rev().find(|c| !c.is_whitespace());
            let mut after: Vec<char> = chars
                .get(close + 1..)
                .unwrap_or(&[])
                .iter()
                .map(|&(_, c)| c)
                .collect();
            let stopped_inside = last_inside.is_some_and(|c| ".!?".contains(*c));
            let stops_after = after.iter().take_while(|c| ".!?".contains(**c)).count();
            if !stopped_inside {
                after.drain(..stops_after);
            }
            let first_after = after.iter().find(|c| !c.is_whitespace());
            let closes_a_sentence = (stopped_inside || stops_after > 0)
                && (first_after.is_none()
                    || after[0].is_whitespace()
                        && first_after.is_some_and(|&c| c.is_uppercase() || c == '"'));
            let reopened = reopens && (sentence_inside || closes_a_sentence);
            if quoted[j - 1] && !reopened {
                i = j;
                continue;
            }
            // A stop of Chinese or Japanese with no space after (or `.`
            // `!` `?` between two of their characters) ends a sentence,
            // but for a quotation closed after it and anything but a
            // space or an opening mark straight after that, unless a colon
            // brought the quotation in.
            let next = chars.get(j).map(|&(_, n)| n);
            let unspaced_stop = !next.is_some_and(char::is_whitespace)
                && (chars[i..j].iter().any(|(_, d)| cjk_stops.contains(d))
                    || ".!?".contains(c)
                        && next.is_some_and(is_unspaced)
                        && i > 0
                        && is_unspaced(chars[i - 1].1));
            if unspaced_stop {
                let last = chars[j - 1].1;
                let closed = !stops.contains(&last) && !cjk_stops.contains(&last);
                let opener = match last {
                    '”' => Some('“'),
                    '"' => Some('"'),
                    ')' => Some('('),
                    '」' => Some('「'),
                    '』' => Some('『'),
                    '）' => Some('（'),
                    '】' => Some('【'),
                    '》' => Some('《'),
                    _ => None,
                };
                let by_colon = opener.is_some_and(|opener| {
                    chars[..j - 1]
                        .iter()
                        .rposition(|&(_, d)| d == opener)
                        .is_some_and(|k| {
                            chars[..k]
                                .iter()
                                .rev()
                                .find(|(_, d)| !d.is_whitespace())
                                .is_some_and(|&(_, d)| d == ':' || d == '：')
                        })
                });
                let goes_on = closed
                    && next.is_some_and(|n| !OPENERS.contains(&n) && !"「『（【《".contains(n))
                    && !by_colon;
                if !goes_on {
                    out.push(text[start..end].trim());
                    start = end;
                }
                i = j;
                continue;
            }
            let next_is_space = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
            if !next_is_space {
                // `…$10.9bn.For the full year…`: a sentence glued to the next
                // (a lowercase letter, the stop, then a capitalised word)
                // still ends there; `U.S.Army` and `7.6` do not.
                let glued = c == '.'
                    && i > 0
                    && chars[i - 1].1.is_lowercase()
                    && chars.get(j).is_some_and(|&(_, n)| n.is_uppercase())
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_lowercase())
                    && !continues_after(&text[start..pos], "");
                if glued {
                    out.push(text[start..end].trim());
                    start = end;
                }
                i = j;
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let next_word = next_word(text, chars.get(k).map_or(text.len(), |&(p, _)| p));
            // (A letter of a script without capitals begins a sentence
            // too: `है. बता`.)
            let starts_sentence = next_word.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || OPENERS.contains(&c)
                    || (!c.is_ascii() && (c.is_numeric() || c.is_alphabetic() && !c.is_lowercase()))
            });
            if starts_sentence
                && !(c == '.' && j == i + 1 && continues_after(&text[start..pos], next_word))
            {
                let sentence = text[start..end].trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = end;
            }
            i = j;
        }
        let rest = text[start..].trim();
        if !rest.is_empty() {
            out.push(rest);
        }
        out
    }

    /// For each character, whether it lies strictly inside a double-quoted
    /// span that closes in the same text (typographic `“…”` or straight `"…"`).
    /// Whether the mark at `chars[i]` opens a title: it closes right after
    /// a word, before any end of a sentence, and lower case goes on.
    fn reference_title(chars: &[(usize, char)], i: usize) -> bool {
        let close = chars[i + 1..]
            .iter()
            .position(|&(_, c)| matches!(c, '"' | '\u{201d}'))
            .map(|n| i + 1 + n);
        close.is_some_and(|close| {
            let inside: String = chars[i + 1..close].iter().map(|&(_, c)| c).collect();
            close > i + 1
                && chars[close - 1].1.is_alphanumeric()
                && !inside.contains(['.', '!', '?', '\u{2026}'])
                && inside.split_whitespace().count() <= 5
                && chars.get(close + 1).is_some_and(|&(_, c)| c == ' ')
                && chars.get(close + 2).is_some_and(|&(_, c)| c.is_lowercase())
        })
    }

    fn reference_quoted_spans(chars: &[(usize, char)]) -> Vec<bool> {
        // Marks where closed quotations start (+1) and end (-1); a running sum
        // then says what is inside, in linear time however deep the nesting.
        let mut marks = vec![0i32; chars.len() + 1];
        let mut typographic: Vec<usize> = Vec::new();
        let mut corners: Vec<usize> = Vec::new();
        let mut straight: Option<usize> = None;
        for (i, &(_, c)) in chars.iter().enumerate() {
            let opened = match c {
                '\u{201c}' => {
                    typographic.push(i);
                    None
                }
                '\u{201d}' => typographic.pop(),
                '「' | '『' => {
                    corners.push(i);
                    None
                }
                '」' | '』' => corners.pop(),
                '"' => match straight.take() {
                    Some(from) => {
                        // A mark after a sentence's end and white space,
                        // before a word, opens the quotation again.
                        // (Not one that closes right after a word, before
                        // any end of a sentence: a title.)
                        let a_title = reference_title(chars, i);
                        let reopens = i >= 2
                            && chars[i - 1].1.is_whitespace()
                            && chars[..i - 1]
                                .iter()
                                .rev()
                                .find(|(_, c)| !c.is_whitespace())
                                .is_some_and(|&(_, c)| matches!(c, '.' | '!' | '?' | '\u{2026}'))
                            && chars.get(i + 1).is_some_and(|&(_, c)| !c.is_whitespace())
                            && !a_title;
                        if reopens {
                            straight = Some(i);
                        }
                        Some(from)
                    }
                    None => {
                        straight = Some(i);
                        None
                    }
                },
                _ => None,
            };
            if let Some(from) = opened {
                marks[from + 1] += 1;
                marks[i] -= 1;
            }
        }
        let mut depth = 0;
        marks[..chars.len()]
            .iter()
            .map(|m| {
                depth += m;
                depth > 0
            })
            .collect()
    }

    /// Pieces of text full of splitting hazards, for random texts:
    /// abbreviations, initials, figures, glued sentences, quotations of both
    /// kinds (balanced or not), ellipses, runs of terminators and closers,
    /// non-ASCII letters.
    const HAZARDS: &[&str] = &[
        "Mr.",
        "U.S.",
        "said",
        "He",
        "The",
        "An",
        "86",
        "film",
        "the",
        "7.6",
        "$10.9bn.For",
        "“We",
        "left,”",
        "\"Yes",
        "no.\"",
        "end.",
        "Why?",
        "Go!",
        "wait…",
        "(Reuters)",
        "A.",
        "Jaishankar.",
        "है.",
        "बता",
        "खेल।",
        "डॉ.",
        "२०२४",
        "it.",
        "“",
        "”",
        "\"",
        "bn.The",
        "x.y",
        "'quote.'",
        "Feb.",
        "24",
        "No.",
        "10",
        "a.m.",
        "The",
        "Army",
        "…",
        "?!",
        "Été.",
        "ÉTÉ",
        "été.",
        "[1].",
        "‘so’.",
        "东京",
        "都。",
        "他说：",
        "“我们会赢。”",
        "「勝つ。",
        "」と",
        "」",
        "述べた。",
        "！？",
        "｡",
        "说：“",
        "。”，",
        "好!",
        "Inc.。",
        "（",
        "）",
        "۔",
        "کہا",
        "؟",
        "॥",
    ];
    /// What separates them, non-ASCII spaces among it.
    const SPACES: &[&str] = &[" ", "  ", "", "\n", "\u{a0}", "\u{2028}"];

    /// The splitter agrees with its plain reference on random texts of
    /// [`HAZARDS`].
    #[test]
    fn sentences_agree_with_the_reference_splitter() {
        for seed in 1..4 {
            for text in crate::summarize::random_texts(HAZARDS, SPACES, seed, 20_000, 40) {
                assert_eq!(
                    at_terminators(&text),
                    reference_sentences(&text),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn fold_ignores_typographic_differences() {
        assert_eq!(
            fold("Ukraine’s  “President”\u{a0}— now"),
            fold("Ukraine's \"President\" - now")
        );
        assert_eq!(fold("  A\n b "), "a b");
    }

    #[test]
    fn is_alphanumeric_is_the_standard_librarys() {
        // Twice: the first asks fill the blocks, the second read them.
        for _ in 0..2 {
            for c in '\0'..=char::MAX {
                assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn word_count_skips_lone_punctuation() {
        assert_eq!(word_count("Forty-one people — at least — died."), 5);
    }

    #[test]
    fn capitals_are_found_in_any_script() {
        let text = "Émile and Ünal met ǅemal in ÅRHUS, not ßtraße or ⓐ Ⓐ.";
        let by_chars = |text: &str| -> Vec<usize> {
            text.char_indices()
                .filter(|(_, c)| c.is_uppercase())
                .map(|(at, _)| at)
                .collect()
        };
        assert_eq!(capitals(text).collect::<Vec<_>>(), by_chars(text));
        // (`ǅ` is title case, which `is_uppercase` is not.)
        assert_eq!(capitals(text).count(), 8, "É Ü Å R H U S Ⓐ");
        // Every length of the last, short chunk, ASCII or not.
        for len in 0..=20 {
            for letters in ["aBcD", "xÉyZ"] {
                let text: String = letters.chars().cycle().take(len).collect();
                assert_eq!(
                    capitals(&text).collect::<Vec<_>>(),
                    by_chars(&text),
                    "{text:?}"
                );
            }
        }
        for text in crate::pattern::plain_texts(0xca95, 500)
            .iter()
            .chain(&crate::pattern::wide_texts(0xca95, 500))
        {
            assert_eq!(
                capitals(text).collect::<Vec<_>>(),
                by_chars(text),
                "{text:?}"
            );
        }
    }

    /// [`word_count`] as first written, a character at a time.
    fn word_count_by_chars(text: &str) -> usize {
        let mut count = 0;
        let mut counted = false;
        for c in text.chars() {
            if is_unspaced(c) {
                count += 1;
                counted = false;
            } else if c.is_whitespace() {
                counted = false;
            } else if !counted && c.is_alphanumeric() {
                count += 1;
                counted = true;
            }
        }
        count
    }

    #[test]
    fn word_count_by_bytes_is_word_count_by_characters() {
        let words = [
            "Forty-one",
            "7.6",
            "--",
            "(ANI)",
            "U.S.",
            "a",
            "",
            "-",
            "x_y",
            "“",
            "”",
            "—",
            "’s",
            "café",
            "भारत",
            "१२",
            "½",
            "🙂",
            "東京",
            "ラーメン",
            "・",
            "iPhone手机",
            "\u{FA6E}",
        ];
        let spaces = [
            " ", "\t", "\n", "\x0b", "\x0c", "\r", ".", "", "\x1f", "\u{a0}", "\u{2009}",
            "\u{3000}", "\u{85}",
        ];
        let texts = crate::summarize::random_texts(&words, &spaces, 0x0c0_ffee, 5_000, 12);
        for text in &texts {
            assert_eq!(word_count(text), word_count_by_chars(text), "{text:?}");
        }
        assert_eq!(word_count("a\x0bb"), 2);
        assert_eq!(word_count("a\u{a0}b\u{2009}— c"), 3);
    }

    #[test]
    fn splits_plain_sentences_and_quotes() {
        assert_eq!(
            sentences("It rained. “We left,” she said. Was it over? Yes!"),
            ["It rained.", "“We left,” she said.", "Was it over?", "Yes!"]
        );
        assert_eq!(
            sentences("He said, “We are ready.” The talks end today."),
            ["He said, “We are ready.”", "The talks end today."]
        );
    }

    #[test]
    fn survives_abbreviations_initials_and_figures() {
        let text = "Mr. Vell met Dr. Ansel on Feb. 24 at No. 10 Quay Road. \
                    The 7.6 magnitude quake cost $2.4 billion. \
                    S. Jaishankar and J. R. Tallis spoke. \
                    U.S. officials agreed.";
        assert_eq!(
            sentences(text),
            [
                "Mr. Vell met Dr. Ansel on Feb. 24 at No. 10 Quay Road.",
                "The 7.6 magnitude quake cost $2.4 billion.",
                "S. Jaishankar and J. R. Tallis spoke.",
                "U.S. officials agreed."
            ]
        );
        // An abbreviation that ends a name ends a sentence before a word
        // that starts one.
        assert_eq!(
            sentences(
                "He managed Hank Vell Jr. He also sang. Offices close on Martin Luther King Jr. \
                 Day at Acme Corp. The firm agreed."
            ),
            [
                "He managed Hank Vell Jr.",
                "He also sang.",
                "Offices close on Martin Luther King Jr. Day at Acme Corp.",
                "The firm agreed."
            ]
        );
    }

    #[test]
    fn a_closed_quotation_is_not_split() {
        assert_eq!(
            sentences("He said, “I called him. He agreed.” Talks resume today. “Half a quote. And"),
            [
                "He said, “I called him. He agreed.”",
                "Talks resume today.",
                "“Half a quote.",
                "And"
            ]
        );
        assert_eq!(
            sentences("\"We left. It burned,\" she said. Then rain."),
            ["\"We left. It burned,\" she said.", "Then rain."]
        );
        // A quotation of two paragraphs, run together with a mark opening
        // each: a sentence ends where the quotation opens again, and the
        // narration after it is no quotation.
        assert_eq!(
            sentences(
                "She said: \"We took advice. \"We ask you to reflect.\" Mr Vell said the law \
                 was clear. \"The act is plain.\" He will stay."
            ),
            [
                "She said: \"We took advice.",
                "\"We ask you to reflect.\"",
                "Mr Vell said the law was clear.",
                "\"The act is plain.\"",
                "He will stay."
            ]
        );
        // But a line of dialogue or a word quoted inside the quotation
        // opens no paragraph of it, and typographic marks nest.
        for text in [
            "\"I asked for the till. \"No,\" I said, and pressed the alarm,\" said Raj Dev.",
            "\"He turned. \"Why?\" he asked, and left,\" she said.",
            "\u{201c}He turned. \u{201c}Go home.\u{201d} So we went,\u{201d} she said.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
        // But a title in quotation marks that opens a sentence inside the
        // quotation is inside it.
        assert_eq!(
            sentences(
                "\"I saw it twice. \"Oppenheimer\" is a masterpiece. Go and see it,\" he said. \
                 It won."
            ),
            [
                "\"I saw it twice. \"Oppenheimer\" is a masterpiece. Go and see it,\" he said.",
                "It won."
            ]
        );
        // (A quotation that closes before its stop opens again all the
        // same: `…from there". But…`.)
        assert_eq!(
            sentences(
                "She said: \"We met. \"He liked it and it went from there\". But why? It paid."
            ),
            [
                "She said: \"We met.",
                "\"He liked it and it went from there\".",
                "But why?",
                "It paid."
            ]
        );
    }

    /// Scripts without capitals: any letter begins a sentence, and Hindi
    /// ends one with a danda as well as a full stop.
    #[test]
    fn splits_sentences_of_scripts_without_capitals() {
        assert_eq!(
            sentences("टीम मैच हार गई. कोहली ने अच्छी बल्लेबाजी की। अगला मैच शनिवार को है."),
            [
                "टीम मैच हार गई.",
                "कोहली ने अच्छी बल्लेबाजी की।",
                "अगला मैच शनिवार को है."
            ]
        );
        // (Lower-case letters still go on: `p.c. on the day`.)
        assert_eq!(
            sentences("Warner said. कोहली spoke."),
            ["Warner said.", "कोहली spoke."]
        );
        // Abbreviations and initials go on; digits of the script begin.
        assert_eq!(
            sentences("डॉ. अरुण कुमार ने एस.पी. से बात की। २०२४ में मैच हुआ."),
            ["डॉ. अरुण कुमार ने एस.पी. से बात की।", "२०२४ में मैच हुआ."]
        );
    }

    /// Chinese and Japanese put no space after a stop; Urdu ends a sentence
    /// with `۔`. A quotation keeps its stops, and the sentence goes on after
    /// it when a word follows its close.
    #[test]
    fn splits_chinese_japanese_and_urdu_sentences() {
        let table: &[(&str, &[&str])] = &[
            (
                "地震造成至少41人死亡。救援人员仍在搜救！余震会持续多久？",
                &[
                    "地震造成至少41人死亡。",
                    "救援人员仍在搜救！",
                    "余震会持续多久？",
                ],
            ),
            // (After a quotation a colon brought in, the next sentence
            // begins; after one that the sentence goes on from, it does
            // not, nor before a comma.)
            (
                "市长说：“我们会重建。我们不会放弃。”他随后离开了现场。",
                &["市长说：“我们会重建。我们不会放弃。”", "他随后离开了现场。"],
            ),
            (
                "“我们会重建。”一位居民说。新预算下周公布。",
                &["“我们会重建。”一位居民说。", "新预算下周公布。"],
            ),
            (
                "有人说“早该如此了！”，也有人担心费用上涨。",
                &["有人说“早该如此了！”，也有人担心费用上涨。"],
            ),
            (
                "野党は「説明が不十分だ。」、「具体策がない。」と批判した。",
                &["野党は「説明が不十分だ。」、「具体策がない。」と批判した。"],
            ),
            (
                "首相は「復興を急ぐ。支援を続ける。」と述べた。会見は30分続いた。",
                &[
                    "首相は「復興を急ぐ。支援を続ける。」と述べた。",
                    "会見は30分続いた。",
                ],
            ),
            (
                "「行こう。」「待って。」",
                &["「行こう。」", "「待って。」"],
            ),
            // (After a stop and a space, the rules of any text: a
            // lower-case word goes on.)
            ("价格上涨。 苹果销量下降｡", &["价格上涨。", "苹果销量下降｡"]),
            (
                "He wrote “再见。” and left the room. Then he slept.",
                &["He wrote “再见。” and left the room.", "Then he slept."],
            ),
            // (A run of stops with one of theirs, and `!` between two of
            // their characters, end a sentence too.)
            (
                "这家公司名叫Acme Inc.。它成立于2001年。",
                &["这家公司名叫Acme Inc.。", "它成立于2001年。"],
            ),
            ("战胜对手!球迷们欢呼。", &["战胜对手!", "球迷们欢呼。"]),
            (
                "وزیر اعظم نے اجلاس طلب کیا۔ کیا فیصلہ ہوگا؟ اجلاس کل ہوگا۔",
                &[
                    "وزیر اعظم نے اجلاس طلب کیا۔",
                    "کیا فیصلہ ہوگا؟",
                    "اجلاس کل ہوگا۔",
                ],
            ),
            (
                "धर्म की जय हो॥ सभा समाप्त हुई।",
                &["धर्म की जय हो॥", "सभा समाप्त हुई।"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    /// Each Chinese character and each kana is a word, as Hugo counts them.
    #[test]
    fn counts_each_chinese_and_japanese_character_as_a_word() {
        assert_eq!(word_count("東京都に住む"), 6);
        assert_eq!(word_count("iPhone手机 sold well"), 5);
        assert_eq!(word_count("ラーメン・店"), 5);
        assert_eq!(word_count("他说：“好。”"), 3);
    }

    #[test]
    fn an_acronym_can_still_end_a_sentence() {
        assert_eq!(
            sentences("Aid came from the U.S. The rest came later."),
            ["Aid came from the U.S.", "The rest came later."]
        );
    }

    /// Splitting hazards of real news copy, one per row.
    #[test]
    fn splitting_table() {
        let table: &[(&str, &[&str])] = &[
            (
                "Mr. Vell and Mrs. Ansel met Dr. Rask.",
                &["Mr. Vell and Mrs. Ansel met Dr. Rask."],
            ),
            (
                "Troops from the U.S. and U.K. arrived on Feb. 24.",
                &["Troops from the U.S. and U.K. arrived on Feb. 24."],
            ),
            (
                "He lives at No. 10 Quay Road. Gen. Arlo agreed.",
                &["He lives at No. 10 Quay Road.", "Gen. Arlo agreed."],
            ),
            (
                "The fine was Rs. 500 per day.",
                &["The fine was Rs. 500 per day."],
            ),
            (
                "S. Jaishankar spoke first. Then rain fell.",
                &["S. Jaishankar spoke first.", "Then rain fell."],
            ),
            (
                "A 7.6 magnitude quake cost $2.4 billion. It struck at 12.45 am.",
                &[
                    "A 7.6 magnitude quake cost $2.4 billion.",
                    "It struck at 12.45 am.",
                ],
            ),
            (
                "He said, “We tried. We failed.” Then he left.",
                &["He said, “We tried. We failed.”", "Then he left."],
            ),
            (
                "Revenue was $10.9bn.For the full year it rose 6%.",
                &["Revenue was $10.9bn.", "For the full year it rose 6%."],
            ),
            (
                "Troops of the U.S.Army left.",
                &["Troops of the U.S.Army left."],
            ),
            (
                "Wait... there is more. And more!",
                &["Wait... there is more.", "And more!"],
            ),
            ("It was over… Or was it?", &["It was over…", "Or was it?"]),
        ];
        for (text, expected) in table {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    /// However a text is split, no character is lost or repeated: the
    /// sentences are the text's own pieces, in order.
    #[test]
    fn sentences_cover_the_text_in_order() {
        let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        for text in crate::summarize::random_texts(HAZARDS, SPACES, 7, 20_000, 40) {
            let split = sentences(&text);
            assert!(split.iter().all(|s| !s.is_empty()), "{text:?}");
            assert_eq!(visible(&split.concat()), visible(&text), "{text:?}");
        }
    }

    #[test]
    fn datelines_are_stripped_from_points() {
        for (with, without) in [
            ("(CNN)They may not be aliens.", "They may not be aliens."),
            (
                "New Delhi, India (CNN)As the earth shook, tremors were felt.",
                "As the earth shook, tremors were felt.",
            ),
            (
                "WASHINGTON (Reuters) - The Senate voted on Monday.",
                "The Senate voted on Monday.",
            ),
            (
                "NEW DELHI: The court ruled on Monday.",
                "The court ruled on Monday.",
            ),
            (
                "UN officials said aid arrived.",
                "UN officials said aid arrived.",
            ),
            // A kicker in Latin letters before a sentence in another
            // script; not a label in the sentence's own script.
            (
                "Virat Kohli: पहले टेस्ट में हार के बाद टीम लौटी.",
                "पहले टेस्ट में हार के बाद टीम लौटी.",
            ),
            (
                "Subs not used: Pellegrino, Carson.",
                "Subs not used: Pellegrino, Carson.",
            ),
            ("कोहली: पहले टेस्ट में हार.", "कोहली: पहले टेस्ट में हार."),
            ("He said: Élan is the word.", "He said: Élan is the word."),
        ] {
            assert_eq!(strip_dateline(with), without);
        }
    }

    /// A caption or a heading run into the text without a stop is a piece
    /// of its own; titles, letters and quotations are not split.
    #[test]
    fn captions_glued_to_a_sentence_are_split_off() {
        let table: &[(&str, &[&str])] = &[
            (
                "Retired couples spend less than a colleague The cost of a split can wreck a pension.",
                &[
                    "Retired couples spend less than a colleague",
                    "The cost of a split can wreck a pension.",
                ],
            ),
            (
                "The keeper lay on the grass, with a towel on his face An 86-year-old fan ran on. Play went on.",
                &[
                    "The keeper lay on the grass, with a towel on his face",
                    "An 86-year-old fan ran on.",
                    "Play went on.",
                ],
            ),
            (
                "She was a loyal client She never missed a fitting.",
                &["She was a loyal client", "She never missed a fitting."],
            ),
            (
                "The festival opens with the French film The tenth district tonight.",
                &["The festival opens with the French film The tenth district tonight."],
            ),
            (
                "The quiz was seen by The Mail on Sunday.",
                &["The quiz was seen by The Mail on Sunday."],
            ),
            (
                "The pills hold vitamin A and little else.",
                &["The pills hold vitamin A and little else."],
            ),
            (
                "He said: \"we left early It was too cold to stay.\" Then he went.",
                &[
                    "He said: \"we left early It was too cold to stay.\"",
                    "Then he went.",
                ],
            ),
            (
                "Too short The rest of it runs on.",
                &["Too short The rest of it runs on."],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn lowercase_after_a_stop_does_not_split() {
        assert_eq!(
            sentences("Shares fell 3 p.c. on the day."),
            ["Shares fell 3 p.c. on the day."]
        );
    }
}
