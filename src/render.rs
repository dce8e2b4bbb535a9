//! Render: the site model into HTML pages, through Tera templates.
//!
//! The built-in theme (`templates/` in this repository) is embedded in the
//! binary; a site's own `templates/` folder overrides any file by name and
//! may add more. Templates autoescape; the only HTML they may print raw is a
//! [`SafeHtml`] value, which is either sanitized (Markdown bodies, through
//! ammonia) or escaped (plain-text bodies).

use std::path::{Path, PathBuf};

use serde::Serialize;

use rayon::prelude::*;

use crate::assemble::{self, Placed, SiteModel, Tag};
use crate::cache::{Key, Keyer};
use crate::clean::Removal;
use crate::config::Config;
use crate::dates::Moment;
use crate::discover::Format;
use crate::error::{Error, Position, Problem, Result};
use crate::fsx;
use crate::summarize::Summary;
use crate::text;

mod structured;

/// The built-in templates, by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("index.html", include_str!("../templates/index.html")),
    ("article.html", include_str!("../templates/article.html")),
    ("digest.html", include_str!("../templates/digest.html")),
    ("digests.html", include_str!("../templates/digests.html")),
    ("tag.html", include_str!("../templates/tag.html")),
    ("tags.html", include_str!("../templates/tags.html")),
    ("search.html", include_str!("../templates/search.html")),
    ("404.html", include_str!("../templates/404.html")),
    ("atom.xml", include_str!("../templates/atom.xml")),
    ("rss.xml", include_str!("../templates/rss.xml")),
    ("sitemap.xml", include_str!("../templates/sitemap.xml")),
    (
        "sitemap_index.xml",
        include_str!("../templates/sitemap_index.xml"),
    ),
    (
        "news_sitemap.xml",
        include_str!("../templates/news_sitemap.xml"),
    ),
    ("robots.txt", include_str!("../templates/robots.txt")),
    (
        "partials/pager.html",
        include_str!("../templates/partials/pager.html"),
    ),
    (
        "partials/summary.html",
        include_str!("../templates/partials/summary.html"),
    ),
    (
        "partials/card.html",
        include_str!("../templates/partials/card.html"),
    ),
];

/// The built-in theme's static assets (under `templates/static/`), copied to
/// the output root.
pub const ASSETS: &[(&str, &[u8])] =
    &[("style.css", include_bytes!("../templates/static/style.css"))];

/// The folder in a site that overrides the built-in templates.
pub const TEMPLATE_DIR: &str = "templates";

/// The pulldown-cmark extensions Broadsheet enables.
pub fn markdown_options() -> pulldown_cmark::Options {
    use pulldown_cmark::Options;
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// The sanitizer for story bodies: ammonia's defaults (no scripts, event
/// handlers, `javascript:` URLs, frames or styles), plus `id`s, prefixed so
/// they cannot clash with the page's own, and same-page links rewritten to
/// match (footnotes keep working).
static SANITIZER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes(["id"])
        .id_prefix(Some(ID_PREFIX))
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("a", "href") if value.starts_with('#') => {
                Some(format!("#{ID_PREFIX}{}", &value[1..]).into())
            }
            _ => Some(value.into()),
        });
    builder
});

/// The prefix of every `id` in a story body.
const ID_PREFIX: &str = "story-";

/// HTML that is safe to print unescaped: sanitized or built from escaped
/// text. There is no other way to make one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SafeHtml(String);

impl SafeHtml {
    /// Renders Markdown and sanitizes the result (scripts, event handlers,
    /// `javascript:` and `data:` URLs and the like are removed).
    pub fn from_markdown(markdown: &str) -> SafeHtml {
        let mut html = String::with_capacity(markdown.len() * 3 / 2);
        pulldown_cmark::html::push_html(
            &mut html,
            pulldown_cmark::Parser::new_ext(markdown, markdown_options()),
        );
        SafeHtml(SANITIZER.clean(&html).to_string())
    }

    /// Items of plain text, escaped, in a `<ul>`; nothing for no items.
    pub fn list<'a>(items: impl Iterator<Item = &'a str>) -> SafeHtml {
        let mut out = Vec::new();
        for item in items {
            if out.is_empty() {
                out.extend_from_slice(b"<ul>");
            }
            out.extend_from_slice(b"<li>");
            tera::escape_html(item, &mut out).expect("writing to a Vec cannot fail");
            out.extend_from_slice(b"</li>");
        }
        if !out.is_empty() {
            out.extend_from_slice(b"</ul>");
        }
        SafeHtml(String::from_utf8(out).expect("escaped UTF-8 stays UTF-8"))
    }

    /// Paragraphs of plain text, escaped, each in a `<p>`.
    pub fn from_paragraphs<'a>(paragraphs: impl Iterator<Item = &'a str>) -> SafeHtml {
        let mut out = Vec::new();
        for p in paragraphs {
            out.extend_from_slice(b"<p>");
            tera::escape_html(p, &mut out).expect("writing to a Vec cannot fail");
            out.extend_from_slice(b"</p>\n");
        }
        SafeHtml(String::from_utf8(out).expect("escaped UTF-8 stays UTF-8"))
    }

    /// The HTML.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The body of a story as safe HTML: the cleaned blocks only.
pub fn body_html(story: &crate::parse::Story, removed: &[Removal]) -> SafeHtml {
    match story.format {
        Format::Text => SafeHtml::from_paragraphs(story.blocks.iter().map(|b| b.text.as_str())),
        Format::Markdown => {
            // Cut the removed text out of the source; what lies between
            // blocks (link reference definitions) stays. A removed whole
            // block leaves an HTML comment at its place, so that what follows
            // cannot join a list or quote above it (the sanitizer drops it).
            let mut markdown = String::with_capacity(story.body.len());
            let mut at = 0;
            for r in removed {
                markdown.push_str(&story.body[at..r.range.start]);
                let whole_block = r.range.start == 0 || story.body[..r.range.start].ends_with('\n');
                if whole_block {
                    markdown.push_str("<!-- -->");
                }
                at = r.range.end;
            }
            markdown.push_str(&story.body[at..]);
            SafeHtml::from_markdown(&markdown)
        }
    }
}

/// `site` in every template.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// Site title.
    pub title: &'a str,
    /// Site description.
    pub description: &'a str,
    /// Absolute base URL, ending in `/`.
    pub base_url: &'a str,
    /// Path part of the base URL (`/` or `/news/`): prefix of internal links.
    pub base_path: &'a str,
    /// Language tag.
    pub language: &'a str,
    /// Whether the site has a search page.
    pub search: bool,
    /// `[search] stories_per_shard`.
    #[serde(skip)]
    pub stories_per_shard: usize,
    /// `[build] canonical_to_original`.
    #[serde(skip)]
    pub canonical_to_original: bool,
    /// `[extra]` from `site.toml`.
    pub extra: &'a toml::Table,
}

/// A topic as templates see it, in `article.tags` and on topic pages.
#[derive(Debug, Serialize)]
pub struct TagView<'a> {
    /// The tag as written.
    pub name: &'a str,
    /// Its URL segment.
    pub slug: String,
    /// Path of its page, with the base path.
    pub url: String,
    /// Listed stories carrying it (on topic pages; 0 in `article.tags`).
    pub count: usize,
}

/// `article` in templates (and each item of `articles`).
#[derive(Debug, Serialize)]
pub struct ArticleView<'a> {
    /// Headline.
    pub title: &'a str,
    /// URL slug.
    pub slug: &'a str,
    /// Path of the article page, with the base path.
    pub url: &'a str,
    /// Absolute URL of the article page.
    pub permalink: &'a str,
    /// The canonical URL: the permalink, or `original_url` when
    /// `[build] canonical_to_original` is set and the story has one.
    pub canonical_url: &'a str,
    /// Publication time, RFC 3339 (or `YYYY-MM-DD`), or none.
    pub date: Option<Moment>,
    /// Last update, or none.
    pub updated: Option<Moment>,
    /// Outlet.
    pub source: Option<&'a str>,
    /// Byline.
    pub author: Option<&'a str>,
    /// Agency credit found by the cleaner.
    pub credit: Option<&'a str>,
    /// Whether the story came from a syndicated feed.
    pub syndicated: bool,
    /// URL of the original publication.
    pub original_url: Option<&'a str>,
    /// Topics, each with its page.
    pub tags: Vec<TagView<'a>>,
    /// Standfirst.
    pub description: Option<&'a str>,
    /// One line describing the story: the standfirst, else the first key
    /// point (for `<meta name="description">` and feeds).
    pub blurb: Option<&'a str>,
    /// The cleaned body, sanitized HTML: print with `| safe`. Only on
    /// article pages (cards in listings do not carry it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<SafeHtml>,
    /// schema.org `NewsArticle` JSON-LD, safe inside `<script>`: print with
    /// `| safe`. Only on article pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_ld: Option<SafeHtml>,
    /// The key points as an HTML list (for feeds): print with `| safe` in
    /// HTML, as is in XML (where it is escaped once, as feeds expect).
    pub summary_html: SafeHtml,
    /// Words in the cleaned body.
    pub word_count: usize,
    /// Minutes to read.
    pub reading_minutes: usize,
    /// The summary box.
    pub summary: &'a Summary,
    /// `[extra]` from the story's front matter.
    pub extra: &'a toml::Table,
}

impl<'a> ArticleView<'a> {
    /// The view of a placed story on its own page, with its body and
    /// structured data.
    pub fn new(placed: &'a Placed, site: &SiteView<'_>) -> ArticleView<'a> {
        let cleaned = &placed.story.cleaned;
        let card = ArticleView::card(placed, site);
        ArticleView {
            body_html: Some(body_html(&cleaned.story, &cleaned.removed)),
            json_ld: Some(structured::news_article(&card, site)),
            ..card
        }
    }

    /// The view of a placed story as a card in a listing: no body.
    pub fn card(placed: &'a Placed, site: &SiteView<'_>) -> ArticleView<'a> {
        let s = &placed.story;
        let meta = &s.cleaned.story.meta;
        let canonical_url = match meta.original_url.as_deref() {
            Some(original) if site.canonical_to_original => original,
            _ => &placed.permalink,
        };
        ArticleView {
            title: &meta.title,
            slug: &meta.slug,
            url: &placed.url,
            permalink: &placed.permalink,
            canonical_url,
            date: meta.date,
            updated: meta.updated,
            source: meta.source.as_deref(),
            author: meta.author.as_deref(),
            credit: s.cleaned.credit.as_deref(),
            syndicated: s.cleaned.syndicated,
            original_url: meta.original_url.as_deref(),
            tags: placed
                .topics
                .iter()
                .map(|(name, slug)| TagView {
                    name,
                    url: format!("{}{}", site.base_path, assemble::tag_path(slug)),
                    slug: slug.clone(),
                    count: 0,
                })
                .collect(),
            description: meta.description.as_deref(),
            blurb: meta
                .description
                .as_deref()
                .or(s.summary.points.first().map(String::as_str)),
            body_html: None,
            json_ld: None,
            summary_html: SafeHtml::list(s.summary.points.iter().map(String::as_str)),
            word_count: s.word_count,
            reading_minutes: s.reading_minutes,
            summary: &s.summary,
            extra: &meta.extra,
        }
    }
}

/// `paginator` on listing pages.
#[derive(Debug, Serialize)]
pub struct Paginator {
    /// This page's number, from 1.
    pub current: usize,
    /// Number of pages.
    pub total: usize,
    /// URL of the previous page, if any.
    pub previous_url: Option<String>,
    /// URL of the next page, if any.
    pub next_url: Option<String>,
    /// URL of the first page.
    pub first_url: String,
    /// URL of the last page.
    pub last_url: String,
}

/// A day in `digest.previous` / `digest.next` and in `digests`.
#[derive(Debug, Serialize)]
pub struct DayView {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Path of the digest page, with the base path.
    pub url: String,
    /// Stories that day.
    pub count: usize,
}

/// `digest` on a digest page.
#[derive(Debug, Serialize)]
pub struct DigestView<'a> {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Path of this page, with the base path.
    pub url: String,
    /// The day's stories, newest first.
    pub articles: Vec<ArticleView<'a>>,
    /// The day before (with stories), if any.
    pub previous: Option<DayView>,
    /// The day after (with stories), if any.
    pub next: Option<DayView>,
}

/// `search` on the search page.
#[derive(Debug, Serialize)]
pub struct SearchView<'a> {
    /// Paths of the index's shards (Pagefind bundles), with the base path:
    /// the first one's script and style drive the page.
    pub bundles: &'a [String],
    /// The other shards as Pagefind's `mergeIndex` option, JSON safe inside
    /// `<script>`: print with `| safe`.
    pub merge_index: SafeHtml,
}

/// `feed` in the Atom and RSS templates.
#[derive(Debug, Serialize)]
pub struct FeedView<'a> {
    /// Feed title.
    pub title: String,
    /// Absolute URL of this feed.
    pub url: String,
    /// Absolute URL of the page the feed follows.
    pub home: String,
    /// Newest publication or update among its items, RFC 3339.
    pub updated: String,
    /// Its stories, newest first, dated stories only.
    pub articles: Vec<ArticleView<'a>>,
}

/// One `<url>` of `sitemap.xml`.
#[derive(Debug, Clone, Serialize)]
pub struct SitemapEntry {
    /// Absolute URL.
    pub loc: String,
    /// Last change (W3C datetime), when known.
    pub lastmod: Option<String>,
}

/// A rendered page: where it goes (relative to the output root) and its bytes.
#[derive(Debug)]
pub struct Page {
    /// Output path, relative, with `/` separators.
    pub path: String,
    /// The page's bytes.
    pub bytes: Vec<u8>,
    /// What it was made from, for error messages.
    pub origin: String,
    /// The key of its inputs, for pages the next build may keep.
    pub key: Option<Key>,
    /// The previous build's file is kept: its inputs have the same key, so
    /// it was not rendered again (`bytes` is empty).
    pub kept: bool,
}

impl Page {
    /// A page rendered now.
    pub fn new(path: impl Into<String>, bytes: Vec<u8>, origin: impl Into<String>) -> Page {
        Page {
            path: path.into(),
            bytes,
            origin: origin.into(),
            key: None,
            kept: false,
        }
    }
}

/// Which pages the previous build made from the same inputs: a page whose
/// key (of everything its template sees) is unchanged, and whose file is
/// still there, is kept rather than rendered again.
pub struct Reuse<'a> {
    /// The key of what every page depends on: settings, templates, assets.
    pub site: Key,
    /// Whether the page at a path, built from inputs of this key, can be kept.
    pub keep: &'a (dyn Fn(&str, Key) -> bool + Sync),
    /// The files of the previous search shard in a folder, when it was
    /// built from stories of this key and is all still there.
    pub bundle: &'a (dyn Fn(&str, Key) -> Option<Vec<String>> + Sync),
}

impl Reuse<'_> {
    /// Nothing is kept: every page is rendered.
    pub fn nothing() -> Reuse<'static> {
        Reuse {
            site: 0,
            keep: &|_, _| false,
            bundle: &|_, _| None,
        }
    }
}

impl Reuse<'_> {
    /// The key of a page at `path` from `parts` of its inputs, and whether
    /// the previous build's file can be kept.
    fn check(&self, path: &str, parts: impl FnOnce(&mut Keyer)) -> (Key, bool) {
        let mut keyer = Keyer::default();
        keyer.add(self.site).add(path);
        parts(&mut keyer);
        let key = keyer.key();
        (key, (self.keep)(path, key))
    }

    /// Renders the page with `render` unless it can be kept.
    fn page(
        &self,
        path: String,
        origin: String,
        parts: impl FnOnce(&mut Keyer),
        render: impl FnOnce() -> Result<Vec<u8>>,
    ) -> Result<Page> {
        let (key, keep) = self.check(&path, parts);
        let bytes = if keep { Vec::new() } else { render()? };
        Ok(Page {
            path,
            bytes,
            origin,
            key: Some(key),
            kept: keep,
        })
    }
}

/// The keys of the stories at `items`, into a page's key: what each shows,
/// and its topics with a page (which other stories decide).
fn add_stories(keyer: &mut Keyer, model: &SiteModel, items: &[usize]) {
    for &i in items {
        let placed = &model.articles[i];
        keyer.add(placed.story.shown).add(placed.topics.len());
        for (name, slug) in &placed.topics {
            keyer.add(name.as_str()).add(slug.as_str());
        }
    }
}

/// The output paths of a listing of `count` stories in `folder` (`""` or
/// `tags/<slug>/`): `index.html`, then `page/N/index.html`.
pub fn paginated_paths(folder: &str, count: usize, per_page: usize) -> Vec<String> {
    let pages = count.div_ceil(per_page).max(1);
    (1..=pages)
        .map(|n| match n {
            1 => format!("{folder}index.html"),
            n => format!("{folder}page/{n}/index.html"),
        })
        .collect()
}

/// The output paths of the front pages for `count` stories.
pub fn front_page_paths(count: usize, per_page: usize) -> Vec<String> {
    paginated_paths("", count, per_page)
}

/// What makes the files of the search index, as errors and reports name it.
pub const SEARCH_INDEX: &str = "the search index";

/// Feed files written for the site and for each tag.
pub const FEEDS: [&str; 3] = ["atom.xml", "rss.xml", "feed.json"];
/// Most URLs in one sitemap file (the sitemaps.org limit).
pub const SITEMAP_LIMIT: usize = 50_000;
/// Most stories in the news sitemap (Google's limit), and how recent they are.
const NEWS_SITEMAP_LIMIT: usize = 1_000;
const NEWS_SITEMAP_DAYS: i64 = 2;

/// Every path a build generates from templates and the model, with what
/// produces it, and the folder reserved for the search index: the list the
/// collision check runs on before anything is rendered.
pub fn generated_paths(model: &SiteModel, config: &Config) -> Vec<(String, PathBuf)> {
    let template = |name: &str| Path::new(TEMPLATE_DIR).join(name);
    let per_page = config.build.per_page;
    let mut out: Vec<(String, PathBuf)> = Vec::new();
    for placed in &model.articles {
        out.push((
            format!("{}index.html", assemble::article_path(placed.slug())),
            placed.story.cleaned.story.path.clone(),
        ));
    }
    for path in front_page_paths(model.listed.len(), per_page) {
        out.push((path, template("index.html")));
    }
    out.push(("digest/index.html".into(), template("digests.html")));
    for digest in &model.digests {
        out.push((
            format!("{}index.html", assemble::digest_path(digest.date)),
            template("digest.html"),
        ));
    }
    out.push(("tags/index.html".into(), template("tags.html")));
    for tag in &model.tags {
        let folder = assemble::tag_path(&tag.slug);
        for path in paginated_paths(&folder, tag.articles.len(), per_page) {
            out.push((path, template("tag.html")));
        }
        for feed in FEEDS {
            out.push((format!("{folder}{feed}"), template(feed)));
        }
    }
    for feed in FEEDS {
        out.push((feed.to_string(), template(feed)));
    }
    for path in sitemap_paths(model, config) {
        out.push((path, template("sitemap.xml")));
    }
    // (Reserved even in a build that has no recent story to list in it.)
    out.push(("news-sitemap.xml".into(), template("news_sitemap.xml")));
    out.push(("robots.txt".into(), template("robots.txt")));
    out.push(("404.html".into(), template("404.html")));
    if config.search.enabled {
        out.push(("search/index.html".into(), template("search.html")));
        out.push((
            format!("{}/", crate::search::BUNDLE_DIR),
            PathBuf::from(SEARCH_INDEX),
        ));
    }
    out
}

/// `sitemap.xml`, and when the site has more URLs than one sitemap may
/// hold, the numbered sitemaps it indexes.
fn sitemap_paths(model: &SiteModel, config: &Config) -> Vec<String> {
    let files = sitemap_entry_count(model, config).div_ceil(SITEMAP_LIMIT);
    let mut paths = vec!["sitemap.xml".to_string()];
    if files > 1 {
        paths.extend((1..=files).map(|n| format!("sitemap-{n}.xml")));
    }
    paths
}

fn sitemap_entry_count(model: &SiteModel, config: &Config) -> usize {
    let per_page = config.build.per_page;
    model.articles.len()
        + model.listed.len().div_ceil(per_page).max(1)
        + 1
        + model.digests.len()
        + 1
        + model
            .tags
            .iter()
            .map(|t| t.articles.len().div_ceil(per_page).max(1))
            .sum::<usize>()
}

/// The loaded templates and assets, compiled once per build.
pub struct Renderer {
    tera: tera::Tera,
    assets: Vec<(String, Vec<u8>)>,
    key: Key,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

impl Renderer {
    /// Loads the built-in theme, then the site's `templates/` over it.
    pub fn load(root: &Path) -> Result<Renderer> {
        let mut templates: Vec<(String, String, PathBuf)> = TEMPLATES
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    text.to_string(),
                    PathBuf::from(TEMPLATE_DIR).join(name),
                )
            })
            .collect();
        let mut assets: Vec<(String, Vec<u8>)> = ASSETS
            .iter()
            .map(|(n, b)| (n.to_string(), b.to_vec()))
            .collect();
        let dir = root.join(TEMPLATE_DIR);
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir)
                .sort_by_file_name()
                .follow_links(false)
            {
                let entry = entry.map_err(|e| {
                    let path = e.path().map_or_else(|| dir.clone(), Path::to_path_buf);
                    Error::io(
                        path,
                        e.into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("walk failed")),
                    )
                })?;
                let rel = entry.path().strip_prefix(&dir).expect("walk stays inside");
                let name = rel.to_string_lossy().replace('\\', "/");
                // Hidden files first: an editor's lock file (`.#card.html`)
                // is a broken link.
                if name.split('/').any(|part| part.starts_with('.')) {
                    continue;
                }
                if entry.file_type().is_symlink() {
                    // The site's own templates are the owner's code, not
                    // wire copy: a link to a file is read through (a theme
                    // shared between sites). A link to a folder is not
                    // walked (no loops), and neither it nor a broken link
                    // is passed over in silence.
                    if !std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file()) {
                        return Err(Error::Template(Problem::new(
                            Path::new(TEMPLATE_DIR).join(rel),
                            "a symbolic link to something that is not a file (links to files are followed, to folders not)",
                        )));
                    }
                } else if !entry.file_type().is_file() {
                    continue;
                }
                if let Some(asset) = name.strip_prefix("static/") {
                    let bytes = fsx::read(entry.path())?;
                    assets.retain(|(n, _)| n != asset);
                    assets.push((asset.to_string(), bytes));
                } else {
                    let text = fsx::read_to_string(entry.path())?;
                    templates.retain(|(n, _, _)| *n != name);
                    templates.push((name, text, Path::new(TEMPLATE_DIR).join(rel)));
                }
            }
        }
        let mut tera = tera::Tera::new();
        tera.register_filter("date", date_filter);
        tera.register_filter("words", words_filter);
        // Added together: templates refer to each other (extends, include).
        tera.add_raw_templates(
            templates
                .iter()
                .map(|(name, text, _)| (name.as_str(), text.as_str())),
        )
        .map_err(|e| {
            let (failing, position) = locate(&e);
            let path = templates
                .iter()
                .find(|(name, _, _)| Some(name) == failing.as_ref())
                .map_or_else(|| PathBuf::from(TEMPLATE_DIR), |(_, _, path)| path.clone());
            Error::Template(Problem {
                path,
                position,
                message: tera_message(&e),
            })
        })?;
        for required in ["index.html", "article.html"] {
            if !tera.contains_template(required) {
                return Err(Error::Template(Problem::new(
                    Path::new(TEMPLATE_DIR).join(required),
                    "template not found",
                )));
            }
        }
        assets.sort();
        let mut keyer = Keyer::default();
        let mut named: Vec<(&String, &String)> = templates.iter().map(|(n, t, _)| (n, t)).collect();
        named.sort();
        keyer.add(&named).add(&assets);
        Ok(Renderer {
            tera,
            assets,
            key: keyer.key(),
        })
    }

    /// The key of the templates and assets (for the build cache).
    pub fn key(&self) -> Key {
        self.key
    }

    /// The theme's static assets, by output path.
    pub fn assets(&self) -> &[(String, Vec<u8>)] {
        &self.assets
    }

    /// Renders one template with a context, naming the template and the
    /// source file it was rendering for in any error.
    fn render(&self, template: &str, context: &tera::Context, for_source: &str) -> Result<Vec<u8>> {
        self.tera
            .render(template, context)
            .map(String::into_bytes)
            .map_err(|e| {
                let (name, position) = locate(&e);
                Error::Template(Problem {
                    path: Path::new(TEMPLATE_DIR).join(name.as_deref().unwrap_or(template)),
                    position,
                    message: format!("while rendering {for_source}: {}", tera_message(&e)),
                })
            })
    }

    /// A context with `site`, `current_path` and `current_url` for the page
    /// at `path` (relative to the site root: a folder, `""` or
    /// `articles/x/`, or a file, `atom.xml` or `404.html`).
    fn context(site: &SiteView<'_>, path: &str) -> tera::Context {
        let mut context = tera::Context::new();
        context.insert("site", site);
        context.insert("current_path", &format!("{}{path}", site.base_path));
        context.insert("current_url", &format!("{}{path}", site.base_url));
        context
    }

    /// The page of the article at `index` in the model.
    pub fn article(
        &self,
        site: &SiteView<'_>,
        model: &SiteModel,
        index: usize,
        reuse: &Reuse<'_>,
    ) -> Result<Page> {
        let placed = &model.articles[index];
        let folder = assemble::article_path(placed.slug());
        let origin = placed.story.cleaned.story.path.display().to_string();
        reuse.page(
            format!("{folder}index.html"),
            origin.clone(),
            |k| {
                add_stories(k, model, &[index]);
                add_stories(k, model, &model.related[index]);
            },
            || {
                let mut context = Self::context(site, &folder);
                context.insert("article", &ArticleView::new(placed, site));
                let related: Vec<ArticleView<'_>> = model.related[index]
                    .iter()
                    .map(|&j| ArticleView::card(&model.articles[j], site))
                    .collect();
                context.insert("related", &related);
                self.render("article.html", &context, &origin)
            },
        )
    }

    /// A listing of stories in `folder`, split into pages of `per_page`,
    /// rendered with `template`; `add` puts the listing's own variables in.
    #[allow(clippy::too_many_arguments)]
    fn paginate(
        &self,
        template: &str,
        site: &SiteView<'_>,
        model: &SiteModel,
        folder: &str,
        items: &[usize],
        per_page: usize,
        reuse: &Reuse<'_>,
        own_key: Key,
        add: &(dyn Fn(&mut tera::Context) + Sync),
    ) -> Result<Vec<Page>> {
        let paths = paginated_paths(folder, items.len(), per_page);
        let total = paths.len();
        let folder_of = |n: usize| match n {
            1 => folder.to_string(),
            n => format!("{folder}page/{n}/"),
        };
        let url_of = |n: usize| format!("{}{}", site.base_path, folder_of(n));
        paths
            .into_iter()
            .enumerate()
            .map(|(i, path)| {
                let current = i + 1;
                let chunk = items.chunks(per_page).nth(i).unwrap_or(&[]);
                reuse.page(
                    path,
                    format!("{TEMPLATE_DIR}/{template}"),
                    |k| {
                        k.add(own_key).add(current).add(total);
                        add_stories(k, model, chunk);
                    },
                    || {
                        let mut context = Self::context(site, &folder_of(current));
                        let articles: Vec<_> = chunk
                            .iter()
                            .map(|&j| ArticleView::card(&model.articles[j], site))
                            .collect();
                        context.insert("articles", &articles);
                        context.insert(
                            "paginator",
                            &Paginator {
                                current,
                                total,
                                previous_url: (current > 1).then(|| url_of(current - 1)),
                                next_url: (current < total).then(|| url_of(current + 1)),
                                first_url: url_of(1),
                                last_url: url_of(total),
                            },
                        );
                        add(&mut context);
                        self.render(template, &context, &format!("/{}", folder_of(current)))
                    },
                )
            })
            .collect()
    }

    /// A page at `path` with no variables of its own.
    fn plain(
        &self,
        template: &str,
        site: &SiteView<'_>,
        path: &str,
        reuse: &Reuse<'_>,
    ) -> Result<Page> {
        reuse.page(
            path.to_string(),
            format!("{TEMPLATE_DIR}/{template}"),
            |_| {},
            || self.render(template, &Self::context(site, path), path),
        )
    }

    /// The front pages, topic pages, digests, search page and 404 page.
    pub fn listings(
        &self,
        site: &SiteView<'_>,
        model: &SiteModel,
        per_page: usize,
        reuse: &Reuse<'_>,
    ) -> Result<Vec<Page>> {
        let mut pages = self.paginate(
            "index.html",
            site,
            model,
            "",
            &model.listed,
            per_page,
            reuse,
            0,
            &|_| {},
        )?;

        let tags: Vec<Vec<Page>> = model
            .tags
            .par_iter()
            .map(|tag| {
                let view = self.tag_view(site, tag);
                let own = Keyer::default()
                    .add(&tag.name)
                    .add(tag.articles.len())
                    .key();
                self.paginate(
                    "tag.html",
                    site,
                    model,
                    &assemble::tag_path(&tag.slug),
                    &tag.articles,
                    per_page,
                    reuse,
                    own,
                    &|context| context.insert("tag", &view),
                )
            })
            .collect::<Result<_>>()?;
        pages.extend(tags.into_iter().flatten());
        pages.push(reuse.page(
            "tags/index.html".into(),
            format!("{TEMPLATE_DIR}/tags.html"),
            |k| {
                for tag in &model.tags {
                    k.add(&tag.name).add(&tag.slug).add(tag.articles.len());
                }
            },
            || {
                let mut context = Self::context(site, "tags/");
                let views: Vec<TagView<'_>> =
                    model.tags.iter().map(|t| self.tag_view(site, t)).collect();
                context.insert("tags", &views);
                self.render("tags.html", &context, "tags/index.html")
            },
        )?);

        let day = |i: usize| {
            let digest = &model.digests[i];
            DayView {
                date: digest.date.to_string(),
                url: format!("{}{}", site.base_path, assemble::digest_path(digest.date)),
                count: digest.articles.len(),
            }
        };
        let digests: Vec<Page> = (0..model.digests.len())
            .into_par_iter()
            .map(|i| {
                let digest = &model.digests[i];
                let folder = assemble::digest_path(digest.date);
                let path = format!("{folder}index.html");
                // Newest day first: the day before is the next entry.
                let previous = (i + 1 < model.digests.len()).then(|| day(i + 1));
                let next = (i > 0).then(|| day(i - 1));
                let around: Vec<Option<(String, usize)>> = [&previous, &next]
                    .iter()
                    .map(|d| d.as_ref().map(|d| (d.date.clone(), d.count)))
                    .collect();
                reuse.page(
                    path.clone(),
                    format!("{TEMPLATE_DIR}/digest.html"),
                    |k| {
                        add_stories(k, model, &digest.articles);
                        k.add(&around);
                    },
                    || {
                        let mut context = Self::context(site, &folder);
                        context.insert(
                            "digest",
                            &DigestView {
                                date: digest.date.to_string(),
                                url: format!("{}{folder}", site.base_path),
                                articles: digest
                                    .articles
                                    .iter()
                                    .map(|&j| ArticleView::card(&model.articles[j], site))
                                    .collect(),
                                previous,
                                next,
                            },
                        );
                        self.render("digest.html", &context, &path)
                    },
                )
            })
            .collect::<Result<_>>()?;
        pages.extend(digests);
        let days: Vec<DayView> = (0..model.digests.len()).map(day).collect();
        pages.push(reuse.page(
            "digest/index.html".into(),
            format!("{TEMPLATE_DIR}/digests.html"),
            |k| {
                for d in &days {
                    k.add(&d.date).add(d.count);
                }
            },
            || {
                let mut context = Self::context(site, "digest/");
                context.insert("digests", &days);
                self.render("digests.html", &context, "digest/index.html")
            },
        )?);

        if site.search {
            let bundles: Vec<String> =
                (0..crate::search::shards(model.articles.len(), site.stories_per_shard))
                    .map(|n| format!("{}{}", site.base_path, crate::search::shard_dir(n)))
                    .collect();
            pages.push(reuse.page(
                "search/index.html".into(),
                format!("{TEMPLATE_DIR}/search.html"),
                |k| {
                    k.add(&bundles);
                },
                || {
                    let mut context = Self::context(site, "search/");
                    context.insert(
                        "search",
                        &SearchView {
                            merge_index: structured::merge_index(&bundles[1..]),
                            bundles: &bundles,
                        },
                    );
                    self.render("search.html", &context, "search/index.html")
                },
            )?);
        }
        pages.push(self.plain("404.html", site, "404.html", reuse)?);
        Ok(pages)
    }

    fn tag_view<'a>(&self, site: &SiteView<'_>, tag: &'a Tag) -> TagView<'a> {
        TagView {
            name: &tag.name,
            slug: tag.slug.clone(),
            url: format!("{}{}", site.base_path, assemble::tag_path(&tag.slug)),
            count: tag.articles.len(),
        }
    }

    /// Atom, RSS and JSON Feed for the site and for each topic: the newest
    /// `limit` dated stories.
    pub fn feeds(&self, site: &SiteView<'_>, model: &SiteModel, limit: usize) -> Result<Vec<Page>> {
        let mut sets: Vec<(String, String, &[usize])> =
            vec![(String::new(), site.title.to_string(), &model.listed)];
        for tag in &model.tags {
            sets.push((
                assemble::tag_path(&tag.slug),
                format!("{} · {}", tag.name, site.title),
                &tag.articles,
            ));
        }
        // A feed is as new as its newest story. One with no dated story
        // (a topic of undated stories, a site with none) is as new as the
        // site's newest listed story, else the epoch: never the build's
        // clock, so that an unchanged site builds the same feeds.
        let site_updated = model
            .listed
            .iter()
            .filter_map(|&i| {
                let meta = &model.articles[i].story.cleaned.story.meta;
                meta.updated.max(meta.date)
            })
            .max()
            .map_or_else(|| jiff::Timestamp::UNIX_EPOCH.to_string(), |m| m.rfc3339());
        let pages: Vec<Vec<Page>> = sets
            .par_iter()
            .map(|(folder, title, items)| {
                let articles: Vec<ArticleView<'_>> = items
                    .iter()
                    .map(|&i| &model.articles[i])
                    .filter(|a| a.story.cleaned.story.meta.date.is_some())
                    .take(limit)
                    .map(|a| ArticleView::card(a, site))
                    .collect();
                let updated = articles
                    .iter()
                    .filter_map(|a| a.updated.max(a.date))
                    .max()
                    .map_or_else(|| site_updated.clone(), |m| m.rfc3339());
                let mut out = Vec::with_capacity(FEEDS.len());
                for file in FEEDS {
                    let path = format!("{folder}{file}");
                    let feed = FeedView {
                        title: title.clone(),
                        url: format!("{}{path}", site.base_url),
                        home: format!("{}{folder}", site.base_url),
                        updated: updated.clone(),
                        articles: Vec::new(),
                    };
                    let bytes = if file == "feed.json" {
                        structured::json_feed(site, &feed, &articles)
                    } else {
                        let mut context = Self::context(site, &path);
                        context.insert(
                            "feed",
                            &FeedView {
                                articles: Vec::new(),
                                ..feed
                            },
                        );
                        context.insert("articles", &articles);
                        self.render(file, &context, &path)?
                    };
                    out.push(Page::new(path, bytes, format!("{TEMPLATE_DIR}/{file}")));
                }
                Ok(out)
            })
            .collect::<Result<_>>()?;
        Ok(pages.into_iter().flatten().collect())
    }

    /// `sitemap.xml` (an index of numbered sitemaps on sites too big for
    /// one), `news-sitemap.xml` (stories of the last two days by the
    /// build's clock) and `robots.txt`.
    pub fn sitemaps(
        &self,
        site: &SiteView<'_>,
        model: &SiteModel,
        config: &Config,
    ) -> Result<Vec<Page>> {
        let per_page = config.build.per_page;
        let absolute = |folder: &str| format!("{}{folder}", site.base_url);
        let newest = |items: &[usize]| {
            items
                .iter()
                .filter_map(|&i| {
                    let meta = &model.articles[i].story.cleaned.story.meta;
                    meta.updated.max(meta.date)
                })
                .max()
                .map(|m| m.to_string())
        };
        let listing = |folder: &str, items: &[usize], out: &mut Vec<SitemapEntry>| {
            for (n, _) in paginated_paths(folder, items.len(), per_page)
                .iter()
                .enumerate()
            {
                out.push(SitemapEntry {
                    loc: match n {
                        0 => absolute(folder),
                        n => absolute(&format!("{folder}page/{}/", n + 1)),
                    },
                    lastmod: if n == 0 { newest(items) } else { None },
                });
            }
        };
        let mut entries: Vec<SitemapEntry> = Vec::new();
        listing("", &model.listed, &mut entries);
        for placed in &model.articles {
            let meta = &placed.story.cleaned.story.meta;
            entries.push(SitemapEntry {
                loc: placed.permalink.clone(),
                lastmod: meta.updated.max(meta.date).map(|m| m.to_string()),
            });
        }
        entries.push(SitemapEntry {
            loc: absolute("digest/"),
            lastmod: newest(&model.listed),
        });
        for digest in &model.digests {
            entries.push(SitemapEntry {
                loc: absolute(&assemble::digest_path(digest.date)),
                lastmod: newest(&digest.articles),
            });
        }
        entries.push(SitemapEntry {
            loc: absolute("tags/"),
            lastmod: None,
        });
        for tag in &model.tags {
            listing(&assemble::tag_path(&tag.slug), &tag.articles, &mut entries);
        }
        debug_assert_eq!(entries.len(), sitemap_entry_count(model, config));

        let mut pages = Vec::new();
        let origin = format!("{TEMPLATE_DIR}/sitemap.xml");
        if entries.len() <= SITEMAP_LIMIT {
            let mut context = Self::context(site, "sitemap.xml");
            context.insert("entries", &entries);
            pages.push(Page::new(
                "sitemap.xml",
                self.render("sitemap.xml", &context, "sitemap.xml")?,
                origin,
            ));
        } else {
            let mut sitemaps = Vec::new();
            for (n, chunk) in entries.chunks(SITEMAP_LIMIT).enumerate() {
                let path = format!("sitemap-{}.xml", n + 1);
                let mut context = Self::context(site, &path);
                context.insert("entries", chunk);
                let bytes = self.render("sitemap.xml", &context, &path)?;
                pages.push(Page::new(path.clone(), bytes, origin.clone()));
                sitemaps.push(SitemapEntry {
                    loc: absolute(&path),
                    lastmod: None,
                });
            }
            let mut context = Self::context(site, "sitemap.xml");
            context.insert("sitemaps", &sitemaps);
            pages.push(Page::new(
                "sitemap.xml",
                self.render("sitemap_index.xml", &context, "sitemap.xml")?,
                format!("{TEMPLATE_DIR}/sitemap_index.xml"),
            ));
        }

        let since = model
            .now
            .checked_sub(jiff::SignedDuration::from_hours(24 * NEWS_SITEMAP_DAYS))
            .unwrap_or(model.now);
        let recent: Vec<ArticleView<'_>> = model
            .listed()
            .filter(|a| {
                a.story
                    .cleaned
                    .story
                    .meta
                    .date
                    .is_some_and(|d| d.timestamp > since && d.timestamp <= model.now)
            })
            .take(NEWS_SITEMAP_LIMIT)
            .map(|a| ArticleView::card(a, site))
            .collect();
        // A news sitemap lists at least one story (the schema asks for a
        // URL): after two quiet days there is none, nor a line for it in
        // `robots.txt`.
        let news_sitemap = !recent.is_empty();
        if news_sitemap {
            let mut context = Self::context(site, "news-sitemap.xml");
            context.insert("articles", &recent);
            pages.push(Page::new(
                "news-sitemap.xml",
                self.render("news_sitemap.xml", &context, "news-sitemap.xml")?,
                format!("{TEMPLATE_DIR}/news_sitemap.xml"),
            ));
        }
        let mut context = Self::context(site, "robots.txt");
        context.insert("news_sitemap", &news_sitemap);
        pages.push(Page::new(
            "robots.txt",
            self.render("robots.txt", &context, "robots.txt")?,
            format!("{TEMPLATE_DIR}/robots.txt"),
        ));
        Ok(pages)
    }
}

impl<'a> SiteView<'a> {
    /// The `site` variable of a configuration.
    pub fn new(config: &'a Config) -> SiteView<'a> {
        SiteView {
            title: &config.title,
            description: &config.description,
            base_url: config.base_url.as_str(),
            base_path: config.base_path(),
            language: &config.language,
            search: config.search.enabled,
            stories_per_shard: config.search.stories_per_shard,
            canonical_to_original: config.build.canonical_to_original,
            extra: &config.extra,
        }
    }
}

/// `{{ article.date | date(format="%-d %B %Y, %H:%M", date_format="%-d %B %Y") }}`:
/// formats a date as written, with strftime syntax (default `%Y-%m-%d`).
/// `date_format`, when given, is used for dates that carry no time of day.
fn date_filter(value: &str, kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<String> {
    let moment = Moment::parse(value).map_err(tera::Error::message)?;
    let format: &str = kwargs.get("format")?.unwrap_or("%Y-%m-%d");
    let date_format: Option<&str> = kwargs.get("date_format")?;
    let format = match date_format {
        Some(date_only) if !moment.has_time => date_only,
        _ => format,
    };
    moment.format(format).map_err(tera::Error::message)
}

/// The filter `words`: the text cut to its first `max` words, with `…`
/// after the last when any were cut (for quotes on cards).
fn words_filter(value: &str, kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<String> {
    let max: usize = kwargs.must_get("max")?;
    if max == 0 {
        return Err(tera::Error::message(
            "filter `words`: `max` must be at least 1",
        ));
    }
    Ok(first_words(value, max))
}

/// `text` cut to its first `max` words, with `…` after the last when any
/// were cut, and what a cut leaves dangling (`,` `;` `:`, dashes, opening
/// quotation marks and brackets, and their Chinese and Japanese forms)
/// dropped. Words are those [`text::word_count`] counts: runs of non-space
/// with a letter or digit, and each character of a script written without
/// spaces ([`text::is_unspaced`]). A cut before the first word of a run
/// falls where the run begins (before `“Apple`).
fn first_words(text: &str, max: usize) -> String {
    const DANGLING: &[char] = &[
        ',', ';', ':', '-', '–', '—', '“', '‘', '(', '[', '，', '、', '；', '：', '「', '『', '（',
    ];
    let text = text.trim();
    let mut words = 0;
    // Where the run of non-space being read began, whether a word of it
    // has been counted, and whether the word being read has.
    let (mut run, mut run_counted, mut counted) = (0, false, false);
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            (run, run_counted, counted) = (at + c.len_utf8(), false, false);
            continue;
        }
        let unspaced = text::is_unspaced(c);
        let alphanumeric = unspaced || text::is_alphanumeric(c);
        if unspaced || (alphanumeric && !counted) {
            if words == max {
                let cut = if run_counted { at } else { run };
                let kept = text[..cut].trim_end().trim_end_matches(DANGLING);
                return format!("{}…", kept.trim_end());
            }
            words += 1;
            run_counted = true;
        }
        counted = !unspaced && (counted || alphanumeric);
    }
    text.to_string()
}

/// Where a Tera error points: the template name and position from the
/// first ` --> name:line:col` line of its report, else from its kind.
fn locate(err: &tera::Error) -> (Option<String>, Option<Position>) {
    let message = tera_message(err);
    let pointer = message
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "));
    if let Some(pointer) = pointer {
        let mut parts = pointer.rsplitn(3, ':');
        let (col, line, name) = (parts.next(), parts.next(), parts.next());
        if let (Some(name), Some(Ok(line)), Some(Ok(col))) =
            (name, line.map(str::parse), col.map(str::parse))
        {
            return (
                Some(name.to_string()),
                Some(Position {
                    line,
                    column: Some(col),
                }),
            );
        }
    }
    let name = match err.kind() {
        tera::ErrorKind::MissingParent { current, .. } => Some(current.clone()),
        tera::ErrorKind::CircularExtend { tpl, .. }
        | tera::ErrorKind::CircularInclude { tpl, .. } => Some(tpl.clone()),
        _ => None,
    };
    (name, None)
}

/// A Tera error with its chain of causes, on one line per cause.
fn tera_message(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str("\n  caused by: ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_on_cards_are_cut_at_a_word() {
        for (text, max, cut) in [
            ("We will rebuild.", 30, "We will rebuild."),
            ("  We will rebuild.  ", 3, "We will rebuild."),
            ("We will rebuild every home.", 3, "We will rebuild…"),
            ("We grieve, and we will rebuild.", 2, "We grieve…"),
            ("Help came — slowly — to the town.", 2, "Help came…"),
            ("Sí, señor: hasta mañana", 2, "Sí, señor…"),
            // (Each Chinese or Japanese character is a word.)
            ("我们会重建家园。", 3, "我们会…"),
            ("他说，我们会重建", 2, "他说…"),
            ("用iPhone拍摄", 2, "用iPhone…"),
            ("東京 Tower", 2, "東京…"),
            ("测试，，iPhone用户", 2, "测试…"),
            ("测试，iPhone用户", 3, "测试，iPhone…"),
            ("他说：“我们", 2, "他说…"),
            ("They said “Apple is", 2, "They said…"),
            ("He said \"yes\" and left", 3, "He said \"yes\"…"),
            // (A dash alone is no word.)
            ("Aid — food and water", 2, "Aid — food…"),
            ("", 3, ""),
        ] {
            assert_eq!(first_words(text, max), cut, "{text:?}");
        }
    }

    #[test]
    fn markdown_is_sanitized() {
        let html = SafeHtml::from_markdown(
            "Hi <script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <span onclick=\"a()\">tap</span>\n\n<iframe src=\"https://e.org\"></iframe>",
        );
        let html = html.as_str();
        assert!(!html.contains("<script"), "{html}");
        assert!(
            !html.contains("onerror") && !html.contains("onclick"),
            "{html}"
        );
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
        assert!(html.contains("tap"), "text is kept: {html}");
    }

    #[test]
    fn footnote_links_still_reach_their_notes() {
        let html = SafeHtml::from_markdown("Claim.[^1]\n\n[^1]: The source.\n");
        let html = html.as_str();
        assert!(html.contains("href=\"#story-1\""), "{html}");
        assert!(html.contains("id=\"story-1\""), "{html}");
    }

    #[test]
    fn plain_paragraphs_are_escaped() {
        let html = SafeHtml::from_paragraphs(["A <b>bold</b> & \"quoted\" claim"].into_iter());
        assert_eq!(
            html.as_str(),
            "<p>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim</p>\n"
        );
    }

    #[test]
    fn every_template_file_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(TEMPLATE_DIR);
        for entry in walkdir::WalkDir::new(&dir) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() {
                continue;
            }
            let name = entry
                .path()
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let embedded = match name.strip_prefix("static/") {
                Some(asset) => ASSETS.iter().any(|(n, _)| *n == asset),
                None => TEMPLATES.iter().any(|(n, _)| *n == name),
            };
            assert!(
                embedded,
                "templates/{name} is not in render::TEMPLATES or ASSETS"
            );
        }
    }

    #[test]
    fn every_template_is_documented_in_the_readme() {
        let readme = include_str!("../README.md");
        for (name, _) in TEMPLATES {
            assert!(
                readme.contains(&format!("`{name}`")),
                "README.md does not document templates/{name}"
            );
        }
    }

    #[test]
    fn built_in_templates_compile() {
        let dir = tempfile::tempdir().unwrap();
        Renderer::load(dir.path()).unwrap();
    }
}
