//! Clean: take syndication boilerplate out of a parsed story, by rule, and
//! account for every removal.
//!
//! Rules are data: the built-in table in [`rules`] and the `[[clean.rules]]`
//! of `site.toml`, both turned into [`RuleSpec`]s. Each has an id, a
//! [`Category`], a regex, a [`Mode`] (the whole paragraph, or clutter glued to
//! a paragraph's end), a [`Scope`] (where in the story it may match) and,
//! optionally, the sources or folders it is limited to. All rules of a mode
//! are compiled once into one [`RegexSet`], so cleaning is one pass over the
//! paragraphs, linear in the story's length.
//!
//! Precision first: a paragraph rule matches a paragraph that is nothing but
//! clutter, never one that merely mentions reading more. Repeated paragraphs
//! (compared by [`text::fold`]) are removed after the rules; the first copy
//! stays. Every removal is recorded with its rule, category and line.

pub mod furniture;
pub mod rules;

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::OnceLock;

use regex::{Regex, RegexSet};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Problem, Result};
use crate::parse::{Block, BlockKind, Story};
use crate::text;

/// What a piece of clutter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// "Published from a syndicated feed" notes.
    SyndicationNote,
    /// Pointers to other stories and apps: `READ MORE:`, `ALSO READ:`.
    Promo,
    /// Agency, photo and reporting credits.
    Credit,
    /// Ownership, medical, opinion and partner disclaimers.
    Disclaimer,
    /// Newsletter, social and sharing prompts.
    SocialPrompt,
    /// Advertisement markers and player furniture.
    Advertisement,
    /// Copyright footers.
    Copyright,
    /// Outlet furniture: wire codes, lines that recur on every story.
    Furniture,
    /// A paragraph repeated earlier in the story.
    Duplicate,
    /// A rule from `site.toml` that names no category.
    Custom,
}

/// How a rule matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The regex must match the whole paragraph, which is removed.
    #[default]
    Paragraph,
    /// The regex matches clutter at the end of a paragraph of news: that
    /// part (its `clutter` group, or the whole match) is cut, the news kept.
    Trailing,
    /// The regex matches clutter at the start of a paragraph of news (`Scroll
    /// down for video The robots were…`): that part (its `clutter` group,
    /// or the whole match) is cut, the news kept.
    Leading,
}

/// Where in a story a rule may match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Any paragraph.
    Anywhere,
    /// Only the first `n` paragraphs.
    First(usize),
    /// Only the last `n` paragraphs.
    Last(usize),
    /// Any paragraph but the first (the lede is never a promo).
    NotFirst,
}

impl Scope {
    /// Parses `anywhere`, `not-first`, `first`, `first:N`, `last`, `last:N`.
    pub fn parse(text: &str) -> Result<Scope, String> {
        let (word, n) = match text.split_once(':') {
            Some((w, n)) => (
                w,
                Some(
                    n.trim()
                        .parse::<usize>()
                        .map_err(|_| format!("scope '{text}': '{n}' is not a number"))?,
                ),
            ),
            None => (text, None),
        };
        match (word.trim(), n) {
            ("anywhere", None) => Ok(Scope::Anywhere),
            ("not-first", None) => Ok(Scope::NotFirst),
            ("first", n) => Ok(Scope::First(n.unwrap_or(1))),
            ("last", n) => Ok(Scope::Last(n.unwrap_or(1))),
            _ => Err(format!(
                "scope '{text}' is not one of anywhere, not-first, first[:N], last[:N]"
            )),
        }
    }

    fn allows(self, index: usize, count: usize) -> bool {
        match self {
            Scope::Anywhere => true,
            Scope::First(n) => index < n,
            Scope::Last(n) => count - index <= n,
            Scope::NotFirst => index > 0,
        }
    }
}

/// What else a match takes with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Then {
    /// Only the matched paragraph.
    #[default]
    Nothing,
    /// The next paragraph too, when it reads like a headline (a promo
    /// marker's story link).
    Headline,
    /// Every following paragraph that reads like a link title (a
    /// related-links block).
    Links,
    /// Everything after it (end matter such as an author's bio).
    Rest,
}

/// Whether a paragraph reads like a headline or a link title: short, and
/// not ending like a sentence of prose.
fn headline_like(text: &str) -> bool {
    let words = text::word_count(text);
    let end = text.trim_end();
    (1..=25).contains(&words)
        && !end.ends_with(['.', ',', ';', ':', '?', '!', '"', '\u{201d}', '\u{2019}'])
        && !REPORTED.is_match(text)
}

/// A reporting clause (`…, the ministry said`): what somebody is reported
/// to have said is news, even when it sounds like a prompt.
static REPORTED: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r#"(?i)[,"”’]\s+(?:[\w.'’-]+\s+){0,6}(?:said|says|told|wrote|added|urged|warned|advised|reads?)(?-u:\b)"#)
        .expect("valid regex")
});

/// The signature of an embedded post (`… pic.twitter.com/… — Name
/// (@handle) January 1, 2024`): whatever it starts with, an embedded post is
/// news, and no paragraph rule removes it.
static EMBEDDED_POST: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"pic\.twitter\.com/|\(@\w+\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}")
        .expect("valid regex")
});

/// What a removal tells about the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Nothing.
    Nothing,
    /// The story came from a syndicated feed.
    Syndicated,
    /// The rule names the agency to credit (a `credit…` group, else the text).
    Credit,
}

/// A rule, built in or from `site.toml`.
#[derive(Debug, Clone)]
pub struct RuleSpec {
    /// Stable id.
    pub id: Cow<'static, str>,
    /// What the clutter is.
    pub category: Category,
    /// The regex.
    pub pattern: Cow<'static, str>,
    /// Whole paragraph, or clutter at a paragraph's end.
    pub mode: Mode,
    /// Longest text it may remove, in characters; `None`: no limit.
    pub max_chars: Option<usize>,
    /// Where it may match.
    pub scope: Scope,
    /// What a match tells about the story.
    pub effect: Effect,
    /// Whether a reporting clause vetoes the rule.
    pub guarded: bool,
    /// What else goes with a match.
    pub then: Then,
    /// Only stories whose `source` is one of these (compared without case); empty: all.
    pub sources: Vec<String>,
    /// Only stories under one of these folders of the content folder; empty: all.
    pub folders: Vec<PathBuf>,
}

impl RuleSpec {
    /// The spec of a built-in rule.
    pub fn builtin(rule: &rules::Builtin) -> RuleSpec {
        RuleSpec {
            id: Cow::Borrowed(rule.id),
            category: rule.category,
            pattern: Cow::Borrowed(rule.pattern),
            mode: rule.mode,
            max_chars: Some(rule.max_chars),
            scope: rule.scope,
            effect: rule.effect,
            guarded: rule.guarded,
            then: rule.then,
            sources: Vec::new(),
            folders: Vec::new(),
        }
    }

    fn short_enough(&self, text: &str) -> bool {
        self.max_chars.is_none_or(|max| text.chars().count() <= max)
    }

    fn applies_to(&self, story: &Story) -> bool {
        let source_ok = self.sources.is_empty()
            || story.meta.source.as_deref().is_some_and(|s| {
                self.sources
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(s.trim()))
            });
        let folder_ok = self.folders.is_empty()
            || self
                .folders
                .iter()
                .any(|f| story.content_path.starts_with(f));
        source_ok && folder_ok
    }
}

/// One piece of text taken out of a story, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// The rule's id (`duplicate-paragraph` for repeats).
    pub rule: String,
    /// The rule's category.
    pub category: Category,
    /// The text removed (a whole paragraph, or the clutter cut from its end).
    pub text: String,
    /// 1-based line in the source file.
    pub line: usize,
    /// The removed text's byte range in the story's body.
    #[serde(skip)]
    pub range: Range<usize>,
}

/// A story after cleaning.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The story, with removed blocks gone from `blocks` and trimmed ones cut.
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

/// The lazy DFA cache of each rule set (per thread that uses it).
const DFA_CACHE_BYTES: usize = 32 << 20;

/// How many pieces of trailing clutter are cut from one paragraph at most.
const MAX_TRIMS: usize = 3;

/// A rule. Its set ([`Cleaner`]) finds which rules match a paragraph; the
/// rule's own regex, which tells where and what it matched, compiles the
/// first time its set finds it. Most rules match no story of a build, and
/// compiling them all up front took almost half of a cleaner's start (34
/// of 76 ms).
struct Compiled {
    spec: RuleSpec,
    regex: OnceLock<Regex>,
}

impl Compiled {
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            // The set holds this pattern and compiled, so its syntax is
            // sound; a test compiles each built-in rule alone, and the
            // configuration compiles each of a site's (`config::load`).
            Regex::new(&self.spec.pattern).expect("compiled in its rule set")
        })
    }

    /// The text of the first of the rule's `credit…` groups that matched.
    fn credit<'h>(&self, caps: &regex::Captures<'h>) -> Option<&'h str> {
        self.regex()
            .capture_names()
            .enumerate()
            .filter(|(_, name)| name.is_some_and(|n| n.starts_with("credit")))
            .find_map(|(i, _)| caps.get(i))
            .map(|m| m.as_str())
    }
}

/// The compiled rule set.
pub struct Cleaner {
    /// The key of the rules (built-in and the site's, in order): with the
    /// story's source, what a cleaned story depends on.
    key: crate::cache::Key,
    paragraph: Vec<Compiled>,
    paragraph_set: RegexSet,
    trailing: Vec<Compiled>,
    trailing_set: RegexSet,
    leading: Vec<Compiled>,
    leading_set: RegexSet,
    /// Whether repeated paragraphs are removed (`duplicate-paragraph` not
    /// disabled).
    dedupe: bool,
}

impl Cleaner {
    /// The cleaner a site's `[clean]` configuration asks for.
    pub fn from_config(config: &crate::config::CleanConfig) -> Result<Cleaner> {
        Cleaner::new(&config.disable, &config.rules)
    }
}

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleaner")
            .field("paragraph_rules", &self.paragraph.len())
            .field("trailing_rules", &self.trailing.len())
            .finish()
    }
}

impl Cleaner {
    /// Compiles the built-in rules (minus `disable`) followed by `extra` rules.
    /// An unknown id in `disable` is a configuration error.
    pub fn new(disable: &[String], extra: &[RuleSpec]) -> Result<Cleaner> {
        if let Some(unknown) = disable.iter().find(|id| {
            id.as_str() != DUPLICATE_RULE && !rules::BUILTIN.iter().any(|r| r.id == id.as_str())
        }) {
            return Err(Error::Config(Problem::new(
                crate::config::CONFIG_FILE,
                format!("[clean] disable: no built-in rule has the id '{unknown}'"),
            )));
        }
        let specs = rules::BUILTIN
            .iter()
            .filter(|r| !disable.iter().any(|id| id == r.id))
            .map(RuleSpec::builtin)
            .chain(extra.iter().cloned());
        let mut paragraph = Vec::new();
        let mut trailing = Vec::new();
        let mut leading = Vec::new();
        let mut keyer = crate::cache::Keyer::default();
        let dedupe = !disable.iter().any(|id| id == DUPLICATE_RULE);
        keyer.add(dedupe);
        for spec in specs {
            keyer.add(format!("{spec:?}"));
            let compiled = Compiled {
                spec,
                regex: OnceLock::new(),
            };
            match compiled.spec.mode {
                Mode::Paragraph => paragraph.push(compiled),
                Mode::Trailing => trailing.push(compiled),
                Mode::Leading => leading.push(compiled),
            }
        }
        // A larger lazy-DFA cache than the default keeps the whole set on
        // the fast engine: with the default, the many Unicode classes of the
        // rules exhaust it and matching falls back to a 20x slower one.
        let set = |rules: &[Compiled]| {
            regex::RegexSetBuilder::new(rules.iter().map(|r| &*r.spec.pattern))
                .dfa_size_limit(DFA_CACHE_BYTES)
                .build()
                .map_err(|e| {
                    // Name the rule whose pattern is wrong.
                    let message = rules
                        .iter()
                        .find_map(|r| {
                            let e = Regex::new(&r.spec.pattern).err()?;
                            Some(format!("rule '{}': {e}", r.spec.id))
                        })
                        .unwrap_or_else(|| format!("the rules together: {e}"));
                    Error::Config(Problem::new(crate::config::CONFIG_FILE, message))
                })
        };
        let (paragraph_set, (trailing_set, leading_set)) =
            rayon::join(|| set(&paragraph), || (set(&trailing), set(&leading)));
        Ok(Cleaner {
            key: keyer.key(),
            paragraph_set: paragraph_set?,
            trailing_set: trailing_set?,
            leading_set: leading_set?,
            paragraph,
            trailing,
            leading,
            dedupe,
        })
    }

    /// The key of what this cleaner does to a story.
    pub fn key(&self) -> crate::cache::Key {
        self.key
    }

    /// Cleans one story. Fails when nothing of the story would be left.
    pub fn clean(&self, mut story: Story) -> Result<Cleaned, Problem> {
        let blocks = std::mem::take(&mut story.blocks);
        // The body moves over at the end: the rules read it meanwhile.
        let mut cleaned = Cleaned {
            story: Story {
                blocks: Vec::with_capacity(blocks.len()),
                body: String::new(),
                meta: story.meta.clone(),
                path: story.path.clone(),
                content_path: story.content_path.clone(),
                ..story
            },
            removed: Vec::new(),
            credit: None,
            syndicated: false,
        };
        let count = blocks.len();
        let mut seen = HashSet::new();
        // A marker matched just before: it may take following paragraphs.
        let mut taking: Option<(&Compiled, Then)> = None;
        for (index, mut block) in blocks.into_iter().enumerate() {
            if !matches!(
                block.kind,
                BlockKind::Paragraph | BlockKind::Heading | BlockKind::List
            ) {
                taking = None;
                cleaned.story.blocks.push(block);
                continue;
            }
            // A heading is content unless a marker rule (`Related Topics`)
            // names it.
            let rule = self
                .paragraph_rule(&story, &block.text, index, count)
                .filter(|r| block.kind != BlockKind::Heading || r.spec.then != Then::Nothing);
            if let Some(rule) = rule {
                cleaned.record(
                    rule,
                    &block.text,
                    block.line,
                    block.range.clone(),
                    &block.text,
                );
                // A marker starts taking what follows; other clutter inside
                // a block being taken does not end it.
                if rule.spec.then != Then::Nothing {
                    taking = Some((rule, rule.spec.then));
                }
                continue;
            }
            if let Some((rule, then)) = taking.take()
                && (then == Then::Rest || headline_like(&block.text))
            {
                cleaned.record(
                    rule,
                    &block.text,
                    block.line,
                    block.range.clone(),
                    &block.text,
                );
                if then != Then::Headline {
                    taking = Some((rule, then));
                }
                continue;
            }
            if !self.trim_leading(&story, &mut block, index, count, &mut cleaned)
                || !self.trim_trailing(&story, &mut block, index, count, &mut cleaned)
            {
                continue; // the whole paragraph was clutter
            }
            let repeat = self.dedupe && block.kind == BlockKind::Paragraph && {
                let key = text::fold(&block.text);
                key.chars().count() >= MIN_DUPLICATE_CHARS && !seen.insert(key)
            };
            if repeat {
                cleaned.removed.push(Removal {
                    rule: DUPLICATE_RULE.to_string(),
                    category: Category::Duplicate,
                    text: block.text,
                    line: block.line,
                    range: block.range,
                });
                continue;
            }
            cleaned.story.blocks.push(block);
        }
        if !cleaned
            .story
            .blocks
            .iter()
            .any(|b| text::word_count(&b.text) > 0)
        {
            let rules: Vec<_> = cleaned.removed.iter().map(|r| r.rule.as_str()).collect();
            let message = if rules.is_empty() {
                "the story has no text".to_string()
            } else {
                format!(
                    "nothing is left after cleaning (removed by: {}); the story would be empty",
                    rules.join(", ")
                )
            };
            return Err(Problem::new(&story.path, message));
        }
        cleaned.story.body = story.body;
        Ok(cleaned)
    }

    /// The first paragraph rule (in table order) that removes this paragraph.
    fn paragraph_rule(
        &self,
        story: &Story,
        text: &str,
        index: usize,
        count: usize,
    ) -> Option<&Compiled> {
        self.paragraph_set
            .matches(text)
            .iter()
            .map(|i| &self.paragraph[i])
            .find(|r| {
                r.spec.scope.allows(index, count)
                    && r.spec.short_enough(text)
                    && r.spec.applies_to(story)
                    && !(r.spec.guarded && REPORTED.is_match(text))
            })
            .filter(|_| !EMBEDDED_POST.is_match(text))
    }

    /// Cuts clutter glued to the end of `block`. Returns false when nothing
    /// of the paragraph is left (it was all clutter).
    fn trim_trailing(
        &self,
        story: &Story,
        block: &mut Block,
        index: usize,
        count: usize,
        cleaned: &mut Cleaned,
    ) -> bool {
        for _ in 0..MAX_TRIMS {
            let cut = cuts(
                (&self.trailing_set, &self.trailing),
                clutter_span,
                story,
                &block.text,
                (index, count),
            )
            .min_by_key(|(_, span)| span.start);
            let Some((rule, span)) = cut else { return true };
            // Never cut inside a quotation: `…which said "Read More: It
            // changes lives", on Monday.`
            if inside_quotation(&block.text[..span.start]) {
                return true;
            }
            // Find the same clutter in the source, so the cut can be made
            // there too; give up (keep the clutter) if markup is in the way.
            let source = &story.body[block.range.clone()];
            let Some(source_span) = clutter_span(rule.regex(), source) else {
                return true;
            };
            let tail_text = &block.text[span.start..];
            if collapse(&source[source_span.start..]) != tail_text {
                return true;
            }
            let offset = block.range.start + source_span.start;
            let line = block.line + source[..source_span.start].matches('\n').count();
            cleaned.record(rule, tail_text, line, offset..block.range.end, &block.text);
            let kept = source[..source_span.start].trim_end().len();
            block.range.end = block.range.start + kept;
            block
                .text
                .truncate(block.text[..span.start].trim_end().len());
            if text::word_count(&block.text) == 0 {
                return false;
            }
        }
        true
    }

    /// Cuts clutter that leading rules find at the start of a paragraph,
    /// recording each cut; the news after it is kept. Returns false when
    /// nothing of the paragraph is left.
    fn trim_leading(
        &self,
        story: &Story,
        block: &mut Block,
        index: usize,
        count: usize,
        cleaned: &mut Cleaned,
    ) -> bool {
        if self.leading.is_empty() {
            return true;
        }
        for _ in 0..MAX_TRIMS {
            let cut = cuts(
                (&self.leading_set, &self.leading),
                leading_span,
                story,
                &block.text,
                (index, count),
            )
            .max_by_key(|(_, span)| span.end);
            let Some((rule, span)) = cut else { return true };
            // Find the same clutter in the source, so the cut can be made
            // there too; give up (keep the clutter) if markup is in the way.
            let source = &story.body[block.range.clone()];
            let Some(source_span) = leading_span(rule.regex(), source) else {
                return true;
            };
            let head_text = block.text[span.clone()].trim_end();
            if collapse(&source[source_span.clone()]) != head_text {
                return true;
            }
            let start = block.range.start + source_span.start;
            let line = block.line + source[..source_span.start].matches('\n').count();
            cleaned.record(
                rule,
                head_text,
                line,
                start..block.range.start + source_span.end,
                &block.text,
            );
            block.line += source[..source_span.end].matches('\n').count();
            block.range.start += source_span.end;
            block.text.drain(..span.end);
            if text::word_count(&block.text) == 0 {
                return false;
            }
        }
        true
    }
}

impl Cleaned {
    /// Records a removal by `rule` and applies its effect; `matched` is the
    /// text the rule's regex matched (for its credit groups).
    fn record(
        &mut self,
        rule: &Compiled,
        text: &str,
        line: usize,
        range: Range<usize>,
        matched: &str,
    ) {
        match rule.spec.effect {
            Effect::Syndicated => self.syndicated = true,
            Effect::Credit => {
                let named = rule
                    .regex()
                    .captures(matched)
                    .and_then(|caps| rule.credit(&caps).map(|c| c.trim().to_string()));
                let credit = named.unwrap_or_else(|| {
                    text.trim_matches(|c: char| "()[]—–-. ".contains(c))
                        .to_string()
                });
                self.credit.get_or_insert(credit);
            }
            Effect::Nothing => {}
        }
        self.removed.push(Removal {
            rule: rule.spec.id.to_string(),
            category: rule.spec.category,
            text: text.to_string(),
            line,
            range,
        });
    }
}

/// The part of `text` a trailing rule cuts: its `clutter` group, else the
/// whole match; only when it reaches the end of the text.
/// The cuts that a set of trailing or leading `rules` would make in a
/// paragraph's `text` (the `index`th of `count`), each with its span as
/// `span` finds it: rules whose set matches, that apply to the story and
/// the paragraph's place, and whose clutter is short enough.
fn cuts<'a>(
    (set, rules): (&RegexSet, &'a [Compiled]),
    span: fn(&Regex, &str) -> Option<Range<usize>>,
    story: &Story,
    text: &str,
    (index, count): (usize, usize),
) -> impl Iterator<Item = (&'a Compiled, Range<usize>)> {
    set.matches(text)
        .into_iter()
        .map(|i| &rules[i])
        .filter(move |r| r.spec.scope.allows(index, count) && r.spec.applies_to(story))
        .filter_map(move |r| span(r.regex(), text).map(|found| (r, found)))
        .filter(move |(r, found)| r.spec.short_enough(text[found.clone()].trim_end()))
}

/// Where a leading rule's clutter is in `text`: its `clutter` group (or
/// the whole match), when it starts the text (after white space) and news
/// follows it; the span runs on over the white space after it.
fn leading_span(regex: &Regex, text: &str) -> Option<Range<usize>> {
    let caps = regex.captures(text)?;
    let m = caps.name("clutter").or_else(|| caps.get(0))?;
    let start = text.len() - text.trim_start().len();
    let end = text.len() - text[m.end()..].trim_start().len();
    (m.start() == start && m.end() > start && end < text.trim_end().len()).then_some(start..end)
}

fn clutter_span(regex: &Regex, text: &str) -> Option<Range<usize>> {
    let caps = regex.captures(text)?;
    let m = caps.name("clutter").or_else(|| caps.get(0))?;
    (m.end() == text.trim_end().len() || m.end() == text.len())
        .then(|| m.start()..text.trim_end().len())
}

/// Whether `text` ends inside an open double quotation.
fn inside_quotation(text: &str) -> bool {
    let straight = text.matches('"').count();
    let open = text.matches('\u{201c}').count();
    let close = text.matches('\u{201d}').count();
    straight % 2 == 1 || open > close
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
            inherited: None,
        })
        .unwrap()
    }

    fn cleaner() -> Cleaner {
        Cleaner::new(&[], &[]).unwrap()
    }

    /// The texts of the paragraphs a cleaning kept.
    fn kept(cleaned: &Cleaned) -> Vec<&str> {
        cleaned
            .story
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect()
    }

    const LEDE: &str = "The Karst dam burst on Monday, flooding four towns and forcing thousands of residents to flee overnight.";
    const SECOND: &str = "Rescue teams worked through the night, and by Tuesday morning most of the families had been moved to shelters.";

    /// A story with `paragraph` placed where the rule's scope allows it.
    fn story_with(paragraph: &str, scope: Scope) -> Story {
        let text = match scope {
            Scope::First(_) => format!("Headline Here\n\n{paragraph}\n\n{LEDE}\n\n{SECOND}\n"),
            _ => format!("Headline Here\n\n{LEDE}\n\n{SECOND}\n\n{paragraph}\n"),
        };
        story(&text)
    }

    #[test]
    fn every_rule_cleans_its_examples_and_keeps_its_near_misses() {
        let cleaner = cleaner();
        for rule in rules::BUILTIN {
            assert!(
                !rule.examples.is_empty() && !rule.counterexamples.is_empty(),
                "{} needs an example and a near miss",
                rule.id
            );
            for example in rule.examples {
                let cleaned = cleaner.clean(story_with(example, rule.scope)).unwrap();
                let by: Vec<_> = cleaned.removed.iter().map(|r| r.rule.as_str()).collect();
                assert_eq!(by, [rule.id], "{} should clean {example:?}", rule.id);
                let kept = cleaned.story.blocks.len();
                let expected = if rule.mode == Mode::Paragraph { 2 } else { 3 };
                assert_eq!(kept, expected, "{}: {example:?}", rule.id);
            }
            for counter in rule.counterexamples {
                let cleaned = cleaner.clean(story_with(counter, rule.scope)).unwrap();
                let by: Vec<_> = cleaned
                    .removed
                    .iter()
                    .map(|r| (r.rule.as_str(), r.text.as_str()))
                    .collect();
                assert!(
                    by.is_empty(),
                    "{} near miss {counter:?} was cleaned: {by:?}",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn every_rule_is_documented_in_the_readme() {
        let readme = include_str!("../README.md");
        for id in rules::BUILTIN
            .iter()
            .map(|r| r.id)
            .chain([DUPLICATE_RULE, furniture::RULE])
        {
            assert!(
                readme.contains(&format!("| `{id}` |")),
                "README.md does not document rule `{id}`"
            );
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let mut ids: Vec<_> = rules::BUILTIN.iter().map(|r| r.id).collect();
        ids.push(DUPLICATE_RULE);
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
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
            .map(|r| (r.rule.as_str(), r.category, r.line))
            .collect();
        assert_eq!(
            rules,
            [
                ("duplicate-paragraph", Category::Duplicate, 5),
                ("promo-read-more", Category::Promo, 7),
                ("syndicated-feed-note", Category::SyndicationNote, 11),
                ("credit-with-inputs", Category::Credit, 13),
                ("promo-also-read", Category::Promo, 15)
            ]
        );
        let kept = kept(&cleaned);
        assert_eq!(kept.len(), 2);
        assert!(kept[1].contains("read more about the evacuation"));
        assert!(kept[0].contains("valley's"), "the first copy is kept");
        assert!(cleaned.syndicated);
        assert_eq!(cleaned.credit.as_deref(), Some("agencies"));
    }

    #[test]
    fn glued_clutter_is_cut_and_the_news_kept() {
        let s = story(&format!(
            "H\n\n{LEDE}\n\nThe attack killed a senior commander.ALSO READ:After Hamas Attack, Israel Strikes Back\n\nTalks resume Monday, he said. (With inputs from PTI) PTI DDV PDS\n"
        ));
        let cleaned = cleaner().clean(s).unwrap();
        let kept = kept(&cleaned);
        assert_eq!(
            kept,
            [
                LEDE,
                "The attack killed a senior commander.",
                "Talks resume Monday, he said."
            ]
        );
        let removed: Vec<_> = cleaned
            .removed
            .iter()
            .map(|r| (r.rule.as_str(), r.text.as_str(), r.line))
            .collect();
        assert_eq!(
            removed,
            [
                (
                    "promo-glued",
                    "ALSO READ:After Hamas Attack, Israel Strikes Back",
                    5
                ),
                ("wire-code-glued", "PTI DDV PDS", 7),
                ("credit-with-inputs-glued", "(With inputs from PTI)", 7),
            ]
        );
        assert_eq!(cleaned.credit.as_deref(), Some("PTI"));
        let body = &cleaned.story.body;
        assert_eq!(
            &body[cleaned.story.blocks[1].range.clone()],
            "The attack killed a senior commander."
        );
        assert_eq!(
            &body[cleaned.removed[0].range.clone()],
            "ALSO READ:After Hamas Attack, Israel Strikes Back"
        );
    }

    #[test]
    fn a_marker_takes_its_headline_and_a_links_block_takes_its_links() {
        let s = story(&format!(
            "H\n\n{LEDE}\n\nAlso Read\n\nDam Inquiry Opens Next Week\n\n{SECOND}\n\nRelated Topics\n\nFloods\n\nKarst Valley\n"
        ));
        let cleaned = cleaner().clean(s).unwrap();
        let kept = kept(&cleaned);
        assert_eq!(kept, [LEDE, SECOND]);
        let rules: Vec<_> = cleaned.removed.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(
            rules,
            [
                "promo-marker",
                "promo-marker",
                "related-links",
                "related-links",
                "related-links"
            ]
        );
    }

    #[test]
    fn a_marker_spares_a_following_paragraph_of_prose() {
        let s = story(&format!("H\n\n{LEDE}\n\nAlso Read\n\n{SECOND}\n"));
        let cleaned = cleaner().clean(s).unwrap();
        assert_eq!(cleaned.removed.len(), 1);
        assert_eq!(cleaned.story.blocks.len(), 2);
    }

    #[test]
    fn an_embedded_post_is_never_clutter() {
        let post = "Watch: Elephants crossing the highway this morning. pic.twitter.com/Rt5vNw2Hk8 — Kodagiri Police (@KodagiriPolice) January 8, 2024";
        let cleaned = cleaner()
            .clean(story(&format!("H\n\n{LEDE}\n\n{post}\n\n{SECOND}\n")))
            .unwrap();
        assert!(cleaned.removed.is_empty(), "{:?}", cleaned.removed);
    }

    #[test]
    fn headings_and_quotations_are_left_alone() {
        let md = crate::parse::parse(&SourceText {
            path: "content/a.md".into(),
            content_path: "a.md".into(),
            format: Format::Markdown,
            text: format!("+++\ntitle = \"T\"\n+++\n\n{LEDE}\n\n## By The Numbers\n\n{SECOND}\n\n## Telegram\n\nMore news here.\n"),
            sidecar: None,
            inherited: None,
        })
        .unwrap();
        assert!(cleaner().clean(md).unwrap().removed.is_empty());
        let s = story(&format!(
            "H\n\n{LEDE}\n\nThe banner, which said \"Read More: It changes lives\", hung there.\n"
        ));
        assert!(cleaner().clean(s).unwrap().removed.is_empty());
    }

    #[test]
    fn a_marker_spares_a_quoted_or_questioning_paragraph() {
        let s = story(&format!(
            "H\n\n{LEDE}\n\nAlso Read\n\nMayor Edda Voskuil told residents: \"Leave now\"\n\nWATCH NOW\n\nWhy did the dam fail?\n\n{SECOND}\n"
        ));
        let cleaned = cleaner().clean(s).unwrap();
        let rules: Vec<_> = cleaned.removed.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(rules, ["promo-marker", "promo-marker"]);
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
        let c = Cleaner::new(&["promo-read-more".to_string()], &[]).unwrap();
        let cleaned = c
            .clean(story("H\n\nNews.\n\nREAD MORE: Elsewhere\n"))
            .unwrap();
        assert!(cleaned.removed.is_empty());
        assert!(Cleaner::new(&["no-such-rule".to_string()], &[]).is_err());
        // The duplicate check is a rule of the table like any other.
        let lede = "The harbour strike entered its third day with no talks planned.";
        let text = format!("H\n\n{lede}\n\nMore news.\n\n{lede}\n");
        let kept = Cleaner::new(&[DUPLICATE_RULE.to_string()], &[])
            .unwrap()
            .clean(story(&text))
            .unwrap();
        assert!(kept.removed.is_empty(), "{:?}", kept.removed);
        assert_eq!(cleaner().clean(story(&text)).unwrap().removed.len(), 1);
    }

    #[test]
    fn site_rules_can_be_limited_to_a_source_or_a_folder() {
        let rule = RuleSpec {
            id: "courier-footer".into(),
            category: Category::Promo,
            pattern: "^Subscribe to the Courier.*$".into(),
            mode: Mode::Paragraph,
            max_chars: None,
            scope: Scope::Last(1),
            effect: Effect::Nothing,
            guarded: false,
            then: Then::Nothing,
            sources: vec!["The Amsel Courier".into()],
            folders: vec![],
        };
        let c = Cleaner::new(&[], std::slice::from_ref(&rule)).unwrap();
        let text = format!(
            "+++\nsource = \"the amsel courier\"\n+++\nH\n\n{LEDE}\n\nSubscribe to the Courier today.\n"
        );
        let cleaned = c.clean(story(&text)).unwrap();
        assert_eq!(cleaned.removed[0].rule, "courier-footer");
        let other = format!(
            "+++\nsource = \"Other\"\n+++\nH\n\n{LEDE}\n\nSubscribe to the Courier today.\n"
        );
        assert!(c.clean(story(&other)).unwrap().removed.is_empty());

        let in_folder = Cleaner::new(
            &[],
            &[RuleSpec {
                sources: vec![],
                folders: vec!["wire".into()],
                ..rule
            }],
        )
        .unwrap();
        let mut s = story(&format!("H\n\n{LEDE}\n\nSubscribe to the Courier today.\n"));
        assert!(in_folder.clean(s.clone()).unwrap().removed.is_empty());
        s.content_path = "wire/a.txt".into();
        assert_eq!(in_folder.clean(s).unwrap().removed.len(), 1);
    }

    /// Each built-in rule's own regex, which compiles only when its set
    /// finds it, compiles.
    #[test]
    fn every_built_in_rule_compiles_alone() {
        for rule in rules::BUILTIN {
            assert!(Regex::new(rule.pattern).is_ok(), "{}", rule.id);
        }
    }

    /// A rule's own regex compiles when its set first finds it; a pattern
    /// that cannot compile is refused up front, by the rule's id.
    #[test]
    fn a_rule_that_cannot_compile_is_named() {
        let rule = |id: &str, pattern: &str| RuleSpec {
            id: id.to_string().into(),
            category: Category::Promo,
            pattern: pattern.to_string().into(),
            mode: Mode::Trailing,
            max_chars: None,
            scope: Scope::Anywhere,
            effect: Effect::Nothing,
            guarded: false,
            then: Then::Nothing,
            sources: vec![],
            folders: vec![],
        };
        let err = Cleaner::new(
            &[],
            &[rule("fine", "Ends here$"), rule("broken", "(unclosed")],
        )
        .expect_err("refused");
        assert!(
            err.to_string().contains("rule 'broken': regex parse error"),
            "{err}"
        );
    }

    /// Clutter run into a paragraph's start is cut there, in the text and
    /// in the source, and the news after it is kept.
    #[test]
    fn leading_clutter_is_cut_and_the_news_kept() {
        let text = format!(
            "H\n\n{LEDE}\n\nScroll down for video\nThe robots were built to keep older\npeople company.\n"
        );
        let cleaned = cleaner().clean(story(&text)).unwrap();
        let removed: Vec<_> = cleaned
            .removed
            .iter()
            .map(|r| {
                (
                    r.rule.as_str(),
                    r.text.as_str(),
                    r.line,
                    &text[r.range.clone()],
                )
            })
            .collect();
        assert_eq!(
            removed,
            [(
                "media-furniture-glued",
                "Scroll down for video",
                5,
                "Scroll down for video\n"
            )]
        );
        let kept = &cleaned.story.blocks[1];
        assert_eq!(
            kept.text,
            "The robots were built to keep older people company."
        );
        assert_eq!(kept.line, 6);
        assert!(text[kept.range.clone()].starts_with("The robots were"));
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

    #[test]
    fn scopes_parse() {
        assert_eq!(Scope::parse("last:3"), Ok(Scope::Last(3)));
        assert_eq!(Scope::parse("first"), Ok(Scope::First(1)));
        assert_eq!(Scope::parse("not-first"), Ok(Scope::NotFirst));
        assert!(Scope::parse("middle").is_err());
        assert!(Scope::parse("last:x").is_err());
    }
}
