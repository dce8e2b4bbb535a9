//! People: who a story names, and how. A [`People`] registry makes one
//! person of every way the story names them (`Ukraine's President
//! Volodymyr Zelenskyy`, `Zelenskyy`, `the Ukrainian President`, `Mr
//! Zelenskyy`); the facts box lists them and the quotes stage names
//! speakers from it.
//!
//! A person is found by a capitalised title (`Prime Minister Justin
//! Trudeau`), a lower-case role (`Tory leader Michael Howard`), an
//! honorific (`Mr Campbell`, `Sir Alex Ferguson`), a verb of speech
//! (`Zelenskyy said`), an age (`Pieter Anholt, 54,`) or a role in
//! apposition (`Trevor Beattie, TBWA's boss,`).

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

use crate::pattern::{self, Pattern};

use super::facts::{
    Body, MONARCHS, MONTHS, PLACE_ABBREVIATIONS, SPEAKERS_IN, TITLES, clean_name, described_bodies,
    gated, is_body_noun, is_not_name, is_organisation_word, is_place_or_organisation,
    is_possessive, is_s_apostrophe, is_title, names_an_organisation_after_a_title,
    without_possessive, word_end_before, words_before,
};

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

/// Which pronoun a person takes, as far as the story shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// `he`.
    He,
    /// `she`.
    She,
}

/// Honorifics and words of a role that say which pronoun someone takes:
/// an honorific, a rank, a relation (`Mr Eavis' daughter`).
const SHE_WORDS: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "baroness",
    "queen",
    "princess",
    "duchess",
    "countess",
    "empress",
    "actress",
    "mother",
    "wife",
    "daughter",
    "sister",
    "grandmother",
    "granddaughter",
    "girlfriend",
    "widow",
    "aunt",
    "niece",
    "madam",
];
const HE_WORDS: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "baron",
    "king",
    "prince",
    "duke",
    "emperor",
    "father",
    "husband",
    "son",
    "brother",
    "grandfather",
    "grandson",
    "boyfriend",
    "widower",
    "uncle",
    "nephew",
];

impl Person {
    /// The pronoun the story's words for them call for: their honorific
    /// (`Mr`, `Dame`) and the noun their role ends with (`spokeswoman`,
    /// `Queen`, `daughter`; not the words before it, as in `Ms Jowell's
    /// deputy` or `Duke University professor`). `None` when those say
    /// nothing, or say both.
    pub fn pronoun(&self) -> Option<Pronoun> {
        pronoun_of(
            self.honorific
                .iter()
                .map(String::as_str)
                .chain(self.role_head()),
        )
    }

    /// The pronoun the noun their role ends with calls for, alone.
    pub fn role_pronoun(&self) -> Option<Pronoun> {
        pronoun_of(self.role_head().into_iter())
    }

    fn role_head(&self) -> Option<&str> {
        self.role
            .as_deref()
            .and_then(|role| role.split_whitespace().next_back())
    }
}

/// The pronoun that honorifics and words of a role call for ([`SHE_WORDS`],
/// [`HE_WORDS`]): `None` when they say nothing, or say both.
pub fn pronoun_of<'a>(words: impl Iterator<Item = &'a str>) -> Option<Pronoun> {
    let (mut she, mut he) = (false, false);
    for word in words {
        let word = word.trim_end_matches('.').to_lowercase();
        she |= SHE_WORDS.contains(&word.as_str())
            || ["woman", "women"].iter().any(|end| word.ends_with(end));
        he |= HE_WORDS.contains(&word.as_str());
    }
    match (she, he) {
        (true, false) => Some(Pronoun::She),
        (false, true) => Some(Pronoun::He),
        _ => None,
    }
}

/// The people of one story, with a way to tell that two mentions are one person.
#[derive(Debug, Clone, Default)]
pub struct People {
    people: Vec<Person>,
    /// For each word of a name, the people whose name holds it.
    by_word: HashMap<String, Vec<usize>>,
    /// The bodies the story introduces by what they are (`bank Standard
    /// Chartered`), one for each mention: never people.
    bodies: Vec<Body>,
}

impl People {
    /// The bodies the story introduces by what they are ([`described_bodies`]),
    /// one for each such mention, in story order.
    pub fn bodies(&self) -> &[Body] {
        &self.bodies
    }

    /// Whether the story introduced `name` as a body's ([`Self::bodies`]).
    pub fn is_body(&self, name: &str) -> bool {
        self.bodies.iter().any(|b| b.name == name)
    }

    /// All people, in order of first mention.
    pub fn all(&self) -> &[Person] {
        &self.people
    }

    /// The person at `index`.
    pub fn get(&self, index: usize) -> &Person {
        &self.people[index]
    }

    /// The person a speaker was given as ([`Person::display`]).
    pub fn speaking_as(&self, speaker: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.display() == speaker)
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
        // `Commenting Mr Macklin`, `Father-of-two Mr Mousa`: what stands
        // before `Mr` (or `Mrs`, `Ms`, `Dr`) is no part of the name.
        let name = name
            .split_whitespace()
            .skip(1)
            .find(|w| SURNAME_HONORIFICS.contains(&w.trim_end_matches('.')))
            .map_or(name, |w| {
                &name[w.as_ptr() as usize - name.as_ptr() as usize..]
            });
        // `Sir Alex Ferguson`: kept apart from the name, shown with it.
        let honorific = name
            .split_whitespace()
            .next()
            .filter(|w| is_honorific(w))
            .map(|w| w.trim_end_matches('.'));
        let name = clean_name(name)?;
        // `Referee Graham Poll` (a sentence's first words), `TUC General
        // Secretary Brendan Barber`, `Guy Mansfield QC`: a post written
        // with the name is the role's.
        let (post, name) = without_posts(&name);
        let joined;
        let role = match (role, post) {
            (Some((role, title)), Some(post)) => {
                joined = format!("{role} {post}");
                Some((joined.as_str(), title))
            }
            (None, Some(post)) => Some((post, post)),
            (role, None) => role,
        };
        // `bank Standard Chartered said`: a body speaks, no person.
        if self.is_body(&name) {
            return None;
        }
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

/// The canonical form of a capitalised title (`PM` is `Prime Minister`).
fn canonical_title(title: &str) -> &'static str {
    TITLES
        .iter()
        .find(|(t, _)| *t == title)
        .map_or("", |(_, c)| c)
}

/// Finds the people of a story: named with a role, named as a speaker, or
/// named with an age.
pub fn people(sentences: &[&str]) -> People {
    people_with(sentences, &FullNames::of(sentences))
}

/// [`people`], resolving surnames with the story's `full` names (built on
/// first need), which the caller can then hand to the stage after.
pub fn people_with<'a>(sentences: &[&'a str], full: &FullNames<'a>) -> People {
    let cues: Vec<Cues> = sentences.iter().map(|s| Cues::of(s)).collect();
    let mut people = People {
        bodies: described_bodies(sentences, |i| cues[i].body),
        ..People::default()
    };
    for (i, sentence) in sentences.iter().enumerate() {
        let reach = pattern::reach(sentence);
        let cues = &cues[i];
        // (Each pattern reads the sentence only when its cue is there. The
        // role patterns are read from their matches: capturing costs more
        // than finding.)
        let titled = if cues.title { sentence } else { "" };
        for found in ROLE.form_on(reach, titled).find_iter(titled) {
            let (title, name) = role_parts(found.as_str());
            // (`PM Modi's Thrissur visit`: the name ends at its owner's
            // possessive.)
            let name = name.map(owner);
            if let Some(name) = name.filter(|n| names_a_person_after_a_title(title, n)) {
                let at = found.start();
                let start = words_before(sentence, hyphenated_start(sentence, at), 3);
                let start = qualified_start(sentence, start);
                let role = spaced(&sentence[start..at + title.len()]);
                people.mention(name, Some((&role, canonical_title(title))), i);
            }
        }
        let with_role = if cues.role { sentence } else { "" };
        for found in LOWER_ROLE.form_on(reach, with_role).find_iter(with_role) {
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
                let start = role_start(sentence, hyphenated_start(sentence, at));
                let start = qualified_start(sentence, start);
                let role = spaced(&sentence[start..at + title.len()]);
                let bare = role == title && ROLES_NEEDING_A_QUALIFIER.contains(&title);
                let canonical = capitalised(title);
                // (`Chelsea boss Mourinho` after `Jose Mourinho`: one person.)
                people.mention(name, (!bare).then_some((&role, canonical.as_str())), i);
            }
        }
        let honoured = if cues.honorific { sentence } else { "" };
        for found in HONORIFIC_NAME.form_on(reach, honoured).find_iter(honoured) {
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
            let by_surname = SURNAME_HONORIFICS.contains(&honorific);
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
                let names = full.get();
                // (Not a name given only as an owner's: `Michael Howard's
                // policies` says nothing of `Mrs Howard`, or `Mr Howard`.)
                names
                    .get(name)
                    .filter(|(_, owner)| !owner)
                    .map_or_else(|| name.to_string(), |(first, _)| format!("{first} {name}"))
            };
            people.mention(&format!("{honorific} {full}"), None, i);
        }
        let spoke = gated(VERB_HINT.form(reach), sentence);
        for found in SPEAKER.form_on(reach, spoke).find_iter(spoke) {
            let mut speaker = speaker(found);
            // `said Sky Networks' Sophie Turner Laing`: a body's name before
            // the speaker's is not theirs, and the pattern, which reads
            // three words, cut the speaker's short. It is read again after
            // the owner, when a person's name follows it; not after a
            // person's name (`said Gerry Adams' Sinn Fein colleague`), nor
            // when no person's name follows (`said Jack McConnell's
            // comment was`).
            if !speaker.before_verb
                && let Some(owner) = speaker
                    .name
                    .split_whitespace()
                    .rev()
                    .find(|w| is_possessive(w) || is_s_apostrophe(w))
            {
                let owned = owner.as_ptr() as usize - speaker.name.as_ptr() as usize + owner.len();
                let owner_name = without_possessive(&speaker.name[..owned]);
                let after = speaker.start + owned;
                let rest = &sentence[after..];
                let at = after + (rest.len() - rest.trim_start().len());
                if let Some(name) = NAME_AT.form(reach).find(&sentence[at..])
                    && looks_like_person(name.as_str())
                    && !looks_like_person(owner_name)
                    && !owner_name
                        .split_whitespace()
                        .next()
                        .is_some_and(is_honorific)
                {
                    speaker = Speaker {
                        name: name.as_str(),
                        start: at,
                        before_verb: false,
                    };
                }
            }
            // `Secretary of State Anna Blix said`: the name runs on from a
            // title the role pattern has read already.
            if sentence[..speaker.start].trim_end().ends_with(" of") {
                continue;
            }
            // `said Global Insight analyst Howard Archer`: the name
            // qualifies a role, whose holder the role pattern reads.
            if !speaker.before_verb
                && qualifies_role(&sentence[speaker.start + speaker.name.len()..])
            {
                continue;
            }
            // `Critics in Caldera Bay said`: who spoke is in the place.
            let word_before = sentence[..speaker.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("");
            // (The name can open with the article at a sentence's start.)
            let (article, named) = match speaker.name.strip_prefix("The ") {
                Some(rest) => (true, rest),
                None => (matches!(word_before, "the" | "The"), speaker.name),
            };
            if speaker.before_verb
                && (SPEAKERS_IN.contains(&word_before)
                    || NOT_THE_SUBJECT.contains(&word_before)
                    || second_object(&sentence[..speaker.start])
                    || (article && !possessive_first(named)))
            {
                continue;
            }
            // `Mayor Edda Voskuil said`: the role pattern has the whole
            // name; `The Ukrainian President said` names a role only.
            let role = ROLE
                .form(reach)
                .find(speaker.name)
                .map(|found| (role_parts(found.as_str()).1, found.start(), found.end()));
            let name = match role {
                Some((Some(n), _, _)) => n,
                Some((None, start, end)) if end == speaker.name.len() => {
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
            let full = full_name(name, &people, full);
            // (`Most Gibraltarians said`: a people, no person.)
            let a_people = |n: &str| {
                clean_name(n).is_some_and(|n| {
                    !n.contains(' ')
                        && (super::facts::is_demonym(&n)
                            || n.strip_suffix('s').is_some_and(super::facts::is_demonym))
                })
            };
            if let Some(full) = full.filter(|n| !is_place_or_organisation(n) && !a_people(n)) {
                people.mention(&full, None, i);
            }
        }
        let aged = if may_give_an_age(sentence) {
            sentence
        } else {
            ""
        };
        for caps in AGED.form_on(reach, aged).captures_iter(aged) {
            // `Bell, 30,`: the story's full name for a surname, when it
            // gives one (`Duncan Bell`).
            let name = &caps["name"];
            let full = full_name(name, &people, full);
            people.mention(full.as_deref().unwrap_or(name), None, i);
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

/// The titles, longest first: the order of [`title_alternation`].
static TITLES_LONGEST_FIRST: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut titles: Vec<&str> = TITLES.iter().map(|(t, _)| *t).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles
});

fn title_alternation() -> String {
    TITLES_LONGEST_FIRST
        .iter()
        .map(|t| regex::escape(t))
        .collect::<Vec<_>>()
        .join("|")
}

/// The title and the name of a [`ROLE`] match, as its groups hold them.
/// The engine takes the first title in the pattern's order whose branch
/// matches at all, and a title's branch always matches where white space
/// or the match's end follows it; the name is what follows the space.
fn role_parts(found: &str) -> (&str, Option<&str>) {
    let title = TITLES_LONGEST_FIRST
        .iter()
        .find(|t| {
            found
                .strip_prefix(**t)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
        })
        .expect("a match begins with a title");
    let name = found[title.len()..].trim_start();
    (title, (!name.is_empty()).then_some(name))
}

/// The lower-case words a name may hold before a capitalised one, as a
/// regex alternation: `Ruud van Nistelrooy`, `Walter van der Vijver`,
/// `Renaud Donnedieu de Vabres`, `Khaled bin Mohammed`. (Not `la` or `le`,
/// nor `ten`, which English text has before capitals too.)
macro_rules! name_particles {
    () => {
        "de|da|di|du|del|della|der|den|van|von|dos|bin|ibn"
    };
}
pub(super) use name_particles;

/// Whether `word` is one of the [`name_particles`].
pub(super) fn is_name_particle(word: &str) -> bool {
    name_particles!().split('|').any(|p| p == word)
}

/// A person's name: up to three capitalised words, with perhaps a middle
/// initial after the first (`George W Bush`, `Clarence J. Brown`; not `I`,
/// which is more often the pronoun: `John Smith I Think`), and up to two
/// particles before the last word (`Ruud van Nistelrooy`, `Renaud
/// Donnedieu de Vabres`). (The particles are written once: each copy of
/// their alternation costs every pattern with a name more to compile.)
const PERSON_NAME: &str = concat!(
    r"\p{Lu}[\p{L}'’-]+(?:\s+(?:[A-HJ-Z]\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?(?:(?:",
    name_particles!(),
    r")\s+){0,2}\p{Lu}[\p{L}'’-]+)?"
);

/// A title and, when there is one, the name after it. What stands before
/// the title (`Ukraine's President`, `Lower Brenna Mayor`) is found by
/// [`words_before`]: patterns that open with a repeated class make the regex
/// engine search backwards, which costs more than the rest of the work.
static ROLE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?P<title>{})(?:\s+(?P<name>{PERSON_NAME}))?(?-u:\b)",
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
    "strategist",
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
    "filmmaker",
    "composer",
    "musician",
    "guitarist",
    "drummer",
    "photographer",
    "artist",
    "chef",
    "candidate",
    "activist",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "tycoon",
    "billionaire",
    "owner",
    "officer",
    "surgeon",
    "judge",
    "lawmaker",
    "referee",
    "umpire",
    "jockey",
    "trainer",
    "keeper",
    "seed",
    "batter",
    "batsman",
    "bowler",
    "pacer",
    "spinner",
    "cricketer",
    "footballer",
    "flanker",
    "prop",
    "boxer",
    "golfer",
    "driver",
    "cyclist",
    "sprinter",
    "athlete",
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
    "financial",
    "operating",
    "revenue",
    "information",
    "top",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    // What a minister, secretary or spokesman is for (`immigration
    // minister`, `home affairs spokesman`, `work and pensions secretary`).
    "affairs",
    "constitutional",
    "consumer",
    "rural",
    "immigration",
    "economy",
    "economic",
    "energy",
    "pensions",
    "transport",
    "agriculture",
    "housing",
    "industry",
    "treasury",
    "budget",
    "tourism",
    "sport",
    "arts",
    "heritage",
    "science",
    "employment",
    "welfare",
    "cabinet",
    "government",
    "state",
    "local",
    "public",
    "special",
    "federal",
    "district",
    "trial",
    // Where a player plays, and who leads a side (`fast bowler`, `opening
    // batter`, `head coach`, `caretaker boss`, `rugby director`).
    "fast",
    "opening",
    "head",
    "caretaker",
    "rugby",
    "football",
    "cricket",
    "tennis",
    "fitness",
    "batting",
    "bowling",
    "teenage",
    "young",
    "star",
    // Where the arts and business name a trade (`costume designer`,
    // `festival director`, `energy analyst`, `stadium manager`).
    "costume",
    "festival",
    "stage",
    "theatre",
    "production",
    "casting",
    "jazz",
    "folk",
    "committee",
    "board",
    "programme",
    "project",
    "sales",
    "stadium",
    "investment",
    "market",
    "markets",
    "equity",
    "fund",
    "oil",
    "retail",
    "property",
    "insurance",
    "tax",
    "principal",
    "lead",
    "associate",
];

/// A lower-case role and the name after it; what qualifies the role is
/// read by [`role_start`].
static LOWER_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?P<title>{})\s+(?P<name>{PERSON_NAME})",
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
/// capitalised ones (`Ukraine's`, `Tory`, `England`) and a word with a
/// prefix that opens them (`ex-Downing Street`), with the name they end
/// when it runs on through `of` (`Bank of England deputy governor`, `Lord
/// of the Rings director`).
fn role_start(sentence: &str, title: usize) -> usize {
    let mut start = title;
    for _ in 0..2 {
        match word_before(sentence, start) {
            Some((at, word)) if is_role_modifier(word) || word.starts_with("ex-") => {
                // (`home affairs spokesman`; but `labour affairs
                // correspondent` is a `correspondent`, not an `affairs` one.)
                if word == "affairs"
                    && !word_before(sentence, at).is_some_and(|(_, w)| is_role_modifier(w))
                {
                    break;
                }
                start = at;
            }
            _ => break,
        }
    }
    let mut capitalised = words_before(sentence, start, 3);
    if capitalised == start {
        return start;
    }
    if let Some((at, word)) = word_before(sentence, capitalised)
        && word.split_once('-').is_some_and(|(prefix, name)| {
            !prefix.is_empty()
                && prefix.chars().all(char::is_lowercase)
                && name.starts_with(char::is_uppercase)
        })
    {
        capitalised = at;
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

/// Words before a role that say it is no longer held, or not for long
/// (`former Soviet leader`, `outgoing Acme chief`): a role shown without
/// them says something else.
const TIME_QUALIFIERS: &[&str] = &["former", "outgoing", "erstwhile"];

/// Words before a role that date it only after a determiner (`the late
/// Labour leader`, `his late wife`, `the then Home Secretary`; not `too
/// late Prime Minister X told MPs`, `and then President X spoke`).
const DETERMINED_TIME_QUALIFIERS: &[&str] = &["late", "then"];

/// Determiners before [`DETERMINED_TIME_QUALIFIERS`].
const DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "our", "my", "your"];

/// Prefixes joined by a hyphen to the first word of a role that date it
/// (`ex-Home Secretary`, `then-Governor`).
const TIME_PREFIXES: &[&str] = &["ex", "then", "former"];

/// Where a role that begins at `start` begins with the word before it
/// that qualifies it in time: one of [`TIME_QUALIFIERS`], one of
/// [`DETERMINED_TIME_QUALIFIERS`] after a determiner or a possessive, or a
/// first word with one of [`TIME_PREFIXES`].
fn qualified_start(sentence: &str, start: usize) -> usize {
    let Some((at, word)) = word_before(sentence, start) else {
        return start;
    };
    // (`ex-Home Secretary`, `then-vice President`.)
    let prefixed = word.split_once('-').is_some_and(|(prefix, rest)| {
        TIME_PREFIXES.contains(&prefix.to_lowercase().as_str())
            && (rest.starts_with(char::is_uppercase) || is_role_modifier(rest))
    });
    if prefixed {
        // (The role's first word is this one: `ex-Home Secretary`.)
        return at;
    }
    let determined = DETERMINED_TIME_QUALIFIERS.contains(&word)
        && word_before(sentence, at).is_some_and(|(_, w)| {
            DETERMINERS.contains(&w.to_lowercase().as_str()) || is_possessive(w)
        });
    // (`Former Deputy Collector Tom Reed said`, opening a sentence.)
    if TIME_QUALIFIERS.contains(&word.to_lowercase().as_str()) || determined {
        at
    } else {
        start
    }
}

/// Where the word that a role found at `at` ends begins: a role is all of
/// a word joined by hyphens (`co-star`, `Sub-Inspector`, `vice-president`),
/// not the part after the last one.
fn hyphenated_start(sentence: &str, at: usize) -> usize {
    let before = &sentence[..at];
    if !before.ends_with('-') {
        return at;
    }
    at - before
        .rsplit(char::is_whitespace)
        .next()
        .map_or(0, str::len)
}

/// The word just before `at` (one whitespace character between them),
/// with where it begins.
fn word_before(sentence: &str, at: usize) -> Option<(usize, &str)> {
    let end = word_end_before(sentence, at)?;
    let word = sentence[..end]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    Some((end - word.len(), word))
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
        .find(|w| is_possessive(w))
        .map_or(name.len(), |w| {
            w.as_ptr() as usize - name.as_ptr() as usize + w.len()
        });
    without_possessive(&name[..end])
}

/// Lower-case roles that say nothing without a word before them (`chief`
/// of what?).
const ROLES_NEEDING_A_QUALIFIER: [&str; 2] = ["chief", "executive"];

/// Whether `word` is one of [`ROLE_MODIFIERS`].
pub(super) fn is_role_modifier(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| ROLE_MODIFIERS.iter().copied().collect());
    SET.contains(word)
}

/// The words [`ROLE_NOUNS`] end with, as a regex alternation.
pub(super) fn role_ends() -> String {
    let mut ends: Vec<&str> = ROLE_NOUNS
        .iter()
        .filter_map(|role| role.rsplit([' ', '-']).next())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends.join("|")
}

/// Whether `word` ends one of the [`ROLE_NOUNS`] (`economist`, `director`,
/// `executive`).
pub(super) fn is_role_noun(word: &str) -> bool {
    static ENDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        ROLE_NOUNS
            .iter()
            .filter_map(|role| role.rsplit(' ').next())
            .collect()
    });
    ENDS.contains(word)
}

/// A name without the posts written with it, and the post before it:
/// a capitalised role noun or a post by its initials before a person's
/// name (`Referee Graham Poll`, `Secretary Brendan Barber`, `MP Lembit
/// Opik`, `Conservative Michael Fallon`), and a post or a degree after it
/// (`Guy Mansfield QC`, `Sanjay Arora PhD`), which is dropped.
pub(super) fn without_posts(name: &str) -> (Option<&str>, String) {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let person = |words: &[&str]| looks_like_person(&words.join(" "));
    if let [rest @ .., last] = &words[..]
        && (POSTS_BY_INITIALS.contains(last) || DEGREES.contains(last))
        && person(rest)
    {
        words.pop();
    }
    let post = match &words[..] {
        [first, rest @ ..]
            if (POSTS_BY_INITIALS.contains(first)
                || PARTIES.contains(first)
                || first.chars().next().is_some_and(char::is_uppercase)
                    && is_role_noun(&first.to_lowercase()))
                && person(rest) =>
        {
            Some(*first)
        }
        _ => None,
    };
    let skip = usize::from(post.is_some());
    (post, words[skip..].join(" "))
}

/// Posts and degrees written as initials (`MD`: a managing director, a
/// doctor of medicine): whoever holds one is a person, not a body.
pub(super) const POSTS_BY_INITIALS: &[&str] = &[
    "MP", "MEP", "MSP", "MLA", "MLC", "CEO", "CFO", "COO", "CTO", "PM", "QC", "KC", "SP", "SSP",
    "DSP", "DGP", "DIG", "IG", "SHO", "DM", "DCP", "ACP", "ASP", "MD", "CJI",
];

/// Degrees and honours written after a name.
const DEGREES: &[&str] = &["PhD", "OBE", "MBE", "CBE"];

/// Parties whose name, before a person's, says what they are (`Tory
/// David Heathcoat-Amory`).
const PARTIES: &[&str] = &["Conservative", "Tory", "Labour", "Democrat", "Republican"];

/// An honorific and the name after it: `Mr Campbell`, `Sir Alex Ferguson`.
/// (`Miss` is left out: `Miss World`.)
/// The honorifics that [`HONORIFIC_NAME`] reads before a name.
const NAME_HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"];

/// The honorifics of anyone, before a surname or a full name, as against
/// ranks (`Sir`, `Lord`), which belong to one person's name.
const SURNAME_HONORIFICS: [&str; 4] = ["Mr", "Mrs", "Ms", "Dr"];

static HONORIFIC_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?P<honorific>{})\.?\s+(?P<name>{PERSON_NAME})",
        NAME_HONORIFICS.join("|")
    ))
    .expect("valid regex")
});

/// Verbs of speech, as a regex alternation (shared with the quotes stage).
pub const SPEECH_VERBS: &str = "said|says|told|added|stressed|urged|noted|wrote|warned|explained|asked|continued|recalled|insisted|argued|declared|replied";

/// Verbs that attribute a quotation they stand next to (`"…," admitted
/// Gardener`), besides the [`SPEECH_VERBS`]; but not in narration, where a
/// club concedes goals and a bank admits wrongdoing.
pub const QUOTING_VERBS: &str = "admitted|conceded|joked|acknowledged";

/// A name as the subject of speech (`Zelenskyy said`, `Ilse Brandt told`) or
/// after it (`said Ilse Brandt`).
static SPEAKER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?P<before>{PERSON_NAME})\s+{}(?:{SPEECH_VERBS})(?-u:\b)|(?:{})\s+(?P<after>{PERSON_NAME})",
        speaker_adverb(),
        VERBS_BEFORE_NAME.join("|"),
    ))
    .expect("valid regex")
});

/// Whether the name after a title is a person's: not an organisation's
/// (`General Workers' Union`), nor a thing's (`General Election`), nor,
/// after a monarch's title, a building's or a square's named after one
/// (`Prince Edward Theatre`, `Queen Mother Square`; but `Senator Ruth
/// House` and `Mayor John Street` are people).
fn names_a_person_after_a_title(title: &str, name: &str) -> bool {
    let words = || name.split_whitespace().map(without_possessive);
    // (`Sheriff Hutton` is a village, `Superintendent Road` a street.)
    if TITLES_BEFORE_A_FULL_NAME.contains(&title) && words().count() < 2 {
        return false;
    }
    let thing = words()
        .next()
        .is_some_and(|w| THINGS_AFTER_A_TITLE.contains(&w));
    let venue = MONARCHS.contains(&title)
        && words()
            .next_back()
            .is_some_and(|w| VENUES_AFTER_A_TITLE.contains(&w));
    !(names_an_organisation_after_a_title(name) || thing || venue)
}

/// Titles that name a person only before a full name: after them, one
/// word is as often a place's or a thing's (`Sheriff Hutton`, `Collector
/// Magazine`).
const TITLES_BEFORE_A_FULL_NAME: &[&str] =
    &["Sheriff", "Prosecutor", "Collector", "Superintendent"];

/// Last words of what is named after a monarch, no person's name: `Prince
/// Edward Theatre`, `Queen Mother Square`, `Prince George House`, `King
/// Fahd Stadium`.
const VENUES_AFTER_A_TITLE: &[&str] = &[
    "Theatre", "Theater", "Square", "House", "Station", "Stadium", "Airport", "Road", "Street",
    "Avenue", "Bridge", "Palace",
];

/// Nouns that make a title word the start of a thing's name, not a
/// person's: `General Election`, `General Assembly`, `General Motors`,
/// `Major League`.
const THINGS_AFTER_A_TITLE: &[&str] = &[
    "Election",
    "Elections",
    "Assembly",
    "Hospital",
    "Motors",
    "Electric",
    "Dynamics",
    "Synod",
    "Staff",
    "League",
];

/// Words after which a name is not who speaks: a preposition that makes
/// the name another's (`a lawyer for Ostrem said`, `the head of Acme
/// said`). (`from` and `by` are not among them: `A letter from Marta
/// Lindqvist said`.) Nor is a name after an article (`The MEP said`, `the
/// World Food Programme said`), unless an owner opens it (`the BBC's Paul
/// Reynolds says`: see [`possessive_first`]).
const NOT_THE_SUBJECT: [&str; 4] = ["for", "of", "to", "with"];

/// Whether the text after a capitalised name goes on with a role and a
/// name (`… spokesman Mark Oaten`, `… chief executive Ilse Brandt`), so
/// the name qualifies the role.
pub(super) fn qualifies_role(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let mut role = false;
    for word in words.by_ref().take(3) {
        if word.starts_with(char::is_uppercase) {
            return role;
        }
        // (No verb in the past: not `Ann Lowe replaced chief executive
        // Tom Hart`; but `home affairs spokesman`.)
        if !word.chars().all(|c| c.is_lowercase() || c == '-')
            || word.ends_with("ed")
            || is_speech_verb(word)
        {
            return false;
        }
        role = is_role_noun(word);
    }
    role && words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether a name after `before` is the last of the names a preposition
/// brings in after a post or a plural (`the MP for Sleaford and North
/// Kesteven said`, `the leaders of France, Spain and New Zealand said`),
/// not who speaks: `before` ends in `and` after capitalised words, which
/// follow one of the [`NOT_THE_SUBJECT`] after such a word. (`Tony Blair
/// and Gordon Brown said`, `Speaking to Reuters, Angela Merkel and Nicolas
/// Sarkozy said`: both speak.)
fn second_object(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    if words.next() != Some("and") {
        return false;
    }
    let Some(preposition) = words.find(|word| !word.starts_with(char::is_uppercase)) else {
        return false;
    };
    // (A post: `leader`, or by its initials, `MP`.)
    let post_or_plural = |word: &str| {
        is_role_noun(&word.to_lowercase())
            || (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
            || word.len() > 3 && word.ends_with('s') && word.starts_with(char::is_lowercase)
    };
    NOT_THE_SUBJECT.contains(&preposition) && words.next().is_some_and(post_or_plural)
}

/// Whether the first word of `name` is an owner's (`BBC's Paul Reynolds`).
fn possessive_first(name: &str) -> bool {
    name.split_whitespace().next().is_some_and(is_possessive)
}

/// The words allowed between a speaker and the verb (here and in the
/// quotes stage's pattern for unquoted speech).
const SPEAKER_ADVERBS: [&str; 3] = ["further", "also", "later"];

/// The optional adverb of [`SPEAKER_ADVERBS`] before a verb of speech, as a
/// pattern: `(?:further\s+|also\s+|later\s+)?`.
pub(super) fn speaker_adverb() -> String {
    let adverbs: Vec<String> = SPEAKER_ADVERBS.iter().map(|a| format!(r"{a}\s+")).collect();
    format!("(?:{})?", adverbs.join("|"))
}

/// Whether `word` is one of the [`SPEECH_VERBS`] or [`QUOTING_VERBS`].
pub(super) fn is_speech_verb(word: &str) -> bool {
    // (A set: this runs for words of every sentence that names someone,
    // and a walk along the alternation cost more than the rest of the
    // tests around it.)
    static VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        SPEECH_VERBS
            .split('|')
            .chain(QUOTING_VERBS.split('|'))
            .collect()
    });
    VERBS.contains(word)
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

/// A name at the start of the text searched.
static NAME_AT: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!("^{PERSON_NAME}")).expect("valid regex"));

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

/// What a sentence's capitals show of the patterns that read a name after
/// a title, a role, an honorific or a noun that introduces a body: each
/// can match only if its cue is set, so most sentences are spared them.
/// All four begin at or before a capital, and reading the capitals (eight
/// bytes at a time) and the word before each costs a third of what the
/// patterns' own scans for their cues cost.
#[derive(Debug, Default)]
struct Cues {
    /// A title of [`TITLES`] begins the sentence or follows a byte that is
    /// not an ASCII word character: [`ROLE`] matches nowhere else (this is
    /// exactly where `(?-u:\b)(?:TITLES)` matches).
    title: bool,
    /// Some capital follows white space after a word whose last run of
    /// ASCII letters ends a role of [`ROLE_NOUNS`]: [`LOWER_ROLE`] matches
    /// nowhere else.
    role: bool,
    /// Some capital follows white space after an honorific, perhaps with
    /// its full stop: [`HONORIFIC_NAME`] matches nowhere else.
    honorific: bool,
    /// Some capital follows white space after a word whose last run of
    /// ASCII letters is a noun that introduces a body
    /// ([`is_body_noun`]), with no full stop:
    /// [`body_mentions`](super::facts::body_mentions) finds nothing
    /// elsewhere.
    body: bool,
}

impl Cues {
    fn of(sentence: &str) -> Self {
        /// The titles by their first letter (each begins with an ASCII
        /// capital; a test checks that).
        static TITLES_BY_LETTER: LazyLock<[Vec<&str>; 26]> = LazyLock::new(|| {
            let mut by_letter: [Vec<&str>; 26] = Default::default();
            for (title, _) in TITLES {
                by_letter[usize::from(title.as_bytes()[0] - b'A')].push(title);
            }
            by_letter
        });
        /// The last run of letters of each role (`executive` of `chief
        /// executive`, `general` of `director-general`).
        static ROLE_ENDS: LazyLock<foldhash::HashSet<&str>> = LazyLock::new(|| {
            ROLE_NOUNS
                .iter()
                .map(|role| role.rsplit([' ', '-']).next().expect("a word"))
                .collect()
        });
        let bytes = sentence.as_bytes();
        let mut cues = Cues::default();
        for at in crate::text::capitals(sentence) {
            let capital = bytes[at];
            if !cues.title
                && capital.is_ascii_uppercase()
                && (at == 0 || !is_ascii_word_byte(bytes[at - 1]))
            {
                let rest = &sentence[at..];
                cues.title = TITLES_BY_LETTER[usize::from(capital - b'A')]
                    .iter()
                    .any(|title| rest.starts_with(title));
            }
            let before = sentence[..at].trim_end();
            if before.len() < at {
                let (word, stop) = match before.strip_suffix('.') {
                    Some(word) => (word, true),
                    None => (before, false),
                };
                let letters = word
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_alphabetic)
                    .count();
                let word = &word[word.len() - letters..];
                // (Honorifics are capitalised, roles in lower case.)
                match word.bytes().next() {
                    Some(b'A'..=b'Z') => cues.honorific |= NAME_HONORIFICS.contains(&word),
                    Some(b'a'..=b'z') if !stop => {
                        cues.role |= ROLE_ENDS.contains(word);
                        cues.body |= is_body_noun(word);
                    }
                    _ => {}
                }
            }
            if cues.title && cues.role && cues.honorific && cues.body {
                break;
            }
        }
        cues
    }
}

/// Whether `byte` is an ASCII word character (`(?-u:\w)`).
fn is_ascii_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// A title (`(?-u:\b)(?:TITLES)`): [`Cues::title`] as a pattern, kept for
/// the test that checks it.
#[cfg(test)]
static TITLE_HINT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(r"(?-u:\b)(?:{})", title_alternation())).expect("valid regex")
});
/// A verb of speech: the test before every pattern that looks for a
/// speaker (here and in the quotes stage).
pub(super) static VERB_HINT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(r"(?-u:\b)(?:{SPEECH_VERBS})(?-u:\b)")).expect("valid regex")
});

/// Whether `sentence` may give an age (`, 54,`) as [`AGED`] reads one: a
/// comma, white space, one to three digits and a comma. (Any numeric
/// character counts as a digit: a few more than `\d` beyond ASCII.) Found
/// from the commas, which are few, this costs a fraction of a regex's scan
/// for them.
fn may_give_an_age(sentence: &str) -> bool {
    memchr::memchr_iter(b',', sentence.as_bytes()).any(|at| {
        let rest = &sentence[at + 1..];
        let number = rest.trim_start();
        if number.len() == rest.len() {
            return false;
        }
        let end = number
            .find(|c: char| !c.is_numeric())
            .unwrap_or(number.len());
        (1..=3).contains(&number[..end].chars().count()) && number[end..].starts_with(',')
    })
}

/// [`may_give_an_age`] as a pattern, kept for the test that checks it.
#[cfg(test)]
static AGE_HINT: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r",\s+\d{1,3},").expect("valid regex"));

/// A name with an age: `Pieter Anholt, 54,`.
static AGED: LazyLock<Pattern> = LazyLock::new(|| {
    // An age is followed by a space: `Pensions, 30,000 jobs` holds none.
    Pattern::new(&format!(r"(?P<name>{PERSON_NAME}),\s+\d{{1,3}},(?:\s|$)")).expect("valid regex")
});

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
/// follows it (`In Los Angeles, the mayor, Karen Bass, said`) the role is
/// that name's, unless names and roles are listed ([`name_after`]).
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
            let verb = (bare.ends_with("ed") || bare.ends_with("ing")) && !is_role_modifier(bare);
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
        let role = |words: Vec<&str>| {
            let words: Vec<&str> = words
                .into_iter()
                .skip_while(|w| APPOSITION_OPENERS.contains(w))
                .chain([title])
                .collect();
            (words.join(" "), title)
        };
        // `Tony Blair, the Irish prime minister, Bertie Ahern, said`, `In
        // Los Angeles, the mayor, Karen Bass,`: the role is the next name's.
        if punctuated && next.is_some_and(|w| w.starts_with(char::is_uppercase)) {
            let from = word.as_ptr() as usize - sentence.as_ptr() as usize + word.len();
            match name_after(sentence, from) {
                After::Named(name) => {
                    found.push((name, Some(role(words))));
                    continue;
                }
                After::Nobody => continue,
                // (A list: the role is the name's before it, as below.)
                After::Listed => {}
            }
        }
        let Some(name) = name_before(sentence, at) else {
            continue;
        };
        // The role is shown when the apposition ends with it.
        let shown = (punctuated || next.is_none()).then(|| role(words));
        found.push((name, shown));
    }
    found
}

/// The full name that a role in apposition introduces, from `from` (just
/// after the role's comma): two or three name words, closed by a comma or
/// the end of the sentence, then a lower-case word or nothing (`…, the
/// mayor, Karen Bass, said`). A longer name or a clause (`…, the mayor,
/// Karen Bass said`) gives nobody; in a list of names, the role is the
/// name's before it.
fn name_after(sentence: &str, from: usize) -> After<'_> {
    let rest = &sentence[from..];
    let start = from + (rest.len() - rest.trim_start().len());
    let mut end = start;
    let mut closed = false;
    for (count, word) in sentence[start..].split_whitespace().take(3).enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let letters = bare.chars().all(|c| c.is_alphabetic() || "'’-".contains(c));
        if bare.is_empty() || !letters || !name_word(bare) {
            break;
        }
        end = word.as_ptr() as usize - sentence.as_ptr() as usize + bare.len();
        if bare.len() != word.len() {
            closed = count >= 1;
            break;
        }
    }
    // In a list of names with their roles (`Angela Merkel, the German
    // chancellor, Nicolas Sarkozy, the French president, and …`), each
    // role is the name's before it: the name after a role is the role's
    // only when no other role or name follows it (`…, the mayor, Karen
    // Bass, said`).
    let next = sentence[end..]
        .trim_start_matches([',', '.', ';', ':'])
        .split_whitespace()
        .next();
    let listed = next.is_some_and(|w| {
        !w.starts_with(char::is_lowercase)
            || APPOSITION_OPENERS.contains(&w)
            || matches!(w, "and" | "or")
    });
    let name = &sentence[start..end];
    if !closed || !looks_like_person(name) || is_place_or_organisation(name) {
        After::Nobody
    } else if listed {
        After::Listed
    } else {
        After::Named(name)
    }
}

/// Who a role in apposition that a capitalised word follows belongs to
/// ([`name_after`]).
enum After<'a> {
    /// The name after it.
    Named(&'a str),
    /// The name before it: names and their roles are listed.
    Listed,
    /// Nobody: what follows is no closed full name.
    Nobody,
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
pub(super) fn capitalised(role: &str) -> String {
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

/// `name` as the story names the person in full: as it is when it is
/// whole or names a known person, else with the first name the story
/// gives that surname (of the story's `full` names).
fn full_name(name: &str, people: &People, full: &FullNames<'_>) -> Option<String> {
    if name.contains(' ') || people.find(name).is_some() {
        return Some(name.to_string());
    }
    full.get()
        .get(name)
        .map(|(first, _)| format!("{first} {name}"))
}

/// Fewest sentences that must name someone by surname alone, besides the
/// full name and the headline, for [`recurring`] to list them.
const RECURRING_SURNAMES: usize = 1;

/// People the headline names by surname alone and the story in full,
/// then by surname alone again (`Safin slumps to shock loss`: `Marat
/// Safin suffered a shock loss … Safin showed some good touches`), whom
/// no role, speech or age brought in: the subject of a sports report or
/// an obituary often is no more than that. Each is counted as mentioned
/// in every sentence that names them, in order of their first full
/// mention.
///
/// Capitalised pairs that recur are often no one (`World Cup … the Cup`,
/// `Music Awards`, `Storm Ciaran`), so a name is listed only when it reads
/// as a person's throughout: [`looks_like_person`]; neither word a title,
/// a role, a people or an organisation's word, a place's first word or a
/// club's ([`PLACE_PREFIXES`], [`CLUB_WORDS`]), nor one the story also
/// writes in lower case (`digital`, `world`), nor a hyphenated
/// description (`Trouble-hit`); a first word that only ever opens a
/// sentence is no common word (`Veteran Labour MP…`, `Unseeded Safin`);
/// the surname follows no other capitalised word (`South Korea` beside
/// `North Korea`, `Judy Murray` beside `Andy Murray`) and, alone, runs on
/// into none (`World Cup`, `Big Brother`); no mention follows one of
/// [`NOT_BEFORE_A_PERSON`] or ends a longer name (`of Joy Church`); the
/// story calls them he or she, after a mention or early in the next
/// sentence (clubs, storms and products are `it` or `they`); and it is
/// not a name the story's people hold, a body's, or an owner's alone.
pub fn recurring(
    sentences: &[&str],
    headline: &str,
    full: &FullNames<'_>,
    people: &People,
) -> Vec<Person> {
    let mut found = Vec::new();
    // (The headline's capitalised words that stand alone are the only
    // surnames that can be listed, so the story's full names are read,
    // and its sentences searched, only for them.)
    let mut candidates: Vec<&str> = headline
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| without_possessive(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| whole_words(headline, w).any(|at| alone_after(&headline[..at])))
        .filter(|w| sentences.iter().any(|s| whole_words(s, w).next().is_some()))
        .collect();
    // (A surname the headline gives twice is one candidate.)
    candidates.sort_unstable();
    candidates.dedup();
    if candidates.is_empty() {
        return found;
    }
    let names = full.get();
    for (last, (first, owner)) in candidates
        .iter()
        .filter_map(|&w| names.get_key_value(w).map(|(&last, &entry)| (last, entry)))
    {
        let name = format!("{first} {last}");
        let unlike_a_name = |word: &str| {
            is_title(word)
                || is_honorific(word)
                || is_role_noun(&word.to_lowercase())
                || super::facts::is_demonym(word)
                || is_organisation_word(word)
                || word
                    .split('-')
                    .skip(1)
                    .any(|part| part.starts_with(char::is_lowercase))
                // (An acronym, or its plural: `MPs`, `DVDs`.)
                || word.chars().skip(1).all(|c| c.is_uppercase() || c == 's')
                || !word.ends_with(char::is_alphabetic)
        };
        if owner
            || people.find(last).is_some()
            || people.find(&name).is_some()
            || !looks_like_person(&name)
            || is_place_or_organisation(&name)
            || people.is_body(&name)
            || people.is_body(last)
            || before_a_role(last, sentences)
            || unlike_a_name(first)
            || unlike_a_name(last)
            || PLACE_PREFIXES.contains(&first)
            || CLUB_WORDS.contains(&first)
            || CLUB_WORDS.contains(&last)
        {
            continue;
        }
        let lower = (first.to_lowercase(), last.to_lowercase());
        let mut person = Person {
            name,
            first: usize::MAX,
            ..Person::default()
        };
        let mut inside = false;
        let mut alone = 0;
        let mut runs_on = false;
        let mut in_lower_case = false;
        let mut not_a_person = false;
        let mut ambiguous = false;
        let mut referred = false;
        for (i, sentence) in sentences.iter().enumerate() {
            in_lower_case |= [&lower.0, &lower.1]
                .iter()
                .any(|w| whole_words(sentence, w).next().is_some());
            let mut by_surname = false;
            let mut named = false;
            for at in whole_words(sentence, last) {
                let before = sentence[..at].trim_end();
                // (What stands before the full name, when this is one.)
                let full_head = before
                    .strip_suffix(first)
                    .filter(|head| !head.ends_with(char::is_alphanumeric));
                let start = full_head.map_or(at, str::len);
                let word_before = sentence[..start]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("");
                not_a_person |= NOT_BEFORE_A_PERSON.contains(&word_before.to_lowercase().as_str());
                // (The tail of a longer name: `the Fullness of Joy Church`,
                // `Dubai Tennis Championships`; not after a word that
                // opens the sentence, an owner's, a people's or a
                // description: `Singer Britney Spears`, `Spain's Conchita
                // Martinez`, `American Taylor Dent`, `Oscar-winner Andrea
                // Arnold`.)
                if start < at {
                    let head = sentence[..start].trim_end();
                    let mut words = head.split_whitespace().rev();
                    let part_of_a_name = |w: &str| {
                        w.starts_with(char::is_uppercase)
                            && w.chars().all(char::is_alphanumeric)
                            && !super::facts::is_demonym(w)
                            && !is_title(w)
                            && !is_role_noun(&w.to_lowercase())
                            && head.split_whitespace().count() > 1
                    };
                    not_a_person |= match words.next() {
                        Some("of" | "and") => words.next().is_some_and(part_of_a_name),
                        Some(w) => part_of_a_name(w),
                        None => false,
                    };
                }
                match full_head {
                    Some(head) => {
                        person.first = person.first.min(i);
                        inside |= head.chars().any(char::is_alphanumeric);
                    }
                    _ if alone_after(before) => {
                        by_surname = true;
                        runs_on |= sentence[at + last.len()..]
                            .strip_prefix(' ')
                            .is_some_and(|next| next.starts_with(char::is_uppercase));
                    }
                    // (After another capitalised word: another name,
                    // `South Korea` beside `North Korea`, `Andy Murray`
                    // beside `Judy Murray`; but not after a common word
                    // that opens a sentence, a month, or the first name's
                    // initial: `If Radcliffe…`, `In September Spears…`,
                    // `K Holmes`.)
                    _ => {
                        let initial = word_before.trim_end_matches('.');
                        ambiguous |= word_before.starts_with(char::is_uppercase)
                            && !is_possessive(word_before)
                            && !super::facts::is_demonym(word_before)
                            && !is_title(word_before)
                            && !is_honorific(initial)
                            && !is_not_name(word_before)
                            && !super::is_stopword(&word_before.to_lowercase())
                            && !(initial.len() == 1 && first.starts_with(initial));
                    }
                }
                // (He or she, after the name or early in the next
                // sentence: `Safin, who won in Melbourne, said he…`.)
                referred = referred
                    || personal_pronoun(&sentence[at..])
                    || sentences
                        .get(i + 1)
                        .is_some_and(|next| next.split_whitespace().take(12).any(personal_pronoun));
                person.last = i;
                named = true;
            }
            person.mentions += usize::from(named);
            alone += usize::from(by_surname);
        }
        // (A sentence may open with any capitalised word: `Veteran Labour
        // MP…`; a name written only there must not read as a word.)
        let lower_first = first.to_lowercase();
        let plain_first = inside
            || !(super::is_stopword(&lower_first)
                || lower_first.ends_with("ing")
                || lower_first.len() > 6 && lower_first.ends_with("ed"));
        if person.first != usize::MAX
            && alone >= RECURRING_SURNAMES
            && plain_first
            && referred
            && !ambiguous
            && !runs_on
            && !in_lower_case
            && !not_a_person
        {
            found.push(person);
        }
    }
    found.sort_by(|a, b| a.first.cmp(&b.first).then_with(|| a.name.cmp(&b.name)));
    found
}

/// Words that open the names of places (`South Africa`, `New York`,
/// `Greater Noida`), never a first name.
const PLACE_PREFIXES: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Great", "Little", "New", "Old", "Port", "Fort", "Mount", "Lake",
    "Saint", "San", "Santa", "Los", "Las", "El", "La", "Le",
];

/// Words of clubs' names, which sports stories use as they use a
/// player's surname (`Leeds held Manchester United … Fans booed United
/// off`).
const CLUB_WORDS: &[&str] = &[
    "United",
    "City",
    "Town",
    "County",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Palace",
    "Forest",
    "Rangers",
    "Celtic",
    "Hotspur",
    "Argyle",
    "Orient",
    "Wednesday",
    "Real",
    "Inter",
    "Sporting",
    "Dynamo",
    "Atletico",
    "Olympique",
    "Borussia",
    "Bayern",
];

/// Words that stand before a place or a thing, and never before a
/// person's name (`in North Korea`, `at Crystal Palace`, `the World Cup`):
/// a name [`recurring`] finds after one is no one's.
const NOT_BEFORE_A_PERSON: &[&str] = &[
    "the", "a", "an", "in", "at", "near", "across", "inside", "outside",
];

/// Whether a surname after the text `before` stands alone: first, or
/// after a word in lower case, a mark, or an honorific (`Mr Safin`,
/// `beat Safin`, `Safin`), not after another capitalised word or a
/// figure (`South Korea`, `2nd Test`).
fn alone_after(before: &str) -> bool {
    match before.split_whitespace().next_back() {
        None => true,
        Some(word) => {
            !word.ends_with(char::is_alphanumeric)
                || word.starts_with(char::is_lowercase)
                || is_honorific(word.trim_end_matches('.'))
        }
    }
}

/// Whether `text` holds a pronoun of one person (`he`, `she`, `his`,
/// `her`, `him`), as a whole word, in any case.
fn personal_pronoun(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "he" | "she" | "his" | "her" | "him" | "He" | "She" | "His" | "Her" | "Him"
        )
    })
}

/// Where `word` stands in `text` as a whole word (no letter or digit
/// touching it; `Safin's` holds `Safin`).
pub(super) fn whole_words<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + word.len()..].starts_with(char::is_alphanumeric)
        })
}

/// The full names a story gives its surnames ([`full_names`]), read from
/// its sentences on first need (most stories name everyone in full, and
/// most quotations name their speaker), then shared by the stages that
/// resolve a surname: people, then quotes.
pub struct FullNames<'a> {
    sentences: &'a [&'a str],
    names: std::cell::OnceCell<HashMap<&'a str, (&'a str, bool)>>,
}

impl<'a> FullNames<'a> {
    /// The full names of the story of `sentences`, not yet read.
    pub fn of(sentences: &'a [&'a str]) -> Self {
        Self {
            sentences,
            names: std::cell::OnceCell::new(),
        }
    }

    /// The story's sentences.
    pub fn sentences(&self) -> &'a [&'a str] {
        self.sentences
    }

    /// For each surname, its first name and whether it is given only as
    /// an owner's ([`full_names`]).
    pub fn get(&self) -> &HashMap<&'a str, (&'a str, bool)> {
        self.names.get_or_init(|| full_names(self.sentences))
    }
}

/// For each word that follows a capitalised first name somewhere in the
/// story, the first such full name: `Lindqvist` → `Saskia Lindqvist`. Built
/// once per story, so resolving a surname costs a lookup. A common word
/// that begins a sentence is no first name (`Again Roddick`; but `Will
/// Davies`). An owner's name counts (`Jurgen Klopp's`), after a name written
/// plainly and unless the word stands before a role elsewhere (`Aston
/// Villa's`, `Villa boss`). Initials before a first initial are part of it: `D Y
/// Chandrachud`, `K V Viswanathan` (but not `A` or `I`, more often a word);
/// initials with full stops are a first name (`B.B. King`), but a
/// country's are not (`U.S. Senator`).
fn full_names<'a>(sentences: &[&'a str]) -> HashMap<&'a str, (&'a str, bool)> {
    let mut names: HashMap<&'a str, (&'a str, bool)> = HashMap::new();
    for s in sentences {
        // Only words that begin with a capital can be a full name's, so
        // the sentence is read from capital to capital (most of its bytes
        // are skipped eight at a time), keeping the last such word.
        let mut previous: Option<CapitalWord<'a>> = None;
        for at in crate::text::capitals(s) {
            if !s[..at].is_empty() && !s[..at].ends_with(char::is_whitespace) {
                continue;
            }
            let end = s[at..]
                .find(char::is_whitespace)
                .map_or(s.len(), |len| at + len);
            let word = &s[at..end];
            // Whether the last capitalised word is the word just before.
            let adjacent = previous
                .as_ref()
                .filter(|p| s[p.end..at].chars().all(char::is_whitespace));
            // Where the run of initials that ends with the word before
            // starts. (One space apart: `D  Y` or `D\nY` is no name.)
            let run = adjacent
                .filter(|p| at == p.end + 1 && s[..at].ends_with(' '))
                .and_then(|p| p.initials);
            if let Some(first) = adjacent {
                add_full_name(&mut names, s, first, word);
            }
            previous = Some(CapitalWord {
                word,
                start: at,
                end,
                run,
                initials: is_initial(word).then(|| run.unwrap_or(at)),
                opens: s[..at].trim_start().is_empty(),
            });
        }
    }
    // `Aston Villa's` is a club's when the story also writes `Villa boss`.
    names.retain(|last, &mut (_, owner)| !owner || !before_a_role(last, sentences));
    names
}

/// A word of a sentence that begins with a capital, as [`full_names`]
/// reads it.
struct CapitalWord<'a> {
    word: &'a str,
    /// Where it starts and ends in the sentence, in bytes.
    start: usize,
    end: usize,
    /// Where the run of initials that ends with the word before it starts.
    run: Option<usize>,
    /// Where the run of initials that ends with it starts, if it is one.
    initials: Option<usize>,
    /// Whether it is the sentence's first word.
    opens: bool,
}

/// Adds to `names` the full name that `first` and `next`, the word after
/// it in the sentence `s`, may be (see [`full_names`]).
fn add_full_name<'a>(
    names: &mut HashMap<&'a str, (&'a str, bool)>,
    s: &'a str,
    first: &CapitalWord<'a>,
    next: &'a str,
) {
    let CapitalWord {
        word: first_word,
        start,
        run,
        opens,
        ..
    } = *first;
    // (`Jurgen Klopp's team`, `Chris Jones' plans`: an owner's name is a
    // name too.)
    let owned = next.trim_end_matches(|c: char| !c.is_alphabetic() && !"'’".contains(c));
    let owner = is_possessive(owned) || owned.ends_with(['\'', '’']);
    let last = without_possessive(owned).trim_end_matches(|c: char| !c.is_alphabetic());
    if !(first_word
        .chars()
        .all(|c| c.is_alphabetic() || "'’-".contains(c))
        || (dotted_initials(first_word) && (SURNAME_TITLES.contains(&last) || !is_title(last))))
    {
        return;
    }
    // Not `Labour's Campbell`, `Mr Campbell`.
    let plain = !is_not_name(first_word)
        && !is_honorific(first_word)
        && !is_title(first_word)
        && !is_possessive(first_word)
        && (!opens || !super::is_stopword(&first_word.to_lowercase()));
    if plain {
        let first_name = match run {
            Some(run) if is_initial(first_word) => &s[run..start + first_word.len()],
            _ => first_word,
        };
        // A full name written plainly wins over an owner's.
        match names.get(last) {
            Some(&(_, false)) => {}
            Some(_) if owner => {}
            _ => {
                names.insert(last, (first_name, owner));
            }
        }
    }
}

/// Whether a word stands before a lower-case role somewhere in the story
/// (`Villa boss`, `Acme spokesman`): it names a body, not a person. But a
/// person has a driver or a trainer (`Blair's driver`).
///
/// The sentences are searched for the word, not split into words: a word
/// of the sentence is the word when it starts with it (after white space,
/// or at the start) and is the word once its possessive is stripped.
pub(super) fn before_a_role(word: &str, sentences: &[&str]) -> bool {
    // (A word holds no white space; an empty one stands before nothing.)
    if word.is_empty() || word.contains(char::is_whitespace) {
        return false;
    }
    let finder = memchr::memmem::Finder::new(word);
    sentences.iter().any(|s| {
        finder.find_iter(s.as_bytes()).any(|at| {
            if !s[..at].chars().next_back().is_none_or(char::is_whitespace) {
                return false;
            }
            let mut rest = s[at..].split_whitespace();
            let w = rest.next().expect("the word starts here");
            let bare = without_possessive(w);
            bare == word
                && rest.next().is_some_and(|next| {
                    is_role_noun(next) && !(bare != w && ROLES_A_PERSON_HAS.contains(&next))
                })
        })
    })
}

/// Roles a person may have someone in: `Blair's driver` is no body's.
const ROLES_A_PERSON_HAS: &[&str] = &["driver", "trainer", "officer", "owner", "aide", "lawyer"];

/// Whether `word` is initials written with full stops (`B.B.`, `J.R.`),
/// but not a place's (`U.S.`, `U.K.`).
fn dotted_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 4
        && bytes.len().is_multiple_of(2)
        && bytes.chunks(2).all(|c| matches!(c, [b'A'..=b'Z', b'.']))
        && !PLACE_ABBREVIATIONS.contains(&word.replace('.', "").as_str())
}

/// Whether `word` is an initial that may stand before a surname (`D`,
/// `K`): one capital, not `A` or `I`.
fn is_initial(word: &str) -> bool {
    matches!(word.as_bytes(), [b'A'..=b'Z'] if !matches!(word, "A" | "I"))
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
    // (`Ruud van Nistelrooy`: a particle between two words of a name.)
    let last = words.len().saturating_sub(1);
    let words: Vec<&str> = (0..words.len())
        .filter(|&i| !(i > 0 && i < last && is_name_particle(words[i])))
        .map(|i| words[i])
        .collect();
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
        && !is_possessive(word)
        && !is_s_apostrophe(word)
        && !is_organisation_word(word)
        && !is_title(word)
}

/// This module's patterns: [`crate::summarize::prepare`] compiles them
/// ahead, and a test checks that their forms agree.
pub(super) fn patterns() -> Vec<&'static Pattern> {
    let patterns: Vec<&'static Pattern> = vec![
        &ROLE,
        &LOWER_ROLE,
        &HONORIFIC_NAME,
        &SPEAKER,
        &NAME_AT,
        &VERB_HINT,
        &AGED,
    ];
    // (And those kept only for the tests that check them.)
    #[cfg(test)]
    let patterns = [patterns, vec![&*TITLE_HINT, &*AGE_HINT]].concat();
    patterns
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A post written with a name, before it (a capitalised role noun at a
    /// sentence's start, a post by its initials, a party) or after it (a
    /// post, a degree), is no part of the name.
    #[test]
    fn posts_written_with_a_name_are_no_part_of_it() {
        let sentences = crate::text::sentences(
            "Referee Ola Venn said he was right to send him off. Guy Marsh QC said the law was clear. \
             MP Lena Holt said she agreed with him. Conservative Ivo Dale asked about it. Star Jones said nothing.",
        );
        let people = people(&sentences);
        let found: Vec<(&str, Option<&str>)> = people
            .all()
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        for expected in [
            ("Ola Venn", Some("Referee")),
            ("Guy Marsh", None),
            ("Lena Holt", Some("MP")),
            ("Ivo Dale", Some("Conservative")),
        ] {
            assert!(found.contains(&expected), "{expected:?} in {found:?}");
        }
        // (A post that leaves no person's name is kept: `Star Jones`.)
        assert!(found.iter().all(|(name, _)| *name != "Jones"), "{found:?}");
    }

    /// [`full_names`] as first written, a word at a time.
    fn full_names_by_words<'a>(sentences: &[&'a str]) -> HashMap<&'a str, (&'a str, bool)> {
        let mut names: HashMap<&'a str, (&'a str, bool)> = HashMap::new();
        for s in sentences {
            let mut words = s.split_whitespace().enumerate().peekable();
            let mut initials: Option<usize> = None;
            let mut previous_end = 0;
            while let Some((at, first)) = words.next() {
                let start = first.as_ptr() as usize - s.as_ptr() as usize;
                let run =
                    initials.filter(|_| start == previous_end + 1 && s[..start].ends_with(' '));
                initials = is_initial(first).then(|| run.unwrap_or(start));
                previous_end = start + first.len();
                let Some(&(_, next)) = words.peek() else {
                    break;
                };
                if !first.starts_with(char::is_uppercase) || !next.starts_with(char::is_uppercase) {
                    continue;
                }
                let owned =
                    next.trim_end_matches(|c: char| !c.is_alphabetic() && !"'’".contains(c));
                let owner = is_possessive(owned) || owned.ends_with(['\'', '’']);
                let last = without_possessive(owned).trim_end_matches(|c: char| !c.is_alphabetic());
                if !(first
                    .chars()
                    .all(|c| c.is_alphabetic() || "'’-".contains(c))
                    || (dotted_initials(first)
                        && (SURNAME_TITLES.contains(&last) || !is_title(last))))
                {
                    continue;
                }
                let plain = !is_not_name(first)
                    && !is_honorific(first)
                    && !is_title(first)
                    && !is_possessive(first)
                    && (at > 0 || !super::super::is_stopword(&first.to_lowercase()));
                if plain {
                    let first = match run {
                        Some(run) if is_initial(first) => &s[run..start + first.len()],
                        _ => first,
                    };
                    match names.get(last) {
                        Some(&(_, false)) => {}
                        Some(_) if owner => {}
                        _ => {
                            names.insert(last, (first, owner));
                        }
                    }
                }
            }
        }
        names.retain(|last, &mut (_, owner)| !owner || !before_a_role(last, sentences));
        names
    }

    #[test]
    fn full_names_read_from_capital_to_capital_are_those_read_word_by_word() {
        const WORDS: &[&str] = &[
            "Saskia",
            "Lindqvist",
            "Lindqvist's",
            "Jones'",
            "Klopp’s",
            "Aston",
            "Villa's",
            "Villa",
            "boss",
            "spokesman",
            "Mr",
            "Mrs",
            "Lord",
            "Sir",
            "Labour's",
            "President",
            "D",
            "Y",
            "K",
            "V",
            "A",
            "I",
            "B.B.",
            "U.S.",
            "King",
            "Senator",
            "Again",
            "Will",
            "The",
            "the",
            "said",
            "of",
            "and",
            "Édith",
            "Łukasz",
            "Ümit",
            "(Jurgen",
            "Smith,",
            "\u{201c}Anna",
            "Weiss.\u{201d}",
            "1,200",
            "-",
            "x",
            "İlhan",
            "ǅemal",
        ];
        const SPACES: &[&str] = &[
            " ", " ", " ", " ", "  ", "\u{a0}", "\u{2003}", "\n", "", ",",
        ];
        let texts = crate::summarize::random_texts(WORDS, SPACES, 0x5eed_f00d_4a3e, 20_000, 10);
        let mut found = 0;
        for story in texts.chunks(4) {
            let sentences: Vec<&str> = story.iter().map(String::as_str).collect();
            let names = full_names(&sentences);
            found += names.len();
            assert_eq!(names, full_names_by_words(&sentences), "{sentences:?}");
        }
        assert!(
            found > 5_000,
            "only {found} names: the texts miss the pattern"
        );
    }

    #[test]
    fn a_role_read_from_its_match_is_the_role_its_groups_hold() {
        const WORDS: &[&str] = &[
            "Secretary of State",
            "Deputy Prime Minister",
            "Prime",
            "Minister",
            "Deputy",
            "President",
            "Presidential",
            "Secretary",
            "of",
            "State",
            "General",
            "Chief",
            "Executive",
            "Anna",
            "Weiss",
            "J.",
            "K",
            "O'Neill",
            "Émile",
            "x",
            ".",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\n", "", ","];
        let mut named = 0;
        for text in crate::summarize::random_texts(WORDS, SPACES, 0x1405_7b7e_f767_814f, 20_000, 10)
        {
            let by_groups: Vec<(&str, Option<&str>)> = ROLE
                .captures_iter(&text)
                .map(|caps| {
                    let name = caps.name("name").map(|n| n.as_str());
                    (caps.name("title").expect("title group").as_str(), name)
                })
                .collect();
            let by_matches: Vec<(&str, Option<&str>)> = ROLE
                .find_iter(&text)
                .map(|found| role_parts(found.as_str()))
                .collect();
            named += by_groups.iter().filter(|(_, name)| name.is_some()).count();
            assert_eq!(by_matches, by_groups, "{text:?}");
        }
        assert!(
            named > 2_000,
            "only {named} names: the texts miss the pattern"
        );
    }

    #[test]
    fn an_age_is_found_wherever_its_pattern_matches() {
        const WORDS: &[&str] = &[
            "Bell,", "54,", "5,", "1234,", "30,000", "१२,", "x", ",", "12", "Anna",
        ];
        const SPACES: &[&str] = &[" ", " ", "  ", "\u{a0}", "\n", ""];
        let mut ages = 0;
        for text in crate::summarize::random_texts(WORDS, SPACES, 0xa54f_f53a_5f1d_36f1, 20_000, 8)
        {
            let age = AGE_HINT.is_match(&text);
            assert!(!age || may_give_an_age(&text), "{text:?}");
            assert!(
                age || !may_give_an_age(&text) || !text.is_ascii(),
                "{text:?}"
            );
            ages += usize::from(age);
        }
        assert!(ages > 2_000, "only {ages} ages: the texts miss the pattern");
    }

    #[test]
    fn cues_are_set_wherever_their_patterns_match() {
        assert!(
            TITLES
                .iter()
                .all(|(title, _)| title.as_bytes()[0].is_ascii_uppercase())
        );
        assert!(ROLE_NOUNS.iter().all(|role| {
            role.bytes()
                .all(|b| b.is_ascii_lowercase() || b" -".contains(&b))
        }));
        const WORDS: &[&str] = &[
            "President",
            "Presidential",
            "Prime",
            "Minister",
            "Secretary",
            "of",
            "State",
            "Chief",
            "Constable",
            "chief",
            "executive",
            "director-general",
            "general",
            "co-leader",
            "leader",
            "leaders",
            "boss",
            "Mr",
            "Mr.",
            "Mrs",
            "Dr",
            "Lady",
            "Prof",
            "3Mr",
            "x_Dr",
            "éPresident",
            "Anna",
            "Weiss",
            "Émile",
            "İlhan",
            "\u{201c}Anna",
            "(Lord",
            "said",
            "the",
            ".",
            "1,200",
            "x",
            "bank",
            "firm",
            "giant",
            "club",
            "club.",
            "affirm",
            "carmaker",
            "filmmaker",
            "record-label",
            "éfirm",
            "&",
        ];
        const SPACES: &[&str] = &[" ", " ", " ", "  ", "\u{a0}", "\u{2003}", "\n", "", "-"];
        let (mut titles, mut roles, mut honorifics, mut bodies) = (0, 0, 0, 0);
        for text in crate::summarize::random_texts(WORDS, SPACES, 0x3c6e_f372_fe94_f82b, 20_000, 10)
        {
            let cues = Cues::of(&text);
            assert_eq!(cues.title, TITLE_HINT.is_match(&text), "{text:?}");
            let role = LOWER_ROLE.is_match(&text);
            assert!(cues.role || !role, "{text:?}");
            let honorific = HONORIFIC_NAME.is_match(&text);
            assert!(cues.honorific || !honorific, "{text:?}");
            let body = super::super::facts::body_mentions(&text).next().is_some();
            assert!(cues.body || !body, "{text:?}");
            titles += usize::from(cues.title);
            roles += usize::from(role);
            honorifics += usize::from(honorific);
            bodies += usize::from(body);
        }
        assert!(
            titles > 2_000 && roles > 2_000 && honorifics > 2_000 && bodies > 1_000,
            "the texts miss the patterns: {titles} titles, {roles} roles, {honorifics} honorifics, \
             {bodies} bodies"
        );
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

    /// The people of `text`, as the facts box shows them.
    fn names(text: &str) -> Vec<String> {
        let sentences = crate::text::sentences(text);
        people(&sentences)
            .all()
            .iter()
            .map(Person::display)
            .collect()
    }

    /// The people [`recurring`] finds in a story with `headline`.
    fn recurring_names(headline: &str, text: &str) -> Vec<String> {
        let sentences = crate::text::sentences(text);
        let full = FullNames::of(&sentences);
        recurring(&sentences, headline, &full, &people_with(&sentences, &full))
            .into_iter()
            .map(|p| format!("{} {}", p.name, p.mentions))
            .collect()
    }

    #[test]
    fn the_headlines_surname_named_in_full_is_a_person() {
        let story = "Ivo Darnell suffered a shock defeat in the first round in Dubai. \
                     The seventh seed beat Darnell in straight sets. Darnell lost his serve twice. \
                     Kelly Brandt won in an hour.";
        // (Only once the story calls him he, and with one first name.)
        assert!(
            recurring_names(
                "Darnell slumps to shock loss",
                &story.replace("lost his serve", "lost the serve")
            )
            .is_empty()
        );
        assert!(
            recurring_names(
                "Darnell slumps to shock loss",
                &format!("{story} Unseeded Darnell trailed early.")
            )
            .is_empty()
        );
        assert_eq!(
            recurring_names("Darnell slumps to shock loss", story),
            ["Ivo Darnell 3"]
        );
        // Not without the headline, nor a name the story's people hold.
        assert!(recurring_names("Shock loss in Dubai", story).is_empty());
        assert!(recurring_names("Brandt wins", story).is_empty());
        // Not a place, a club, a contest or a show.
        for (headline, story) in [
            (
                "G7 backs Africa debt plan",
                "Aid to South Africa rose. Ministers pledged more for Africa.",
            ),
            (
                "United held at home",
                "Leeds held Manchester United to a draw. Fans booed United off.",
            ),
            (
                "England given tough Cup draw",
                "England play in the Rugby World Cup in May. The draw for the Cup was made.",
            ),
            (
                "Idol finalists named",
                "Pop Idol returns in May. Viewers vote on Idol each week, and the idol wins.",
            ),
            (
                "Church urges boycott",
                "Mr Reyes, of the Fullness of Joy Church, spoke. Church leaders agreed.",
            ),
            (
                "Leverkusen stun holders",
                "Bayer Leverkusen beat the holders. Leverkusen led at half-time, and it \
                 was their first win there.",
            ),
        ] {
            assert!(recurring_names(headline, story).is_empty(), "{story}");
        }
    }

    #[test]
    fn a_surname_with_an_age_is_the_full_name_the_story_gives() {
        assert_eq!(
            names(
                "Dorian Vell joined the squad on Monday. Vell, 30, had hoped to play for Estrava."
            ),
            ["Dorian Vell"]
        );
        // Initials with full stops are a first name; a country's are not.
        assert_eq!(
            names("Blues star R.J. King played. His daughter, Ola King, spoke. King, 89, is well."),
            ["R.J. King"]
        );
        assert_eq!(
            names("The U.S. Vell fund grew. Its head, Ana Vell, spoke. Vell, 40, is new."),
            ["Ana Vell"]
        );
        // No full name: the surname, as before.
        assert_eq!(
            names("The squad was named on Monday. Vell, 30, had hoped to play."),
            ["Vell"]
        );
    }

    #[test]
    fn an_owners_full_name_names_a_speaker_but_not_a_club_nor_an_honorific() {
        assert_eq!(
            names("Jurgen Kopp's team won 4-2. \"A special night,\" said Kopp."),
            ["Jurgen Kopp"]
        );
        // A club: its name stands before a role elsewhere.
        assert!(
            names(
                "Aston Vella's defence held. \"He will be out for weeks,\" said Vella boss Dan Leary."
            )
            .iter()
            .all(|n| n != "Aston Vella"),
        );
        // `Mrs Howe` is not the `Michael Howe` of `Michael Howe's policies`.
        assert_eq!(
            names("Michael Howe's policies were attacked. Mrs Howe said she was proud."),
            ["Mrs Howe"]
        );
        // (`Chris Jones' plans`: an owner's name ending in `s'` too.)
        assert_eq!(
            names("Chris Jones' plans were attacked. Mrs Jones said she was proud."),
            ["Mrs Jones"]
        );
        // A name written plainly wins over an owner's.
        assert_eq!(
            names("Ann Kopp's firm grew. Jurgen Kopp joined it. Kopp said it was good."),
            ["Jurgen Kopp"]
        );
    }

    #[test]
    fn a_speaker_after_the_verb_is_the_name_after_an_owners() {
        // A body's name as the owner, of any length, is not the speaker's,
        // whose name is read whole after it.
        for (text, name) in [
            (
                "\"We are honoured,\" said Sky Networks' Sophie Turner Laing.",
                "Sophie Turner Laing",
            ),
            (
                "\"We are honoured,\" said Acme Holdings’ Tom Reed.",
                "Tom Reed",
            ),
            (
                "\"We are honoured,\" said Vale Council's Anna Marie Weiss.",
                "Anna Marie Weiss",
            ),
            (
                "\"We are honoured,\" said Chelsea's Frank Lamb.",
                "Frank Lamb",
            ),
        ] {
            assert_eq!(names(text), [name], "{text}");
        }
        // No person's name after the owner, or a person as the owner: the
        // owner's name is read as before.
        for text in [
            "The group said Jack Connell's comment was unfair.",
            "\"We will not be divided,\" said Jack Connell's Vale Fein colleague Tom Hale.",
            "\"It is a shambles,\" said Jack Connell's Treasury officials.",
        ] {
            assert_eq!(names(text), ["Jack Connell"], "{text}");
        }
        // A plural's apostrophe inside a body's name makes no person.
        assert!(
            names("The Transport and General Workers' Union's 70,000 members will vote.")
                .is_empty()
        );
    }

    #[test]
    fn a_name_that_qualifies_a_role_after_the_verb_is_no_speaker() {
        assert_eq!(
            names("\"Prices will fall,\" said Global Reach analyst Howard Archer."),
            ["Global Reach analyst Howard Archer"]
        );
        assert_eq!(
            names("\"Prices will fall,\" said Howard Archer."),
            ["Howard Archer"]
        );
    }

    #[test]
    fn a_role_keeps_the_word_that_says_it_was_held_before() {
        assert_eq!(
            names(
                "The talks were led by former Soviet leader Ivan Petrov and the late Labour \
                 leader Tom Hart."
            ),
            [
                "former Soviet leader Ivan Petrov",
                "late Labour leader Tom Hart"
            ]
        );
        assert_eq!(
            names(
                "A letter from the then Home Secretary Ann Lowe and ex-Foreign Secretary Ivo \
                 Dale arrived, and then President Omar Reyes spoke."
            ),
            [
                "then Home Secretary Ann Lowe",
                "ex-Foreign Secretary Ivo Dale",
                "President Omar Reyes"
            ]
        );
        // `late` and `then` date a role only after a determiner; a date is
        // no prefix of one.
        assert_eq!(
            names(
                "The then Chancellor Tom Hart said it came too late Prime Minister Ann Lowe \
                 told MPs in mid-March President Ivo Dale said."
            ),
            [
                "then Chancellor Tom Hart",
                "Prime Minister Ann Lowe",
                "President Ivo Dale"
            ]
        );
        // A qualifier that opens the sentence; a prefix joined to a
        // modifier of the role.
        assert_eq!(
            names(
                "Former Deputy Collector Tom Reed said the land was sold. The crowd looked for \
                 then-vice President Ann Lowe, and Parish Sheriff Ivo Dale said it was calm. \
                 They drove from Sheriff Hutton to Superintendent Road."
            ),
            [
                "Former Deputy Collector Tom Reed",
                "then-vice President Ann Lowe",
                "Parish Sheriff Ivo Dale"
            ]
        );
    }

    #[test]
    fn a_role_joined_by_hyphens_is_the_whole_word() {
        // (A no-break space before the word is no panic.)
        assert_eq!(
            names(
                "The film's\u{a0}co-star Ruth Calder and Labour's former vice-chairman Tom Hart arrived."
            ),
            [
                "co-star Ruth Calder",
                "Labour's former vice-chairman Tom Hart"
            ]
        );
        assert_eq!(
            names(
                "The film's co-star Ruth Calder arrived with Vice-Prime Minister Oleg Varenko \
                 and Sub-Inspector Anil Mehta."
            ),
            [
                "Vice-Prime Minister Oleg Varenko",
                "Sub-Inspector Anil Mehta",
                "co-star Ruth Calder"
            ]
        );
    }

    #[test]
    fn roles_of_sport_the_arts_and_business_and_their_ranks() {
        assert_eq!(
            names(
                "Third seed Tomas Berdal beat Halford prop Gareth Lind's brother. \
                 The chief financial officer Anna Brecht met Leeds owner Karim Salah, \
                 jockey Liam Fenwick and Ferrari driver Marco Vitti."
            ),
            [
                "Third seed Tomas Berdal",
                "Halford prop Gareth Lind",
                "chief financial officer Anna Brecht",
                "Leeds owner Karim Salah",
                "jockey Liam Fenwick",
                "Ferrari driver Marco Vitti"
            ]
        );
        // A producer, a nominee or a winner is as often a country, a
        // firm, a film or a horse.
        assert!(
            names(
                "Oil producer Saudi Arabia raised output. Best picture nominee Brokeback Mountain \
                 led, and Grand National winner Red Rum retired."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_role_keeps_what_it_is_for_and_where_its_holder_plays() {
        // Cut after its first word, each would say less, or something
        // else: `minister Ana Ruiz`, `batter Tom Hart` (no longer one).
        assert_eq!(
            names(
                "The immigration minister Ana Ruiz met Lib Dem home affairs spokesman Ivo \
                 Dale. Former Solmar opening batter Tom Hart joined Halford head coach Ruth \
                 Calder, fast bowler Anil Mehta and Acme energy analyst Lena Brandt."
            ),
            [
                "immigration minister Ana Ruiz",
                "Lib Dem home affairs spokesman Ivo Dale",
                "Former Solmar opening batter Tom Hart",
                "Halford head coach Ruth Calder",
                "fast bowler Anil Mehta",
                "Acme energy analyst Lena Brandt"
            ]
        );
        // `affairs` says what for only with the word before it.
        assert_eq!(
            names("It was calm, said BBC labour affairs correspondent Ivo Dale."),
            ["correspondent Ivo Dale"]
        );
    }

    #[test]
    fn a_name_after_a_title_ends_at_its_owner_and_a_people_is_no_person() {
        assert_eq!(
            names("Crowds gathered for PM Modi's Thrissur visit."),
            ["PM Modi"]
        );
        assert!(
            names("Most Gibraltarians said in a referendum that they would stay. Many Japanese said so too.")
                .is_empty()
        );
    }

    #[test]
    fn what_is_named_after_a_titled_person_is_no_person() {
        assert!(
            names(
                "The musical opened at the Prince Edward Theatre. The pub is on Queen Mother Square."
            )
            .is_empty()
        );
        assert_eq!(
            names("Prince Edward opened the theatre. Senator Ruth House called for a recount."),
            ["Prince Edward", "Senator Ruth House"]
        );
    }

    #[test]
    fn verbs_that_attribute_quotations_report_no_speech_in_narration() {
        assert!(
            names("Norwich City conceded twice and Credit Suisse admitted wrongdoing.").is_empty()
        );
    }

    #[test]
    fn the_last_of_the_names_a_preposition_brings_in_is_no_speaker() {
        assert!(
            names("But the Tory MP for Sleaford and North Kesteven said the role had changed.")
                .is_empty()
        );
        assert!(names("The leaders of France, Spain and New Zealand said they agreed.").is_empty());
        assert!(
            names("The party leader of Alba and North Kesteven said it had changed.").is_empty()
        );
        // (A post in capitals.)
        assert!(
            names("Minister for Children and Families Anna Weiss said it had changed.")
                .iter()
                .all(|n| n != "Families Anna Weiss")
        );
        // A phrase with a preposition before the names, and no post.
        assert_eq!(
            names("Speaking to Reuters, Angela Merkel and Nicolas Sarkozy said they agreed."),
            ["Nicolas Sarkozy"]
        );
        // Two people who speak together.
        assert_eq!(
            names("Tony Blair and Gordon Brown said they agreed."),
            ["Gordon Brown"]
        );
    }

    #[test]
    fn leading_initials_are_part_of_the_name() {
        assert_eq!(
            names(
                "A bench of Justices Orla Keane and K V Marappan heard the plea. \
                 Marappan said the railway must answer."
            ),
            ["K V Marappan"]
        );
        assert_eq!(
            names("The ruling was read by D Y Tendral. Tendral said it was final."),
            ["D Y Tendral"]
        );
        // One initial, as before; an article or a pronoun is no initial.
        assert_eq!(
            names("The panel chose S Varadan. Varadan said he was glad."),
            ["S Varadan"]
        );
        assert_eq!(
            names("Fans saw A J Corran win. Corran said it was hard."),
            ["J Corran"]
        );
        // Initials apart from the name are not joined.
        assert_eq!(
            names("Block D  Y Tendral spoke. Tendral said it was final."),
            ["Y Tendral"]
        );
    }

    #[test]
    fn a_middle_initial_is_part_of_the_name() {
        let text = "US President George W Bush met the Treasury Secretary. \
                    Bush said the dollar was strong. \
                    \"It is a task,\" said Mr R. Sridharan, who runs the network. \
                    He met Samuel L Jackson, 56, at the hotel.";
        let sentences = crate::text::sentences(text);
        let people = people(&sentences);
        let names: Vec<String> = people.all().iter().map(Person::display).collect();
        assert_eq!(
            names,
            [
                "US President George W Bush",
                "R. Sridharan",
                "Samuel L Jackson"
            ]
        );
        assert_eq!(people.find("Bush"), Some(0), "one person");
        // Only after a first name, and never `I`.
        for (text, name) in [
            ("Ann Lee told us.", "Ann Lee"),
            ("Ann Lee Ray told us.", "Ann Lee Ray"),
            ("Ann B Lee told us.", "Ann B Lee"),
            ("Ann B. Lee Ray told us.", "Ann B. Lee Ray"),
            ("Ann Lee B Ray told us.", "Ann Lee"),
            ("Ann B C Lee told us.", "Ann"),
            ("Ann I Lee told us.", "Ann"),
            // Up to two particles before the last word.
            ("Ann van Lee told us.", "Ann van Lee"),
            ("Ann van der Lee Ray told us.", "Ann van der Lee"),
            ("Ann Lee van Ray told us.", "Ann Lee van Ray"),
            ("Ann B. de Lee told us.", "Ann B. de Lee"),
            ("Ann van told us.", "Ann"),
            ("Ann the Lee told us.", "Ann"),
        ] {
            assert_eq!(NAME_AT.find(text).map(|m| m.as_str()), Some(name), "{text}");
        }
    }

    #[test]
    fn what_stands_before_mr_is_no_part_of_the_name() {
        let sentences = [
            "Commenting Mr Orrin said the results were clear.",
            "Father-of-two Mr Orrin, 41, was arrested on Monday.",
            "The inquiry was told of Mr Orrin's arrest.",
        ];
        let people = people(&sentences);
        let names: Vec<String> = people.all().iter().map(Person::display).collect();
        assert_eq!(names, ["Mr Orrin"]);
        assert_eq!(people.get(0).mentions, 3);
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
