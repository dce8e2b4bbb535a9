//! Facts at a glance: figures with what they count (`41 killed`, `more than
//! 180 injured`, `$2.4 billion`, `7.6 magnitude`), dates (`February 24`),
//! people with their role, places and organisations — each with the sentence
//! it came from.
//!
//! Extraction is by pattern over the story's sentences; the vocabularies
//! (titles, casualty words, place and organisation cues) are tables, shared
//! with [`super::people`], which finds the people: the facts box lists them
//! from its [`People`] registry and keeps their names out of the places and
//! organisations.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::{self, Pattern};
use serde::{Deserialize, Serialize};

use super::people::{People, Person, is_honorific, looks_like_person};

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

impl FactKind {
    /// Every kind, in the order the summary box shows them.
    pub const ALL: [FactKind; 6] = [
        FactKind::Figure,
        FactKind::Money,
        FactKind::Date,
        FactKind::Person,
        FactKind::Place,
        FactKind::Organisation,
    ];

    /// The heading over facts of this kind (`Figures`, `People`).
    pub fn heading(self) -> &'static str {
        match self {
            FactKind::Figure => "Figures",
            FactKind::Money => "Money",
            FactKind::Date => "Dates",
            FactKind::Person => "People",
            FactKind::Place => "Places",
            FactKind::Organisation => "Organisations",
        }
    }
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
pub(super) const TITLES: &[(&str, &str)] = &[
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
    ("Sheriff", "Sheriff"),
    ("Prosecutor", "Prosecutor"),
    ("Collector", "Collector"),
    ("Superintendent", "Superintendent"),
];

/// Capitalised words that are never names, places or organisations on their own.
pub(super) const NOT_NAMES: &[&str] = &[
    "According",
    "Another",
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
    "Everything",
    "Everyone",
    "Everybody",
    "Nothing",
    "Nobody",
    "Something",
    "Someone",
    "Somebody",
    "Anything",
    "Anyone",
    "Anybody",
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

/// Whether a word is an owner's: `Ukraine's`, `BBC’s`.
pub(super) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Whether a word ends in `s` and an apostrophe alone: an owner's
/// (`Ladbrokes' Warren Lush`), or a plural's inside a body's name
/// (`General Workers' Union`).
pub(super) fn is_s_apostrophe(word: &str) -> bool {
    word.ends_with("s'") || word.ends_with("s’")
}

/// A name without a possessive ending: `Ukraine's` is `Ukraine`,
/// `Workers'` is `Workers`.
pub(super) fn without_possessive(name: &str) -> &str {
    // (Stripped a suffix at a time: `trim_end_matches` with a string
    // builds a substring searcher, and this runs for most words.)
    let mut name = name.trim_end_matches(['\'', '’']);
    while let Some(rest) = name.strip_suffix("'s") {
        name = rest;
    }
    while let Some(rest) = name.strip_suffix("’s") {
        name = rest;
    }
    name
}

/// Whether a word names a month, in any case.
pub(super) fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether a capitalised word is one of [`NOT_NAMES`] or [`MONTHS`].
pub(super) fn is_not_name(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| NOT_NAMES.iter().chain(MONTHS).copied().collect());
    SET.contains(word)
}

/// Words that make a capitalised phrase an organisation.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
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
    "Administration",
    "Directorate",
    "Bureau",
    "Secretariat",
    "Tribunal",
    "Daily",
    "Gazette",
    "Tribune",
    "Telegraph",
    "Confederation",
    "Chamber",
    "Forum",
    "Guild",
    "Alliance",
    "Society",
    "Centre",
    "Center",
    "Academy",
    "Morcha",
    "Deutsche",
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
pub(super) const SPEAKERS_IN: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
];

/// Common nouns that introduce a company or another body by its name:
/// `bank Standard Chartered`, `airline Air India`, `band Keane`. The name
/// is a body's, never a person's nor a place's, but for a club's in one
/// word, which is its town's too (`club Newcastle`).
const BODY_NOUNS: &[&str] = &[
    "firm",
    "company",
    "carmaker",
    "automaker",
    "manufacturer",
    "agency",
    "bank",
    "lender",
    "insurer",
    "network",
    "regulator",
    "watchdog",
    "airline",
    "carrier",
    "retailer",
    "supermarket",
    "brewer",
    "label",
    "studio",
    "newspaper",
    "conglomerate",
    "charity",
    "band",
    "club",
    "brokerage",
    "reinsurer",
];

/// Nouns that introduce a body or name a person's trade: a body's name
/// after them only in one word (`drinks giant Diageo`, `car maker Toyota`,
/// `broadcaster NHK`; but `jazz giant Miles Davis`, `documentary maker
/// Michael Cockerell`, `newspaper publisher Rupert Murdoch`).
const TRADE_OR_BODY_NOUNS: &[&str] = &[
    "giant",
    "maker",
    "publisher",
    "broadcaster",
    "developer",
    "operator",
    "supplier",
    "pollster",
    "bookmaker",
    "bookmakers",
    "consultancy",
    "contractor",
    "subcontractor",
];

/// A [`BODY_NOUNS`] or [`TRADE_OR_BODY_NOUNS`] noun and the capitalised
/// name after it: up to four words, `&` among them (`Marsh & McLennan`).
static BODY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?:{})\s+(?:\p{{Lu}}[\p{{L}}\p{{N}}'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\p{{L}}\p{{N}}'’-]*){{0,3}})",
        [BODY_NOUNS, TRADE_OR_BODY_NOUNS].concat().join("|")
    ))
    .expect("valid regex")
});

/// A body a story introduces by what it is ([`described_bodies`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// Its name (`Standard Chartered`).
    pub name: String,
    /// The sentence of this mention.
    pub sentence: usize,
    /// Introduced as a club, which bears its town's name (`club Newcastle`).
    pub club: bool,
}

/// Whether `word` is a noun of [`BODY_NOUNS`] or [`TRADE_OR_BODY_NOUNS`].
pub(super) fn is_body_noun(word: &str) -> bool {
    static NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        BODY_NOUNS
            .iter()
            .chain(TRADE_OR_BODY_NOUNS)
            .copied()
            .collect()
    });
    NOUNS.contains(word)
}

/// The matches of [`BODY`] in `sentence` whose noun is a whole word (the
/// pattern has no `\b`, which costs more to search): not `affirm`; and not
/// hyphened, since `film-maker` and `record-label` are a person's trade or
/// a thing.
pub(super) fn body_mentions(sentence: &str) -> impl Iterator<Item = regex::Match<'_>> {
    // (Read from the matches: capturing costs more than finding.)
    BODY.regex(sentence).find_iter(sentence).filter(|noun| {
        !sentence[..noun.start()].ends_with(|c: char| c == '-' || c.is_alphanumeric())
    })
}

/// The bodies a story introduces by what they are ([`BODY_NOUNS`],
/// [`TRADE_OR_BODY_NOUNS`]), with
/// the sentence of each mention, in story order: `Standard Chartered` in
/// `UK-based bank Standard Chartered said …`.
///
/// Only sentences `cued` by their index are read: the caller's cue must
/// hold wherever [`body_mentions`] finds something (people's cues hold it,
/// from a walk over capitals they make anyway).
pub(super) fn described_bodies(sentences: &[&str], cued: impl Fn(usize) -> bool) -> Vec<Body> {
    let mut bodies = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if !cued(i) {
            continue;
        }
        for noun in body_mentions(sentence) {
            let (noun_word, name) = noun
                .as_str()
                .split_once(char::is_whitespace)
                .map(|(word, name)| (word, name.trim_start()))
                .expect("the pattern has a space after the noun");
            let opens_a_title =
                |w: &str| TITLES.iter().any(|(t, _)| t.split(' ').next() == Some(w));
            // A name that runs on in a way this cannot read (`charity Help
            // the Aged`, `bank Bank of America`, `band AC/DC`, `band Maroon
            // 5`) is left out rather than cut short.
            let after = &sentence[noun.end()..];
            let mut words = after.split_whitespace();
            let runs_on = after.starts_with(['/', '-'])
                || match (words.next(), words.next()) {
                    (Some(w), _) if w.starts_with(|c: char| c.is_ascii_digit()) => {
                        after.starts_with(char::is_whitespace)
                    }
                    (Some("the" | "of" | "and" | "for"), Some(next)) => {
                        next.starts_with(char::is_uppercase)
                    }
                    _ => false,
                };
            if runs_on {
                continue;
            }
            // A person named after a title is no body: `bank Governor Alan
            // Greenspan` (but `carmaker General Motors`).
            if let Some((title, person)) = name.split_once(' ')
                && opens_a_title(title)
                && super::people::looks_like_person(person)
            {
                continue;
            }
            // A name ends before a title or a word that is never a name
            // (`bank Standard Chartered Chief Executive Peter Sands`,
            // `Angelo Gordon & Co According to …`, a sentence run on after
            // `Co.`), and after its possessive (`firm Acme's Bob Smith`).
            let end = name
                .split_whitespace()
                .skip(1)
                .find(|w| is_not_name(w) || opens_a_title(w))
                .map_or(name.len(), |w| w.as_ptr() as usize - name.as_ptr() as usize);
            let name = name[..end].trim_end();
            let end = name
                .split_whitespace()
                .find(|w| is_possessive(w))
                .map_or(name.len(), |w| {
                    w.as_ptr() as usize - name.as_ptr() as usize + w.len()
                });
            let name = without_possessive(&name[..end]);
            if TRADE_OR_BODY_NOUNS.contains(&noun_word) && name.contains(char::is_whitespace) {
                continue;
            }
            let first = name.split_whitespace().next().unwrap_or("");
            // A word too common to be a name opens a clause instead (`the
            // firm This …`, in a caption run into its sentence).
            if name.chars().count() < 2
                || is_not_name(first)
                || (!name.contains(' ') && super::is_stopword(&name.to_lowercase()))
            {
                continue;
            }
            bodies.push(Body {
                name: name.to_string(),
                sentence: i,
                club: noun_word == "club",
            });
        }
    }
    bodies
}

/// What a capitalised name before it names, when that is no place: works
/// and publications (`the Harry Potter films`, `Playboy magazine`). (An
/// event, a market or a team keeps its place's name: `the Venice film
/// festival`, `Tokyo shares`, `the Spain squad`.)
const NAMED_THINGS: &[&str] = &[
    "films",
    "movies",
    "magazine",
    "newspaper",
    "novel",
    "novels",
    "album",
    "franchise",
    "website",
    "app",
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
    "Open",
    "Contest",
    "War",
    "Tournament",
    "Championships",
    "Expo",
    "Store",
];

/// Sports: a name that ends with one is no place (`Test Cricket`), though
/// a place may hold one (`Sydney Cricket Ground`).
const SPORTS: &[&str] = &[
    "Cricket",
    "Football",
    "Rugby",
    "Tennis",
    "Golf",
    "Hockey",
    "Athletics",
];

/// Last words of a club's name (`Manchester United`, `Blackburn Rovers`):
/// the name is a body's, though it holds a place's.
const CLUB_ENDINGS: &[&str] = &[
    "United",
    "Rovers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Rangers",
    "Hotspur",
    "FC",
];

/// Demonyms that do not end as most do (`-ian`, `-ean`, `-ese`, `-ish`):
/// before a lower-case word they qualify it (`the French defence`).
const DEMONYMS: &[&str] = &[
    "Argentine",
    "Filipino",
    "Philippine",
    "French",
    "Dutch",
    "Welsh",
    "Greek",
    "Thai",
    "Swiss",
    "Czech",
    "Iraqi",
    "Israeli",
    "Pakistani",
    "Afghan",
    "Kuwaiti",
    "Saudi",
    "Emirati",
    "Qatari",
    "Yemeni",
    "Nepali",
    "Bangladeshi",
    "American",
    "African",
    "Mexican",
    "Cuban",
    "Moroccan",
    "Kenyan",
    "Ugandan",
    "German",
    "Jamaican",
    "Dominican",
    "Venezuelan",
    "Angolan",
    "Libyan",
    "Rwandan",
    "Tibetan",
    "Somali",
    "Omani",
    "Bahraini",
    "Azerbaijani",
    "Uzbek",
    "Kazakh",
    // (Nouns of a nation's people.)
    "Spaniard",
    "Briton",
    "Swede",
    "Serb",
    "Croat",
    "Kiwi",
    "Frenchman",
    "Englishman",
    "Scotsman",
    "Welshman",
    "Irishman",
    "Dutchman",
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
    "Conservative",
    "Conservatives",
    "Liberal",
    "Liberals",
    "Lib Dems",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
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
    // Numbers (`BBC Radio Four`).
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    // What is left of a street's or a park's name cut at an owner's word
    // or an article (`Poet's Lane`, `T in the Park`).
    "Lane",
    "Street",
    "Road",
    "Avenue",
    "Park",
    "Square",
    // A realm's kind, not its name (`the Duchy of Cornwall`).
    "Duchy",
    "Kingdom",
    "Republic",
    "Empire",
    "Emirate",
    // Holidays (`ring in the New Year`).
    "New Year",
    "Christmas",
    "Easter",
    "Diwali",
    "Ramadan",
    "Eid",
    "Thanksgiving",
    // A league.
    "Bundesliga",
];

/// Abbreviations that are places; any other word in capitals (`BT`, `TV`,
/// `FTSE`) is a company, a channel or an index.
pub(super) const PLACE_ABBREVIATIONS: &[&str] =
    &["US", "USA", "UK", "GB", "UAE", "EU", "DRC", "PRC", "DPRK"];

/// Whether a name found after a place cue cannot be a place.
fn no_place(name: &str) -> bool {
    NOT_PLACES_ALONE.contains(&name)
        || name.split_whitespace().any(|w| {
            w.chars().count() >= 2
                && !w.chars().any(char::is_lowercase)
                && !PLACE_ABBREVIATIONS.contains(&w)
        })
}

/// Whether `before` ends with a handle in brackets, as an embedded post's
/// sign-off does (`— Ada Lee (@adalee) January 1, 2024`, and on other
/// networks `(@ada.example.social)`, `(@ada@example.org)`): the date after
/// it says when the post was written, not what the story is about.
fn signs_off_a_post(before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(')')
        .and_then(|b| b.rsplit_once("(@"))
        .is_some_and(|(_, handle)| super::posts::is_handle(handle))
}

/// `text` when `hint` finds something in it, else nothing: for a costly
/// pattern that cannot match without its hint. (Gating the pattern's
/// iterator instead, with `take_while`, would still run its first search.)
pub(super) fn gated<'a>(hint: &regex::Regex, text: &'a str) -> &'a str {
    if hint.is_match(text) { text } else { "" }
}

/// Whether `before` ends with a role and `at` (`economist at`, `director,
/// at the`, `vice president of networks at`, `head of research at`), or
/// with a stake and `in` (`a 22% stake in`): what follows is where someone
/// works, or what someone owns part of.
fn body_after(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut cue = words.next();
    if cue == Some("the") {
        cue = words.next();
    }
    let mut words = words.map(|w| w.trim_end_matches(','));
    match cue {
        Some("at") => {
            // Nearest first: the role, or what it is of and then the role
            // (`head` is one only there: before a name it is no role); not
            // `the leader of the protest at`, where the protest is.
            let before: Vec<&str> = words.by_ref().take(5).collect();
            let is_role = |w: &str| w == "head" || super::people::is_role_noun(w);
            before
                .first()
                .is_some_and(|w| super::people::is_role_noun(w))
                || before.iter().position(|w| *w == "of").is_some_and(|of| {
                    of > 0
                        && before[..of].iter().all(|w| {
                            w.bytes().all(|b| b.is_ascii_lowercase()) && !super::is_stopword(w)
                        })
                        && before.get(of + 1).is_some_and(|w| is_role(w))
                })
        }
        Some("in") => matches!(words.next(), Some("stake" | "stakes" | "holding")),
        _ => false,
    }
}

/// Whether a name that `after` follows is whole: not cut before more of it
/// (`Standard & Poor's`, `Fact and Opinion Economics`, `Forum for the
/// Future`) nor qualifying a noun (`US insurance firm`): what follows is
/// punctuation, a word of no content or a verb (`at Nomura in Tokyo`, `at
/// Tiscali, said`, `at Rightmove believes`).
fn whole_name_before(after: &str) -> bool {
    let mut words = after.split_whitespace();
    match words.next() {
        Some("&") => false,
        Some("and" | "for" | "of" | "de") => !words
            .find(|w| *w != "the")
            .is_some_and(|w| w.starts_with(char::is_uppercase)),
        Some(word) if word.starts_with(char::is_lowercase) => {
            // A verb (`at Ostrem Mills believes`, `warned`), not a noun
            // the name qualifies (`at Jupiter research`).
            let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            super::is_stopword(word)
                || word == "told"
                || word.ends_with("ed")
                || (word.ends_with('s') && !word.ends_with("ss"))
        }
        // (A name is read up to three words: `the Bangkok International
        // Film Festival` runs on.)
        Some(word) => !word.starts_with(char::is_uppercase),
        None => true,
    }
}

/// The [`ORGANISATION_WORDS`] of a sentence, with where each begins: words
/// as an ASCII regex sees them (runs of letters, digits and `_`, between
/// `(?-u:\b)` boundaries), found at their capitals.
fn organisation_words(sentence: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = sentence.as_bytes();
    let in_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    crate::text::capitals(sentence)
        .filter(move |&at| bytes[at].is_ascii() && (at == 0 || !in_word(bytes[at - 1])))
        .map(move |at| {
            let end = bytes[at..]
                .iter()
                .position(|&b| !in_word(b))
                .map_or(bytes.len(), |n| at + n);
            (at, &sentence[at..end])
        })
        .filter(|(_, word)| is_organisation_word(word))
}

/// Whether `word` is one of [`ORGANISATION_WORDS`].
///
/// (This and [`is_title`], like the people stage's lists of role words,
/// are looked up in hash sets: they are asked of most words of a story,
/// and a scan of a long list cost more than the rest of the test.)
pub(super) fn is_organisation_word(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| ORGANISATION_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Whether `name` is a title of [`TITLES`] (`President`, `Prime Minister`).
pub(super) fn is_title(name: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| TITLES.iter().map(|(t, _)| *t).collect());
    SET.contains(name)
}

/// What every amount holds: a currency sign, `Rs`, or `million`,
/// `billion`, `trillion` (a quick test before [`MONEY`], which has no
/// literal to search for).
static MONEY_HINT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"[$€£¥₹]|Rs|(?i:illion|bn |euro|pence|rupee|yen|yuan|cents|franc|roubles|rubles|dollars)|reais|pesos|rand|lira|kron|shekels|dirhams|riyals|ringgit|baht|naira|shillings|zlotys|pounds",
    )
    .expect("valid regex")
});

static MONEY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?:US\$|A\$|C\$|[$€£¥₹]|(?-u:\b)Rs\.?\s?)\s?\d+(?:,\d{2,3})*(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d+(?:,\d{2,3})*(?:\.\d+)?)?(?:\s?(?i:million|billion|trillion|bn|mn|m|crore|lakh|k)(?-u:\b))?|(?-u:\b)\d+(?:,\d{3})*(?:\.\d+)?(?:\s?[-–]\s?\d+(?:,\d{3})*(?:\.\d+)?)?\s(?i:million|billion|trillion)\s(?i:dollars|euros|pounds|rupees|yen|yuan)|(?-u:\b)\d+(?:,\d{3})*(?:\.\d+)?(?:\s?[-–]\s?\d+(?:,\d{3})*(?:\.\d+)?)?(?:\s?(?i:million|billion|trillion|bn|m|lakh|crore))?\s(?:(?i:euros?(?:\s+cents)?|pence|rupees|yen|yuan|cents|francs|roubles|rubles|(?:(?:US|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Taiwan)\s+)?dollars)|pounds|reais|pesos|rand|lira|kroner|kronor|krona|shekels|dirhams|riyals|ringgit|baht|naira|shillings|zlotys)(?-u:\b)")
        .expect("valid regex")
});

static DATE: LazyLock<Pattern> = LazyLock::new(|| {
    let months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    Pattern::new(&format!(
        r"(?:(?:{months})\s+\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?(?:,\s*\d{{4}}|\s+(?:19|20)\d{{2}})?|(?-u:\b)(?:(?:[12]?\d|3[01])\s?(?:[-–]|to)\s?)?\d{{1,2}}\s+(?:{months})(?:,?\s+(?:1[89]|20)\d{{2}})?)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// Whether the pounds of `text[start..end]` are a weight: of something
/// (`1,500 pounds of cocaine`; but `20 million pounds of new investment`
/// is money), what something weighs (`weighing 2,000 pounds`, `tipped
/// the scales at 1,224 pounds`), or a weight compared (`2,400 pounds
/// lighter`). (A smaller amount is a weight by its size: [`large_sum`].)
fn weighs(text: &str, start: usize, end: usize) -> bool {
    let amount = &text[start..end];
    let after = text[end..].trim_start();
    (after.starts_with("of ") && !amount.contains("illion"))
        || ["lighter", "heavier", "overweight"]
            .iter()
            .any(|w| after.starts_with(w))
        || text[..start].split_whitespace().rev().take(4).any(|w| {
            let w = w.to_lowercase();
            w.starts_with("weigh") || w == "scales"
        })
}

/// Whether an amount in pounds is a sum of money rather than a weight by
/// its size alone: thousands or more (`175,000 pounds`, `20 million
/// pounds`). Fewer are as often a weight (`190 pounds`).
fn large_sum(amount: &str) -> bool {
    amount.contains("illion")
        || amount
            .split(|c: char| !c.is_ascii_digit() && c != ',')
            .next()
            .is_some_and(|n| n.replace(',', "").parse::<u64>().is_ok_and(|n| n >= 1000))
}

/// News agencies, each by the names stories cite it by.
const NEWS_AGENCIES: &[&[&str]] = &[
    &["Reuters"],
    &["Associated Press", "AP"],
    &["Agence France-Presse", "Agence France Presse", "AFP"],
    &["Press Trust of India", "PTI"],
    &["ANI"],
    &["IANS"],
    &["UNI"],
    &["Xinhua"],
    &["Kyodo"],
    &["Yonhap"],
    &["Interfax"],
    &["Tass", "Itar-Tass"],
    &["ANSA"],
    &["EFE"],
    &["Anadolu"],
    &["Bernama"],
    &["Antara"],
];

/// `facts` without the news agencies the story cites as its source
/// (`told news agency PTI`, `according to the Associated Press`, `Reuters
/// reported`), which are not what it is about; but not one it works for
/// or is about (`worked for the Associated Press`), nor one its `headline`
/// names by any of its names (`AP to cut 500 jobs`).
pub fn without_cited_agencies(facts: &mut Vec<Fact>, headline: &str) {
    facts.retain(|f| {
        let Some(names) = NEWS_AGENCIES
            .iter()
            .find(|names| names.contains(&f.text.as_str()))
        else {
            return true;
        };
        f.kind != FactKind::Organisation
            || names
                .iter()
                .any(|name| super::people::whole_words(headline, name).next().is_some())
            || !cites(&f.sentence, &f.text)
    });
}

/// Whether `sentence` cites `source` for what it says: after `news
/// agency`, `according to`, `told`, `to`, `with` or `by` (`told the
/// Associated Press`, `In an interview with news agency ANI`), or before
/// a verb of reporting (`Reuters reported`, `the Associated Press news
/// agency reported`).
fn cites(sentence: &str, source: &str) -> bool {
    sentence.match_indices(source).any(|(at, _)| {
        let before = sentence[..at]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| ["agency", "according", "told", "to", "with", "by"].contains(&w));
        let after = sentence[at + source.len()..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| {
                [
                    "reported", "reports", "said", "says", "quoted", "news", "agency",
                ]
                .contains(&w)
            });
        before || after
    })
}

/// Nouns for a work that stand before its title (`the album The College
/// Dropout`, `her book Small Island`). Not those that are verbs too (`they
/// play Chelsea`, `shows`), nor a newspaper or a magazine, which are bodies.
const WORKS: &[&str] = &[
    "album",
    "book",
    "novel",
    "memoir",
    "film",
    "movie",
    "biopic",
    "documentary",
    "comedy",
    "drama",
    "sitcom",
    "thriller",
    "musical",
    "opera",
    "song",
    "ballad",
    "series",
    "sequel",
    "remake",
];

/// Whether `before` ends with a noun for a work ([`WORKS`]), and `the`,
/// `a` or `an` at most: a capitalised name after it is the work's title.
fn names_a_work(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut last = words.next();
    if last.is_some_and(|w| ["The", "the", "a", "an"].contains(&w)) {
        last = words.next();
    }
    last.is_some_and(|w| WORKS.contains(&w))
}

/// Whether `name`, after `before`, is the title of a work: after a noun
/// for one ([`names_a_work`]), and either after a capitalised `The`, which
/// opens a title (`the album The College Dropout`), or with no word of a
/// body that makes works ([`MAKERS`]) in it (`her book Small Island`; but
/// `the remake Warner Bros announced`, `the documentary BBC Studios made`).
fn a_works_title(before: &str, name: &str) -> bool {
    names_a_work(before)
        && (before.trim_end().ends_with(" The")
            || !name.split_whitespace().any(|w| MAKERS.contains(&w)))
}

/// Words of the names of bodies that make or publish works.
const MAKERS: &[&str] = &[
    "Bros",
    "Pictures",
    "Studios",
    "Films",
    "Productions",
    "Entertainment",
    "Media",
    "Records",
    "Music",
    "Press",
    "Books",
    "Publishing",
    "Publishers",
    "Group",
    "Corporation",
    "Council",
    "University",
    "Channel",
    "Network",
    "Broadcasting",
];

/// A date as [`DATE`] reads it without its year (`7 March 2003`, `December
/// 23, 2013`), if it gives one.
fn without_year(date: &str) -> Option<&str> {
    let (day, year) = date.rsplit_once(char::is_whitespace)?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| day.trim_end().trim_end_matches(',').trim_end())
}

/// The dates [`DATE`] finds in `text`, where a score is no range of days:
/// a range of days rises (`6 to 9 January`, `April 9 - 11`), so `Arsenal
/// won 3-1 May 5` dates the game May 5, and `the March 3-1 clash` gives
/// no day.
fn dates(date: &Regex, text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(m) = date.find_at(text, at) {
        at = m.end();
        // The days (a year has four digits).
        let mut days = m
            .as_str()
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| (1..=2).contains(&n.len()))
            .map(|n| n.parse::<u8>().expect("one or two digits"));
        if let (Some(first), Some(last)) = (days.next(), days.next())
            && first >= last
        {
            // A day-month date reads on from its month (the first capital:
            // not the `t` of `7 to 2 May`).
            let month = m.as_str().find(|c: char| c.is_ascii_uppercase());
            if let Some(month) = month.filter(|&month| month > 0) {
                at = m.start() + month;
            }
            continue;
        }
        found.push(without_a_count(text, m.range()));
    }
    found
}

/// A date's range without a year that is a count of what follows (`on 12
/// June, 2000 homes were flooded`, `By March 3 2000 people had fled`):
/// a year is followed by punctuation, the text's end, or a word that goes
/// on with the sentence (`11 September, 2001 changed it`, `to 3 January
/// 2005 across 22 countries`), not by a plural noun.
fn without_a_count(text: &str, date: Range<usize>) -> Range<usize> {
    let matched = &text[date.clone()];
    let Some(year) = matched
        .rfind(|c: char| !c.is_ascii_digit())
        .map(|at| at + 1)
        .filter(|&at| matched.len() - at == 4)
    else {
        return date;
    };
    let next = text[date.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split_whitespace().next())
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_lowercase));
    let counts = next.is_some_and(|w| {
        PLURALS_WITHOUT_S.contains(&w)
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !NOT_PLURALS.contains(&w)
    });
    if counts {
        let day = matched[..year].trim_end().trim_end_matches(',');
        date.start..date.start + day.len()
    } else {
        date
    }
}

/// Plural nouns without an `s` that a count goes before.
const PLURALS_WITHOUT_S: &[&str] = &["people", "children", "men", "women", "police", "staff"];

/// Words in `s` after a year that are no plural nouns (sorted).
const NOT_PLURALS: &[&str] = &[
    "always", "besides", "perhaps", "thus", "towards", "unless", "whereas",
];

/// Whether a month's name begins at a capital of `sentence`: every
/// [`DATE`] holds one (each form of a month in it begins with three letters
/// of [`MONTHS`]), and most sentences with a figure hold none, which spares
/// them the pattern's scan for a day's number.
fn names_a_month(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    crate::text::capitals(sentence).any(|at| {
        bytes.get(at..at + 3).is_some_and(|start| {
            MONTHS
                .iter()
                .any(|month| month.as_bytes().starts_with(start))
        })
    })
}

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
    for at in crate::text::capitals(sentence) {
        if at < free {
            continue;
        }
        let head = sentence[..at].trim_end_matches(char::is_whitespace);
        if head.len() == at {
            continue; // a name or title follows whitespace
        }
        if let Some(strong) = cue_before(head, free)
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
        let title = || OWNED_TITLES.iter().find(|t| sentence[at..].starts_with(*t));
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

/// Lower-case nouns after a name that make it a place's: `Ujjain
/// district`, `Ishikawa prefecture`, `Kherson region`.
const PLACE_NOUNS_AFTER: &[&str] = &[
    "district",
    "province",
    "region",
    "prefecture",
    "village",
    "town",
    "county",
    "state",
    "city",
    "tehsil",
    "taluka",
    "municipality",
    "governorate",
    "oblast",
];

/// Where a word of [`PLACE_NOUNS_AFTER`] may begin: a quick test before
/// [`place_noun_after`], which also reads where the word ends.
static PLACE_NOUN_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:{})", PLACE_NOUNS_AFTER.join("|"))).expect("valid regex")
});

/// Words before a place noun that say what kind of place it is, not which:
/// `a Democratic state`, `the Soviet state`, `a Catholic town`, `the Gulf
/// state of Qatar`, `the Olympic village`.
const NOT_PLACES_BEFORE_A_NOUN: &[&str] = &[
    "Olympic",
    "Paralympic",
    "Democratic",
    "Republican",
    "Soviet",
    "Communist",
    "Socialist",
    "Catholic",
    "Protestant",
    "Christian",
    "Muslim",
    "Islamic",
    "Jewish",
    "Hindu",
    "Sikh",
    "Buddhist",
    "Arab",
    "Gulf",
    "Baltic",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "Coastal",
    "Border",
    "Tory",
    "Labour",
    "Conservative",
    "Liberal",
];

/// Compiles [`PLACE_NOUN_HINT`], a regex of this module that is no
/// [`Pattern`].
pub(super) fn prepare() {
    LazyLock::force(&PLACE_NOUN_HINT);
}

/// Whether a place noun after `name` makes it a place's: `rest`, what
/// follows it, opens with one space and a word of [`PLACE_NOUNS_AFTER`] (a
/// whole word: not `state-owned`), and the name says which place, not what
/// kind ([`NOT_PLACES_BEFORE_A_NOUN`]).
fn place_noun_after(name: &str, rest: &str) -> bool {
    !NOT_PLACES_BEFORE_A_NOUN.contains(&name)
        && rest.strip_prefix(' ').is_some_and(|rest| {
            PLACE_NOUNS_AFTER.iter().any(|noun| {
                rest.strip_prefix(noun).is_some_and(|after| {
                    !after.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                })
            })
        })
}

/// The names that a place noun follows (`Ujjain district`, `Veloria's
/// Kasgarh village`), where [`place_cues`] found none: each the first word
/// of its run (not `Buddh Nagar` of `Gautam Buddh Nagar district`), with
/// where it ends. Their cue is strong.
fn named_before_a_place_noun<'s>(
    sentence: &'s str,
    cued: &[(&str, usize, bool)],
) -> Vec<(&'s str, usize, bool)> {
    let mut found = Vec::new();
    // Where a place noun stands after a space and a word with a capital
    // (`al-Anbar province`, `(Rohtas district`): most sentences have none,
    // and are spared reading names.
    let nouns: Vec<usize> = PLACE_NOUN_HINT
        .find_iter(sentence)
        .map(|m| m.start())
        .filter(|&at| {
            sentence[..at].strip_suffix(' ').is_some_and(|head| {
                head.rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.chars().any(char::is_uppercase))
            })
        })
        .collect();
    if nouns.is_empty() {
        return found;
    }
    let mut free = 0;
    for at in crate::text::capitals(sentence) {
        // (A name of three words at most stands before the noun.)
        if !nouns
            .iter()
            .any(|&noun| noun > at && sentence[at..noun].split_whitespace().count() <= 3)
        {
            continue;
        }
        let cued_here = cued.iter().any(|(name, end, _)| {
            let start = name.as_ptr() as usize - sentence.as_ptr() as usize;
            (start..*end).contains(&at)
        });
        if at < free || cued_here {
            continue;
        }
        let word_before = sentence[..at]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let in_a_run = word_before.starts_with(char::is_uppercase)
            && !["'s", "’s", "'", "’"]
                .iter()
                .any(|s| word_before.ends_with(s));
        if in_a_run {
            continue;
        }
        // (Not an owner's: `Charlie's state of mind`.)
        if let Some(end) = name_end(sentence, at)
            && without_possessive(&sentence[at..end]).len() == end - at
            && place_noun_after(&sentence[at..end], &sentence[end..])
        {
            found.push((&sentence[at..end], end, true));
            free = end;
        }
    }
    found
}

/// Abbreviations that begin a place's name (`St. Petersburg`).
const STOPPED_ABBREVIATIONS: [&str; 3] = ["St", "Mt", "Ft"];

/// A place named with a stopped abbreviation (`St. Petersburg`, `Mt.
/// Kenya`): the whole name and where it ends, when the name `found`, which
/// ends at `end`, is the abbreviation alone.
fn stopped_abbreviation<'a>(
    sentence: &'a str,
    found: &str,
    end: usize,
) -> Option<(&'a str, usize)> {
    if !STOPPED_ABBREVIATIONS.contains(&found) {
        return None;
    }
    let rest = sentence[end..].strip_prefix(". ")?;
    let longer = name_end(sentence, sentence.len() - rest.len())?;
    Some((&sentence[end - found.len()..longer], longer))
}

/// Titles of those who head a place: after one and `of` comes a place
/// (`President of France`, `Governor of Texas`, `Chief Justice of India`),
/// and a place owns them (`Ukraine's President`). A minister, a chancellor, a director or a king
/// of something is as often of a portfolio, a body or a genre (`Minister
/// of Finance`, `Chancellor of the Exchequer`, `Director of Public
/// Prosecutions`, `King of Pop`).
const RULERS: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Chief Minister",
    "Governor",
    "Mayor",
    "Secretary of State",
    "Ambassador",
    "Justice",
    "General",
];

/// Monarchs and their heirs, whose realm follows `of` (`King of Belgium`,
/// `Crown Prince of Abu Dhabi`); after `of the` they are as often of a
/// genre or a club (`King of the Blues`, `Queen of the South`).
pub(super) const MONARCHS: &[&str] = &["King", "Queen", "Prince", "Princess"];

/// Titles a place owns besides the [`RULERS`] and [`MONARCHS`]: `Britain's
/// PM`, `Germany's Chancellor`. (`Acme's CEO` makes Acme a company, and
/// `Labour's Leader` a party.)
const HELD_FOR_A_PLACE: &[&str] = &["PM", "Chancellor", "Senator", "Sen.", "Speaker"];

/// Every title a place owns, longest first, for the possessive cue (so
/// that `Princess` is read whole, not as `Prince`).
static OWNED_TITLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut titles = [RULERS, MONARCHS, HELD_FOR_A_PLACE].concat();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles
});

/// Whether `head` ends with a place cue that begins at or after `free`:
/// `Some(true)` for a strong one (`city of`, `President of the`),
/// `Some(false)` for a preposition (`in`, `in the`).
fn cue_before<'a>(head: &'a str, free: usize) -> Option<bool> {
    let ends_with_at =
        |text: &str, word: &str| text.ends_with(word) && text.len() - word.len() >= free;
    // (A whole word: `capacity of` is no `city of`.)
    let ends_with_word = |text: &str, word: &str| {
        ends_with_at(text, word)
            && !text[..text.len() - word.len()]
                .ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    };
    if let Some(before) = head.strip_suffix(" of")
        && PLACE_NOUNS.iter().any(|n| ends_with_word(before, n))
    {
        return Some(true);
    }
    let of = [head.strip_suffix(" of the"), head.strip_suffix(" of")];
    if of
        .into_iter()
        .flatten()
        .any(|before| RULERS.iter().any(|t| ends_with_at(before, t)))
        || head
            .strip_suffix(" of")
            .is_some_and(|before| MONARCHS.iter().any(|t| ends_with_at(before, t)))
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

/// A word of a place's name at the start of a text: a capital, then
/// letters, apostrophes and hyphens, in the classes of the pattern exactly
/// (`char::is_uppercase` and `is_alphabetic` take in more, such as Roman
/// numerals); it runs only after a cue.
static NAME_WORD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"\A{PLACE_NAME_WORD}")).expect("valid regex"));

/// The pattern of a [`NAME_WORD`].
const PLACE_NAME_WORD: &str = r"\p{Lu}[\p{L}'’-]+";

/// Where the name (up to three words, each a [`NAME_WORD`]) that begins at
/// `at` ends, if one does.
fn name_end(sentence: &str, at: usize) -> Option<usize> {
    let word = NAME_WORD.regex(sentence);
    let word_end = |from: usize| word.find(&sentence[from..]).map(|m| from + m.end());
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
static ORGANISATION_TAIL: LazyLock<Pattern> = LazyLock::new(|| {
    const W: &str = r"\p{Lu}[\p{L}'’&-]+";
    Pattern::new(&format!(
        r"^(?:\s+of(?:\s+the)?(?:\s+{W}){{1,3}}\s+for(?:\s+the)?(?:\s+{W}){{1,2}}|(?:\s+of(?:\s+the)?)?(?:\s+{W}){{1,3}})|^\s+for(?:\s+the)?(?:\s+{W}){{1,3}}(?:(?:,\s+{W}){{1,2}}\s+and(?:\s+{W}){{1,2}}|\s+and(?:\s+{W}){{1,2}})?(?:\s+of(?:\s+the)?(?:\s+{W}){{1,2}})?"
    ))
    .expect("valid regex")
});

/// Where the word before `at` ends, when one whitespace character (a
/// space, a no-break space) stands between them.
pub(super) fn word_end_before(sentence: &str, at: usize) -> Option<usize> {
    let end = sentence[..at].trim_end().len();
    let mut gap = sentence[end..at].chars();
    (end > 0 && gap.next().is_some() && gap.next().is_none()).then_some(end)
}

/// Where the run of up to `max` capitalised words (a possessive `'s`
/// allowed) that ends just before `at` begins: `Ukraine's` and `Canadian
/// Prime` before `Minister`.
pub(super) fn words_before(sentence: &str, at: usize, max: usize) -> usize {
    words_joined_before(sentence, at, max, false)
}

/// [`words_before`], with `&` between capitalised words taken in, and
/// `and` between two when `and` is true and the word before `and` begins
/// the capitalised run: `Avon and Somerset` before `Police`.
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
            // an acronym (`IMF and World Bank`), nor an owner's (`Tony
            // Blair's and …`; a plural's is a name's, `Transport and
            // General Workers' Union`).
            let tail_of_a_name = sentence[..joined]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "of" | "for"));
            let acronym = left.chars().all(|c| c.is_ascii_uppercase());
            let owner = sentence[start..at]
                .split_whitespace()
                .any(|w| w.contains(['\'', '’']) && !is_s_apostrophe(w));
            if joined < word_start
                && words_before(sentence, joined, 1) == joined
                && !tail_of_a_name
                && !acronym
                && !owner
            {
                start = joined;
            }
            break;
        }
        // (An ampersand between capitalised words is inside one name: `Oil
        // & Natural Gas Corp`, `Daily Mail & General Trust`; not `sales &
        // Marketing`.)
        let (word, word_start) = match word {
            "&" if start < at => {
                let before = words_before(sentence, word_start, 1);
                if before == word_start {
                    break;
                }
                (sentence[before..word_start].trim_end(), before)
            }
            _ => (word, word_start),
        };
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

/// A name without stray leading words (`The`, `Notably`); `None` when
/// nothing name-like is left.
pub(super) fn clean_name(name: &str) -> Option<String> {
    // `Amazon's Robin Terrell`: what comes before a name's owner is not
    // part of it.
    // The stray words a name opens with: words that are no name, and
    // honorifics; but not `Jan` in `Jan Berry` (a month's abbreviation
    // before a name is a first name; a date gives its day, `Jan 5`).
    let leading = |words: &[&str]| {
        (0..words.len())
            .take_while(|&k| {
                let first_name = words[k] == "Jan"
                    && words.get(k + 1).is_some_and(|w| {
                        w.starts_with(char::is_uppercase) && !is_not_name(without_possessive(w))
                    });
                (is_not_name(words[k]) || is_honorific(words[k])) && !first_name
            })
            .count()
    };
    // (An owner's name that ends in `s` may take the apostrophe alone:
    // `Ladbrokes' Warren Lush`, `Atticus' David Slager`.)
    let owner = |w: &str| is_possessive(w) || is_s_apostrophe(w);
    let mut words: Vec<&str> = name.split_whitespace().collect();
    words.drain(..leading(&words));
    if words.len() > 1 && owner(words[0]) {
        words.remove(0);
        words.drain(..leading(&words));
    }
    // `David Cameron's Big Society`: the name ends at its possessive.
    if let Some(owner) = words.iter().position(|w| owner(w)) {
        words.truncate(owner + 1);
    }
    while words.last().is_some_and(|w| is_not_name(w)) {
        words.pop();
    }
    let name = words.join(" ");
    let name = without_possessive(&name);
    (!name.is_empty() && !is_title(name) && !is_not_name(name)).then(|| name.to_string())
}

/// Months and their abbreviations, which are also people's names.
pub(super) const MONTHS: &[&str] = &[
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
            Some(next) => !is_organisation_word(next),
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
        named |= is_organisation_word(word);
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
            is_organisation_word(first) && !rest.is_empty() && !looks_like_person(&rest.join(" "));
        // (`Former Academy president …`: what someone was is no name's.)
        let former = *first == "Former";
        if kept || !(is_not_name(first) || former || owner && rest.len() >= 2) {
            break;
        }
        words = rest;
    }
    while let Some((last, rest)) = words.split_last() {
        if !is_not_name(last) || is_organisation_word(last) {
            break;
        }
        words = rest;
    }
    let name = words.join(" ");
    let name = without_possessive(&name);
    (!name.is_empty()).then(|| name.to_string())
}

/// A name's last owner and what it owns: `Harold Wilson's Labour Party` is
/// `Harold Wilson` and `Labour Party`.
fn split_owner(name: &str) -> Option<(&str, &str)> {
    let at = [name.rfind("'s "), name.rfind("’s ")]
        .into_iter()
        .flatten()
        .max()?;
    let after = name[at..].find(' ')? + at + 1;
    Some((&name[..at], &name[after..]))
}

/// Words of roles that are words of bodies' names too: `General Motors`,
/// `the Scottish Executive`, `the Daily Star`, `Chief Rabbinate`.
const BODY_WORDS_THAT_ARE_ROLES: &[&str] = &["general", "executive", "star", "chief"];

/// Last words of a place's name that an organisation's name does not end
/// with (`Staten Island`, `Times Square`, `Victoria Station`, `Northern
/// Territory`; not `Market`, which ends `Camden Market` and `Alternative
/// Investment Market` alike).
const PLACE_HEADS: &[&str] = &["Island", "Islands", "Square", "Station", "Territory"];

/// Words of the compass (and `Left`) that make a place of `Bank` after
/// them alone: `the West Bank`, `the South Bank`, `the Left Bank` (but
/// `East West Bank` is a bank).
const COMPASS: &[&str] = &["North", "South", "East", "West", "Left"];

/// The place a capitalised name names by its last word (see
/// [`PLACE_HEADS`]): after an owner only when the owner is a place too
/// (`New York's Times Square` is `Times Square`), since an owner may be the
/// place's own word (`Shepherd's Bush Market`) or a show's maker (`ITV's
/// Love Island`).
fn place_by_its_head(name: &str, is_place: impl Fn(&str) -> bool) -> Option<&str> {
    let place = match split_owner(name) {
        Some((owner, owned)) if is_place(owner) => owned,
        Some(_) => return None,
        None => name,
    };
    let names_a_place = match place.rsplit_once(' ') {
        Some((before, "Bank")) => COMPASS.contains(&before),
        Some((_, head)) => PLACE_HEADS.contains(&head),
        None => false,
    };
    names_a_place.then_some(place)
}

/// Organisation words of public bodies, whose names may join two words
/// with `and` (`Avon and Somerset Police`, `Nursing and Midwifery
/// Council`); before a company's word, `and` joins two companies
/// (`Hitachi and Matsushita Electric`).
const JOINED_BODIES: &[&str] = &[
    "Administration",
    "Bureau",
    "Directorate",
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
pub(super) fn names_an_organisation_after_a_title(name: &str) -> bool {
    // (`General Workers' Union's members`: the owner is the union.)
    let words: Vec<&str> = name.split_whitespace().map(without_possessive).collect();
    words.iter().enumerate().any(|(i, w)| {
        is_organisation_word(w)
            && !(i > 0 && i + 1 == words.len() && SURNAME_ORGANISATION_WORDS.contains(w))
    })
}

pub(super) fn is_place_or_organisation(name: &str) -> bool {
    name.split_whitespace().any(is_organisation_word)
}

/// Words that may stand before a conversion of an amount in brackets
/// (`$80m (about £42m)`).
const CONVERSION_HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "or",
];

/// Words and marks between two conversions of one amount in brackets
/// (`77m euros (£53m; $100m)`, `($2.3bn or £1.2bn)`).
const CONVERSION_SEPARATORS: &[&str] = &[";", ",", "/", "or", "and"];

/// The amounts of money (byte ranges of `text`, in order) that are not a
/// conversion of the amount before them: brackets that hold nothing but
/// amounts, right after an amount (`a £1.3bn ($2.5bn) offer`, `77m euros
/// (£53m; $100m)`), say it again in other currencies, and the box shows
/// it once. (Not `£5 (£6 including VAT)`: words after the amounts say
/// something of their own.)
fn without_conversions(text: &str, amounts: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let between = |a: usize, b: usize| text[amounts[a].1..amounts[b].0].trim();
    let mut kept = Vec::with_capacity(amounts.len());
    let mut i = 0;
    while i < amounts.len() {
        kept.push(amounts[i]);
        // A bracket opening right after this amount, with a hedge or not.
        let opens = |gap: &str| {
            gap.strip_prefix('(').is_some_and(|rest| {
                let rest = rest.trim();
                rest.is_empty() || CONVERSION_HEDGES.contains(&rest)
            })
        };
        if i + 1 < amounts.len() && opens(between(i, i + 1)) {
            let mut last = i + 1;
            while last + 1 < amounts.len()
                && CONVERSION_SEPARATORS.contains(&between(last, last + 1))
            {
                last += 1;
            }
            let currency = |a: usize| currency(&text[amounts[a].0..amounts[a].1]);
            let converted = (i + 1..=last).all(|a| currency(a) != currency(i));
            if converted && text[amounts[last].1..].trim_start().starts_with(')') {
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
    kept
}

/// The currency of an amount of money: the sign or letters before its
/// number (`£`, `US$`, `Rs`), or the word after it (`euros`, `pence`),
/// lower-cased.
fn currency(amount: &str) -> String {
    let sign = amount
        .trim_start()
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or("");
    let sign = sign.trim_end_matches(['.', ' ']);
    if !sign.is_empty() {
        return sign.to_lowercase();
    }
    amount
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// Extracts the facts of a story from its sentences, with the people and
/// the [`figures`](super::figures::figures) found.
pub fn extract(
    sentences: &[&str],
    people: &People,
    recurring: &[Person],
    figures: &[(usize, String)],
) -> Vec<Fact> {
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
    // Each figure's count and what it counts, once: `24 killed` and then
    // `at least 24 killed` is one toll.
    let mut counted: HashSet<String> = HashSet::new();
    for (i, sentence) in sentences.iter().enumerate() {
        while let Some((_, text)) = figures.next_if(|(at, _)| *at == i) {
            if counted.insert(super::figures::unqualified(text).to_lowercase()) {
                push(&mut facts, FactKind::Figure, text.clone(), sentence);
            }
        }
        if !has_digit(sentence) {
            continue;
        }
        let reach = pattern::reach(sentence);
        // `in 2019 dollars`, `in 2019-20 dollars` is a year, not an amount.
        let money = gated(MONEY_HINT.form(reach), sentence);
        let amounts: Vec<(usize, usize)> = MONEY
            .form_on(reach, money)
            .find_iter(money)
            .filter(|m| {
                let year = m
                    .as_str()
                    .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
                    .next()
                    .is_some_and(is_year);
                let weight = m.as_str().ends_with("pounds")
                    && (!large_sum(m.as_str()) || weighs(money, m.start(), m.end()));
                !year && !weight
            })
            .map(|m| (m.start(), m.end()))
            .collect();
        for (start, end) in without_conversions(money, &amounts) {
            push(
                &mut facts,
                FactKind::Money,
                money[start..end].trim().to_string(),
                sentence,
            );
        }
        let dated = if names_a_month(sentence) {
            sentence
        } else {
            ""
        };
        for date in dates(DATE.form_on(reach, dated), dated) {
            if !signs_off_a_post(&sentence[..date.start]) {
                push(
                    &mut facts,
                    FactKind::Date,
                    dated[date].to_string(),
                    sentence,
                );
            }
        }
    }
    // `7 March`, after or before `7 March 2003`, is that day again, when
    // the story's dates give that one year (not when they give two: the
    // day may be another year's).
    let years: Vec<&str> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Date)
        .filter_map(|f| Some(&f.text[without_year(&f.text)?.len()..]))
        .map(|year| year.trim_start_matches([',', ' ']))
        .collect();
    let one_year = years.windows(2).all(|w| w[0] == w[1]);
    let with_years: HashSet<String> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Date && one_year)
        .filter_map(|f| without_year(&f.text))
        .map(str::to_lowercase)
        .collect();
    facts.retain(|f| {
        f.kind != FactKind::Date
            || without_year(&f.text).is_some()
            || !with_years.contains(&f.text.to_lowercase())
    });
    let mut named: Vec<&Person> = people.all().iter().chain(recurring).collect();
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
    // Names the story gives a work (`the album The College Dropout`).
    let mut works: HashSet<String> = HashSet::new();
    let person_words: HashSet<&str> = people
        .all()
        .iter()
        .flat_map(|p| p.name.split_whitespace())
        .collect();
    let is_person = |name: &str| {
        person_words.contains(name) || people.all().iter().any(|p| name.ends_with(&p.name))
    };
    let mut bodies = people.bodies().iter().peekable();
    for (i, sentence) in sentences.iter().enumerate() {
        let mut cues = place_cues(sentence);
        cues.extend(named_before_a_place_noun(sentence, &cues));
        for (found, end, strong) in cues {
            // (`in Rohtas district`: a place noun makes a weak cue strong.)
            let strong = strong || place_noun_after(found, &sentence[end..]);
            let (found, end) = match stopped_abbreviation(sentence, found, end) {
                Some(longer) => longer,
                // (`St.` at a sentence's end names nothing whole.)
                None if STOPPED_ABBREVIATIONS.contains(&found) => continue,
                None => (found, end),
            };
            // (A possessor before a title is any word: `the company's CEO`.)
            let Some(name) = clean_name(found).filter(|n| n.starts_with(char::is_uppercase)) else {
                continue;
            };
            let last_word = name.rsplit(' ').next().unwrap_or_default();
            let thing = name
                .split_whitespace()
                .any(|w| NOT_PLACE_WORDS.contains(&w) || is_title(w))
                || SPORTS.contains(&last_word)
                || name.contains("'s ")
                || name.contains("’s ")
                || !name.ends_with(|c: char| c.is_alphabetic());
            // `the Russian strike`: a demonym before a noun is not a place.
            let next_is_lower = sentence[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            let demonym = !name.contains(' ') && is_demonym(&name);
            if demonym && next_is_lower {
                continue;
            }
            // `in the Harry Potter films`, `in Playboy magazine`: a name
            // before what it names is a title there, not a place.
            let next_word = sentence[end..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            if !strong && NAMED_THINGS.contains(&next_word) {
                continue;
            }
            // `at Wirral's Arrowe Park Hospital`: a name cut short before
            // an organisation word is the organisation's, no place.
            if sentence[end..].starts_with(' ') && is_organisation_word(next_word) {
                continue;
            }
            // `her book Small Island`: the title of a work, no place, here
            // or anywhere in the story.
            let start = found.as_ptr() as usize - sentence.as_ptr() as usize;
            if a_works_title(&sentence[..start], &name) {
                works.insert(name);
                continue;
            }
            if thing
                || no_place(&name)
                || is_person(&name)
                || people
                    .bodies()
                    .iter()
                    .any(|b| b.name == name && (!b.club || name.contains(' ')))
                || is_place_or_organisation(&name)
                || TITLES.iter().any(|(t, _)| name.ends_with(t))
            {
                continue;
            }
            if strong {
                strong_cues.insert(name.clone());
            }
            // A club (`at Manchester United`) is a body. And so is
            // `chief economist at Orbis Capital`, `a stake in Southcorp`:
            // where someone works, or what they own part of, is a body,
            // when its name is whole (not `at Fact and Opinion`, `at
            // Standard & Poor's`) and is no more than a word before what it
            // qualifies (`at US insurance firm Marsh`).
            let club = name.contains(' ') && CLUB_ENDINGS.contains(&last_word);
            let kind = if club
                || (!strong
                    && whole_name_before(&sentence[end..])
                    && !PLACE_ABBREVIATIONS.contains(&name.as_str())
                    && body_after(&sentence[..start]))
            {
                FactKind::Organisation
            } else {
                FactKind::Place
            };
            let entry = counts.entry((kind, name)).or_insert((0, i));
            entry.0 += 1;
        }
        // Each organisation word with the capitalised words around it; two
        // words of one name (`Island Def Jam Music Group`) make one span.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        // The organisations counted in this sentence.
        let mut counted: Vec<String> = Vec::new();
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
            // (A later word's span can begin before an earlier one's: in
            // `Securities and Exchange Commission`, `Exchange` is a body's
            // word alone, and `Commission` joins `Securities` by `and`.)
            match spans.last_mut() {
                Some(last) if start <= last.1 => *last = (last.0.min(start), last.1.max(end)),
                _ => spans.push((start, end)),
            }
        }
        for (start, end) in spans {
            let Some(mut name) = clean_organisation(sentence[start..end].trim()) else {
                continue;
            };
            // (`the album The College Dropout`, `the puppet comedy Team
            // America`: the title of a work, no body.)
            if a_works_title(&sentence[..start], &name) {
                works.insert(name);
                continue;
            }
            // `Premier League Jurgen Klopp`, `Premier League Klopp`: a
            // person named after the organisation, in full or by surname,
            // is no part of it.
            let named_after = people.all().iter().find_map(|p| {
                // (Not `British Steel` for Mark Steel.)
                let surname = p
                    .name
                    .rsplit(' ')
                    .next()
                    .filter(|w| !is_organisation_word(w))
                    .unwrap_or(&p.name);
                // (Not after `of`: `Central Bank of Jordan` for Michael Jordan.)
                [p.name.as_str(), surname].into_iter().find(|n| {
                    name.len() > n.len()
                        && name.ends_with(n)
                        && name[..name.len() - n.len()]
                            .strip_suffix(' ')
                            .and_then(|head| head.rsplit(' ').next())
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
            });
            if let Some(person) = named_after {
                name.truncate(name.len() - person.len() - 1);
            }
            // `Harold Wilson's Labour Party`, `Mr Mittal's LNM Holdings`:
            // a party or a firm of someone the story names is named
            // without its owner, when what is left is a name of an
            // organisation by itself (not `Queen's University`), and the
            // firm is not its owner's own (`Kurt Barnard, president of
            // Barnard's Retail Consulting Group`).
            let before = &sentence[..start];
            if let Some((owner, owned)) = split_owner(&name)
                && owned.contains(' ')
                && is_place_or_organisation(owned)
                && (is_person(owner) || people.bodies().iter().any(|b| b.name == owner))
                && !([" of ", " at "].iter().any(|w| before.ends_with(w)) && before.contains(owner))
            {
                name = owned.to_string();
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
                    .is_some_and(|w| is_organisation_word(w) && w != "Prix");
                law = !body;
                if body {
                    name.truncate(rest.len());
                }
            }
            // `Vale Reserve Bank Governor Ravi Jha`: the body ends before a
            // post that a person the story names holds (but a post's word
            // may be a body's too: `Pinkerton Detective Agency`, `Royal
            // Navy Officer Training Unit`). `Sub-Divisional Police
            // Officer`, `Group Economist`: a post that ends the name is all
            // of it, no body. But `Office of the Deputy Prime Minister` is
            // the post's body.
            let post = name
                .split(' ')
                .take_while(|&w| w != "of")
                .skip(1)
                .find(|w| {
                    let w = w.to_lowercase();
                    super::people::is_role_noun(&w)
                        && !BODY_WORDS_THAT_ARE_ROLES.contains(&w.as_str())
                });
            // (`Centre Brian O'Driscoll will captain the side`: a player's
            // position before his name, no body.)
            let position = name.split_once(' ').is_some_and(|(first, rest)| {
                matches!(first, "Centre" | "Center") && looks_like_person(rest)
            });
            let mut whole_post = false;
            if let Some(post) = post {
                let at = post.as_ptr() as usize - name.as_ptr() as usize;
                let holder = name[at + post.len()..].trim_start();
                // (A holder named after the post has been cut off already.)
                let held = if holder.is_empty() {
                    named_after.is_some()
                } else {
                    is_person(holder)
                };
                whole_post = holder.is_empty() && !held;
                if held {
                    name.truncate(at - 1);
                }
            }
            if whole_post
                || position
                || name.split_whitespace().count() < 2
                || !is_place_or_organisation(&name)
                || is_person(&name)
                || law
                || is_competition(&name, &sentence[end..])
            {
                continue;
            }
            let entry = counts
                .entry((FactKind::Organisation, name.clone()))
                .or_insert((0, i));
            entry.0 += 1;
            counted.push(name);
        }
        // A body named by what it is (`bank Standard Chartered`), even in
        // one word (`drinks giant Inbev`), counted once a sentence.
        while let Some(body) = bodies.next_if(|b| b.sentence == i) {
            if !counted.contains(&body.name) {
                let entry = counts
                    .entry((FactKind::Organisation, body.name.clone()))
                    .or_insert((0, i));
                entry.0 += 1;
                counted.push(body.name.clone());
            }
        }
    }
    counts.retain(|(_, name), _| !works.contains(name));
    merge_bodies(&mut counts);
    // `Staten Island`, `Times Square`, `the West Bank`: a name that ends in
    // what a place is, is a place's. (It is read as a body's until then, so
    // that one named two ways is one: `Numerous West Bank attacks` and `the
    // West Bank`.)
    let is_place = |name: &str| counts.contains_key(&(FactKind::Place, name.to_string()));
    let places: Vec<(String, String)> = counts
        .keys()
        .filter(|(kind, _)| *kind == FactKind::Organisation)
        .filter_map(|(_, name)| {
            Some((name.clone(), place_by_its_head(name, is_place)?.to_string()))
        })
        .collect();
    for (name, place) in places {
        if let Some((n, first)) = counts.remove(&(FactKind::Organisation, name)) {
            strong_cues.insert(place.clone());
            let entry = counts.entry((FactKind::Place, place)).or_insert((0, first));
            entry.0 += n;
            entry.1 = entry.1.min(first);
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

/// Whether a name is a sport's league, a competition and no body
/// (`Champions League`, `Indian Premier League`, `Super League`), where
/// the words `after` it do not show it acting as one: a post or a verb,
/// after an owner's `'s`, a clause set off by commas, an acronym in
/// brackets or a verb's auxiliary
/// (`Premier League chief executive`, `the Premier League's chief
/// executive`, `National Football League (NFL) spokesman`, `the Football
/// League has fined them`).
fn is_competition(name: &str, after: &str) -> bool {
    let mut words = name.rsplit(' ');
    if words.next() != Some("League")
        || !words
            .next()
            .is_some_and(|w| SPORT_LEAGUE_WORDS.contains(&w))
    {
        return false;
    }
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    // (`The Premier League, which sold its rights, said`: past a clause
    // set off by commas.)
    let after = after
        .strip_prefix(',')
        .and_then(|clause| clause.split_once(','))
        .map_or(after, |(_, rest)| rest);
    let acts = after
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':', '\'']))
        // (Past an acronym in brackets and an auxiliary.)
        .find(|w| {
            let acronym = w.starts_with('(') && w.ends_with(')');
            !acronym && !AUXILIARIES.contains(w)
        })
        .is_some_and(|w| LEAGUE_AS_BODY.contains(&w));
    !acts
}

/// Verbs' auxiliaries, which stand before the verb that says what a
/// subject does.
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "is", "was", "were", "been", "could", "may", "might",
    "should", "can", "did", "does", "also",
];

/// Words before `League` that name a sport's competition (sorted).
const SPORT_LEAGUE_WORDS: &[&str] = &[
    "Baseball",
    "Basketball",
    "Champions",
    "Conference",
    "Cricket",
    "Europa",
    "Football",
    "Hockey",
    "Nations",
    "Premier",
    "Rugby",
    "Soccer",
    "Super",
];

/// Words after a league's name that show it acting as a body (sorted).
const LEAGUE_AS_BODY: &[&str] = &[
    "agreed",
    "announced",
    "appeal",
    "appealed",
    "banned",
    "board",
    "chairman",
    "chairwoman",
    "charged",
    "chief",
    "confirmed",
    "decided",
    "executive",
    "fined",
    "insisted",
    "investors",
    "official",
    "officials",
    "president",
    "ruled",
    "rules",
    "said",
    "says",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "statement",
    "suspended",
    "told",
    "warned",
];

/// Counts one body that a story names two ways as one organisation.
/// With one longer name (`Treasury Select Committee` and `Commons Treasury
/// Select Committee`, `Reserve Bank` and `Reserve Bank of Australia`), by
/// the name the story uses more, the longer on a tie. After an owner or
/// words that are no name (`Dortmund's Champions League`, `Now Champions
/// League`), by the shorter. A place or a people before a name makes
/// another body (`Scottish Premier League`, `US Secret Service`): both
/// stay. Shortest names first.
fn merge_bodies(counts: &mut HashMap<(FactKind, String), (usize, usize)>) {
    let mut names: Vec<String> = counts
        .keys()
        .filter(|(kind, _)| *kind == FactKind::Organisation)
        .map(|(_, name)| name.clone())
        .collect();
    names.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    let places: HashSet<String> = counts
        .keys()
        .filter(|(kind, _)| *kind == FactKind::Place)
        .map(|(_, name)| name.clone())
        .collect();
    let key = |name: &String| (FactKind::Organisation, name.clone());
    let merge = |counts: &mut HashMap<_, (usize, usize)>, from: &String, into: &String| {
        if let Some((n, first)) = counts.remove(&key(from))
            && let Some(entry) = counts.get_mut(&key(into))
        {
            entry.0 += n;
            entry.1 = entry.1.min(first);
        }
    };
    // What stands before the shorter name: an owner, in whatever words
    // (`Real Madrid's`), or words that are no name (`US` is a place, though
    // a stopword in lower case) …
    let clutter = |before: &str| {
        let words = || before.split_whitespace();
        !before.is_empty()
            && (words().any(is_possessive)
                || words().all(|w| {
                    is_not_name(w)
                        || super::is_stopword(&w.to_lowercase())
                            && !w.bytes().all(|b| b.is_ascii_uppercase())
                }))
    };
    // … or a place or a people.
    let place = |before: &str| {
        places.contains(before.trim())
            || before
                .split_whitespace()
                .any(|w| PLACE_ABBREVIATIONS.contains(&w) || is_demonym(w) || places.contains(w))
    };
    for (k, short) in names.iter().enumerate() {
        if !counts.contains_key(&key(short)) {
            continue;
        }
        // The longer names, each with the words before the shorter one.
        let longer: Vec<(&String, &str)> = names[k + 1..]
            .iter()
            .filter(|long| counts.contains_key(&key(long)))
            .filter_map(|long| {
                let before = long
                    .strip_suffix(short.as_str())
                    .filter(|before| before.ends_with(' '))
                    .or_else(|| {
                        long.strip_prefix(short.as_str())
                            .filter(|after| after.starts_with(" of "))
                            .map(|_| "")
                    })?;
                Some((long, before))
            })
            .collect();
        for (long, _) in longer.iter().filter(|(_, before)| clutter(before)) {
            merge(counts, long, short);
        }
        if let [(long, _)] = longer
            .iter()
            .filter(|(_, before)| !clutter(before) && !place(before))
            .collect::<Vec<_>>()[..]
        {
            // (The name the story uses more: `Numerous West Bank`, once,
            // at a sentence's start, is its `West Bank`.)
            let times = |name: &String| counts.get(&key(name)).map_or(0, |c| c.0);
            if times(short) > times(long) {
                merge(counts, long, short);
            } else {
                merge(counts, short, long);
            }
        }
    }
}

/// Whether a word names a people (`Scottish`, `Ukrainian`, `Thai`): one
/// of the [`DEMONYMS`], or a word with a demonym's ending.
pub(super) fn is_demonym(word: &str) -> bool {
    ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|s| word.ends_with(s))
        || DEMONYMS.contains(&word)
}

/// This module's patterns: [`crate::summarize::prepare`] compiles them
/// ahead, and a test checks that their forms agree.
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &BODY,
        &MONEY_HINT,
        &MONEY,
        &DATE,
        &NAME_WORD,
        &ORGANISATION_TAIL,
    ]
}

#[cfg(test)]
mod tests {
    use super::super::people::{name_word, people};
    use super::*;

    fn facts_of(text: &str) -> Vec<(FactKind, String)> {
        let sentences = crate::text::sentences(text);
        let people = people(&sentences);
        // (No headline, so no one the headline names: `recurring` is
        // tested with its own.)
        extract(
            &sentences,
            &people,
            &[],
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
    fn a_name_loses_the_words_before_it_but_not_a_first_name() {
        for (phrase, name) in [
            ("The Ilse Brandt", Some("Ilse Brandt")),
            ("However Mr Brandt", Some("Brandt")),
            ("Amazon's Robin Terrell", Some("Robin Terrell")),
            ("Ladbrokes' Warren Lush", Some("Warren Lush")),
            ("Atticus' David Slager", Some("David Slager")),
            ("Jan Berry", Some("Jan Berry")),
            ("Acme's Jan Berry", Some("Jan Berry")),
            ("Acme's The Berry", Some("Berry")),
            ("January Berry", Some("Berry")),
            ("Jan", None),
            ("The", None),
        ] {
            assert_eq!(clean_name(phrase).as_deref(), name, "{phrase}");
        }
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
    fn an_ampersand_joins_the_words_of_one_name() {
        let facts = facts_of(
            "Shares in Oil & Natural Gas Corp rose. The Daily Mail & General Trust posted profits. \
             It named a new sales & Marketing Group head.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            [
                "Oil & Natural Gas Corp",
                "Daily Mail & General Trust",
                "Marketing Group"
            ],
            "{facts:?}"
        );
    }

    #[test]
    fn a_trade_names_a_body_in_one_word_only() {
        let facts = facts_of(
            "Local contractor Tom Reed said he was delighted. \"It is good,\" said pollster YouGov. \
             Shares will rise, brokerage Vale Lynch said.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["YouGov", "Vale Lynch"],
            "{facts:?}"
        );
        assert!(
            of_kind(&facts, FactKind::Person)
                .iter()
                .any(|p| p.ends_with("Tom Reed")),
            "{facts:?}"
        );
    }

    #[test]
    fn a_centre_is_a_body() {
        let facts = facts_of(
            "\"The threat has passed,\" the Pacific Tsunami Warning Center said. \
             Researchers at the Vale Research Centre agreed. \
             Centre Brian Dorley will captain the side.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Pacific Tsunami Warning Center", "Vale Research Centre"],
            "{facts:?}"
        );
        assert!(of_kind(&facts, FactKind::Person).is_empty(), "{facts:?}");
    }

    #[test]
    fn a_post_is_no_body_but_the_office_of_one_is() {
        let facts = facts_of(
            "Ravi Jha, a Sub-Divisional Police Officer, visited the pond. Vale Evening News Editor Ann Lee spoke. \
             Ann Lee, 45, joined in 2001. \
             The Office of the Deputy Prime Minister said the plan was fair.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Vale Evening News", "Office of the Deputy Prime Minister"],
            "{facts:?}"
        );
        // A post's word before what is no person's name is the body's.
        let facts = facts_of("The Vale Detective Agency was hired. The Vale Seed Bank grew.");
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Vale Detective Agency", "Vale Seed Bank"],
            "{facts:?}"
        );
    }

    #[test]
    fn a_name_that_ends_in_what_a_place_is_names_a_place() {
        let facts = facts_of(
            "The ferry from Staten Island was late. Crowds filled Vale City's Times Square. \
             Hotels in Vale City were full. \
             Numerous West Bank villages were raided. Troops entered the West Bank on Monday. \
             They left the West Bank at night.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Place),
            ["West Bank", "Staten Island", "Times Square"],
            "{facts:?}"
        );
        // (A bank, and a market with an owner's word in its name.)
        let facts =
            facts_of("Shares in East West Bank rose. Stalls at Shepherd's Bush Market closed.");
        assert!(of_kind(&facts, FactKind::Place).is_empty(), "{facts:?}");
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["East West Bank", "Shepherd's Bush Market"],
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
    fn no_person_is_named_after_an_article_as_anothers_or_as_a_thing() {
        let facts = facts_of(
            "The MEP said he was ashamed. The Marren Food Programme said prices fell. \
             Talks with the Vell Arkady said little. A spokesman for Tobacco-Free Rivers said it would appeal. \
             The head of Brenna Mills told reporters the sale was off. \
             The Tribune's Ada Kowal says the talks will fail. \
             The Transport and General Workers' Union's members voted. \
             Labour won the General Election before the General Assembly met.",
        );
        let people = of_kind(&facts, FactKind::Person);
        assert_eq!(people, ["Ada Kowal"], "{facts:?}");
    }

    #[test]
    fn where_someone_works_or_owns_a_stake_is_a_body_when_its_name_is_whole() {
        let facts = facts_of(
            "\"Prices will rise,\" said Ada Kowal, chief economist at Orbis Capital. \
             Lena Ostrem, a director at Brennamoor believes the deal is done. \
             Tom Vell, an analyst at Jupiter research, disagreed. \
             An executive at US insurance firm Marsh resigned. \
             Jon Hale, chief economist at Fact and Opinion Economics, agreed. \
             Vell Mining sold its 22% stake in Harrowgate to a stake in Indian miner Dhanu.",
        );
        let organisations = of_kind(&facts, FactKind::Organisation);
        for body in ["Orbis Capital", "Brennamoor", "Harrowgate"] {
            assert!(organisations.iter().any(|o| o == body), "{body}: {facts:?}");
        }
        for part in ["Jupiter", "US", "Fact", "Indian"] {
            assert!(
                !organisations.iter().any(|o| o == part),
                "{part}: {facts:?}"
            );
        }
        let places = of_kind(&facts, FactKind::Place);
        assert!(!places.iter().any(|p| p == "Brennamoor"), "{places:?}");
        // The role can be of something (a box shows five bodies at most).
        let facts = facts_of(
            "Mr Vell, vice president of networks at Telvara, and the head of research at \
             Quillon, spoke. Telvara and Quillon staff met in Telvara and in Quillon. \
             The leader of the protest at Ostmark, said little. Crowds in Ostmark cheered.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Quillon", "Telvara"],
            "{facts:?}"
        );
        assert_eq!(of_kind(&facts, FactKind::Place), ["Ostmark"], "{facts:?}");
    }

    #[test]
    fn parties_are_no_places() {
        let facts = facts_of(
            "Seats in Conservative hands fell in Leeds. Voters in Leeds turned from the Lib Dems. \
             The NHS is not safe in Conservative hands, and the choice is between the Lib Dems and Labour.",
        );
        let places = of_kind(&facts, FactKind::Place);
        assert_eq!(places, ["Leeds"], "{facts:?}");
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
        // A club's full name, a sport, a number, a holiday, a realm's kind, a
        // street cut at its owner, a demonym before its noun, a pronoun: each
        // named twice after a place cue, which would make it a place.
        for (text, thing) in [
            (
                "He was settled at Brennock Rovers. He scored at Brennock Rovers.",
                "Brennock Rovers",
            ),
            (
                "Consistency in Test Cricket matters. Runs in Test Cricket count.",
                "Test Cricket",
            ),
            ("She told BBC Radio Four's PM programme so.", "Four"),
            (
                "They ate well to ring in the New Year. The party went on into the New Year.",
                "New Year",
            ),
            (
                "Talks between the Duchy and the brewery failed. Land near the Duchy was sold.",
                "Duchy",
            ),
            (
                "He read at Poet's Lane in Sherbrooke. The crowd at Poet's Lane grew.",
                "Lane",
            ),
            (
                "Tomas ran hard at the French defence. Ivo ran at the French line.",
                "French",
            ),
            (
                "She is the Queen of Everything. She was the Queen of Everything.",
                "Everything",
            ),
        ] {
            let places = of_kind(&facts_of(text), FactKind::Place);
            assert!(!places.iter().any(|p| p == thing), "{thing}: {places:?}");
        }
        let facts = facts_of("He was settled at Brennock Rovers. He scored at Brennock Rovers.");
        assert!(
            has(&facts, FactKind::Organisation, "Brennock Rovers"),
            "{facts:?}"
        );
        let facts = facts_of(
            "Fans waited at the Sydney Cricket Ground. Rain fell at the Sydney Cricket Ground.",
        );
        assert!(
            has(&facts, FactKind::Place, "Sydney Cricket Ground"),
            "{facts:?}"
        );
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
    fn every_date_names_a_month_at_a_capital() {
        const WORDS: &[&str] = &[
            "January", "May", "Sept.", "Sep.", "Dec.", "Jan", "June", "4", "12", "2024,", "2024",
            "on", "(March", "xMay", "3May", "x", "Mayor", "1,200",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\n", "", ","];
        let mut dates = 0;
        for text in crate::summarize::random_texts(WORDS, SPACES, 0x6a09_e667_bb67_ae85, 20_000, 8)
        {
            let date = DATE.is_match(&text);
            assert!(!date || names_a_month(&text), "{text:?}");
            dates += usize::from(date);
        }
        assert!(
            dates > 2_000,
            "only {dates} dates: the texts miss the pattern"
        );
    }

    #[test]
    fn an_amount_converted_in_brackets_is_one_fact() {
        let money = |text: &str| -> Vec<String> {
            facts_of(text)
                .into_iter()
                .filter(|(k, _)| *k == FactKind::Money)
                .map(|(_, t)| t)
                .collect()
        };
        assert_eq!(
            money("The board rejected a £1.3bn ($2.5bn) takeover offer from Halden Group."),
            ["£1.3bn"]
        );
        assert_eq!(
            money(
                "Profits were 77m euros (£53m; $100m) in the quarter, and the film took $80m (about £42.4m)."
            ),
            ["77m euros", "$80m"]
        );
        assert_eq!(
            money("It left debts of 6.5 billion reais ($2.3bn or £1.2bn) when it closed."),
            ["6.5 billion reais"]
        );
        // Words in the brackets say more than the amount again; so does a
        // second amount outside them, or one in the same currency (last
        // year's, a range).
        assert_eq!(
            money("A ticket costs £5 (£6 including VAT), and a pass $40, or $55 for two."),
            ["£5", "£6", "$40", "$55"]
        );
        assert_eq!(
            money("Profit rose to £12.4m (£9.8m), sales to A$1.2bn (A$1.1bn), costs £7m (£6-8m)."),
            ["£12.4m", "£9.8m", "A$1.2bn", "A$1.1bn", "£7m", "£6-8m"]
        );
        assert_eq!(
            money("About 40 Rand Paul supporters paid $5 each, and 20 rand was the fee."),
            ["$5", "20 rand"]
        );
    }

    #[test]
    fn money_and_dates() {
        let facts = facts_of(
            "Parliament approved $2.4 billion on February 24, 2022, and €310 million on 3 September. Rs 500 crore was set aside. \
             The deal is worth 1.2bn euros, or 30 pence a share. The project will cost Rs 7-10 crore, and the port ₹3610.30 crore. \
             Shares were offered for 11-14 euros, up from 55 euro cents, in a deal worth 1.33bn Australian dollars. Bonds worth 40 billion pesos were sold. The show runs from 6 to 9 January, the fair April 9 - 11.",
        );
        // Pounds spelled out, but not a weight; lakh and crore before rupees.
        assert_eq!(
            of_kind(
                &facts_of(
                    "They bought the house for 436,000 pounds and added 3 lakh rupees. Police found \
                     500 pounds of explosives. The boxer, weighing 200 pounds, paid 2 crore rupees. \
                     The truck is 2,400 pounds lighter, and he paid 5 pounds for tea (a weight as \
                     often, in so few). The city put 20 million pounds of new money in, and the club \
                     lost 40,000 pounds."
                ),
                FactKind::Money
            ),
            [
                "436,000 pounds",
                "3 lakh rupees",
                "2 crore rupees",
                "20 million pounds",
                "40,000 pounds"
            ]
        );
        assert!(
            !facts_of("Wales won the 2020 Euros qualifier. Costs in 2019 dollars rose, and in 2019-20 dollars.")
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
            // Ranges and cents are whole.
            (FactKind::Money, "11-14 euros"),
            (FactKind::Money, "55 euro cents"),
            (FactKind::Money, "1.33bn Australian dollars"),
            (FactKind::Money, "40 billion pesos"),
            (FactKind::Date, "6 to 9 January"),
            (FactKind::Date, "April 9 - 11"),
        ] {
            assert!(has(&facts, kind, text), "missing {text:?} in {facts:?}");
        }
        // A year after a comma, or after a month's day, is the date's.
        let facts = facts_of(
            "The attacks of 11 September, 2001 changed it. The game was released on November 15 2001 in the US.",
        );
        assert!(
            has(&facts, FactKind::Date, "11 September, 2001"),
            "{facts:?}"
        );
        assert!(has(&facts, FactKind::Date, "November 15 2001"), "{facts:?}");
        // But not a count of what follows.
        let facts =
            facts_of("On 12 June, 2000 homes were flooded. By March 3 2000 people had fled.");
        assert!(has(&facts, FactKind::Date, "12 June"), "{facts:?}");
        assert!(has(&facts, FactKind::Date, "March 3"), "{facts:?}");
        // (A range begins with a day: not the tail of a larger number.)
        let facts = facts_of("The bill passed by 310 to 12 May's deal.");
        assert!(has(&facts, FactKind::Date, "12 May"), "{facts:?}");
        // A score is no range of days.
        let facts = facts_of(
            "Leeds beat Hull 3-1 May 5 at home. The March 3-1 clash was tense. Fans recalled the 2-0 win of 4 June. \
             The council voted 7 to 2 May 9.",
        );
        let dates = of_kind(&facts, FactKind::Date);
        assert_eq!(dates, ["May 5", "4 June", "May 9"], "{facts:?}");
    }

    #[test]
    fn administrations_directorates_bureaus_guilds_and_papers_are_bodies_not_people() {
        for (text, expected) in [
            (
                "The State Tobacco Monopoly Administration said it had not approved the deal, China Daily reported. \
                 The Enforcement Directorate questioned him.",
                &[
                    "State Tobacco Monopoly Administration",
                    "China Daily",
                    "Enforcement Directorate",
                ][..],
            ),
            (
                "The National Bureau of Statistics said output rose. \
                 The Food and Drug Administration said the pill was safe, the Daily Telegraph reported.",
                &[
                    "National Bureau of Statistics",
                    "Food and Drug Administration",
                    "Daily Telegraph",
                ][..],
            ),
            (
                "The Screen Actors Guild and the Confederation of Veloran Industry met at the \
                 World Trade Forum.",
                &[
                    "Screen Actors Guild",
                    "Confederation of Veloran Industry",
                    "World Trade Forum",
                ][..],
            ),
            (
                "The Harbour Chamber of Commerce, the Royal Society and the Countryside Alliance \
                 wrote to the Marsh Mukti Morcha and the Film Academy.",
                &[
                    "Harbour Chamber of Commerce",
                    "Royal Society",
                    "Countryside Alliance",
                    "Marsh Mukti Morcha",
                    "Film Academy",
                ][..],
            ),
            (
                "Deutsche Boerse, the stock exchange, has said it will bid. Deutsche Boerse also \
                 said profit rose. Late on Monday, Deutsche Boerse said it would pay more.",
                &["Deutsche Boerse"][..],
            ),
        ] {
            let facts = facts_of(text);
            let bodies = of_kind(&facts, FactKind::Organisation);
            for body in expected {
                assert!(bodies.iter().any(|b| b == body), "{body}: {facts:?}");
            }
            assert_eq!(
                of_kind(&facts, FactKind::Person),
                Vec::<String>::new(),
                "{facts:?}"
            );
        }
    }

    #[test]
    fn what_someone_was_is_no_part_of_a_bodys_name() {
        let facts = facts_of(
            "Former Film Academy president Frank Pierson said the Writers Guild of Veloria agreed.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Film Academy", "Writers Guild of Veloria"],
            "{facts:?}"
        );
    }

    #[test]
    fn a_news_agency_cited_is_no_fact_unless_the_headline_names_it() {
        let text = "Police chief Ada Vell told news agency PTI that 12 people were held. \
                    The Veloria Port Authority said the port would reopen, news agency Reuters \
                    reported. According to the Associated Press, Acme Shipping Group paid $2m.";
        let sentences = crate::text::sentences(text);
        let people = super::super::people::people(&sentences);
        let figures = super::super::figures::figures(&sentences);
        let organisations = |headline: &str| {
            let mut facts = extract(&sentences, &people, &[], &figures);
            without_cited_agencies(&mut facts, headline);
            facts
                .into_iter()
                .filter(|f| f.kind == FactKind::Organisation)
                .map(|f| f.text)
                .collect::<Vec<_>>()
        };
        let mut before = extract(&sentences, &people, &[], &figures);
        before.retain(|f| f.kind == FactKind::Organisation);
        assert_eq!(before.len(), 5, "{before:?}");
        let all = organisations("");
        assert!(
            all.contains(&"Veloria Port Authority".to_string()),
            "{all:?}"
        );
        assert!(all.contains(&"Acme Shipping Group".to_string()), "{all:?}");
        // An employer is no source.
        let sentences = ["Ann Lowe worked for the Associated Press for ten years."];
        let mut facts = extract(&sentences, &people, &[], &[]);
        without_cited_agencies(&mut facts, "");
        assert!(
            facts.iter().any(|f| f.text == "Associated Press"),
            "{facts:?}"
        );
        assert!(
            !all.iter()
                .any(|o| ["PTI", "Reuters", "Associated Press"].contains(&o.as_str())),
            "{all:?}"
        );
        // Named by the headline, by any of its names.
        let named = organisations("Reuters and AP staff walk out");
        assert!(named.contains(&"Reuters".to_string()), "{named:?}");
        assert!(named.contains(&"Associated Press".to_string()), "{named:?}");
        assert!(!named.contains(&"PTI".to_string()), "{named:?}");
    }

    #[test]
    fn the_title_of_a_work_is_no_place_or_organisation() {
        let facts = facts_of(
            "Her subsequent album The College Dropout was a hit in Veloria City. \
             She wrote the book Small Island while in Kasgarh. The puppet comedy The Team America \
             opened in Rohtal. She told the newspaper Le Monde that the Acme Records label paid. \
             The College Dropout sold well, and Small Island won a prize. The documentary Veloria \
             Film Council made was shown.",
        );
        let named: Vec<&str> = facts
            .iter()
            .filter(|(k, _)| matches!(k, FactKind::Place | FactKind::Organisation))
            .map(|(_, t)| t.as_str())
            .collect();
        assert!(
            !named
                .iter()
                .any(|t| ["College Dropout", "Small Island", "Team America"].contains(t)),
            "{facts:?}"
        );
        assert!(named.contains(&"Le Monde"), "{facts:?}");
        assert!(named.contains(&"Veloria Film Council"), "{facts:?}");
    }

    #[test]
    fn a_day_given_without_its_year_and_with_it_is_one_date() {
        let facts = facts_of(
            "The deal was signed on 7 March. Talks began on 7 March 2003 and ended on December 23, \
             2003. By December 23 the money was paid, and on 17 March it was spent. \
             The festival runs April 9 - 11 and opens on April 9.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Date),
            [
                "7 March 2003",
                "December 23, 2003",
                "17 March",
                "April 9 - 11",
                "April 9"
            ],
            "{facts:?}"
        );
        // A story of two years: the day may be either's.
        let facts =
            facts_of("It was signed on 7 March 2003 and ends on 7 March. It began on 2 May 2001.");
        assert_eq!(
            of_kind(&facts, FactKind::Date),
            ["7 March 2003", "7 March", "2 May 2001"],
            "{facts:?}"
        );
    }

    #[test]
    fn a_toll_given_twice_is_one_figure_and_a_posts_sign_off_no_date() {
        let facts = facts_of(
            "The strike killed 24 people on Monday. Officials said at least 24 were killed and 51 injured. \
             Later, more than 60 were injured in a second strike.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Figure),
            ["24 killed", "51 injured", "more than 60 injured"],
            "{facts:?}"
        );
        let facts = facts_of(
            "The talks resume on January 3, 2024. \
             We are ready pic.twitter.com/abc — Ada Lee (@ada_lee) January 1, 2024 \
             The deadline (in brackets) is February 2.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Date),
            ["January 3, 2024", "February 2"],
            "{facts:?}"
        );
        for (before, post) in [
            ("— Ada Lee (@ada_lee) ", true),
            ("— ICC (@ICC)", true),
            ("— Ada (@ada.example.social) ", true),
            ("— Ada (@ada@example.org) ", true),
            ("the talks (@ the hotel) ", false),
            ("the talks (twice) ", false),
            ("", false),
        ] {
            assert_eq!(signs_off_a_post(before), post, "{before:?}");
        }
        assert_eq!(
            super::super::figures::unqualified("At least 24 killed"),
            "24 killed"
        );
        assert_eq!(
            super::super::figures::unqualified("overall 24"),
            "overall 24"
        );
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
    fn a_place_noun_after_a_name_makes_it_a_place() {
        let places = |text: &str| of_kind(&facts_of(text), FactKind::Place);
        // After the run's first word, after an owner, or a weak cue made
        // strong: each once is enough (`in Veloria's` is weak, and once).
        assert_eq!(
            places(
                "A bridge was stolen in Rohtal district. Police in Veloria's Kasgarh village \
                 said the Dev Nagar region was calm."
            ),
            ["Rohtal", "Dev Nagar", "Kasgarh"]
        );
        // A name within a word, or after a bracket or a quotation mark.
        assert_eq!(
            places(
                "Troops entered the western al-Anbar province (Rohtal district) near “Kasgarh village”."
            ),
            ["Anbar", "Kasgarh", "Rohtal"]
        );
        // Not a people, a games' village, nor what a state owns.
        assert_eq!(
            places(
                "The Argentine state will not pay. They stayed at the Olympic village. \
                 Staff at Veloria's state-owned airline left. Marta's state of mind is good. \
                 The German city was calm. Vermont is a Democratic state, and Kasgarh a Catholic \
                 town. Life in the Soviet state was hard."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn places_follow_a_ruler_a_realm_or_a_place_noun_not_a_portfolio_or_a_genre() {
        let places = |text: &str| of_kind(&facts_of(text), FactKind::Place);
        // A head of a place before `of`, a monarch before `of` alone, a
        // place noun as a whole word, a stopped abbreviation in a name.
        assert_eq!(
            places(
                "The King of Belgium met the Crown Prince of Estrava and the Chief Justice of \
                 Veloria in the city of St. Petersburg."
            ),
            ["Belgium", "Estrava", "St. Petersburg", "Veloria"]
        );
        // A portfolio, an office, a genre, a club: no places.
        assert_eq!(
            places(
                "Chancellor of the Exchequer Mara Lind and the Director of Public Prosecutions \
                 spoke. The Minister of Discord, the King of the Blues and Queen of the South \
                 were there."
            ),
            Vec::<String>::new()
        );
        // A company owns its chief executive; a lower-case possessor is
        // no name; `estate` and `support` hold no place noun.
        assert_eq!(
            places(
                "Acme's CEO Dana Moss left, and the company's CEO followed. The estate of Ivo \
                 Brandt grew. Nations spoke in support of Harbour Front."
            ),
            Vec::<String>::new()
        );
        // Events, works and brands named after a preposition.
        assert_eq!(
            places(
                "She won at the Hyderabad Open and sang at the Eurovision Song Contest. She \
                 starred in the Carry On films and posed in Playboy magazine, and again in \
                 Playboy magazine."
            ),
            Vec::<String>::new()
        );
        // A team, a market or an event keeps its place's name.
        assert_eq!(
            places("He lives in Spain. He was named in the Spain squad."),
            ["Spain"]
        );
        assert_eq!(
            places("Shares rose in Tokyo. Trading in Tokyo shares was light."),
            ["Tokyo"]
        );
        assert_eq!(
            places("It won at the Venice film festival, and again at the Venice film festival."),
            ["Venice"]
        );
        // `St.` alone names nothing.
        assert!(places("They drove to the city of St.").is_empty());
        // A demonym before a noun is no place.
        assert!(places("Most graduates from Saudi universities found work.").is_empty());
        // A name cut short before an organisation word is no place.
        assert!(
            places("She worked at Kestrel's Harlow Vale Hospital for a year.").is_empty(),
            "{:?}",
            facts_of("She worked at Kestrel's Harlow Vale Hospital for a year.")
        );
    }

    #[test]
    fn a_body_introduced_by_what_it_is_is_an_organisation_not_a_person_or_a_place() {
        let facts = facts_of(
            "UK-based bank Harbour Chartered said it would buy a rival. The brewer Brevik's \
             shares rose, and the band Kestrel played at Air Estrava's gala. Passengers at Air \
             Estrava waited, and more waited at Air Estrava again. The airline Air Estrava \
             apologised. Documentary maker Ivo Brandt said little. The film-maker Ana Ruiz said \
             more. Finance firm Angelo Brandt & Co According to sources, it grew.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            [
                "Harbour Chartered",
                "Brevik",
                "Kestrel",
                "Air Estrava",
                "Angelo Brandt & Co"
            ]
        );
        assert_eq!(
            of_kind(&facts, FactKind::Person),
            ["Ivo Brandt", "Ana Ruiz"]
        );
        assert_eq!(of_kind(&facts, FactKind::Place), Vec::<String>::new());
        // A trade is no body; a title, a possessive, a name this cannot
        // read whole end or drop the body; a club bears its town's name.
        let facts = facts_of(
            "Newspaper publisher Rupert Lind said he would not sell, nor would drinks giant \
             Brevik. Jazz giant Miles Orr played. The central bank \
             Governor Alan Greve spoke, and the firm Acme's Bob Hale agreed. The charity Help \
             the Aged and the band Maroon 5 played for carmaker General Motors. Premiership \
             club Newcastle lost. Fans in Newcastle were angry, and protests in Newcastle grew. \
             Staff at Acme waited, and more waited at Acme.",
        );
        assert_eq!(
            of_kind(&facts, FactKind::Organisation),
            ["Brevik", "Acme", "General Motors", "Newcastle"]
        );
        assert_eq!(
            of_kind(&facts, FactKind::Person),
            ["Rupert Lind", "Governor Alan Greve"]
        );
        assert_eq!(of_kind(&facts, FactKind::Place), ["Newcastle"]);
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
        // A name with a prefix is whole (`ex-Harbour Street`, not `Street`).
        assert_eq!(
            people_of("He praised ex-Harbour Street media chief Tomas Eriksen on Monday."),
            ["ex-Harbour Street media chief Tomas Eriksen"]
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
            people_of("Acme's Jan Berry said the plant would close."),
            ["Jan Berry"]
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
        // A role between two names is the second's, when a comma or the
        // sentence's end closes it; and a bank advises.
        assert_eq!(
            people_of(
                "After talks with Anna Blix, the Veloran prime minister, Tomas Brandt, said little."
            ),
            ["Veloran prime minister Tomas Brandt"]
        );
        assert_eq!(
            people_of("In Port Amsel, the mayor, Edda Voskuil, said no."),
            ["mayor Edda Voskuil"]
        );
        assert_eq!(
            people_of("Talks were led by Port Amsel's new mayor, Edda Voskuil."),
            Vec::<String>::new()
        );
        assert_eq!(
            people_of("The deal was signed by Ivo Brandt, the club's coach, Lena Ostrem."),
            ["club's coach Lena Ostrem"]
        );
        // In a list, each role is the name's before it.
        assert_eq!(
            people_of(
                "Guests were Anna Blix, the Veloran chancellor, Tomas Brandt, the Estravan \
                 president, and Ivo Lind."
            ),
            [
                "Veloran chancellor Anna Blix",
                "Estravan president Tomas Brandt"
            ]
        );
        assert_eq!(
            people_of("Ana Ruiz, the defending champion, Lena Ostrem, and Mia Dahl won."),
            ["defending champion Ana Ruiz"]
        );
        assert_eq!(
            people_of("In Port Amsel, the mayor, Edda Voskuil said no."),
            ["Edda Voskuil"]
        );
        assert!(people_of("In Port Amsel, the mayor, Voskuil, said no.").is_empty());
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
            "he",
            "who",
            "for",
            ", ",
            "’s",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\u{2009}", ""];
        for text in crate::summarize::random_texts(WORDS, SPACES, 11, 5_000, 20) {
            let sentences = crate::text::sentences(&text);
            let people = people(&sentences);
            let full = super::super::people::FullNames::of(&sentences);
            // (The text as its own headline: every name in it a surname
            // the headline may give.)
            let recurring = super::super::people::recurring(&sentences, &text, &full, &people);
            let facts = extract(&sentences, &people, &recurring, &[]);
            assert!(facts.iter().all(|f| !f.text.is_empty()), "{text:?}");
        }
    }

    #[test]
    fn a_body_named_two_ways_is_one_organisation() {
        let organisations = |text: &str| of_kind(&facts_of(text), FactKind::Organisation);
        // The longer name, whether words stand before the shorter one or
        // follow it.
        assert_eq!(
            organisations(
                "The Treasury Select Committee met. The Commons Treasury Select Committee would not comment."
            ),
            ["Commons Treasury Select Committee"]
        );
        assert_eq!(
            organisations(
                "The Reserve Bank of Australia held rates. The Reserve Bank said inflation was low."
            ),
            ["Reserve Bank of Australia"]
        );
        // The shorter, after an owner or words that are no name, which
        // counts its mentions too.
        assert_eq!(
            organisations(
                "He spoke to the Harbour League. It was Real Sociedad's Harbour League debut."
            ),
            ["Harbour League"]
        );
        assert_eq!(
            organisations(
                "He spoke to the Harbour League. It was Real Sociedad's Harbour League debut. The UEFA Harbour League meeting is in May."
            ),
            ["Harbour League"]
        );
        // The name the story uses more.
        assert_eq!(
            organisations(
                "Numerous Vale Council homes were sold. The Vale Council is tense. Tenants petition the Vale Council."
            ),
            ["Vale Council"]
        );
        // Two longer names: the shorter is neither's.
        assert_eq!(
            organisations(
                "The Reserve Bank of Australia held rates. The Reserve Bank of Fiji cut them. The Reserve Bank said little."
            )
            .len(),
            3
        );
        // A body named after another is another (`General Motors Europe`);
        // and so is one with a place or a people before it.
        for two in [
            "The Reserve Bank held rates. The Reserve Bank Staff Union met on Monday.",
            "The US Secret Service Agency arrested him. The Secret Service Agency said so.",
            "The Harbour League voted. The Scottish Harbour League did not.",
        ] {
            assert_eq!(organisations(two).len(), 2, "{two}");
        }
    }

    /// A sport's league is a competition, no body, unless the story shows
    /// it acting as one.
    #[test]
    fn a_sports_league_is_no_organisation() {
        let organisations = |text: &str| of_kind(&facts_of(text), FactKind::Organisation);
        for text in [
            "He scored twice in the Champions League match against Barcelona.",
            "Leeds sit at the top of the Premier League after the win.",
            "This weekend's Super League fixtures were called off.",
            "He was bought for the Indian Premier League season.",
        ] {
            assert_eq!(organisations(text), Vec::<String>::new(), "{text}");
        }
        for (text, body) in [
            (
                "Premier League chief executive Ivo Vell met the clubs.",
                "Premier League",
            ),
            (
                "A National Football League spokesman said the game would go ahead.",
                "National Football League",
            ),
            (
                "The Football League fined the club for breaking its rules.",
                "Football League",
            ),
            ("The Arab League met in Cairo on Monday.", "Arab League"),
            (
                "The Premier League has fined the club twice.",
                "Premier League",
            ),
            (
                "The Premier League, which sold its rights, said it would appeal.",
                "Premier League",
            ),
            (
                "The Premier League's chief executive met the clubs.",
                "Premier League",
            ),
        ] {
            assert_eq!(organisations(text), [body], "{text}");
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
            // A person after the name, in full or by surname, is no part
            // of it; a surname that is an organisation word may be.
            (
                "Coach Tomas Rehn said he liked the Harbour League. He would be a top manager in the Harbour League Rehn chats with players.",
                &["Harbour League"][..],
            ),
            (
                "Judge Ivo Steel ruled on Monday. Jobs went at Harbour Steel on Friday.",
                &["Harbour Steel"][..],
            ),
            (
                "Basketball star Ivo Vell visited. The Central Bank of Vell kept rates.",
                &["Central Bank of Vell"][..],
            ),
            // `and` joins one word, and only one that begins the run: two
            // bodies, or a person and a body, stay apart.
            (
                "The US Treasury and Justice Department announced sanctions.",
                &["Justice Department"][..],
            ),
            // A plural's apostrophe is inside the name.
            (
                "Members of the Transport and General Workers' Union voted.",
                &["Transport and General Workers' Union"][..],
            ),
            // `for` after an `of` run goes on with the name, but not
            // before a lower-case word.
            (
                "He will appeal to the Court of Arbitration for Sport next week.",
                &["Court of Arbitration for Sport"][..],
            ),
            (
                "The Bank of England for the first time cut rates twice.",
                &["Bank of England"][..],
            ),
            // A word of a body's name that is a body's word alone
            // (`Exchange`) is still inside the name the last word joins.
            (
                "The Securities and Exchange Commission has asked for information.",
                &["Securities and Exchange Commission"][..],
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
            // A party of someone the story names is named without its
            // owner; a firm named for the person who runs it keeps it, and
            // so does a name with an owner of its own.
            (
                "Opposition leader Ravi Tamm said the vote was lost. Tamm's Liberty Party \
                 will meet on Friday.",
                &["Liberty Party"][..],
            ),
            (
                "\"Sales fell,\" said Kurt Ostrow, president of Ostrow's Retail Consulting Group.",
                &["Ostrow's Retail Consulting Group"][..],
            ),
            (
                "Ada Venn studied at Queen's University Harbour until 2019.",
                &["Queen's University Harbour"][..],
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
                "The Electoral Commission and Harbour Union of Students met.",
                &["Electoral Commission", "Harbour Union of Students"][..],
            ),
            (
                "Mayor Orrin Tal and Home Office officials met on Monday.",
                &["Home Office"][..],
            ),
            (
                "Mayor Tal and Home Office officials met on Monday.",
                &["Home Office"][..],
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
                "in Kyiv Aid Deputy Prime Minister of Canada",
                &[("Kyiv Aid Deputy", false), ("Canada", true)],
            ),
            // Only a place's head before `of` or after a possessive; a
            // place noun is a whole word.
            (
                "Chancellor of the Exchequer Gordon Brown and Minister of Finance Ana Ruiz",
                &[],
            ),
            (
                "Acme's CEO Dana Moss and Britain's PM met",
                &[("Britain", true)],
            ),
            (
                "The capacity of Lyon and the county of Kent",
                &[("Kent", true)],
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

    fn alternation(titles: &[&str]) -> String {
        titles
            .iter()
            .map(|t| regex::escape(t))
            .collect::<Vec<_>>()
            .join("|")
    }

    /// The pattern `place_cues` replaced, as an oracle.
    fn place_cues_by_regex(sentence: &str) -> Vec<(&str, usize, bool)> {
        static PLACE: LazyLock<regex::Regex> = LazyLock::new(|| {
            regex::Regex::new(&format!(
                r"(?:(?P<strong>(?-u:\b)(?:{nouns}) of|(?:{rulers}) of(?: the)?|(?:{monarchs}) of)|(?-u:\b)(?:{prepositions})(?: the)?)\s+(?P<p>{word}(?:\s+{word}){{0,2}})|(?P<poss>['’]s)\s+(?:{owned})",
                // A place's name as `name_end` reads it: up to three words.
                word = PLACE_NAME_WORD,
                nouns = PLACE_NOUNS.join("|"),
                prepositions = PLACE_PREPOSITIONS.join("|"),
                rulers = alternation(RULERS),
                monarchs = alternation(MONARCHS),
                owned = alternation(&OWNED_TITLES),
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
            "CEO",
            "PM",
            "Chancellor",
            "Deputy",
            "county",
            "viscounty",
            "Sen.",
            "King",
            "Queen",
            "Crown",
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
}
