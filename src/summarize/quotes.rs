//! Quotes: quoted speech (typographic or straight quotes, across sentences
//! within a paragraph) with its speaker when the text names one — before the
//! quote (`Zelenskyy said, “…”`), after it (`“…,” Zelenskyy said`, `“…,”
//! said Mayor Edda Voskuil`), or by pronoun (`“…,” he added`, `He said,
//! “…”`), which resolves to the last named speaker.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::facts::{self, People};

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The words quoted, without the quotation marks.
    pub text: String,
    /// Who said them, when the story names them.
    pub speaker: Option<String>,
}

/// Fewest words a quotation must have (shorter ones are scare quotes or titles).
const MIN_WORDS: usize = 5;

use super::facts::SPEECH_VERBS as VERBS;
/// A name or role: capitalised words (no full stops, so that `…Poltava. He
/// said` is not read as a name).
const NAME: &str = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Capt)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+){0,5}";

/// Words that may stand between a speaker and the verb (`further said`,
/// but not the passive `was told`).
const ADVERBS: &str = "further|also|later|then|previously|again|once|had|has";

/// Words that, before a name, make someone else the speaker: `a lawyer for
/// Ostrem said`.
const NOT_THE_SPEAKER: &[&str] = &[
    "a", "an", "the", "for", "of", "to", "with", "from", "by", "on", "behalf",
];

/// The words [`UNNAMED`] ends with: a quick test before it.
static UNNAMED_HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(r"(?i)spokes|official|lawyer|source|aide|representative|advis")
        .expect("valid regex")
});

/// An unnamed speaker (`A spokesman for the ministry declined to comment`):
/// a later `he said` is not the last named speaker.
static UNNAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(
        r"(?i)(?:^|[.!?]\s+)(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|lawyer|source|aide|representative|adviser|advisor)(?-u:\b)",
    )
    .expect("valid regex")
});

/// A name on its own, to look a little further than an outlet or a role.
static NAME_ONLY: LazyLock<Regex> =
    LazyLock::new(|| crate::text::compile(NAME).expect("valid regex"));

/// Attribution right after a quotation: `, he said`, `, said Ilse Brandt`,
/// `, Zelenskyy said`.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"^\s*,?\s*(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:{ADVERBS})\s+)?(?:{VERBS})|(?:{VERBS})\s+(?P<after>{NAME})(?P<rest>[^,.;]*)|(?P<pre>(?:[a-z][\w'’-]*\s+){{0,3}})(?P<name>{NAME})\s+(?:(?:{ADVERBS})\s+)?(?:{VERBS}))(?-u:\b)"
    ))
    .expect("valid regex")
});

/// Attribution right before a quotation: `Zelenskyy further said, `, `He added: `.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?:(?P<pron>(?-u:\b)(?:[Hh]e|[Ss]he|[Tt]hey))|(?P<name>{NAME}))\s+(?:(?:{ADVERBS})\s+)?(?:{VERBS})(?:\s+\w+)?\s*[,:]?\s*$"
    ))
    .expect("valid regex")
});

/// Speech without quotation marks (`Zelenskyy said that …`) also sets the
/// last speaker.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?P<name>{NAME})(?:,\s+[^,\x22“”]+,)?\s+{}(?:{VERBS})(?-u:\b)",
        facts::speaker_adverb()
    ))
    .expect("valid regex")
});

/// Extracts the first `limit` quotations of a story's paragraphs, in order.
pub fn extract(paragraphs: &[&str], people: &People, limit: usize) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut last_speaker: Option<String> = None;
    let spans: Vec<Vec<(usize, usize)>> = paragraphs.iter().map(|p| quoted_spans(p)).collect();
    // Who spoke last matters only to a quotation still to come: nothing
    // after the last one is read.
    let Some(last_quoted) = spans
        .iter()
        .rposition(|s| !s.is_empty())
        .filter(|_| limit > 0)
    else {
        return quotes;
    };
    for (index, (paragraph, spans)) in paragraphs.iter().zip(spans).enumerate() {
        let mut at = 0;
        // A quotation with no attribution of its own, after an attributed
        // one in the same paragraph, continues it.
        let mut paragraph_speaker: Option<String> = None;
        for (open, close) in spans {
            // Speech before this quotation moves the last speaker on; an
            // unnamed one (`a spokesman said`) leaves nobody to refer to.
            if UNNAMED.is_match(facts::gated(&UNNAMED_HINT, &paragraph[at..open])) {
                last_speaker = None;
            }
            for name in speech(&paragraph[at..open]) {
                if let Some(speaker) = resolve(name, people) {
                    last_speaker = Some(speaker);
                }
            }
            let inner = &paragraph[open + quote_len(paragraph, open)..close];
            let after = &paragraph[close + quote_len(paragraph, close)..];
            let before = &paragraph[at..open];
            let speaker = attribution(AFTER.captures(after), people, &last_speaker)
                .or_else(|| attribution(BEFORE.captures(before), people, &last_speaker))
                .or_else(|| paragraph_speaker.clone());
            if let Some(s) = &speaker {
                last_speaker = Some(s.clone());
                paragraph_speaker = Some(s.clone());
            }
            at = close;
            let text = inner.trim();
            if crate::text::word_count(text) < MIN_WORDS {
                continue;
            }
            // `“We will rebuild,” she said` quotes the sentence `We will rebuild.`
            let text = match text.strip_suffix(',') {
                Some(t) => format!("{t}."),
                None => text.to_string(),
            };
            quotes.push(Quote { text, speaker });
            if quotes.len() >= limit {
                return quotes;
            }
        }
        if index == last_quoted {
            break;
        }
        for name in speech(&paragraph[at..]) {
            if let Some(speaker) = resolve(name, people) {
                last_speaker = Some(speaker);
            }
        }
    }
    quotes
}

/// The named speakers of `text` ([`SPEECH`]), tested for a verb of speech
/// first: most text has none.
fn speech(text: &str) -> impl Iterator<Item = &str> {
    SPEECH
        .find_iter(facts::gated(&facts::VERB_HINT, text))
        .map(|found| speaker_of(found.as_str()))
}

/// The name a match of [`SPEECH`] begins with, read from the match (the
/// capturing search costs more than finding it): `NAME [, apposition,]
/// [adverb] VERB`. Names hold no commas and begin every word with a
/// capital, so what ends in a comma is the apposition, and a lower-case
/// adverb before the verb is never part of the name.
fn speaker_of(found: &str) -> &str {
    let rest = facts::before_speech_verb(found);
    match rest.strip_suffix(',').and_then(|r| r.rfind(',')) {
        Some(apposition) => &rest[..apposition],
        None => rest,
    }
}

fn attribution(
    caps: Option<regex::Captures<'_>>,
    people: &People,
    last: &Option<String>,
) -> Option<String> {
    let caps = caps?;
    if caps.name("pron").is_some() {
        return last.clone();
    }
    if let Some(pre) = caps.name("pre")
        && pre
            .as_str()
            .split_whitespace()
            .any(|w| NOT_THE_SPEAKER.contains(&w))
    {
        return None;
    }
    let name = caps.name("after").or_else(|| caps.name("name"))?;
    resolve(name.as_str(), people).or_else(|| {
        // `said Commission spokeswoman Anna Weiss`: the name after the role.
        let rest = caps.name("rest")?.as_str();
        NAME_ONLY
            .find_iter(rest)
            .find_map(|m| resolve(m.as_str(), people))
    })
}

/// The speaker a name or role refers to: a known person (by any of their
/// names, or by a role only they hold), else the name as written when it
/// looks like a person's.
fn resolve(mention: &str, people: &People) -> Option<String> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    // Longest tail of the mention that names someone: `Mayor Edda Voskuil`
    // → `Edda Voskuil`.
    for start in 0..words.len() {
        let tail = words[start..].join(" ");
        if let Some(i) = people.find(&tail) {
            return Some(people.get(i).display());
        }
    }
    for start in 0..words.len() {
        let tail = words[start..].join(" ");
        if let Some(i) = people.by_title(&tail) {
            return Some(people.get(i).display());
        }
    }
    // A full name the registry has not seen (`Anna Weiss` named only as a
    // speaker) is the speaker as written.
    facts::looks_like_person(mention).then(|| mention.trim().to_string())
}

fn quote_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Byte offsets of the opening and closing marks of each closed double
/// quotation, outermost only, in order.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            // A typographic opening mark always opens (a stray earlier one
            // is dropped); either closing mark closes.
            (_, '\u{201c}') | (None, '"') => open = Some(i),
            (Some(start), '\u{201d}' | '"') => {
                spans.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let sentences: Vec<&str> = paragraphs
            .iter()
            .flat_map(|p| crate::text::sentences(p))
            .collect();
        let people = super::super::facts::people(&sentences);
        extract(paragraphs, &people, usize::MAX)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    #[test]
    fn speakers_before_after_and_by_pronoun() {
        let quotes = quotes_of(&[
            "Ukraine's President Volodymyr Zelenskyy spoke on Tuesday. Zelenskyy said that the call went well. He said, “I had a call with the Prime Minister. It went well.”",
            "Zelenskyy further said, “During our conversation, we discussed defence cooperation.”",
            "He added, “I urged the Prime Minister of Canada to intensify advocacy among partners.”",
            "“Finally, we discussed the preparation of a thematic conference,” Zelenskyy said.",
            "\"The water came up faster than anyone expected,\" said Lower Brenna Mayor Edda Voskuil.",
            "“At nine o'clock last night the quay was dry,” she added.",
        ]);
        let zelenskyy = Some("Ukraine's President Volodymyr Zelenskyy".to_string());
        let voskuil = Some("Lower Brenna Mayor Edda Voskuil".to_string());
        assert_eq!(
            quotes,
            [
                (
                    "I had a call with the Prime Minister. It went well.".into(),
                    zelenskyy.clone()
                ),
                (
                    "During our conversation, we discussed defence cooperation.".into(),
                    zelenskyy.clone()
                ),
                (
                    "I urged the Prime Minister of Canada to intensify advocacy among partners."
                        .into(),
                    zelenskyy.clone()
                ),
                (
                    "Finally, we discussed the preparation of a thematic conference.".into(),
                    zelenskyy
                ),
                (
                    "The water came up faster than anyone expected.".into(),
                    voskuil.clone()
                ),
                (
                    "At nine o'clock last night the quay was dry.".into(),
                    voskuil
                ),
            ]
        );
    }

    #[test]
    fn appositions_and_lowercase_roles_do_not_hide_the_speaker() {
        let quotes = quotes_of(&[
            "\"We are not against machines at all, never,\" union leader Gideon Marsh told a rally.",
            "Her coach, Dr. Pavel Ostrem, a former physiologist at Estrava University, said training changed. \"We cut her weekly mileage by about 10%,\" he said.",
        ]);
        assert_eq!(quotes[0].1.as_deref(), Some("Gideon Marsh"));
        assert_eq!(quotes[1].1.as_deref(), Some("Dr. Pavel Ostrem"));
    }

    #[test]
    fn the_speaker_is_not_a_name_after_for_nor_a_passive_subject() {
        let quotes = quotes_of(&[
            "Karl Ostrem, 52, was charged on Monday. Ostrem said nothing in court.",
            "\"My client denies every one of these charges,\" a lawyer for Ostrem said.",
            "“This is a disgrace to the whole country,” Ostrem was told by protesters.",
            "A spokesman for the prime minister declined to comment. “We had no knowledge of the payments at all,” he said.",
            "Anna Weiss leads the team. \"We will publish every document we have received,\" said Commission spokeswoman Anna Weiss.",
            "He called the visit “routine\" on Monday. “We saw nothing unusual at the site at all,” Karl Ostrem said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [None, None, None, Some("Anna Weiss"), Some("Karl Ostrem")],
            "{quotes:?}"
        );
        assert_eq!(quotes[4].0, "We saw nothing unusual at the site at all.");
    }

    #[test]
    fn scare_quotes_are_not_quotations_and_unknown_speakers_are_null() {
        let quotes = quotes_of(&[
            "Air quality turned 'severe' and \"very poor\" again. A notice read: \"Schools will stay shut until further notice from the board.\"",
        ]);
        assert_eq!(
            quotes,
            [(
                "Schools will stay shut until further notice from the board.".to_string(),
                None
            )]
        );
    }

    /// [`speaker_of`] reads a match of [`SPEECH`] as its capture group does.
    #[test]
    fn speakers_read_from_matches_agree_with_the_capture_group() {
        const WORDS: &[&str] = &[
            "said",
            "says",
            "told",
            "added",
            "warned",
            "further",
            "also",
            "later",
            "Also",
            "Kalso",
            "Ilse",
            "Brandt",
            "Anna",
            "Weiss",
            "Dr.",
            "Mr.",
            "O'Neill-Smith",
            "aBcD",
            "Édith",
            "the",
            "mayor",
            "who",
            "spoke",
            ",",
            ", the mayor,",
            ", a",
            "former",
            "minister,",
            "\u{201c}Yes,\u{201d}",
            "\"No\"",
            ".",
            "X",
            "K",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\n", ""];
        let mut matched = 0;
        for text in crate::summarize::random_texts(WORDS, SPACES, 0x5851_f42d_4c95_7f2d, 20_000, 14)
        {
            let by_group: Vec<&str> = SPEECH
                .captures_iter(&text)
                .map(|caps| caps.name("name").expect("always").as_str())
                .collect();
            let by_match: Vec<&str> = SPEECH
                .find_iter(&text)
                .map(|m| speaker_of(m.as_str()))
                .collect();
            matched += by_group.len();
            assert_eq!(by_match, by_group, "{text:?}");
        }
        assert!(
            matched > 2_000,
            "only {matched} speakers: the test text misses the pattern"
        );
    }
}
