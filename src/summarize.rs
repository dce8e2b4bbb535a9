//! Summarize: the summary box of one cleaned story. Pure.
//!
//! Key points are extractive: whole sentences of the story, in story order.
//! Each sentence is scored on its position (on news, the lead is the
//! strongest single signal), its centrality (similarity of its terms to the
//! rest of the story) and its coverage of the headline's terms; points are
//! then picked greedily, each time penalising similarity to the points
//! already chosen (maximal marginal relevance), so no two say the same thing.

use serde::{Deserialize, Serialize};

use crate::clean::Cleaned;
use crate::config::SummaryConfig;
use crate::parse::{BlockKind, Story};
use crate::text;

pub mod facts;
pub mod figures;
pub mod people;
pub mod posts;
pub mod quotes;

pub use facts::{Fact, FactKind};
pub use quotes::Quote;

/// The summary box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Key points, in story order.
    pub points: Vec<String>,
    /// Facts at a glance: figures, money, dates, people, places, organisations.
    pub facts: Vec<Fact>,
    /// Quotations with their speakers, in story order.
    pub quotes: Vec<Quote>,
}

/// Most quotations in a summary box.
const MAX_QUOTES: usize = 5;

/// A cleaned story with its summary box and reading figures.
#[derive(Debug, Clone)]
pub struct Summarized {
    /// The cleaned story.
    pub cleaned: Cleaned,
    /// The summary box.
    pub summary: Summary,
    /// Words in the cleaned body.
    pub word_count: usize,
    /// Minutes to read the cleaned body, at least 1.
    pub reading_minutes: usize,
    /// The key of what the box is made from (for the build cache).
    pub key: crate::cache::Key,
    /// The key of everything a page can show of the story (for the build
    /// cache's page keys).
    pub shown: crate::cache::Key,
}

/// Words too common to say what a sentence is about (sorted, so that a
/// repeat shows).
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "during", "each", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "just", "may", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off",
    "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "said", "same",
    "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your",
];

/// Whether a lowercased word is a stopword. Every stopword fits in eight
/// bytes, so each is packed into a `u64` and looked up in a hash set of
/// integers: this runs for every word of every story (a binary search of
/// the sorted list was a third of the cost of reading a sentence's terms).
fn is_stopword(word: &str) -> bool {
    pack(word).is_some_and(|key| stopwords().contains(&key))
}

/// The [`STOPWORDS`], packed ([`pack`]).
fn stopwords() -> &'static foldhash::HashSet<u64> {
    static KEYS: std::sync::LazyLock<foldhash::HashSet<u64>> =
        std::sync::LazyLock::new(|| STOPWORDS.iter().filter_map(|w| pack(w)).collect());
    &KEYS
}

/// A word of at most eight bytes as a `u64`, zero-padded (words here are
/// runs of letters and digits, so none holds a NUL to confuse).
fn pack(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_be_bytes(key))
}

/// Weights of the three signals in a sentence's score.
const POSITION_WEIGHT: f64 = 0.5;
const CENTRALITY_WEIGHT: f64 = 0.3;
const HEADLINE_WEIGHT: f64 = 0.2;
/// What stating a hard figure adds to a sentence's score.
const FIGURE_BONUS: f64 = 0.15;
/// How much similarity to an already chosen point costs.
const REDUNDANCY_PENALTY: f64 = 0.6;
/// Sentences at least this similar to a chosen point are never chosen.
const MAX_SIMILARITY: f64 = 0.65;

/// The key of everything a page can show of a story: its source, what
/// cleaning removed (which can depend on the other stories, through learned
/// furniture), the credit and syndication it found, and the summary box
/// (by `summary_key`).
fn shown_key(cleaned: &Cleaned, summary_key: crate::cache::Key) -> crate::cache::Key {
    let mut keyer = crate::cache::Keyer::default();
    keyer
        .add(cleaned.story.source_key)
        .add(cleaned.credit.as_deref())
        .add(cleaned.syndicated)
        .add(summary_key);
    for removal in &cleaned.removed {
        keyer.add(&removal.range).add(&removal.rule);
    }
    keyer.key()
}

/// The key of everything a story's summary box is made from: the cleaned
/// blocks, the headline, hand-written points and the settings.
pub fn key(cleaned: &Cleaned, config: &SummaryConfig) -> crate::cache::Key {
    let mut keyer = crate::cache::Keyer::default();
    keyer
        .add(config.points)
        .add(config.words_per_minute)
        .add(&cleaned.story.meta.title)
        .add(&cleaned.story.meta.summary);
    for block in &cleaned.story.blocks {
        keyer.add(block.kind).add(&block.text);
    }
    keyer.key()
}

/// A story with a summary box from the cache.
pub fn from_cache(
    cleaned: Cleaned,
    key: crate::cache::Key,
    cached: &crate::cache::CachedSummary,
) -> Summarized {
    Summarized {
        shown: shown_key(&cleaned, key),
        cleaned,
        summary: cached.summary.clone(),
        word_count: cached.word_count,
        reading_minutes: cached.reading_minutes,
        key,
    }
}

/// Compiles the summarizer's patterns for plain text (see
/// [`crate::pattern`]), which [`summarize`] otherwise compiles on first
/// use. A build calls it while it reads the stories, when a core would
/// otherwise wait.
pub fn prepare() {
    // Each module's list derefs, and so compiles, its patterns.
    let _ = (
        facts::patterns(),
        figures::patterns(),
        people::patterns(),
        quotes::patterns(),
        text::patterns(),
    );
    facts::prepare();
    figures::prepare();
}

/// Builds the summary box for a cleaned story.
pub fn summarize(cleaned: Cleaned, config: &SummaryConfig) -> Summarized {
    let key = key(&cleaned, config);
    let body_text: Vec<&str> = cleaned
        .story
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect();
    let word_count: usize = body_text.iter().map(|t| text::word_count(t)).sum();
    let reading_minutes = word_count.div_ceil(config.words_per_minute).max(1);
    let prose = prose(&cleaned.story);
    let (sentences, narration) = sentences(&prose);
    let figures = figures::figures(&sentences);
    let points = match &cleaned.story.meta.summary {
        Some(points) => points.clone(),
        None => key_points(
            &cleaned.story.meta.title,
            &sentences[..narration],
            &figures[..figures.partition_point(|&(at, _)| at < narration)],
            config.points,
        ),
    };
    // (The full names of surnames serve people, then quotes: read once.)
    let full_names = people::FullNames::of(&sentences);
    let people = people::people_with(&sentences, &full_names);
    let recurring = people::recurring(&sentences, &cleaned.story.meta.title, &full_names, &people);
    let mut facts = facts::extract(&sentences, &people, &recurring, &figures);
    facts::without_cited_agencies(&mut facts, &cleaned.story.meta.title);
    let quotes = quotes::extract_with(&prose, &full_names, &people, MAX_QUOTES);
    Summarized {
        summary: Summary {
            points,
            facts,
            quotes,
        },
        shown: shown_key(&cleaned, key),
        cleaned,
        word_count,
        reading_minutes,
        key,
    }
}

/// The running text of a story that summaries are made of: its paragraphs
/// and block quotes (not headings or lists).
pub fn prose(story: &Story) -> Vec<&str> {
    story
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote))
        .map(|b| b.text.as_str())
        .collect()
}

/// The sentences of a story's `prose` that its summary is read from, and
/// how many of them, first, are its narration: the key points are chosen
/// among those. The sentences of its embedded posts ([`posts`]), without
/// their sign-offs, come after: they are their authors' words, quoted, but
/// their facts are the story's.
pub fn sentences<'a>(prose: &[&'a str]) -> (Vec<&'a str>, usize) {
    let mut sentences = Vec::new();
    let mut posted = Vec::new();
    for paragraph in prose {
        match posts::embedded(paragraph) {
            Some(post) => {
                sentences.extend(text::sentences(post.lead));
                posted.extend(text::sentences(post.text));
            }
            None => sentences.extend(text::sentences(paragraph)),
        }
    }
    let narration = sentences.len();
    sentences.append(&mut posted);
    (sentences, narration)
}

/// Picks `n` key sentences of a story's `sentences`, returned in story
/// order; a sentence with one of the story's [`figures::figures`] counts
/// for more.
pub fn key_points(
    headline: &str,
    sentences: &[&str],
    figures: &[(usize, String)],
    n: usize,
) -> Vec<String> {
    // (A story of `n` sentences or fewer gives them all, but for a label,
    // a question of its own or one that says another's thing again.)
    let bytes: usize = sentences.iter().map(|s| s.len()).sum::<usize>() + headline.len();
    let mut vocabulary = Vocabulary::for_text(bytes);
    let (vectors, lengths): (Vec<Terms>, Vec<usize>) = sentences
        .iter()
        .map(|s| {
            // (A sentence's length in words, each Chinese or Japanese
            // character half of one: such a sentence of 40 to 60
            // characters says what one of 20 to 30 English words does.)
            let (terms, words, unspaced) = vocabulary.terms(s);
            (terms, words - unspaced / 2)
        })
        .unzip();
    let (headline, _, _) = vocabulary.terms(headline);
    // Centrality: cosine of each sentence with the rest of the story, from
    // the document totals in O(terms) per sentence:
    // v·(D−v) = v·D − |v|², |D−v|² = |D|² − 2v·D + |v|².
    let mut document = vec![0.0; vocabulary.len()];
    for v in &vectors {
        for &(t, c) in &v.0 {
            document[t] += c;
        }
    }
    let document_norm2: f64 = document.iter().map(|c| c * c).sum();
    let centrality: Vec<f64> = vectors
        .iter()
        .map(|v| {
            let v_dot_d: f64 = v.0.iter().map(|&(t, c)| c * document[t]).sum();
            let v2 = v.norm2();
            let rest2 = (document_norm2 - 2.0 * v_dot_d + v2).max(0.0);
            let norms = (v2 * rest2).sqrt();
            if norms == 0.0 {
                0.0
            } else {
                (v_dot_d - v2) / norms
            }
        })
        .collect();
    let top_centrality = centrality.iter().copied().fold(f64::EPSILON, f64::max);
    let scores: Vec<f64> = (0..sentences.len())
        .map(|i| {
            let position = 1.0 / (1.0 + i as f64).sqrt();
            let central = centrality[i] / top_centrality;
            let covered = vectors[i].coverage_of(&headline);
            let words = lengths[i];
            let length = if words < 8 {
                0.4
            } else if words > 55 {
                0.8
            } else {
                1.0
            };
            // A sentence stating a hard figure (casualties, a magnitude) is
            // what a reader of the box most needs.
            let figure = if figures.iter().any(|&(at, _)| at == i) {
                FIGURE_BONUS
            } else {
                0.0
            };
            length
                * (POSITION_WEIGHT * position
                    + CENTRALITY_WEIGHT * central
                    + HEADLINE_WEIGHT * covered
                    + figure)
        })
        .collect();

    let labels: Vec<bool> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| is_label_line(s, i == 0) || asks_the_reader(s))
        .collect();
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    while chosen.len() < n {
        let best = (0..sentences.len())
            .filter(|&i| !labels[i] && !chosen.contains(&i))
            .map(|i| {
                let similarity = chosen
                    .iter()
                    .map(|&j| vectors[i].cosine(&vectors[j]))
                    .fold(0.0, f64::max);
                (i, similarity, scores[i] - REDUNDANCY_PENALTY * similarity)
            })
            .filter(|&(_, similarity, _)| similarity < MAX_SIMILARITY)
            .max_by(|a, b| a.2.total_cmp(&b.2).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _, _)) => chosen.push(i),
            None => break,
        }
    }
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|i| text::strip_dateline(sentences[i]).to_string())
        .collect()
}

/// Whether a sentence is the story's own question (`But what did the
/// Spanish press make of the affair?`, `Do you love cheese on your
/// pizza?`): it teases what follows and states nothing, so it is no key
/// point. A question someone asks in a quotation is what they said.
fn asks_the_reader(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    // (A single mark opens a quotation after a space or a colon, before a
    // capital: `Ancelotti said: 'What can I say?`.)
    let single_quotation = memchr::memchr_iter(b'\'', bytes).any(|at| {
        at.checked_sub(1)
            .is_none_or(|b| bytes[b] == b' ' || bytes[b] == b':')
            && bytes.get(at + 1).is_some_and(u8::is_ascii_uppercase)
    });
    sentence.trim_end().ends_with(['?', '\u{ff1f}'])
        && !sentence.contains(['"', '\u{201c}', '\u{201d}', '\u{2018}', '\u{300c}'])
        && !single_quotation
}

/// Whether a sentence is a label and what it labels (`Haul: The cherry
/// picker…`, `Subs not used: …`, `Material: Rubber`): a photo caption run
/// into the text, a line-up, a product's details — no key point. The label
/// is one to three words, the first capitalised, with a lower-case letter
/// (`LONDON:` is a dateline) and no verb of speech (`Mr Leslie said:`);
/// what follows is no quotation (`He replies: "…"` introduces speech) and
/// no lower-case run of the sentence (`The cause: a protest…`). At
/// a story's start, capitalised words alone may be a dateline (`New
/// Delhi: …`), so they are no label there.
fn is_label_line(sentence: &str, first: bool) -> bool {
    // (The colon found by `memchr`: a substring search built for every
    // sentence cost more than the rest of the test.)
    let bytes = sentence.as_bytes();
    let Some(colon) = memchr::memchr_iter(b':', bytes).find(|&at| bytes.get(at + 1) == Some(&b' '))
    else {
        return false;
    };
    let (label, rest) = (&sentence[..colon], &sentence[colon + 2..]);
    let words: Vec<&str> = label.split(' ').collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    (1..=3).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || "'’-".contains(c)))
        && label.chars().any(char::is_lowercase)
        && !words.iter().any(|w| people::is_speech_verb(w))
        && !rest.starts_with(['"', '\'', '‘', '“'])
        && !rest.starts_with(char::is_lowercase)
        && !(first && words.iter().all(capitalised))
}

/// Term ids, given in order of first appearance (so that every sum below
/// runs in the same order on every run).
#[derive(Debug, Default)]
struct Vocabulary {
    /// Terms of at most eight bytes, packed ([`pack`]): most of them, found
    /// without hashing a string or allocating one.
    short: foldhash::HashMap<u64, usize>,
    long: foldhash::HashMap<String, usize>,
}

impl Vocabulary {
    /// A vocabulary for `bytes` of text, with room for a term in every
    /// twelve, so that it is seldom grown and rehashed while the text is
    /// read (room for one in twenty saved fewer instructions).
    fn for_text(bytes: usize) -> Self {
        Self {
            short: foldhash::HashMap::with_capacity_and_hasher(bytes / 12, Default::default()),
            long: foldhash::HashMap::default(),
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// The id of a term, a new one the first time it is seen.
    fn id(&mut self, term: &str) -> usize {
        let next = self.len();
        match pack(term) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => match self.long.get(term) {
                Some(&id) => id,
                None => {
                    self.long.insert(term.to_string(), next);
                    next
                }
            },
        }
    }

    /// The content terms of a sentence (lowercased, stemmed, stopwords
    /// out), its [`text::word_count`], and how many of those words are
    /// characters of a script without spaces ([`text::is_unspaced`]), read
    /// together: this runs for every sentence of every story.
    ///
    /// A term is a run of letters and digits. It is read by bytes, and a
    /// run of ASCII letters and digits, which nearly every word is, is
    /// lowercased, packed and stemmed in place; only a word with a
    /// character beyond ASCII is read a character at a time.
    fn terms(&mut self, sentence: &str) -> (Terms, usize, usize) {
        let bytes = sentence.as_bytes();
        let mut ids: Vec<usize> = Vec::with_capacity(bytes.len() / 8 + 1);
        let mut lower = String::new();
        // Words for the count: runs of white space apart, each counted at
        // its first letter or digit.
        let mut words = 0;
        let mut unspaced = 0;
        let mut counted = false;
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            match text::byte_kind(b) {
                text::Byte::Other => {
                    at += 1;
                    continue;
                }
                text::Byte::Space => {
                    counted = false;
                    at += 1;
                    continue;
                }
                text::Byte::Alphanumeric => {}
                text::Byte::Beyond => {
                    let c = sentence[at..]
                        .chars()
                        .next()
                        .expect("a character starts here");
                    if !text::is_alphanumeric(c) {
                        if c.is_whitespace() {
                            counted = false;
                        }
                        at += c.len_utf8();
                        continue;
                    }
                }
            }
            // A term begins here.
            let counted_before = counted;
            if !counted {
                words += 1;
                counted = true;
            }
            let start = at;
            while bytes
                .get(at)
                .is_some_and(|&b| text::byte_kind(b) == text::Byte::Alphanumeric)
            {
                at += 1;
            }
            // (A term that begins beyond ASCII has no ASCII run.)
            let beyond_ascii = at == start
                || bytes.get(at).is_some_and(|b| !b.is_ascii())
                    && sentence[at..].starts_with(text::is_alphanumeric);
            if beyond_ascii {
                // A character beyond ASCII in the term: the whole term a
                // character at a time.
                let rest = &sentence[start..];
                let end = rest
                    .find(|c: char| !text::is_alphanumeric(c))
                    .unwrap_or(rest.len());
                at = start + end;
                let word = &rest[..end];
                if word.chars().any(text::is_unspaced) {
                    // Counted again a character at a time, as
                    // `text::word_count` counts: each unspaced character
                    // is a word.
                    words -= usize::from(!counted_before);
                    counted = counted_before;
                    for c in word.chars() {
                        if text::is_unspaced(c) {
                            words += 1;
                            unspaced += 1;
                            counted = false;
                        } else if !counted {
                            words += 1;
                            counted = true;
                        }
                    }
                    self.push_unspaced(word, &mut lower, &mut ids);
                } else {
                    self.push_term(word, &mut lower, &mut ids);
                }
            } else if let Some(id) = self.ascii_term(&sentence[start..at], &mut lower) {
                ids.push(id);
            }
        }
        ids.sort_unstable();
        let mut merged: Vec<(usize, f64)> = Vec::with_capacity(ids.len());
        for id in ids {
            match merged.last_mut() {
                Some((last, total)) if *last == id => *total += 1.0,
                _ => merged.push((id, 1.0)),
            }
        }
        (Terms(merged), words, unspaced)
    }

    /// The id of the term `word` (ASCII letters and digits), if it is one:
    /// two bytes at least, and no stopword. A word longer than a packed
    /// key is lowercased in `lower`.
    fn ascii_term(&mut self, word: &str, lower: &mut String) -> Option<usize> {
        if word.len() < 2 {
            return None;
        }
        if word.len() > 8 {
            // (No stopword is this long.)
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            return Some(self.id(stem(lower)));
        }
        let mut key = [0u8; 8];
        for (k, b) in key.iter_mut().zip(word.as_bytes()) {
            *k = b.to_ascii_lowercase();
        }
        if stopwords().contains(&u64::from_be_bytes(key)) {
            return None;
        }
        // The stem's packed key: the word's, cut to the stem's length.
        let stem = ascii_stem_len(&key[..word.len()]);
        let key = u64::from_be_bytes(key) & (u64::MAX << (8 * (8 - stem)));
        let next = self.len();
        Some(*self.short.entry(key).or_insert(next))
    }

    /// Adds the terms of `word` (a run of letters and digits with
    /// characters of a script written without spaces, [`text::is_unspaced`])
    /// to `ids`. Such text has no words to read, so each pair of its
    /// characters in a row is a term (`中国人` gives `中国` and `国人`), as
    /// search engines index it, and a character alone is one; the letters
    /// and digits between are read as words ([`Self::push_term`]).
    fn push_unspaced(&mut self, word: &str, lower: &mut String, ids: &mut Vec<usize>) {
        let mut rest = word;
        while let Some(c) = rest.chars().next() {
            let unspaced = text::is_unspaced(c);
            let end = rest
                .find(|c: char| text::is_unspaced(c) != unspaced)
                .unwrap_or(rest.len());
            let (run, after) = rest.split_at(end);
            rest = after;
            if !unspaced {
                self.push_term(run, lower, ids);
                continue;
            }
            let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
            if starts.len() == 1 {
                ids.push(self.id(run));
            }
            for k in 1..starts.len() {
                let end = starts.get(k + 1).copied().unwrap_or(run.len());
                ids.push(self.id(&run[starts[k - 1]..end]));
            }
        }
    }

    /// Adds the id of `word` (a run of letters and digits) to `ids` if it
    /// is a term, lowercasing it in `lower`.
    fn push_term(&mut self, word: &str, lower: &mut String, ids: &mut Vec<usize>) {
        if word.len() < 2 {
            return;
        }
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
            if lower.chars().count() < 2 {
                return;
            }
        }
        if is_stopword(lower) {
            return;
        }
        ids.push(self.id(stem(lower)));
    }
}

/// A bag of content terms: (term id, count), sorted by id.
#[derive(Debug, Default, Clone)]
struct Terms(Vec<(usize, f64)>);

impl Terms {
    fn norm2(&self) -> f64 {
        self.0.iter().map(|(_, c)| c * c).sum()
    }

    fn dot(&self, other: &Terms) -> f64 {
        let (mut a, mut b) = (self.0.iter().peekable(), other.0.iter().peekable());
        let mut sum = 0.0;
        while let (Some(&&(ta, ca)), Some(&&(tb, cb))) = (a.peek(), b.peek()) {
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    sum += ca * cb;
                    a.next();
                    b.next();
                }
            }
        }
        sum
    }

    fn cosine(&self, other: &Terms) -> f64 {
        let norms = (self.norm2() * other.norm2()).sqrt();
        if norms == 0.0 {
            0.0
        } else {
            self.dot(other) / norms
        }
    }

    /// The share of `other`'s distinct terms that appear here.
    fn coverage_of(&self, other: &Terms) -> f64 {
        if other.0.is_empty() {
            return 0.0;
        }
        let hits = other
            .0
            .iter()
            .filter(|(t, _)| self.0.binary_search_by_key(t, |&(id, _)| id).is_ok())
            .count();
        hits as f64 / other.0.len() as f64
    }
}

/// A light stemmer: enough to match `strikes` with `strike`, `talks` with
/// `talked` and `raised` with `raise`.
fn stem(word: &str) -> &str {
    let mut stem = word;
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            let plural = suffix.ends_with('s');
            if rest.chars().count() >= 3 && !(plural && rest.ends_with('s')) {
                stem = rest;
                break;
            }
        }
    }
    stem.strip_suffix('e')
        .filter(|s| s.chars().count() >= 3)
        .unwrap_or(stem)
}

/// The length of the [`stem`] of a word of ASCII letters and digits, read
/// as bytes (which are its characters).
fn ascii_stem_len(word: &[u8]) -> usize {
    let mut stem = word.len();
    for suffix in [&b"ing"[..], b"ed", b"es", b"s"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            let plural = suffix.ends_with(b"s");
            if rest.len() >= 3 && !(plural && rest.ends_with(b"s")) {
                stem = rest.len();
                break;
            }
        }
    }
    if stem > 3 && word[stem - 1] == b'e' {
        stem - 1
    } else {
        stem
    }
}

/// Random texts for the tests that check a hand-written reader against the
/// pattern it replaces: `count` texts of fewer than `max_words` of `words`,
/// each followed by one of `spaces`, the same for the same `seed`.
#[cfg(test)]
pub(crate) fn random_texts(
    words: &[&str],
    spaces: &[&str],
    seed: u64,
    count: usize,
    max_words: usize,
) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..rng.usize(..max_words) {
                text.push_str(words[rng.usize(..words.len())]);
                text.push_str(spaces[rng.usize(..spaces.len())]);
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chinese has no spaces: its terms are pairs of characters, so a
    /// sentence that tells the headline's story again, late, is a point
    /// over an earlier one about something else.
    #[test]
    fn key_points_read_chinese_by_pairs_of_characters() {
        let sentences = text::sentences(
            "强台风“海燕”周日登陆，造成至少12人死亡。气象部门表示，台风登陆时风速达到每小时180公里。\
             当地一家面包店宣布将于下个月推出新口味的月饼。一位著名歌手的演唱会门票在几分钟内售罄。\
             台风袭击沿海城市后，救援人员正在清理倒塌的房屋。",
        );
        assert_eq!(sentences.len(), 5, "{sentences:?}");
        let points = key_points("台风袭击沿海城市", &sentences, &[], 3);
        assert_eq!(points, [sentences[0], sentences[1], sentences[4]]);
    }

    #[test]
    fn short_stories_give_all_their_sentences() {
        let points = key_points(
            "H",
            &text::sentences("One sentence here. Two here."),
            &[],
            3,
        );
        assert_eq!(points, ["One sentence here.", "Two here."]);
        // But not one sentence twice.
        let points = key_points(
            "Tsunami threat over",
            &[
                "The tsunami threat has largely passed, a US agency said on Tuesday.",
                "\"The tsunami threat has now largely passed,\" the agency said.",
            ],
            &[],
            3,
        );
        assert_eq!(points.len(), 1, "{points:?}");
    }

    #[test]
    fn points_are_in_story_order_and_not_repeated() {
        let paragraphs = [
            "The harbour strike in Port Amsel entered its third day on Wednesday as talks between the dock union and port owners stalled.",
            "The harbour strike in Port Amsel entered a third day on Wednesday as talks between the dock union and the owners stalled again.",
            "It was sunny.",
            "More than 40 ships are waiting outside the harbour, and the port authority says losses have reached $12 million.",
            "Union leader Ilse Brandt said the strike would go on until wages rose by 8 percent.",
            "A school choir sang at the city hall on Sunday.",
        ];
        let sentences: Vec<&str> = paragraphs.iter().flat_map(|p| text::sentences(p)).collect();
        let points = key_points(
            "Harbour strike enters third day in Port Amsel",
            &sentences,
            &figures::figures(&sentences),
            3,
        );
        assert_eq!(points.len(), 3);
        assert_eq!(points[0], paragraphs[0]);
        assert!(
            !points.contains(&paragraphs[1].to_string()),
            "near-repeat of the lede: {points:?}"
        );
        let positions: Vec<_> = points
            .iter()
            .map(|p| paragraphs.iter().position(|q| q == p).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "story order: {positions:?}"
        );
    }

    /// A sentence's terms and word count as first written: its words split
    /// on every character that is no letter or digit, each lowercased a
    /// character at a time; the count by [`text::word_count`].
    fn terms_by_chars(vocabulary: &mut Vocabulary, sentence: &str) -> (Vec<(usize, f64)>, usize) {
        let mut counts: Vec<(usize, f64)> = Vec::new();
        let term = |vocabulary: &mut Vocabulary, word: &str| {
            let lower: String = word.chars().flat_map(char::to_lowercase).collect();
            (word.len() >= 2 && lower.chars().count() >= 2 && !is_stopword(&lower))
                .then(|| vocabulary.id(stem(&lower)))
        };
        for word in sentence.split(|c: char| !c.is_alphanumeric()) {
            // Runs of unspaced characters by pairs (or alone), the rest as
            // words.
            let chars: Vec<char> = word.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let unspaced = text::is_unspaced(chars[i]);
                let mut j = i;
                while j < chars.len() && text::is_unspaced(chars[j]) == unspaced {
                    j += 1;
                }
                let run = &chars[i..j];
                if !unspaced {
                    let id = term(vocabulary, &run.iter().collect::<String>());
                    counts.extend(id.map(|id| (id, 1.0)));
                } else if run.len() == 1 {
                    counts.push((vocabulary.id(&run[0].to_string()), 1.0));
                } else {
                    for pair in run.windows(2) {
                        counts.push((vocabulary.id(&pair.iter().collect::<String>()), 1.0));
                    }
                }
                i = j;
            }
        }
        counts.sort_by_key(|&(id, _)| id);
        let mut merged: Vec<(usize, f64)> = Vec::new();
        for (id, c) in counts {
            match merged.last_mut() {
                Some((last, total)) if *last == id => *total += c,
                _ => merged.push((id, c)),
            }
        }
        (merged, text::word_count(sentence))
    }

    #[test]
    fn terms_read_by_bytes_are_the_terms_read_by_characters() {
        const WORDS: &[&str] = &[
            "The",
            "the",
            "IT",
            "a",
            "I",
            "said",
            "Said",
            "strikes",
            "striking",
            "raised",
            "talks",
            "Talked",
            "glasses",
            "use",
            "uses",
            "41",
            "7.6",
            "2,400",
            "US$2",
            "x2",
            "Government",
            "GOVERNMENTS",
            "councillors",
            "Zelenskyy",
            "Zelenskyy’s",
            "O'Neill",
            "D’Souza",
            "café",
            "CAFÉ",
            "naïve",
            "Straße",
            "İstanbul",
            "ǅemal",
            "Ωmega",
            "भारत",
            "१२",
            "½",
            "x²",
            "Ⅻ",
            "ﬁnd",
            "e",
            "é",
            "—",
            "–",
            "…",
            "“",
            "”",
            "(",
            ")",
            ",",
            ".",
            "-",
            "'",
            "\"",
            "🙂",
            "\u{301}",
            "e\u{301}t",
            "中国人",
            "东京",
            "的",
            "ラーメン",
            "iPhone手机",
            "手机iPhone",
            "3号",
            "Café东京",
        ];
        const SPACES: &[&str] = &[
            " ", " ", " ", "", "\u{a0}", "\t", "\n", "\u{2009}", "\x0b", "-",
        ];
        let (mut bytes, mut chars) = (Vocabulary::default(), Vocabulary::default());
        for text in random_texts(WORDS, SPACES, 0x7e57_7e57, 20_000, 24) {
            let (terms, words, unspaced) = bytes.terms(&text);
            assert_eq!(
                (terms.0, words),
                terms_by_chars(&mut chars, &text),
                "{text:?}"
            );
            assert_eq!(
                unspaced,
                text.chars().filter(|&c| text::is_unspaced(c)).count(),
                "{text:?}"
            );
        }
        assert_eq!(bytes.len(), chars.len());
    }

    #[test]
    fn stems_read_as_bytes_are_stems() {
        // Every word of up to six of these letters.
        let letters = b"aegindsx";
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..6 {
            let longer: Vec<Vec<u8>> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, Vec::len))
                .flat_map(|w| letters.iter().map(move |&l| [w.as_slice(), &[l]].concat()))
                .collect();
            words.extend(longer);
        }
        assert!(words.len() > 250_000);
        for word in &words {
            let text = std::str::from_utf8(word).unwrap();
            assert_eq!(ascii_stem_len(word), stem(text).len(), "{text:?}");
        }
    }

    #[test]
    fn stopwords_are_found_and_nothing_else() {
        assert!(
            STOPWORDS.windows(2).all(|w| w[0] < w[1]),
            "sorted, no repeats"
        );
        assert!(
            STOPWORDS.iter().all(|w| pack(w).is_some()),
            "all fit in 8 bytes"
        );
        for w in STOPWORDS {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["", "harbour", "strike", "thereafter", "ab"] {
            assert!(!is_stopword(w), "{w:?}");
        }
    }

    /// Every pattern of the summarizer finds the same in its narrowed form
    /// on plain text, and in a script's form or the wide one on text
    /// beyond it, as in its full one (see [`crate::pattern`]).
    #[test]
    fn every_pattern_agrees_in_all_forms() {
        let patterns = [
            facts::patterns(),
            figures::patterns(),
            people::patterns(),
            quotes::patterns(),
            text::patterns(),
        ];
        // Each text, and what follows its first spaces, for the patterns
        // anchored at the start.
        for texts in [
            crate::pattern::plain_texts(0x5eed_f00d, 4_000),
            crate::pattern::wide_texts(0x5eed_f00d, 6_000),
        ] {
            let texts: Vec<&str> = texts
                .iter()
                .flat_map(|text| {
                    let starts = text.match_indices(' ').map(|(at, _)| at).take(3);
                    std::iter::once(0).chain(starts).map(|at| &text[at..])
                })
                .collect();
            for pattern in patterns.iter().flatten() {
                // (Else the full form would stand in for it, and agree.)
                assert!(pattern.cut_forms_compile(), "{:?}", pattern.source());
                let mut matched = 0;
                for text in &texts {
                    crate::pattern::agrees_on(pattern, text).unwrap();
                    matched += usize::from(pattern.is_match(text));
                }
                // Some matches, or agreeing would show nothing.
                assert!(matched >= 10, "{matched} matches of {:?}", pattern.source());
            }
        }
    }

    #[test]
    fn the_storys_own_questions_are_no_key_points() {
        let sentences = [
            "Harbour Ferries will cut its fares by a third from Monday.",
            "But will passengers come back to the ferries now that the fares are cut?",
            "The company lost 40,000 riders last year after fares rose twice.",
            "Its chief said: \"Why would anyone pay more to sit in traffic?\"",
            "Union leader Ann Lowe asked: 'Who pays for the cut?",
            "Ferries run often.",
        ];
        let points = key_points("Ferry fares cut by a third", &sentences, &[], 5);
        assert!(
            !points.iter().any(|p| p.starts_with("But will")),
            "{points:?}"
        );
        // (A question in a quotation is what someone asked.)
        assert_eq!(points.len(), 5, "{points:?}");
        assert!(
            asks_the_reader("Do you love lots of cheese on your pizza?")
                && asks_the_reader("Why is the game so anticipated?  ")
                && !asks_the_reader("He asked: \u{201c}Why now?\u{201d}")
                && !asks_the_reader("Ancelotti said: 'What can I say about him?")
                && !asks_the_reader("Is it over? Not yet.")
        );
    }

    #[test]
    fn label_lines_are_no_key_points() {
        for (sentence, first, label) in [
            // Captions run into the text, line-ups, product details.
            (
                "Haul: The cherry picker on the roof of the jail The amount of drugs grew.",
                false,
                true,
            ),
            (
                "Feminist icon: Ada Lee says the duchess inspires her.",
                true,
                true,
            ),
            ("Subs not used: Pellegrino, Carson.", false, true),
            ("Material: Rubber", false, true),
            ("Discount: 41% | Price: ₹2,939", false, true),
            ("January 19: Agni Sthapana and Havan.", false, true),
            // Speech, a sentence with a colon in it, a dateline.
            (
                "He replies: \"What is the inference of that?\"",
                false,
                false,
            ),
            (
                "Mr Leslie said: The prime minister should choose.",
                false,
                false,
            ),
            (
                "The cause: a nationwide protest by truck drivers.",
                false,
                false,
            ),
            ("NEW DELHI: The court ruled on Monday.", true, false),
            ("New Delhi: The court ruled on Monday.", true, false),
            ("The mayor of the old harbour town: Ada Lee.", false, false),
            (
                "It reads: ‘A significant degree of influence.’",
                false,
                false,
            ),
        ] {
            assert_eq!(is_label_line(sentence, first), label, "{sentence}");
        }
        // Never a point, even where it would score best.
        let sentences = [
            "A doctor has denied four counts of fraud.",
            "Accused: Dr Ada Lee, 38, of Barnston, has denied four counts of fraud A doctor faces jail.",
            "The trial will last two weeks.",
            "Her lawyer said she would appeal.",
        ];
        let points = key_points("Doctor denies fraud", &sentences, &[], 3);
        assert!(
            points.iter().all(|p| !p.starts_with("Accused:")),
            "{points:?}"
        );
        assert_eq!(points.len(), 3, "{points:?}");
    }

    #[test]
    fn stemming_joins_plurals() {
        assert_eq!(stem("strikes"), stem("strike"));
        assert_eq!(stem("raised"), stem("raise"));
        assert_eq!(stem("talks"), stem("talked"));
        assert_eq!(stem("press"), "press");
    }
}
