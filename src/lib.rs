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
pub mod cache;
pub mod clean;
pub mod config;
pub mod dates;
pub mod discover;
pub mod error;
pub mod evaluate;
pub mod fsx;
pub mod inspect;
pub mod lint;
pub mod parse;
pub mod pattern;
pub mod related;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod summarize;
pub mod text;
pub mod write;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use crate::config::Config;
pub use crate::error::{Error, Problem, Result};

use unicode_normalization::UnicodeNormalization;

use crate::assemble::SiteModel;
use crate::clean::furniture::Candidate;
use crate::clean::{Cleaned, Cleaner};
use crate::discover::{Skipped, SourceText, StaticFile};
use crate::render::{Renderer, SiteView};
use crate::summarize::Summarized;
use crate::write::{CommitReport, Staging};

/// Told how far a build has got, for a progress display. Called from
/// several threads at once.
pub trait Progress: Send + Sync {
    /// A stage begins (`parsing and cleaning`, `summarizing`, `rendering`,
    /// `writing`) with this many steps (0 when unknown).
    fn stage(&self, name: &'static str, steps: usize);
    /// `n` more steps of the current stage are done.
    fn advance(&self, n: usize);
}

impl std::fmt::Debug for dyn Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// A [`Progress`] that shows nothing.
struct Silent;

impl Progress for Silent {
    fn stage(&self, _: &'static str, _: usize) {}
    fn advance(&self, _: usize) {}
}

/// Choices made on the command line for one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Output folder, overriding `output_dir` (relative to the current folder).
    pub output: Option<PathBuf>,
    /// Base URL, overriding `base_url` (for deploy previews).
    pub base_url: Option<String>,
    /// Publish drafts too.
    pub drafts: bool,
    /// Publish stories dated in the future too.
    pub future: bool,
    /// The build's clock; by default `SOURCE_DATE_EPOCH` when set, else the
    /// system clock.
    pub now: Option<jiff::Timestamp>,
    /// Replace files in the output folder that Broadsheet did not generate.
    pub force: bool,
    /// Where to report progress.
    pub progress: Option<std::sync::Arc<dyn Progress>>,
}

impl BuildOptions {
    fn progress(&self) -> &dyn Progress {
        match &self.progress {
            Some(progress) => progress.as_ref(),
            None => &Silent,
        }
    }
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
    /// Stories held back until their date.
    pub scheduled: usize,
    /// Pages rendered.
    pub pages: usize,
    /// Stories parsed and cleaned.
    pub parsed: usize,
    /// Stories taken from the build cache as they were cleaned before
    /// (their file and the rules unchanged), not parsed again.
    pub cached: usize,
    /// Static files copied (content files and theme assets).
    pub static_files: usize,
    /// Pieces of text removed by the cleaner, over all published stories.
    pub removals: usize,
    /// Files deliberately not used.
    pub skipped: Vec<Skipped>,
    /// Lines recurring at the head or tail of one source's stories.
    pub furniture: Vec<Candidate>,
    /// Warnings `check` gives about the stories themselves (no date, no
    /// headline of their own, clutter no rule removed, tags that share a
    /// page), counted: `check` lists them, with its link warnings.
    pub story_warnings: usize,
    /// The removals report, in Broadsheet's work folder.
    pub removals_report: PathBuf,
    /// What the commit into the output folder did.
    pub commit: CommitReport,
}

/// What `check` found: everything a build would do, without writing.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Stories that would be published.
    pub stories: usize,
    /// Pages that would be rendered.
    pub pages: usize,
    /// Pieces of text the cleaner would remove.
    pub removals: usize,
    /// Files deliberately not used.
    pub skipped: Vec<Skipped>,
    /// Lines recurring at the head or tail of one source's stories:
    /// candidates for a `[[clean.rules]]` entry.
    pub furniture: Vec<Candidate>,
    /// Stories without a date or a headline, paragraphs that look like
    /// clutter, links to pages that do not exist.
    pub warnings: Vec<Problem>,
}

/// A site read, cleaned, summarized and assembled: everything but the
/// rendering and the writing.
struct Loaded {
    cache: cache::Cache,
    /// The files of the cleaned-story cache that a build writes (those whose
    /// stories changed); none for `check`, which writes nothing.
    story_files: cache::Files,
    /// Stories parsed and cleaned, and stories taken from the cache.
    parsed: usize,
    cached: usize,
    /// Every output path the build writes, with what produces it.
    outputs: Vec<(String, PathBuf)>,
    /// How many of them the templates render (the rendering stage's steps;
    /// the search index's files are not known ahead).
    pages: usize,
    config: Config,
    renderer: Renderer,
    statics: Vec<StaticFile>,
    skipped: Vec<Skipped>,
    furniture: Vec<Candidate>,
    model: SiteModel,
}

/// Reads the site at `root` up to the site model, and checks that every
/// output path is produced once. Reports every content problem together.
fn load(root: &Path, options: &BuildOptions, for_build: bool) -> Result<Loaded> {
    let progress = options.progress();
    progress.stage("loading the settings", 0);
    let mut config = Config::load(root)?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url)?;
    }
    if let Some(output) = &options.output {
        config.output_dir = output.clone();
    }
    progress.stage("reading and compiling", 0);
    // The rules and templates compile while the stories and the build
    // cache are read, and the summarizer's patterns once the stories are.
    let ((compiled, cache), (found, stories)) = rayon::join(
        || {
            rayon::join(
                || Ok::<_, Error>((Cleaner::from_config(&config.clean)?, Renderer::load(root)?)),
                || cache::Cache::load(&config.output_dir),
            )
        },
        || {
            rayon::join(
                || {
                    let found = discover::discover(
                        root,
                        &config.content_dir,
                        config.build.max_article_bytes,
                    );
                    summarize::prepare();
                    found
                },
                || cache::Stories::load(&config.output_dir),
            )
        },
    );
    let (cleaner, renderer) = compiled?;
    let found = found?;
    progress.stage("parsing and cleaning", found.stories.len());
    let CleanedAll {
        stories: mut cleaned,
        mut problems,
        cache_files: story_files,
        parsed,
    } = clean_all(
        &found.stories,
        &cleaner,
        stories,
        for_build.then_some(config.output_dir.as_path()),
        progress,
    );
    problems.extend(found.problems);
    let furniture = clean::furniture::detect(&cleaned);
    if config.clean.learn_furniture {
        clean::furniture::remove(&mut cleaned, &furniture);
    }
    progress.stage("summarizing", cleaned.len());
    let stories: Vec<Summarized> = cleaned
        .into_par_iter()
        .map(|c| {
            let key = summarize::key(&c, &config.summary);
            let summarized = match cache.summary(key) {
                Some(hit) => summarize::from_cache(c, key, hit),
                None => summarize::summarize(c, &config.summary),
            };
            progress.advance(1);
            summarized
        })
        .collect();
    progress.stage("assembling", 0);
    let now = match options.now {
        Some(now) => now,
        None => dates::build_clock().map_err(Error::Usage)?,
    };
    let selection = assemble::Selection {
        drafts: options.drafts || config.build.drafts,
        future: options.future,
        now,
    };
    let model = match assemble::assemble(stories, &config, selection) {
        Ok(model) => Some(model),
        Err(collisions) => {
            problems.extend(collisions);
            None
        }
    };
    let (outputs, pages) = model
        .as_ref()
        .map(|model| outputs(root, &config, model, &renderer, &found.statics))
        .unwrap_or_default();
    problems.extend(output_collisions(&outputs));
    match model {
        Some(model) if problems.is_empty() => Ok(Loaded {
            cache,
            story_files,
            parsed,
            cached: found.stories.len() - parsed,
            outputs,
            pages,
            config,
            renderer,
            statics: found.statics,
            skipped: found.skipped,
            furniture,
            model,
        }),
        _ => {
            problems.sort_by(|a, b| {
                a.path
                    .cmp(&b.path)
                    .then(a.position.map(|p| p.line).cmp(&b.position.map(|p| p.line)))
            });
            Err(Error::Content(problems))
        }
    }
}

/// Builds the site at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildReport> {
    let site = load(root, options, true)?;
    let Loaded {
        cache,
        story_files,
        parsed,
        cached,
        outputs: _,
        pages,
        config,
        renderer,
        statics,
        skipped,
        furniture,
        model,
    } = site;
    let staging = Staging::new(
        &config.output_dir,
        root,
        &[&config.content_dir, &root.join(render::TEMPLATE_DIR)],
    )?;
    // The cleaned stories go to the cache now, with the output folder locked
    // (their keys vouch for no output file), and their bytes are let go.
    cache::save_stories(&story_files);
    drop(story_files);
    let view = SiteView::new(&config);
    let progress = options.progress();
    progress.stage("rendering", pages);
    let keep = |path: &str, key: cache::Key| cache.page_is(path, key) && staging.can_keep(path);
    let summaries = || {
        model.articles.iter().map(|a| {
            (
                a.story.key,
                cache::SummaryRef {
                    summary: &a.story.summary,
                    word_count: a.story.word_count,
                    reading_minutes: a.story.reading_minutes,
                },
            )
        })
    };
    let bundle = |dir: &str, key: cache::Key| {
        cache
            .all_under(dir, key)
            .filter(|paths| paths.iter().all(|p| staging.can_keep(p)))
    };
    let reuse = render::Reuse {
        site: site_key(&config, &renderer),
        keep: &keep,
        bundle: &bundle,
    };
    let rendered = render_site(&renderer, &view, &model, &config, true, &reuse, &|page| {
        if page.origin != render::SEARCH_INDEX {
            progress.advance(1);
        }
        if page.kept {
            staging.keep(&page.path, &page.origin)
        } else {
            staging.write(&page.path, &page.bytes, &page.origin)
        }
    })?;
    for (name, bytes) in renderer.assets() {
        staging.write(name, bytes, &format!("templates/static/{name}"))?;
    }
    statics.par_iter().try_for_each(|file| {
        let bytes = fsx::read(&file.source)?;
        let path = file.content_path.to_string_lossy().replace('\\', "/");
        staging.write(
            &path,
            &bytes,
            &discover::relative(root, &file.source).display().to_string(),
        )
    })?;
    let report = removals_report(&model, &furniture);
    progress.stage("writing", 0);
    cache.save_summaries(&config.output_dir, summaries())?;
    // A build killed while moving files must not leave keys that vouch for
    // pages it never wrote: they go before the commit and come back after.
    cache::Cache::forget_pages(&config.output_dir)?;
    let (commit, removals_report) = staging.commit(options.force, ("removals.json", &report))?;
    // Page keys that cannot be saved cost the next build time, not
    // correctness: it renders every page.
    let _ = cache::Cache::save_pages(&config.output_dir, rendered.keys);
    let report = BuildReport {
        output: config.output_dir.clone(),
        stories: model.articles.len(),
        drafts: model.drafts.len(),
        scheduled: model.scheduled.len(),
        pages: rendered.pages,
        parsed,
        cached,
        static_files: statics.len() + renderer.assets().len(),
        removals: count_removals(&model),
        skipped,
        furniture,
        story_warnings: lint::story_warnings(&model).len() + lint::tag_clashes(&model).len(),
        removals_report,
        commit,
    };
    // Freeing the site takes a while (50 ms at 10,000 stories, 5 % of a
    // rebuild): a thread does it after the build has returned. The command
    // line exits without waiting for it; `serve` goes on serving.
    // Should no thread be had, they are freed here as the closure is dropped.
    let _ =
        std::thread::Builder::new().spawn(move || drop((model, cache, renderer, statics, config)));
    Ok(report)
}

/// Runs everything a build does, rendering every page in memory, and
/// writes nothing.
pub fn check(root: &Path, options: &BuildOptions) -> Result<CheckReport> {
    let site = load(root, options, false)?;
    let view = SiteView::new(&site.config);
    let pages: std::sync::Mutex<Vec<lint::PageLinks>> = std::sync::Mutex::new(Vec::new());
    let rendered = render_site(
        &site.renderer,
        &view,
        &site.model,
        &site.config,
        false,
        &render::Reuse::nothing(),
        &|page| {
            if page.path.ends_with(".html") {
                let links = lint::links(&String::from_utf8_lossy(&page.bytes));
                pages
                    .lock()
                    .expect("no panics while holding the lock")
                    .push((page.path, page.origin, links));
            }
            Ok(())
        },
    )?;
    let mut pages = pages
        .into_inner()
        .expect("no panics while holding the lock");
    pages.sort();
    let outputs: std::collections::HashSet<String> =
        site.outputs.iter().map(|(path, _)| path.clone()).collect();
    let reserved: Vec<String> = outputs
        .iter()
        .filter(|p| p.ends_with('/'))
        .cloned()
        .collect();
    let mut warnings = lint::story_warnings(&site.model);
    warnings.extend(lint::tag_clashes(&site.model));
    warnings.extend(lint::broken_links(
        &site.config,
        &site.model,
        &pages,
        &outputs,
        &reserved,
    ));
    warnings.sort_by(|a, b| {
        a.path
            .cmp(&b.path)
            .then(a.position.map(|p| p.line).cmp(&b.position.map(|p| p.line)))
    });
    Ok(CheckReport {
        stories: site.model.articles.len(),
        pages: rendered.pages,
        removals: count_removals(&site.model),
        skipped: site.skipped,
        furniture: site.furniture,
        warnings,
    })
}

/// What rendering made: how many pages, and the key of every page the next
/// build may keep.
struct Rendered {
    pages: usize,
    keys: Vec<(String, cache::Key)>,
}

/// The key of what every page depends on: the settings (with any
/// command-line overrides) and the templates and assets.
fn site_key(config: &Config, renderer: &Renderer) -> cache::Key {
    cache::Keyer::default()
        .add(format!("{config:?}"))
        .add(renderer.key())
        .key()
}

/// Renders every page of the site and hands each to `sink` as it is made:
/// article pages, listings, feeds and sitemaps in parallel, while the search
/// index (when `index` is set and the site has search) is built beside them.
/// Pages that `reuse` says are unchanged come out kept, not rendered; so
/// does the search bundle when no story changed.
fn render_site(
    renderer: &Renderer,
    view: &SiteView<'_>,
    model: &SiteModel,
    config: &Config,
    index: bool,
    reuse: &render::Reuse<'_>,
    sink: &(dyn Fn(render::Page) -> Result<()> + Sync),
) -> Result<Rendered> {
    let keys = std::sync::Mutex::new(Vec::new());
    let sink = |page: render::Page| {
        if let Some(key) = page.key {
            keys.lock()
                .expect("no panics while holding the lock")
                .push((page.path.clone(), key));
        }
        sink(page)
    };
    // The index's shards: stories oldest first, so many to a shard, each
    // with the key of its stories.
    let oldest_first: Vec<usize> = (0..model.articles.len()).rev().collect();
    let per_shard = config.search.stories_per_shard;
    let shards: Vec<(String, &[usize], cache::Key)> =
        (0..search::shards(oldest_first.len(), per_shard))
            .map(|n| {
                let members = oldest_first.chunks(per_shard).nth(n).unwrap_or(&[]);
                let mut keyer = cache::Keyer::default();
                keyer
                    .add(&config.language)
                    .add(config.search.fragments_per_file);
                for &i in members {
                    let placed = &model.articles[i];
                    keyer.add(placed.slug()).add(placed.story.shown);
                }
                (search::shard_dir(n), members, keyer.key())
            })
            .collect();
    let search = index && config.search.enabled;
    let index_shard =
        |(dir, members, key): &(String, &[usize], cache::Key)| -> Result<Vec<render::Page>> {
            let origin = render::SEARCH_INDEX;
            if let Some(previous) = (reuse.bundle)(dir, *key) {
                return Ok(previous
                    .into_iter()
                    .map(|path| render::Page {
                        key: Some(*key),
                        kept: true,
                        ..render::Page::new(path, Vec::new(), origin)
                    })
                    .collect());
            }
            let records = members.iter().map(|&i| {
                let story = &model.articles[i].story.cleaned.story;
                let text: Vec<&str> = story.blocks.iter().map(|b| b.text.as_str()).collect();
                search::Record {
                    url: format!("/{}", assemble::article_path(&story.meta.slug)),
                    title: story.meta.title.clone(),
                    text: search::escape(&text.join("\n\n")),
                }
            });
            let files = search::Files {
                dir,
                fragments_per_file: config.search.fragments_per_file,
            };
            Ok(search::index(&config.language, &files, records)?
                .into_iter()
                .map(|(path, bytes)| render::Page {
                    key: Some(*key),
                    ..render::Page::new(path, bytes, origin)
                })
                .collect())
        };
    // Indexes shards, one at a time, until none is left.
    let next_shard = std::sync::atomic::AtomicUsize::new(0);
    let index_shards = || -> Result<()> {
        if !search {
            return Ok(());
        }
        loop {
            let n = next_shard.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(shard) = shards.get(n) else {
                return Ok(());
            };
            for page in index_shard(shard)? {
                sink(page)?;
            }
        }
    };
    let pages = std::thread::scope(|scope| -> Result<usize> {
        // One thread indexes shards beside the rendering; when the pages
        // are done this thread takes shards too. So at most one shard's
        // index is in memory while pages render, and two after.
        let indexer = search.then(|| scope.spawn(index_shards));
        (0..model.articles.len())
            .into_par_iter()
            .try_for_each(|i| sink(renderer.article(view, model, i, reuse)?))?;
        let mut pages = model.articles.len();
        for family in [
            renderer.listings(view, model, config.build.per_page, reuse)?,
            renderer.feeds(view, model, config.feeds.limit)?,
            renderer.sitemaps(view, model, config)?,
        ] {
            pages += family.len();
            family.into_par_iter().try_for_each(sink)?;
        }
        index_shards()?;
        if let Some(indexer) = indexer {
            indexer
                .join()
                .map_err(|_| Error::Search("the indexer panicked".into()))??;
        }
        Ok(pages)
    })?;
    Ok(Rendered {
        pages,
        keys: keys.into_inner().expect("no panics while holding the lock"),
    })
}

fn count_removals(model: &SiteModel) -> usize {
    model
        .articles
        .iter()
        .map(|a| a.story.cleaned.removed.len())
        .sum()
}

/// What [`clean_all`] makes.
struct CleanedAll {
    /// The cleaned stories, in path order.
    stories: Vec<Cleaned>,
    /// Every problem found.
    problems: Vec<Problem>,
    /// The files that make the cache hold exactly these stories.
    cache_files: cache::Files,
    /// How many stories were parsed (the others came from the cache).
    parsed: usize,
}

/// Parses and cleans every story in parallel, or takes it from `cached`
/// when neither its file nor the rules changed. The cache's files for the
/// output folder `save_for` are made when it is given.
fn clean_all(
    sources: &[SourceText],
    cleaner: &Cleaner,
    mut cached: cache::Stories,
    save_for: Option<&Path>,
    progress: &dyn Progress,
) -> CleanedAll {
    // Each source's key, and its cleaned story's (the source's and the
    // rules').
    let keys: Vec<(cache::Key, cache::Key)> = sources
        .par_iter()
        .map(|source| {
            let key = parse::source_key(source);
            (key, cache::story_key(key, cleaner.key()))
        })
        .collect();
    let mut hits: Vec<Option<Cleaned>> = keys.iter().map(|&(_, key)| cached.take(key)).collect();
    let parsed = hits.iter().filter(|hit| hit.is_none()).count();
    let results: Vec<Result<Cleaned, Vec<Problem>>> = sources
        .par_iter()
        .zip(&keys)
        .zip(hits.par_iter_mut())
        .map(|((source, &(key, _)), hit)| {
            progress.advance(1);
            match hit.take() {
                Some(cleaned) => Ok(cleaned),
                None => cleaner
                    .clean(parse::parse_keyed(source, key)?)
                    .map_err(|p| vec![p]),
            }
        })
        .collect();
    let mut stories = Vec::with_capacity(results.len());
    let mut stored = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for (result, (_, key)) in results.into_iter().zip(keys) {
        match result {
            Ok(story) => {
                stories.push(story);
                stored.push(key);
            }
            Err(p) => problems.extend(p),
        }
    }
    let cache_files = save_for.map_or_else(Vec::new, |output| {
        let pairs: Vec<(cache::Key, &Cleaned)> = stored.into_iter().zip(&stories).collect();
        cached.files_for(output, &pairs)
    });
    CleanedAll {
        stories,
        problems,
        cache_files,
        parsed,
    }
}

/// Every output path of the site with what produces it: the generated
/// pages and the search index's folder, the theme's assets, the static
/// files; and how many of them are pages the templates render.
fn outputs(
    root: &Path,
    config: &Config,
    model: &SiteModel,
    renderer: &Renderer,
    statics: &[StaticFile],
) -> (Vec<(String, PathBuf)>, usize) {
    let mut outputs = render::generated_paths(model, config);
    let pages = outputs
        .iter()
        .filter(|(path, _)| !path.ends_with('/'))
        .count();
    for (name, _) in renderer.assets() {
        outputs.push((
            name.clone(),
            Path::new(render::TEMPLATE_DIR).join("static").join(name),
        ));
    }
    for file in statics {
        outputs.push((
            file.content_path.to_string_lossy().replace('\\', "/"),
            discover::relative(root, &file.source),
        ));
    }
    (outputs, pages)
}

/// Two producers of one output path (compared as case-insensitive file
/// systems do), all of them, and anything written into a folder reserved
/// whole.
fn output_collisions(outputs: &[(String, PathBuf)]) -> Vec<Problem> {
    let mut first: std::collections::HashMap<String, &(String, PathBuf)> =
        std::collections::HashMap::new();
    let mut problems = Vec::new();
    for output in outputs {
        let key: String = output.0.nfc().collect::<String>().to_lowercase();
        match first.get(&key) {
            Some(earlier) => problems.push(Problem::new(
                &output.1,
                format!(
                    "output path `{}` is also produced by {}",
                    output.0,
                    earlier.1.display()
                ),
            )),
            None => {
                first.insert(key, output);
            }
        }
    }
    // A folder reserved whole (the search bundle's): nothing else may write
    // into it.
    for (folder, owner) in outputs.iter().filter(|(p, _)| p.ends_with('/')) {
        let folder = folder.to_lowercase();
        for (path, producer) in outputs {
            if path.len() > folder.len() && path.to_lowercase().starts_with(&folder) {
                problems.push(Problem::new(
                    producer,
                    format!(
                        "output path `{path}` lies in `{folder}`, which holds {}",
                        owner.display()
                    ),
                ));
            }
        }
    }
    problems
}

/// The removals report written beside the output: every removal of every
/// published story, with file and line, and the furniture candidates.
fn removals_report(model: &SiteModel, furniture: &[Candidate]) -> Vec<u8> {
    #[derive(serde::Serialize)]
    struct Story<'a> {
        file: &'a Path,
        slug: &'a str,
        removed: &'a [clean::Removal],
    }
    #[derive(serde::Serialize)]
    struct Report<'a> {
        removals: usize,
        stories: Vec<Story<'a>>,
        furniture: &'a [Candidate],
    }
    let mut stories: Vec<Story<'_>> = model
        .articles
        .iter()
        .filter(|a| !a.story.cleaned.removed.is_empty())
        .map(|a| Story {
            file: &a.story.cleaned.story.path,
            slug: a.slug(),
            removed: &a.story.cleaned.removed,
        })
        .collect();
    stories.sort_by(|a, b| a.file.cmp(b.file));
    let report = Report {
        removals: count_removals(model),
        stories,
        furniture,
    };
    let mut bytes = serde_json::to_vec_pretty(&report).expect("the report serializes");
    bytes.push(b'\n');
    bytes
}
