//! Assemble: turn the summarized stories into the site model: drafts and
//! scheduled stories set aside, URLs given, newest first, output paths
//! checked for collisions (compared lowercased and NFC, as case-insensitive
//! file systems see them), and the listings built: daily digests, topics
//! and related stories.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;
use rayon::slice::ParallelSliceMut;
use unicode_normalization::UnicodeNormalization;

use crate::config::Config;
use crate::error::Problem;
use crate::related;
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
    /// Whether it appears in listings, digests, topics and feeds (false once
    /// it has expired; its page stays so that links to it keep working).
    pub listed: bool,
    /// Its topics that have a page, each once: `(the tag as the story
    /// spells it, its slug)`. A topic whose only stories have expired has
    /// no page, and `C++` and `c` share one.
    pub topics: Vec<(String, String)>,
}

impl Placed {
    /// The story's slug.
    pub fn slug(&self) -> &str {
        &self.story.cleaned.story.meta.slug
    }
}

/// The stories of one day.
#[derive(Debug, Clone)]
pub struct Digest {
    /// The day, as the stories' own datelines give it.
    pub date: Date,
    /// Indices into [`SiteModel::articles`], newest first.
    pub articles: Vec<usize>,
}

/// A topic.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The tag as most of its stories spell it.
    pub name: String,
    /// Its URL segment: `tags/<slug>/`.
    pub slug: String,
    /// Indices into [`SiteModel::articles`], newest first.
    pub articles: Vec<usize>,
}

/// Which stories a build publishes.
#[derive(Debug, Clone, Copy)]
pub struct Selection {
    /// Publish drafts too.
    pub drafts: bool,
    /// Publish stories dated after `now` too.
    pub future: bool,
    /// The build's clock: stories dated later are held back, stories that
    /// expire earlier leave the listings.
    pub now: Timestamp,
}

/// The site model that the render stage turns into pages.
#[derive(Debug, Clone)]
pub struct SiteModel {
    /// Published stories, newest first: each has a page.
    pub articles: Vec<Placed>,
    /// Indices of the listed stories (not expired), newest first.
    pub listed: Vec<usize>,
    /// Daily digests, newest day first.
    pub digests: Vec<Digest>,
    /// Topics, by slug.
    pub tags: Vec<Tag>,
    /// Related stories of each article (indices), best first.
    pub related: Vec<Vec<usize>>,
    /// Stories held back as drafts (for the build report).
    pub drafts: Vec<PathBuf>,
    /// Stories held back until their date (for the build report).
    pub scheduled: Vec<PathBuf>,
    /// The build's clock.
    pub now: Timestamp,
}

impl SiteModel {
    /// The listed stories, newest first.
    pub fn listed(&self) -> impl Iterator<Item = &Placed> + '_ {
        self.listed.iter().map(|&i| &self.articles[i])
    }
}

/// Places the stories. Fails, listing every problem, when two stories
/// would be written to the same page or a tag has no usable URL.
pub fn assemble(
    stories: Vec<Summarized>,
    config: &Config,
    selection: Selection,
) -> Result<SiteModel, Vec<Problem>> {
    let mut drafts = Vec::new();
    // (slug, path): a scheduled story's page is checked against the others
    // now, not on the day it would be published (by a build nobody watches).
    let mut scheduled: Vec<(String, PathBuf)> = Vec::new();
    let mut published = Vec::with_capacity(stories.len());
    for story in stories {
        let meta = &story.cleaned.story.meta;
        if meta.draft && !selection.drafts {
            drafts.push(story.cleaned.story.path);
        } else if !selection.future && meta.date.is_some_and(|d| d.timestamp > selection.now) {
            scheduled.push((meta.slug.clone(), story.cleaned.story.path));
        } else {
            published.push(story);
        }
    }
    let mut problems = slug_collisions(
        published
            .iter()
            .map(|s| (s.cleaned.story.meta.slug.as_str(), &s.cleaned.story.path))
            .chain(scheduled.iter().map(|(slug, path)| (slug.as_str(), path))),
    );
    // Newest first; undated stories last; ties broken by title then path,
    // so the order never depends on the order files were found in. (In
    // parallel: at 100,000 stories this sort was a quarter of a second on
    // one core, moving whole stories.)
    published.par_sort_by(|a, b| {
        let (ma, mb) = (&a.cleaned.story.meta, &b.cleaned.story.meta);
        mb.date
            .cmp(&ma.date)
            .then_with(|| ma.title.cmp(&mb.title))
            .then_with(|| a.cleaned.story.path.cmp(&b.cleaned.story.path))
    });
    let mut articles: Vec<Placed> = published
        .into_iter()
        .map(|story| {
            let path = article_path(&story.cleaned.story.meta.slug);
            let listed = story
                .cleaned
                .story
                .meta
                .expires
                .is_none_or(|e| e.timestamp > selection.now);
            Placed {
                url: format!("{}{path}", config.base_path()),
                permalink: format!("{}{path}", config.base_url),
                listed,
                story,
                topics: Vec::new(),
            }
        })
        .collect();
    let listed: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].listed)
        .collect();
    let tags = match tags(&articles, &listed) {
        Ok(tags) => tags,
        Err(more) => {
            problems.extend(more);
            Vec::new()
        }
    };
    let with_page: BTreeSet<&str> = tags.iter().map(|t| t.slug.as_str()).collect();
    for article in &mut articles {
        let mut topics: Vec<(String, String)> = Vec::new();
        for name in &article.story.cleaned.story.meta.tags {
            let slug = tag_slug(name);
            if with_page.contains(slug.as_str()) && topics.iter().all(|(_, s)| *s != slug) {
                topics.push((name.clone(), slug));
            }
        }
        article.topics = topics;
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let related = related::related(&articles, &listed);
    Ok(SiteModel {
        digests: digests(&articles, &listed),
        tags,
        related,
        listed,
        articles,
        drafts,
        scheduled: scheduled.into_iter().map(|(_, path)| path).collect(),
        now: selection.now,
    })
}

/// Every pair of stories, given by `(slug, path)`, whose pages would share
/// a path.
fn slug_collisions<'a>(stories: impl Iterator<Item = (&'a str, &'a PathBuf)>) -> Vec<Problem> {
    let mut by_key: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for (slug, path) in stories {
        let key: String = slug.nfc().collect::<String>().to_lowercase();
        by_key.entry(key).or_default().push(path.clone());
    }
    by_key
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
        .collect()
}

/// The listed stories grouped by the day of their dateline, newest day
/// first. Undated stories are in no digest.
fn digests(articles: &[Placed], listed: &[usize]) -> Vec<Digest> {
    let mut days: BTreeMap<Date, Vec<usize>> = BTreeMap::new();
    for &i in listed {
        if let Some(date) = articles[i].story.cleaned.story.meta.date {
            days.entry(date.civil().date()).or_default().push(i);
        }
    }
    days.into_iter()
        .rev()
        .map(|(date, articles)| Digest { date, articles })
        .collect()
}

/// The topics of the listed stories. Spellings that share a URL (`Climate`,
/// `climate`) are one topic, named as most of its stories spell it.
fn tags(articles: &[Placed], listed: &[usize]) -> Result<Vec<Tag>, Vec<Problem>> {
    let mut by_slug: BTreeMap<String, (Vec<usize>, BTreeMap<&str, usize>)> = BTreeMap::new();
    let mut problems = Vec::new();
    for &i in listed {
        let story = &articles[i].story.cleaned.story;
        for name in &story.meta.tags {
            let slug = tag_slug(name);
            if slug.is_empty() {
                problems.push(Problem::new(
                    &story.path,
                    format!("tag '{name}' has no letter or digit to make its URL from"),
                ));
                continue;
            }
            let (members, spellings) = by_slug.entry(slug).or_default();
            if members.last() != Some(&i) {
                members.push(i);
            }
            *spellings.entry(name.as_str()).or_default() += 1;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(by_slug
        .into_iter()
        .map(|(slug, (articles, spellings))| {
            let name = spellings
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            Tag {
                name,
                slug,
                articles,
            }
        })
        .collect())
}

/// The URL segment of a tag.
pub fn tag_slug(name: &str) -> String {
    slug::slugify(name)
}

/// The folder of an article page, relative to the site root, ending in `/`.
pub fn article_path(slug: &str) -> String {
    format!("articles/{slug}/")
}

/// The folder of a tag's pages, relative to the site root, ending in `/`.
pub fn tag_path(slug: &str) -> String {
    format!("tags/{slug}/")
}

/// The folder of a digest page, relative to the site root, ending in `/`.
pub fn digest_path(date: Date) -> String {
    format!("digest/{date}/")
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
            inherited: None,
        })
        .unwrap();
        let cleaned = Cleaner::new(&[], &[]).unwrap().clean(parsed).unwrap();
        crate::summarize::summarize(cleaned, &Default::default())
    }

    fn everything() -> Selection {
        Selection {
            drafts: false,
            future: false,
            now: "2030-01-01T00:00:00Z".parse().unwrap(),
        }
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
            everything(),
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
            everything(),
        )
        .unwrap_err();
        assert_eq!(
            err[0].to_string(),
            "content/a.md: output path `articles/brexit/index.html` is produced by content/a.md and content/b.md and content/c.md"
        );
    }
}
