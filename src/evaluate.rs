//! The project's own evaluation of the cleaner and the summarizer, scored
//! the way the shared evaluation scripts score them, so that the examples
//! (`eval_clean`, `eval_summary`) and the tests measure the same thing.
//!
//! - Cleaning is scored over word tokens counted as multisets: the words
//!   that should go are the input's words minus the expected words; the
//!   words removed are the input's words minus the words kept (the headline
//!   taken into the title is not a removal).
//! - Summaries are scored with ROUGE-1, ROUGE-2 and ROUGE-L F1 over
//!   lowercase ASCII alphanumeric tokens, beside a Lead-3 baseline; the key
//!   points are cut to Lead-3's word count, so length alone wins nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// A multiset of words.
type Bag = HashMap<String, usize>;

/// Word counts of one cleaning case, or of many added up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CleanTally {
    /// Boilerplate words removed.
    pub removed_right: usize,
    /// News words removed.
    pub lost: usize,
    /// Boilerplate words left in.
    pub missed: usize,
}

impl CleanTally {
    /// Scores one case: the story as it arrived, the expected clean text
    /// (`None`: clean news, nothing should go), and what the cleaner kept.
    pub fn of(raw: &str, expected: Option<&str>, title: &str, kept: &[String]) -> CleanTally {
        let input = words(raw);
        let kept = plus(words(&kept.join("\n")), &and(&words(title), &input));
        let should_go = expected.map_or_else(Bag::new, |e| minus(&input, &words(e)));
        let removed = minus(&input, &kept);
        CleanTally {
            removed_right: total(&and(&removed, &should_go)),
            lost: total(&minus(&removed, &should_go)),
            missed: total(&minus(&should_go, &removed)),
        }
    }

    /// Share of removed words that were boilerplate (1.0: no news lost).
    pub fn precision(&self) -> f64 {
        ratio(self.removed_right, self.removed_right + self.lost)
    }

    /// Share of boilerplate words removed (1.0: no clutter left).
    pub fn recall(&self) -> f64 {
        ratio(self.removed_right, self.removed_right + self.missed)
    }
}

impl std::ops::AddAssign for CleanTally {
    fn add_assign(&mut self, other: CleanTally) {
        self.removed_right += other.removed_right;
        self.lost += other.lost;
        self.missed += other.missed;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Word tokens: NFKC, typographic quotes and dashes folded, lowercased.
fn words(text: &str) -> Bag {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));
    let folded: String = text
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    let mut bag = Bag::new();
    for m in WORD.find_iter(&folded) {
        *bag.entry(m.as_str().to_string()).or_default() += 1;
    }
    bag
}

fn minus(a: &Bag, b: &Bag) -> Bag {
    a.iter()
        .filter_map(|(w, &n)| {
            let left = n.saturating_sub(b.get(w).copied().unwrap_or(0));
            (left > 0).then(|| (w.clone(), left))
        })
        .collect()
}

fn and(a: &Bag, b: &Bag) -> Bag {
    a.iter()
        .filter_map(|(w, &n)| b.get(w).map(|&m| (w.clone(), n.min(m))))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn plus(mut a: Bag, b: &Bag) -> Bag {
    for (w, n) in b {
        *a.entry(w.clone()).or_default() += n;
    }
    a
}

fn total(bag: &Bag) -> usize {
    bag.values().sum()
}

/// ROUGE F1 scores of one candidate against one reference.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rouge {
    /// Unigram overlap.
    pub rouge1: f64,
    /// Bigram overlap.
    pub rouge2: f64,
    /// Longest common subsequence.
    pub rouge_l: f64,
}

impl Rouge {
    /// Scores `candidate` against `reference`.
    pub fn of(candidate: &str, reference: &str) -> Rouge {
        let (c, r) = (rouge_tokens(candidate), rouge_tokens(reference));
        Rouge {
            rouge1: rouge_n(&c, &r, 1),
            rouge2: rouge_n(&c, &r, 2),
            rouge_l: f1(lcs(&c, &r), c.len(), r.len()),
        }
    }
}

fn rouge_tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn f1(overlap: usize, n_cand: usize, n_ref: usize) -> f64 {
    if n_cand == 0 || n_ref == 0 || overlap == 0 {
        return 0.0;
    }
    let (p, r) = (
        overlap as f64 / n_cand as f64,
        overlap as f64 / n_ref as f64,
    );
    2.0 * p * r / (p + r)
}

fn rouge_n(cand: &[String], reference: &[String], n: usize) -> f64 {
    fn grams(t: &[String], n: usize) -> HashMap<&[String], usize> {
        let mut m: HashMap<&[String], usize> = HashMap::new();
        for g in t.windows(n) {
            *m.entry(g).or_default() += 1;
        }
        m
    }
    let (c, r) = (grams(cand, n), grams(reference, n));
    let overlap = c
        .iter()
        .map(|(g, &k)| k.min(r.get(g).copied().unwrap_or(0)))
        .sum();
    f1(
        overlap,
        cand.len().saturating_sub(n - 1),
        reference.len().saturating_sub(n - 1),
    )
}

fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The Lead-3 baseline: the first three sentences of the body (after a
/// headline line when the first line is short and unpunctuated), split by
/// the plain rule of the shared scorer.
pub fn lead3(raw: &str) -> String {
    let mut lines: Vec<&str> = raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() > 1
        && lines[0].chars().count() < 200
        && !lines[0].ends_with(['.', '!', '?', '"', '\u{201d}'])
    {
        lines.remove(0);
    }
    let mut sentences = Vec::new();
    for line in lines {
        sentences.extend(plain_sentences(line));
        if sentences.len() >= 3 {
            break;
        }
    }
    sentences.truncate(3);
    sentences.join(" ")
}

/// Splits after `.`, `!` or `?` (and an optional closing quote) and
/// whitespace, before an optional opening quote and a capital or digit.
fn plain_sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if matches!(chars[i], '.' | '!' | '?') {
            let mut j = i + 1;
            if j < chars.len() && matches!(chars[j], '"' | '\'' | '\u{201d}' | '\u{2019}') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].is_whitespace() {
                k += 1;
            }
            let mut m = k;
            if m < chars.len() && matches!(chars[m], '"' | '\'' | '\u{201c}' | '\u{2018}') {
                m += 1;
            }
            if k > j
                && m < chars.len()
                && (chars[m].is_ascii_uppercase() || chars[m].is_ascii_digit())
            {
                out.push(chars[start..j].iter().collect::<String>());
                start = k;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    out.push(chars[start..].iter().collect::<String>());
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// Key points cut to `budget` words, joined: what is scored against the
/// reference.
pub fn within_budget(points: &[String], budget: usize) -> String {
    points
        .join(" ")
        .split_whitespace()
        .take(budget)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_tally_counts_lost_and_missed_words() {
        let raw = "Headline\n\nNews one.\n\nREAD MORE: Other\n\nNews two.";
        let expected = "Headline\n\nNews one.\n\nNews two.";
        let perfect = CleanTally::of(
            raw,
            Some(expected),
            "Headline",
            &["News one.".into(), "News two.".into()],
        );
        assert_eq!(
            perfect,
            CleanTally {
                removed_right: 3,
                lost: 0,
                missed: 0
            }
        );
        let lossy = CleanTally::of(raw, Some(expected), "Headline", &["News one.".into()]);
        assert_eq!(lossy.lost, 2);
        assert_eq!(lossy.missed, 0);
        assert!(lossy.precision() < 1.0);
    }

    #[test]
    fn rouge_matches_hand_counts() {
        let r = Rouge::of("the cat sat", "the cat sat on the mat");
        assert!((r.rouge1 - 2.0 * 1.0 * 0.5 / 1.5).abs() < 1e-9);
        assert!((r.rouge2 - 2.0 * 1.0 * 0.4 / 1.4).abs() < 1e-9);
    }

    #[test]
    fn lead3_skips_the_headline_and_splits_plainly() {
        let raw = "Headline here\n\nOne. Two! \"Three?\" Four.\n";
        assert_eq!(lead3(raw), "One. Two! \"Three?\"");
    }
}
