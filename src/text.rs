//! Text utilities shared by the stages: the comparison key used to spot
//! repeated paragraphs, word counting, and a sentence splitter that survives
//! the abbreviations, initials and figures of news copy.

use unicode_normalization::UnicodeNormalization;

/// A comparison key for text: Unicode NFKC, typographic quotes, apostrophes
/// and dashes folded to ASCII, whitespace collapsed, lowercased. Two
/// paragraphs with the same key say the same thing.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    // NFKC leaves ASCII and already-normalized text alone: skip the work.
    let normalized = text.is_ascii()
        || unicode_normalization::is_nfkc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes;
    let chars: Box<dyn Iterator<Item = char>> = if normalized {
        Box::new(text.chars())
    } else {
        Box::new(text.nfkc())
    };
    for c in chars {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c if c.is_whitespace() => {
                pending_space = !out.is_empty();
                continue;
            }
            c => c,
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The number of words in `text`: whitespace-separated tokens holding at
/// least one letter or digit (so a lone dash is not a word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words before a full stop that never end a sentence: they stand before a
/// name or a number (`Mr. Vell`, `Gen. Arlo`, `Feb. 24`, `No. 10`).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl",
    "Adm", "Brig", "Rev", "Fr", "Sen", "Rep", "Gov", "Pres", "Hon", "Supt", "Insp", "St", "Mt",
    "Ft", "Jr", "Sr", "No", "Nos", "Vol", "Art", "Fig", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rs", "approx", "Corp", "Messrs",
];

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
/// never starts or ends in the middle of somebody's words.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quoted = quoted_spans(&chars);
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += 1;
            continue;
        }
        // Take the whole run of terminators and closing quotes: `?!`, `..."`.
        let mut j = i + 1;
        while j < chars.len()
            && (matches!(chars[j].1, '.' | '!' | '?' | '\u{2026}') || CLOSERS.contains(&chars[j].1))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        if quoted[j - 1] {
            i = j;
            continue;
        }
        let next_is_space = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        if !next_is_space {
            i = j;
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next_word = next_word(text, chars.get(k).map_or(text.len(), |&(p, _)| p));
        let starts_sentence = next_word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c));
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
fn quoted_spans(chars: &[(usize, char)]) -> Vec<bool> {
    let mut inside = vec![false; chars.len()];
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, &(_, c)) in chars.iter().enumerate() {
        let closes = match c {
            '\u{201d}' => open.iter().rposition(|&(_, o)| o == '\u{201c}'),
            '"' => open.iter().rposition(|&(_, o)| o == '"'),
            _ => None,
        };
        match (c, closes) {
            (_, Some(k)) => {
                let (from, _) = open[k];
                open.truncate(k);
                inside[from + 1..i].iter_mut().for_each(|x| *x = true);
            }
            ('\u{201c}' | '"', None) => open.push((i, c)),
            _ => {}
        }
    }
    inside
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
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if initial {
        return true;
    }
    // Acronyms with inner full stops: `U.S`, `U.N`, `a.m`.
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() == 1);
    if dotted {
        let next = next_word.trim_start_matches(OPENERS);
        return !SENTENCE_STARTERS.contains(&next);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_typographic_differences() {
        assert_eq!(
            fold("Ukraine’s  “President”\u{a0}— now"),
            fold("Ukraine's \"President\" - now")
        );
        assert_eq!(fold("  A\n b "), "a b");
    }

    #[test]
    fn word_count_skips_lone_punctuation() {
        assert_eq!(word_count("Forty-one people — at least — died."), 5);
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
    }

    #[test]
    fn an_acronym_can_still_end_a_sentence() {
        assert_eq!(
            sentences("Aid came from the U.S. The rest came later."),
            ["Aid came from the U.S.", "The rest came later."]
        );
    }

    #[test]
    fn lowercase_after_a_stop_does_not_split() {
        assert_eq!(
            sentences("Shares fell 3 p.c. on the day."),
            ["Shares fell 3 p.c. on the day."]
        );
    }
}
