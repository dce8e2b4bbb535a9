//! Quotes: quoted speech (typographic or straight quotes, across sentences
//! within a paragraph) with its speaker when the text names one — before the
//! quote (`Zelenskyy said, “…”`), after it (`“…,” Zelenskyy said`, `“…,”
//! said Mayor Edda Voskuil`), or by pronoun (`“…,” he added`, `He said,
//! “…”`), which resolves to the last named speaker.

use std::sync::LazyLock;

use crate::pattern::{self, Pattern};
use serde::{Deserialize, Serialize};

use super::facts;
use super::people::{self, People};
use super::posts::{self, Post};

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

use super::people::SPEECH_VERBS as VERBS;

/// The verbs of an attribution next to a quotation, as a regex
/// alternation: those of speech and the [`people::QUOTING_VERBS`].
fn quoting_verbs() -> String {
    format!("{VERBS}|{}", people::QUOTING_VERBS)
}
/// A name or role: capitalised words (no full stops, so that `…Poltava. He
/// said` is not read as a name), with the particles of a name before its
/// last word (`Riccardo de Rinaldini`).
const NAME: &str = concat!(
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Capt)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+){0,5}(?:\s+(?:(?:",
    people::name_particles!(),
    r")\s+){1,2}\p{Lu}[\p{L}'’-]+)?"
);

/// Words that may stand between a speaker and the verb (`further said`,
/// but not the passive `was told`).
const ADVERBS: &str = "further|also|later|then|previously|again|once|had|has";

/// Words that, right before a name (an article between them or not), make
/// someone else the speaker: `a lawyer for Ostrem said`.
const PREPOSITIONS: &[&str] = &["for", "of", "to", "with", "from", "by", "on", "behalf"];

/// Articles: a name after one is no subject (`the Old Trafford boss`).
const ARTICLES: &[&str] = &["a", "an", "the"];

/// The words [`UNNAMED`] ends with: a quick test before it.
static UNNAMED_HINT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)spokes|official|lawyer|source|aide|representative|advis")
        .expect("valid regex")
});

/// An unnamed speaker (`A spokesman for the ministry declined to comment`,
/// `But a spokesman said: `, `Asked about the plan, the prime minister's
/// official spokesman said: `) as a sentence's subject: a later `he said`
/// is not the last named speaker, nor is what they say.
static UNNAMED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)(?:^|[.!?]\s+)(?:(?:{})(?-u:\b)[^.,;:\x22“”]{{0,60}},\s+)?(?:(?:{}),?\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{})(?-u:\b)",
        INTRODUCTIONS.join("|"),
        CONJUNCTIONS.join("|"),
        UNNAMED_NOUNS.join("|")
    ))
    .expect("valid regex")
});

/// Words that open a phrase of time, place or occasion before a sentence's
/// subject, set off by a comma (`On Wednesday, a Home Office spokeswoman
/// said`, `Commenting on the decision, a party spokesman said`).
const INTRODUCTIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "ahead",
    "following",
    "last",
    "earlier",
    "later",
    "speaking",
    "asked",
    "commenting",
    "responding",
    "reacting",
    "referring",
    "writing",
    "addressing",
];

/// The nouns of an unnamed speaker that [`UNNAMED`] ends with.
const UNNAMED_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "lawyer",
    "source",
    "aide",
    "representative",
    "adviser",
    "advisor",
];

/// Nouns that `official` qualifies as an adjective (`the official death
/// toll`, `official figures`): no official speaks.
const OFFICIAL_THINGS: &[&str] = &[
    "death",
    "toll",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "data",
    "statistics",
    "count",
    "result",
    "results",
    "residence",
    "visit",
    "language",
    "website",
    "account",
    "channels",
    "record",
    "records",
    "title",
    "name",
    "report",
    "inquiry",
    "investigation",
    "documents",
    "position",
    "line",
    "opening",
    "launch",
    "ceremony",
    "secrets",
    "sources",
    "version",
];

/// What an unnamed speaker who could not be asked is reported as (`A
/// spokesman was not available for comment`). (Not `declined to comment`:
/// such a spokesman often goes on to say something, `He said No 10 did not
/// disclose …`.)
const NO_COMMENT: &[&str] = &[
    "not available",
    "unavailable",
    "could not be reached",
    "did not respond",
    "did not return",
];

/// Who an [`UNNAMED`] match is, when the sentence makes them a speaker:
/// `Some(None)`, someone unnamed; `Some(Some(name))` for a name set off by
/// commas after it, before any verb of speech (`the family's lawyer, Ann
/// Lowe, said`, `a lawyer for the player, Ann Lowe, said`), but not after
/// another noun of a person (`a spokesman for the club's owner, Tom Hart,`
/// names the owner); `None` for a word used for something else (`the
/// official death toll`, `the source of a second leak`).
fn unnamed_speaker<'a>(found: &str, rest: &'a str) -> Option<Option<&'a str>> {
    let clause = rest
        .find(['.', ';', ':', '"', '\u{201c}'])
        .map_or(rest, |end| &rest[..end]);
    let named = clause.match_indices(", ").find_map(|(at, _)| {
        let before = &clause[..at];
        let after = &clause[at + 2..];
        let name = after.split(',').next().unwrap_or("").trim();
        let of_another = before
            .split_whitespace()
            .next_back()
            .is_some_and(is_person_noun);
        (!before.split_whitespace().any(people::is_speech_verb)
            && after.starts_with(char::is_uppercase)
            && !of_another)
            .then_some(name)
    });
    if let Some(name) = named {
        return Some(Some(name));
    }
    let next = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ':', ';'])
        .to_lowercase();
    let noun = found
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let speaks = match noun.as_str() {
        "official" => !OFFICIAL_THINGS.contains(&next.as_str()),
        "source" | "sources" => next != "of",
        _ => true,
    };
    speaks.then_some(None)
}

/// A name on its own, to look a little further than an outlet or a role.
static NAME_ONLY: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(NAME).expect("valid regex"));

/// Attribution right after a quotation: `, he said`, `, said Ilse Brandt`,
/// `, said chief executive Ilse Brandt`, `, Zelenskyy said`, `, Ilse Brandt,
/// the mayor, told reporters`, `, William Hill spokesman Rupert Adams said`
/// (the words before a role, `qual`, qualify it; not `, Tony Blair and
/// Gordon Brown said`).
static AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    let verbs = quoting_verbs();
    Pattern::new(&format!(
        r"^\s*,?\s*(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:{ADVERBS})\s+)?(?:{verbs})|(?:{verbs})\s+(?P<role>(?:(?:[a-z][\w'’-]*|\d+-year-old)\s+){{0,4}})(?P<after>{NAME})(?P<rest>[^,.;]*)|(?P<pre>(?:[a-z][\w'’-]*\s+){{0,3}})(?P<qual>{NAME}\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?:{})\s+)?(?P<name>{NAME})(?:,\s+[^,.;\x22“”]+,)?\s+(?:(?:{ADVERBS})\s+)?(?:{verbs}))(?-u:\b)",
        people::role_ends()
    ))
    .expect("valid regex")
});

/// Attribution after a quotation that names nobody: `, police said`, `, a
/// spokesman for the port said`, `, said the ministry`.
static UNNAMED_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    let verbs = quoting_verbs();
    Pattern::new(&format!(
        r"^\s*,?\s*(?:(?:[a-z][\w'’-]*\s+){{1,5}}?(?:{verbs})(?-u:\b)|(?:{verbs})\s+(?:the|a|an)\s)"
    ))
    .expect("valid regex")
});

/// Words after a quotation that go on about its speaker rather than name
/// another: `, but added that …`, `, he said`.
const GOES_ON: &[&str] = &[
    "but", "and", "or", "then", "who", "which", "as", "while", "he", "she", "they", "later",
];

/// Attribution right before a quotation: `Zelenskyy further said, `, `He
/// added: `, `The minister, Anna Weiss, said: `, `Mike Hobday, of the League
/// Against Cruel Sports, told BBC News: ` — and before a colon, with
/// whom it was told to (`He told BBC Radio Five Live: `, `She told the
/// audience: `) or a phrase of where or when (`He said in a statement: `,
/// `She added on Tuesday: `) — but not `He said the man shouted: `.
static BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    let verbs = quoting_verbs();
    Pattern::new(&format!(
        r"(?:(?P<pron>(?-u:\b)(?:[Hh]e|[Ss]he|[Tt]hey))|(?P<before>(?:[a-z][\w'’-]*\s+){{0,3}})(?P<name>{NAME})(?:,\s+(?P<appos>[^,.;\x22“”]+),|,)?)\s+(?:(?:{ADVERBS})\s+)?(?:(?:{verbs})(?:\s+\w+)?\s*[,:]?|{TOLD_WHOM}:|(?:{verbs}){WHERE_OR_WHEN}:)\s*$"
    ))
    .expect("valid regex")
});

/// `told` and whom: a capitalised name (`told BBC Radio Five Live`, `told
/// Good Morning Wales`) or an article and up to three words (`told the
/// newspaper`, `told the BBC's Today programme`); also `asked`. (One word,
/// `told reporters`, the pattern takes anyway.)
const TOLD_WHOM: &str = r"(?P<whom>(?:told|asked)\s+(?:\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,4}|(?:the|a|an|his|her|their)(?:\s+[\w'’-]+){1,3}))";

/// A phrase of where or when after a verb of speech: `in a statement`, `on
/// Tuesday`, `at a news conference` (one word, `later`, the pattern takes
/// anyway).
const WHERE_OR_WHEN: &str =
    r"(?P<where>\s+(?:in|on|at|during|after|before|outside|from)(?:\s+[\w'’-]+){1,4})";

/// Speech without quotation marks (`Zelenskyy said that …`) also sets the
/// last speaker: a name before the verb, with an apposition after it or
/// none; a name set off by commas, itself the apposition of a noun before
/// it (`her lawyer, Perry Wander, said`, `Ms Jowell's deputy, Richard
/// Caborn, said`); or a name that `who` and one of [`WHO_VERBS`] follow,
/// after an age or a lower-case apposition with an article at most
/// (`Staunton, 49, who told BBC News`, `Mr Mandelson, who said`, `Gareth
/// Imrie, the housing minister, who added`; not `Ann Lowe, whose brother,
/// who told`; see [`relative_speaks`]).
static SPEECH: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?:(?P<name>{NAME})(?:,\s+[^,\x22“”]+,)?\s+{adverb}(?:{VERBS})|(?P<who>{NAME})(?:,\s+(?:\d{{1,3}}|(?:a|an|the|his|her|their|its)\s+[a-z][a-z'’ -]{{0,40}}),|,)?\s+who\s+(?:(?:also|later|then)\s+)?(?:{WHO_VERBS})|,\s+(?P<set_off>{NAME}),\s+{adverb}(?:{VERBS}))(?-u:\b)",
        adverb = people::speaker_adverb()
    ))
    .expect("valid regex")
});

/// The verbs of speech a name before `who` speaks with (not `wrote`,
/// `added`, `declared` …, which as often tell of something else: `who
/// wrote the book`, `who added a second goal`).
const WHO_VERBS: &str = "said|says|told|warned|insisted";

/// Whether a match of [`SPEECH`] names its speaker through `who` (`Ann
/// Lowe, who said`).
fn through_who(found: &str) -> bool {
    let mut words = found.split_whitespace().rev();
    words
        .next()
        .is_some_and(|verb| WHO_VERBS.split('|').any(|v| v == verb))
        && words
            .find(|w| !matches!(*w, "also" | "later" | "then"))
            .is_some_and(|w| w == "who")
}

/// Whether a match of [`SPEECH`] through `who` (`Ann Lowe, who said`)
/// reports speech, by the word after it (`after`): not `who said nothing`,
/// nor `who told him to leave`, where someone is told, not quoted.
fn relative_speaks(found: &str, after: &str) -> bool {
    if !through_who(found) {
        return true;
    }
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':']);
    !matches!(
        next,
        "nothing" | "him" | "her" | "them" | "us" | "me" | "it"
    )
}

/// Speech reported in narration with the speaker after the verb, set off
/// by a comma and ending a clause: `…, said Ben Wood, principal analyst at
/// Gartner.`, `…, said chief executive Anna Weiss.` (not `…, said Ray
/// Charles had …`, which someone else says of him); and a source given
/// with `according to`: `According to nutritionist Rupali Datta, …`.
static SPEECH_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?:,\s+(?:said|says|added)|(?-u:\b)[Aa]ccording\s+to)\s+(?:[a-z][\w'’-]*\s+){{0,5}}{NAME}\s*(?:[,.;:!?]|$)"
    ))
    .expect("valid regex")
});

/// Whether a match of [`SPEECH_AFTER`] gives a source with `according to`
/// (the others begin with a comma and a verb).
fn gives_a_source(found: &str) -> bool {
    found.starts_with("according") || found.starts_with("According")
}

/// The name a match of [`SPEECH_AFTER`] ends with, when the lower-case
/// words before it, if any, end in a role (`said principal analyst Ben
/// Wood`; not `said the proposal would help Jane Smith`) or in a noun of
/// one's trade in `-ist` (`according to nutritionist Rupali Datta`).
fn speaker_after(found: &str) -> Option<&str> {
    let found = found.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    // (The verb, or `according to`, then the lower-case words.)
    let mut words = found.trim_start_matches(',').split_whitespace();
    if words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("according"))
    {
        words.next();
    }
    let a_trade = |w: &str| w.len() > 6 && w.ends_with("ist") && !w.ends_with("sist");
    let mut last_lower = None;
    for word in words {
        if !word.starts_with(char::is_lowercase) {
            let name = &found[word.as_ptr() as usize - found.as_ptr() as usize..];
            return last_lower
                .is_none_or(|w| people::is_role_noun(w) || a_trade(w))
                .then_some(name);
        }
        // (`said the wife of coach Owen Hale`, `says a report by analyst
        // Ben Wood`: the name is not the speaker's.)
        if PREPOSITIONS.contains(&word) {
            return None;
        }
        last_lower = Some(word);
    }
    None
}

/// Extracts `limit` quotations of a story's paragraphs, in story order: the
/// first ones, except that a quotation with no speaker gives way to a later
/// one with a speaker ([`first_credited`]).
pub fn extract(
    paragraphs: &[&str],
    sentences: &[&str],
    people: &People,
    limit: usize,
) -> Vec<Quote> {
    extract_with(paragraphs, &people::FullNames::of(sentences), people, limit)
}

/// [`extract`], resolving surnames with the story's `full` names, as the
/// people stage left them ([`people::people_with`]).
pub fn extract_with(
    paragraphs: &[&str],
    full: &people::FullNames<'_>,
    people: &People,
    limit: usize,
) -> Vec<Quote> {
    let surnames = Surnames(full);
    let mut quotes = Vec::new();
    let mut credited = 0;
    let mut last_speaker: Option<String> = None;
    let spans: Vec<Vec<(usize, usize)>> = paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let continued = paragraphs
                .get(k + 1)
                .is_some_and(|next| next.trim_start().starts_with(['"', '\u{201c}']));
            quoted_spans(p, continued)
        })
        .collect();
    let posts: Vec<Option<Post>> = paragraphs.iter().map(|p| posts::embedded(p)).collect();
    // Who spoke last matters only to a quotation still to come: nothing
    // after the last one is read.
    let Some(last_quoted) = spans
        .iter()
        .zip(&posts)
        .rposition(|(s, post)| !s.is_empty() || post.is_some())
        .filter(|_| limit > 0)
    else {
        return quotes;
    };
    // The quotes of embedded posts, by their index in `quotes`.
    let mut posted: Vec<usize> = Vec::new();
    let mut unread = Unread::default();
    for (index, (paragraph, spans)) in paragraphs.iter().zip(spans).enumerate() {
        // An embedded post is quoted whole, as its author's words, whoever
        // it quotes (`EAM Jaishankar says, '…`: its quotation marks are
        // made single). Narration before it in its paragraph is read as
        // any; the post is no narration, and a name in it is no later `he
        // said`'s.
        if let Some(post) = &posts[index] {
            unread.push(post.lead);
            let text = single_quoted(post.text);
            // A quotation of the same words in the text, by nobody else,
            // is the post (`"…," he wrote on X.`): it is quoted once, as
            // the author's.
            let earlier = quotes.iter_mut().find(|q| {
                repeats(&q.text, &text)
                    && q.speaker
                        .as_deref()
                        .is_none_or(|s| same_speaker(s, &post.author))
            });
            match earlier {
                Some(quote) if quote.speaker.is_none() => {
                    quote.speaker = Some(post.author.clone());
                    credited += 1;
                }
                Some(_) => {}
                None if posts::words(&text) >= MIN_WORDS => {
                    credited += 1;
                    posted.push(quotes.len());
                    quotes.push(Quote {
                        text,
                        speaker: Some(post.author.clone()),
                    });
                }
                None => {}
            }
            if credited >= limit {
                return first_credited(quotes, limit);
            }
            if index == last_quoted {
                break;
            }
            continue;
        }
        let mut at = 0;
        // A quotation with no attribution of its own, after an attributed
        // one in the same paragraph, continues it.
        let mut paragraph_speaker: Option<String> = None;
        for (open, close) in spans {
            // (A quotation that opens again where the last one ended has
            // nothing before it.)
            let before = &paragraph[at.min(open)..open];
            unread.push(before);
            let inner = &paragraph[open + quote_len(paragraph, open)..close];
            let after = &paragraph[close + quote_len(paragraph, close)..];
            // After a quotation that ends its sentence, a capital begins
            // the next one (`"…recover." Andy Robinson said he would…`), not
            // an attribution (`"…." said Smith`, `"…?" he asked`).
            let after = if inner.trim_end().ends_with('.')
                && after.trim_start().starts_with(char::is_uppercase)
            {
                ""
            } else {
                after
            };
            let after_text = after;
            let after = AFTER.captures(after_text);
            // (`, but added that …` goes on about the same speaker.)
            let unnamed = match after {
                Some(_) => None,
                None => UNNAMED_AFTER.find(after_text).filter(|m| {
                    let first = m
                        .as_str()
                        .trim_start_matches([' ', ','])
                        .split_whitespace()
                        .next();
                    !first.is_some_and(|w| GOES_ON.contains(&w))
                }),
            };
            // What narration follows begins after the attribution: `a
            // lawyer for Ostrem said` does not make Ostrem the last speaker.
            let attributed = match (&after, unnamed) {
                (Some(caps), _) => caps.get(0).map_or(0, |m| m.end()),
                (None, Some(m)) => m.end(),
                (None, None) => 0,
            };
            let caps = match unnamed {
                Some(_) => None,
                None => after.or_else(|| attribution_before(before)),
            };
            // An attribution after the quotation that neither pattern
            // reads (`, chairman and chief executive Richard Parsons
            // said`, `, Emmanuel Ferry, from Exane BNP Paribas told
            // Reuters`) still says that someone spoke there: whoever it
            // names clearly, else someone unknown, but not the speaker
            // before, nor narration for the next quotation.
            let unread_after = match (&caps, unnamed) {
                (None, None) => unread_attribution(inner, after_text, people, &surnames),
                _ => None,
            };
            let read_after = unread_after.is_some();
            let attributed = match unread_after {
                Some((verb_end, _)) => verb_end,
                None => attributed,
            };
            // The narration is read only when a pronoun or a quotation
            // without an attribution needs it.
            let mut narrator = (None, false);
            let mut read = false;
            if caps.as_ref().is_some_and(|c| c.name("pron").is_some()) {
                narrator = unread.settle(people, &surnames, &mut last_speaker);
                read = true;
            }
            // An attribution that names nobody we can tell (`a lawyer for
            // Ostrem said`, `said the ministry`) leaves the speaker unknown:
            // it is not the paragraph's earlier speaker.
            let attributed_to = match (unnamed, unread_after) {
                (Some(m), _) => described(m.as_str(), &after_text[m.end()..], people)
                    .map_or(Attribution::Unknown, Attribution::Speaker),
                (None, Some((_, speaker))) => {
                    speaker.map_or(Attribution::Unknown, Attribution::Speaker)
                }
                (None, None) => attribution(caps, paragraph, people, &surnames, &last_speaker),
            };
            // The rest of an attribution after the quotation that names
            // who spoke is no narration.
            let attributed = match attributed_to {
                Attribution::Speaker(_) => attribution_end(after_text, attributed),
                _ if read_after => attribution_end(after_text, attributed),
                _ => attributed,
            };
            let speaker = match attributed_to {
                // Without an attribution of its own, a quotation continues
                // the paragraph's speaker; one that opens its paragraph
                // continues the last speaker's quotation; one after
                // narration about someone is theirs.
                Attribution::None => {
                    if !read {
                        narrator = unread.settle(people, &surnames, &mut last_speaker);
                    }
                    // Narration that reports someone speaking since ends
                    // the paragraph's speaker: it is theirs (`Jim Parton,
                    // from Families Need Fathers, said the proposals
                    // "lacked compulsion".`), or nobody's when they are
                    // unnamed (`A council spokesman said the plans were
                    // "…"`).
                    let (narrator, spoke) = narrator;
                    let speaker = if spoke {
                        narrator
                    } else if let Some(subject) =
                        subject_of_its_sentence(paragraph, at, open, people, &surnames)
                    {
                        Some(subject)
                    } else {
                        paragraph_speaker
                            .clone()
                            .or_else(|| {
                                paragraph[..open]
                                    .trim()
                                    .is_empty()
                                    .then(|| last_speaker.clone())
                                    .flatten()
                            })
                            .or(narrator)
                    };
                    if speaker.is_some() || spoke {
                        last_speaker.clone_from(&speaker);
                        paragraph_speaker.clone_from(&speaker);
                    }
                    speaker
                }
                // Someone we cannot name speaks now: a later `he said` is
                // not the speaker before them.
                Attribution::Unknown => {
                    unread.clear();
                    last_speaker = None;
                    paragraph_speaker = None;
                    None
                }
                Attribution::Speaker(s) => {
                    unread.clear();
                    last_speaker = Some(s.clone());
                    paragraph_speaker = Some(s.clone());
                    Some(s)
                }
            };
            at = close + quote_len(paragraph, close) + attributed;
            let text = inner.trim();
            if crate::text::word_count(text) < MIN_WORDS {
                continue;
            }
            // `“We will rebuild,” she said` quotes the sentence `We will rebuild.`
            let text = match text.strip_suffix(',') {
                Some(t) => format!("{t}."),
                None => text.to_string(),
            };
            // (A post quoted again in the text, by nobody else, is quoted
            // once, as its author's.)
            if posted.iter().any(|&k| {
                repeats(&quotes[k].text, &text)
                    && speaker.as_deref().is_none_or(|s| {
                        quotes[k]
                            .speaker
                            .as_deref()
                            .is_some_and(|author| same_speaker(s, author))
                    })
            }) {
                continue;
            }
            // (More than `limit` quotations without a speaker can never
            // be kept.)
            if speaker.is_none() && quotes.len() - credited >= limit {
                continue;
            }
            credited += usize::from(speaker.is_some());
            quotes.push(Quote { text, speaker });
            if credited >= limit {
                return first_credited(quotes, limit);
            }
        }
        if index == last_quoted {
            break;
        }
        unread.push(&paragraph[at..]);
    }
    first_credited(quotes, limit)
}

/// Whether two speakers are one: the same name, one with a role before it
/// (`former India pacer Venkatesh Prasad`, `Venkatesh Prasad`).
fn same_speaker(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_suffix(short)
        .is_some_and(|before| before.is_empty() || before.ends_with(' '))
}

/// A post's text with its double quotation marks made single, to be
/// quoted itself.
fn single_quoted(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' => '\'',
            '“' => '‘',
            '”' => '’',
            c => c,
        })
        .collect()
}

/// Whether two quotations say the same words, or one starts with the
/// other's, letter for letter (case, spacing and punctuation aside).
fn repeats(a: &str, b: &str) -> bool {
    let letters = |t: &str| {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (a, b) = (letters(a), letters(b));
    !a.is_empty() && !b.is_empty() && (a.starts_with(&b) || b.starts_with(&a))
}

/// Who a quotation that opens inside a sentence of narration is by, when
/// that sentence's subject is a person the story names (`Spears
/// was named best female, saying the award "means so much to me".`,
/// `Jones, however, called the result "unacceptable".`): theirs, not the
/// paragraph's speaker before. Only the narration since the last
/// quotation and its attribution is read (`from`): a name inside that
/// quotation is no subject. A clause of its own is read alone (`Tom Reed
/// called it "an honour" while Muse said it was "a surprise"`), but one
/// that opens with a lower-case word shares the sentence's subject (`…
/// was disappointed but called it "…"`). The subject opens its clause:
/// a name after nothing but capitalised words, words of a role, or a
/// phrase set off by a comma (`Club owner Anna Vale`, `Earlier, Tom
/// Reed`), not after a pronoun, an article or a verb (`She called Finance
/// Minister Tom Reed "a liar"`, `The coach described striker Tom Reed as
/// "…"`). (`open` is where the quotation opens in `paragraph`.)
fn subject_of_its_sentence(
    paragraph: &str,
    from: usize,
    open: usize,
    people: &People,
    surnames: &Surnames<'_, '_>,
) -> Option<String> {
    let before = paragraph[from.min(open)..open].trim_end();
    if before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\u{201d}']) {
        return None;
    }
    let lead = *crate::text::sentences(before).last()?;
    let clause = CLAUSE_JOINERS
        .iter()
        .filter_map(|joiner| {
            lead.rmatch_indices(joiner)
                .map(|(at, _)| at + joiner.len())
                .find(|&at| {
                    *joiner != " and "
                        || lead[at..].starts_with(char::is_uppercase)
                            && lead[at..].split_whitespace().any(people::is_speech_verb)
                })
        })
        .max()
        .map_or(lead, |at| &lead[at..]);
    let describes = |w: &str| {
        w.ends_with(',')
            || w.starts_with(char::is_uppercase)
            || people::is_role_noun(w)
            || people::is_role_modifier(w)
    };
    // (`while club owner Anna Vale called it`: a role opens a clause with
    // a subject of its own.)
    let own_subject = |clause: &str| {
        NAME_ONLY
            .find(clause)
            .is_some_and(|name| clause[..name.start()].split_whitespace().all(describes))
    };
    let clause = if clause.trim_start().starts_with(char::is_lowercase) && !own_subject(clause) {
        lead
    } else {
        clause
    };
    let first = clause.split_whitespace().next()?.to_lowercase();
    if PRONOUNS.contains(&first.as_str()) || ARTICLES.contains(&first.as_str()) {
        return None;
    }
    for name in NAME_ONLY.find_iter(clause) {
        let head = &clause[..name.start()];
        if head.split_whitespace().count() >= SUBJECT_WORDS
            || !head.split_whitespace().all(describes)
        {
            return None;
        }
        if let Some(subject) = known(name.as_str(), people).or_else(|| surnames.full(name.as_str()))
        {
            return Some(subject);
        }
    }
    None
}

/// What joins a clause with a subject of its own to a sentence (` and `
/// only before a capital and a verb of speech: `and Muse said`, not `and
/// added`, nor `pictured the prime minister and Mr Brown under the words`).
const CLAUSE_JOINERS: &[&str] = &[" while ", " whereas ", " but ", "; ", " and "];

/// `limit` of the quotations, kept in story order: every one with a
/// speaker (the first `limit` of them), and the first of those without one
/// in the room left. A quotation nobody is named for does not push out one
/// that says who spoke.
fn first_credited(mut quotes: Vec<Quote>, limit: usize) -> Vec<Quote> {
    let credited = quotes.iter().filter(|q| q.speaker.is_some()).count();
    let mut room = limit.saturating_sub(credited);
    quotes.retain(|q| {
        let keep = q.speaker.is_some() || room > 0;
        if q.speaker.is_none() && keep {
            room -= 1;
        }
        keep
    });
    quotes.truncate(limit);
    quotes
}

/// Where the attribution after a quotation ends, given where its verb
/// ends (`0`: there is none): at the end of its sentence. The rest of that
/// sentence says whom it was told to, where or when (`, Glenn Maguire, chief
/// economist, told Agence France Presse.`, `, he said in a statement.`), and
/// names no new speaker, so it is not narration. But a clause joined on
/// (`, he said, while opposition leader Daniel Reyes said …`, `…; …`) is
/// narration again, and when a quotation opens before the sentence ends
/// (`, he said, and Jones replied: "…"`), what stands before it is that
/// quotation's to read. (A sentence is taken to end at any full stop:
/// `told the U.S. Senate` stops early, and the rest is read as before.)
fn attribution_end(after: &str, verb_end: usize) -> usize {
    if verb_end == 0 {
        return 0;
    }
    let rest = &after[verb_end..];
    let end = match rest.find(['.', '!', '?', '"', '\u{201c}', '\u{201d}']) {
        Some(at) if matches!(rest.as_bytes()[at], b'.' | b'!' | b'?') => at + 1,
        Some(_) => return verb_end,
        None => rest.len(),
    };
    let joined = [";", ", and ", ", but ", ", while ", ", as ", ", whereas "]
        .iter()
        .filter_map(|joint| rest[..end].find(joint))
        .min();
    verb_end + joined.unwrap_or(end)
}

/// Pronouns that may be the subject of an attribution.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// The verb forms before a participle that make it passive.
const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

/// Words that open a clause of their own inside what follows a quotation
/// (`, a claim that the opposition leader, Tom Hart, said …`, `, even
/// though her deputy, Tom Hart, said …`, `, said one of the rivals who had
/// beaten Nadal`): the name after them is not who spoke the quotation.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "who", "whom", "whose", "which", "though", "although", "even", "whereas", "as", "so",
    "like", "unlike", "when", "while", "because", "if", "since", "but",
];

/// Whether any of `words` opens a clause of its own ([`CLAUSE_OPENERS`]).
fn opens_a_clause(words: &str) -> bool {
    words
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| CLAUSE_OPENERS.contains(&w.to_lowercase().as_str()))
}

/// Words of an attribution after a quotation before its verb, at most.
const ATTRIBUTION_WORDS: usize = 10;

/// An attribution in the clause `after` a quotation (`inner`) that
/// [`AFTER`] and [`UNNAMED_AFTER`] do not read: where its verb ends, and
/// the one person it names, if it names one clearly.
///
/// The quotation must close a clause (it ends with a comma or a stop, or
/// a comma follows it), so that a phrase in quotation marks inside a
/// sentence (`the "war on terror" that Bush said …`) is not read as
/// quoted speech; and the clause after it must have a verb of speech
/// within its first words, and not go on about the speaker (`, but added
/// that …`). Its speaker is the one person among the names before the
/// verb (`, Will Davies, senior research fellow at the IPPR told`), or
/// after it when the verb comes first (`, said one of their lawyers,
/// Michalis Dimitrakopoulos`), leaving out names that a preposition brings
/// in (`from Exane BNP Paribas`), and preferring those the story introduced
/// (`Global Reach analyst Howard Archer`, of whom `Global Reach` only
/// looks like a name). Two people the story introduced, a second one
/// joined by `and`, or none the story can tell, are someone unknown. (It
/// is read only where [`BEFORE`] reads no attribution either.)
fn unread_attribution(
    inner: &str,
    after: &str,
    people: &People,
    surnames: &Surnames<'_, '_>,
) -> Option<(usize, Option<String>)> {
    let inner = inner.trim_end();
    let stops = inner.ends_with(['.', '?', '!']);
    if !(stops || inner.ends_with(',') || after.starts_with(',')) {
        return None;
    }
    // (After a quotation that ends its sentence, a capital begins the
    // next one: `"…?" On immigration, Diane Granger said: `.)
    if stops
        && after
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    {
        return None;
    }
    let clause_end = after
        .find(['.', '!', '?', ';', ':', '"', '\u{201c}', '\u{201d}'])
        .unwrap_or(after.len());
    let clause = &after[..clause_end];
    let mut words = clause
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    if GOES_ON.contains(&first) {
        return None;
    }
    let verb = std::iter::once(first)
        .chain(words)
        .take(ATTRIBUTION_WORDS + 1)
        .find(|w| people::is_speech_verb(w))?;
    // (`split` gives slices of `clause`.)
    let verb_start = verb.as_ptr() as usize - clause.as_ptr() as usize;
    let verb_end = verb_start + verb.len();
    let phrase = if verb.as_ptr() == first.as_ptr() {
        &clause[verb_end..]
    } else {
        // (`, were responsible for the increase, he said`: a pronoun is
        // for the patterns and the narration to resolve.)
        let subject = clause[..verb_start]
            .split(|c: char| c.is_whitespace() || c == ',')
            .rev()
            .find(|w| !w.is_empty() && !ADVERBS.split('|').any(|a| a == *w));
        // (Nor a passive, `, Ostrem was told by protesters`.)
        if subject
            .is_some_and(|w| PRONOUNS.contains(&w.to_lowercase().as_str()) || PASSIVE.contains(&w))
        {
            return None;
        }
        &clause[..verb_start]
    };
    if opens_a_clause(phrase) {
        return None;
    }
    // (`, the Democrat senator said`, `, The Spectator editor told`, `,
    // the 34-year-old told`: someone named before, described, for the
    // narration to resolve; but not `, the World Bank report said`.)
    let names: Vec<(regex::Match<'_>, Option<String>)> = NAME_ONLY
        .find_iter(phrase)
        .map(|m| (m, resolve(m.as_str(), people)))
        .collect();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let described = matches!(words.first(), Some(&("the" | "The")))
        && words.last().is_some_and(|w| {
            people::is_role_noun(w)
                || w.strip_suffix("-year-old")
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        && names.iter().all(|(_, person)| person.is_none());
    if described {
        return None;
    }
    // Whom the story introduced, then whoever looks like a person.
    let mut known_named: Vec<String> = Vec::new();
    let mut named: Vec<String> = Vec::new();
    for (m, resolved) in names {
        let name = m.as_str();
        let before = &phrase[..m.start()];
        let word_before = before.split_whitespace().next_back();
        // (Nor a name after a number, `said 10 Downing Street`.)
        if brought_in(before) || word_before.is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        {
            continue;
        }
        // (`Ann Lowe and Tom Hart said`: two people.)
        if word_before == Some("and") && resolved.is_some() {
            return Some((verb_end, None));
        }
        if let Some(person) = known(name, people)
            && !known_named.contains(&person)
        {
            known_named.push(person);
        }
        if let Some(person) = resolved.or_else(|| surnames.full(name))
            && !named.contains(&person)
        {
            named.push(person);
        }
    }
    let speaker = match (known_named.as_slice(), named.as_slice()) {
        ([one], _) | ([], [one]) => Some(one.clone()),
        _ => None,
    };
    Some((verb_end, speaker))
}

/// [`BEFORE`]'s attribution of the quotation after `before`. Whom it was
/// told to, or where, holds no verb of speech: in `He told the jury Hart
/// said: ` it is Hart who speaks, so the search goes on after `told`.
fn attribution_before(before: &str) -> Option<regex::Captures<'_>> {
    let mut from = 0;
    loop {
        let caps = BEFORE.captures(&before[from..])?;
        let Some(phrase) = caps.name("whom").or_else(|| caps.name("where")) else {
            return Some(caps);
        };
        let text = phrase.as_str().trim_start();
        let mut words = text.split_whitespace();
        let opening = words.next().unwrap_or("");
        if !words.any(people::is_speech_verb) {
            return Some(caps);
        }
        // (Past the phrase's first word, `told` or `after`.)
        from += phrase.end() - text.len() + opening.len();
    }
}

/// The narration since the last speaker was settled, in story order: read
/// only when a quotation needs it, since most quotations name their
/// speaker and make it moot.
#[derive(Default)]
struct Unread<'a>(Vec<&'a str>);

impl<'a> Unread<'a> {
    fn push(&mut self, text: &'a str) {
        self.0.push(text);
    }

    fn clear(&mut self) {
        self.0.clear();
    }

    /// Reads the narration newest first, as far as the last text that says
    /// anything of a speaker ([`narrate`]), moves `last` to that, and
    /// returns who the newest text itself names, and whether it reports
    /// them speaking.
    fn settle(
        &mut self,
        people: &People,
        surnames: &Surnames<'_, '_>,
        last: &mut Option<String>,
    ) -> (Option<String>, bool) {
        let mut named = (None, false);
        let newest = self.0.len();
        for (k, text) in self.0.iter().enumerate().rev() {
            if let Some((speaker, spoke)) = narrate(text, people, surnames) {
                if k + 1 == newest {
                    named = (speaker.clone(), spoke);
                }
                *last = speaker;
                break;
            }
        }
        self.0.clear();
        named
    }
}

/// Who narration leaves as the last speaker, when it says: whoever its last
/// sentence about a speaker reports speaking (`Zelenskyy said that …`),
/// else the person who is that sentence's subject (`Hodgson revealed that
/// …`, `Computer specialist Peter Smith would like …`), or nobody after an
/// unnamed speaker (`a spokesman said`) or someone the story did not
/// introduce (`Some((None, _))`); and whether that sentence, or a sentence
/// after it that opens with a pronoun (`She said her plans …`), reports
/// speech.
fn narrate(
    text: &str,
    people: &People,
    surnames: &Surnames<'_, '_>,
) -> Option<(Option<String>, bool)> {
    // Named speech is found in the whole text at once (most text has
    // none), unnamed speech only where its hint is; then the last sentence
    // that says anything of a speaker decides: read from the end, and stop
    // there.
    let reach = pattern::reach(text);
    let unnamed = UNNAMED_HINT.form(reach).is_match(text);
    let spoke = facts::gated(people::VERB_HINT.form(reach), text);
    let mut spoken: Vec<(usize, usize, &str)> = SPEECH
        .form_on(reach, spoke)
        .find_iter(spoke)
        // (A name set off by commas only when it is a person's before it;
        // one before `who`, only when what follows is speech.)
        .filter(|m| !m.as_str().starts_with(',') || names_a_person_before(spoke, m.start()))
        .filter(|m| relative_speaks(m.as_str(), &spoke[m.end()..]))
        .map(|m| (m.start(), m.end(), speaker_of(m.as_str())))
        .collect();
    // (`According to …` has no verb of speech.)
    let reports =
        if spoke.is_empty() && memchr::memmem::find(text.as_bytes(), b"ccording to").is_some() {
            text
        } else {
            spoke
        };
    let reported = SPEECH_AFTER.form_on(reach, reports).find_iter(reports);
    let before = spoken.len();
    spoken.extend(reported.filter_map(|m| {
        let name = speaker_after(m.as_str())?;
        // A source given with `according to` is a person the story
        // introduced, by name or surname, or one it describes there
        // (`according to nutritionist Rupali Datta`); not a body
        // (`According to Reuters`, `according to Downing Street`).
        let according = gives_a_source(m.as_str());
        let described = || {
            m.as_str()
                .split_whitespace()
                .nth(2)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        let a_person = || {
            !people.is_body(name)
                && (known(name, people).is_some() || surnames.full(name).is_some() || described())
        };
        (!according || a_person()).then_some((m.start(), m.end(), name))
    }));
    if spoken.len() > before {
        spoken.sort_unstable();
    }
    let mut pronoun_spoke = false;
    for (k, sentence) in crate::text::sentences(text).into_iter().rev().enumerate() {
        // (`sentences` gives slices of `text`.)
        let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
        let speaker = unnamed
            .then(|| {
                UNNAMED
                    .form(reach)
                    .find_iter(sentence)
                    .find_map(|m| unnamed_speaker(m.as_str(), &sentence[m.end()..]))
            })
            .flatten();
        if let Some(named) = speaker {
            // (A name set off by commas is the speaker, when it is one. An
            // unnamed speaker who says nothing, `A spokesman was not
            // available.`, reports no speech: the paragraph's speaker
            // goes on.)
            let says = !NO_COMMENT.iter().any(|phrase| sentence.contains(phrase));
            return Some((named.and_then(|n| resolve(n, people)), says));
        }
        // (Only the sentence before the quotation introduces it.)
        if k == 0 && introduced_by_a_source(sentence) {
            return Some((None, true));
        }
        // (A source given with `according to`, or a name in a clause of
        // `who`, only when no one else in the sentence speaks: `Tom Hart
        // said that, according to Ann Lowe, …` and `Tom Hart said he went
        // to see Ann Lowe, who told him …` are his.)
        let lesser =
            |from: usize, to: usize| gives_a_source(&text[from..]) || through_who(&text[from..to]);
        let in_sentence =
            |&&(from, to, _): &&(usize, usize, &str)| from >= start && to <= start + sentence.len();
        let named = spoken
            .iter()
            .rev()
            .filter(in_sentence)
            .filter(|&&(from, to, _)| !lesser(from, to))
            .chain(
                spoken
                    .iter()
                    .rev()
                    .filter(in_sentence)
                    .filter(|&&(from, to, _)| lesser(from, to)),
            )
            .find_map(|&(from, _, name)| {
                // A body by its initials only as the sentence's subject
                // (`The IMF said …`, not `Rhian Beynon of the JCWI said`).
                let subject = text[start..from].trim().is_empty();
                resolve(name, people)
                    .or_else(|| surnames.full(name))
                    .or_else(|| initials(name).filter(|_| subject))
            });
        if let Some(speaker) = named {
            return Some((Some(speaker), true));
        }
        // `Safin said he was trying …`, of a Safin the story never names in
        // full: someone the stage cannot name spoke last, not the subject
        // of a sentence before.
        let unknown_spoke = spoken.iter().any(|&(from, to, name)| {
            from == start
                && to <= start + sentence.len()
                && could_be_surname(name)
                && !people.is_body(name)
        });
        if unknown_spoke {
            return Some((None, true));
        }
        // `The foreign secretary said …`: the one person the story gave
        // that role.
        if let Some(holder) = described_subject(sentence, people) {
            return Some((Some(holder), true));
        }
        // `Parker praised French films, saying: `: the subject speaks.
        let introduces = introduces_speech(sentence);
        if let Some(subject) = subject(sentence, people, surnames) {
            return Some((subject, pronoun_spoke || introduces));
        }
        // `She said her proposals mean …`, `He warned his supporters,
        // saying: `: someone an earlier sentence names spoke.
        pronoun_spoke |= spoken
            .iter()
            .any(|&(from, _, name)| from == start && matches!(name, "He" | "She" | "They"))
            || introduces
                && ["He ", "She ", "They "]
                    .iter()
                    .any(|p| sentence.starts_with(p));
    }
    None
}

/// The full names a story gives its surnames (`Staunton` → `Imelda
/// Staunton`), as a story's people were read with.
struct Surnames<'s, 'a>(&'s people::FullNames<'a>);

impl Surnames<'_, '_> {
    /// The full name the story gives `surname` (one word), when it looks
    /// like a person's: not given only as an owner's (`Michael Howard's
    /// policies`), nor a club's (`Manchester City`, when the story writes
    /// `City boss`), nor only ever the start of a longer name (`World Test`
    /// of `World Test Championship`).
    fn full(&self, surname: &str) -> Option<String> {
        // (Most names asked about open a sentence and are no surname at
        // all: `The`, `But`. The story's full names are read only for one
        // that could be.)
        if !could_be_surname(surname) {
            return None;
        }
        let full = self
            .0
            .get()
            .get(surname)
            .filter(|(_, owner)| !owner)
            .map(|(first, _)| format!("{first} {surname}"))
            .filter(|full| people::looks_like_person(full))?;
        let sentences = self.0.sentences();
        let whole = sentences.iter().any(|s| {
            s.match_indices(full.as_str()).any(|(at, _)| {
                let next = s[at + full.len()..].split_whitespace().next();
                !next.is_some_and(|w| w.starts_with(char::is_uppercase))
            })
        });
        (whole && !people::before_a_role(surname, sentences)).then_some(full)
    }
}

/// Whether a name could be a surname on its own: one word in capitals and
/// lower case that is no common word (`The`, `But`, `May`).
fn could_be_surname(name: &str) -> bool {
    !name.contains(' ')
        && name.chars().any(char::is_lowercase)
        && !facts::is_not_name(name)
        && !super::is_stopword(&name.to_lowercase())
}

/// Whether a sentence of narration ends by bringing in speech with a
/// participle (`Parker praised French films, saying: `, `…, adding`), so
/// that what is quoted next is its subject's.
fn introduces_speech(sentence: &str) -> bool {
    let words = sentence.trim_end().trim_end_matches([':', ',']);
    [", saying", ", adding"].iter().any(|w| words.ends_with(w))
}

/// Nouns of documents and bodies that speak for someone a story need not
/// name (`The statement said: `, `the company added: `).
const SOURCES: &[&str] = &[
    "statement",
    "report",
    "letter",
    "memo",
    "notice",
    "email",
    "minutes",
    "website",
    "company",
    "firm",
    "club",
    "government",
    "ministry",
    "department",
    "council",
    "board",
];

/// Words that may open a sentence before its subject (`But a spokesman
/// said`, `However, the company added`).
const CONJUNCTIONS: &[&str] = &[
    "but",
    "and",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "later",
    "earlier",
];

/// Whether a sentence's first word is one that opens it before its subject:
/// an article, `In` or one of the [`CONJUNCTIONS`].
fn opens_before_the_subject(word: &str) -> bool {
    let word = word.trim_end_matches(',').to_lowercase();
    ARTICLES.contains(&word.as_str()) || word == "in" || CONJUNCTIONS.contains(&word.as_str())
}

/// Whether a sentence introduces a quotation, by a verb of speech and a
/// colon, with a document or a body ([`SOURCES`]) or `it` as the verb's
/// subject, and so names no speaker (`The statement said: `, `In a
/// statement, the company added: `, `The firm issued a statement which
/// read: `, `In a statement, it added: `): the quotation is not that of
/// someone named before. (An attribution with a name, `In a statement, Ann
/// Lowe said: `, or a person's pronoun, `In a letter, he wrote: `, is read
/// before narration is.)
fn introduced_by_a_source(sentence: &str) -> bool {
    let Some(introduction) = sentence.trim_end().strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = introduction.split_whitespace().collect();
    let Some((verb, before)) = words.split_last() else {
        return false;
    };
    // The subject is the noun before a phrase of what it is of or on,
    // when one ends the words (`A report on the experiment said: `, not
    // `The chairman of the club added: `, nor `Dr Ann Lowe from the health
    // board said: `); else the word before the verb (an adverb aside), or
    // before `which` or `that` when no name stands before it (`The firm
    // released a statement which read: `, not `Lowe issued a statement
    // which read: `). Not a word further back (`The company chairman said:
    // `), nor a person's pronoun (`In a letter to the board he wrote: `);
    // `it` is a body's.
    let words: Vec<&str> = before
        .iter()
        .copied()
        .filter(|w| !ADVERBS.split('|').any(|a| a == *w))
        .collect();
    let phrase = words
        .iter()
        .rposition(|w| matches!(*w, "on" | "of" | "from" | "by" | "about"))
        .filter(|&at| words.len() - at <= 4);
    let subject = match phrase {
        Some(at) if words[at..].iter().any(|w| w.ends_with(',')) => None,
        Some(at) => at.checked_sub(1).map(|head| words[head]),
        None => match words.split_last() {
            Some((&("which" | "that"), rest)) => {
                // (A sentence's first word has a capital anyway.)
                let named = rest.iter().enumerate().any(|(k, w)| {
                    w.starts_with(char::is_uppercase)
                        && !facts::is_possessive(w)
                        && !(k == 0 && opens_before_the_subject(w))
                });
                rest.last().copied().filter(|_| !named)
            }
            Some((&last, _)) => Some(last),
            None => None,
        },
    };
    (people::is_speech_verb(verb) || *verb == "read")
        && subject.is_some_and(|w| w == "it" || SOURCES.contains(&w.to_lowercase().as_str()))
}

/// Whether a name after these words is the object of a preposition: they
/// end in one, with or without an article (`a spokesman for`, `on behalf
/// of the`).
fn object_of_preposition(words: &str) -> bool {
    let mut words = words.split_whitespace().rev();
    let last = words.next();
    let last = match last {
        Some("a" | "an" | "the") => words.next(),
        other => other,
    };
    last.is_some_and(|w| PREPOSITIONS.contains(&w))
}

/// Whether a name after these words is brought in by them, not who spoke:
/// the object of a preposition ([`object_of_preposition`]), or after a
/// word of place or time (`said fans after Nadal won`, `said in Paris`).
fn brought_in(words: &str) -> bool {
    object_of_preposition(words)
        || words
            .split_whitespace()
            .next_back()
            .is_some_and(|w| PLACE_OR_TIME.contains(&w.to_lowercase().as_str()))
}

/// Words a sentence's subject begins within.
const SUBJECT_WORDS: usize = 6;

/// The person a sentence is about, when it begins with one: the first
/// name among its first words that is a person's and not an object (`a
/// lawyer for Ostrem`, `London's Evening Standard`). `Some(None)` when that
/// person is not one the story introduced (with a role, an age, as a
/// speaker): someone else is talked about, but a capitalised pair of words
/// may as well be a club or a building, so they are not named.
fn subject(sentence: &str, people: &People, surnames: &Surnames<'_, '_>) -> Option<Option<String>> {
    NAME_ONLY
        .find_iter(sentence)
        .take_while(|m| sentence[..m.start()].split_whitespace().count() < SUBJECT_WORDS)
        .find_map(|m| {
            // Not the object of a preposition or of a verb of speech (`told
            // Algemeen Dagblad`), nor after an article (`the Old Trafford
            // boss`).
            let object = sentence[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    ARTICLES.contains(&w)
                        || PREPOSITIONS.contains(&w)
                        || people::is_speech_verb(w)
                        || facts::is_possessive(w)
                });
            // Nor inside a phrase of place or time (`Driving home from a
            // late-night Los Angeles session`): the words since the last
            // comma hold no preposition.
            let clause = sentence[..m.start()].rsplit(',').next().unwrap_or("");
            let in_phrase = clause.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                PREPOSITIONS.contains(&w.as_str()) || PLACE_OR_TIME.contains(&w.as_str())
            });
            if object || in_phrase {
                return None;
            }
            let name = m.as_str();
            match known(name, people) {
                Some(person) => Some(Some(person)),
                // (`Home Affairs spokesman Mark Oaten`: the words before a
                // role qualify it; the name after it is the subject.)
                None if people::qualifies_role(&sentence[m.end()..]) => None,
                // (`Staunton is one of the favourites`, after `British
                // stars Imelda Staunton and Clive Owen`: a surname the story
                // names in full, though with no role of its own.)
                None if let Some(full) = surnames.full(name) => Some(Some(full)),
                None => {
                    // (`Mr Brown`: a surname after an honorific.)
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let honorific = words
                        .split_last()
                        .is_some_and(|(_, before)| before.iter().any(|w| people::is_honorific(w)));
                    (people::looks_like_person(name) || honorific).then_some(None)
                }
            }
        })
}

/// Prepositions of place and time, besides [`PREPOSITIONS`].
const PLACE_OR_TIME: &[&str] = &[
    "in", "at", "after", "before", "during", "into", "over", "under", "about", "against", "near",
    "since", "until", "across", "outside", "inside",
];

/// Whether the name set off by commas after byte offset `comma` of `text`
/// names a person the words before it describe: the words since the last
/// comma or the sentence's start, at most six, end in a noun of one person
/// (`her lawyer, Perry Wander,`, `Ms Jowell's deputy, Richard Caborn,`,
/// `One resident, Ann Lowe,`), or hold one preposition after a role whose
/// object is no person (`The head of that tribunal, Kostas Panagopoulos,`,
/// `A lawyer for the family, Tom Hart,`). Not `The mother of the missing
/// boy, Sam Hart,` (the boy's name), `A spokesman for the club's owner, Tom
/// Hart,`, `Lawyers for the singer, Tom Hart,`, `The broadcaster, Channel
/// Seven,`.
fn names_a_person_before(text: &str, comma: usize) -> bool {
    let before = &text[..comma];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| ",;:.!?\"\u{201c}\u{201d}".contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let words: Vec<&str> = before[start..].split_whitespace().collect();
    let preposition = |w: &&str| {
        let w = w.to_lowercase();
        PREPOSITIONS.contains(&w.as_str()) || PLACE_OR_TIME.contains(&w.as_str())
    };
    let Some(last) = words.last() else {
        return false;
    };
    if words.len() > 6 {
        return false;
    }
    match words.iter().position(preposition) {
        None => is_person_noun(last),
        Some(at) => {
            at > 0
                && words.iter().filter(|w| preposition(w)).count() == 1
                && (people::is_role_noun(words[at - 1]) || words[at - 1] == "head")
                && !is_person_noun(last)
        }
    }
}

/// Whether `word` is a noun of one person: a role ([`people::is_role_noun`])
/// or one of the [`PERSON_NOUNS`].
fn is_person_noun(word: &str) -> bool {
    people::is_role_noun(word) || PERSON_NOUNS.contains(&word)
}

/// Nouns of one person besides the roles ([`people::is_role_noun`]), for
/// a name set off after them: kin, friends, and the people a story meets.
const PERSON_NOUNS: &[&str] = &[
    "deputy",
    "friend",
    "wife",
    "husband",
    "partner",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "widow",
    "fiancée",
    "fiance",
    "girlfriend",
    "boyfriend",
    "colleague",
    "neighbour",
    "neighbor",
    "resident",
    "witness",
    "victim",
    "agent",
    "teammate",
];

/// The name a match of [`SPEECH`] holds, read from the match (the
/// capturing search costs more than finding it): `NAME [, apposition,]
/// [adverb] VERB` or `, NAME, [adverb] VERB`. Names hold no commas and
/// begin every word with a capital, so what ends in a comma is the
/// apposition, and a lower-case adverb before the verb is never part of
/// the name.
fn speaker_of(found: &str) -> &str {
    if let Some(set_off) = found.strip_prefix(',') {
        return people::before_speech_verb(set_off.trim_start()).trim_end_matches(',');
    }
    let rest = people::before_speech_verb(found);
    // (`Staunton, 49, who told`, `Mr Mandelson, who said`: the name the
    // relative pronoun stands for.)
    let rest = rest
        .strip_suffix("who")
        .filter(|r| r.ends_with(char::is_whitespace))
        .map_or(rest, str::trim_end);
    match rest.strip_suffix(',') {
        Some(name) => name
            .rfind(',')
            .map_or(name, |apposition| &name[..apposition]),
        None => rest,
    }
}

/// Whether a pronoun attribution (`he said`, `they added`) can be of
/// `speaker`: not `she` of someone the story calls `Mr`, nor `he` of a
/// `spokeswoman`, nor `they` of one person (one the story gives a role or
/// an honorific).
fn agrees(pronoun: &str, speaker: &str, people: &People, sentences: &[&str]) -> bool {
    let person = people.speaking_as(speaker);
    let takes = match person {
        // (`Mr Hill` and `Mrs Hill`, two of one family: their honorifics
        // say nothing of either.)
        Some(person) if both_honorifics(&person.name, sentences) => person.role_pronoun(),
        Some(person) => person.pronoun(),
        // (Someone the story did not introduce, by the words of their name.)
        None => people::pronoun_of(speaker.split_whitespace()),
    };
    match pronoun.to_lowercase().as_str() {
        // (A body that speaks may be among the people, `Aston Villa said`:
        // only one the story gives a role or an honorific is a person.)
        "they" => !person.is_some_and(|p| p.role.is_some() || p.honorific.is_some()),
        "he" => takes != Some(people::Pronoun::She),
        _ => takes != Some(people::Pronoun::He),
    }
}

/// Whether the story writes the surname of `name` after honorifics of
/// both kinds (`Mr Hill`, `Mrs Hill`): two people of one family.
fn both_honorifics(name: &str, sentences: &[&str]) -> bool {
    let Some(surname) = name.split_whitespace().next_back() else {
        return false;
    };
    let (mut he, mut she) = (false, false);
    for s in sentences {
        for (at, _) in s.match_indices(surname) {
            if s[at + surname.len()..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let honorific = s[..at].split_whitespace().next_back().unwrap_or("");
            match people::pronoun_of(std::iter::once(honorific)) {
                Some(people::Pronoun::He) => he = true,
                Some(people::Pronoun::She) => she = true,
                None => {}
            }
        }
    }
    he && she
}

/// What an attribution next to a quotation says of its speaker.
#[derive(Debug)]
enum Attribution {
    /// There is none.
    None,
    /// There is one, and it names nobody that can be told (`a lawyer for
    /// Ostrem said`, `said the ministry`).
    Unknown,
    /// The speaker.
    Speaker(String),
}

fn attribution(
    caps: Option<regex::Captures<'_>>,
    paragraph: &str,
    people: &People,
    surnames: &Surnames<'_, '_>,
    last: &Option<String>,
) -> Attribution {
    let Some(caps) = caps else {
        return Attribution::None;
    };
    let found =
        |speaker: Option<String>| speaker.map_or(Attribution::Unknown, Attribution::Speaker);
    if let Some(pronoun) = caps.name("pron") {
        let sentences = surnames.0.sentences();
        return found(
            last.clone()
                .filter(|s| agrees(pronoun.as_str(), s, people, sentences)),
        );
    }
    // `The secretary of the Union, Reverend Eldon Phillips, said`: a name
    // set off by commas names who the words before it describe.
    let apposition = caps.name("appos").map(|m| m.as_str().trim());
    if let Some(speaker) = apposition
        .filter(|a| NAME_ONLY.find(a).is_some_and(|m| m.range() == (0..a.len())))
        .and_then(|a| resolve(a, people))
    {
        return Attribution::Speaker(speaker);
    }
    // `Jay-Z, real name Shawn Carter, said`: someone the story knows.
    let known_in_apposition = || {
        apposition.and_then(|a| {
            NAME_ONLY
                .find_iter(a)
                .find_map(|m| known(m.as_str(), people))
        })
    };
    // Whether no more than an article stands before the name: `…, the IMF
    // said`, but not `the leader of the Public and Commercial Services
    // Union said` (whose leader speaks).
    // (What stands before the name, by the pattern's groups.)
    let before_name: Vec<&str> = ["pre", "role", "before"]
        .iter()
        .filter_map(|group| caps.name(group))
        .map(|w| w.as_str().trim())
        .filter(|w| !w.is_empty())
        .collect();
    let named_alone = before_name.iter().all(|w| ARTICLES.contains(w));
    // `a lawyer for Ostrem said`, `said a spokesman for Ostrem`, `the Beige
    // Book said`: the name is not a speaker's; but `said the chief
    // executive Anna Weiss` and `director of rugby Rob Andrew said` are.
    // (`the William Hill spokesman Rupert Adams said`: the article is the
    // role's.)
    let after_article = caps.name("qual").is_none()
        && caps.name("pre").is_some_and(|w| {
            w.as_str()
                .split_whitespace()
                .next_back()
                .is_some_and(|w| ARTICLES.contains(&w))
        });
    if after_article
        || ["pre", "before"].iter().any(|group| {
            caps.name(group)
                .is_some_and(|w| object_of_preposition(w.as_str()))
        })
        // (`said fans after Nadal won`: after the verb, a word of place or
        // time brings a name in too.)
        || caps.name("role").is_some_and(|w| brought_in(w.as_str()))
        // (`singer Tom Reed and drummer Ann Vale said`: two people, not a
        // role that a name qualifies; but `Ryanair founder and boss
        // Michael O'Leary said` is one.)
        || caps.name("qual").is_some_and(|w| {
            w.as_str()
                .split_whitespace()
                .find(|w| w.starts_with(char::is_lowercase))
                == Some("and")
        })
    {
        // (`…," the Law Commission said`: the article is the body's, when
        // it is all that stands before the name.)
        let the_body = || {
            named_alone
                .then(|| body(caps.name("name")?.as_str()))
                .flatten()
        };
        // (`…," the Prime Minister said`: the one person the story gave
        // that title.)
        let the_holder = || {
            named_alone
                .then(|| holder(caps.name("name")?.as_str(), people, Qualifiers::Capitalised))
                .flatten()
        };
        return found(known_in_apposition().or_else(the_holder).or_else(the_body));
    }
    let Some(name) = caps.name("after").or_else(|| caps.name("name")) else {
        return Attribution::None;
    };
    // `said Commission spokeswoman Anna Weiss`: the name after the role.
    let rest = caps.name("rest").map_or("", |m| m.as_str());
    // (Not `said Italian fans after Nadal won`.)
    let after_the_role = || {
        NAME_ONLY
            .find_iter(rest)
            .take_while(|m| {
                let words = &rest[..m.start()];
                !brought_in(words) && !opens_a_clause(words)
            })
            .find_map(|m| resolve(m.as_str(), people))
    };
    // (`said Global Reach analyst Howard Archer`: a name that qualifies the
    // role is no speaker, though it looks like a person's. The holder is
    // the name right after the role, without what runs on where a full
    // stop is missing: `…analyst Vadim Mitroshin The dispute …`.)
    let role_holder = || {
        let words: Vec<&str> = NAME_ONLY.find(rest)?.as_str().split_whitespace().collect();
        (1..=words.len())
            .rev()
            .find_map(|n| resolve(&words[..n].join(" "), people))
    };
    // (`said Spanish teenager Nadal`, of a `Rafael Nadal` the story named:
    // a surname right after lower-case words that describe someone.)
    let described_surname = || {
        let m = NAME_ONLY.find(rest)?;
        let words = &rest[..m.start()];
        let describes = words.split_whitespace().count() <= 2
            && !opens_a_clause(words)
            && words.split_whitespace().all(|w| {
                w.starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(&w)
                    && !PLACE_OR_TIME.contains(&w)
            });
        describes.then(|| surnames.full(m.as_str())).flatten()
    };
    let qualifies = caps.name("after").is_some() && people::qualifies_role(rest);
    // `said the Old Trafford boss`, `said Liverpool boss.`: a name before a
    // role with no name after it says whose the role is. The speaker is
    // whoever the story gave that role, else unknown; not the name. (But a
    // body speaks by its spokesman: `said an IAAF spokesman`.)
    let role_after = rest
        .split_whitespace()
        .next()
        .filter(|w| w.starts_with(char::is_lowercase) && people::is_role_noun(w));
    // (A person's name before a role is theirs, when no article stands
    // before it: `said Ramesh Kumar president of the traders`.)
    let article_before = named_alone && !before_name.is_empty();
    let whose_role = role_after.filter(|role| {
        caps.name("after").is_some()
            && (article_before || !people::looks_like_person(name.as_str()))
            && known(name.as_str(), people).is_none()
            && surnames.full(name.as_str()).is_none()
            && !rest
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase))
            && !role.starts_with("spokes")
            && !people.is_body(name.as_str())
            && body(name.as_str()).is_none()
    });
    if let Some(role) = whose_role {
        return found(holder(
            &format!("{} {role}", name.as_str()),
            people,
            Qualifiers::Capitalised,
        ));
    }
    found(
        qualifies
            .then(role_holder)
            .flatten()
            .or_else(|| resolve(name.as_str(), people))
            // `admitted Gardener`, of a `Jason Gardener` the story named.
            .or_else(|| surnames.full(name.as_str()))
            .or_else(after_the_role)
            .or_else(described_surname)
            .or_else(known_in_apposition)
            // Else a body the story introduced (`bank Standard Chartered`):
            // `…, Standard Chartered said`; or one that names itself as
            // one (`said the IMF`, `The Law Commission said: `).
            .or_else(|| {
                people
                    .is_body(name.as_str())
                    .then(|| name.as_str().to_string())
                    .or_else(|| named_alone.then(|| body(name.as_str())).flatten())
            })
            // Else one word alone that could be a surname is the speaker as
            // the story names them, though it never names them in full
            // (`…," said O'Sullivan.`, `Mido said: `). But not a demonym,
            // a role, or the plural of either (`Economists said: `,
            // `Americans`), nor a word a role follows, which says whose
            // the role is (`said England sevens coach Mike Friday`); nor a
            // word after an article (`the Bishop said`), nor the end of a
            // word run on after a full stop (`of fansite
            // Halo.Bungie.Org, said`). And
            // before the verb a sentence may open with any word
            // (`Analysts said: `), so there the word is a name only where
            // the story also writes it with a capital inside a sentence.
            .or_else(|| {
                let word = name.as_str();
                // (The captures are of the paragraph, or of part of it.)
                let at = word.as_ptr() as usize - paragraph.as_ptr() as usize;
                let alone = paragraph[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || "\"“‘'(".contains(c));
                let a_role_or_people =
                    |w: &str| people::is_role_noun(&w.to_lowercase()) || facts::is_demonym(w);
                let plural = word.strip_suffix('s').is_some_and(a_role_or_people);
                let a_name = caps.name("after").is_some()
                    || capitalised_inside(word, surnames.0.sentences());
                (before_name.is_empty()
                    && alone
                    && a_name
                    && !facts::is_possessive(word)
                    && could_be_surname(word)
                    && !a_role_or_people(word)
                    && !plural
                    && !rest.split_whitespace().take(3).any(people::is_role_noun))
                .then(|| word.to_string())
            }),
    )
}

/// Whether the story writes `word` with a capital inside a sentence, not
/// where any word has one (after a full stop, a colon or an opening
/// quotation mark).
fn capitalised_inside(word: &str, sentences: &[&str]) -> bool {
    sentences.iter().any(|s| {
        s.match_indices(word).any(|(at, _)| {
            let whole = !s[at + word.len()..].starts_with(char::is_alphanumeric);
            let before = s[..at].trim_end();
            whole
                && before.len() < at
                && before
                    .chars()
                    .next_back()
                    .is_some_and(|c| !".!?:“‘".contains(c))
        })
    })
}

/// The speaker of an attribution that names nobody, when it describes
/// them by a role the story gave one person alone: `, the president said`,
/// `, said the minister.` (but not `, a minister said`, nor `, police
/// said`). `found` is [`UNNAMED_AFTER`]'s match, `rest` what follows it.
fn described(found: &str, rest: &str, people: &People) -> Option<String> {
    let mut words = found.trim_start_matches([' ', ',']).split_whitespace();
    let first = words.next()?;
    let description: Vec<&str> = if first == "the" {
        // `the president said`: the words between the article and the verb.
        let mut before: Vec<&str> = words.collect();
        before.pop();
        before
    } else if words.next() == Some("the") {
        // `said the minister.`: the lower-case words after the article, up
        // to the end of the clause.
        let clause = rest
            .split([',', '.', ';', ':', '!', '?', '"', '\u{201c}', '\u{201d}'])
            .next()
            .unwrap_or("");
        let words: Vec<&str> = clause.split_whitespace().collect();
        if words.iter().any(|w| !w.starts_with(char::is_lowercase)) {
            return None;
        }
        words
    } else {
        return None;
    };
    holder(&description.join(" "), people, Qualifiers::Capitalised)
}

/// The speaker of a sentence that opens with a description of them as
/// the subject of a verb of speech (`The foreign secretary meanwhile said
/// the "justice" of the rebate remained.`): the one person the story gave
/// that role ([`holder`]), else nobody this reads.
fn described_subject(sentence: &str, people: &People) -> Option<String> {
    let mut words = sentence.split_whitespace();
    if words.next() != Some("The") {
        return None;
    }
    let mut description: Vec<&str> = Vec::new();
    for word in words.take(5) {
        if people::is_speech_verb(word) {
            // (An adverb between the role and the verb: `meanwhile`. Any
            // other word there, `was told`, `never told`, `of the club
            // said`, makes it no subject of speech.)
            while description
                .last()
                .is_some_and(|w| SUBJECT_ADVERBS.contains(w))
            {
                description.pop();
            }
            // The one holder of the role, every word of the description
            // theirs: not `the transport minister` of a story's health
            // minister, nor `the club president` of its country's
            // president.
            return holder(&description.join(" "), people, Qualifiers::Every);
        }
        if !word.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        description.push(word);
    }
    None
}

/// Adverbs between a subject and its verb of speech (`The foreign
/// secretary meanwhile said`).
const SUBJECT_ADVERBS: &[&str] = &[
    "meanwhile",
    "also",
    "later",
    "then",
    "again",
    "today",
    "yesterday",
];

/// Words before a role that make someone other than its holder: `the
/// deputy prime minister`, `the former chief executive`.
const NOT_THE_HOLDER: &[&str] = &[
    "former",
    "deputy",
    "vice",
    "acting",
    "shadow",
    "interim",
    "outgoing",
    "assistant",
    "ex",
];

/// Which words before a role in a description must be in the holder's
/// role ([`holder`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifiers {
    /// The capitalised ones: `the Punjab Chief Minister`.
    Capitalised,
    /// Every one: `the transport minister`.
    Every,
}

/// The one person the story gave the role that `description` ends with
/// (`president`, `prime minister`, `Governor`), in up to three words. A
/// capitalised word before the role must be in theirs: `the Punjab Chief
/// Minister` is not the story's `Bengal Chief Minister`, though `the
/// economy minister` is its `minister Heizo Takenaka` (with
/// [`Qualifiers::Every`], every word must, in any case).
fn holder(description: &str, people: &People, qualifiers: Qualifiers) -> Option<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    let last = words.last()?.to_lowercase();
    if !people::is_role_noun(&last) {
        return None;
    }
    // (`the deputy prime minister`, `the former chief executive`: someone
    // else than the one who holds the role.)
    if words.iter().any(|w| NOT_THE_HOLDER.contains(w)) {
        return None;
    }
    let every = qualifiers == Qualifiers::Every;
    (1..=words.len().min(3)).rev().find_map(|n| {
        let (qualifiers, role) = words.split_at(words.len() - n);
        let person = people.get(people.by_title(&people::capitalised(&role.join(" ")))?);
        let theirs = person.role.as_deref().unwrap_or("");
        // (Nor does a `Former prime minister` hold it now.)
        // (Nor a `Vice-Prime Minister`.)
        if theirs
            .split(|c: char| c.is_whitespace() || c == '-')
            .any(|w| NOT_THE_HOLDER.contains(&w.to_lowercase().as_str()))
        {
            return None;
        }
        qualifiers
            .iter()
            .filter(|w| every || w.starts_with(char::is_uppercase))
            .all(|w| {
                theirs
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .any(|t| t == *w || every && t.to_lowercase() == *w)
            })
            .then(|| person.display())
    })
}

/// A body a name says it is: its initials ([`initials`]), or two words or
/// more with an organisation word (`Japan Meteorological Agency`,
/// `The Law Commission`). One word (`the Committee`, `the Bank`) does not
/// name a body whole.
fn body(name: &str) -> Option<String> {
    let name = name.strip_prefix("The ").unwrap_or(name);
    initials(name).or_else(|| {
        (name.contains(' ') && facts::is_place_or_organisation(name)).then(|| name.to_string())
    })
}

/// A body's initials, when `name` is them (`IMF`, `The NIESR`): two to six
/// capital letters, which no person's name is, and not a country's (`in
/// the UK, said`) nor a post's (`The MEP said`).
fn initials(name: &str) -> Option<String> {
    let name = name.strip_prefix("The ").unwrap_or(name);
    ((2..=6).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && !facts::PLACE_ABBREVIATIONS.contains(&name)
        && !people::POSTS_BY_INITIALS.contains(&name))
    .then(|| name.to_string())
}

/// The speaker a name or role refers to: a known person (by any of their
/// names, or by a role only they hold), else the name as written when it
/// looks like a person's.
fn resolve(mention: &str, people: &People) -> Option<String> {
    // (A body's name looks like a person's: `Standard Chartered`.)
    if people.is_body(mention) {
        return None;
    }
    known(mention, people).or_else(|| {
        // A full name the registry has not seen (`Anna Weiss` named only
        // as a speaker) is the speaker as written, without a word before
        // it that is no name (`But Anna Weiss`).
        let words: Vec<&str> = mention.split_whitespace().collect();
        (0..words.len()).find_map(|start| {
            let tail = words[start..].join(" ");
            people::looks_like_person(&tail).then_some(tail)
        })
    })
}

/// The person of the story's registry a name or role refers to.
fn known(mention: &str, people: &People) -> Option<String> {
    // (`Guy Mansfield QC warned`: the registry keeps names without posts.)
    let (_, mention) = people::without_posts(mention);
    let words: Vec<&str> = mention.split_whitespace().collect();
    // Longest tail of the mention that names someone: `Mayor Edda Voskuil`
    // → `Edda Voskuil`, `President Zelenskyy` → `Volodymyr Zelenskyy`; but
    // `Tomas Brandt` is not `Ilse Brandt` because they share a surname.
    for start in 0..words.len() {
        if start > 0 && start + 1 == words.len() && people::name_word(words[start - 1]) {
            break;
        }
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
    None
}

fn quote_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Byte offsets of the opening and closing marks of each closed double
/// quotation, outermost only, in order.
///
/// An opening mark that [reopens](crate::text::reopens_quotation) a
/// quotation ends it there and opens the next.
///
/// A quotation that runs on into the next paragraph does not close: the
/// next paragraph opens with a quotation mark instead. When `continued`
/// says it does, a quotation still open at the end of `text` ends there.
fn quoted_spans(text: &str, continued: bool) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in crate::text::quotation_marks(text) {
        match (open, c) {
            (Some(start), '\u{201c}' | '"') if crate::text::reopens_quotation(text, i, c) => {
                spans.push((start, i));
                open = Some(i);
            }
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
    // (Only a mark that opens where a quotation does: not the inch mark
    // of `a 55" screen`, nor a stray mark after a word.)
    let opens_here = |at: usize| {
        let before = text[..at].trim_end();
        (before.len() < at || before.is_empty() || before.ends_with([':', '(', '—', '–']))
            && text[at..]
                .chars()
                .nth(1)
                .is_some_and(|c| !c.is_whitespace())
    };
    if let Some(start) = open.filter(|&at| continued && opens_here(at)) {
        spans.push((start, text.len()));
    }
    // The corner brackets of Chinese and Japanese, `「…」` (with `『…』`
    // inside), outermost.
    // (A quotation inside another is no quotation of its own.)
    let corners = crate::text::corner_spans(text);
    if !corners.is_empty() {
        spans.extend(corners);
        spans = crate::text::outermost(spans);
    }
    spans
}

/// This module's patterns: [`crate::summarize::prepare`] compiles them
/// ahead, and a test checks that their forms agree.
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &UNNAMED_HINT,
        &UNNAMED,
        &NAME_ONLY,
        &AFTER,
        &UNNAMED_AFTER,
        &BEFORE,
        &SPEECH,
        &SPEECH_AFTER,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        first_quotes_of(paragraphs, usize::MAX)
    }

    /// A surname alone next to the verb, of someone the story never names
    /// in full, is the speaker as the story names them; a demonym or a
    /// word before a role, a title after an article, or the end of a word
    /// run on after a full stop is not.
    #[test]
    fn a_surname_alone_speaks() {
        let cases: &[(&[&str], &[Option<&str>])] = &[
            (
                &[
                    r#"The Irish coach expects a test. "Their coach will have them very organised," said O'Sullivan."#,
                ],
                &[Some("O'Sullivan")],
            ),
            (
                &[
                    r#"The striker has apologised, and fans have forgiven Mido. Mido said: "I came back to apologise for my mistakes.""#,
                ],
                &[Some("Mido")],
            ),
            (
                &[r#""We are saddened by the development," Marsh said in a statement."#],
                &[Some("Marsh")],
            ),
            (
                &[r#""We are never good enough as favourites," said the French coach."#],
                &[None],
            ),
            (
                &[
                    r#"Writing in the Echo, the Bishop said: "Conspiracy theories are always fun to read.""#,
                ],
                &[None],
            ),
            (
                &[
                    r#"Claude Errera, editor of fansite Halo.Bungie.Org, said: "Bungie got everything right this time.""#,
                ],
                &[None],
            ),
            // A plural of a role, or any word that opens a sentence.
            (
                &[
                    r#"Shares fell for a third day. Economists said: "The sell-off reflects fears about growth in China.""#,
                ],
                &[None],
            ),
            (
                &[
                    r#"Shares fell for a third day. Analysts said: "The sell-off reflects fears about growth in China.""#,
                ],
                &[None],
            ),
            (
                &[
                    r#""We chose the team after carefully considering both options," said Wenger's assistant."#,
                ],
                &[None],
            ),
            // After the verb, a word with a capital is a name, whatever
            // follows it.
            (
                &[
                    r#""Their coach will have them very organised," said O'Sullivan after the match."#,
                ],
                &[Some("O'Sullivan")],
            ),
        ];
        for (paragraphs, speakers) in cases {
            let found = speakers_of(paragraphs);
            let expected: Vec<Option<String>> =
                speakers.iter().map(|s| s.map(str::to_string)).collect();
            assert_eq!(found, expected, "{paragraphs:?}");
        }
    }

    /// A name before a role with no name after it says whose the role is:
    /// the speaker is the one the story gave the role, else unknown; but a
    /// body speaks by its spokesman.
    #[test]
    fn a_name_before_a_role_says_whose_it_is() {
        assert_eq!(
            speakers_of(&[
                r#""That was our hardest away game of the season," said the Old Trafford boss."#
            ]),
            [None]
        );
        assert_eq!(
            speakers_of(&[
                "Harbour City boss Tom Reed watched from the stand.",
                r#""That was our hardest away game of the season," said the Harbour City boss."#
            ]),
            [Some("Harbour City boss Tom Reed".to_string())]
        );
        assert_eq!(
            speakers_of(&[
                r#""We chose the plane after carefully considering both," said a Japan Airlines spokesman."#
            ]),
            [Some("Japan Airlines".to_string())]
        );
        // A person's name before a role is theirs.
        assert_eq!(
            speakers_of(&[
                r#""We will keep our shops shut until the tax goes," said Ramesh Kumar president of the local traders association."#
            ]),
            [Some("Ramesh Kumar".to_string())]
        );
    }

    /// A quotation that opens inside a sentence of narration is its
    /// subject's, not the paragraph's speaker's before; a clause joined on
    /// is read alone.
    #[test]
    fn a_quotation_inside_narration_is_its_subjects() {
        // The subject after a phrase set off by commas; and a clause that
        // opens with a verb shares the sentence's subject.
        for paragraph in [
            r#""We lost the game in the first half," said coach Tom Reed. Club owner Anna Vale, however, called the result "a disgrace for everyone at the club"."#,
            r#""We lost the game in the first half," said coach Tom Reed. Club owner Anna Vale was disappointed but called the result "a lesson for everyone at the club"."#,
        ] {
            assert_eq!(
                speakers_of(&[paragraph])[1].as_deref(),
                Some("Club owner Anna Vale"),
                "{paragraph}"
            );
        }
        let paragraph = [
            r#""It was a great night for all of us," said singer Tom Reed. Reed was pleased, while club owner Anna Vale called the win "a real surprise for the whole band"."#,
        ];
        let speakers = speakers_of(&paragraph);
        assert!(
            speakers[1]
                .as_deref()
                .is_some_and(|s| s.ends_with("Anna Vale")),
            "{speakers:?}"
        );
        // (`and` with a capital after it joins two names, not two clauses.)
        let paragraphs = [
            "Opposition leader Ivo Vale spoke first.",
            r#""The poster is a disgrace to politics," said minister Tom Reed. The opposition unveiled a poster which pictured the prime minister and Mr Vale under the words "How can they fight crime when they fight each other?""#,
        ];
        assert_ne!(
            speakers_of(&paragraphs)[1].as_deref(),
            Some("Opposition leader Ivo Vale")
        );
        // The subject opens its clause: not a name after a pronoun, an
        // article or a verb.
        for narration in [
            "She described striker Tom Reed as",
            "The coach described striker Tom Reed as",
            "Meanwhile the coach called striker Tom Reed",
        ] {
            let paragraph = format!(
                r#""We played well in the second half," said coach Anna Vale. {narration} "the best finisher in the league by far"."#
            );
            assert_eq!(
                speakers_of(&[paragraph.as_str()])[1].as_deref(),
                Some("coach Anna Vale"),
                "{narration}"
            );
        }
        // A name inside the quotation before is no subject.
        let paragraph = [
            r#"Coach Tom Reed praised striker Anna Vale after the final. "I am so happy tonight. Vale played superbly and deserves it," he said, calling the win "the best moment of my whole career so far"."#,
        ];
        let speakers = speakers_of(&paragraph);
        assert_eq!(
            speakers,
            [
                Some("Coach Tom Reed".to_string()),
                Some("Coach Tom Reed".to_string())
            ]
        );
    }

    /// The speakers of the quotes of `paragraphs`, in order.
    fn speakers_of(paragraphs: &[&str]) -> Vec<Option<String>> {
        quotes_of(paragraphs).into_iter().map(|(_, s)| s).collect()
    }

    /// What [`extract`] keeps of the quotes of `paragraphs` with `limit`.
    fn first_quotes_of(paragraphs: &[&str], limit: usize) -> Vec<(String, Option<String>)> {
        let (sentences, _) = super::super::sentences(paragraphs);
        let people = super::super::people::people(&sentences);
        extract(paragraphs, &sentences, &people, limit)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    /// An embedded post is quoted as its author's, once: a quotation of
    /// it in the text, before or after, gains its author, and is not
    /// shown again. A post that quotes someone is not quoted whole.
    #[test]
    fn an_embedded_post_is_its_authors_quotation() {
        let post = "Ferries run again from noon today across the bay. \
                    pic.twitter.com/Xq1 — Harbour Board (@harbour) May 3, 2024";
        let board = Some("Harbour Board".to_string());
        let said = "The ferries are back. \"Ferries run again from noon today across the bay,\" \
                    the board wrote.";
        let expected = vec![(
            "Ferries run again from noon today across the bay.".to_string(),
            board.clone(),
        )];
        assert_eq!(quotes_of(&["The ferries are back.", post]), expected);
        assert_eq!(quotes_of(&[said, post]), expected);
        assert_eq!(quotes_of(&[post, said]), expected);
        // Under the limit, with the story's own quotations.
        let quotes = first_quotes_of(
            &[
                "\"We kept the boats safe all week,\" said harbour master Tom Reed.",
                post,
                "\"We are glad to be home again at last,\" said one passenger.",
            ],
            2,
        );
        assert_eq!(
            quotes.iter().map(|(_, s)| s.as_deref()).collect::<Vec<_>>(),
            [Some("Tom Reed"), Some("Harbour Board")]
        );
        // Too short a post, in words but hashtags; a post that quotes
        // someone, whole, as its author's; narration before a post.
        assert_eq!(
            quotes_of(&[
                "Back at last! #ferries #bay #home pic.twitter.com/Xq1 — Ada (@ada) May 3, 2024"
            ]),
            []
        );
        assert_eq!(
            quotes_of(&[
                "#WATCH | Minister Tom Reed says, \"The ferries will run on time from today… \
                 — Harbour News (@hnews) May 3, 2024"
            ]),
            [(
                "#WATCH | Minister Tom Reed says, 'The ferries will run on time from today…"
                    .to_string(),
                Some("Harbour News".to_string())
            )]
        );
        assert_eq!(
            quotes_of(&[
                "Singer Ada Vell said on Monday that she would stop touring.",
                "She wrote on X: I am sorry to everyone who bought tickets for the tour. \
                 — Ada Vell (@adavell) May 3, 2024",
                "\"I need to rest for a while,\" she said."
            ]),
            [
                (
                    "I am sorry to everyone who bought tickets for the tour.".to_string(),
                    Some("Ada Vell".to_string())
                ),
                (
                    "I need to rest for a while.".to_string(),
                    Some("Singer Ada Vell".to_string())
                )
            ]
        );
        // The same words from another speaker are theirs.
        assert_eq!(
            quotes_of(&[
                "\"Ferries run again from noon today across the bay,\" said Tom Reed.",
                post
            ]),
            [
                (
                    "Ferries run again from noon today across the bay.".to_string(),
                    Some("Tom Reed".to_string())
                ),
                (
                    "Ferries run again from noon today across the bay.".to_string(),
                    board.clone()
                )
            ]
        );
    }

    #[test]
    fn a_quotation_runs_on_into_the_next_paragraph() {
        // The first paragraph ends inside the quotation; the next opens
        // with a mark and goes on with it.
        let quotes = quotes_of(&[
            "Coach Ada Brenn spoke after the match. She said: \"We hoped to win the cup this year. It was hard.",
            "\"We will be back here next year and we will win.\" The team flew home on Sunday.",
        ]);
        let speakers: Vec<(&str, Option<&str>)> = quotes
            .iter()
            .map(|(text, speaker)| (text.as_str(), speaker.as_deref()))
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "We hoped to win the cup this year. It was hard.",
                    Some("Coach Ada Brenn")
                ),
                (
                    "We will be back here next year and we will win.",
                    Some("Coach Ada Brenn")
                ),
            ]
        );
        // A mark left open with no paragraph to go on in is no quotation,
        // nor is a mark that opens no quotation.
        assert!(quotes_of(&["She said: \"We hoped to win the cup this year."]).is_empty());
        let next = "\"We were promised a vote on the plan,\" Ana Reed said.";
        for stray in [
            "The TV had a 55\" screen and it cost far too much money for us.",
            "He called it “a total disgrace“ and walked out of the room in anger.",
        ] {
            let quotes = quotes_of(&[stray, next]);
            assert_eq!(quotes.len(), 1, "{quotes:?}");
            assert_eq!(quotes[0].0, "We were promised a vote on the plan.");
        }
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

    /// A pronoun names the last speaker only when it can be theirs: not
    /// `she` of someone the story calls `Mr`, not `he` of a spokeswoman,
    /// not `they` of one person. Then nobody, and a later pronoun does not
    /// reach back past them either. Honorifics of both kinds with one
    /// surname (`Mr Hill`, `Mrs Hill`) say nothing.
    #[test]
    fn a_pronoun_names_the_last_speaker_only_if_it_can_be_theirs() {
        let cases: &[(&[&str], &[Option<&str>])] = &[
            (
                &[
                    "\"It is more like wandering through the gallery,\" said Ann Velde, head of the museum's digital team. For Tom Okafor, who built the tool, the idea grew out of frustration.",
                    "\"I went to an online shop and had no idea what I wanted,\" he said.",
                    "\"You do not walk into a gallery and ask for one painting,\" he said. The museum wants the tool on its website soon, said Ms Velde.",
                ],
                &[Some("Ann Velde"), None, None],
            ),
            (
                &[
                    "\"Only one place in the world will sell the tickets,\" festival organiser Rob Marsh said. Mr Marsh is 60.",
                    "\"If it is done the right way, it might really change the system,\" she said.",
                ],
                &[Some("Rob Marsh"), None],
            ),
            (
                &[
                    "\"We lost everything in the flood last winter,\" said Tom Hill, 45, a farmer from Devon.",
                    "\"The insurers have not paid a penny to us yet,\" he said. Mrs Hill now works in a shop, and Mr Hill farms alone.",
                ],
                &[Some("Tom Hill"), Some("Tom Hill")],
            ),
            (
                &[
                    "\"We have no plans to sell the ground this season,\" club spokeswoman Ida Berg said.",
                    "\"Any offer will go to the members first of all,\" she added.",
                    "\"The members will have the final word on any sale,\" he added.",
                ],
                &[
                    Some("club spokeswoman Ida Berg"),
                    Some("club spokeswoman Ida Berg"),
                    None,
                ],
            ),
            (
                &[
                    "\"The pictures were sold for a great deal of money,\" said lawyer Mark Stone. The magazine was unrepentant.",
                    "\"Coming from someone who sold her own wedding pictures, that is rich,\" they added.",
                ],
                &[Some("lawyer Mark Stone"), None],
            ),
        ];
        for (paragraphs, speakers) in cases {
            let want: Vec<Option<String>> =
                speakers.iter().map(|s| s.map(str::to_string)).collect();
            assert_eq!(speakers_of(paragraphs), want, "{paragraphs:?}");
        }
    }

    #[test]
    fn appositions_and_lowercase_roles_do_not_hide_the_speaker() {
        let quotes = quotes_of(&[
            "\"We are not against machines at all, never,\" union leader Gideon Marsh told a rally.",
            "Her coach, Dr. Pavel Ostrem, a former physiologist at Estrava University, said training changed. \"We cut her weekly mileage by about 10%,\" he said.",
        ]);
        assert_eq!(quotes[0].1.as_deref(), Some("union leader Gideon Marsh"));
        assert_eq!(quotes[1].1.as_deref(), Some("Dr. Pavel Ostrem"));
    }

    #[test]
    fn an_unnamed_speaker_after_a_conjunction_names_nobody() {
        let speakers = speakers_of(&[
            "Ann Vell said the seats were theirs. \"The act is plain and the seats belong to the members who won them.\" \
             She said the pair would stay. But a party spokesman said: \"Her accusations are as empty as her sense of political morals.\"",
            "Tom Hart said the plan would work. \"We have the money and the staff to finish the line by spring.\" \
             However, a spokeswoman for the council added: \"The council has not agreed to pay for any of it.\"",
            "Ann Vell said the seats were theirs. \"The act is plain and the seats belong to the members who won them.\" \
             Later, a party spokesman played down the row and said: \"Her accusations are as empty as her morals.\"",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Ann Vell".into()),
                None,
                Some("Tom Hart".into()),
                None,
                Some("Ann Vell".into()),
                None
            ]
        );
    }

    /// A name set off by commas before the verb, after a noun of a person
    /// it names, speaks: a pronoun after it is theirs, not the story's
    /// first speaker's. Not a name that is another's (`The mother of the
    /// boy, Sam Hart,`), of several people, or of a body.
    #[test]
    fn a_name_set_off_by_commas_before_the_verb_speaks() {
        let speakers = speakers_of(&[
            "Singer Tom Hart said he would fight the claim. \"I have done nothing wrong at all,\" he said.",
            "The case was filed on Monday, her lawyer, Ben Ward, said. The firms \"failed to \
             pay what they owed to the artists for years,\" he said.",
            "Ms Lowe's deputy, Ivo Dale, said the plans had changed. \"Limiting the number of \
             new sites is the right thing to do,\" he said.",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Singer Tom Hart".into()),
                Some("lawyer Ben Ward".into()),
                Some("Ivo Dale".into())
            ]
        );
        assert_eq!(
            speakers_of(&[
                "The head of the tribunal, Kostas Vell, said the charge fell. \"The charge cannot \
                 be made to stand in any court,\" he said."
            ]),
            [Some("Kostas Vell".into())]
        );
        for (narration, pronoun) in [
            (
                "The mother of the missing boy, Sam Hart, said she had not slept.",
                "she",
            ),
            (
                "A spokesman for the club's owner, Sam Hart, said the deal was off.",
                "he",
            ),
            (
                "Lawyers for the singer, Sam Hart, said the claim was baseless.",
                "they",
            ),
            (
                "The broadcaster, Channel Seven, said it would not comment.",
                "he",
            ),
        ] {
            let speakers = speakers_of(&[&format!(
                "{narration} \"We are still looking into it and we will not stop now,\" {pronoun} said."
            )]);
            assert_eq!(speakers, [None], "{narration}");
        }
    }

    /// Chinese and Japanese quote in corner brackets too (`「…」`, with
    /// `『…』` inside): such a quotation is a quote, with no speaker the
    /// text names in a way this reads.
    #[test]
    fn quotations_in_corner_brackets_are_quotes() {
        assert_eq!(
            quotes_of(&["首相は「復興を急ぐ。『支援』を続ける。」と述べた。会見は30分続いた。"]),
            [("復興を急ぐ。『支援』を続ける。".to_string(), None)]
        );
    }

    /// An unnamed speaker after a phrase of time or occasion is one too.
    #[test]
    fn an_unnamed_speaker_after_an_introduction_names_nobody() {
        let speakers = speakers_of(&[
            "Home Secretary Tom Hart has warned that an attack could come. Asked about his \
             comments, the prime minister's official spokesman said: \"We believe the threat is \
             real and we are ready for it.\"",
            "Home Secretary Tom Hart has warned that an attack could come. On Wednesday, a \
             council spokeswoman said: \"We believe the threat is real and we are ready for it.\"",
        ]);
        assert_eq!(speakers, [None, None]);
        // (Not a name before the noun: `Philip Rinaldi, a spokesman for the
        // show, said`.)
        assert_eq!(
            speakers_of(&[
                "Philip Vell, a spokesman for the show, said: \"We believe the play is ready for \
                 its first night.\""
            ]),
            [Some("Philip Vell".into())]
        );
    }

    /// An unnamed speaker who says nothing ends no one's speech.
    #[test]
    fn an_unnamed_speaker_who_says_nothing_leaves_the_paragraphs_speaker() {
        let speakers = speakers_of(&[
            "Council leader Tom Hart said: \"We will fix the roads before the winter comes.\" \
             A spokesman for the contractor was not available. \"We have the money set aside \
             for all of it.\"",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Council leader Tom Hart".into()),
                Some("Council leader Tom Hart".into())
            ]
        );
    }

    /// A sentence whose subject is a role the story gave one person, before
    /// a verb of speech, reports their speech.
    #[test]
    fn a_role_the_story_gave_one_person_speaks_as_them() {
        let speakers = speakers_of(&[
            "Earlier Foreign Secretary Tom Hart said the UK would veto any bid to cut it.",
            "Shadow minister Ann Lowe said: \"We must keep the rebate whatever it costs us in the talks.\" \
             The foreign secretary meanwhile said the \"justice\" of the rebate remained. \"We have one \
             of the lowest net receipts of any country in the union.\"",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Shadow minister Ann Lowe".into()),
                Some("Foreign Secretary Tom Hart".into())
            ]
        );
        // Not a role told or warned, one that says nothing, another
        // minister's, or another body's president.
        for (story, sentence) in [
            (
                "Prime Minister Ivo Dale",
                "The prime minister was told that grain prices fell.",
            ),
            (
                "Transport Minister Ivo Dale",
                "The minister never told the committee about it.",
            ),
            (
                "Health Minister Ivo Dale",
                "The transport minister said the bus link would open.",
            ),
            (
                "President Ivo Dale",
                "The club president said the players would get a bonus.",
            ),
            (
                "President Ivo Dale",
                "The president of the club said the cup would go on show.",
            ),
        ] {
            let speakers = speakers_of(&[
                &format!("{story} visited the town on Monday."),
                &format!("{sentence} \"We have nothing left to sell and nothing left to give.\""),
            ]);
            assert_eq!(speakers, [None], "{sentence}");
        }
    }

    /// A name a relative `who` stands for, before a verb of speech, speaks
    /// (`It is a debut nomination for Staunton, 49, who told BBC News she
    /// had not thought…`).
    #[test]
    fn a_name_before_who_and_a_verb_of_speech_speaks() {
        let speakers = speakers_of(&[
            "Actor Tom Hart was also named. It is a first nomination for Ann Lowe, 49, who told \
             the BBC she had not expected it. \"I had not thought about it at all until today,\" \
             she said.",
            "Actor Tom Hart was also named. The charge was denied by Ann Lowe, who said the \
             claim was false. \"I had not thought about it at all until today,\" she said.",
            "Actor Tom Hart was also named. The plan was opposed by Ann Lowe, who later warned \
             of a crisis. \"I had not thought about it at all until today,\" she said.",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Ann Lowe".into()),
                Some("Ann Lowe".into()),
                Some("Ann Lowe".into())
            ]
        );
        // Not a clause that tells of something else than speech, nor one
        // inside a sentence whose subject speaks, nor one about a relative.
        for sentence in [
            "The novel was by Ann Lowe, who wrote the book in 1998.",
            "The second goal came from Ann Lowe, who added a third late on.",
            "The team went round to see Ann Lowe, who told them to leave.",
            "The prize went to Ann Lowe, who said nothing for several minutes.",
            "The medal went to Ann Lowe, whose brother, who told reporters he had cried, was there.",
            "Hart said he had gone round to see Ann Lowe, who told reporters it was over.",
        ] {
            let speakers = speakers_of(&[&format!(
                "Coach Tom Hart said: \"We will fight on until the very end of the season.\" \
                 {sentence} \"It was the best day of my life and I will not forget it.\""
            )]);
            assert_eq!(
                speakers,
                [Some("Coach Tom Hart".into()), Some("Coach Tom Hart".into())],
                "{sentence}"
            );
        }
    }

    /// An unnamed speaker in narration ends the paragraph's speaker: their
    /// quotation, opened again at its next sentence, is not that of
    /// someone quoted earlier in the paragraph.
    #[test]
    fn an_unnamed_speaker_ends_the_paragraphs_speaker() {
        let speakers = speakers_of(&[
            "Committee chairman Tom Hart spoke first. Mr Hart said being \"better prepared\" would \
             help. A council spokesman said: \"We welcome the report and what it says of the plan. \
             \"However, there are areas that need more work and we are working on them now.\"",
        ]);
        assert_eq!(speakers, [None, None]);
    }

    /// What looks like an unnamed speaker, a body as a source, or a body
    /// before a verb of speech, but is not the subject that speaks.
    #[test]
    fn words_of_a_source_that_are_no_speaker_leave_the_speaker_named() {
        let speakers = speakers_of(&[
            "Fire officer Tom Hart said crews were still at the scene. However, the official \
             death toll rose to 12. \"We are still searching the upper floors of the block,\" \
             he said.",
            "Fire officer Tom Hart said crews were still at the scene. But the source of the \
             blaze is unknown. \"We are still searching the upper floors of the block,\" he said.",
            "Fire officer Tom Hart said crews were still at the scene. According to Downing \
             Street, help is on its way. \"We are still searching the upper floors of the \
             block,\" he said.",
            "Thames Water chairman Tom Hart spoke at the meeting. The company chairman said: \
             \"We are still searching the upper floors of the block.\"",
            "Fire officer Tom Hart spoke at the meeting. Responding to the report, the officer \
             said: \"We are still searching the upper floors of the block.\"",
            "Fire officer Tom Hart spoke at the meeting. The chairman of the council added: \
             \"We are still searching the upper floors of the block.\"",
            "Fire officer Tom Hart spoke at the meeting. Hart issued a statement which read: \
             \"We are still searching the upper floors of the block.\"",
            "Fire officer Tom Hart said that, according to chief economist Ann Lowe, the stairs were \
             safe. \"We are still searching the upper floors of the block,\" he said.",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
                // (One story: Tom Hart keeps the role it gave him first.)
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
                Some("Fire officer Tom Hart".into()),
            ]
        );
    }

    /// An unnamed speaker however the words after the noun go on, but
    /// not a name set off by commas after it.
    #[test]
    fn an_unnamed_speaker_names_nobody_whatever_follows() {
        let speakers = speakers_of(&[
            "Business Secretary Tom Hart said talks went on. A source familiar with the talks \
             said a deal was close. \"We are still some way apart on the price,\" he said.",
            "Business Secretary Tom Hart said talks went on. An official of the foreign \
             ministry said a deal was close. \"We are still some way apart on the price,\" he said.",
            "Business Secretary Tom Hart said talks went on. A lawyer acting for the family \
             said a deal was close. \"We are still some way apart on the price,\" he said.",
        ]);
        assert_eq!(speakers, [None, None, None]);
        // (One named after what qualifies the role speaks.)
        assert_eq!(
            speakers_of(&[
                "Prosecutor Tom Hart told the court the jaw was broken. But a lawyer for the \
                 player, Ann Lowe, said he had acted in self-defence. \"My client was attacked \
                 first and he defended himself,\" she said."
            ]),
            [Some("Ann Lowe".into())]
        );
    }

    #[test]
    fn a_source_given_by_according_to_speaks_last() {
        let speakers = speakers_of(&[
            "Nutritionist Anna Weiss has studied the root for years. Tom Hart said the clinic \
             would open in May. According to Weiss, raw turmeric is healthy for most people. \
             \"All you need to keep in mind is the dosage of what you eat,\" she said.",
            "Tom Hart said the clinic would open in May. But according to nutritionist Ann Lowe, \
             raw turmeric is healthy for most people. \"All you need to keep in mind is the \
             dosage of what you eat,\" she said.",
        ]);
        assert_eq!(
            speakers,
            [Some("Anna Weiss".into()), Some("Ann Lowe".into())]
        );
    }

    #[test]
    fn a_statement_or_a_body_that_introduces_a_quotation_is_no_one_named_before() {
        let speakers = speakers_of(&[
            "Party leader Tom Hart said the poster was fine. The firm released a statement \
             which read: \"We have always run a clean and fair campaign in every seat.\"",
            "Party leader Tom Hart said the poster was fine. In a statement, the company \
             added: \"We have always run a clean and fair campaign in every seat.\"",
            "Party leader Tom Hart said the poster was fine. Mr Vell's statement said: \
             \"We have always run a clean and fair campaign in every seat.\"",
            "Party leader Tom Hart said the poster was fine. In a letter to the board he \
             wrote: \"We have always run a clean and fair campaign in every seat.\"",
            "Party leader Tom Hart said the poster was fine. A report on the campaign said: \
             \"We have always run a clean and fair campaign in every seat.\"",
        ]);
        assert_eq!(
            speakers,
            [None, None, None, Some("Party leader Tom Hart".into()), None]
        );
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
            [
                None,
                None,
                None,
                Some("Commission spokeswoman Anna Weiss"),
                Some("Karl Ostrem")
            ],
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

    #[test]
    fn a_quotation_that_opens_again_at_each_sentence_is_not_narration() {
        let quotes = quotes_of(&[
            "Ruth Calloway said: \"We have already widened the bridge, it was two lanes when we started. \"We are going to open the third lane by next year.\" She said the works were paid for by the county. \"We have made a firm promise to finish the whole road.\"",
        ]);
        let calloway = Some("Ruth Calloway".to_string());
        assert_eq!(
            quotes,
            [
                (
                    "We have already widened the bridge, it was two lanes when we started."
                        .to_string(),
                    calloway.clone()
                ),
                (
                    "We are going to open the third lane by next year.".to_string(),
                    calloway.clone()
                ),
                (
                    "We have made a firm promise to finish the whole road.".to_string(),
                    calloway
                ),
            ]
        );
    }

    #[test]
    fn speech_reported_with_its_speaker_after_the_verb() {
        let quotes = quotes_of(&[
            // The rest of an attribution names whom it was told to, not a
            // new speaker.
            "\"The port will be rebuilt within the year,\" Marta Quill, chief economist for the region at Halden Bank, told Nordic Business Radio. \"The cost will be large, but it will not derail the recovery,\" she said.",
            // Narration that says who said it after the verb.
            "Shoppers are moving to the new quarter, says Tomas Brandt, principal analyst at Halden Research.",
            "\"Rents there are half what they are by the harbour,\" he said.",
            "The plan was never costed, said chief executive Anna Weiss. \"We will not sign anything we cannot pay for,\" she said.",
            // Not a role before the name, nor the end of a clause after
            // it: someone else speaks of them.
            "Ferry captain Daniel Reyes has run the crossing for 20 years.",
            "\"The ferry will run again in spring,\" said Owen Hale.",
            "The timetable was agreed weeks ago, said friends of Daniel Reyes. \"Nobody asked the ferry crews what they thought,\" he said.",
            "\"The ferry will run again in spring,\" said Owen Hale.",
            "The crossing was safe, said Daniel Reyes had told them. \"It is the only way to pay for the new boats,\" he said.",
            // A clause joined on, or a quotation opened, before the
            // sentence ends: what follows the attribution is read.
            "\"The harbour will pay for itself,\" Marta Quill said, while Daniel Reyes said the plan would fail. \"It cannot be paid for,\" he said.",
            "\"The ferry will run again in spring,\" said Owen Hale, and Daniel Reyes replied: \"Not before the summer is over.\"",
            // Not a name after a preposition.
            "\"The ferry will run again in spring,\" said Owen Hale.",
            "The crews were never asked, said the wife of ferry captain Daniel Reyes. \"Nobody came to see us at all,\" she said.",
            // An attribution that names nobody leaves the rest of its
            // sentence to be read.
            "\"Our mission was always to serve every reader,\" said Halden spokeswoman, Berit Hanson. \"So we would not want to shut anyone out.\"",
            "\"People will read more of the paper on their phones,\" said Ms Hanson.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Marta Quill"),
                Some("Marta Quill"),
                Some("Tomas Brandt"),
                Some("chief executive Anna Weiss"),
                Some("Owen Hale"),
                Some("Owen Hale"),
                Some("Owen Hale"),
                Some("Owen Hale"),
                Some("Marta Quill"),
                Some("Ferry captain Daniel Reyes"),
                Some("Owen Hale"),
                Some("Ferry captain Daniel Reyes"),
                Some("Owen Hale"),
                Some("Owen Hale"),
                None,
                Some("Berit Hanson"),
                Some("Berit Hanson"),
            ],
            "{quotes:?}"
        );
    }

    #[test]
    fn an_owners_name_before_the_speakers_is_not_theirs() {
        let speakers = speakers_of(&[
            "\"We have won the rights,\" said Sky Networks' Sophie Turner Laing. \"It is the home of the show.\"",
            "\"Growth will be slow for the rest of the year,\" said Gary Thayer, an economist at AG Edwards & Sons.",
            "\"The economy regained some traction,\" said AG Edwards' Thayer.",
        ]);
        assert_eq!(
            speakers,
            [
                Some("Sophie Turner Laing".to_string()),
                Some("Sophie Turner Laing".to_string()),
                Some("Gary Thayer".to_string()),
                Some("Gary Thayer".to_string()),
            ]
        );
    }

    #[test]
    fn a_role_the_story_gave_one_person_names_them() {
        let quotes = quotes_of(&[
            "Prime Minister Anna Weiss visited the harbour on Monday, with Harbour Bank chief executive Tomas Brandt.",
            "\"We will rebuild every pier,\" the prime minister said.",
            "\"Our loans to the fishing fleet will be repaid in full,\" said the chief executive.",
            "\"Nobody at the Bishop's palace was told of the plan,\" the Bishop said.",
            "\"The new pier will be the longest on the coast,\" the Prime Minister said.",
            "\"I was not told of any new pier,\" the deputy prime minister said.",
            // A place before the role that is not in theirs, an
            // indefinite article, a role two people hold.
            "\"The ferry will be safe to sail by spring,\" the Halden Prime Minister said.",
            "\"Nothing has been decided about the ferry yet,\" a prime minister said.",
            "Coach Owen Hale and coach Daniel Reyes met on Friday.",
            "\"We will play the match on the harbour field,\" the coach said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Prime Minister Anna Weiss"),
                Some("Harbour Bank chief executive Tomas Brandt"),
                None,
                Some("Prime Minister Anna Weiss"),
                None,
                None,
                None,
                None,
            ],
            "{quotes:?}"
        );
    }

    /// A person has a driver: `Blair's driver` makes no body of Blair.
    #[test]
    fn a_surname_before_a_role_a_person_has_is_still_the_person() {
        let quotes = quotes_of(&[
            "Tony Marsh arrived late at the count.",
            "Marsh's driver was stopped by police on the way.",
            "\"It was a simple misunderstanding,\" insisted Marsh.",
        ]);
        assert_eq!(quotes[0].1.as_deref(), Some("Tony Marsh"), "{quotes:?}");
    }

    #[test]
    fn a_surname_after_the_verb_is_the_full_name_the_story_gives() {
        let quotes = quotes_of(&[
            "Jason Gardner fought all the way to the line to win the 60m title.",
            "\"It was a close race in the end,\" admitted Gardner.",
            // A description between the verb and the name.
            "Fernando Moreno has been linked with a move to Anfield all summer.",
            "\"If there is an offer I would be keen to leave,\" conceded the 28-year-old Moreno. He added: \"I am not in control of the situation.\"",
            // Nobody the story names in full: the surname as written.
            "\"I rushed a few backhands and he took advantage of it,\" admitted Haase.",
            // A number before a name is no age.
            "\"The prime minister has full confidence in her,\" said 10 Downing Street.",
            // A name that qualifies a role.
            "\"Prices will fall again next year,\" said Global Reach analyst Howard Archer.",
            "Seventh seed Rafael Nadal reached the last eight.",
            "\"It's always a problem to have to stop for rain,\" said Spanish teenager Nadal.",
            "\"We will be back here and stronger next year,\" said Italian fans after Nadal won.",
            "\"We hoped for more from the final,\" said fans after Nadal won.",
            "\"We had no answer to him at all on the day,\" said Italians who beat Nadal.",
            "\"The risks of this case are real,\" said Global Reach analyst Ivan Petrov The case is partly driven by President Anna Weiss.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Jason Gardner"),
                Some("Fernando Moreno"),
                Some("Fernando Moreno"),
                Some("Haase"),
                None,
                Some("Global Reach analyst Howard Archer"),
                Some("Seventh seed Rafael Nadal"),
                None,
                None,
                None,
                Some("Ivan Petrov")
            ],
            "{quotes:?}"
        );
    }

    #[test]
    fn an_attribution_the_patterns_do_not_read_names_one_speaker_or_nobody() {
        let quotes = quotes_of(&[
            // More role words than the patterns take.
            "\"Our results were strong and we met every goal,\" chairman and chief executive Ruth Calder said.",
            // An apposition with no comma before the verb: the name after
            // `from` or `at` is not who spoke.
            "\"The market is calm and traders are waiting,\" Anton Greve, from Lindqvist Partners told Reuters.",
            "\"We have been clear with the regulators all along,\" Maya Ortiz, senior fellow at the Harbour Institute told the BBC.",
            // The verb first, the name set off by a comma.
            "\"A decision is now expected by the middle of March,\" said one of their lawyers, Petros Alexiou.",
            // Nobody that can be told: not the speaker before, and a later
            // `he said` is not theirs either.
            "\"I think the strategy is more sensible than a takeover,\" said one analyst quoted by the Agence France Presse news agency.",
            "\"The price is simply too high for the shareholders,\" he said.",
            // Two people.
            "\"It has been good for us, but also hard for us,\" singer Tom Reed and drummer Ann Vale said.",
            // One person in two roles.
            "\"We will keep fares low whatever happens,\" Skyline founder and boss Dara Quinn said.",
            // Not the words that qualify a role, nor the owner of one.
            "\"Prices will fall again next year,\" in a note to clients, Global Reach analyst Howard Archer said.",
            "\"We will appeal against the ruling in the new year,\" Tom Reed's lawyer, Ann Vale, told the court.",
            // One the story introduced, beside words that only look like a
            // name.
            "Senior Inspector Anil Mehta said the search would go on.",
            "\"Six of the men have been arrested in the city so far,\" Senior Inspector of Police, Harbour Road, Anil Mehta told reporters.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("chief executive Ruth Calder"),
                Some("Anton Greve"),
                Some("Maya Ortiz"),
                Some("Petros Alexiou"),
                None,
                None,
                None,
                Some("boss Dara Quinn"),
                Some("Global Reach analyst Howard Archer"),
                Some("drummer Ann Vale"),
                Some("Senior Inspector Anil Mehta")
            ],
            "{quotes:?}"
        );
        // What the narration and the patterns resolve is left to them: a
        // pronoun in the clause, a capital after a stop, a description.
        let quotes = quotes_of(&[
            "Senator Ray Holt said the tapes were probably stolen from a plane.",
            "\"Baggage handlers should have background checks before they are hired,\" the Liberal senator said.",
            "Ann Lowe, chief economist at Kestrel Bank, said the figures were not alarming. Rises in fuel prices, which \"are no sign of a broader pressure on prices\", were behind it, she said.",
            "Writer Tom Hale asked of the war: \"How do you manage to sleep at night after all that?\" On housing, teacher Jo Marsh said she was worried.",
            // A quotation inside a sentence, and a clause that goes on.
            "Mayor Edda Voskuil called the plan \"a gift to the people of this town\" in a letter to the paper that Councillor Ray Dunn said was leaked.",
            "Coach Ian Sharp called the result \"a fair reflection of the whole game\", but added that the referee had a poor day.",
            // A clause of its own after the quotation.
            "Mayor Edda Voskuil called the plan \"a charter for the developers of this town,\" a claim that the opposition leader, Tom Hart, said was false.",
            "Mayor Ida Brandt described the ward as \"the pride of the whole city and beyond,\" though patients had complained and critics said it cost too much. \"We will build it anyway, whatever they think,\" she said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Senator Ray Holt"),
                Some("Ann Lowe"),
                Some("Writer Tom Hale"),
                Some("Mayor Edda Voskuil"),
                Some("Coach Ian Sharp"),
                Some("Mayor Edda Voskuil"),
                Some("Mayor Ida Brandt"),
                Some("Mayor Ida Brandt")
            ],
            "{quotes:?}"
        );
    }

    #[test]
    fn a_deputy_by_a_hyphen_holds_no_post() {
        let quotes = quotes_of(&[
            "Vice-Prime Minister Oleg Varenko arrived on Monday.",
            "\"We will not talk to anyone about this today,\" the prime minister said.",
        ]);
        assert_eq!(quotes[0].1, None, "{quotes:?}");
    }

    #[test]
    fn a_surname_the_story_names_in_full_is_the_subject() {
        let quotes = quotes_of(&[
            // Not a name only ever the start of a longer one, nor a club's
            // (`City boss`).
            "The World Test Championship final starts on Friday.",
            "Test cricket still draws the crowds. \"It is the best form of the game by far,\" he said.",
            "Fans of Manchester City marched on Saturday, and the City boss post is still empty.",
            "City lost at home again. \"We were poor from the first minute,\" he said.",
            "British stars Imelda Staunton and Clive Owen are hoping for awards.",
            "Staunton arrived at the ceremony in a green dress. \"It's lovely to be here at home,\" she told reporters.",
            // Someone the story never names in full spoke since.
            "The fourth seed battled past Mario Ancic in four sets.",
            "Ancic looked set to push Safin all the way. Safin said he was trying to keep calm. \"I try to stay calm against players like him,\" he said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [None, None, Some("Imelda Staunton"), None],
            "{quotes:?}"
        );
    }

    #[test]
    fn speakers_named_in_narration_roles_and_appositions() {
        let quotes = quotes_of(&[
            "\"The harbour will reopen on Monday,\" said Mayor Ilse Brandt.",
            "But Daniel Reyes, director of the Harbour Traders Association, warned that shops could be \"crippled\" by the closure. \"While the council may pay for the signs, the lost trade will not be covered,\" he said.",
            "\"We just do what works for our readers,\" said chief executive officer Marta Quill.",
            "\"Nobody in this town will be left without a paper this winter.\"",
            "\"The figures are far better than we had feared,\" Tomas Brandt, chief economist at Halden Bank, told reporters.",
            "Owen Hale, 24, scored twice. \"It was not a good strike at all,\" he said. \"I felt it had missed as soon as it left my boot.\" Coach Alan Pryce said he would keep working on the kicking.",
            "A spokesman for the Harbour Traders said: \"We have not been told anything about it.\"",
            "\"The fishing fleet will be back at sea within a week,\" a spokesman for the port said.",
            "But Harbour director of operations Rob Andrews said: \"The cranes are fine and we hope to use them again soon.\"",
            "Weir told the Evening Standard: \"We never rest on what we have already achieved.\"",
            "\"The water will be back in every home by Friday,\" said Mayor Ilse Brandt.",
            "\"Nobody has been allowed near the dam since Sunday,\" police said.",
            "\"The talks will go on for as long as they need to,\" Kim Jong-un said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Mayor Ilse Brandt"),
                Some("Daniel Reyes"),
                Some("chief executive officer Marta Quill"),
                Some("chief executive officer Marta Quill"),
                Some("Tomas Brandt"),
                Some("Owen Hale"),
                Some("Owen Hale"),
                None,
                None,
                Some("Rob Andrews"),
                None,
                Some("Mayor Ilse Brandt"),
                None,
                Some("Kim Jong-un"),
            ],
            "{quotes:?}"
        );
    }

    #[test]
    fn attributions_before_a_colon_with_whom_and_appositions() {
        let quotes = quotes_of(&[
            // Told whom, and a phrase of where or when.
            "Liberal Democrat leader Charles Kennedy spoke in Cambridge. He told BBC Radio Five Live: \"Top-up fees put students off university.\"",
            "Health minister Rosa Lind visited the ward. She told the audience: \"If you had told us a year ago, we would have laughed.\"",
            "Mayor Ilse Brandt opened the bridge. She said in a statement: \"The bridge will carry two thousand cars a day.\"",
            // Words before a role qualify it: the name after it is the subject.
            "Home Affairs spokesman Mark Oaten demanded assurances on the evidence. He added: \"The power should only be used in extreme circumstances.\"",
            // A speaker set off by commas, after or before what describes them.
            "Mike Hobday, of the League Against Cruel Sports, told BBC News: \"We have long urged them to follow an artificial scent.\"",
            "The secretary of the Students Rugby Union, Reverend Eldon Phillips, said: \"It is a shame that the fixtures cannot be kept.\"",
            // A place before a comma is no speaker.
            "In Halden, Tomas Brandt said: \"The figures are far better than we had feared.\"",
            // After the quotation, a role's qualifier.
            "\"This is highly unlikely to have been an inspired guess,\" Harbour Bet spokesman Rupert Adams said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Liberal Democrat leader Charles Kennedy"),
                Some("Health minister Rosa Lind"),
                Some("Mayor Ilse Brandt"),
                Some("Home Affairs spokesman Mark Oaten"),
                Some("Mike Hobday"),
                Some("Reverend Eldon Phillips"),
                Some("Tomas Brandt"),
                Some("Harbour Bet spokesman Rupert Adams"),
            ],
            "{quotes:?}"
        );
        // The words told to, or where, never reach past a sentence's end
        // nor over another verb of speech; an article before a role is the
        // role's; a verb after a quotation is no role.
        let quotes = quotes_of(&[
            "Tom Hart spoke on Monday. He told the BBC. Ann Lowe said: \"We will not give up on this town.\"",
            "Ann Lowe spoke first. He told the jury Tom Hart said: \"You will never see the money again.\"",
            "\"The odds were cut three times in one afternoon,\" the Harbour Bet spokesman Rupert Adams said.",
            "\"Nobody will be left behind this winter at all,\" Tom Hart said Ann Lowe had told him.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Ann Lowe"),
                Some("Tom Hart"),
                Some("Harbour Bet spokesman Rupert Adams"),
                Some("Tom Hart"),
            ],
            "{quotes:?}"
        );
        // Narration that reports someone unnamed speaking leaves the
        // quotation without a speaker.
        let quotes = quotes_of(&[
            "\"We are appalled by the plans,\" said Tom Hart. A council spokesman said the plans were \"simply not affordable at this time\".",
        ]);
        assert_eq!(quotes[1].1, None, "{quotes:?}");
        // Two names joined by `and` are no role and its holder.
        let quotes = quotes_of(&[
            "\"We will both stand again at the next election,\" Ann Lowe and Tom Hart said.",
        ]);
        assert_eq!(quotes[0].1, None, "{quotes:?}");
    }

    #[test]
    fn narration_that_reports_someone_speaking_ends_the_paragraphs_speaker() {
        let quotes = quotes_of(&[
            "John Ison, of Fathers Together, said: \"It is a cynical case of recycling old laws.\" Jim Parton, from Families Need Fathers, said the new proposals \"lacked any real compulsion at all\".",
            "\"We would like to see couples develop a plan and have it made a court order.\"",
            "Andrew Green, chairman of the group, says there is no need for a new body. He said: \"We are already more crowded than India and France.\" Ms Roche, MP for Hornsey, believes migration is welcome. She said her proposals mean \"we would not have so-called independent experts in this debate\".",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("John Ison"),
                Some("Jim Parton"),
                Some("Jim Parton"),
                Some("Andrew Green"),
                Some("Ms Roche"),
            ],
            "{quotes:?}"
        );
    }

    #[test]
    fn quotations_with_a_speaker_come_before_those_without() {
        let paragraphs = [
            "A notice read: \"Schools will stay shut until further notice.\"",
            "\"The water will be back in every home by Friday,\" said Mayor Ilse Brandt.",
            "Another sign said: \"Do not drink the water from the taps.\"",
            "\"Engineers have worked through the night,\" Brandt said.",
        ];
        let quotes = quotes_of(&paragraphs);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|q| q.1.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                None,
                Some("Mayor Ilse Brandt"),
                None,
                Some("Mayor Ilse Brandt")
            ]
        );
        let first_credited = |limit| {
            first_quotes_of(&paragraphs, limit)
                .into_iter()
                .map(|q| q.0)
                .collect::<Vec<_>>()
        };
        // Story order is kept; the quotation with no speaker that comes
        // first makes way for the credited ones.
        assert_eq!(
            first_credited(3),
            [
                "Schools will stay shut until further notice.",
                "The water will be back in every home by Friday.",
                "Engineers have worked through the night.",
            ]
        );
        assert_eq!(
            first_credited(2),
            [
                "The water will be back in every home by Friday.",
                "Engineers have worked through the night.",
            ]
        );
        assert_eq!(
            first_credited(1),
            ["The water will be back in every home by Friday."]
        );
        assert_eq!(first_credited(4).len(), 4);
    }

    #[test]
    fn what_stands_between_a_verb_of_speech_and_a_colon() {
        for before in [
            "He told BBC Radio Five Live: ",
            "She told the newspaper: ",
            "He told reporters: ",
            "He said in a statement: ",
            "She added on Tuesday: ",
            "He said: ",
            "Mark Oaten, the party's spokesman, told the BBC's Today programme: ",
        ] {
            assert!(BEFORE.is_match(before), "{before}");
        }
        for before in [
            "He said the man shouted: ",
            "He told the court he had been threatened by a man who shouted: ",
            "He told BBC News he was ready, ",
            "In London, Tony Blair praised the plan: ",
        ] {
            assert!(!BEFORE.is_match(before), "{before}");
        }
    }

    #[test]
    fn a_body_the_story_introduced_speaks_but_its_people_speak_for_themselves() {
        let quotes = quotes_of(&[
            "UK-based bank Harbour Chartered said it would buy a lender.",
            "\"Profits will rise this year,\" Harbour Chartered said in a statement.",
            "\"We are delighted that we won,\" said Harbour Chartered chief executive Lena Ostrem at a press conference.",
        ]);
        assert_eq!(
            quotes,
            [
                (
                    "Profits will rise this year.".to_string(),
                    Some("Harbour Chartered".to_string())
                ),
                (
                    "We are delighted that we won.".to_string(),
                    Some("Harbour Chartered chief executive Lena Ostrem".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_body_named_by_its_initials_speaks_but_a_country_does_not() {
        let quotes = quotes_of(&[
            "\"Growth will slow sharply in the months to come,\" NIESR said.",
            "\"We will appeal against the ruling at once,\" said the IAAF.",
            "Ada Kowal, a director at a charity in the UK, said: \"It is meaningless to talk of this.\"",
            "The IMF said the economy grew thanks to a \"continued strong recovery in farming and services\".",
            "The MEP said he had been \"sold out by the party he had served for years\".",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(speakers[..2], [Some("NIESR"), Some("IAAF")], "{quotes:?}");
        assert_ne!(speakers[2], Some("UK"), "{quotes:?}");
        assert_eq!(speakers[3..], [Some("IMF"), None], "{quotes:?}");
    }

    #[test]
    fn names_with_particles_and_speech_brought_in_by_a_participle() {
        let quotes = quotes_of(&[
            "\"We chose the quieter of the two designs,\" said Lena de Vries, the firm's head of design.",
            "Harbour Rovers coach Piet van der Berg spoke first. \"We will not change the side for Saturday,\" he said.",
            "Finance minister Tomas Brandt spoke on Monday. \"The budget will balance by the spring,\" said Mayor Edda Voskuil. \
             Brandt praised the plan, saying: \"It is the best budget the city has had.\"",
            "Mayor Ilse Varga opened the bridge. She warned drivers against speeding, saying: \"The road is narrow and the bends are sharp.\"",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Lena de Vries"),
                Some("Harbour Rovers coach Piet van der Berg"),
                Some("Mayor Edda Voskuil"),
                Some("Finance minister Tomas Brandt"),
                Some("Mayor Ilse Varga"),
            ],
            "{quotes:?}"
        );
        for (name, person) in [
            ("Piet van der Berg", true),
            ("Lena de Vries", true),
            ("van Berg", false),
            ("Lena Vries van", false),
        ] {
            assert_eq!(people::looks_like_person(name), person, "{name}");
        }
    }

    #[test]
    fn a_body_that_names_itself_speaks_but_not_one_word_nor_a_post() {
        let quotes = quotes_of(&[
            "\"Trains will run again on Monday morning,\" the Harbour Rail Authority said.",
            "The Veloria Law Commission said: \"The rules are out of date and must change.\"",
            "\"This prosecution is an attempt to silence us all,\" the OSI said.",
            "\"The ballot papers were sent out on time,\" said a Dock Council spokesman.",
            "Mara Venn, the leader of the Harbour and Dock Workers Union said: \"We will strike in May.\"",
            "\"We will look at the figures again next week,\" the Committee said.",
            "\"The bench will sit again after the winter break,\" the CJI said.",
        ]);
        let speakers: Vec<Option<&str>> = quotes.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers[..4],
            [
                Some("Harbour Rail Authority"),
                Some("Veloria Law Commission"),
                Some("OSI"),
                Some("Dock Council")
            ],
            "{quotes:?}"
        );
        assert_ne!(speakers[4], Some("Dock Workers Union"), "{quotes:?}");
        assert_eq!(speakers[5..], [None, None], "{quotes:?}");
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
            "who",
            "Weiss, who",
            "lawyer,",
            "Weiss,",
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
                .map(|caps| {
                    caps.name("name")
                        .or_else(|| caps.name("who"))
                        .or_else(|| caps.name("set_off"))
                        .expect("always")
                        .as_str()
                })
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
