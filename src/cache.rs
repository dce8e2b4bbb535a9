//! The build cache, in Broadsheet's work folder beside the output: the
//! summary box of every story by a key of what it is made from, and the key
//! of every page's inputs by output path. A rebuild summarizes only stories
//! whose text changed and renders only pages whose inputs changed; the
//! others keep their output file as it is.
//!
//! Keys are 128-bit hashes of everything a result depends on, this build of
//! Broadsheet included. A cache that is missing, unreadable or from another
//! version is simply empty: the build does all the work, as the first build
//! did.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fsx;
use crate::summarize::Summary;

/// This build of Broadsheet: its version and a hash of its sources,
/// templates and locked dependencies (from `build.rs`). Every key includes
/// it, so no other build's results are ever reused.
const BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("BROADSHEET_BUILD_ID"));

/// A key: a 128-bit hash of a result's inputs.
pub type Key = u128;

/// Folds `parts` into a key. Two SipHash passes with different prefixes
/// give 128 bits, so that two different inputs sharing a key is not a
/// practical concern even at millions of pages.
#[derive(Debug, Clone)]
pub struct Keyer {
    a: std::hash::DefaultHasher,
    b: std::hash::DefaultHasher,
}

impl Default for Keyer {
    fn default() -> Self {
        let mut a = std::hash::DefaultHasher::new();
        let mut b = std::hash::DefaultHasher::new();
        0xa5u8.hash(&mut a);
        0x5au8.hash(&mut b);
        BUILD.hash(&mut a);
        BUILD.hash(&mut b);
        Keyer { a, b }
    }
}

impl Keyer {
    /// Adds a value.
    pub fn add(&mut self, value: impl Hash) -> &mut Self {
        value.hash(&mut self.a);
        value.hash(&mut self.b);
        self
    }

    /// The key of everything added.
    pub fn key(&self) -> Key {
        (u128::from(self.a.finish()) << 64) | u128::from(self.b.finish())
    }
}

/// A summary box as cached.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedSummary {
    /// The box.
    pub summary: Summary,
    /// Words in the cleaned body.
    pub word_count: usize,
    /// Minutes to read it.
    pub reading_minutes: usize,
}

/// What one build leaves for the next.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    version: String,
    /// Summary boxes by the hex of their key.
    summaries: HashMap<String, CachedSummary>,
    /// Page keys (hex) by output path.
    pages: HashMap<String, String>,
}

fn hex(key: Key) -> String {
    format!("{key:032x}")
}

impl Cache {
    /// The cache of the output folder `output` (in the work folder beside
    /// it), or an empty one.
    pub fn load(output: &Path) -> Cache {
        let cache: Option<Cache> = std::fs::read(path(output))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        cache.filter(|c| c.version == BUILD).unwrap_or_default()
    }

    /// The cached summary box for `key`.
    pub fn summary(&self, key: Key) -> Option<&CachedSummary> {
        self.summaries.get(&hex(key))
    }

    /// Whether the page at `path` was last built from inputs with this key.
    pub fn page_is(&self, path: &str, key: Key) -> bool {
        self.pages.get(path).is_some_and(|k| *k == hex(key))
    }

    /// The files under `prefix` (a folder, ending in `/`) that the previous
    /// build made from inputs of this key, when it made them all so.
    pub fn all_under(&self, prefix: &str, key: Key) -> Option<Vec<String>> {
        let key = hex(key);
        let mut paths = Vec::new();
        for (path, k) in &self.pages {
            if path.starts_with(prefix) {
                if *k != key {
                    return None;
                }
                paths.push(path.clone());
            }
        }
        paths.sort();
        (!paths.is_empty()).then_some(paths)
    }

    /// Writes what this build made: exactly these summaries and page keys
    /// (so the cache holds the current site, and does not grow without end).
    pub fn save(
        output: &Path,
        summaries: impl IntoIterator<Item = (Key, CachedSummary)>,
        pages: impl IntoIterator<Item = (String, Key)>,
    ) -> Result<()> {
        let cache = Cache {
            version: BUILD.to_string(),
            summaries: summaries.into_iter().map(|(k, s)| (hex(k), s)).collect(),
            pages: pages.into_iter().map(|(p, k)| (p, hex(k))).collect(),
        };
        let path = path(output);
        if let Some(parent) = path.parent() {
            fsx::create_dir_all(parent)?;
        }
        let tmp = path.with_extension("json.tmp");
        fsx::write(
            &tmp,
            &serde_json::to_vec(&cache).expect("the cache serializes"),
        )?;
        fsx::rename(&tmp, &path)
    }
}

/// `<work folder>/<output name>.cache.json`.
fn path(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    crate::write::work_dir(output).join(format!("{name}.cache.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_with_their_inputs_and_repeat_with_the_same() {
        let key = |parts: &[&str]| {
            let mut k = Keyer::default();
            for p in parts {
                k.add(p);
            }
            k.key()
        };
        assert_eq!(key(&["a", "b"]), key(&["a", "b"]));
        assert_ne!(key(&["a", "b"]), key(&["ab"]));
        assert_ne!(key(&["a", "b"]), key(&["b", "a"]));
    }

    #[test]
    fn a_saved_cache_loads_and_a_missing_one_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert!(Cache::load(&out).pages.is_empty());
        Cache::save(&out, [], [("index.html".to_string(), 42)]).unwrap();
        let cache = Cache::load(&out);
        assert!(cache.page_is("index.html", 42));
        assert!(!cache.page_is("index.html", 43));
        std::fs::write(path(&out), "not json").unwrap();
        assert!(Cache::load(&out).pages.is_empty());
    }
}
