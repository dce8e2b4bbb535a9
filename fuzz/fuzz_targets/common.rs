//! Shared by the fuzz targets: arbitrary bytes as a story file, read both
//! as Markdown and as a plain-text wire story, with an optional sidecar.

use std::path::PathBuf;

use broadsheet::discover::{Format, SourceText};

/// The stories `data` can be: the text as `.md` and as `.txt`; the part
/// after a NUL byte, if any, is the `.txt` story's sidecar front matter.
pub fn sources(data: &[u8]) -> Vec<SourceText> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Vec::new();
    };
    let (story, sidecar) = match text.split_once('\0') {
        Some((story, sidecar)) => (story, Some(sidecar)),
        None => (text, None),
    };
    vec![
        SourceText {
            path: PathBuf::from("content/2024-05-01-story.md"),
            content_path: PathBuf::from("2024-05-01-story.md"),
            format: Format::Markdown,
            text: story.to_string(),
            sidecar: None,
            inherited: None,
        },
        SourceText {
            path: PathBuf::from("content/2024-05-01-story.txt"),
            content_path: PathBuf::from("2024-05-01-story.txt"),
            format: Format::Text,
            text: story.to_string(),
            sidecar: sidecar.map(|s| (PathBuf::from("content/2024-05-01-story.toml"), s.to_string())),
            inherited: None,
        },
    ]
}
