//! Clean: take syndication boilerplate out of a parsed story, by rule, and
//! account for every removal.
//!
//! Rules are data ([`RULES`]): an id, a category, a regex that must match a
//! *whole* paragraph, where in the story it may match, and examples that the
//! tests run both ways. Precision comes first: a rule matches a paragraph
//! that is nothing but clutter, never one that merely mentions reading more.
//! All rules are compiled once into one [`regex::RegexSet`], so cleaning a
//! story is one pass over its paragraphs. Repeated paragraphs (compared with
//! [`text::fold`]) are removed after the rules; the first copy stays.

use regex::{Regex, RegexSet};
use serde::Serialize;

use crate::error::{Error, Problem, Result};
use crate::parse::{BlockKind, Story};
use crate::text;

/// What a rule's clutter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// "Published from a syndicated feed" notes.
    SyndicationNote,
    /// Links to other stories: `READ MORE:`, `ALSO READ:`.
    Promo,
    /// Agency and photo credits.
    Credit,
    /// A paragraph repeated earlier in the story.
    Duplicate,
}

/// Where in a story a rule may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Any paragraph.
    Anywhere,
    /// Only the last `n` paragraphs.
    Last(usize),
}

/// What a removal tells about the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Nothing.
    None,
    /// The story came from a syndicated feed.
    Syndicated,
    /// The regex's `credit` group names the agency to credit.
    Credit,
}

/// A boilerplate rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, used in reports and in `[clean] disable`.
    pub id: &'static str,
    /// What the clutter is.
    pub category: Category,
    /// What it matches, for people.
    pub description: &'static str,
    /// A regex matched against a paragraph's whole text.
    pub pattern: &'static str,
    /// Where it may match.
    pub scope: Scope,
    /// What a match tells about the story.
    pub effect: Effect,
    /// Paragraphs the rule must remove.
    pub examples: &'static [&'static str],
    /// Paragraphs the rule must keep.
    pub counterexamples: &'static [&'static str],
}

/// The built-in rules.
pub const RULES: &[Rule] = &[
    Rule {
        id: "promo-read-more",
        category: Category::Promo,
        description: "A `READ MORE:` line pointing to another story",
        pattern: r"(?i)^read more\s*[:|]\s*\S.{0,200}$",
        scope: Scope::Anywhere,
        effect: Effect::None,
        examples: &[
            "READ MORE: Global Airlines Suspend Middle East Flights Amid Rising Tensions",
            "Read more | Port Amsel harbour strike enters third day",
        ],
        counterexamples: &[
            "Residents who want to read more about the plan can find it at the town hall.",
            "Read more than ever, the minister urged: \"Libraries are open late.\" Readers agreed, and more than 300 came.",
        ],
    },
    Rule {
        id: "promo-also-read",
        category: Category::Promo,
        description: "An `ALSO READ:` line pointing to another story",
        pattern: r"(?i)^(?:also read|read also)\s*[:|]\s*\S.{0,200}$",
        scope: Scope::Anywhere,
        effect: Effect::None,
        examples: &[
            "ALSO READ: Harris To Announce New Economic Policies For Small Businesses",
            "Also Read | Veloria budget passes after all-night session",
        ],
        counterexamples: &["He also read the statement aloud: \"We will rebuild.\""],
    },
    Rule {
        id: "syndicated-feed-note",
        category: Category::SyndicationNote,
        description: "A note that the story was published unedited from a syndicated feed",
        pattern: r"(?i)^\(?\s*(?:except for the headline,\s*)?this story has not been edited by .{1,80}? staff and is (?:published|auto-generated) from an? (?:syndicated|wire|agency) feed\.?\s*\)?$",
        scope: Scope::Anywhere,
        effect: Effect::Syndicated,
        examples: &[
            "(Except for the headline, this story has not been edited by Newsx staff and is published from a syndicated feed.)",
            "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
        ],
        counterexamples: &[
            "The union said the story has not been edited by the paper's staff, and demanded a correction.",
        ],
    },
    Rule {
        id: "credit-with-inputs",
        category: Category::Credit,
        description: "An agency credit such as `(With inputs from agencies)` or `(With PTI inputs)`",
        pattern: r"^\(?\s*(?i:with)\s+(?:(?i:inputs from)\s+(?P<credit>(?i:agencies)|[A-Z][\w&-]*(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z][\w&-]*){0,3})|(?P<credit2>[A-Z][\w&-]*(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z][\w&-]*){0,3})\s+(?i:inputs))\s*\.?\s*\)?$",
        scope: Scope::Last(3),
        effect: Effect::Credit,
        examples: &[
            "(With inputs from agencies)",
            "(With PTI inputs)",
            "With inputs from Reuters and AFP.",
        ],
        counterexamples: &[
            "With inputs from farmers, the ministry drew up a new seed plan for the valley.",
        ],
    },
];

/// One paragraph taken out of a story, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removal {
    /// The rule's id (`duplicate-paragraph` for repeats).
    pub rule: String,
    /// The paragraph's text.
    pub text: String,
    /// 1-based line in the source file.
    pub line: usize,
    /// The block's byte range in the story's body.
    #[serde(skip)]
    pub range: std::ops::Range<usize>,
}

/// A story after cleaning.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The story, with the removed blocks gone from `blocks`.
    pub story: Story,
    /// What was removed, in story order.
    pub removed: Vec<Removal>,
    /// Agency credit taken from a credit line (`agencies`, `PTI`).
    pub credit: Option<String>,
    /// Whether a syndication note was found.
    pub syndicated: bool,
}

/// The id recorded for a removed repeat.
pub const DUPLICATE_RULE: &str = "duplicate-paragraph";

/// Paragraphs shorter than this (folded) are never treated as repeats: a
/// repeated `Key Features:` line in a listicle is content.
const MIN_DUPLICATE_CHARS: usize = 60;

/// The compiled rule set.
#[derive(Debug)]
pub struct Cleaner {
    rules: Vec<Rule>,
    set: RegexSet,
    regexes: Vec<Regex>,
}

impl Cleaner {
    /// Compiles the built-in rules minus the disabled ids. An unknown id is
    /// a configuration error.
    pub fn new(disable: &[String]) -> Result<Cleaner> {
        if let Some(unknown) = disable
            .iter()
            .find(|id| !RULES.iter().any(|r| r.id == id.as_str()))
        {
            return Err(Error::Config(Problem::new(
                crate::config::CONFIG_FILE,
                format!("[clean] disable: no rule has the id '{unknown}'"),
            )));
        }
        let rules: Vec<Rule> = RULES
            .iter()
            .filter(|r| !disable.iter().any(|id| id == r.id))
            .copied()
            .collect();
        let set = RegexSet::new(rules.iter().map(|r| r.pattern)).expect("built-in rules compile");
        let regexes = rules
            .iter()
            .map(|r| Regex::new(r.pattern).expect("built-in rules compile"))
            .collect();
        Ok(Cleaner {
            rules,
            set,
            regexes,
        })
    }

    /// Cleans one story. Fails when nothing of the story would be left.
    pub fn clean(&self, mut story: Story) -> Result<Cleaned, Problem> {
        let mut removed = Vec::new();
        let mut credit = None;
        let mut syndicated = false;
        let mut seen = std::collections::HashSet::new();
        let count = story.blocks.len();
        let mut keep = Vec::with_capacity(count);
        for (index, block) in story.blocks.iter().enumerate() {
            let rule = if matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading) {
                self.matching_rule(&block.text, count - index)
            } else {
                None
            };
            let id = match rule {
                Some(i) => {
                    match self.rules[i].effect {
                        Effect::Syndicated => syndicated = true,
                        Effect::Credit => {
                            let caps = self.regexes[i].captures(&block.text);
                            credit = caps
                                .and_then(|c| c.name("credit").or_else(|| c.name("credit2")))
                                .map(|m| m.as_str().trim().to_string())
                                .or(credit);
                        }
                        Effect::None => {}
                    }
                    Some(self.rules[i].id)
                }
                None => {
                    let key = text::fold(&block.text);
                    let repeat = key.chars().count() >= MIN_DUPLICATE_CHARS && !seen.insert(key);
                    repeat.then_some(DUPLICATE_RULE)
                }
            };
            match id {
                Some(id) => removed.push(Removal {
                    rule: id.to_string(),
                    text: block.text.clone(),
                    line: block.line,
                    range: block.range.clone(),
                }),
                None => keep.push(block.clone()),
            }
        }
        if !keep.iter().any(|b| text::word_count(&b.text) > 0) {
            let rules: Vec<_> = removed.iter().map(|r| r.rule.as_str()).collect();
            return Err(Problem::new(
                &story.path,
                format!(
                    "nothing is left after cleaning (removed by: {}); the story would be empty",
                    if rules.is_empty() {
                        "none".to_string()
                    } else {
                        rules.join(", ")
                    }
                ),
            ));
        }
        story.blocks = keep;
        Ok(Cleaned {
            story,
            removed,
            credit,
            syndicated,
        })
    }

    /// The first rule (in table order) that matches `text` at a paragraph
    /// `from_end` places from the end (1 = last).
    fn matching_rule(&self, text: &str, from_end: usize) -> Option<usize> {
        self.set
            .matches(text)
            .iter()
            .find(|&i| match self.rules[i].scope {
                Scope::Anywhere => true,
                Scope::Last(n) => from_end <= n,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::{Format, SourceText};

    fn story(text: &str) -> Story {
        crate::parse::parse(&SourceText {
            path: "content/a.txt".into(),
            content_path: "a.txt".into(),
            format: Format::Text,
            text: text.into(),
            sidecar: None,
        })
        .unwrap()
    }

    fn cleaner() -> Cleaner {
        Cleaner::new(&[]).unwrap()
    }

    #[test]
    fn every_rule_removes_its_examples_and_keeps_its_counterexamples() {
        for (i, rule) in RULES.iter().enumerate() {
            let re = Regex::new(rule.pattern).unwrap();
            for example in rule.examples {
                assert!(re.is_match(example), "{} should match {example:?}", rule.id);
            }
            for counter in rule.counterexamples {
                let matched: Vec<_> = RegexSet::new(RULES.iter().map(|r| r.pattern))
                    .unwrap()
                    .matches(counter)
                    .into_iter()
                    .map(|j| RULES[j].id)
                    .collect();
                assert!(
                    matched.is_empty(),
                    "{} counterexample {counter:?} matched {matched:?}",
                    RULES[i].id
                );
            }
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn removes_seed_style_clutter_and_records_each_removal() {
        let s = story(
            "Strike Hits Valley\n\nThe valley's dam burst on Monday, flooding four towns and forcing thousands to flee overnight.\n\nThe valley’s dam burst on Monday, flooding four towns and forcing thousands to flee overnight.\n\nREAD MORE: Other Story Headline Here\n\nOfficials said residents who want to read more about the evacuation can visit the town hall.\n\n(Except for the headline, this story has not been edited by Courier staff and is published from a syndicated feed.)\n\n(With inputs from agencies)\n\nALSO READ: Another Story\n",
        );
        let cleaned = cleaner().clean(s).unwrap();
        let rules: Vec<_> = cleaned
            .removed
            .iter()
            .map(|r| (r.rule.as_str(), r.line))
            .collect();
        assert_eq!(
            rules,
            [
                ("duplicate-paragraph", 5),
                ("promo-read-more", 7),
                ("syndicated-feed-note", 11),
                ("credit-with-inputs", 13),
                ("promo-also-read", 15)
            ]
        );
        let kept: Vec<_> = cleaned
            .story
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(kept.len(), 2);
        assert!(kept[1].contains("read more about the evacuation"));
        assert!(kept[0].contains("valley's"), "the first copy is kept");
        assert!(cleaned.syndicated);
        assert_eq!(cleaned.credit.as_deref(), Some("agencies"));
    }

    #[test]
    fn short_repeats_are_content() {
        let cleaned = cleaner()
            .clean(story(
                "List\n\nKey Features:\n\nFast.\n\nKey Features:\n\nCheap.\n",
            ))
            .unwrap();
        assert!(cleaned.removed.is_empty());
    }

    #[test]
    fn a_credit_line_mid_story_is_kept() {
        let cleaned = cleaner()
            .clean(story(
                "H\n\n(With PTI inputs)\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n",
            ))
            .unwrap();
        assert!(
            cleaned.removed.is_empty(),
            "credit rule only looks at the last paragraphs"
        );
    }

    #[test]
    fn disabled_rules_do_not_run_and_unknown_ids_are_errors() {
        let c = Cleaner::new(&["promo-read-more".to_string()]).unwrap();
        let cleaned = c
            .clean(story("H\n\nNews.\n\nREAD MORE: Elsewhere\n"))
            .unwrap();
        assert!(cleaned.removed.is_empty());
        assert!(Cleaner::new(&["no-such-rule".to_string()]).is_err());
    }

    #[test]
    fn a_story_that_is_all_clutter_is_an_error() {
        let err = cleaner()
            .clean(story("H\n\nREAD MORE: Elsewhere\n\nALSO READ: Other\n"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/a.txt: nothing is left after cleaning (removed by: promo-read-more, promo-also-read); the story would be empty"
        );
    }
}
