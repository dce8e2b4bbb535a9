//! Gives the build cache a key of this build of Broadsheet: a hash of its
//! sources, templates, manifest and locked dependencies, so that a changed cleaner,
//! summarizer, theme or Markdown library never reuses what another build of
//! Broadsheet made.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let mut files = Vec::new();
    for dir in ["src", "templates"] {
        collect(Path::new(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    for file in ["Cargo.toml", "Cargo.lock"] {
        files.push(PathBuf::from(file));
        println!("cargo:rerun-if-changed={file}");
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        // Editors' lock and swap files may be unreadable: only what can be
        // read is part of the build.
        if let Ok(bytes) = std::fs::read(file) {
            file.hash(&mut hasher);
            bytes.hash(&mut hasher);
        }
    }
    println!(
        "cargo:rustc-env=BROADSHEET_BUILD_ID={:016x}",
        hasher.finish()
    );
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
