//! Assemble: turn the summarized stories into the site model: drafts set
//! aside, URLs given, newest first, and output paths checked for
//! collisions (compared lowercased and NFC, as case-insensitive file systems
//! see them).

use std::collections::BTreeMap;
use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;

use crate::config::Config;
use crate::error::Problem;
use crate::summarize::Summarized;

/// A story placed in the site.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The story and everything derived from it.
    pub story: Summarized,
    /// Site-relative URL path, with the base path: `/news/articles/<slug>/`.
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
}

impl Placed {
    /// The story's slug.
    pub fn slug(&self) -> &str {
        &self.story.cleaned.story.meta.slug
    }
}

/// The site model that the render stage turns into pages.
#[derive(Debug, Clone)]
pub struct SiteModel {
    /// Published stories, newest first.
    pub articles: Vec<Placed>,
    /// Stories held back as drafts (for the build report).
    pub drafts: Vec<PathBuf>,
}

/// Places the stories. Fails, listing every collision, when two stories
/// would be written to the same page.
pub fn assemble(
    stories: Vec<Summarized>,
    config: &Config,
    drafts: bool,
) -> Result<SiteModel, Vec<Problem>> {
    let (mut published, held): (Vec<_>, Vec<_>) = stories
        .into_iter()
        .partition(|s| drafts || !s.cleaned.story.meta.draft);
    let mut by_key: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for s in &published {
        let key: String = s
            .cleaned
            .story
            .meta
            .slug
            .nfc()
            .collect::<String>()
            .to_lowercase();
        by_key
            .entry(key)
            .or_default()
            .push(s.cleaned.story.path.clone());
    }
    let problems: Vec<Problem> = by_key
        .iter()
        .filter(|(_, paths)| paths.len() > 1)
        .map(|(key, paths)| {
            let sources: Vec<_> = paths.iter().map(|p| p.display().to_string()).collect();
            Problem::new(
                &paths[0],
                format!(
                    "output path `articles/{key}/index.html` is produced by {}",
                    sources.join(" and ")
                ),
            )
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    // Newest first; undated stories last; ties broken by title then path,
    // so the order never depends on the order files were found in.
    published.sort_by(|a, b| {
        let (ma, mb) = (&a.cleaned.story.meta, &b.cleaned.story.meta);
        mb.date
            .cmp(&ma.date)
            .then_with(|| ma.title.cmp(&mb.title))
            .then_with(|| a.cleaned.story.path.cmp(&b.cleaned.story.path))
    });
    let articles = published
        .into_iter()
        .map(|story| {
            let path = article_path(&story.cleaned.story.meta.slug);
            Placed {
                url: format!("{}{path}", config.base_path()),
                permalink: format!("{}{path}", config.base_url),
                story,
            }
        })
        .collect();
    Ok(SiteModel {
        articles,
        drafts: held.into_iter().map(|s| s.cleaned.story.path).collect(),
    })
}

/// The folder of an article page, relative to the site root, ending in `/`.
pub fn article_path(slug: &str) -> String {
    format!("articles/{slug}/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::Cleaner;
    use crate::discover::{Format, SourceText};
    use std::path::Path;

    fn story(name: &str, front: &str) -> Summarized {
        let parsed = crate::parse::parse(&SourceText {
            path: Path::new("content").join(name),
            content_path: name.into(),
            format: Format::Markdown,
            text: format!("+++\n{front}\n+++\nSome news here.\n"),
            sidecar: None,
        })
        .unwrap();
        let cleaned = Cleaner::new(&[], &[]).unwrap().clean(parsed).unwrap();
        crate::summarize::summarize(cleaned, &Default::default())
    }

    fn config() -> Config {
        Config::from_toml(
            Path::new("/s"),
            Path::new("site.toml"),
            "title = \"T\"\nbase_url = \"https://e.org/news/\"\n",
        )
        .unwrap()
    }

    #[test]
    fn newest_first_with_urls_under_the_base_path() {
        let site = assemble(
            vec![
                story("a.md", "title = \"Old\"\ndate = 2024-09-01"),
                story("b.md", "title = \"New\"\ndate = 2024-09-05"),
                story("c.md", "title = \"Undated\""),
                story("d.md", "title = \"Draft\"\ndraft = true"),
            ],
            &config(),
            false,
        )
        .unwrap();
        let titles: Vec<_> = site
            .articles
            .iter()
            .map(|a| a.story.cleaned.story.meta.title.as_str())
            .collect();
        assert_eq!(titles, ["New", "Old", "Undated"]);
        assert_eq!(site.articles[0].url, "/news/articles/new/");
        assert_eq!(
            site.articles[0].permalink,
            "https://e.org/news/articles/new/"
        );
        assert_eq!(site.drafts, [Path::new("content/d.md")]);
    }

    #[test]
    fn colliding_slugs_are_reported_with_every_source() {
        let err = assemble(
            vec![
                story("a.md", "title = \"Brexit\""),
                story("b.md", "title = \"x\"\nslug = \"brexit\""),
                story("c.md", "title = \"y\"\nslug = \"Brexit\""),
            ],
            &config(),
            false,
        )
        .unwrap_err();
        assert_eq!(
            err[0].to_string(),
            "content/a.md: output path `articles/brexit/index.html` is produced by content/a.md and content/b.md and content/c.md"
        );
    }
}
