//! Scaffold: `broadsheet init DIR` (a minimal site that builds at once) and
//! `broadsheet new "Headline"` (a dated story in the content folder). Both
//! refuse to overwrite anything.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};
use crate::fsx;

/// Writes a new story with front matter into the content folder of the
/// site at `root`, named `YYYY-MM-DD-<slug>.md` by `now`. Returns its path.
pub fn new_story(root: &Path, headline: &str, now: Timestamp) -> Result<PathBuf> {
    let headline = headline.trim();
    if headline.is_empty() {
        return Err(Error::Usage("the headline is empty".into()));
    }
    let config = Config::load(root)?;
    let slug = crate::parse::slugify(headline);
    if slug.is_empty() {
        return Err(Error::Usage(format!(
            "the headline '{headline}' has no letter or digit to make a file name from"
        )));
    }
    let now = whole_seconds(now);
    let date = now.strftime("%Y-%m-%d");
    let path = config.content_dir.join(format!("{date}-{slug}.md"));
    write_new(&path, &story(headline, now, &["news"]))?;
    Ok(path)
}

/// Writes a minimal site into `dir` (made if missing): `site.toml` and a
/// first story. Refuses a folder that already holds a `site.toml`.
pub fn init(dir: &Path, now: Timestamp) -> Result<Vec<PathBuf>> {
    let config = dir.join(CONFIG_FILE);
    if config.exists() {
        return Err(Error::Usage(format!(
            "{} already exists: init makes new sites only",
            config.display()
        )));
    }
    let name = std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|n| !n.is_empty() && n != ".")
        .unwrap_or_else(|| "My news site".into());
    let now = whole_seconds(now);
    let welcome = dir.join("content").join(format!(
        "{}-welcome-to-broadsheet.md",
        now.strftime("%Y-%m-%d")
    ));
    write_new(&config, &site_toml(&name))?;
    write_new(&welcome, &welcome_story(now))?;
    Ok(vec![config, welcome])
}

fn whole_seconds(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// Creates `path` with `text`, failing if it exists.
fn write_new(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        fsx::create_dir_all(parent)?;
    }
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                Error::Usage(format!("{} already exists", path.display()))
            }
            _ => Error::io(path, e),
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(path, e))
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn story(headline: &str, now: Timestamp, tags: &[&str]) -> String {
    let tags: Vec<String> = tags.iter().map(|t| toml_string(t)).collect();
    format!(
        "+++\ntitle = {}\ndate = {now}\ntags = [{}]\n# source = \"\"\n# author = \"\"\n# description = \"\"\n+++\n\nWrite the lede here: who, what, where and when, in one sentence.\n\nThen the rest of the story, a paragraph per idea.\n",
        toml_string(headline),
        tags.join(", ")
    )
}

fn welcome_story(now: Timestamp) -> String {
    format!(
        "+++\ntitle = \"Welcome to Broadsheet\"\ndate = {now}\ntags = [\"news\"]\n+++\n\nThis site was made by `broadsheet init` and built by `broadsheet build`, which turned this Markdown file into an article page, a card on the front page, a daily digest, a topic page, feeds and sitemaps.\n\nAdd stories to the `content` folder: Markdown files with TOML front matter like this one, or plain-text wire stories. `broadsheet new \"Headline\"` starts one for you, and `broadsheet serve` shows the site as you write, reloading the page on every save.\n\nBroadsheet strips syndication clutter such as promo lines and agency credits, and writes a summary box of key points for every story.\n"
    )
}

fn site_toml(name: &str) -> String {
    format!(
        "# Broadsheet site settings: every key is in the README.\ntitle = {}\ndescription = \"\"\n# The address the site will be published at (a sub-path such as\n# https://example.org/news/ works too).\nbase_url = \"https://example.org/\"\nlanguage = \"en\"\n\n[build]\nper_page = 10\n\n[summary]\npoints = 3\n\n[feeds]\nlimit = 20\n",
        toml_string(name)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2024-09-03T15:00:00.5Z".parse().unwrap()
    }

    #[test]
    fn init_then_new_make_a_site_that_loads() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("desk");
        let files = init(&site, now()).unwrap();
        assert_eq!(files.len(), 2);
        assert!(
            site.join("content/2024-09-03-welcome-to-broadsheet.md")
                .is_file()
        );
        Config::load(&site).unwrap();
        let story = new_story(&site, "Harbour strike: \"talks stall\"", now()).unwrap();
        assert_eq!(
            story,
            site.join("content/2024-09-03-harbour-strike-talks-stall.md")
        );
        let text = std::fs::read_to_string(&story).unwrap();
        assert!(
            text.contains("title = 'Harbour strike: \"talks stall\"'"),
            "{text}"
        );
        assert!(text.contains("date = 2024-09-03T15:00:00Z"), "{text}");
    }

    #[test]
    fn nothing_is_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), now()).unwrap();
        assert!(init(dir.path(), now()).is_err());
        new_story(dir.path(), "Same", now()).unwrap();
        let err = new_story(dir.path(), "Same", now()).unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        assert!(new_story(dir.path(), " !! ", now()).is_err());
    }
}
