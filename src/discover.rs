//! Discover: walk the content folder (walkdir, sorted, symlinks not
//! followed) and read every story. This is one of the pipeline's two I/O
//! ends: it turns files into [`SourceText`] values and static files into
//! [`StaticFile`] paths, and reports every unreadable or malformed file
//! rather than skipping it.
//!
//! - `*.md` and `*.txt` are stories; a `NAME.toml` beside `NAME.txt` is that
//!   story's sidecar front matter.
//! - Files and folders whose names start with `.` or `_` are skipped (`_index.md`
//!   is reserved for section metadata).
//! - Anything else is a static file, copied as it is.

use rayon::prelude::*;
use std::path::{Path, PathBuf};

use crate::error::{Error, Position, Problem, Result};
use crate::fsx;

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
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
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
    let read: Vec<std::result::Result<SourceText, Problem>> = to_read
        .into_par_iter()
        .map(|(path, content_path, format)| {
            read_source(root, &path, content_path, format, max_bytes)
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

/// Reads one story file the way [`discover`] does (for `inspect`).
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
        std::fs::write(c.join("_index.md"), "+++\ntitle = \"Home\"\n+++\n").unwrap();
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
