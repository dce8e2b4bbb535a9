//! Discover: walk the content folder (walkdir, sorted, symlinks not
//! followed) and read every story. This is one of the pipeline's two I/O
//! ends: it turns files into [`SourceText`] values and static files into
//! [`StaticFile`] paths, and reports every unreadable or malformed file
//! rather than skipping it.
//!
//! - `*.md` and `*.txt` are stories; a `NAME.toml` beside `NAME.txt` is that
//!   story's sidecar front matter.
//! - An `_index.md` holds defaults for the stories in its folder and the
//!   folders below it ([`Inherited`]).
//! - Other files and folders whose names start with `.` or `_` are skipped.
//! - Anything else is a static file, copied as it is.

use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Error, Position, Problem, Result};
use crate::fsx;
use crate::parse::FolderDefaults;

/// The format of a story file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Markdown with `+++` TOML front matter.
    Markdown,
    /// A plain-text wire story, front matter optional.
    Text,
}

/// A story file as read from disk: decoded, BOM stripped, line endings
/// normalized to `\n`.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path relative to the site root (for messages).
    pub path: PathBuf,
    /// Path relative to the content folder (for dates in file names).
    pub content_path: PathBuf,
    /// The story's format.
    pub format: Format,
    /// The file's text.
    pub text: String,
    /// A sidecar `NAME.toml` holding front matter for a `.txt` story:
    /// its path relative to the site root, and its text.
    pub sidecar: Option<(PathBuf, String)>,
    /// Defaults from `_index.md` files above the story, if any.
    pub inherited: Option<Arc<Inherited>>,
}

/// The defaults a story takes from the `_index.md` files of its folder and
/// the folders above it, up to the content folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Inherited {
    /// Each `_index.md`, outermost first: its path relative to the site
    /// root, and its text (for the story's cache key).
    pub files: Vec<(PathBuf, String)>,
    /// Their defaults, the nearest folder's winning.
    pub defaults: FolderDefaults,
}

/// A file that is copied to the output as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    /// Absolute path of the source.
    pub source: PathBuf,
    /// Path relative to the content folder, which is also its output path.
    pub content_path: PathBuf,
}

/// A warning about a file that was deliberately not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// Why it was skipped.
    pub reason: String,
}

/// Everything found under the content folder.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Story files, in path order.
    pub stories: Vec<SourceText>,
    /// Static files, in path order.
    pub statics: Vec<StaticFile>,
    /// Files deliberately not used (symlinks), for the build report.
    pub skipped: Vec<Skipped>,
    /// Files that could not be used: unreadable, not UTF-8, too large, with
    /// unsafe names. The build fails on them after checking everything else.
    pub problems: Vec<Problem>,
}

/// The story format a file name asks for (extension compared without case).
pub fn story_format(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" => Some(Format::Markdown),
        "txt" => Some(Format::Text),
        _ => None,
    }
}

/// Walks `content_dir` and reads every story. `root` is the site root that
/// paths in messages are relative to. Problems with single files are
/// collected in [`Discovered::problems`]; only a missing content folder
/// fails at once.
pub fn discover(root: &Path, content_dir: &Path, max_bytes: u64) -> Result<Discovered> {
    if !content_dir.is_dir() {
        return Err(Error::Content(vec![Problem::new(
            relative(root, content_dir),
            "content folder not found",
        )]));
    }
    let mut found = Discovered::default();
    let mut to_read = Vec::new();
    // Story files without their extension, and the other files.
    let mut stems = std::collections::HashSet::new();
    let mut others = Vec::new();
    let walker = walkdir::WalkDir::new(content_dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !is_hidden(e.file_name())
                || (e.file_name() == FOLDER_DEFAULTS && !e.file_type().is_dir())
        });
    // Each folder's `_index.md`, by folder (relative to the content folder).
    let mut folders: HashMap<PathBuf, IndexFile> = HashMap::new();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| content_dir.to_path_buf(), Path::to_path_buf);
                found
                    .problems
                    .push(Problem::new(relative(root, &path), walk_message(&e)));
                continue;
            }
        };
        let path = entry.path();
        let shown = relative(root, path);
        let file_type = entry.file_type();
        if file_type.is_symlink() {
            found.skipped.push(Skipped {
                path: shown,
                reason: "symbolic link not followed".into(),
            });
            continue;
        }
        if !file_type.is_file() {
            continue;
        }
        let content_path = path.strip_prefix(content_dir).unwrap_or(path).to_path_buf();
        let Some(name) = content_path.to_str() else {
            found.problems.push(Problem::new(
                shown,
                format!(
                    "file name is not valid UTF-8: {}",
                    content_path.to_string_lossy()
                ),
            ));
            continue;
        };
        if entry.file_name() == FOLDER_DEFAULTS {
            match read_index(root, path, max_bytes) {
                Ok(index) => {
                    let folder = content_path.parent().unwrap_or(Path::new("")).to_path_buf();
                    folders.insert(folder, index);
                }
                Err(problem) => found.problems.push(problem),
            }
            continue;
        }
        let Some(format) = story_format(path) else {
            let published = crate::write::OutputPath::new(&name.replace('\\', "/"));
            others.push((path.to_path_buf(), content_path, shown, published));
            continue;
        };
        stems.insert(path.with_extension(""));
        to_read.push((path.to_path_buf(), content_path, format));
    }
    // A `NAME.toml` beside a story `NAME.md` or `NAME.txt` is its sidecar
    // (read with the story); any other file is published as it is.
    for (source, content_path, shown, published) in others {
        if is_toml(&source) && stems.contains(&source.with_extension("")) {
            continue;
        }
        match published {
            Ok(_) => found.statics.push(StaticFile {
                source,
                content_path,
            }),
            Err(why) => found
                .problems
                .push(Problem::new(shown, format!("cannot be published: {why}"))),
        }
    }
    // Reading is most of the work: in parallel, in walk order.
    let mut inherited = HashMap::new();
    let to_read: Vec<_> = to_read
        .into_iter()
        .map(|(path, content_path, format)| {
            let folder = content_path.parent().unwrap_or(Path::new("")).to_path_buf();
            let from = inherited
                .entry(folder)
                .or_insert_with_key(|folder| inherit(&folders, folder))
                .clone();
            (path, content_path, format, from)
        })
        .collect();
    let read: Vec<std::result::Result<SourceText, Problem>> = to_read
        .into_par_iter()
        .map(|(path, content_path, format, inherited)| {
            read_source(root, &path, content_path, format, max_bytes)
                .map(|story| SourceText { inherited, ..story })
        })
        .collect();
    for story in read {
        match story {
            Ok(story) => found.stories.push(story),
            Err(problem) => found.problems.push(problem),
        }
    }
    Ok(found)
}

/// The name of a folder's defaults file.
const FOLDER_DEFAULTS: &str = "_index.md";

/// A folder's `_index.md`, read.
struct IndexFile {
    /// Its path relative to the site root.
    path: PathBuf,
    text: String,
    defaults: FolderDefaults,
}

/// Reads and checks the `_index.md` at `path`.
fn read_index(root: &Path, path: &Path, max_bytes: u64) -> Result<IndexFile, Problem> {
    let shown = relative(root, path);
    let text = read_story(root, path, max_bytes)?;
    let defaults = crate::parse::folder_defaults(&shown, &text)?;
    Ok(IndexFile {
        path: shown,
        text,
        defaults,
    })
}

/// What a story in `folder` (relative to the content folder) takes from the
/// `_index.md` files of that folder and those above it.
fn inherit(folders: &HashMap<PathBuf, IndexFile>, folder: &Path) -> Option<Arc<Inherited>> {
    // (`ancestors` ends with the empty path: the content folder itself.)
    let mut chain: Vec<&IndexFile> = folder.ancestors().filter_map(|f| folders.get(f)).collect();
    chain.reverse();
    let (outermost, nearer) = chain.split_first()?;
    let defaults = nearer
        .iter()
        .fold(outermost.defaults.clone(), |outer, index| {
            outer.under(&index.defaults)
        });
    Some(Arc::new(Inherited {
        files: chain
            .iter()
            .map(|index| (index.path.clone(), index.text.clone()))
            .collect(),
        defaults,
    }))
}

/// Reads one story file as [`discover`] reads it in a site whose content
/// folder is `content_dir` (for `inspect`): when the file lies in that
/// folder, with its path there and the defaults of the `_index.md` files
/// above it; otherwise as [`read_one`] does.
pub fn read_in_site(
    root: &Path,
    content_dir: &Path,
    path: &Path,
    max_bytes: u64,
) -> Result<SourceText> {
    let story = read_one(root, path, max_bytes)?;
    let (Ok(content), Ok(file)) = (content_dir.canonicalize(), path.canonicalize()) else {
        return Ok(story);
    };
    let Ok(content_path) = file.strip_prefix(&content) else {
        return Ok(story);
    };
    let folder = content_path.parent().unwrap_or(Path::new(""));
    let mut folders = HashMap::new();
    let mut problems = Vec::new();
    // (The build never reads a hidden folder, nor its `_index.md`.)
    let seen = |dir: &Path| !dir.iter().any(is_hidden);
    for dir in folder.ancestors().filter(|dir| seen(dir)) {
        let index = content_dir.join(dir).join(FOLDER_DEFAULTS);
        if std::fs::symlink_metadata(&index).is_ok_and(|m| m.is_file()) {
            match read_index(root, &index, max_bytes) {
                Ok(read) => {
                    folders.insert(dir.to_path_buf(), read);
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
    if !problems.is_empty() {
        problems.reverse();
        return Err(Error::Content(problems));
    }
    Ok(SourceText {
        content_path: content_path.to_path_buf(),
        inherited: inherit(&folders, folder),
        ..story
    })
}

/// Reads one story file the way [`discover`] does, alone: its path in the
/// content folder is its name, and it takes no `_index.md` defaults
/// ([`read_in_site`] reads it as part of a site).
pub fn read_one(root: &Path, path: &Path, max_bytes: u64) -> Result<SourceText> {
    let Some(format) = story_format(path) else {
        return Err(Error::Content(vec![Problem::new(
            relative(root, path),
            "not a story: expected a .md or .txt file",
        )]));
    };
    let content_path = PathBuf::from(path.file_name().unwrap_or_default());
    read_source(root, path, content_path, format, max_bytes).map_err(|p| Error::Content(vec![p]))
}

fn read_source(
    root: &Path,
    path: &Path,
    content_path: PathBuf,
    format: Format,
    max_bytes: u64,
) -> Result<SourceText, Problem> {
    let text = read_story(root, path, max_bytes)?;
    let sidecar = read_sidecar(root, path, max_bytes)?;
    Ok(SourceText {
        path: relative(root, path),
        content_path,
        format,
        text,
        sidecar,
        inherited: None,
    })
}

/// Whether a file is named like a sidecar (as `read_sidecar` reads it).
fn is_toml(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("toml")
}

fn read_sidecar(
    root: &Path,
    story: &Path,
    max_bytes: u64,
) -> Result<Option<(PathBuf, String)>, Problem> {
    let path = story.with_extension("toml");
    // Not following links: a linked sidecar is reported as skipped by the walk.
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() => {
            read_story(root, &path, max_bytes).map(|text| Some((relative(root, &path), text)))
        }
        _ => Ok(None),
    }
}

/// Reads a text file: size checked before reading, UTF-8 checked with the
/// byte offset of the first bad byte, BOM stripped, CRLF and CR made LF.
fn read_story(root: &Path, path: &Path, max_bytes: u64) -> Result<String, Problem> {
    let shown = relative(root, path);
    let problem = |message: String| Problem::new(&shown, message);
    let meta = fsx::metadata(path).map_err(|e| problem(io_message(&e)))?;
    if meta.len() > max_bytes {
        return Err(problem(format!(
            "file is {}; the limit is {} ([build] max_article_bytes)",
            human_size(meta.len()),
            human_size(max_bytes)
        )));
    }
    let bytes = fsx::read(path).map_err(|e| problem(io_message(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        // The line and column of the first bad byte: what comes before it
        // is valid text.
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = std::str::from_utf8(&before[line_start..]).map_or(0, |t| t.chars().count());
        Problem::at(
            &shown,
            Position {
                line: before.iter().filter(|&&b| b == b'\n').count() + 1,
                column: Some(column + 1),
            },
            format!("invalid UTF-8 at byte {at}"),
        )
    })?;
    if text.contains('\0') {
        return Err(problem("binary file: it contains NUL bytes".into()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    })
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.starts_with('_')
}

/// `path` relative to `root` when it lies inside it, else as given.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn io_message(err: &Error) -> String {
    match err {
        Error::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

fn walk_message(err: &walkdir::Error) -> String {
    if let Some(ancestor) = err.loop_ancestor() {
        format!("symlink loop back to {}", ancestor.display())
    } else if let Some(io) = err.io_error() {
        io.to_string()
    } else {
        err.to_string()
    }
}

fn human_size(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("content");
        std::fs::create_dir_all(c.join("img")).unwrap();
        std::fs::create_dir_all(c.join("_drafts")).unwrap();
        std::fs::write(c.join("b.md"), "+++\ntitle = \"B\"\n+++\nBody\r\n").unwrap();
        std::fs::write(c.join("a.txt"), "\u{feff}Head\n\nBody.\n").unwrap();
        std::fs::write(c.join("a.toml"), "date = 2024-09-03\n").unwrap();
        std::fs::write(c.join("img/x.png"), [0u8, 1, 2]).unwrap();
        std::fs::write(c.join(".hidden.md"), "x").unwrap();
        std::fs::write(c.join("_drafts/d.md"), "x").unwrap();
        std::fs::write(c.join("_index.md"), "+++\nsource = \"Wire\"\n+++\n").unwrap();
        dir
    }

    #[test]
    fn finds_stories_sidecars_and_static_files_in_path_order() {
        let dir = site();
        let found = discover(dir.path(), &dir.path().join("content"), 1 << 20).unwrap();
        let names: Vec<_> = found.stories.iter().map(|s| s.path.clone()).collect();
        assert_eq!(
            names,
            [Path::new("content/a.txt"), Path::new("content/b.md")]
        );
        let a = &found.stories[0];
        assert_eq!(a.text, "Head\n\nBody.\n", "BOM stripped");
        assert_eq!(a.sidecar.as_ref().unwrap().1, "date = 2024-09-03\n");
        assert_eq!(
            found.stories[1].text, "+++\ntitle = \"B\"\n+++\nBody\n",
            "CRLF made LF"
        );
        assert_eq!(found.statics.len(), 1);
        assert_eq!(found.statics[0].content_path, Path::new("img/x.png"));
    }

    #[test]
    fn stories_take_the_defaults_of_the_index_files_above_them() {
        let dir = site();
        let c = dir.path().join("content");
        std::fs::create_dir_all(c.join("wire/late")).unwrap();
        std::fs::create_dir_all(c.join("desk")).unwrap();
        std::fs::write(
            c.join("_index.md"),
            "+++\nsource = \"Wire\"\ntags = [\"News\"]\n[extra]\nfeed = \"all\"\n+++\n\n",
        )
        .unwrap();
        std::fs::write(
            c.join("wire/_index.md"),
            "+++\nauthor = \"Desk\"\ntags = [\"World\", \"News\"]\n[extra]\nfeed = \"wire\"\n+++\n",
        )
        .unwrap();
        std::fs::write(
            c.join("wire/late/_index.md"),
            "+++\nsource = \"Late Wire\"\ndraft = true\n+++\n",
        )
        .unwrap();
        for story in ["wire/w.txt", "wire/late/l.txt", "desk/d.txt"] {
            std::fs::write(c.join(story), "Head\n\nBody.\n").unwrap();
        }
        let found = discover(dir.path(), &c, 1 << 20).unwrap();
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        assert!(
            found
                .statics
                .iter()
                .all(|f| !f.content_path.ends_with("_index.md")),
            "not published"
        );
        let inherited = |name: &str| {
            let story = found
                .stories
                .iter()
                .find(|s| s.content_path == Path::new(name))
                .unwrap_or_else(|| panic!("{name}"));
            story.inherited.as_deref().unwrap().clone()
        };
        let late = inherited("wire/late/l.txt");
        assert_eq!(
            late.files.iter().map(|f| f.0.clone()).collect::<Vec<_>>(),
            [
                Path::new("content/_index.md"),
                Path::new("content/wire/_index.md"),
                Path::new("content/wire/late/_index.md")
            ]
        );
        let d = &late.defaults;
        assert_eq!(d.source.as_deref(), Some("Late Wire"), "the nearest wins");
        assert_eq!(d.author.as_deref(), Some("Desk"));
        assert_eq!(d.tags, ["World", "News"], "the nearest first, once each");
        assert_eq!(d.draft, Some(true));
        assert_eq!(d.extra["feed"].as_str(), Some("wire"));
        let wire = inherited("wire/w.txt").defaults;
        assert_eq!((wire.source.as_deref(), wire.draft), (Some("Wire"), None));
        let desk = inherited("desk/d.txt").defaults;
        assert_eq!(desk.author, None);
        assert_eq!(desk.tags, ["News"]);
        assert_eq!(desk.extra["feed"].as_str(), Some("all"));
    }

    #[test]
    fn a_story_read_alone_takes_the_defaults_the_build_would_give_it() {
        let dir = site();
        let c = dir.path().join("content");
        std::fs::write(c.join("_drafts/_index.md"), "+++\nauthor = \"Desk\"\n+++\n").unwrap();
        std::fs::write(c.join("_drafts/d.md"), "+++\ntitle = \"D\"\n+++\nBody\n").unwrap();
        let read = |name: &str| read_in_site(dir.path(), &c, &c.join(name), 1 << 20).unwrap();
        let a = read("a.txt");
        assert_eq!(a.content_path, Path::new("a.txt"));
        let defaults = &a.inherited.as_deref().unwrap().defaults;
        assert_eq!(defaults.source.as_deref(), Some("Wire"));
        // A hidden folder's `_index.md` is never read by the build.
        let d = read("_drafts/d.md");
        assert_eq!(d.content_path, Path::new("_drafts/d.md"));
        let inherited = d.inherited.as_deref().unwrap();
        assert_eq!(
            inherited
                .files
                .iter()
                .map(|f| f.0.clone())
                .collect::<Vec<_>>(),
            [Path::new("content/_index.md")]
        );
        assert_eq!(inherited.defaults.author, None);
    }

    #[test]
    fn a_broken_index_file_is_reported_at_its_line() {
        for (text, line, message) in [
            (
                "+++\nsource = \"A\"\ntitle = \"Home\"\n+++\n",
                3,
                "unknown field `title`",
            ),
            (
                "+++\nsource = \"A\"\n+++\n\nWelcome to the wire.\n",
                5,
                "holds only front matter",
            ),
            (
                "Welcome to the wire.\n",
                1,
                "holds defaults for the stories",
            ),
            ("+++\ntags = [\"A\", \" \"]\n+++\n", 2, "empty tag"),
        ] {
            let dir = site();
            let c = dir.path().join("content");
            std::fs::write(c.join("_index.md"), text).unwrap();
            let found = discover(dir.path(), &c, 1 << 20).unwrap();
            let [problem] = &found.problems[..] else {
                panic!("{text:?}: {:?}", found.problems)
            };
            assert_eq!(problem.path, Path::new("content/_index.md"), "{text:?}");
            assert_eq!(problem.position.map_or(0, |p| p.line), line, "{text:?}");
            assert!(problem.message.contains(message), "{text:?}: {problem:?}");
        }
    }

    #[test]
    fn a_toml_file_not_named_like_a_sidecar_is_published_not_dropped() {
        let dir = site();
        let c = dir.path().join("content");
        std::fs::write(c.join("a.TOML"), "x = 1").unwrap();
        std::fs::write(c.join("img/c.toml"), "no story beside it").unwrap();
        let found = discover(dir.path(), &c, 1 << 20).unwrap();
        let statics: Vec<_> = found
            .statics
            .iter()
            .map(|s| s.content_path.clone())
            .collect();
        assert!(statics.contains(&PathBuf::from("a.TOML")), "{statics:?}");
        assert!(
            statics.contains(&PathBuf::from("img/c.toml")),
            "{statics:?}"
        );
        assert!(
            !statics.contains(&PathBuf::from("a.toml")),
            "the real sidecar is not published"
        );
    }

    #[test]
    fn invalid_utf8_and_oversized_files_are_all_reported() {
        let dir = site();
        let c = dir.path().join("content");
        std::fs::write(
            c.join("bad.md"),
            b"+++\ntitle = \"Caf\xc3\xa9\"\n+++\nA caf\xe9 closed.\n",
        )
        .unwrap();
        std::fs::write(c.join("big.txt"), vec![b'a'; 4096]).unwrap();
        let found = discover(dir.path(), &c, 1024).unwrap();
        let text: Vec<_> = found.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "content/bad.md:4:6: invalid UTF-8 at byte 29",
                "content/big.txt: file is 4096 bytes; the limit is 1024 bytes ([build] max_article_bytes)"
            ]
        );
    }
}
