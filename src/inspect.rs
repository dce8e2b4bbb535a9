//! `broadsheet inspect FILE`: everything the pipeline derives for one story,
//! as a value the binary prints as JSON (`--json`, a stable contract used by
//! the evaluation scripts) or as text for a person.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::clean::{Cleaner, Removal};
use crate::config::Config;
use crate::dates::Moment;
use crate::discover;
use crate::error::{Error, Result};
use crate::summarize::{FactKind, Summary};

/// What the pipeline makes of one story.
#[derive(Debug, Serialize)]
pub struct Inspection {
    /// Headline (from front matter, the first line, or derived from the lede).
    pub title: String,
    /// Publication time, RFC 3339.
    pub date: Option<Moment>,
    /// URL slug.
    pub slug: String,
    /// The page's path, with the site's base path: `/news/articles/<slug>/`.
    pub url: String,
    /// Topics.
    pub tags: Vec<String>,
    /// Agency credit found by the cleaner.
    pub credit: Option<String>,
    /// Whether a syndication note was found.
    pub syndicated: bool,
    /// The kept paragraphs (and other blocks) as plain text, in order.
    pub paragraphs: Vec<String>,
    /// What the cleaner removed, and by which rule.
    pub removed: Vec<Removal>,
    /// The summary box.
    pub summary: Summary,
    /// Words in the cleaned body.
    pub word_count: usize,
    /// Minutes to read.
    pub reading_minutes: usize,
}

/// Runs discover-parse-clean-summarize on one file. The site's `site.toml`
/// is used when `root` has one, else the defaults.
pub fn inspect(root: &Path, file: &Path) -> Result<Inspection> {
    let config = Config::load_or_default(root)?;
    let cleaner = Cleaner::from_config(&config.clean)?;
    let source = discover::read_in_site(
        root,
        &config.content_dir,
        file,
        config.build.max_article_bytes,
    )?;
    let story = crate::parse::parse(&source).map_err(Error::Content)?;
    let cleaned = cleaner.clean(story).map_err(|p| Error::Content(vec![p]))?;
    let s = crate::summarize::summarize(cleaned, &config.summary);
    let story = s.cleaned.story;
    Ok(Inspection {
        title: story.meta.title,
        date: story.meta.date,
        url: format!(
            "{}{}",
            config.base_path(),
            crate::assemble::article_path(&story.meta.slug)
        ),
        slug: story.meta.slug,
        tags: story.meta.tags,
        credit: s.cleaned.credit,
        syndicated: s.cleaned.syndicated,
        paragraphs: story.blocks.into_iter().map(|b| b.text).collect(),
        removed: s.cleaned.removed,
        summary: s.summary,
        word_count: s.word_count,
        reading_minutes: s.reading_minutes,
    })
}

impl Inspection {
    /// A report for a person.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", self.title);
        let date = self
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "{date} · {} · {} words, {} min read",
            self.url, self.word_count, self.reading_minutes
        );
        if let Some(credit) = &self.credit {
            let _ = writeln!(out, "credit: {credit}");
        }
        if self.syndicated {
            let _ = writeln!(out, "syndicated: yes");
        }
        let _ = writeln!(out, "\nKey points:");
        for p in &self.summary.points {
            let _ = writeln!(out, "  • {p}");
        }
        let _ = writeln!(out, "\nAt a glance:");
        if self.summary.facts.is_empty() {
            let _ = writeln!(out, "  nothing");
        }
        for kind in FactKind::ALL {
            let facts: Vec<&str> = self
                .summary
                .facts
                .iter()
                .filter(|f| f.kind == kind)
                .map(|f| f.text.as_str())
                .collect();
            if !facts.is_empty() {
                let _ = writeln!(out, "  {:<13}  {}", kind.heading(), facts.join(" · "));
            }
        }
        let _ = writeln!(out, "\nQuotes ({}):", self.summary.quotes.len());
        if self.summary.quotes.is_empty() {
            let _ = writeln!(out, "  none");
        }
        for q in &self.summary.quotes {
            let speaker = q.speaker.as_deref().unwrap_or("speaker not named");
            let _ = writeln!(out, "  “{}”\n      — {speaker}", q.text);
        }
        let _ = writeln!(out, "\nRemoved ({}):", self.removed.len());
        if self.removed.is_empty() {
            let _ = writeln!(out, "  nothing");
        }
        for r in &self.removed {
            // (The category as `--json` and `site.toml` write it.)
            let category = serde_json::to_value(r.category).unwrap_or_default();
            let _ = writeln!(
                out,
                "  line {:>4}  [{} · {}]  {}",
                r.line,
                r.rule,
                category.as_str().unwrap_or_default(),
                r.text
            );
        }
        let _ = writeln!(
            out,
            "\nCleaned story ({} paragraphs):",
            self.paragraphs.len()
        );
        for p in &self.paragraphs {
            let _ = writeln!(out, "\n{p}");
        }
        out
    }
}
