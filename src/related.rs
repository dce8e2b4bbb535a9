//! Related stories: for each article, the listed stories that share its
//! topics and the people and places it names.
//!
//! Every story has a few keys (its tags, the people and places of its
//! summary box). Stories sharing a key are candidates, but a popular key
//! (`politics`, `London`) is shared by thousands: only the `WINDOW`
//! stories nearest in time on each side of an article, in that key's list,
//! are looked at. So each article costs O(keys · WINDOW) plus a binary
//! search, and the whole pass grows as n·log n, not n².

use rayon::prelude::*;

use crate::assemble::{Placed, tag_slug};
use crate::summarize::FactKind;

/// How many related stories an article gets.
pub const RELATED: usize = 4;
/// Stories looked at on each side of an article in one key's list.
const WINDOW: usize = 24;
/// What a shared tag counts for, against a shared person or place.
const TAG_WEIGHT: f64 = 2.0;
const ENTITY_WEIGHT: f64 = 1.0;

/// A key two related stories can share.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Tag(String),
    Entity(String),
}

/// The keys of one story: tag slugs, and the names of the people and
/// places in its summary box (lowercased).
fn keys(placed: &Placed) -> Vec<Key> {
    let story = &placed.story;
    let mut keys: Vec<Key> = story
        .cleaned
        .story
        .meta
        .tags
        .iter()
        .map(|t| Key::Tag(tag_slug(t)))
        .collect();
    for fact in &story.summary.facts {
        let name = match fact.kind {
            FactKind::Person => fact.name.as_deref().unwrap_or(&fact.text),
            FactKind::Place => &fact.text,
            _ => continue,
        };
        keys.push(Key::Entity(name.to_lowercase()));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// For each article (by index into `articles`), up to [`RELATED`] listed
/// stories, best first: most shared weight, then nearest in time, then
/// newest.
pub fn related(articles: &[Placed], listed: &[usize]) -> Vec<Vec<usize>> {
    let keys: Vec<Vec<Key>> = articles.par_iter().map(keys).collect();
    // Each key's listed stories, in article order (newest first).
    let mut postings: foldhash::HashMap<&Key, Vec<usize>> = foldhash::HashMap::default();
    for &i in listed {
        for key in &keys[i] {
            postings.entry(key).or_default().push(i);
        }
    }
    (0..articles.len())
        .into_par_iter()
        .map_init(foldhash::HashMap::<usize, f64>::default, |scores, i| {
            scores.clear();
            for key in &keys[i] {
                let Some(list) = postings.get(key) else {
                    continue;
                };
                let weight = match key {
                    Key::Tag(_) => TAG_WEIGHT,
                    Key::Entity(_) => ENTITY_WEIGHT,
                };
                // Rarer keys say more: a shared name that three stories
                // carry counts more than a tag on half the site.
                let weight = weight / (1.0 + (list.len() as f64).ln());
                let at = list.partition_point(|&j| j < i);
                let from = at.saturating_sub(WINDOW);
                let to = (at + WINDOW + 1).min(list.len());
                for &j in &list[from..to] {
                    if j != i {
                        *scores.entry(j).or_default() += weight;
                    }
                }
            }
            let order = |a: &(usize, f64), b: &(usize, f64)| {
                b.1.total_cmp(&a.1)
                    .then(a.0.abs_diff(i).cmp(&b.0.abs_diff(i)))
                    .then(a.0.cmp(&b.0))
            };
            // The best few of hundreds of candidates: kept in order as
            // they come, no sort of them all.
            let mut best: Vec<(usize, f64)> = Vec::with_capacity(RELATED + 1);
            for (&j, &score) in scores.iter() {
                let candidate = (j, score);
                if best.len() == RELATED
                    && order(&candidate, &best[RELATED - 1]) != std::cmp::Ordering::Less
                {
                    continue;
                }
                let at = best.partition_point(|b| order(b, &candidate) == std::cmp::Ordering::Less);
                best.insert(at, candidate);
                best.truncate(RELATED);
            }
            best.into_iter().map(|(j, _)| j).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::Cleaner;
    use crate::discover::{Format, SourceText};
    use std::path::Path;

    fn placed(name: &str, tags: &str, body: &str) -> Placed {
        let parsed = crate::parse::parse(&SourceText {
            path: Path::new("content").join(name),
            content_path: name.into(),
            format: Format::Markdown,
            text: format!("+++\ntitle = \"{name}\"\ntags = [{tags}]\n+++\n{body}\n"),
            sidecar: None,
            inherited: None,
        })
        .unwrap();
        let cleaned = Cleaner::new(&[], &[]).unwrap().clean(parsed).unwrap();
        Placed {
            story: crate::summarize::summarize(cleaned, &Default::default()),
            url: String::new(),
            permalink: String::new(),
            listed: true,
            topics: Vec::new(),
        }
    }

    #[test]
    fn shared_tags_and_names_make_stories_related() {
        let articles = vec![
            placed("a", "\"ports\"", "The strike in Port Amsel went on."),
            placed("b", "\"ports\", \"labour\"", "Dock workers voted again."),
            placed("c", "\"sport\"", "The match ended in a draw."),
            placed("d", "\"labour\"", "Unions met the minister."),
        ];
        let listed: Vec<usize> = (0..articles.len()).collect();
        let related = related(&articles, &listed);
        assert_eq!(related[0], [1]);
        assert_eq!(related[1], [0, 3], "both share one tag: nearest first");
        assert!(related[2].is_empty());
        assert_eq!(related[3], [1]);
    }

    #[test]
    fn unlisted_stories_are_never_suggested() {
        let articles = vec![
            placed("a", "\"ports\"", "One."),
            placed("b", "\"ports\"", "Two."),
        ];
        let related = related(&articles, &[0]);
        assert!(related[0].is_empty());
        assert_eq!(related[1], [0], "an expired page still links onwards");
    }
}
