//! `site.toml`: read raw (unknown keys rejected), then validated once into a
//! [`Config`] that the rest of the pipeline trusts: folders resolved against
//! the site root, `base_url` parsed, limits checked.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::clean::{Category, Effect, Mode, RuleSpec, Scope, Then};

use crate::error::{Error, Position, Problem, Result};
use crate::fsx;

/// The name of the configuration file at a site's root.
pub const CONFIG_FILE: &str = "site.toml";

/// `site.toml` exactly as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: String,
    base_url: String,
    #[serde(default = "default_language")]
    language: String,
    #[serde(default = "default_content_dir")]
    content_dir: PathBuf,
    #[serde(default = "default_output_dir")]
    output_dir: PathBuf,
    #[serde(default)]
    build: BuildConfig,
    #[serde(default)]
    summary: SummaryConfig,
    #[serde(default)]
    feeds: FeedsConfig,
    #[serde(default)]
    search: SearchConfig,
    #[serde(default)]
    clean: RawCleanConfig,
    #[serde(default)]
    extra: toml::Table,
}

fn default_language() -> String {
    "en".into()
}
fn default_content_dir() -> PathBuf {
    "content".into()
}
fn default_output_dir() -> PathBuf {
    "public".into()
}

/// `[build]`: how the site is assembled.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BuildConfig {
    /// Stories per page on the front page.
    pub per_page: usize,
    /// Publish stories marked `draft = true`.
    pub drafts: bool,
    /// Stories larger than this many bytes are refused without being read.
    pub max_article_bytes: u64,
    /// Point the canonical link of a story with an `original_url` at that
    /// URL (for republished copy), rather than at its page here.
    pub canonical_to_original: bool,
}

impl Default for BuildConfig {
    fn default() -> Self {
        BuildConfig {
            per_page: 10,
            drafts: false,
            max_article_bytes: 8 * 1024 * 1024,
            canonical_to_original: false,
        }
    }
}

/// `[summary]`: the summary box.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SummaryConfig {
    /// How many key points to extract.
    pub points: usize,
    /// Reading speed used for `reading_minutes`.
    pub words_per_minute: usize,
}

impl Default for SummaryConfig {
    fn default() -> Self {
        SummaryConfig {
            points: 3,
            words_per_minute: 230,
        }
    }
}

/// `[feeds]`: Atom, RSS and JSON Feed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedsConfig {
    /// Items in each feed: the newest stories.
    pub limit: usize,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig { limit: 20 }
    }
}

/// `[search]`: the client-side search index.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SearchConfig {
    /// Build the index and the search page.
    pub enabled: bool,
    /// Stories in one shard of the index (see [`crate::search`]).
    pub stories_per_shard: usize,
    /// Stories whose result excerpts (Pagefind's fragments) share one file.
    pub fragments_per_file: usize,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            enabled: true,
            stories_per_shard: 1_000,
            fragments_per_file: 5,
        }
    }
}

/// `[clean]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawCleanConfig {
    disable: Vec<Spanned<String>>,
    learn_furniture: bool,
    rules: Vec<RawRule>,
}

/// One `[[clean.rules]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    pattern: Spanned<String>,
    #[serde(default)]
    category: Option<Category>,
    /// For people reading `site.toml`; accepted and not used.
    #[serde(default, rename = "description")]
    _description: Option<String>,
    #[serde(default)]
    mode: Mode,
    #[serde(default)]
    max_chars: Option<usize>,
    #[serde(default)]
    scope: Option<Spanned<String>>,
    #[serde(default)]
    effect: Option<Spanned<String>>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    folders: Vec<PathBuf>,
}

/// `[clean]`: the boilerplate cleaner, validated.
#[derive(Debug, Clone, Default)]
pub struct CleanConfig {
    /// Ids of built-in rules to switch off (all known).
    pub disable: Vec<String>,
    /// Remove lines that recur at the head or tail of many stories of one source.
    pub learn_furniture: bool,
    /// The site's own rules, regexes checked.
    pub rules: Vec<RuleSpec>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site root: the folder holding `site.toml`.
    pub root: PathBuf,
    /// Site title.
    pub title: String,
    /// One-line description of the site.
    pub description: String,
    /// Absolute URL of the site, always ending in `/`.
    pub base_url: url::Url,
    /// Language tag for `<html lang>`.
    pub language: String,
    /// Absolute path of the content folder.
    pub content_dir: PathBuf,
    /// Absolute path of the output folder.
    pub output_dir: PathBuf,
    /// `[build]`.
    pub build: BuildConfig,
    /// `[summary]`.
    pub summary: SummaryConfig,
    /// `[feeds]`.
    pub feeds: FeedsConfig,
    /// `[search]`.
    pub search: SearchConfig,
    /// `[clean]`.
    pub clean: CleanConfig,
    /// `[extra]`: free-form values passed to templates as `site.extra`.
    pub extra: toml::Table,
}

impl Config {
    /// Loads `site.toml` from `root`.
    pub fn load(root: &Path) -> Result<Config> {
        // `site.toml` rather than `./site.toml` in messages.
        let path = if root == Path::new(".") {
            PathBuf::from(CONFIG_FILE)
        } else {
            root.join(CONFIG_FILE)
        };
        if !path.is_file() {
            return Err(Error::Config(Problem::new(
                &path,
                "site.toml not found: run broadsheet in a site folder or pass --root",
            )));
        }
        let text = fsx::read_to_string(&path)?;
        Config::from_toml(root, &path, &text)
    }

    /// Loads `site.toml` from `root` when there is one, else the defaults
    /// (for `inspect` on a loose file).
    pub fn load_or_default(root: &Path) -> Result<Config> {
        if root.join(CONFIG_FILE).is_file() {
            Config::load(root)
        } else {
            Config::from_toml(
                root,
                &root.join(CONFIG_FILE),
                "title = \"Broadsheet\"\nbase_url = \"http://localhost/\"\n",
            )
        }
    }

    /// Parses and validates configuration text. `path` names it in errors.
    pub fn from_toml(root: &Path, path: &Path, text: &str) -> Result<Config> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let position = e.span().map(|span| Position::of_offset(text, span.start));
            Error::Config(Problem {
                path: path.to_path_buf(),
                position,
                message: e.message().trim().to_string(),
            })
        })?;
        let invalid = |message: String| Error::Config(Problem::new(path, message));

        let base_url = parse_base_url(&raw.base_url).map_err(invalid)?;
        if raw.build.per_page == 0 {
            return Err(invalid("[build] per_page must be at least 1".into()));
        }
        if raw.search.stories_per_shard == 0 {
            return Err(invalid(
                "[search] stories_per_shard must be at least 1".into(),
            ));
        }
        if raw.search.fragments_per_file == 0 {
            return Err(invalid(
                "[search] fragments_per_file must be at least 1".into(),
            ));
        }
        if raw.feeds.limit == 0 {
            return Err(invalid("[feeds] limit must be at least 1".into()));
        }
        if raw.summary.words_per_minute == 0 {
            return Err(invalid(
                "[summary] words_per_minute must be at least 1".into(),
            ));
        }
        let at = |span: std::ops::Range<usize>, message: String| {
            Error::Config(Problem::at(
                path,
                Position::of_offset(text, span.start),
                message,
            ))
        };
        let clean = validate_clean(raw.clean, &at)?;
        Ok(Config {
            root: root.to_path_buf(),
            title: raw.title,
            description: raw.description,
            base_url,
            language: raw.language,
            content_dir: root.join(raw.content_dir),
            output_dir: root.join(raw.output_dir),
            build: raw.build,
            summary: raw.summary,
            feeds: raw.feeds,
            search: raw.search,
            clean,
            extra: raw.extra,
        })
    }

    /// The path part of `base_url` (`/` or `/news/`): the prefix of every
    /// internal link.
    pub fn base_path(&self) -> &str {
        self.base_url.path()
    }

    /// Replaces `base_url` (for `build --base-url`).
    pub fn set_base_url(&mut self, url: &str) -> Result<()> {
        self.base_url = parse_base_url(url)
            .map_err(|message| Error::Usage(format!("--base-url: {message}")))?;
        Ok(())
    }
}

/// An absolute http(s) URL, with a trailing `/` and no query or fragment.
fn parse_base_url(text: &str) -> Result<url::Url, String> {
    let mut url = url::Url::parse(text)
        .map_err(|e| format!("base_url '{text}' is not an absolute URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
        return Err(format!("base_url '{text}' must be an http or https URL"));
    }
    if !url.path().ends_with('/') {
        let with_slash = format!("{}/", url.path());
        url.set_path(&with_slash);
    }
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

/// Checks `[clean]`: disabled ids exist, site rules have unique ids, valid
/// regexes and scopes. Errors point at the offending value.
fn validate_clean(
    raw: RawCleanConfig,
    at: &dyn Fn(std::ops::Range<usize>, String) -> Error,
) -> Result<CleanConfig> {
    let builtin = |id: &str| crate::clean::rules::BUILTIN.iter().any(|r| r.id == id);
    let mut disable = Vec::new();
    for id in raw.disable {
        if !builtin(id.get_ref()) && id.get_ref() != crate::clean::DUPLICATE_RULE {
            return Err(at(
                id.span(),
                format!(
                    "[clean] disable: no built-in rule has the id '{}'",
                    id.get_ref()
                ),
            ));
        }
        disable.push(id.into_inner());
    }
    let mut rules: Vec<RuleSpec> = Vec::new();
    for rule in raw.rules {
        let id = rule.id.get_ref();
        let reserved = builtin(id)
            || id == crate::clean::DUPLICATE_RULE
            || id == crate::clean::furniture::RULE;
        if id.trim().is_empty() || reserved || rules.iter().any(|r| r.id == id.as_str()) {
            return Err(at(
                rule.id.span(),
                format!("rule id '{id}' is empty or already taken"),
            ));
        }
        if let Err(e) = regex::Regex::new(rule.pattern.get_ref()) {
            return Err(at(rule.pattern.span(), format!("rule '{id}': {e}")));
        }
        let scope = match &rule.scope {
            Some(s) => {
                Scope::parse(s.get_ref()).map_err(|e| at(s.span(), format!("rule '{id}': {e}")))?
            }
            None => Scope::Anywhere,
        };
        let effect = match rule.effect.as_ref().map(|e| (e, e.get_ref().as_str())) {
            None | Some((_, "none")) => Effect::Nothing,
            Some((_, "credit")) => Effect::Credit,
            Some((_, "syndicated")) => Effect::Syndicated,
            Some((e, other)) => {
                return Err(at(
                    e.span(),
                    format!("rule '{id}': effect '{other}' is not one of none, credit, syndicated"),
                ));
            }
        };
        rules.push(RuleSpec {
            id: rule.id.into_inner().into(),
            category: rule.category.unwrap_or(Category::Custom),
            pattern: rule.pattern.into_inner().into(),
            mode: rule.mode,
            max_chars: rule.max_chars,
            scope,
            effect,
            guarded: false,
            then: Then::Nothing,
            sources: rule.sources,
            folders: rule.folders,
        });
    }
    Ok(CleanConfig {
        disable,
        learn_furniture: raw.learn_furniture,
        rules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::from_toml(Path::new("/site"), Path::new("site.toml"), text)
    }

    #[test]
    fn defaults_fill_missing_sections() {
        let c = parse("title = \"T\"\nbase_url = \"https://example.org/news\"\n").unwrap();
        assert_eq!(c.base_url.as_str(), "https://example.org/news/");
        assert_eq!(c.base_path(), "/news/");
        assert_eq!(c.content_dir, Path::new("/site/content"));
        assert_eq!(c.output_dir, Path::new("/site/public"));
        assert_eq!(c.summary.points, 3);
        assert_eq!(c.build.per_page, 10);
        assert_eq!(c.language, "en");
    }

    #[test]
    fn unknown_key_is_rejected_with_its_line() {
        let err = parse("title = \"T\"\nbase_url = \"https://e.org/\"\ntilte = 1\n").unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("site.toml:3:1: unknown field `tilte`"),
            "{text}"
        );
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn unknown_key_in_a_section_is_rejected() {
        let err = parse("title = \"T\"\nbase_url = \"https://e.org/\"\n[summary]\npionts = 2\n")
            .unwrap_err();
        assert!(err.to_string().contains("unknown field `pionts`"), "{err}");
    }

    #[test]
    fn relative_base_url_is_rejected() {
        let err = parse("title = \"T\"\nbase_url = \"/news/\"\n").unwrap_err();
        assert!(err.to_string().contains("not an absolute URL"), "{err}");
    }

    #[test]
    fn site_rules_are_validated_with_their_line() {
        let base = "title = \"T\"\nbase_url = \"https://e.org/\"\n";
        let ok = parse(&format!(
            "{base}[clean]\ndisable = [\"promo-watch\"]\n[[clean.rules]]\nid = \"footer\"\npattern = \"^Subscribe.*$\"\nscope = \"last:2\"\nsources = [\"Courier\"]\n"
        ))
        .unwrap();
        assert_eq!(ok.clean.disable, ["promo-watch"]);
        assert_eq!(ok.clean.rules[0].scope, Scope::Last(2));
        assert_eq!(ok.clean.rules[0].category, Category::Custom);

        let bad_regex = parse(&format!(
            "{base}[[clean.rules]]\nid = \"x\"\npattern = \"(unclosed\"\n"
        ))
        .unwrap_err();
        assert!(
            bad_regex
                .to_string()
                .starts_with("site.toml:5:11: rule 'x': regex parse error"),
            "{bad_regex}"
        );
        assert_eq!(bad_regex.exit_code(), 2);
        let unknown = parse(&format!("{base}[clean]\ndisable = [\"nope\"]\n")).unwrap_err();
        assert!(
            unknown
                .to_string()
                .starts_with("site.toml:4:12: [clean] disable: no built-in rule"),
            "{unknown}"
        );
        let taken = parse(&format!(
            "{base}[[clean.rules]]\nid = \"promo-read-more\"\npattern = \"x\"\n"
        ))
        .unwrap_err();
        assert!(taken.to_string().contains("already taken"), "{taken}");
        let scope = parse(&format!(
            "{base}[[clean.rules]]\nid = \"y\"\npattern = \"x\"\nscope = \"middle\"\n"
        ))
        .unwrap_err();
        assert!(
            scope
                .to_string()
                .starts_with("site.toml:6:9: rule 'y': scope 'middle'"),
            "{scope}"
        );
    }

    #[test]
    fn base_url_override_keeps_a_trailing_slash() {
        let mut c = parse("title = \"T\"\nbase_url = \"https://e.org/\"\n").unwrap();
        c.set_base_url("https://preview.example.net/pr-7").unwrap();
        assert_eq!(c.base_path(), "/pr-7/");
    }
}
