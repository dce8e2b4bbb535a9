//! Outlet furniture: a line that recurs verbatim at the head or tail of many
//! stories from one source (a footer, a standing promo) is clutter that no
//! built-in rule knows. This corpus-wide pass, run after every story is
//! cleaned, finds such lines so that `check` can suggest a rule, and removes
//! them when `[clean] learn_furniture = true`.
//!
//! Stories are grouped by their `source` key, else by their top folder in
//! `content/`. A line is a candidate when it is short (a recurring background
//! paragraph of real news is not furniture), appears in the first paragraph
//! or the last two of at least [`MIN_STORIES`] stories of a group, and in at
//! least a quarter of them.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Category, Cleaned, Removal};
use crate::text;

/// Fewest stories a line must recur in.
pub const MIN_STORIES: usize = 3;
/// Longest line, in words, that can be furniture.
const MAX_WORDS: usize = 40;
/// The id recorded for removals of learned furniture.
pub const RULE: &str = "learned-furniture";

/// A line that recurs at the head or tail of a source's stories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The source (or folder) the line recurs in.
    pub source: String,
    /// The line, as it first appeared.
    pub text: String,
    /// In how many of the source's stories.
    pub stories: usize,
    /// How many stories the source has.
    pub of: usize,
}

/// The group a story belongs to: its `source`, else its top folder.
fn group_of(story: &Cleaned) -> Option<String> {
    if let Some(source) = story
        .story
        .meta
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        return Some(source.to_string());
    }
    let path = &story.story.content_path;
    let top = path.components().next()?;
    (path.components().count() > 1).then(|| format!("{}/", top.as_os_str().to_string_lossy()))
}

/// Indexes of the blocks that furniture may occupy: the first and the last two.
fn edge_blocks(story: &Cleaned) -> impl Iterator<Item = usize> {
    let n = story.story.blocks.len();
    let mut edges = vec![0, n.saturating_sub(2), n.saturating_sub(1)];
    edges.retain(|&i| i < n);
    edges.dedup();
    edges.into_iter()
}

fn furniture_key(text: &str) -> Option<String> {
    let words = text::word_count(text);
    (1..=MAX_WORDS).contains(&words).then(|| text::fold(text))
}

/// Finds furniture candidates, in a stable order (by source, then text).
pub fn detect(stories: &[Cleaned]) -> Vec<Candidate> {
    let mut groups: BTreeMap<String, Vec<&Cleaned>> = BTreeMap::new();
    for story in stories {
        if let Some(group) = group_of(story) {
            groups.entry(group).or_default().push(story);
        }
    }
    let mut found = Vec::new();
    for (source, members) in groups {
        if members.len() < MIN_STORIES {
            continue;
        }
        let mut counts: HashMap<String, (usize, &str)> = HashMap::new();
        for story in &members {
            let mut keys: Vec<(String, &str)> = edge_blocks(story)
                .filter_map(|i| {
                    let text = story.story.blocks[i].text.as_str();
                    furniture_key(text).map(|k| (k, text))
                })
                .collect();
            keys.sort();
            keys.dedup_by(|a, b| a.0 == b.0);
            for (key, text) in keys {
                counts.entry(key).or_insert((0, text)).0 += 1;
            }
        }
        let threshold = MIN_STORIES.max(members.len().div_ceil(4));
        let mut recurring: Vec<Candidate> = counts
            .into_values()
            .filter(|&(n, _)| n >= threshold)
            .map(|(n, text)| Candidate {
                source: source.clone(),
                text: text.to_string(),
                stories: n,
                of: members.len(),
            })
            .collect();
        recurring.sort_by(|a, b| a.text.cmp(&b.text));
        found.extend(recurring);
    }
    found
}

/// Removes the candidates' lines from the stories of their source, never
/// leaving a story empty.
pub fn remove(stories: &mut [Cleaned], candidates: &[Candidate]) {
    if candidates.is_empty() {
        return;
    }
    let wanted: HashMap<(String, String), ()> = candidates
        .iter()
        .map(|c| ((c.source.clone(), text::fold(&c.text)), ()))
        .collect();
    for story in stories.iter_mut() {
        let Some(group) = group_of(story) else {
            continue;
        };
        let doomed: Vec<usize> = edge_blocks(story)
            .filter(|&i| {
                furniture_key(&story.story.blocks[i].text)
                    .is_some_and(|k| wanted.contains_key(&(group.clone(), k)))
            })
            .collect();
        if doomed.len() >= story.story.blocks.len() {
            continue;
        }
        for &i in doomed.iter().rev() {
            let block = story.story.blocks.remove(i);
            story.removed.push(Removal {
                rule: RULE.to_string(),
                category: Category::Furniture,
                text: block.text,
                line: block.line,
                range: block.range,
            });
        }
        story.removed.sort_by_key(|r| r.range.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::Cleaner;
    use crate::discover::{Format, SourceText};

    fn cleaned(name: &str, source: &str, body: &str) -> Cleaned {
        let story = crate::parse::parse(&SourceText {
            path: format!("content/{name}").into(),
            content_path: name.into(),
            format: Format::Text,
            text: format!("+++\nsource = \"{source}\"\n+++\nHeadline {name}\n\n{body}\n"),
            sidecar: None,
            inherited: None,
        })
        .unwrap();
        Cleaner::new(&[], &[]).unwrap().clean(story).unwrap()
    }

    fn corpus() -> Vec<Cleaned> {
        let footer = "Get the Courier on your phone: text NEWS to 5050.";
        vec![
            cleaned(
                "a.txt",
                "Courier",
                &format!("The dam burst on Monday.\n\n{footer}"),
            ),
            cleaned(
                "b.txt",
                "Courier",
                &format!("Rates fell by half a point.\n\n{footer}"),
            ),
            cleaned(
                "c.txt",
                "Courier",
                &format!("The strike went on.\n\n{footer}"),
            ),
            cleaned("d.txt", "Courier", "A quiet day in the valley."),
            cleaned("e.txt", "Ledger", &format!("Other outlet.\n\n{footer}")),
        ]
    }

    #[test]
    fn a_line_recurring_at_the_tail_of_one_source_is_a_candidate() {
        let found = detect(&corpus());
        assert_eq!(
            found,
            [Candidate {
                source: "Courier".into(),
                text: "Get the Courier on your phone: text NEWS to 5050.".into(),
                stories: 3,
                of: 4
            }]
        );
    }

    #[test]
    fn removal_takes_the_line_out_of_that_source_only() {
        let mut stories = corpus();
        let found = detect(&stories);
        remove(&mut stories, &found);
        for s in &stories[..3] {
            assert_eq!(s.story.blocks.len(), 1);
            assert_eq!(s.removed[0].rule, RULE);
        }
        assert_eq!(stories[4].story.blocks.len(), 2, "another source keeps it");
    }
}
