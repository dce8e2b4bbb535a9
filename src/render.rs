//! Render: the site model into HTML pages, through Tera templates.
//!
//! The built-in theme (`templates/` in this repository) is embedded in the
//! binary; a site's own `templates/` folder overrides any file by name and
//! may add more. Templates autoescape; the only HTML they may print raw is a
//! [`SafeHtml`] value, which is either sanitized (Markdown bodies, through
//! ammonia) or escaped (plain-text bodies).

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::assemble::{Placed, SiteModel};
use crate::clean::Removal;
use crate::config::Config;
use crate::dates::Moment;
use crate::discover::Format;
use crate::error::{Error, Position, Problem, Result};
use crate::fsx;
use crate::summarize::Summary;

/// The built-in templates, by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("index.html", include_str!("../templates/index.html")),
    ("article.html", include_str!("../templates/article.html")),
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
    /// `[extra]` from `site.toml`.
    pub extra: &'a toml::Table,
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
    /// Publication time, RFC 3339, or none.
    pub date: Option<Moment>,
    /// Last update, RFC 3339, or none.
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
    /// Topics.
    pub tags: &'a [String],
    /// Standfirst.
    pub description: Option<&'a str>,
    /// The cleaned body, sanitized HTML: print with `| safe`. Only on
    /// article pages (cards in listings do not carry it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<SafeHtml>,
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
    /// The view of a placed story on its own page, with its body.
    pub fn new(placed: &'a Placed) -> ArticleView<'a> {
        let cleaned = &placed.story.cleaned;
        ArticleView {
            body_html: Some(body_html(&cleaned.story, &cleaned.removed)),
            ..ArticleView::card(placed)
        }
    }

    /// The view of a placed story as a card in a listing: no body.
    pub fn card(placed: &'a Placed) -> ArticleView<'a> {
        let s = &placed.story;
        let meta = &s.cleaned.story.meta;
        ArticleView {
            title: &meta.title,
            slug: &meta.slug,
            url: &placed.url,
            permalink: &placed.permalink,
            date: meta.date,
            updated: meta.updated,
            source: meta.source.as_deref(),
            author: meta.author.as_deref(),
            credit: s.cleaned.credit.as_deref(),
            syndicated: s.cleaned.syndicated,
            original_url: meta.original_url.as_deref(),
            tags: &meta.tags,
            description: meta.description.as_deref(),
            body_html: None,
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

/// A rendered page: where it goes (relative to the output root) and its bytes.
#[derive(Debug)]
pub struct Page {
    /// Output path, relative, with `/` separators.
    pub path: String,
    /// The page's bytes.
    pub bytes: Vec<u8>,
}

/// The output paths of the front pages for `count` stories: `index.html`,
/// then `page/N/index.html`.
pub fn front_page_paths(count: usize, per_page: usize) -> Vec<String> {
    let pages = count.div_ceil(per_page).max(1);
    (1..=pages)
        .map(|n| {
            if n == 1 {
                "index.html".to_string()
            } else {
                format!("page/{n}/index.html")
            }
        })
        .collect()
}

/// The loaded templates and assets, compiled once per build.
pub struct Renderer {
    tera: tera::Tera,
    assets: Vec<(String, Vec<u8>)>,
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
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry.path().strip_prefix(&dir).expect("walk stays inside");
                let name = rel.to_string_lossy().replace('\\', "/");
                if name.split('/').any(|part| part.starts_with('.')) {
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
        Ok(Renderer { tera, assets })
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

    /// The page of one article.
    pub fn article(&self, site: &SiteView<'_>, placed: &Placed) -> Result<Page> {
        let mut context = tera::Context::new();
        context.insert("site", site);
        context.insert("article", &ArticleView::new(placed));
        let source = placed.story.cleaned.story.path.display().to_string();
        Ok(Page {
            path: format!("{}index.html", crate::assemble::article_path(placed.slug())),
            bytes: self.render("article.html", &context, &source)?,
        })
    }

    /// The front page, split into pages of `per_page` stories.
    pub fn front_pages(
        &self,
        site: &SiteView<'_>,
        model: &SiteModel,
        per_page: usize,
    ) -> Result<Vec<Page>> {
        let paths = front_page_paths(model.articles.len(), per_page);
        let total = paths.len();
        let url_of = |n: usize| match n {
            1 => site.base_path.to_string(),
            n => format!("{}page/{n}/", site.base_path),
        };
        paths
            .into_iter()
            .enumerate()
            .map(|(i, path)| {
                let current = i + 1;
                let chunk = model.articles.chunks(per_page).nth(i).unwrap_or(&[]);
                let mut context = tera::Context::new();
                context.insert("site", site);
                let articles: Vec<_> = chunk.iter().map(ArticleView::card).collect();
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
                let bytes =
                    self.render("index.html", &context, &format!("front page {current}"))?;
                Ok(Page { path, bytes })
            })
            .collect()
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
    fn built_in_templates_compile() {
        let dir = tempfile::tempdir().unwrap();
        Renderer::load(dir.path()).unwrap();
    }
}
