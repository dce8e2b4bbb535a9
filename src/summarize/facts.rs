//! Facts at a glance: figures with what they count (`41 killed`, `more than
//! 180 injured`, `$2.4 billion`, `7.6 magnitude`), dates (`February 24`),
//! people with their role, places and organisations — each with the sentence
//! it came from.
//!
//! Extraction is by pattern over the story's sentences; the vocabularies
//! (titles, casualty words, place and organisation cues) are tables. People
//! are kept in a [`People`] registry so that one person named three ways
//! (`Ukraine's President Volodymyr Zelenskyy`, `Zelenskyy`, `The Ukrainian
//! President`) is one person; the quotes stage uses the same registry to
//! name speakers.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// What a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A count of people or things, with what it counts.
    Figure,
    /// An amount of money.
    Money,
    /// A calendar date.
    Date,
    /// A person, with their role when the story gives one.
    Person,
    /// A place.
    Place,
    /// An organisation.
    Organisation,
}

/// One fact at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// What it is.
    pub kind: FactKind,
    /// The fact as shown (`41 killed`, `Canadian Prime Minister Justin Trudeau`).
    pub text: String,
    /// The sentence it was found in (the first, when found in several).
    pub sentence: String,
    /// For a person, the name alone (`Justin Trudeau`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Titles that stand before a name. `(title, canonical form)`.
const TITLES: &[(&str, &str)] = &[
    ("Prime Minister", "Prime Minister"),
    ("PM", "Prime Minister"),
    ("Deputy Prime Minister", "Deputy Prime Minister"),
    ("Vice President", "Vice President"),
    ("President", "President"),
    ("Chancellor", "Chancellor"),
    ("Chief Minister", "Chief Minister"),
    ("Minister", "Minister"),
    ("Secretary of State", "Secretary of State"),
    ("Secretary", "Secretary"),
    ("Governor", "Governor"),
    ("Mayor", "Mayor"),
    ("Senator", "Senator"),
    ("Sen.", "Senator"),
    ("Rep.", "Representative"),
    ("King", "King"),
    ("Queen", "Queen"),
    ("Prince", "Prince"),
    ("Pope", "Pope"),
    ("Judge", "Judge"),
    ("Justice", "Justice"),
    ("General", "General"),
    ("Gen.", "General"),
    ("Colonel", "Colonel"),
    ("Col.", "Colonel"),
    ("Admiral", "Admiral"),
    ("Dr.", "Dr."),
    ("Professor", "Professor"),
    ("Prof.", "Professor"),
    ("Ambassador", "Ambassador"),
    ("Speaker", "Speaker"),
    ("Chairman", "Chairman"),
    ("Chairwoman", "Chairwoman"),
    ("Chief Executive", "Chief Executive"),
    ("CEO", "Chief Executive"),
    ("Director", "Director"),
    ("Commissioner", "Commissioner"),
    ("Inspector", "Inspector"),
    ("Captain", "Captain"),
    ("Coach", "Coach"),
    ("Manager", "Manager"),
    ("Spokesman", "Spokesman"),
    ("Spokeswoman", "Spokeswoman"),
    ("Spokesperson", "Spokesperson"),
    ("Leader", "Leader"),
    ("Councillor", "Councillor"),
];

/// Capitalised words that are never names, places or organisations on their own.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "However",
    "But",
    "Yet",
    "Yesterday",
    "Today",
    "Tonight",
    "Dear",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "Notably",
    "Meanwhile",
    "Also",
    "Finally",
    "Earlier",
    "Later",
    "Then",
    "There",
    "Here",
    "Some",
    "Many",
    "Most",
    "More",
    "All",
    "Both",
    "Each",
    "Every",
    "No",
    "Not",
    "One",
    "Two",
    "Three",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sharing",
    "Following",
    "According",
    "During",
    "Under",
    "Over",
    "Since",
    "Until",
    "By",
    "To",
    "Of",
    "About",
    "Officials",
    "Police",
    "Residents",
];

/// Every amount and date pattern, and every figure in digits, needs a
/// digit: a cheap test first.
pub(super) fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a word is a year (`2022`): it counts nothing, and is no amount
/// (`in 2019 dollars`).
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

/// A name without a possessive ending: `Ukraine's` is `Ukraine`,
/// `Workers'` is `Workers`.
fn without_possessive(name: &str) -> &str {
    name.trim_end_matches(['\'', '’'])
        .trim_end_matches("'s")
        .trim_end_matches("’s")
}

/// Whether a word names a month, in any case.
pub(super) fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether a capitalised word is one of [`NOT_NAMES`] or [`MONTHS`].
fn is_not_name(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| NOT_NAMES.iter().chain(MONTHS).copied().collect());
    SET.contains(word)
}

/// Words that make a capitalised phrase an organisation.
const ORGANISATION_WORDS: &[&str] = &[
    "Ministry",
    "Council",
    "Bank",
    "Party",
    "Agency",
    "Office",
    "Union",
    "Court",
    "Commission",
    "Committee",
    "University",
    "Institute",
    "Corporation",
    "Company",
    "Group",
    "Association",
    "Organisation",
    "Organization",
    "Forces",
    "Army",
    "Navy",
    "Authority",
    "Board",
    "Department",
    "Federation",
    "League",
    "Club",
    "Parliament",
    "Assembly",
    "Government",
    "Service",
    "Police",
    "Foundation",
    "Airlines",
    "Airways",
    "Railways",
    "Press",
    "Times",
    "News",
    "Coalition",
    "Hospital",
    "Clinic",
    "School",
    "College",
    "Journal",
    "Market",
    "Exchange",
    "Fund",
    "Trust",
    "Mutual",
    "Holdings",
    "Homes",
    "Ltd",
    "Inc",
    "Corp",
    "Media",
    "Prix",
    "Team",
    "Rail",
    "Motors",
    "Electric",
    "Island",
    "Industries",
    "Systems",
    "Technologies",
    "Energy",
    "Pharma",
    "Foods",
    "Mills",
    "Steel",
    "Oil",
    "Petroleum",
    "Insurance",
    "Capital",
    "Partners",
    "Reuters",
    "Associates",
    "Bros",
    "Brothers",
    "Securities",
    "Ventures",
    "Enterprises",
    "Investments",
    "Pharmaceuticals",
    "Laboratories",
    "Telecom",
    "Communications",
    "Networks",
    "Studios",
    "Pictures",
    "Productions",
    "Resources",
    "Chemicals",
    "Software",
    "PLC",
    "LLC",
];

/// Cues before a place name: `the city of X`, `in X`.
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "province", "region", "state", "district", "capital", "island",
    "county", "port", "valley", "republic", "kingdom",
];
/// Weak cues (`in X`, `at X`): enough for a place only when the story
/// uses it twice, or once with a strong cue (`the city of X`, `X's President`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "near", "across", "between", "into", "outside", "inside", "towards",
    "around",
];

/// Words that put a speaker in a place (`Critics in Caldera Bay said`): the
/// name after them is where the speakers are, not who they are. (`from` is
/// not one: `A letter from Marta Lindqvist said`.)
const SPEAKERS_IN: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
];

/// Words that make a capitalised phrase a thing rather than a place.
const NOT_PLACE_WORDS: &[&str] = &[
    "Agreement",
    "Act",
    "Treaty",
    "Formula",
    "Plan",
    "Policy",
    "Deal",
    "Conference",
    "Summit",
    "Programme",
    "Program",
    "Bill",
    "Law",
    "Scheme",
    "Mission",
    "Cup",
    "Championship",
    "Games",
    "Olympics",
    "Festival",
    "Day",
    "Week",
    "Prize",
    "Award",
    "Trophy",
    "Report",
    "Index",
    "Nations",
    "Bowl",
    "Masters",
    "Prix",
    "Awards",
];

/// Words that are no place on their own, though a place's name may hold
/// them (`United States`, `State of Palestine`): the chambers, parties and
/// offices of politics, and a club's short name.
const NOT_PLACES_ALONE: &[&str] = &[
    "House",
    "Lords",
    "Commons",
    "State",
    "Opposition",
    "Labour",
    "Cabinet",
    "Tory",
    "Tories",
    "Parliament",
    "Government",
    "Senate",
    "Congress",
    "Assembly",
    "Council",
    "Premiership",
    "United",
    "City",
    "Scots",
];

/// Abbreviations that are places; any other word in capitals (`BT`, `TV`,
/// `FTSE`) is a company, a channel or an index.
const PLACE_ABBREVIATIONS: &[&str] = &["US", "USA", "UK", "GB", "UAE", "EU", "DRC", "PRC", "DPRK"];

/// Whether a name found after a place cue cannot be a place.
fn no_place(name: &str) -> bool {
    NOT_PLACES_ALONE.contains(&name)
        || name.split_whitespace().any(|w| {
            w.chars().count() >= 2
                && !w.chars().any(char::is_lowercase)
                && !PLACE_ABBREVIATIONS.contains(&w)
        })
}

fn title_alternation() -> String {
    let mut titles: Vec<&str> = TITLES.iter().map(|(t, _)| *t).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles
        .iter()
        .map(|t| regex::escape(t))
        .collect::<Vec<_>>()
        .join("|")
}

const NAME: &str = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}";

/// A title and, when there is one, the name after it. What stands before
/// the title (`Ukraine's President`, `Lower Brenna Mayor`) is found by
/// [`words_before`]: patterns that open with a repeated class make the regex
/// engine search backwards, which costs more than the rest of the work.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?-u:\b)(?P<title>{})(?:\s+(?P<name>{NAME}))?(?-u:\b)",
        title_alternation()
    ))
    .expect("valid regex")
});

/// Roles written in lower case before a full name, as news copy
/// introduces most people: `Tory leader Michael Howard`, `Chelsea boss Jose
/// Mourinho`, `said chief executive Anna Weiss`. Words that are as often
/// something else before a capital (`forward`, `general`, `head`, `model`,
/// `player`) are not here.
const ROLE_NOUNS: &[&str] = &[
    "chief executive",
    "managing director",
    "director general",
    "director-general",
    "prime minister",
    "first minister",
    "leader",
    "coach",
    "director",
    "chairman",
    "chairwoman",
    "boss",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "manager",
    "chief",
    "executive",
    "president",
    "secretary",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "commissioner",
    "captain",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "singer",
    "actor",
    "actress",
    "star",
    "champion",
    "founder",
    "analyst",
    "economist",
    "lawyer",
    "editor",
    "author",
    "writer",
    "novelist",
    "journalist",
    "correspondent",
    "presenter",
    "designer",
    "professor",
    "scientist",
    "researcher",
    "historian",
    "prosecutor",
    "detective",
    "campaigner",
    "adviser",
    "advisor",
    "aide",
    "rapper",
    "comedian",
];

/// Lower-case words that may qualify a lower-case role (`former Labour
/// minister`, `deputy leader`, `media chief`, `world champion`).
const ROLE_MODIFIERS: &[&str] = &[
    "former",
    "deputy",
    "acting",
    "interim",
    "assistant",
    "senior",
    "junior",
    "chief",
    "vice",
    "shadow",
    "joint",
    "executive",
    "finance",
    "foreign",
    "home",
    "health",
    "education",
    "defence",
    "defense",
    "justice",
    "interior",
    "trade",
    "culture",
    "environment",
    "sports",
    "media",
    "film",
    "music",
    "pop",
    "rock",
    "team",
    "party",
    "club",
    "opposition",
    "world",
    "national",
    "campaign",
    "press",
    "communications",
    "marketing",
    "technical",
    "creative",
    "artistic",
    "technology",
    "general",
    "union",
    "council",
    "community",
    "rebel",
    "church",
    "student",
    "election",
    "sporting",
    "business",
    "political",
    "news",
    "fashion",
    "police",
    "security",
    "intelligence",
    "army",
    "military",
    "commercial",
    "operations",
    "policy",
    "research",
    "legal",
    "medical",
    "company",
    "group",
    "regional",
    "managing",
    "founding",
    "defending",
    "reigning",
    "veteran",
    "legendary",
    "then",
];

/// A lower-case role and the name after it; what qualifies the role is
/// read by [`role_start`].
static LOWER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?-u:\b)(?P<title>{})\s+(?P<name>{NAME})",
        ROLE_NOUNS.join("|")
    ))
    .expect("valid regex")
});

/// The role and the name of a [`LOWER_ROLE`] match: the first role in
/// the pattern's order that begins it, as the pattern's alternation
/// chooses, and what follows the space.
fn lower_role(found: &str) -> (&str, &str) {
    let title = ROLE_NOUNS
        .iter()
        .find(|t| {
            found
                .strip_prefix(**t)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
        .expect("a match begins with a role");
    (title, found[title.len()..].trim_start())
}

/// Where a lower-case role that ends at `title` begins: up to two
/// qualifying words (`former`, `deputy`, `ex-Labour`), then up to three
/// capitalised ones (`Ukraine's`, `Tory`, `England`), with the name they
/// end when it runs on through `of` (`Bank of England deputy governor`,
/// `Lord of the Rings director`).
fn role_start(sentence: &str, title: usize) -> usize {
    let mut start = title;
    for _ in 0..2 {
        let Some(end) = word_end_before(sentence, start) else {
            break;
        };
        let word = sentence[..end]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if !(ROLE_MODIFIERS.contains(&word) || word.starts_with("ex-")) {
            break;
        }
        start = end - word.len();
    }
    let capitalised = words_before(sentence, start, 3);
    if capitalised == start {
        return start;
    }
    let head = sentence[..capitalised].trim_end();
    let of = head
        .strip_suffix(" of")
        .or_else(|| head.strip_suffix(" of the"));
    // (Where `of` begins: a word that a run of capitals may end before.)
    match of.map(|name| (name.len() + 1, words_before(sentence, name.len() + 1, 3))) {
        Some((of, name)) if name < of => name,
        // `chairman of the Phantom` never reaches here: a capitalised run
        // after a lone `of` is the tail of a name we cannot see whole.
        Some(_) => start,
        None => capitalised,
    }
}

/// Where the word before `at` ends, when one whitespace character (a
/// space, a no-break space) stands between them.
fn word_end_before(sentence: &str, at: usize) -> Option<usize> {
    let end = sentence[..at].trim_end().len();
    let mut gap = sentence[end..at].chars();
    (end > 0 && gap.next().is_some() && gap.next().is_none()).then_some(end)
}

/// Words as shown: one space between each (`Tory\u{a0}leader` is `Tory
/// leader`).
fn spaced(words: &str) -> std::borrow::Cow<'_, str> {
    if words.chars().all(|c| c == ' ' || !c.is_whitespace()) {
        words.into()
    } else {
        words
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .into()
    }
}

/// A name up to its possessive, without it: `Sir Alex Ferguson's
/// Manchester United` is `Sir Alex Ferguson`.
fn owner(name: &str) -> &str {
    let end = name
        .split_whitespace()
        .find(|w| w.ends_with("'s") || w.ends_with("’s"))
        .map_or(name.len(), |w| {
            w.as_ptr() as usize - name.as_ptr() as usize + w.len()
        });
    without_possessive(&name[..end])
}

/// Lower-case roles that say nothing without a word before them (`chief`
/// of what?).
const ROLES_NEEDING_A_QUALIFIER: [&str; 2] = ["chief", "executive"];

/// An honorific and the name after it: `Mr Campbell`, `Sir Alex Ferguson`.
/// (`Miss` is left out: `Miss World`.)
static HONORIFIC_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?-u:\b)(?P<honorific>Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+(?P<name>{NAME})"
    ))
    .expect("valid regex")
});

/// Verbs of speech, as a regex alternation (shared with the quotes stage).
pub const SPEECH_VERBS: &str = "said|says|told|added|stressed|urged|noted|wrote|warned|explained|asked|continued|recalled|insisted|argued|declared|replied";

/// A name as the subject of speech (`Zelenskyy said`, `Ilse Brandt told`) or
/// after it (`said Ilse Brandt`).
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(
        r"(?P<before>{NAME})\s+{}(?:{SPEECH_VERBS})(?-u:\b)|(?:{})\s+(?P<after>{NAME})",
        speaker_adverb(),
        VERBS_BEFORE_NAME.join("|"),
    ))
    .expect("valid regex")
});

/// The words allowed between a speaker and the verb (here and in the
/// quotes stage's pattern for unquoted speech).
const SPEAKER_ADVERBS: [&str; 3] = ["further", "also", "later"];

/// The optional adverb of [`SPEAKER_ADVERBS`] before a verb of speech, as a
/// pattern: `(?:further\s+|also\s+|later\s+)?`.
pub(super) fn speaker_adverb() -> String {
    let adverbs: Vec<String> = SPEAKER_ADVERBS.iter().map(|a| format!(r"{a}\s+")).collect();
    format!("(?:{})?", adverbs.join("|"))
}

/// What stands before the verb of speech (and its adverb) that `text` ends
/// with: the name, in a match of a speaker pattern. The adverb is lower
/// case, so never the end of a name.
pub(super) fn before_speech_verb(text: &str) -> &str {
    let verb = SPEECH_VERBS.split('|').find(|v| text.ends_with(v));
    debug_assert!(verb.is_some(), "{text:?} ends in a verb of speech");
    let before = text[..text.len() - verb.map_or(0, str::len)].trim_end();
    SPEAKER_ADVERBS
        .iter()
        .find_map(|adverb| {
            before
                .strip_suffix(adverb)
                .filter(|rest| rest.ends_with(char::is_whitespace))
        })
        .map_or(before, str::trim_end)
}

/// The verbs [`SPEAKER`] finds a speaker after (`said Ilse Brandt`).
const VERBS_BEFORE_NAME: [&str; 4] = ["said", "says", "added", "told reporters"];

/// Who a match of [`SPEAKER`] names: the name, where it begins in the
/// text searched, and whether it stands before the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Speaker<'a> {
    name: &'a str,
    start: usize,
    before_verb: bool,
}

/// Reads the name out of a match of [`SPEAKER`], as its capture groups
/// would give it but without the capturing search, which costs more than
/// finding the match. The match is `NAME ⟨space⟩ [further|also|later
/// ⟨space⟩] VERB` (it begins with a capital) or `VERB ⟨space⟩ NAME` (it
/// begins with the verb, in lower case).
fn speaker(found: regex::Match<'_>) -> Speaker<'_> {
    let text = found.as_str();
    if let Some(verb) = VERBS_BEFORE_NAME.iter().find(|v| text.starts_with(*v)) {
        let rest = &text[verb.len()..];
        let name = rest.trim_start();
        return Speaker {
            name,
            start: found.start() + verb.len() + (rest.len() - name.len()),
            before_verb: false,
        };
    }
    let name = before_speech_verb(text);
    Speaker {
        name,
        start: found.start(),
        before_verb: true,
    }
}

/// Titles that are also surnames.
const SURNAME_TITLES: &[&str] = &["King", "Prince", "Judge", "Justice", "Speaker"];

/// Whether `title`, which ends a speaker's name, is the surname of the
/// person named by the words `before` it: `Mervyn King said`, `Mr King
/// said`; but `King said` or `the Ukrainian President said` name a role.
fn surname(title: &str, before: &str) -> bool {
    if !SURNAME_TITLES.contains(&title) {
        return false;
    }
    let previous = before.split_whitespace().next_back().unwrap_or("");
    is_honorific(previous.trim_end_matches('.')) || (name_word(previous) && !is_not_name(previous))
}

/// Cheap tests that rule sentences out before the capturing patterns run
/// (most sentences hold no title, no speech verb, no age, no organisation).
static TITLE_HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(r"(?-u:\b)(?:{})", title_alternation())).expect("valid regex")
});
/// A verb of speech: the test before every pattern that looks for a
/// speaker (here and in the quotes stage).
pub(super) static VERB_HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(&format!(r"(?-u:\b)(?:{SPEECH_VERBS})(?-u:\b)")).expect("valid regex")
});

/// `text` when `hint` finds something in it, else nothing: for a costly
/// pattern that cannot match without its hint. (Gating the pattern's
/// iterator instead, with `take_while`, would still run its first search.)
pub(super) fn gated<'a>(hint: &Regex, text: &'a str) -> &'a str {
    if hint.is_match(text) { text } else { "" }
}
static AGE_HINT: LazyLock<Regex> =
    LazyLock::new(|| crate::text::compile(r",\s+\d{1,3},").expect("valid regex"));

/// The [`ORGANISATION_WORDS`] of a sentence, with where each begins.
fn organisation_words(sentence: &str) -> impl Iterator<Item = (usize, &str)> {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| ORGANISATION_WORDS.iter().copied().collect());
    ascii_words(sentence).filter(|(_, word)| {
        word.starts_with(|c: char| c.is_ascii_uppercase()) && SET.contains(word)
    })
}

/// The words of a sentence as an ASCII regex sees them (runs of letters,
/// digits and `_`, between `(?-u:\b)` boundaries), with where each begins.
fn ascii_words(sentence: &str) -> impl Iterator<Item = (usize, &str)> {
    sentence
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w))
}

/// A name with an age: `Pieter Anholt, 54,`.
static AGED: LazyLock<Regex> = LazyLock::new(|| {
    // An age is followed by a space: `Pensions, 30,000 jobs` holds none.
    crate::text::compile(&format!(r"(?P<name>{NAME}),\s+\d{{1,3}},(?:\s|$)")).expect("valid regex")
});

/// What every amount holds: a currency sign, `Rs`, or `million`,
/// `billion`, `trillion` (a quick test before [`MONEY`], which has no
/// literal to search for).
static MONEY_HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(
        r"[$€£¥₹]|Rs|(?i:illion|bn |euro|pence|rupee|yen|yuan|cents|franc|roubles|rubles|dollars)",
    )
    .expect("valid regex")
});

static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::compile(r"(?:US\$|A\$|C\$|[$€£¥₹]|(?-u:\b)Rs\.?\s?)\s?\d+(?:,\d{2,3})*(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d+(?:,\d{2,3})*(?:\.\d+)?)?(?:\s?(?i:million|billion|trillion|bn|mn|m|crore|lakh|k)(?-u:\b))?|(?-u:\b)\d+(?:,\d{3})*(?:\.\d+)?\s(?i:million|billion|trillion)\s(?i:dollars|euros|pounds|rupees|yen|yuan)|(?-u:\b)\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?i:million|billion|trillion|bn|m))?\s(?i:euros?|pence|rupees|yen|yuan|cents|francs|roubles|rubles|dollars)(?-u:\b)")
        .expect("valid regex")
});

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    crate::text::compile(&format!(
        r"(?:(?:{months})\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// The places cued in a sentence: a name after a cue (`in Poltava`, `the
/// city of Poltava`, `President of the Ukraine`), or a possessor before a
/// title (`Ukraine's President`). Each comes as the name, where it ends and
/// whether the cue is strong (a place noun or title; a preposition is weak).
///
/// The matches are those of the regex
/// `(?:(?P<strong>(?:NOUNS) of|(?:TITLES) of(?: the)?)|\b(?:PREPOSITIONS)(?: the)?)\s+(?P<p>NAME)|(?P<poss>['’]s)\s+(?:TITLES)`,
/// leftmost first and not overlapping, but found from the capitalised words
/// looking back: a regex starts from its literal prefixes, and `in` and
/// `at` are everywhere, which made it the summarizer's costliest pattern.
fn place_cues(sentence: &str) -> Vec<(&str, usize, bool)> {
    let mut found = Vec::new();
    // Where the next match may begin.
    let mut free = 0;
    for (at, c) in sentence.char_indices() {
        if at < free || !c.is_uppercase() {
            continue;
        }
        let head = sentence[..at].trim_end_matches(char::is_whitespace);
        if head.len() == at {
            continue; // a name or title follows whitespace
        }
        if let Some(strong) = cue_before(head, free)
            && !inside_longer_title(sentence, head, at, free)
            && let Some(end) = name_end(sentence, at)
        {
            found.push((&sentence[at..end], end, strong));
            free = end;
            continue;
        }
        let possessor = head
            .strip_suffix('s')
            .and_then(|h| h.strip_suffix(['\'', '’']))
            .filter(|h| h.len() >= free);
        let title = || TITLE_LIST.iter().find(|t| sentence[at..].starts_with(*t));
        if let Some((possessor, title)) = possessor.and_then(|p| Some((p, title()?))) {
            let word_start = possessor.len()
                - possessor
                    .rsplit(char::is_whitespace)
                    .next()
                    .map_or(0, str::len);
            found.push((
                &sentence[word_start..possessor.len()],
                possessor.len(),
                true,
            ));
            free = at + title.len();
        }
    }
    found
}

/// Whether the capital at `at`, after a title and `of` (`State` in
/// `Secretary of State of Ohio`), begins the rest of a longer title that
/// cues a name itself: the pattern prefers the longer title there, so the
/// place is `Ohio`, not `State`.
fn inside_longer_title(sentence: &str, head: &str, at: usize, free: usize) -> bool {
    let Some(before_of) = head.strip_suffix(" of") else {
        return false;
    };
    TITLE_LIST.iter().any(|title| {
        title.split_once(" of ").is_some_and(|(first, rest)| {
            before_of.ends_with(first)
                && before_of.len() - first.len() >= free
                && sentence[at..]
                    .strip_prefix(rest)
                    .is_some_and(|after| name_after_of(sentence, sentence.len() - after.len()))
        })
    })
}

/// Whether ` of`, ` of the`, then a name follow at `from`.
fn name_after_of(sentence: &str, from: usize) -> bool {
    let Some(rest) = sentence[from..].strip_prefix(" of") else {
        return false;
    };
    let starts = |rest: &str| {
        let name = rest.trim_start_matches(char::is_whitespace);
        name.len() < rest.len() && name_end(sentence, sentence.len() - name.len()).is_some()
    };
    rest.strip_prefix(" the").is_some_and(starts) || starts(rest)
}

/// Titles, longest first (so that `Secretary of State` is tried before
/// `Secretary`).
static TITLE_LIST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut titles: Vec<&str> = TITLES.iter().map(|(t, _)| *t).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles
});

/// Whether `head` ends with a place cue that begins at or after `free`:
/// `Some(true)` for a strong one (`city of`, `President of the`),
/// `Some(false)` for a preposition (`in`, `in the`).
fn cue_before<'a>(head: &'a str, free: usize) -> Option<bool> {
    let ends_with_at =
        |text: &str, word: &str| text.ends_with(word) && text.len() - word.len() >= free;
    if let Some(before) = head.strip_suffix(" of")
        && PLACE_NOUNS.iter().any(|n| ends_with_at(before, n))
    {
        return Some(true);
    }
    let of = [head.strip_suffix(" of the"), head.strip_suffix(" of")];
    if of
        .into_iter()
        .flatten()
        .any(|before| TITLE_LIST.iter().any(|t| ends_with_at(before, t)))
    {
        return Some(true);
    }
    // `in`, `in the`: a whole word (an ASCII word boundary before it).
    let last_word = |text: &'a str| -> Option<&'a str> {
        let word = text
            .rsplit(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()?;
        (text.len() - word.len() >= free).then_some(word)
    };
    let before_the = head.strip_suffix(" the");
    [before_the, Some(head)]
        .into_iter()
        .flatten()
        .filter_map(last_word)
        .any(|w| PLACE_PREPOSITIONS.contains(&w))
        .then_some(false)
}

/// Where the name ([`NAME`]: up to three capitalised words) that begins at
/// `at` ends, if one does.
fn name_end(sentence: &str, at: usize) -> Option<usize> {
    // The classes of the pattern exactly (`char::is_uppercase` and
    // `is_alphabetic` take in more, such as Roman numerals); it runs only
    // after a cue.
    static WORD: LazyLock<Regex> =
        LazyLock::new(|| crate::text::compile(r"\A\p{Lu}[\p{L}'’-]+").expect("valid regex"));
    let word_end = |from: usize| WORD.find(&sentence[from..]).map(|m| from + m.end());
    let mut end = word_end(at)?;
    for _ in 0..2 {
        let next = sentence[end..].trim_start_matches(char::is_whitespace);
        let start = sentence.len() - next.len();
        match word_end(start).filter(|_| start > end) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// What may follow an organisation word: `Bank of Solmar`, `Institute of
/// Agriculture`, `Union of the Dock Workers`, `Department for Work and
/// Pensions`, `Department for Culture, Media and Sport`, `Institute for
/// the Study of Conflict`. After `of`, `and` is taken to start another name
/// (`the Bank of England and Barclays`); after `for`, what the body is for
/// (`Centre for Health and Social Care`).
static ORGANISATION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    const W: &str = r"\p{Lu}[\p{L}'’&-]+";
    crate::text::compile(&format!(
        r"^(?:\s+of(?:\s+the)?)?(?:\s+{W}){{1,3}}|^\s+for(?:\s+the)?(?:\s+{W}){{1,3}}(?:(?:,\s+{W}){{1,2}}\s+and(?:\s+{W}){{1,2}}|\s+and(?:\s+{W}){{1,2}})?(?:\s+of(?:\s+the)?(?:\s+{W}){{1,2}})?"
    ))
    .expect("valid regex")
});

/// Where the run of up to `max` capitalised words (a possessive `'s`
/// allowed) that ends just before `at` begins: `Ukraine's` and `Canadian
/// Prime` before `Minister`.
fn words_before(sentence: &str, at: usize, max: usize) -> usize {
    words_joined_before(sentence, at, max, false)
}

/// [`words_before`], with `and` between two capitalised words taken in
/// when `and` is true and the word before `and` begins the capitalised
/// run: `Avon and Somerset` before `Police`.
fn words_joined_before(sentence: &str, at: usize, max: usize, and: bool) -> usize {
    let mut start = at;
    for _ in 0..max {
        let Some(end) = word_end_before(sentence, start) else {
            break;
        };
        let trimmed = &sentence[..end];
        let word_start = trimmed.len()
            - trimmed
                .rsplit(char::is_whitespace)
                .next()
                .map_or(0, str::len);
        let word = &trimmed[word_start..];
        // One word joined by `and`, which begins the run: not `Tony Blair
        // and Labour Party`.
        if and && word == "and" && start < at {
            let joined = words_before(sentence, word_start, 1);
            let left = sentence[joined..word_start].trim_end();
            // Not the end of another name (`the Bank of Africa and …`), nor
            // an acronym (`IMF and World Bank`), nor a possessive.
            let tail_of_a_name = sentence[..joined]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "of" | "for"));
            let acronym = left.chars().all(|c| c.is_ascii_uppercase());
            if joined < word_start
                && words_before(sentence, joined, 1) == joined
                && !tail_of_a_name
                && !acronym
                && !sentence[start..at].contains(['\'', '’'])
            {
                start = joined;
            }
            break;
        }
        let stem = without_possessive(word);
        let capitalised = stem.chars().next().is_some_and(char::is_uppercase)
            && stem.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
            && !is_not_name(stem);
        if !capitalised {
            break;
        }
        start = word_start;
    }
    start
}

/// A person the story names, and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// The fullest form of the name seen.
    pub name: String,
    /// The role as written before the name (`Ukraine's President`).
    pub role: Option<String>,
    /// The canonical title (`President`), for role-only mentions.
    pub title: Option<String>,
    /// The honorific the story gives them (`Mr`, `Sir`), shown when it is
    /// all there is besides a surname, or when it is a knighthood or
    /// peerage (`Sir Alex Ferguson`).
    pub honorific: Option<String>,
    /// In how many sentences the story mentions them.
    pub mentions: usize,
    /// Index of the first sentence that names them.
    pub first: usize,
    /// Index of the last sentence that names them.
    pub last: usize,
}

impl Person {
    /// `Ukraine's President Volodymyr Zelenskyy`, `Sir Alex Ferguson`, `Mr
    /// Campbell`, or the name alone.
    pub fn display(&self) -> String {
        let rank = self
            .honorific
            .as_deref()
            .filter(|h| matches!(*h, "Sir" | "Dame" | "Lord" | "Lady"));
        match (&self.role, rank, self.honorific.as_deref()) {
            (Some(role), Some(rank), _) => format!("{role} {rank} {}", self.name),
            (Some(role), None, _) => format!("{role} {}", self.name),
            (None, Some(rank), _) => format!("{rank} {}", self.name),
            (None, None, Some(honorific)) if !self.name.contains(' ') => {
                format!("{honorific} {}", self.name)
            }
            _ => self.name.clone(),
        }
    }
}

/// The people of one story, with a way to tell that two mentions are one person.
#[derive(Debug, Clone, Default)]
pub struct People {
    people: Vec<Person>,
    /// For each word of a name, the people whose name holds it.
    by_word: HashMap<String, Vec<usize>>,
}

impl People {
    /// All people, in order of first mention.
    pub fn all(&self) -> &[Person] {
        &self.people
    }

    /// The person at `index`.
    pub fn get(&self, index: usize) -> &Person {
        &self.people[index]
    }

    /// The person a name refers to: the same name, or a known person whose
    /// name contains this one word for word (`Zelenskyy`).
    pub fn find(&self, name: &str) -> Option<usize> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let candidates = self.by_word.get(*words.first()?)?;
        let exact = candidates.iter().copied().find(|&i| {
            self.people[i]
                .name
                .split_whitespace()
                .eq(words.iter().copied())
        });
        exact.or_else(|| {
            candidates.iter().copied().find(|&i| {
                let theirs: Vec<&str> = self.people[i].name.split_whitespace().collect();
                theirs.windows(words.len()).any(|w| w == words.as_slice())
            })
        })
    }

    fn index(&mut self, person: usize) {
        for word in self.people[person].name.split_whitespace() {
            // Looked up before an owned key is made: most mentions are of
            // someone already indexed.
            match self.by_word.get_mut(word) {
                Some(entry) if !entry.contains(&person) => entry.push(person),
                Some(_) => {}
                None => {
                    self.by_word.insert(word.to_string(), vec![person]);
                }
            }
        }
    }

    /// The one person who holds `title`, if exactly one does.
    pub fn by_title(&self, title: &str) -> Option<usize> {
        let mut holders = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.title.as_deref() == Some(title));
        match (holders.next(), holders.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// Records a mention of `name` (with its role, when given) in sentence
    /// `sentence`, and returns the person.
    pub fn mention(
        &mut self,
        name: &str,
        role: Option<(&str, &str)>,
        sentence: usize,
    ) -> Option<usize> {
        // `Sir Alex Ferguson`: kept apart from the name, shown with it.
        let honorific = name
            .split_whitespace()
            .next()
            .filter(|w| is_honorific(w))
            .map(|w| w.trim_end_matches('.'));
        let name = clean_name(name)?;
        let index = match self.find(&name) {
            Some(i) => {
                let person = &mut self.people[i];
                if name.split_whitespace().count() > person.name.split_whitespace().count()
                    && name.contains(person.name.as_str())
                {
                    person.name = name;
                }
                i
            }
            None => {
                self.people.push(Person {
                    name,
                    first: sentence,
                    last: sentence,
                    ..Person::default()
                });
                self.people.len() - 1
            }
        };
        self.index(index);
        let person = &mut self.people[index];
        // Two patterns that find one name (`Ms Orla Brenn, 44,`) count once.
        if person.mentions == 0 || person.last != sentence {
            person.mentions += 1;
            person.last = sentence;
        }
        if let (Some(honorific), None) = (honorific, &person.honorific) {
            person.honorific = Some(honorific.to_string());
        }
        if let (Some((role, title)), None) = (role, &person.role) {
            person.role = Some(role.to_string());
            person.title = Some(title.to_string());
        }
        Some(index)
    }
}

/// A name without stray leading words (`The`, `Notably`); `None` when
/// nothing name-like is left.
fn clean_name(name: &str) -> Option<String> {
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    // `Amazon's Robin Terrell`: what comes before a name's owner is not
    // part of it.
    let leading = |w: &&str| is_not_name(w) || is_honorific(w);
    let mut words: Vec<&str> = name.split_whitespace().skip_while(leading).collect();
    if words.len() > 1 && possessive(words[0]) {
        words = words[1..].iter().copied().skip_while(leading).collect();
    }
    // `David Cameron's Big Society`: the name ends at its possessive.
    if let Some(owner) = words.iter().position(|w| possessive(w)) {
        words.truncate(owner + 1);
    }
    while words.last().is_some_and(|w| is_not_name(w)) {
        words.pop();
    }
    let name = words.join(" ");
    let name = without_possessive(&name);
    let is_title = TITLES.iter().any(|(t, _)| *t == name);
    (!name.is_empty() && !is_title && !is_not_name(name)).then(|| name.to_string())
}

fn canonical_title(title: &str) -> &'static str {
    TITLES
        .iter()
        .find(|(t, _)| *t == title)
        .map_or("", |(_, c)| c)
}

/// Finds the people of a story: named with a role, named as a speaker, or
/// named with an age.
pub fn people(sentences: &[&str]) -> People {
    let mut people = People::default();
    // Built on first need: most stories name everyone in full.
    let mut full: Option<HashMap<&str, &str>> = None;
    for (i, sentence) in sentences.iter().enumerate() {
        for caps in ROLE.captures_iter(gated(&TITLE_HINT, sentence)) {
            if let Some(name) = caps
                .name("name")
                .filter(|n| !names_an_organisation_after_a_title(n.as_str()))
            {
                let title = caps.name("title").expect("title group");
                let role = spaced(&sentence[words_before(sentence, title.start(), 3)..title.end()]);
                people.mention(
                    name.as_str(),
                    Some((&role, canonical_title(&caps["title"]))),
                    i,
                );
            }
        }
        // (Read from the matches: capturing costs more than finding.)
        for found in LOWER_ROLE.find_iter(sentence) {
            let (title, name) = lower_role(found.as_str());
            let name = owner(name);
            // A full name, or a person the story has named in full.
            let named = if name.contains(' ') {
                looks_like_person(name) && !is_place_or_organisation(name)
            } else {
                people.find(name).is_some()
            };
            if named {
                let at = found.start();
                let role = spaced(&sentence[role_start(sentence, at)..at + title.len()]);
                let bare = role == title && ROLES_NEEDING_A_QUALIFIER.contains(&title);
                let canonical = capitalised(title);
                // (`Chelsea boss Mourinho` after `Jose Mourinho`: one person.)
                people.mention(name, (!bare).then_some((&role, canonical.as_str())), i);
            }
        }
        for found in HONORIFIC_NAME.find_iter(sentence) {
            let (honorific, name) = found
                .as_str()
                .split_once(char::is_whitespace)
                .expect("an honorific, then a name");
            let honorific = honorific.trim_end_matches('.');
            let name = owner(name.trim_start());
            if !looks_like_surname(name) {
                continue;
            }
            // `Mr Campbell` is `Alastair Campbell` when the story names him
            // so; but a peer's name is his title's (`Lord Janner` is not
            // his son `Daniel Janner`), and `Sir Alex` is a first name.
            let by_surname = matches!(honorific, "Mr" | "Mrs" | "Ms" | "Dr");
            // `Lord Harlow` is not `Daniel Harlow`, `Sir Alex` not `Alex
            // Salmond`, `Mrs Blair` not `Mr Blair`: one word after an
            // honorific joins a known person only if the honorific is not
            // a rank, and is theirs or none yet.
            let known = (!name.contains(' '))
                .then(|| people.find(name))
                .flatten()
                .map(|p| people.get(p).honorific.as_deref());
            if let Some(theirs) = known
                && ((!by_surname && theirs != Some(honorific))
                    || theirs.is_some_and(|h| h != honorific))
            {
                continue;
            }
            let full = if name.contains(' ') || known.is_some() || !by_surname {
                name.to_string()
            } else {
                let names = full.get_or_insert_with(|| full_names(sentences));
                names
                    .get(name)
                    .map_or_else(|| name.to_string(), |first| format!("{first} {name}"))
            };
            people.mention(&format!("{honorific} {full}"), None, i);
        }
        for found in SPEAKER.find_iter(gated(&VERB_HINT, sentence)) {
            let speaker = speaker(found);
            // `Secretary of State Anna Blix said`: the name runs on from a
            // title the role pattern has read already.
            if sentence[..speaker.start].trim_end().ends_with(" of") {
                continue;
            }
            // `Critics in Caldera Bay said`: who spoke is in the place.
            let word_before = sentence[..speaker.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("");
            if speaker.before_verb && SPEAKERS_IN.contains(&word_before) {
                continue;
            }
            // `Mayor Edda Voskuil said`: the role pattern has the whole
            // name; `The Ukrainian President said` names a role only.
            let role = ROLE.captures(speaker.name);
            let name = match role
                .as_ref()
                .map(|c| (c.name("name"), c.get(0).map(|m| (m.start(), m.end()))))
            {
                Some((Some(n), _)) => n.as_str(),
                Some((None, Some((start, end)))) if end == speaker.name.len() => {
                    // `Mr King said`, `Mervyn King said`: a surname; the
                    // story's full name for it, when it gives one.
                    let title = &speaker.name[start..];
                    if !surname(title, &sentence[..speaker.start + start]) {
                        continue;
                    }
                    if start > 0
                        && !is_honorific(speaker.name[..start].trim().trim_end_matches('.'))
                    {
                        speaker.name
                    } else {
                        title
                    }
                }
                _ => speaker.name,
            };
            // One word (`Lindqvist said`, `Economists said`) names a person
            // only when the story also gives the full name.
            let full = if name.contains(' ') || people.find(name).is_some() {
                Some(name.to_string())
            } else {
                let names = full.get_or_insert_with(|| full_names(sentences));
                names.get(name).map(|first| format!("{first} {name}"))
            };
            if let Some(full) = full.filter(|n| !is_place_or_organisation(n)) {
                people.mention(&full, None, i);
            }
        }
        for caps in AGED.captures_iter(gated(&AGE_HINT, sentence)) {
            people.mention(&caps["name"], None, i);
        }
        for (name, role) in appositions(sentence) {
            let canonical = role.map(|(role, title)| (role, capitalised(title)));
            people.mention(
                name,
                canonical
                    .as_ref()
                    .map(|(role, title)| (role.as_str(), title.as_str())),
                i,
            );
        }
    }
    people
}

/// Words that end an apposition before any role: it is a clause (`Ann
/// Ray, who was …`, `Ann Ray, said to be …`), not a description.
const NOT_IN_APPOSITION: &[&str] = &[
    "who", "whose", "which", "that", "and", "but", "or", "with", "said", "says", "told", "is",
    "was", "were", "has", "had", "have", "will", "would", "when", "where", "while", "if", "as",
];

/// Words that may open an apposition, and are left out of the role.
const APPOSITION_OPENERS: [&str; 8] = ["the", "a", "an", "now", "its", "his", "her", "their"];

/// What may follow a role in apposition: the body or the occasion
/// (`chief executive of Acme`, `skipper for the night`). Anything else
/// (`the prime minister conceded`) makes the role a clause's subject.
const AFTER_APPOSITION_ROLE: [&str; 5] = ["of", "at", "for", "to", "in"];

/// People named with a role in apposition: `Trevor Beattie, TBWA's
/// boss,`, `Robbie Keane, skipper for the night, …`. A full name before a
/// comma, then at most three words and a lower-case role. The role is
/// shown (`TBWA's boss Trevor Beattie`) when the apposition ends with it,
/// not when more follows (`skipper for the night`); when another name
/// follows it (`Tony Blair, the Irish prime minister, Bertie Ahern,`) the
/// role is that name's, and neither is taken.
fn appositions(sentence: &str) -> Vec<(&str, Option<(String, &'static str)>)> {
    // (Banks advise deals: `Morgan Stanley, adviser to the board,`.)
    static NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        ROLE_NOUNS
            .iter()
            .filter(|n| !n.contains(' ') && !matches!(**n, "adviser" | "advisor"))
            .copied()
            .collect()
    });
    // (Built once: a finder costs more to build than most sentences to search.)
    static COMMA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b", "));
    let mut found = Vec::new();
    for at in COMMA.find_iter(sentence.as_bytes()) {
        let after = &sentence[at + 2..];
        let mut words = Vec::new();
        let mut role = None;
        let mut rest = after.split_whitespace();
        for word in rest.by_ref().take(4) {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            // A verb (`received best actress`) ends it too.
            let verb =
                (bare.ends_with("ed") || bare.ends_with("ing")) && !ROLE_MODIFIERS.contains(&bare);
            if NOT_IN_APPOSITION.contains(&bare) || verb || bare.contains(['"', '“', '”', '(', ')'])
            {
                break;
            }
            if let Some(&title) = NOUNS.get(bare) {
                role = Some((word, title));
                break;
            }
            if bare.len() != word.len() {
                break; // the apposition ended before any role
            }
            words.push(word);
        }
        let Some((word, title)) = role else {
            continue;
        };
        let punctuated = word.len() > title.len();
        let next = rest.next();
        if !punctuated && !next.is_none_or(|next| AFTER_APPOSITION_ROLE.contains(&next)) {
            continue;
        }
        // `Tony Blair, the Irish prime minister, Bertie Ahern, said`, `In
        // Los Angeles, the mayor, Karen Bass,`: the role is the next name's.
        if punctuated && next.is_some_and(|w| w.starts_with(char::is_uppercase)) {
            continue;
        }
        let Some(name) = name_before(sentence, at) else {
            continue;
        };
        // The role is shown when the apposition ends with it.
        let shown = (punctuated || next.is_none()).then(|| {
            let words: Vec<&str> = words
                .into_iter()
                .skip_while(|w| APPOSITION_OPENERS.contains(w))
                .chain([title])
                .collect();
            (words.join(" "), title)
        });
        found.push((name, shown));
    }
    found
}

/// The full name that ends at `at`: two or three name words (an honorific
/// before them kept), with no capitalised word before them that would
/// make it a longer name.
fn name_before(sentence: &str, at: usize) -> Option<&str> {
    let head = &sentence[..at];
    let mut start = at;
    let mut words = 0;
    while words < 3 {
        let Some(end) = word_end_before(sentence, start).or((start == at).then_some(at)) else {
            break;
        };
        let word = head[..end].rsplit(char::is_whitespace).next().unwrap_or("");
        let letters = word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c));
        if word.is_empty() || !letters || !name_word(word) {
            break;
        }
        start = end - word.len();
        words += 1;
    }
    if words < 2 {
        return None;
    }
    if let Some(end) = word_end_before(sentence, start) {
        let word = head[..end].rsplit(char::is_whitespace).next().unwrap_or("");
        if is_honorific(word) {
            start = end - word.len();
        } else if word.starts_with(char::is_uppercase) && !is_not_name(word) {
            return None; // `Manchester United Football Club`, `Real Madrid`'s end
        }
    }
    let name = &sentence[start..at];
    let plain = name
        .split_whitespace()
        .skip_while(|w| is_honorific(w))
        .collect::<Vec<_>>()
        .join(" ");
    (looks_like_person(&plain) && !is_place_or_organisation(&plain)).then_some(name)
}

/// `Chief Executive` for `chief executive`: the canonical form of a
/// lower-case role.
fn capitalised(role: &str) -> String {
    role.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether what follows an honorific reads as a surname or a full name:
/// capitalised words that are no title, organisation or common word (`Mr
/// Speaker` and `Lord Chancellor` name an office).
fn looks_like_surname(name: &str) -> bool {
    !name.is_empty()
        && name
            .split(' ')
            .all(|w| capitalised_word(w) && !is_not_name(w) && w.chars().any(char::is_lowercase))
        && !is_place_or_organisation(name)
}

/// For each word that follows a capitalised first name somewhere in the
/// story, the first such full name: `Lindqvist` → `Saskia Lindqvist`. Built
/// once per story, so resolving a surname costs a lookup. A common word
/// that begins a sentence is no first name (`Again Roddick`; but `Will
/// Davies`).
fn full_names<'a>(sentences: &[&'a str]) -> HashMap<&'a str, &'a str> {
    let mut names: HashMap<&'a str, &'a str> = HashMap::new();
    for s in sentences {
        let words: Vec<&str> = s.split_whitespace().collect();
        for (at, pair) in words.windows(2).enumerate() {
            let (first, last) = (
                pair[0],
                pair[1].trim_end_matches(|c: char| !c.is_alphabetic()),
            );
            let capitalised = first.chars().next().is_some_and(char::is_uppercase)
                && first
                    .chars()
                    .all(|c| c.is_alphabetic() || "'’-".contains(c))
                && last.chars().next().is_some_and(char::is_uppercase);
            // Not `Labour's Campbell`, `Mr Campbell`.
            let plain = !is_not_name(first)
                && !is_honorific(first)
                && !TITLES.iter().any(|(t, _)| *t == first)
                && !first.ends_with("'s")
                && !first.ends_with("’s")
                && (at > 0 || !super::is_stopword(&first.to_lowercase()));
            if capitalised && plain {
                names.entry(last).or_insert(first);
            }
        }
    }
    names
}

/// Whether a capitalised phrase reads as a person's full name: two to four
/// capitalised words, none a title, an organisation word or a stop word.
pub fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    // Not `BBC Radio`, `Cambridge-based Ubisense`.
    let plain = |w: &str| {
        capitalised_word(w)
            && w.chars().any(char::is_lowercase)
            && !w
                .split('-')
                .skip(1)
                .any(|part| NOT_NAME_SUFFIXES.contains(&part))
    };
    // A month is a name beside a name: `Theresa May`, `Jan Egeland`.
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| plain(w) && (!is_not_name(w) || MONTHS.contains(w)))
        && words.iter().any(|w| !is_not_name(w))
}

/// What after a hyphen makes a word a description, not a name
/// (`Cambridge-based`, `Oscar-nominated`; but `Kim Jong-un` is a name).
const NOT_NAME_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "led",
    "backed",
    "owned",
    "nominated",
    "winning",
    "funded",
    "run",
    "made",
];

/// Honorifics, which stand before a name but are no part of it.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Gov", "Capt", "Gen",
    "Col", "Sen", "Rep",
];

/// Whether a word can be part of a person's name: capitalised, and not a
/// title, an honorific, a possessive, an organisation's word or a common
/// word (`The`, `However`).
pub fn name_word(word: &str) -> bool {
    capitalised_word(word) && !is_not_name(word) && !is_honorific(word)
}

/// Whether a word is an honorific (`Mr`, `Mr.`, `Sir`).
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.trim_end_matches('.'))
}

/// A capitalised word that is not a possessive (`Iran's`), an
/// organisation's word or a title: what every word of a name is.
fn capitalised_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && !ORGANISATION_WORDS.contains(&word)
        && !TITLES.iter().any(|(t, _)| *t == word)
}

/// Months and their abbreviations, which are also people's names.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// An organisation's name from the capitalised words around an
/// organisation word: without the words that are no name at its ends
/// (`But`, `The`) unless they are organisation words (`Thames Valley
/// Police`), and ending before a title that follows it (`European
/// Commission President Jose Barroso`; but `Association of Chief Police
/// Officers`, where the title word names no person).
fn clean_organisation(phrase: &str) -> Option<String> {
    // The first words of titles, and of ranks that name no role alone.
    static TITLE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        TITLES
            .iter()
            .filter_map(|(t, _)| t.split_whitespace().next())
            .chain([
                "Managing",
                "Assistant",
                "Detective",
                "Sergeant",
                "Commander",
                "Constable",
                "Acting",
            ])
            .collect()
    });
    let organisation_word = |w: &str| ORGANISATION_WORDS.contains(&w);
    let all: Vec<&str> = phrase.split_whitespace().collect();
    let mut end = all.len();
    let mut named = false;
    for (i, word) in all.iter().enumerate() {
        let next = all.get(i + 1).copied();
        let title = TITLE_WORDS.contains(word) || (*word == "Press" && next == Some("Secretary"));
        // `Office of the Deputy Prime Minister`: a title after `of` is the
        // name's, to its end.
        if title && i > 0 && matches!(all[i - 1], "of" | "the") {
            break;
        }
        // `Ministry of Home Affairs Secretary`, `Audit Committee Chairman
        // Ana Ruiz`; but `Association of Chief Police Officers`.
        let ends = match next {
            Some(next) => !organisation_word(next),
            // `Court of Human Justice`: a title that ends the phrase cuts
            // it only when it names a role.
            None => matches!(
                *word,
                "Secretary"
                    | "Chairman"
                    | "Chairwoman"
                    | "Director"
                    | "Commissioner"
                    | "Spokesman"
                    | "Spokeswoman"
                    | "Spokesperson"
                    | "Manager"
                    | "Coach"
                    | "Captain"
            ),
        };
        if named && title && ends {
            end = i;
            break;
        }
        named |= organisation_word(word);
    }
    let mut words = &all[..end];
    while let Some((first, rest)) = words.split_first() {
        // `the FDA's Office of Drug Safety`, `Hamas-run Health Ministry`:
        // whose it is, or who runs it, is no part of its name (when a name
        // of two words is left). An owner in capitals only: `Lloyd's
        // Banking Group` and `Queen's University` are names.
        let stem = without_possessive(first);
        let owner = (stem.len() < first.len()
            && stem.len() >= 2
            && stem.chars().all(|c| c.is_ascii_uppercase()))
            || ["-run", "-led", "-backed", "-based", "-owned"]
                .iter()
                .any(|s| first.ends_with(s));
        // `Police Scotland`: an organisation word is a name's first word,
        // unless a person's name follows (`Superintendent of Police
        // Santosh Rawat`).
        let kept =
            organisation_word(first) && !rest.is_empty() && !looks_like_person(&rest.join(" "));
        if kept || !(is_not_name(first) || owner && rest.len() >= 2) {
            break;
        }
        words = rest;
    }
    while let Some((last, rest)) = words.split_last() {
        if !is_not_name(last) || organisation_word(last) {
            break;
        }
        words = rest;
    }
    let name = words.join(" ");
    let name = without_possessive(&name);
    (!name.is_empty()).then(|| name.to_string())
}

/// Organisation words of public bodies, whose names may join two words
/// with `and` (`Avon and Somerset Police`, `Nursing and Midwifery
/// Council`); before a company's word, `and` joins two companies
/// (`Hitachi and Matsushita Electric`).
const JOINED_BODIES: &[&str] = &[
    "Police",
    "Council",
    "Union",
    "Office",
    "Board",
    "Organisation",
    "Organization",
    "Corporation",
    "Club",
    "Service",
    "Commission",
    "Committee",
    "Association",
    "Federation",
    "Authority",
    "Department",
    "Ministry",
    "Institute",
    "School",
    "College",
    "University",
    "Hospital",
    "Foundation",
    "Agency",
];

/// Organisation words that are also surnames: `Judge Sarah Mills`.
const SURNAME_ORGANISATION_WORDS: &[&str] = &["Mills", "Steel", "Court"];

/// Whether a name after a title (`Judge Sarah Mills`) holds an
/// organisation word that is not its surname: after a title, a name's last
/// word may be one of [`SURNAME_ORGANISATION_WORDS`] (without a title,
/// `Tata Steel said` is a company).
fn names_an_organisation_after_a_title(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        ORGANISATION_WORDS.contains(w)
            && !(i > 0 && i + 1 == words.len() && SURNAME_ORGANISATION_WORDS.contains(w))
    })
}

fn is_place_or_organisation(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| ORGANISATION_WORDS.contains(&w))
}

/// Extracts the facts of a story from its sentences, with the people and
/// the [`figures`] found.
pub fn extract(sentences: &[&str], people: &People, figures: &[(usize, String)]) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    let mut seen: HashMap<(FactKind, String), ()> = HashMap::new();
    let mut push = |facts: &mut Vec<Fact>, kind: FactKind, text: String, sentence: &str| {
        let key = (kind, text.to_lowercase());
        if seen.insert(key, ()).is_none() {
            facts.push(Fact {
                kind,
                text,
                sentence: sentence.to_string(),
                name: None,
            });
        }
    };
    let mut figures = figures.iter().peekable();
    for (i, sentence) in sentences.iter().enumerate() {
        while let Some((_, text)) = figures.next_if(|(at, _)| *at == i) {
            push(&mut facts, FactKind::Figure, text.clone(), sentence);
        }
        if !has_digit(sentence) {
            continue;
        }
        // `in 2019 dollars` is a year, not an amount.
        for m in MONEY
            .find_iter(gated(&MONEY_HINT, sentence))
            .filter(|m| !m.as_str().split_whitespace().next().is_some_and(is_year))
        {
            push(
                &mut facts,
                FactKind::Money,
                m.as_str().trim().to_string(),
                sentence,
            );
        }
        for m in DATE.find_iter(sentence) {
            push(&mut facts, FactKind::Date, m.as_str().to_string(), sentence);
        }
    }
    let mut named: Vec<&Person> = people.all().iter().collect();
    named.sort_by_key(|p| (std::cmp::Reverse(p.mentions), p.first));
    // `Dr Pepper`, `Mr Nasty`: an honorific and one word, once, may be a
    // drink or a nickname.
    named.retain(|p| p.mentions > 1 || p.honorific.is_none() || p.name.contains(' '));
    for person in named.into_iter().take(MAX_PEOPLE) {
        let before = facts.len();
        push(
            &mut facts,
            FactKind::Person,
            person.display(),
            sentences[person.first],
        );
        if facts.len() > before {
            facts[before].name = Some(person.name.clone());
        }
    }
    for (kind, text, first) in places_and_organisations(sentences, people) {
        push(&mut facts, kind, text, sentences[first]);
    }
    facts
}

/// Most people listed.
const MAX_PEOPLE: usize = 5;
/// Most places, and most organisations, listed.
const MAX_PLACES: usize = 5;

/// Places (after a place cue) and organisations (capitalised phrases with an
/// organisation word), most mentioned first; never a person's name.
fn places_and_organisations(sentences: &[&str], people: &People) -> Vec<(FactKind, String, usize)> {
    let mut counts: HashMap<(FactKind, String), (usize, usize)> = HashMap::new();
    let mut strong_cues: HashSet<String> = HashSet::new();
    let person_words: HashSet<&str> = people
        .all()
        .iter()
        .flat_map(|p| p.name.split_whitespace())
        .collect();
    let is_person = |name: &str| {
        person_words.contains(name) || people.all().iter().any(|p| name.ends_with(&p.name))
    };
    for (i, sentence) in sentences.iter().enumerate() {
        for (found, end, strong) in place_cues(sentence) {
            let Some(name) = clean_name(found) else {
                continue;
            };
            let thing = name
                .split_whitespace()
                .any(|w| NOT_PLACE_WORDS.contains(&w) || TITLES.iter().any(|(t, _)| *t == w))
                || name.contains("'s ")
                || name.contains("’s ")
                || !name.ends_with(|c: char| c.is_alphabetic());
            // `the Russian strike`: a demonym before a noun is not a place.
            let next_is_lower = sentence[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            let demonym = !name.contains(' ')
                && ["ian", "ean", "ese", "ish", "ean"]
                    .iter()
                    .any(|s| name.ends_with(s));
            if demonym && next_is_lower {
                continue;
            }
            if thing
                || no_place(&name)
                || is_person(&name)
                || is_place_or_organisation(&name)
                || TITLES.iter().any(|(t, _)| name.ends_with(t))
            {
                continue;
            }
            if strong {
                strong_cues.insert(name.clone());
            }
            let entry = counts.entry((FactKind::Place, name)).or_insert((0, i));
            entry.0 += 1;
        }
        // Each organisation word with the capitalised words around it; two
        // words of one name (`Island Def Jam Music Group`) make one span.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (at, word) in organisation_words(sentence) {
            let start = words_joined_before(sentence, at, 4, JOINED_BODIES.contains(&word));
            let after = at + word.len();
            // `Member of Parliament for Sheffield`: a seat, no part of it.
            let seat = matches!(word, "Parliament" | "Assembly")
                && sentence[after..].trim_start().starts_with("for ");
            let end = after
                + ORGANISATION_TAIL
                    .find(&sentence[after..])
                    .filter(|_| !seat)
                    .map_or(0, |t| t.end());
            match spans.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => spans.push((start, end)),
            }
        }
        for (start, end) in spans {
            let Some(mut name) = clean_organisation(sentence[start..end].trim()) else {
                continue;
            };
            // `Premier League Jurgen Klopp`: a person named after the
            // organisation is no part of it.
            if let Some(person) = people.all().iter().find(|p| {
                name.len() > p.name.len()
                    && name.ends_with(p.name.as_str())
                    && name.as_bytes()[name.len() - p.name.len() - 1] == b' '
            }) {
                name.truncate(name.len() - person.name.len() - 1);
            }
            // `Superintendent of Police Santosh Singh`: the words left once
            // `Police` goes are a person's, no organisation.
            // `World Health Organization Report`: the body is the name
            // without the thing it made; `Police Bill`, `League Cup` and
            // `Norwich Union Grand Prix` are a law and events, no body.
            let mut law = false;
            if let Some((rest, last)) = name.rsplit_once(' ')
                && NOT_PLACE_WORDS.contains(&last)
            {
                let body = rest
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| ORGANISATION_WORDS.contains(&w) && w != "Prix");
                law = !body;
                if body {
                    name.truncate(rest.len());
                }
            }
            if name.split_whitespace().count() < 2
                || !is_place_or_organisation(&name)
                || is_person(&name)
                || law
            {
                continue;
            }
            let entry = counts
                .entry((FactKind::Organisation, name))
                .or_insert((0, i));
            entry.0 += 1;
        }
    }
    let mut found: Vec<((FactKind, String), (usize, usize))> = counts
        .into_iter()
        .filter(|((kind, name), (n, _))| {
            *kind != FactKind::Place || *n >= 2 || strong_cues.contains(name)
        })
        .collect();
    found.sort_by(|a, b| {
        a.0.0
            .cmp(&b.0.0)
            .then(b.1.0.cmp(&a.1.0))
            .then(a.1.1.cmp(&b.1.1))
            .then(a.0.1.cmp(&b.0.1))
    });
    let mut per_kind: HashMap<FactKind, usize> = HashMap::new();
    found
        .into_iter()
        .filter(|((kind, _), _)| {
            let n = per_kind.entry(*kind).or_default();
            *n += 1;
            *n <= MAX_PLACES
        })
        .map(|((kind, text), (_, first))| (kind, text, first))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts_of(text: &str) -> Vec<(FactKind, String)> {
        let sentences = crate::text::sentences(text);
        let people = people(&sentences);
        extract(
            &sentences,
            &people,
            &super::super::figures::figures(&sentences),
        )
        .into_iter()
        .map(|f| (f.kind, f.text))
        .collect()
    }

    /// The texts of the facts of one kind, in order.
    fn of_kind(facts: &[(FactKind, String)], kind: FactKind) -> Vec<String> {
        facts
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, t)| t.clone())
            .collect()
    }

    fn has(facts: &[(FactKind, String)], kind: FactKind, text: &str) -> bool {
        facts.iter().any(|(k, t)| *k == kind && t == text)
    }

    #[test]
    fn years_and_hyphenated_numbers_count_nothing_and_companies_are_not_people_or_places() {
        let facts = facts_of(
            "Covid-19 deaths have fallen. The drought of 2022 affected crops. Engineers at Nordbank and shares in Oceanic rose. \
             General Motors said profits rose. Secretary of State Anna Blix said talks would resume. \
             Police found Ms Orla Brenn, 44, dead in her car.",
        );
        assert!(
            !facts.iter().any(|(k, _)| *k == FactKind::Figure),
            "{facts:?}"
        );
        assert!(
            !facts.iter().any(|(k, _)| *k == FactKind::Place),
            "{facts:?}"
        );
        let people = of_kind(&facts, FactKind::Person);
        assert_eq!(
            people,
            ["Secretary of State Anna Blix", "Orla Brenn"],
            "{facts:?}"
        );
    }

    #[test]
    fn speakers_in_a_place_make_the_place_no_person() {
        let facts = facts_of(
            "Critics in Caldera Bay said the vote was rushed. Residents of Caldera Bay protested. \
             Farmers near Mossgiel said the water was gone. A letter from Marta Lindqvist said she would stay.",
        );
        let people = of_kind(&facts, FactKind::Person);
        assert_eq!(people, ["Marta Lindqvist"], "{facts:?}");
    }

    #[test]
    fn chambers_clubs_companies_and_events_are_no_places() {
        let facts = facts_of(
            "The bill was defeated in the Lords. The vote in the House went late. \
             Shares in BT fell in London. Fans in Manchester United shirts travelled to Paris. \
             Players in the Six Nations trained in Cardiff. Troops in the US and the UK waited in Kabul. \
             Peers in the Lords and members in the House met in London, Paris and Cardiff. \
             Staff in BT and players in the Six Nations flew from the US and the UK to Kabul.",
        );
        let places = of_kind(&facts, FactKind::Place);
        assert!(places.iter().any(|p| p == "London"), "{places:?}");
        for thing in ["Lords", "House", "BT", "Six Nations"] {
            assert!(!places.iter().any(|p| p == thing), "{thing}: {places:?}");
        }
    }

    #[test]
    fn honorifics_possessives_and_titles_are_no_part_of_a_name() {
        for word in ["Tomas", "Jong-un", "O'Neill"] {
            assert!(name_word(word), "{word}");
        }
        for word in ["Mr.", "Mr", "Sir", "Ukraine's", "President", "The", "tomas"] {
            assert!(!name_word(word), "{word}");
        }
        assert!(looks_like_person("Kim Jong-un"));
        assert!(!looks_like_person("Cambridge-based Ubisense"));
        assert!(!looks_like_person("Iran's Alborz"));
        assert!(!looks_like_person("BBC Radio"));
        assert!(looks_like_person("Theresa May"));
        assert!(!looks_like_person("In May"));
    }

    #[test]
    fn money_and_dates() {
        let facts = facts_of(
            "Parliament approved $2.4 billion on February 24, 2022, and €310 million on 3 September. Rs 500 crore was set aside. \
             The deal is worth 1.2bn euros, or 30 pence a share. The project will cost Rs 7-10 crore, and the port ₹3610.30 crore.",
        );
        assert!(
            !facts_of("Wales won the 2020 Euros qualifier. Costs in 2019 dollars rose.")
                .iter()
                .any(|(k, _)| *k == FactKind::Money),
            "a year is no amount"
        );
        for (kind, text) in [
            (FactKind::Money, "$2.4 billion"),
            (FactKind::Money, "€310 million"),
            (FactKind::Money, "Rs 500 crore"),
            (FactKind::Money, "1.2bn euros"),
            (FactKind::Money, "30 pence"),
            (FactKind::Money, "Rs 7-10 crore"),
            (FactKind::Money, "₹3610.30 crore"),
            (FactKind::Date, "February 24, 2022"),
            (FactKind::Date, "3 September"),
        ] {
            assert!(has(&facts, kind, text), "missing {text:?} in {facts:?}");
        }
    }

    #[test]
    fn one_person_named_three_ways_is_one_person() {
        let text = "Ukraine's President Volodymyr Zelenskyy spoke with Canadian Prime Minister Justin Trudeau. \
                    Zelenskyy said the call went well. The Ukrainian President also stressed the deal. \
                    Trudeau said Canada would help.";
        let sentences = crate::text::sentences(text);
        let people = people(&sentences);
        let names: Vec<String> = people.all().iter().map(Person::display).collect();
        assert_eq!(
            names,
            [
                "Ukraine's President Volodymyr Zelenskyy",
                "Canadian Prime Minister Justin Trudeau"
            ]
        );
        assert_eq!(people.by_title("President"), Some(0));
        assert_eq!(people.find("Zelenskyy"), Some(0));
    }

    #[test]
    fn places_and_organisations_without_stop_words() {
        let facts = facts_of(
            "However, the strike on the Ukrainian city of Poltava shocked Ukraine's President Ivan Petrenko. \
             The Veloria Meteorological Office said rain fell in Sallow Ford. Roads near Sallow Ford closed. \
             The Prime Minister of Canada called.",
        );
        assert!(has(&facts, FactKind::Place, "Poltava"), "{facts:?}");
        assert!(has(&facts, FactKind::Place, "Ukraine"), "{facts:?}");
        assert!(has(&facts, FactKind::Place, "Sallow Ford"), "{facts:?}");
        assert!(has(&facts, FactKind::Place, "Canada"), "{facts:?}");
        assert!(
            has(
                &facts,
                FactKind::Organisation,
                "Veloria Meteorological Office"
            ),
            "{facts:?}"
        );
        assert!(
            !facts.iter().any(|(_, t)| t == "However" || t == "The"),
            "{facts:?}"
        );
        let facts = facts_of(
            "Damage in the Russian strike was severe. They discussed the Peace Formula point Release of Prisoners and Deportees.",
        );
        assert!(
            !facts.iter().any(|(k, _)| *k == FactKind::Place),
            "{facts:?}"
        );
    }

    #[test]
    fn a_title_that_is_a_surname_names_a_person() {
        let people = |text: &str| -> Vec<String> {
            let sentences = crate::text::sentences(text);
            people(&sentences)
                .all()
                .iter()
                .map(|p| p.name.clone())
                .collect()
        };
        assert_eq!(
            people(
                "Rates stay, Tobias King told the bank's board. Mr King said inflation was low."
            ),
            ["Tobias King"]
        );
        assert_eq!(
            people("Rates stay at the bank. Mr King said inflation was low, Harald Prince said."),
            ["Harald Prince"]
        );
        assert_eq!(
            people("The Veloran President said talks would go on. King said little."),
            Vec::<String>::new()
        );
        // An organisation word as the surname after a title, but not as a
        // company's name.
        let facts = facts_of(
            "Judge Sarah Mills told the court the case would wait. Tata Steel said jobs would go.",
        );
        assert!(
            has(&facts, FactKind::Person, "Judge Sarah Mills"),
            "{facts:?}"
        );
        assert!(
            has(&facts, FactKind::Organisation, "Tata Steel"),
            "{facts:?}"
        );
        assert_eq!(facts.len(), 2, "{facts:?}");
    }

    #[test]
    fn people_are_found_by_a_lower_case_role_or_an_honorific() {
        let people_of = |text: &str| of_kind(&facts_of(text), FactKind::Person);
        // A role in lower case, with what qualifies it, and a later
        // `Mrs`: one person, shown with the role.
        assert_eq!(
            people_of(
                "Opposition leader Marta Kovac criticised the budget. Mrs Kovac said it would fail."
            ),
            ["Opposition leader Marta Kovac"]
        );
        assert_eq!(
            people_of("The row began when media chief Tomas Eriksen sent an e-mail."),
            ["media chief Tomas Eriksen"]
        );
        assert_eq!(
            people_of("Harbour Authority chief executive Ines Varga met the unions on Monday."),
            ["Harbour Authority chief executive Ines Varga"]
        );
        // A body's name that runs through `of`.
        assert_eq!(
            people_of("Bank of Solmar deputy governor Lena Brandt spoke first."),
            ["Bank of Solmar deputy governor Lena Brandt"]
        );
        // `chief` alone says nothing: the name without it.
        assert_eq!(
            people_of("The plan was drawn up by chief Pavel Dorn."),
            ["Pavel Dorn"]
        );
        // A knighthood stays with the name; `Sir Rowan` is the same man.
        assert_eq!(
            people_of(
                "Estrava Rovers manager Sir Rowan Hale was sent off. Sir Rowan said nothing after."
            ),
            ["Estrava Rovers manager Sir Rowan Hale"]
        );
        // Only an honorific and a surname, twice: that is how the person is shown.
        assert_eq!(
            people_of("Mr Okafor resigned on Friday. The party thanked Mr Okafor for his work."),
            ["Mr Okafor"]
        );
        // `Mr Campbell` is the story's `Alastair Campbell`; a peer is not
        // his son who shares his surname.
        assert_eq!(
            people_of(
                "Former adviser Alastair Campbell wrote the e-mail. Mr Campbell later apologised."
            ),
            ["Former adviser Alastair Campbell"]
        );
        assert_eq!(
            people_of(
                "Lord Harlow died at home. Daniel Harlow said he was proud. Lord Harlow was 87."
            ),
            ["Lord Harlow", "Daniel Harlow"]
        );
        // A name's owner and what it owns are no part of it.
        assert_eq!(
            people_of("Amazon's Robin Terrell said sales had doubled."),
            ["Robin Terrell"]
        );
        assert_eq!(
            people_of("Prime Minister Anna Blix's Big Society plan was dropped."),
            ["Prime Minister Anna Blix"]
        );
        // A peer, a knight or a wife is no namesake (after the namesake,
        // the peer is not told apart, and goes unlisted rather than merged).
        assert_eq!(
            people_of(
                "Daniel Harlow said his father was proud. Lord Harlow died at home. Lord Harlow was a peer."
            ),
            ["Daniel Harlow"]
        );
        assert_eq!(
            people_of(
                "Mr Obuya said the vote was lost. Mrs Obuya said nothing. Mrs Obuya left. Mr Obuya stayed."
            ),
            ["Mr Obuya"]
        );
        // A name that ends in a letter beyond ASCII, and a possessive.
        assert_eq!(
            people_of("Estrava striker Luka Modrić scored twice. Modrić said he was pleased."),
            ["Estrava striker Luka Modrić"]
        );
        assert_eq!(
            people_of("Tory leader Michael Howard's plan was attacked."),
            ["Tory leader Michael Howard"]
        );
        assert_eq!(
            people_of("Estrava manager Sir Rowan Hale's Estrava Rovers lost again."),
            ["Estrava manager Sir Rowan Hale"]
        );
        // A no-break space is a space, and is shown as one.
        assert_eq!(
            people_of("The row began when media\u{a0}chief Tomas Eriksen sent an e-mail."),
            ["media chief Tomas Eriksen"]
        );
        // A role in apposition: shown when the apposition ends with it.
        assert_eq!(
            people_of(
                "The e-mail was meant for Trevor Beattie, TBWA's boss, who declined to comment."
            ),
            ["TBWA's boss Trevor Beattie"]
        );
        assert_eq!(
            people_of(
                "Robbie Keane, skipper for the night, echoed his manager. \"We are not afraid,\" he said."
            ),
            ["Robbie Keane"]
        );
        // A role between two names is the second's, and a bank advises.
        assert!(
            people_of(
                "After talks with Anna Blix, the Veloran prime minister, Tomas Brandt, said little."
            )
            .is_empty()
        );
        assert!(people_of("In Port Amsel, the mayor, Edda Voskuil, said no.").is_empty());
        assert!(people_of("Morgan Stanley, adviser to the board, declined to comment.").is_empty());
        assert_eq!(
            people_of("Yesterday Ann Ray, TBWA's boss, resigned."),
            ["TBWA's boss Ann Ray"]
        );
        // Not an apposition: a clause after a place or a title, a verb.
        assert!(
            people_of(
                "In an interview with the Daily Telegraph, the prime minister conceded the point."
            )
            .is_empty()
        );
        assert!(
            people_of(
                "The film was directed by Jean-Pierre Jeunet, received best actress honours."
            )
            .is_empty()
        );
        // A company after a role is no person, and is an organisation.
        let facts = facts_of(
            "The fund manager Bridgewater Associates sold its stake, and Warner Bros bought it.",
        );
        assert!(
            !facts.iter().any(|(k, _)| *k == FactKind::Person),
            "{facts:?}"
        );
        assert!(
            has(&facts, FactKind::Organisation, "Bridgewater Associates"),
            "{facts:?}"
        );
        assert!(
            has(&facts, FactKind::Organisation, "Warner Bros"),
            "{facts:?}"
        );
        // Not people: a drink, a country after a role, a sentence's first
        // word before a surname.
        assert!(people_of("Dr Pepper sales rose by a tenth in the spring.").is_empty());
        assert!(people_of("Defending champion Brazil won again in the rain.").is_empty());
        assert_eq!(
            people_of("Martina Vos won the final. Again Vos served well, Mr Vos said."),
            ["Martina Vos"]
        );
    }

    #[test]
    fn random_text_never_breaks_organisations_or_people() {
        const WORDS: &[&str] = &[
            "The",
            "Police",
            "Ministry",
            "of",
            "the",
            "Deputy",
            "Prime",
            "Minister",
            "Group",
            "Music",
            "Iraq's",
            "FDA's",
            "Kestrel-run",
            "Women's",
            "Chairman",
            "Secretary",
            "Press",
            "Mr",
            "King",
            "Mervyn",
            "said",
            "Judge",
            "Ünal",
            "Çelik",
            "é",
            "—",
            ",",
            ".",
            "Bank",
            "England's",
            "Council",
            "Chief",
            "Executive",
            "Dana",
            "leader",
            "chief",
            "executive",
            "former",
            "media",
            "Sir",
            "Lord",
            "Mrs",
            "Modrić",
            "Vučić's",
            "a",
            "who",
            "for",
            ", ",
            "’s",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\u{2009}", ""];
        for text in crate::summarize::random_texts(WORDS, SPACES, 11, 5_000, 20) {
            let sentences = crate::text::sentences(&text);
            let people = people(&sentences);
            let facts = extract(&sentences, &people, &[]);
            assert!(facts.iter().all(|f| !f.text.is_empty()), "{text:?}");
        }
    }

    #[test]
    fn organisations_are_named_whole() {
        let organisations = |text: &str| of_kind(&facts_of(text), FactKind::Organisation);
        for (text, expected) in [
            // Two organisation words of one name make one organisation.
            (
                "Mara Quist, chairman of The Harbour Lane Music Group, said sales rose.",
                &["Harbour Lane Music Group"][..],
            ),
            // `Police` is a name's last word, though no name on its own.
            (
                "Detective Inspector Ola Venn of Westmoor Valley Police said the house was empty.",
                &["Westmoor Valley Police"][..],
            ),
            // A title and a person after the name are no part of it.
            (
                "Kestrel Refugee Council Chief Executive Dana Morrow called the plan dangerous.",
                &["Kestrel Refugee Council"][..],
            ),
            (
                "The ruling came from Alder County Superior Court Judge Pim Hollis on Friday.",
                &["Alder County Superior Court"][..],
            ),
            // Two places joined by `and`, a name that begins with its
            // organisation word, a body named for what it does.
            (
                "Avon and Somerset Police said the walker was found on Sunday.",
                &["Avon and Somerset Police"][..],
            ),
            (
                "Police Scotland confirmed that officers had joined the search.",
                &["Police Scotland"][..],
            ),
            (
                "The Department for Work and Pensions said payments would rise.",
                &["Department for Work and Pensions"][..],
            ),
            (
                "Analysts at the Bank of England and Barclays said rates would stay.",
                &["Bank of England"][..],
            ),
            (
                "Tony Blair and Labour Party officials met on Monday.",
                &["Labour Party"][..],
            ),
            (
                "Shares in Halvard and Ostmark Electric rose.",
                &["Ostmark Electric"][..],
            ),
            (
                "Loans from the IMF and World Bank were delayed.",
                &["World Bank"][..],
            ),
            (
                "The Department for Culture, Media and Sport and the Institute for the Study of Conflict agreed.",
                &[
                    "Department for Culture, Media and Sport",
                    "Institute for the Study of Conflict",
                ][..],
            ),
            (
                "Rana Holt, Member of Parliament for Kestrel Bay, backed the Police Bill.",
                &[][..],
            ),
            (
                "The Velmora Health Organisation Report came out as 30,000 jobs went at the Department for Work and Pensions, 30,000 of them.",
                &[
                    "Department for Work and Pensions",
                    "Velmora Health Organisation",
                ][..],
            ),
            // A title after `of` is the name's.
            (
                "Prices dipped, the Office of the Deputy Prime Minister said.",
                &["Office of the Deputy Prime Minister"][..],
            ),
            (
                "The Association of Chief Police Officers said the power was weak.",
                &["Association of Chief Police Officers"][..],
            ),
            (
                "Velmora Ministry of Home Affairs Secretary Arun Pell said the order stood.",
                &["Velmora Ministry of Home Affairs"][..],
            ),
            (
                "Harbour Rail Authority Press Secretary Karin Dale said the line was shut.",
                &["Harbour Rail Authority"][..],
            ),
            // Whose it is is no part of its name; a namesake is.
            (
                "The FDA's Office of Drug Safety said the toll had risen.",
                &["Office of Drug Safety"][..],
            ),
            (
                "Shares in Pellow's Banking Group fell.",
                &["Pellow's Banking Group"][..],
            ),
            (
                "The Kestrel-run Health Ministry said the toll had risen.",
                &["Health Ministry"][..],
            ),
            (
                "The Women's Tennis Association cleared her of any offence.",
                &["Women's Tennis Association"][..],
            ),
            // A person after `Police` is no organisation.
            (
                "The man was arrested, Bilaspur Superintendent of Police Santosh Rawat said.",
                &[][..],
            ),
        ] {
            assert_eq!(organisations(text), expected, "{text:?}");
        }
    }

    #[test]
    fn place_cues_match_like_the_pattern_they_replace() {
        let cues = |s: &'static str| -> Vec<(&'static str, bool)> {
            place_cues(s)
                .into_iter()
                .map(|(n, _, strong)| (n, strong))
                .collect()
        };
        let table: &[(&str, &[(&str, bool)])] = &[
            // A preposition (weak), `the` allowed after it; a place noun
            // and a title before `of` (strong).
            (
                "Fighting in Poltava spread to the city of Kharkiv.",
                &[("Poltava", false), ("Kharkiv", true)],
            ),
            ("Talks in the Netherlands", &[("Netherlands", false)]),
            // The longer title wins: Ohio, not State.
            ("The Secretary of State of Ohio spoke", &[("Ohio", true)]),
            (
                "The President of the Republic Elsmere",
                &[("Republic Elsmere", true)],
            ),
            // A possessive before a title: the possessor, strong.
            (
                "Ukraine's President Ivan Petrenko said",
                &[("Ukraine", true)],
            ),
            ("Canada’s Prime Minister spoke", &[("Canada", true)]),
            // A name runs up to three capitalised words and may swallow a
            // cue; the next match starts after it, so a shorter title
            // that begins after the name still cues.
            (
                "Aid reached Kyiv Deputy Prime Minister of Canada",
                &[("Canada", true)],
            ),
            (
                "in Kyiv Deputy Prime Minister of Canada",
                &[("Kyiv Deputy Prime", false), ("Canada", true)],
            ),
            // Whole, lowercase prepositions only; a name needs two letters.
            ("Within Berlin and In Paris, at A level", &[]),
            (
                "Crowds gathered across  Sallow Ford",
                &[("Sallow Ford", false)],
            ),
        ];
        for (sentence, expected) in table {
            assert_eq!(cues(sentence), *expected, "{sentence}");
        }
        for (title, _) in TITLES {
            assert!(title.starts_with(char::is_uppercase), "{title}");
        }
    }

    /// The pattern `place_cues` replaced, as an oracle.
    fn place_cues_by_regex(sentence: &str) -> Vec<(&str, usize, bool)> {
        static PLACE: LazyLock<Regex> = LazyLock::new(|| {
            crate::text::compile(&format!(
                r"(?:(?P<strong>(?:{nouns}) of|(?:{titles}) of(?: the)?)|(?-u:\b)(?:{prepositions})(?: the)?)\s+(?P<p>{NAME})|(?P<poss>['’]s)\s+(?:{titles})",
                nouns = PLACE_NOUNS.join("|"),
                prepositions = PLACE_PREPOSITIONS.join("|"),
                titles = title_alternation()
            ))
            .expect("valid regex")
        });
        PLACE
            .captures_iter(sentence)
            .map(|caps| match (caps.name("p"), caps.name("poss")) {
                (Some(p), _) => (p.as_str(), p.end(), caps.name("strong").is_some()),
                (None, Some(poss)) => {
                    let before = &sentence[..poss.start()];
                    let word_start = before.len()
                        - before
                            .rsplit(char::is_whitespace)
                            .next()
                            .map_or(0, str::len);
                    (&sentence[word_start..poss.start()], poss.start(), true)
                }
                _ => unreachable!("one of the two groups takes part in a match"),
            })
            .collect()
    }

    #[test]
    fn place_cues_agree_with_the_pattern_on_random_sentences() {
        const WORDS: &[&str] = &[
            "in",
            "at",
            "the",
            "of",
            "from",
            "near",
            "within",
            "In",
            "The",
            "city",
            "capacity",
            "state",
            "President",
            "Prime",
            "Minister",
            "Secretary",
            "State",
            "Mayor",
            "Ohio",
            "Poltava",
            "Sallow",
            "Ford",
            "Ukraine's",
            "Canada’s",
            "O'Brien",
            "Jean-Luc",
            "Ⅷ",
            "Ⓒorrèze",
            "Zürich",
            "Łódź",
            "A",
            "U.S.",
            "2024",
            "said",
            ",",
            ".",
            "’s",
            "'s",
            "in_",
            "2in",
            "café",
            "Secretary of State",
            "of the",
            "Henry Ⅷ's",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\u{2003}", "\n", ""];
        for sentence in
            crate::summarize::random_texts(WORDS, SPACES, 0x9e37_79b9_7f4a_7c15, 20_000, 14)
        {
            assert_eq!(
                place_cues(&sentence),
                place_cues_by_regex(&sentence),
                "{sentence:?}"
            );
        }
    }

    /// [`speaker`] reads a match of [`SPEAKER`] as its capture groups do.
    #[test]
    fn speakers_read_from_matches_agree_with_the_capture_groups() {
        const WORDS: &[&str] = &[
            "said",
            "says",
            "added",
            "told",
            "told reporters",
            "reporters",
            "further",
            "also",
            "later",
            "Also",
            "Kalso",
            "Talso",
            "Ilse",
            "Brandt",
            "Anna",
            "Weiss",
            "O'Neill-Smith",
            "McDonald",
            "iPhone",
            "aBcD",
            "Zelenskyy",
            "Ukraine's",
            "President",
            "Dr.",
            "the",
            "a",
            "union",
            "leader",
            "warned",
            "asked",
            "noted",
            "unsaid",
            "saidx",
            "Édith",
            "Łukasz",
            "\u{201c}Yes,\u{201d}",
            "\"No,\"",
            ",",
            ".",
            "of",
            "Secretary",
            "State",
            "1,200",
            "K",
            "X",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\u{2003}", "\n", ""];
        let mut matched = 0;
        for sentence in
            crate::summarize::random_texts(WORDS, SPACES, 0x2545_f491_4f6c_dd1d, 20_000, 12)
        {
            let by_groups: Vec<Speaker> = SPEAKER
                .captures_iter(&sentence)
                .map(|caps| {
                    let (name, before_verb) = match caps.name("before") {
                        Some(name) => (name, true),
                        None => (caps.name("after").expect("one of the two"), false),
                    };
                    Speaker {
                        name: name.as_str(),
                        start: name.start(),
                        before_verb,
                    }
                })
                .collect();
            let by_matches: Vec<Speaker> = SPEAKER.find_iter(&sentence).map(speaker).collect();
            matched += by_groups.len();
            assert_eq!(by_matches, by_groups, "{sentence:?}");
        }
        assert!(
            matched > 2_000,
            "only {matched} speakers: the test sentences miss the pattern"
        );
    }
}
