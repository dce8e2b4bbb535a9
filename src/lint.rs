//! Lint: what `broadsheet check` warns about beyond the errors a build
//! stops on. Stories without a date or a headline of their own, paragraphs
//! that look like clutter although no rule removed them, tags that share a
//! topic page, and links to pages the site does not have. Each warning names the file and, where it can,
//! the line.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::assemble::SiteModel;
use crate::config::Config;
use crate::error::{Position, Problem};
use crate::parse::BlockKind;

/// Warnings about the stories themselves: no date, a headline made up from
/// the lede, paragraphs that look like clutter.
pub fn story_warnings(model: &SiteModel) -> Vec<Problem> {
    let mut warnings = Vec::new();
    for placed in &model.articles {
        let story = &placed.story.cleaned.story;
        if story.meta.date.is_none() {
            warnings.push(Problem::new(
                &story.path,
                "no date (front matter `date`, a sidecar or a YYYY-MM-DD- file name): the story is in no digest, feed or news sitemap",
            ));
        }
        if story.meta.title_derived {
            warnings.push(Problem::new(
                &story.path,
                format!(
                    "no headline: made one from the lede (\"{}\"); give the story a `title`",
                    story.meta.title
                ),
            ));
        }
        for block in story.blocks.iter().skip(1) {
            if block.kind == BlockKind::Paragraph && looks_like_clutter(&block.text) {
                warnings.push(Problem::at(
                    &story.path,
                    Position::line(block.line),
                    format!(
                        "looks like clutter, but no cleaning rule removed it: \"{}\"; if it is, add a [[clean.rules]] entry to site.toml",
                        shorten(&block.text)
                    ),
                ));
            }
        }
    }
    warnings
}

/// Tags that differ by more than case but share a topic page (`C++` and
/// `c` both make `tags/c/`): a warning on each story that spells the topic
/// differently from the first story that used it.
pub fn tag_clashes(model: &SiteModel) -> Vec<Problem> {
    let mut first: BTreeMap<String, (String, &std::path::Path)> = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut warned: BTreeSet<(&std::path::Path, String)> = BTreeSet::new();
    for placed in &model.articles {
        let story = &placed.story.cleaned.story;
        for name in &story.meta.tags {
            let slug = crate::assemble::tag_slug(name);
            let (spelling, path) = first
                .entry(slug.clone())
                .or_insert_with(|| (name.clone(), &story.path));
            if spelling.to_lowercase() != name.to_lowercase()
                && warned.insert((&story.path, name.clone()))
            {
                warnings.push(Problem::new(
                    &story.path,
                    format!(
                        "tag '{name}' shares the page tags/{slug}/ with the tag '{spelling}' of {}: they are one topic",
                        path.display()
                    ),
                ));
            }
        }
    }
    warnings
}

/// Calls to action and furniture that the built-in rules do not cover in
/// this form: a short paragraph that asks the reader to do something other
/// than read the story, or that is only a link.
static CLUTTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?: subscribe | newsletter | sign\ up | follow\ us | click\ here | tap\ here
            | download\ (?:the|our)\ app | read\ more | also\ read | read\ also
            | watch\ (?:the\ )?video | share\ (?:this|on) | advertisement | sponsored\ content
            | all\ rights\ reserved | copyright | whatsapp\ channel | telegram\ channel )\b
        | ©
        | ^\s*(?:https?://|www\.)\S+\s*$",
    )
    .expect("a valid pattern")
});

/// Most words in a paragraph that may be reported as clutter: longer ones
/// are news that mentions a newsletter.
const CLUTTER_WORDS: usize = 25;

fn looks_like_clutter(text: &str) -> bool {
    crate::text::word_count(text) <= CLUTTER_WORDS && CLUTTER.is_match(text)
}

fn shorten(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// The `href` and `src` values of an HTML page, unescaped.
pub fn links(html: &str) -> Vec<String> {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?:href|src)="([^"]*)""#).expect("a valid pattern"));
    let mut links: Vec<String> = LINK
        .captures_iter(html)
        .map(|caps| caps[1].replace("&amp;", "&"))
        .collect();
    links.sort();
    links.dedup();
    links
}

/// A rendered page for the link check: its output path, what made it (a
/// story file or a template) and its links.
pub type PageLinks = (String, String, Vec<String>);

/// Links to pages that do not exist. `outputs` is every path the build
/// writes; folders in `reserved` (the search bundle) count as existing
/// whole.
pub fn broken_links(
    config: &Config,
    model: &SiteModel,
    pages: &[PageLinks],
    outputs: &HashSet<String>,
    reserved: &[String],
) -> Vec<Problem> {
    let base = &config.base_url;
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    let mut problems = Vec::new();
    for (path, origin, hrefs) in pages {
        let folder = path.strip_suffix("index.html").unwrap_or(path);
        let Ok(page_url) = base.join(folder) else {
            continue;
        };
        for href in hrefs {
            let Ok(target) = page_url.join(href) else {
                continue;
            };
            let exists = |local: &str| {
                let local = local.split(['#', '?']).next().unwrap_or("");
                let local = percent_encoding::percent_decode_str(local).decode_utf8_lossy();
                outputs.contains(local.as_ref())
                    || outputs.contains(&format!("{}index.html", with_slash(&local)))
                    || reserved.iter().any(|r| local.starts_with(r.as_str()))
            };
            let wrong = match target.as_str().strip_prefix(base.as_str()) {
                Some(local) if !exists(local) => {
                    format!("link to a page that does not exist: {href}")
                }
                Some(_) => continue,
                // `/articles/x/` on a site at `/news/`: one of its pages,
                // linked without the base path, which leaves the site.
                None if target.origin() == base.origin()
                    && exists(target.path().trim_start_matches('/')) =>
                {
                    format!(
                        "link without the site's base path: {href} (the page is {}{})",
                        base.path(),
                        target.path().trim_start_matches('/')
                    )
                }
                None => continue,
            };
            if !seen.insert((origin.clone(), href.clone())) {
                continue;
            }
            let story = model
                .articles
                .iter()
                .map(|a| &a.story.cleaned.story)
                .find(|s| s.path.display().to_string() == *origin);
            // Where the story writes the link: as a Markdown or an HTML
            // link first (`/x/` is also in `/news/x/`).
            let written = |body: &str| {
                [format!("]({href}"), format!("=\"{href}\"")]
                    .iter()
                    .find_map(|form| body.find(form.as_str()))
                    .or_else(|| body.find(href.as_str()))
            };
            let problem = match story.and_then(|s| written(&s.body).map(|at| (s, at))) {
                Some((story, at)) => Problem::at(
                    &story.path,
                    Position::line(story.body_line + story.body[..at].matches('\n').count()),
                    wrong,
                ),
                None => Problem::new(origin, format!("{wrong} (on /{folder})")),
            };
            problems.push(problem);
        }
    }
    problems
}

fn with_slash(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clutter_is_short_and_calls_to_action() {
        for text in [
            "Subscribe to our morning newsletter for more.",
            "Follow us on Mastodon for live updates",
            "https://example.com/live/12345",
            "© Port Amsel Courier 2024",
            "Click here to watch the full interview",
        ] {
            assert!(looks_like_clutter(text), "{text}");
        }
        for text in [
            "The council said 300 people signed up for the evacuation scheme on Tuesday.",
            "Residents who subscribe to the city's flood alerts received a warning at 5 a.m., hours before the river burst its banks and flooded the lower town.",
            "The minister read the statement aloud.",
        ] {
            assert!(!looks_like_clutter(text), "{text}");
        }
    }
}
