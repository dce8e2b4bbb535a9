//! Hard figures: how many people a story's event killed, injured,
//! evacuated, arrested…, and the magnitude of a quake, each with what it
//! counts (`41 killed`, `more than 180 injured`, `7.6 magnitude`).
//!
//! Numbers come as digits (`41`, `3,000`, `1.5 million`) or as words, as
//! news writes counts under ten, any count that begins a sentence, and
//! crowds (`Six people were killed`, `Two hundred and fifty were
//! arrested`, `hundreds of families were displaced`); words are shown as
//! digits, crowds as words. Precision comes first: a number that counts
//! no one (`one in five were affected`, `the father of three was killed`,
//! `two dead dogs`) is no figure, since a wrong figure in the box is worse
//! than none.

use std::sync::LazyLock;

use regex::Captures;

use crate::pattern::Pattern;

use super::facts::{has_digit, is_month, is_year};

/// Words that end a figure and say what it counts, with the word shown.
const COUNTED: &[(&str, &str)] = &[
    ("killed", "killed"),
    ("dead", "dead"),
    ("died", "dead"),
    ("deaths", "dead"),
    ("injured", "injured"),
    ("wounded", "injured"),
    ("hurt", "injured"),
    ("missing", "missing"),
    ("evacuated", "evacuated"),
    ("displaced", "displaced"),
    ("arrested", "arrested"),
    ("detained", "detained"),
    ("rescued", "rescued"),
    ("homeless", "homeless"),
    ("affected", "affected"),
];

/// Words of [`COUNTED`] that also describe a thing (`two dead dogs`, `the
/// two missing documents`): after a number without a verb, they count
/// people only when no noun follows them.
const ADJECTIVES: &[&str] = &["dead", "missing", "homeless", "injured", "wounded"];

/// Words that may follow an adjective of [`ADJECTIVES`] that counts people
/// (`41 dead in the attack`, `three dead and two injured`).
const AFTER_ADJECTIVE: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "at",
    "on",
    "after",
    "as",
    "following",
    "when",
    "while",
    "since",
    "from",
    "including",
    "with",
    "so",
    "near",
    "across",
    "amid",
    "during",
    "by",
    "of",
    "to",
    "among",
    "last",
    "this",
    "yesterday",
    "today",
    "overnight",
    "early",
    "late",
    "there",
    "were",
    "are",
    "have",
    "had",
];

/// Nouns for people (`five injured civilians`).
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "civilians",
    "soldiers",
    "troops",
    "children",
    "adults",
    "residents",
    "workers",
    "passengers",
    "others",
    "men",
    "women",
    "officers",
    "migrants",
    "students",
    "players",
    "fans",
    "villagers",
    "pilgrims",
    "tourists",
    "protesters",
];

/// Measures, which a number before them counts and not people: `90
/// percent were affected`, `24 hours were…`, and after a verb of
/// [`COUNTED`] either: `killed 2 days ago`, `killed one day before`.
const MEASURES: &[&str] = &[
    "percent", "per", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "decade", "decades", "minute", "minutes", "second", "seconds", "time", "times",
];

/// Shares: `two thirds were displaced`.
const FRACTIONS: &[&str] = &[
    "third", "thirds", "quarter", "quarters", "half", "fifth", "fifths", "tenth", "tenths",
];

/// Things, not people, that a number before a verb of [`COUNTED`] may
/// count: `twelve homes were affected`, `two flights were affected`.
const THINGS: &[&str] = &[
    "homes",
    "houses",
    "buildings",
    "properties",
    "villages",
    "towns",
    "cities",
    "districts",
    "flights",
    "trains",
    "cars",
    "vehicles",
    "buses",
    "boats",
    "animals",
    "dogs",
    "cats",
    "cattle",
    "sheep",
    "horses",
    "birds",
    "documents",
    "files",
    "accounts",
    "computers",
    "schools",
    "shops",
    "businesses",
    "roads",
    "bridges",
    "games",
    "matches",
    "goals",
    "points",
    "seats",
    "factories",
    "plants",
    "hospitals",
    "flats",
    "apartments",
    "stations",
    "ships",
    "planes",
    "countries",
    "areas",
    "regions",
    "provinces",
    "states",
    "offices",
    "stores",
    "farms",
    "sites",
    "companies",
    "banks",
    "websites",
    "airports",
    "ports",
    "cows",
    "pigs",
    "chickens",
    "trees",
    "acres",
    "hectares",
    "crops",
];

/// Words between a number and a verb of [`COUNTED`] that make the verb
/// another's: `aged 15 who was injured`, `one in five were affected`.
const LINKS: &[&str] = &["who", "which", "that", "of", "in", "out", "and", "or"];

/// Words before a number that say how sure it is: `more than 180`.
const QUALIFIERS: &str =
    "more than|over|at least|nearly|almost|about|around|up to|some|fewer than|less than";

/// A figure without the qualifier it opens with: `24 killed` for `at
/// least 24 killed`.
pub(super) fn unqualified(figure: &str) -> &str {
    QUALIFIERS
        .split('|')
        .find_map(|q| {
            figure
                .get(..q.len())
                .filter(|head| head.eq_ignore_ascii_case(q))
                .and_then(|_| figure[q.len()..].strip_prefix(' '))
        })
        .unwrap_or(figure)
}

/// Adverbs that may stand between the verb and the word counted without
/// changing the count (`were critically injured`); `nearly` and
/// `potentially` would, and are not among them.
const ADVERBS: &str = "critically|seriously|fatally|badly|slightly|severely|gravely|mortally|reportedly|allegedly|also|later|all|still|now|subsequently";

/// Numbers written as digits: ASCII ones, which [`figures`] asks a sentence
/// to hold before it reads any. (With `\d`, which takes in the digits of
/// every script, the pattern had a wide form to compile for text beyond
/// ASCII.)
const DIGITS: &str = r"[0-9]+(?:,[0-9]{2,3})*(?:\.[0-9]+)?(?:\s+(?:million|lakh|crore|thousand))?";

const UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Crowds, shown as words: `hundreds of`, `tens of thousands of`.
const CROWDS: &str = r"(?:tens|hundreds) of thousands|dozens|scores|hundreds|thousands|millions";

/// Numbers written as words: `six`, `twenty-five`, `twenty one`, `two
/// hundred and fifty`, `two thousand`, `two million`, `two dozen`, `a
/// dozen`, and crowds.
fn number_words() -> String {
    let units = UNITS.join("|");
    let digit = UNITS[..9].join("|");
    let tens = TENS.join("|");
    // 1 to 99, then 1 to 999.
    let small = format!(r"(?:(?:{tens})(?:[- ](?:{digit}))?|{units})");
    let group = format!(r"{small}(?:\s+hundred(?:\s+(?:and\s+)?{small})?)?");
    format!(
        r"(?:(?:{group}|a)\s+dozen|{group}(?:\s+(?:thousand|million|billion)(?:,?\s+(?:and\s+)?{group})?)?|a\s+(?:hundred|thousand|million))(?-u:\b)|(?:{CROWDS})(?:\s+of)?(?-u:\b)"
    )
}

/// A count of people as a figure reads it, given how the number is
/// written (`number`): `more than 180 injured`, `Two more people died`,
/// `killing 12`, `the death toll rose to 57`. When the number ends on a
/// word boundary of its own (`bounded`), the three ways of naming the
/// count before the number share one copy of it: they open with different
/// words, so no two of them match at one place, and the boundary that
/// `killing 12` asks for is there anyway. (The numbers in words are long:
/// that halves the pattern, and its compiling.)
fn figure_pattern(number: &str, bounded: bool) -> String {
    let counted = COUNTED
        .iter()
        .map(|(w, _)| *w)
        .collect::<Vec<_>>()
        .join("|");
    // `were killed`, `have been critically injured`, `remain missing`.
    let verb = format!(
        r"(?:(?:were|was|are|is|have been|has been|had been|have|has|had|remain|remains|remained)\s+(?:(?:{ADVERBS})\s+)?)"
    );
    // `found dead`, `reported missing`, `shot and killed`.
    let participle =
        r"(?:(?:found|reported|feared|confirmed|believed|presumed|shot)\s+(?:and\s+)?)";
    // `claimed the lives of 41`, `killing 12`, `the death toll rose to 57`.
    let lives = "(?:claimed|took) the lives of";
    let verbs = "killing|killed|injuring|injured|wounding|wounded";
    let toll = "death toll (?:(?:rose|rises|climbed|climbs|jumped|jumps) to|of|stands at|stood at|reached|reaches|hit|hits)";
    let named_before = if bounded {
        format!(
            r"(?:{lives}|(?P<kv>{verbs})|{toll})\s+(?P<lq>(?:{QUALIFIERS})\s+)?(?P<ln>{number})"
        )
    } else {
        format!(
            r"(?:{lives}|{toll})\s+(?P<lq>(?:{QUALIFIERS})\s+)?(?P<ln>{number})|(?P<kv>{verbs})\s+(?P<kq>(?:{QUALIFIERS})\s+)?(?P<kn>{number})(?-u:\b)"
        )
    };
    format!(
        r"(?i)(?:^|[\s(])(?P<q>(?:{QUALIFIERS})\s+)?(?P<n>{number})\s+(?:(?:more|other|further)\s+)?(?:(?:people|persons|person|civilians|soldiers|children|residents|workers|passengers|others)\s+|(?P<x>[a-z]+)\s+(?:(?P<x2>[a-z]+)\s+)?{verb})?{verb}?{participle}?(?P<w>{counted})(?-u:\b)|{named_before}"
    )
}

static FIGURE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"{}|(?P<m>[0-9]+(?:\.[0-9]+)?)[- ]magnitude|magnitude(?:-|\s+of\s+|\s+)(?P<m2>[0-9]+(?:\.[0-9]+)?)",
        figure_pattern(DIGITS, false)
    ))
    .expect("valid regex")
});

/// [`FIGURE`] with the number in words: `Six people were killed`.
static WORD_FIGURE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&figure_pattern(&number_words(), true)).expect("valid regex"));

/// What every figure holds: a word of [`COUNTED`], of killing or injuring,
/// or a magnitude, in any case (`12 Killed In Bus Crash`). A quick test
/// first: most sentences count nobody. (As a regex, which reads every byte
/// with a lazy DFA: an Aho-Corasick automaton of the same words took 1.7
/// times the instructions, and no fewer as a DFA without a prefilter.)
static HINT: LazyLock<regex::Regex> = LazyLock::new(|| {
    let words: Vec<String> = COUNTED
        .iter()
        .map(|(w, _)| *w)
        .chain([
            "killing",
            "injuring",
            "wounding",
            "lives of",
            "death toll",
            "magnitude",
        ])
        .map(regex::escape)
        .collect();
    // (ASCII's case only, as the automaton had it.)
    regex::Regex::new(&format!("(?i-u:{})", words.join("|"))).expect("valid words")
});

/// The hard figures of a story's sentences, with the index of the
/// sentence each is in, in story order: the key points favour those
/// sentences, and the facts list the figures.
pub fn figures(sentences: &[&str]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if !HINT.is_match(sentence) {
            continue;
        }
        let mut here: Vec<(usize, String)> = Vec::new();
        if has_digit(sentence) {
            read(&FIGURE, sentence, &mut here);
        }
        read(&WORD_FIGURE, sentence, &mut here);
        here.sort_by_key(|&(at, _)| at);
        found.extend(here.into_iter().map(|(_, text)| (i, text)));
    }
    found
}

/// The figures `pattern` finds in `sentence`, with where each begins. A
/// match that counts no one is passed over, and the search goes on from
/// its number, so that it hides no figure after it (`Of 12 hostages, two
/// were killed`).
fn read(pattern: &Pattern, sentence: &str, found: &mut Vec<(usize, String)>) {
    let regex = pattern.regex(sentence);
    let mut from = 0;
    while let Some(caps) = regex.captures_at(sentence, from) {
        let whole = caps.get(0).expect("a match");
        let number = ["n", "ln", "kn", "m", "m2"]
            .iter()
            .find_map(|g| caps.name(g))
            .expect("a figure has a number");
        // Past the number at least, and past the whole match when kept.
        from = number.end().max(from + 1);
        if let Some(text) = figure(sentence, &caps) {
            found.push((whole.start(), text));
            from = whole.end().max(from);
        }
        if from >= sentence.len() {
            break;
        }
    }
}

/// A match as the figure shown, or nothing when it counts no one.
fn figure(sentence: &str, caps: &Captures<'_>) -> Option<String> {
    let qualifier = |name: &str| {
        caps.name(name)
            .map_or(String::new(), |q| q.as_str().to_lowercase())
    };
    if let Some(n) = caps.name("n") {
        // `Five soldiers and two civilians were killed`: one count of 7,
        // read from its first number.
        let list = caps
            .name("q")
            .is_none()
            .then(|| list_of_two(sentence, n.start(), n.as_str()))
            .flatten();
        let (at, first) = match list {
            Some((start, _)) => (start, &sentence[start..]),
            None => (caps.name("q").map_or(n.start(), |q| q.start()), n.as_str()),
        };
        if ["x", "x2"]
            .iter()
            .any(|x| caps.name(x).is_some_and(|x| not_counted(x.as_str())))
            || is_year(n.as_str())
            || active(sentence, caps)
            || !counts(sentence, at, first, &sentence[n.end()..])
            || describes_a_thing(sentence, caps)
            || rate(sentence, caps.name("w").map_or(0, |w| w.end()))
        {
            return None;
        }
        let shown = COUNTED
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(&caps["w"]))
            .map_or("", |(_, s)| s);
        let number = match list {
            Some((_, total)) => grouped(total),
            None => number_shown(n.as_str()),
        };
        return Some(format!("{}{number} {shown}", qualifier("q")));
    }
    if let Some(m) = caps.name("m").or_else(|| caps.name("m2")) {
        return Some(format!("{} magnitude", m.as_str()));
    }
    let n = caps
        .name("ln")
        .or_else(|| caps.name("kn"))
        .filter(|n| !is_year(n.as_str()))?;
    // `killed one day before`, `killing one another`, `killed one by one`,
    // `injured one in five`: a time, or no count.
    let mut after = words_from(&sentence[n.end()..]);
    let next = after.next().unwrap_or_default();
    // `one in five`; but `killed 30 in 24 hours`, `killed 12 in 2015`.
    let share = next == "in"
        && after.next().is_some_and(|w| {
            (w.starts_with(|c: char| c.is_ascii_digit()) || value_of(&w).is_some()) && !is_year(&w)
        })
        && !after.next().is_some_and(|w| MEASURES.contains(&w.as_str()));
    if share || MEASURES.contains(&next.as_str()) || matches!(next.as_str(), "another" | "by") {
        return None;
    }
    let q = ["lq", "kq"].iter().find_map(|g| caps.name(g));
    let shown = match caps.name("kv").map(|v| v.as_str().to_ascii_lowercase()) {
        Some(v) if v.starts_with("injur") || v.starts_with("wound") => "injured",
        _ => "killed",
    };
    Some(format!(
        "{}{} {shown}",
        q.map_or(String::new(), |q| q.as_str().to_lowercase()),
        number_shown(n.as_str())
    ))
}

/// Whether the verb is active, its subject the doer (`Two gunmen have
/// killed a police officer`): `have`, `has` and `had` without `been` count
/// the dead only in `have died`, and `remain` only the missing.
fn active(sentence: &str, caps: &Captures<'_>) -> bool {
    let (Some(n), Some(w)) = (caps.name("n"), caps.name("w")) else {
        return false;
    };
    let between = sentence[n.end()..w.start()].to_ascii_lowercase();
    let words: Vec<&str> = between.split_whitespace().collect();
    let counted = w.as_str().to_ascii_lowercase();
    words.iter().enumerate().any(|(i, word)| match *word {
        "have" | "has" | "had" => words.get(i + 1) != Some(&"been") && counted != "died",
        "remain" | "remains" | "remained" => counted != "missing",
        _ => false,
    })
}

/// Whether the words from `at` make the figure a rate (`200 deaths a
/// year`, `12 deaths per day`, `deaths annually`), which is no total.
fn rate(sentence: &str, at: usize) -> bool {
    let mut words = words_from(&sentence[at..]);
    let period = |w: &str| matches!(w, "year" | "day" | "week" | "month" | "hour" | "decade");
    // `killed a day after the raid`, `a week ago`: a time.
    let time = |w: &str| matches!(w, "after" | "before" | "ago" | "earlier" | "later" | "of");
    match words.next().as_deref() {
        Some("a" | "an" | "per" | "each" | "every") => {
            words.next().is_some_and(|w| period(&w)) && !words.next().is_some_and(|w| time(&w))
        }
        Some("annually" | "daily" | "weekly" | "monthly" | "yearly") => true,
        _ => false,
    }
}

/// The words of `text`, in lower case, without the punctuation between.
fn words_from(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Whether a word between a number and a verb of [`COUNTED`] makes the
/// number no count of people: a measure, a share, a thing, another number
/// (`On June 12 three men were arrested`) or a word that makes the verb
/// another's.
fn not_counted(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    let word = word.as_str();
    MEASURES.contains(&word)
        || FRACTIONS.contains(&word)
        || THINGS.contains(&word)
        || LINKS.contains(&word)
        || UNITS.contains(&word)
        || TENS.contains(&word)
}

/// Whether the words before a number (which begins at `at`) leave it a
/// count: `one in five` is a share, `two of the three`, `none of the ten`
/// and `the father of three` a part or a description, `aged 40` an age,
/// `June 12` a date, and `no one`, `not one` nobody.
fn counts(sentence: &str, at: usize, number: &str, after: &str) -> bool {
    let before: Vec<String> = sentence[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let word = |i: usize| before.get(i).map_or("", String::as_str);
    let numeric = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit()) || UNITS.contains(&w) || TENS.contains(&w)
    };
    let quantifier = |w: &str| {
        numeric(w)
            || matches!(
                w,
                "none"
                    | "neither"
                    | "any"
                    | "all"
                    | "each"
                    | "both"
                    | "some"
                    | "many"
                    | "most"
                    | "several"
                    | "one"
                    | "half"
                    | "father"
                    | "mother"
                    | "grandfather"
                    | "grandmother"
                    | "parent"
                    | "parents"
                    | "mum"
                    | "mom"
                    | "dad"
                    | ""
            )
    };
    // `two of the three`, `father of three`, `Of the five suspects two…`.
    let of = match (word(0), word(1)) {
        ("of", _) => Some(1),
        ("the", "of") => Some(2),
        _ => None,
    };
    if of.is_some_and(|i| quantifier(word(i))) {
        return false;
    }
    // `one in five`, `two out of three`; but `resulting in more than 180 deaths`.
    let share = (word(0) == "in" && numeric(word(1))) || (word(0) == "of" && word(1) == "out");
    if share || matches!(word(0), "aged" | "half" | "including") {
        return false;
    }
    // `Five soldiers and two civilians were killed`, `between 10 and 15`,
    // `aged 18 to 25`: the last number of a list or a range is not the
    // count (precision first: no figure rather than a wrong one).
    // (`Two have died and three remain missing` is two clauses.)
    // A new clause is no list: after a comma or a word counted (`Two have
    // died and three remain missing`), after a number that a verb took
    // (`killed 12 people and 40 more were wounded`, `carrying 50 pupils
    // and 10 were injured`), or before `more` or `others`.
    let first = if numeric(word(1)) { 1 } else { 2 };
    let taken = word(first + 1);
    let clause_end = COUNTED.iter().any(|(w, _)| *w == word(1))
        || sentence[..at]
            .trim_end()
            .strip_suffix(word(0))
            .is_some_and(|s| s.trim_end().ends_with(','))
        || (taken != "aged" && (taken.ends_with("ed") || taken.ends_with("ing")))
        || after
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "more" | "others" | "other" | "further"));
    // `rose from 30 to 45`: the last is the count.
    let rise = word(0) == "to" && word(2) == "from";
    if matches!(word(0), "and" | "or" | "to")
        && !clause_end
        && !rise
        && (numeric(word(1)) || numeric(word(2)))
    {
        return false;
    }
    // `June 12 three men`, but `In March, 40 people`.
    let touching = sentence[..at]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric());
    if touching && number.starts_with(|c: char| c.is_ascii_digit()) && is_month(word(0)) {
        return false;
    }
    !(number.eq_ignore_ascii_case("one")
        && matches!(
            word(0),
            "no" | "not" | "any" | "every" | "each" | "the" | "this" | "that" | "which"
        ))
}

/// A list of two counts of people ending with `number` at byte offset
/// `at`: `Five soldiers and two civilians`, `12 adults and 3 children`.
/// Gives where the first count begins and the sum. A longer list, a
/// qualified first count (`more than five soldiers and two…`, whose sum
/// would lose the qualifier), a range (`between 10 and 15`) or a count
/// that is no plain number gives none, and so do two clauses (`killed 12
/// people and 40 more were wounded`).
fn list_of_two(sentence: &str, at: usize, number: &str) -> Option<(usize, u64)> {
    let mut words = sentence[..at]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&next| next < at && !sentence[next..].starts_with(char::is_whitespace))
        .chain([0]);
    // Word starts, last first: `and`, the noun, the first number, and
    // what stands before it.
    let and = words.next()?;
    let noun = words.next()?;
    let first = words.next()?;
    let word = |from: usize, to: usize| sentence[from..to].trim().to_lowercase();
    if word(and, at) != "and" || !PEOPLE.contains(&word(noun, and).as_str()) {
        return None;
    }
    let first_number = word(first, noun);
    let before = sentence[..first].trim_end();
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let listed = before.ends_with(',')
        || value(&previous).is_some()
        || matches!(
            previous.as_str(),
            "and"
                | "or"
                | "between"
                | "from"
                | "than"
                | "over"
                | "least"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "to"
                | "some"
        );
    // `killed 12 people and 40 more were wounded`: two clauses.
    let taken = previous.ends_with("ed") || previous.ends_with("ing");
    let more = words_from(&sentence[at + number.len()..])
        .next()
        .is_some_and(|w| matches!(w.as_str(), "more" | "other" | "others" | "further"));
    if listed || taken || more || is_year(&first_number) || is_year(number) {
        return None;
    }
    Some((first, value(&first_number)?.checked_add(value(number)?)?))
}

/// The value of a plain count: digits (`1,200`) or a number in words
/// (`twenty-five`, `two hundred`); none for crowds and decimals.
fn value(number: &str) -> Option<u64> {
    let shown = number_shown(number);
    if shown.is_empty() || !shown.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    shown.replace(',', "").parse().ok()
}

/// Whether the counted word is an adjective of a thing (`two dead dogs`,
/// `the two missing documents`): no verb before it, and a word after it
/// that no count of people is followed by.
fn describes_a_thing(sentence: &str, caps: &Captures<'_>) -> bool {
    let (Some(n), Some(w)) = (caps.name("n"), caps.name("w")) else {
        return false;
    };
    if !ADJECTIVES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(w.as_str()))
    {
        return false;
    }
    let between = sentence[n.end()..w.start()].to_ascii_lowercase();
    let verb = between.split_whitespace().any(|word| {
        matches!(
            word,
            "were"
                | "was"
                | "are"
                | "is"
                | "been"
                | "have"
                | "has"
                | "had"
                | "remain"
                | "remains"
                | "remained"
                | "found"
                | "reported"
                | "feared"
                | "confirmed"
                | "believed"
                | "presumed"
                | "shot"
        )
    });
    if verb {
        return false;
    }
    let next = sentence[w.end()..].trim_start();
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    // A capital after a capitalised word is a headline's (`Top Ten
    // Injured Players`), not a new sentence's.
    let same_case = word.chars().next().is_some_and(char::is_lowercase)
        || w.as_str().starts_with(char::is_uppercase);
    let lower = word.to_lowercase();
    !word.is_empty()
        && same_case
        && !AFTER_ADJECTIVE.contains(&lower.as_str())
        && !PEOPLE.contains(&lower.as_str())
}

/// A number as a figure shows it: digits as written, a number in words as
/// digits (`twenty-five` is `25`, `two hundred and fifty` is `250`, `two
/// thousand` is `2,000`, `two million` is `2 million`), and a crowd or `a
/// dozen` as words (`hundreds of` is `hundreds`).
fn number_shown(number: &str) -> String {
    if number.starts_with(|c: char| c.is_ascii_digit()) {
        return number.to_string();
    }
    let lower = number.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if lower.starts_with("a dozen") || !words.iter().any(|w| *w == "a" || value_of(w).is_some()) {
        let crowd = lower.strip_suffix(" of").unwrap_or(&lower);
        return crowd.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let (mut total, mut current) = (0u64, 0u64);
    let mut scale = 1u64;
    for word in &words {
        match *word {
            "and" => {}
            "a" => current = 1,
            "dozen" => current = current.max(1) * 12,
            "hundred" => current = current.max(1) * 100,
            "thousand" => {
                total += current.max(1) * 1_000;
                current = 0;
            }
            "million" | "billion" => {
                scale = if *word == "million" {
                    1_000_000
                } else {
                    1_000_000_000
                };
                total += current.max(1) * scale;
                current = 0;
            }
            w => current += value_of(w).unwrap_or(0),
        }
    }
    let value = total + current;
    if scale > 1 && value % scale == 0 {
        let name = if scale == 1_000_000 {
            "million"
        } else {
            "billion"
        };
        return format!("{} {name}", value / scale);
    }
    grouped(value)
}

/// The value of a number word under a hundred.
fn value_of(word: &str) -> Option<u64> {
    UNITS
        .iter()
        .position(|u| *u == word)
        .map(|i| i as u64 + 1)
        .or_else(|| {
            TENS.iter()
                .position(|t| *t == word)
                .map(|i| 20 + 10 * i as u64)
        })
}

/// `2000` as `2,000`.
fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// This module's patterns: [`crate::summarize::prepare`] compiles them
/// ahead, and a test checks that their forms agree.
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![&FIGURE, &WORD_FIGURE]
}

/// Compiles [`HINT`], the one regex of this module that is no [`Pattern`].
pub(super) fn prepare() {
    LazyLock::force(&HINT);
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    /// The numbers in words end on a word boundary of their own, so the
    /// counts named before them can share one copy: the pattern finds the
    /// same, with the same number, qualifier and verb, as with a copy each.
    #[test]
    fn counts_named_before_a_number_in_words_share_it() {
        const WORDS: &[&str] = &[
            "killing",
            "killed",
            "Injured",
            "wounding",
            "claimed the lives of",
            "took the lives of",
            "the",
            "of",
            "death toll",
            "death toll rose to",
            "death toll of",
            "reached",
            "hit",
            "at",
            "more than",
            "at least",
            "some",
            "twenty",
            "One",
            "two",
            "five",
            "hundred",
            "and",
            "thousand",
            "million",
            "dozen",
            "a",
            "dozens",
            "hundreds",
            "thousands",
            "tens",
            "people",
            "soldiers",
            "were",
            "was",
            "12",
            "another",
            "onerous",
            "fiver",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "-", ", ", ". ", "  ", ""];
        let shared = Regex::new(&figure_pattern(&number_words(), true)).unwrap();
        let copies = Regex::new(&figure_pattern(&number_words(), false)).unwrap();
        let groups = |caps: &Captures<'_>, names: [&str; 2]| {
            names.map(|name| caps.name(name).map(|m| m.range()))
        };
        let mut named_before = [0; 3];
        for text in crate::summarize::random_texts(WORDS, SPACES, 0x243f_6a88, 20_000, 12) {
            let found = |regex: &Regex| -> Vec<_> {
                regex
                    .captures_iter(&text)
                    .map(|caps| {
                        let number = groups(&caps, ["ln", "kn"]);
                        let qualifier = groups(&caps, ["lq", "kq"]);
                        (
                            caps.get(0).unwrap().range(),
                            caps.name("n").map(|m| m.range()),
                            number[0].clone().or(number[1].clone()),
                            qualifier[0].clone().or(qualifier[1].clone()),
                            caps.name("kv").map(|m| m.range()),
                        )
                    })
                    .collect()
            };
            let (a, b) = (found(&shared), found(&copies));
            for m in a.iter().filter(|m| m.2.is_some()) {
                let named = text[m.0.clone()].to_ascii_lowercase();
                let kind = match named.as_bytes()[0] {
                    b'd' => 0,
                    b'c' | b't' => 1,
                    _ => 2,
                };
                named_before[kind] += 1;
            }
            assert_eq!(a, b, "{text:?}");
        }
        // Each of the three ways, often.
        assert!(named_before.iter().all(|&n| n > 300), "{named_before:?}");
    }

    fn figures_of(text: &str) -> Vec<String> {
        let sentences = crate::text::sentences(text);
        figures(&sentences).into_iter().map(|(_, f)| f).collect()
    }

    #[test]
    fn figures_say_what_they_count() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The attack claimed the lives of 41 people and left more than 180 injured.",
                &["41 killed", "more than 180 injured"],
            ),
            (
                "At least 12 people were killed and 40 injured in the quake.",
                &["at least 12 killed", "40 injured"],
            ),
            (
                "Officials said 62,000 evacuated overnight.",
                &["62,000 evacuated"],
            ),
            (
                "The 7.6-magnitude quake struck at dawn.",
                &["7.6 magnitude"],
            ),
            (
                "A quake of magnitude 6.1 hit the valley, killing 12.",
                &["6.1 magnitude", "12 killed"],
            ),
            ("The death toll rose to 57 on Tuesday.", &["57 killed"]),
            // A list of two counts is one count.
            (
                "Five soldiers and two civilians were killed in the ambush.",
                &["7 killed"],
            ),
            (
                "Rescuers said 12 adults and 3 children were rescued from the roof.",
                &["15 rescued"],
            ),
            ("Death toll climbs to 12 in flooded valley.", &["12 killed"]),
            ("12 Killed In Bus Crash On Ridge Road.", &["12 killed"]),
            (
                "Police said 3,000 migrants were detained at the border.",
                &["3,000 detained"],
            ),
            // In words, as news writes counts under ten, at a sentence's
            // start, and crowds.
            (
                "Six people were killed and two others injured when the bus overturned.",
                &["6 killed", "2 injured"],
            ),
            (
                "Twenty-five miners were rescued and one was critically injured.",
                &["25 rescued", "1 injured"],
            ),
            (
                "Shelling killed at least a dozen people, injuring forty.",
                &["at least a dozen killed", "40 injured"],
            ),
            (
                "Nearly two dozen fishermen were detained, and hundreds of families were displaced.",
                &["nearly 24 detained", "hundreds displaced"],
            ),
            (
                "Tens of thousands of people were evacuated as two million were affected.",
                &["tens of thousands evacuated", "2 million affected"],
            ),
            (
                "Nine Dutch sailors were also wounded and four people were shot dead.",
                &["9 injured", "4 dead"],
            ),
            (
                "Two thousand people were evacuated from the coast.",
                &["2,000 evacuated"],
            ),
            (
                "Two hundred and fifty protesters were arrested on Friday.",
                &["250 arrested"],
            ),
            ("Twenty one people were killed in the raid.", &["21 killed"]),
            (
                "One man has been arrested and one person is missing.",
                &["1 arrested", "1 missing"],
            ),
            ("Two more people died in hospital overnight.", &["2 dead"]),
            ("Three climbers were found dead on the ridge.", &["3 dead"]),
            ("Only one person was injured.", &["1 injured"]),
            (
                "The clashes resulted in more than 180 deaths.",
                &["more than 180 dead"],
            ),
            (
                "Two have died and three remain missing.",
                &["2 dead", "3 missing"],
            ),
            (
                "In March, 40 people were killed in the north.",
                &["40 killed"],
            ),
            ("Air strikes killed 30 in 24 hours.", &["30 killed"]),
            (
                "Two players were injured in the first half.",
                &["2 injured"],
            ),
            (
                "The blast left five injured civilians in hospital.",
                &["5 injured"],
            ),
            ("Three people were killed a year ago.", &["3 killed"]),
            (
                "Four climbers remain missing a month after the storm.",
                &["4 missing"],
            ),
            (
                "Gunmen killed 12 people and 40 more were wounded.",
                &["12 killed", "40 injured"],
            ),
            (
                "The bus was carrying 50 pupils and 10 were injured.",
                &["10 injured"],
            ),
            (
                "The death toll rose from 30 to 45 people killed.",
                &["45 killed"],
            ),
            // A rejected number hides no figure after it.
            ("Of 12 hostages two were killed.", &["2 killed"]),
            ("On June 12 three men were arrested.", &["3 arrested"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&figures_of(text), expected, "{text:?}");
        }
    }

    #[test]
    fn figures_are_written_in_ascii_digits() {
        // (As `has_digit` asks of a sentence before any figure is read: a
        // sentence with digits of another script alone has none.)
        assert_eq!(figures_of("१५ killed in the blast."), Vec::<String>::new());
        assert_eq!(
            figures_of("12 injured and १५ killed in the blast."),
            ["12 injured"]
        );
        assert_eq!(
            figures_of("A 6.1 magnitude quake struck."),
            ["6.1 magnitude"]
        );
    }

    #[test]
    fn numbers_that_count_no_one_are_no_figures() {
        for text in [
            "About 90 percent were affected by the outage.",
            "Over the past 24 hours were evacuated the last of the villages.",
            "A boy aged 15 who was injured is in hospital.",
            "No one was injured in the blaze.",
            "Not one person was hurt in the blaze.",
            "Officials said one in five were affected by the cuts.",
            "The father of three was killed in the crash.",
            "Two out of three were arrested in the end.",
            "None of the ten passengers were hurt.",
            "Two of the three men were arrested.",
            "A man aged forty was killed on the road.",
            "Two thirds were displaced by the dam.",
            "Half a dozen people were injured.",
            "The guard was killed 2 days after the raid.",
            "The soldier was killed one day before his leave.",
            "Rival gangs have been killing one another for years.",
            "The quake injured one in five residents of the valley.",
            "The writer was killing time before the hearing.",
            "Two hikers were nearly killed by the rockfall.",
            "Twelve homes were affected by the flooding.",
            "Police found two dead dogs in the yard.",
            "Three police, five soldiers and two civilians were killed.",
            "More than five soldiers and two civilians were killed.",
            "Between 10 soldiers and 15 civilians were hurt, officials said.",
            "Nine people including four children were killed in the fire.",
            "Between 10 and 15 people were killed, officials said.",
            "Men aged 18 to 25 were arrested in the raids.",
            "The virus causes 200 deaths a year in the region.",
            "Three factories were evacuated after the leak.",
            "Two gunmen have killed a police officer.",
            "Two countries have evacuated their embassies.",
            "The death toll of 2023 was higher than the year before.",
            "Why One Missing Report Matters",
            "The two missing documents were found later.",
        ] {
            assert_eq!(figures_of(text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn random_text_never_breaks_the_reader() {
        // Every word the patterns and the rules look at, with non-ASCII
        // neighbours: a slice at a wrong offset would panic.
        const WORDS: &[&str] = &[
            "Two",
            "two",
            "hundred",
            "and",
            "fifty",
            "thousand",
            "million",
            "a",
            "dozen",
            "of",
            "the",
            "one",
            "in",
            "five",
            "41",
            "3,000",
            "people",
            "were",
            "have",
            "been",
            "had",
            "killed",
            "Killed",
            "dead",
            "injured",
            "missing",
            "killing",
            "death",
            "toll",
            "rose",
            "to",
            "from",
            "more",
            "others",
            "a",
            "year",
            "ago",
            "aged",
            "June",
            "12",
            "dogs",
            "found",
            "shot",
            "é",
            "—",
            "“",
            "Ünal",
            "magnitude",
            "7.6",
            ",",
            ".",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\n", ""];
        for text in crate::summarize::random_texts(WORDS, SPACES, 7, 20_000, 16) {
            let shown = figures(&[text.as_str()]);
            assert!(shown.iter().all(|(_, f)| !f.is_empty()), "{text:?}");
        }
    }

    #[test]
    fn numbers_in_words_are_shown_in_digits() {
        for (words, shown) in [
            ("six", "6"),
            ("Twenty-five", "25"),
            ("twenty one", "21"),
            ("two dozen", "24"),
            ("a dozen", "a dozen"),
            ("one hundred and twelve", "112"),
            ("three thousand", "3,000"),
            ("two million", "2 million"),
            ("a thousand", "1,000"),
            ("hundreds of", "hundreds"),
            ("tens of thousands of", "tens of thousands"),
            ("3,000", "3,000"),
        ] {
            assert_eq!(number_shown(words), shown, "{words:?}");
        }
    }
}
