//! Broadsheet: a static site generator for news digests.
//!
//! A build is one pass down a pipeline. Each stage is a module and a
//! function from one plain value to the next; I/O happens only at the two
//! ends (`discover` reads, `write` writes), and `parse`, `clean` and
//! `summarize` are pure functions of one story, run in parallel.
//!
//! ```text
//! site.toml ──► config::Config
//! content/  ──► discover ──► parse ──► clean ──► summarize      (per story)
//!           ──► assemble (drafts, URLs, order, collisions)
//!           ──► render (Tera templates; Markdown; sanitizing)
//!           ──► write (staging folder, then an atomic commit)
//! ```
//!
//! The library never prints: it returns values ([`BuildReport`],
//! [`inspect::Inspection`]) and typed errors ([`Error`]) that the binary
//! turns into output and exit codes.

#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod assemble;
pub mod clean;
pub mod config;
pub mod dates;
pub mod discover;
pub mod error;
pub mod fsx;
pub mod inspect;
pub mod parse;
pub mod render;
pub mod summarize;
pub mod text;
pub mod write;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use crate::config::Config;
pub use crate::error::{Error, Problem, Result};

use crate::clean::Cleaner;
use crate::discover::{Skipped, SourceText};
use crate::render::{Renderer, SiteView};
use crate::summarize::Summarized;
use crate::write::{CommitReport, Staging};

/// Choices made on the command line for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Output folder, overriding `output_dir` (relative to the current folder).
    pub output: Option<PathBuf>,
    /// Base URL, overriding `base_url` (for deploy previews).
    pub base_url: Option<String>,
    /// Publish drafts too.
    pub drafts: bool,
    /// Replace files in the output folder that Broadsheet did not generate.
    pub force: bool,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// The output folder.
    pub output: PathBuf,
    /// Stories published.
    pub stories: usize,
    /// Stories held back as drafts.
    pub drafts: usize,
    /// Pages rendered.
    pub pages: usize,
    /// Static files copied (content files and theme assets).
    pub static_files: usize,
    /// Paragraphs removed by the cleaner, over all published stories.
    pub removals: usize,
    /// Files deliberately not used.
    pub skipped: Vec<Skipped>,
    /// What the commit into the output folder did.
    pub commit: CommitReport,
}

/// Builds the site at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildReport> {
    let mut config = Config::load(root)?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url)?;
    }
    if let Some(output) = &options.output {
        config.output_dir = output.clone();
    }
    let cleaner = Cleaner::from_config(&config.clean)?;
    let renderer = Renderer::load(root)?;

    let found = discover::discover(root, &config.content_dir, config.build.max_article_bytes)?;
    let stories = process(&found.stories, &cleaner, &config)?;
    let model = assemble::assemble(stories, &config, options.drafts || config.build.drafts)
        .map_err(Error::Content)?;

    let staging = Staging::new(
        &config.output_dir,
        root,
        &[&config.content_dir, &root.join(render::TEMPLATE_DIR)],
    )?;
    let site = SiteView::new(&config);
    model.articles.par_iter().try_for_each(|placed| {
        let page = renderer.article(&site, placed)?;
        staging.write(
            &page.path,
            &page.bytes,
            &placed.story.cleaned.story.path.display().to_string(),
        )
    })?;
    let front = renderer.front_pages(&site, &model, config.build.per_page)?;
    for page in &front {
        staging.write(&page.path, &page.bytes, "templates/index.html")?;
    }
    for (name, bytes) in renderer.assets() {
        staging.write(name, bytes, &format!("templates/static/{name}"))?;
    }
    found.statics.par_iter().try_for_each(|file| {
        let bytes = fsx::read(&file.source)?;
        let path = file.content_path.to_string_lossy().replace('\\', "/");
        staging.write(
            &path,
            &bytes,
            &discover::relative(root, &file.source).display().to_string(),
        )
    })?;
    let commit = staging.commit(options.force)?;
    Ok(BuildReport {
        output: config.output_dir,
        stories: model.articles.len(),
        drafts: model.drafts.len(),
        pages: model.articles.len() + front.len(),
        static_files: found.statics.len() + renderer.assets().len(),
        removals: model
            .articles
            .iter()
            .map(|a| a.story.cleaned.removed.len())
            .sum(),
        skipped: found.skipped,
        commit,
    })
}

/// Parses, cleans and summarizes every story in parallel; all problems of
/// all stories are reported together, in path order.
fn process(sources: &[SourceText], cleaner: &Cleaner, config: &Config) -> Result<Vec<Summarized>> {
    let results: Vec<Result<Summarized, Vec<Problem>>> = sources
        .par_iter()
        .map(|source| process_one(source, cleaner, config))
        .collect();
    let mut stories = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(story) => stories.push(story),
            Err(p) => problems.extend(p),
        }
    }
    if problems.is_empty() {
        Ok(stories)
    } else {
        Err(Error::Content(problems))
    }
}

/// The per-story part of the pipeline: parse, clean, summarize.
fn process_one(
    source: &SourceText,
    cleaner: &Cleaner,
    config: &Config,
) -> Result<Summarized, Vec<Problem>> {
    let story = parse::parse(source)?;
    let cleaned = cleaner.clean(story).map_err(|p| vec![p])?;
    Ok(summarize::summarize(cleaned, &config.summary))
}
