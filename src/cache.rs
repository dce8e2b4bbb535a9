//! The build cache, in Broadsheet's work folder beside the output: every
//! story as it was cleaned and its summary box, each by a key of what it is
//! made from, and the key of every page's inputs by output path. A rebuild
//! parses, cleans and summarizes only stories whose file (or the rules)
//! changed, and renders only pages whose inputs changed; the others keep
//! their output file as it is. It holds about as much as the content folder
//! and may be deleted at any time.
//!
//! Keys are 128-bit hashes of everything a result depends on, this build of
//! Broadsheet included. A cache that is missing, unreadable or from another
//! version is simply empty: the build does all the work, as the first build
//! did.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::clean::{Cleaned, Removal};
use crate::error::Result;
use crate::fsx;
use crate::parse::Story;
use crate::summarize::Summary;

/// This build of Broadsheet: its version and a hash of its sources,
/// templates and locked dependencies (from `build.rs`). Every key includes
/// it, so no other build's results are ever reused.
const BUILD: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("BROADSHEET_BUILD_ID"));

/// A key: a 128-bit hash of a result's inputs.
pub type Key = u128;

/// Folds `parts` into a key: XXH3's 128-bit hash of everything added,
/// which is fast on long texts (every story's file and cleaned text is
/// hashed on every build) and wide enough that two different inputs sharing
/// a key is not a practical concern even at millions of pages.
#[derive(Clone)]
pub struct Keyer(xxhash_rust::xxh3::Xxh3Default);

impl std::fmt::Debug for Keyer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Keyer").finish_non_exhaustive()
    }
}

impl Default for Keyer {
    fn default() -> Self {
        let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
        BUILD.hash(&mut hasher);
        Keyer(hasher)
    }
}

impl Keyer {
    /// Adds a value.
    pub fn add(&mut self, value: impl Hash) -> &mut Self {
        value.hash(&mut self.0);
        self
    }

    /// The key of everything added.
    pub fn key(&self) -> Key {
        self.0.digest128()
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

/// A summary box as saved: the same fields as [`CachedSummary`], borrowed.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SummaryRef<'a> {
    /// The box.
    pub summary: &'a Summary,
    /// Words in the cleaned body.
    pub word_count: usize,
    /// Minutes to read it.
    pub reading_minutes: usize,
}

/// One of the two files of the cache: a version and entries by key.
#[derive(Debug, Default, Serialize, Deserialize)]
struct File<T> {
    version: String,
    entries: BTreeMap<String, T>,
}

/// What one build leaves for the next, in two files of the work folder:
/// `<output>.summaries.<0-f>.json` (summary boxes by the hex of their key,
/// in 16 files by its first digit, so one changed story rewrites a sixteenth
/// of them; they
/// vouch for no output file) and `<output>.pages.json` (page keys by output
/// path, which vouch that a file in the output is what those inputs make).
#[derive(Debug, Default)]
pub struct Cache {
    /// Summary boxes by the hex of their key.
    summaries: BTreeMap<String, CachedSummary>,
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
        Cache {
            summaries: (0..BUCKETS)
                .into_par_iter()
                .map(|b| {
                    // Only well-formed keys of the file's own digit: a
                    // damaged file costs time, never correctness.
                    let mut entries = read::<CachedSummary>(&bucket_path(output, b));
                    entries.retain(|key, _| {
                        key.len() == 32
                            && key.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
                            && usize::from_str_radix(&key[..1], 16) == Ok(b)
                    });
                    entries
                })
                .reduce(BTreeMap::new, |mut a, mut b| {
                    a.append(&mut b);
                    a
                }),
            pages: read::<String>(&path(output, "pages", "json"))
                .into_iter()
                .collect(),
        }
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

    /// Saves exactly these summary boxes (so the cache holds the current
    /// site and does not grow without end). Files that would hold the same
    /// boxes as the ones loaded are left as they are.
    pub fn save_summaries<'a>(
        &self,
        output: &Path,
        summaries: impl IntoIterator<Item = (Key, SummaryRef<'a>)>,
    ) -> Result<()> {
        let mut buckets: Vec<BTreeMap<String, SummaryRef>> = vec![BTreeMap::new(); BUCKETS];
        for (key, summary) in summaries {
            buckets[bucket(key)].insert(hex(key), summary);
        }
        // Every key loaded is 32 hex digits (see `load`).
        let mut loaded = [0usize; BUCKETS];
        for key in self.summaries.keys() {
            loaded[usize::from_str_radix(&key[..1], 16).unwrap_or(0)] += 1;
        }
        buckets.par_iter().enumerate().try_for_each(|(b, entries)| {
            let path = bucket_path(output, b);
            let same = entries.len() == loaded[b]
                && entries.keys().all(|k| self.summaries.contains_key(k))
                && path.is_file();
            if same { Ok(()) } else { write(&path, entries) }
        })
    }

    /// Drops the page keys: before the output changes, so that a build
    /// killed while moving files leaves no key vouching for a file it never
    /// wrote.
    pub fn forget_pages(output: &Path) -> Result<()> {
        // `<output>.cache.json` is where the builds before this one kept
        // page keys: an older build run later must not trust keys for pages
        // this one rewrote.
        for path in [path(output, "pages", "json"), path(output, "cache", "json")] {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(crate::error::Error::io(path, e));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Saves the key of every page of a committed build.
    pub fn save_pages(output: &Path, pages: impl IntoIterator<Item = (String, Key)>) -> Result<()> {
        let entries: BTreeMap<String, String> =
            pages.into_iter().map(|(p, k)| (p, hex(k))).collect();
        write(&path(output, "pages", "json"), &entries)
    }
}

/// Cleaned stories, by the key of their source and the cleaner's rules (see
/// [`story_key`]): a rebuild neither parses nor cleans a story whose file
/// and rules did not change. Kept in `<output>.stories.<0-f>.bin` in the
/// work folder, spread by the key's first hex digit like the summary boxes,
/// in a compact binary form (they hold every story's whole text, which
/// reads back several times faster than JSON would), sealed like every
/// cache file (`seal`).
#[derive(Debug, Default)]
pub struct Stories {
    entries: HashMap<Key, Cleaned>,
    /// The keys each file held, sorted.
    loaded: Vec<Vec<Key>>,
}

/// A cleaned story as stored: its removals keep their ranges, which the
/// build report leaves out.
#[derive(Deserialize)]
struct StoredStory {
    story: Story,
    removed: Vec<(Removal, std::ops::Range<usize>)>,
    credit: Option<String>,
    syndicated: bool,
}

/// The same, borrowed, for saving.
#[derive(Serialize)]
struct StoredStoryRef<'a> {
    story: &'a Story,
    removed: Vec<(&'a Removal, &'a std::ops::Range<usize>)>,
    credit: &'a Option<String>,
    syndicated: bool,
}

/// Cache files to write: path and bytes.
pub type Files = Vec<(PathBuf, Vec<u8>)>;

/// The key of a cleaned story: its source's key ([`crate::parse::source_key`])
/// and the cleaner's ([`crate::clean::Cleaner::key`]).
pub fn story_key(source: Key, cleaner: Key) -> Key {
    Keyer::default().add(source).add(cleaner).key()
}

impl Stories {
    /// The stories cached beside the output folder `output`, or none.
    pub fn load(output: &Path) -> Stories {
        let buckets: Vec<Vec<(Key, StoredStory)>> = (0..BUCKETS)
            .into_par_iter()
            .map(|b| {
                let path = stories_path(output, b);
                let mut entries = std::fs::read(&path)
                    .ok()
                    .and_then(|bytes| read_stories(&bytes))
                    .unwrap_or_default();
                // Only keys of the file's own digit: a damaged or moved
                // file costs time, never correctness.
                entries.retain(|(key, _)| bucket(*key) == b);
                entries
            })
            .collect();
        let loaded = buckets
            .iter()
            .map(|entries| {
                let mut keys: Vec<Key> = entries.iter().map(|(k, _)| *k).collect();
                keys.sort_unstable();
                keys
            })
            .collect();
        let entries = buckets
            .into_iter()
            .flatten()
            .map(|(key, stored)| {
                let removed = stored
                    .removed
                    .into_iter()
                    .map(|(removal, range)| Removal { range, ..removal })
                    .collect();
                let cleaned = Cleaned {
                    story: stored.story,
                    removed,
                    credit: stored.credit,
                    syndicated: stored.syndicated,
                };
                (key, cleaned)
            })
            .collect();
        Stories { entries, loaded }
    }

    /// Takes the cleaned story of this key out of the cache.
    pub fn take(&mut self, key: Key) -> Option<Cleaned> {
        self.entries.remove(&key)
    }

    /// The files that make the cache hold exactly `stories` (by key): those
    /// whose keys differ from what was loaded, as bytes to write with
    /// [`save_stories`]. The others stay as they are.
    pub fn files_for(&self, output: &Path, stories: &[(Key, &Cleaned)]) -> Files {
        let mut buckets: Vec<Vec<(Key, &Cleaned)>> = vec![Vec::new(); BUCKETS];
        for &(key, cleaned) in stories {
            buckets[bucket(key)].push((key, cleaned));
        }
        buckets
            .into_par_iter()
            .enumerate()
            .filter_map(|(b, mut entries)| {
                entries.sort_unstable_by_key(|(key, _)| *key);
                entries.dedup_by_key(|(key, _)| *key);
                let path = stories_path(output, b);
                let same = self.loaded.get(b).is_some_and(|keys| {
                    keys.len() == entries.len()
                        && keys.iter().zip(&entries).all(|(a, (b, _))| a == b)
                });
                if same && path.is_file() {
                    return None;
                }
                let stored: Vec<(Key, StoredStoryRef)> = entries
                    .iter()
                    .map(|&(key, c)| {
                        let removed = c.removed.iter().map(|r| (r, &r.range)).collect();
                        let stored = StoredStoryRef {
                            story: &c.story,
                            removed,
                            credit: &c.credit,
                            syndicated: c.syndicated,
                        };
                        (key, stored)
                    })
                    .collect();
                // Sized first and written once: grown by doubling, a
                // buffer of a sixteenth of the site's text is copied and
                // faulted in again and again.
                let file = (BUILD, stored);
                let size = postcard::experimental::serialized_size(&file).ok()?;
                let bytes = Vec::with_capacity(size + SEAL_LEN);
                let bytes = postcard::to_extend(&file, bytes).ok()?;
                Some((path, seal(bytes)))
            })
            .collect()
    }
}

/// Writes the files of [`Stories::files_for`]. A file that cannot be
/// written costs the next build time, not correctness.
pub fn save_stories(files: &Files) {
    files.par_iter().for_each(|(path, bytes)| {
        let _ = write_bytes(path, bytes);
    });
}

/// The entries of a stories file, when it is whole (its CRC-32 matches) and
/// from this build of Broadsheet. The version is read before the entries,
/// so an older file is not decoded.
fn read_stories(bytes: &[u8]) -> Option<Vec<(Key, StoredStory)>> {
    let (version, rest) = postcard::take_from_bytes::<&str>(unseal(bytes)?).ok()?;
    if version != BUILD {
        return None;
    }
    postcard::from_bytes(rest).ok()
}

/// Bytes that [`seal`] adds: a newline and eight hex digits.
const SEAL_LEN: usize = 9;

/// Every cache file ends in a line holding the CRC-32 of what precedes it
/// (eight hex digits), so that a file damaged where it would still decode
/// is not trusted.
fn seal(mut bytes: Vec<u8>) -> Vec<u8> {
    let crc = crc32(&bytes);
    bytes.extend_from_slice(format!("\n{crc:08x}").as_bytes());
    bytes
}

/// What [`seal`] sealed, when its CRC-32 matches.
fn unseal(bytes: &[u8]) -> Option<&[u8]> {
    let (body, trailer) = bytes.split_at_checked(bytes.len().checked_sub(SEAL_LEN)?)?;
    let crc = trailer.strip_prefix(b"\n")?;
    let crc = u32::from_str_radix(std::str::from_utf8(crc).ok()?, 16).ok()?;
    (crc32(body) == crc).then_some(body)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(bytes);
    crc.sum()
}

/// `<work folder>/<output name>.stories.<hex digit>.bin`.
fn stories_path(output: &Path, bucket: usize) -> PathBuf {
    path(output, &format!("stories.{bucket:x}"), "bin")
}

/// The entries of a cache file, or none when it is missing, unreadable or
/// from another build of Broadsheet.
fn read<T: serde::de::DeserializeOwned>(path: &Path) -> BTreeMap<String, T> {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<File<T>>(unseal(&bytes)?).ok())
        .filter(|file| file.version == BUILD)
        .map(|file| file.entries)
        .unwrap_or_default()
}

/// Writes a cache file whole (through a temporary file and a rename).
fn write<T: Serialize>(path: &Path, entries: &BTreeMap<String, T>) -> Result<()> {
    #[derive(Serialize)]
    struct FileRef<'a, T> {
        version: &'a str,
        entries: &'a BTreeMap<String, T>,
    }
    let bytes = serde_json::to_vec(&FileRef {
        version: BUILD,
        entries,
    })
    .expect("the cache serializes");
    write_bytes(path, &seal(bytes))
}

/// Writes a cache file whole, through a temporary file beside it and a
/// rename; the temporary file does not outlive a failure.
fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        fsx::create_dir_all(parent)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let written = fsx::write(&tmp, bytes).and_then(|()| fsx::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// How many files the summary boxes, and the cleaned stories, are spread
/// over.
const BUCKETS: usize = 16;

/// The file an entry of this key goes in: its first hex digit.
fn bucket(key: Key) -> usize {
    (key >> 124) as usize
}

/// `<work folder>/<output name>.summaries.<hex digit>.json`.
fn bucket_path(output: &Path, bucket: usize) -> PathBuf {
    path(output, &format!("summaries.{bucket:x}"), "json")
}

/// `<work folder>/<output name>.<what>.<extension>`.
fn path(output: &Path, what: &str, extension: &str) -> PathBuf {
    let name = crate::write::output_name(output);
    crate::write::work_dir(output).join(format!("{name}.{what}.{extension}"))
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
    fn a_saved_cache_loads_and_a_missing_or_damaged_one_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert!(Cache::load(&out).pages.is_empty());
        Cache::save_pages(&out, [("index.html".to_string(), 42)]).unwrap();
        let summary = Summary {
            points: vec!["A point.".into()],
            facts: vec![],
            quotes: vec![],
        };
        let entry = SummaryRef {
            summary: &summary,
            word_count: 2,
            reading_minutes: 1,
        };
        Cache::default().save_summaries(&out, [(7, entry)]).unwrap();
        let cache = Cache::load(&out);
        assert!(cache.page_is("index.html", 42));
        assert!(!cache.page_is("index.html", 43));
        assert_eq!(cache.summary(7).unwrap().summary, summary);
        assert!(cache.summary(8).is_none());

        // The same summaries are not written again; other ones are.
        let file = bucket_path(&out, bucket(7));
        std::fs::write(&file, "kept as it is").unwrap();
        cache.save_summaries(&out, [(7, entry)]).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "kept as it is");
        cache.save_summaries(&out, [(8, entry)]).unwrap();
        assert!(Cache::load(&out).summary(8).is_some());

        Cache::forget_pages(&out).unwrap();
        Cache::forget_pages(&out).unwrap();
        assert!(Cache::load(&out).pages.is_empty());
        let saved = std::fs::read(&file).unwrap();
        std::fs::write(&file, seal(b"not json".to_vec())).unwrap();
        assert!(Cache::load(&out).summaries.is_empty());
        // A summary changed where it still reads as JSON is not trusted.
        std::fs::write(&file, &saved).unwrap();
        assert!(Cache::load(&out).summary(8).is_some());
        let text = String::from_utf8(saved.clone()).unwrap();
        std::fs::write(&file, text.replacen("A point.", "A Point.", 1)).unwrap();
        assert!(Cache::load(&out).summary(8).is_none());
        std::fs::write(&file, &saved).unwrap();
        // Keys that are not what this build writes are dropped on loading,
        // and saving over them does not fail.
        let entries = format!(
            r#"{{"version":"{BUILD}","entries":{{"":{{"summary":{{"points":[],"facts":[],"quotes":[]}},"word_count":0,"reading_minutes":1}}}}}}"#
        );
        std::fs::write(&file, seal(entries.into_bytes())).unwrap();
        let damaged = Cache::load(&out);
        assert!(damaged.summaries.is_empty());
        damaged.save_summaries(&out, [(7, entry)]).unwrap();
        assert!(Cache::load(&out).summary(7).is_some());
    }

    #[test]
    fn cleaned_stories_come_back_whole_and_unchanged_files_stay() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let source = crate::discover::SourceText {
            path: "content/a.md".into(),
            content_path: "a.md".into(),
            format: crate::discover::Format::Markdown,
            text: "+++\ntitle = \"Strike\"\ndate = 2024-09-04T10:00:00+02:00\n\
                   [extra]\nseen = 2024-09-05\ndesk = { name = \"Metro\" }\n+++\n\
                   Dock workers walked out on Monday.\n\nREAD MORE: Other news\n\n\
                   The union said talks would resume on Friday. (PTI)\n"
                .into(),
            sidecar: None,
            inherited: None,
        };
        let cleaner = crate::clean::Cleaner::new(&[], &[]).unwrap();
        let cleaned = cleaner
            .clean(crate::parse::parse(&source).unwrap())
            .unwrap();
        assert!(!cleaned.removed.is_empty() && cleaned.credit.is_some());
        let key = story_key(crate::parse::source_key(&source), cleaner.key());

        // A first build writes every file, the empty ones too.
        let files = Stories::default().files_for(&out, &[(key, &cleaned)]);
        assert_eq!(files.len(), BUCKETS);
        save_stories(&files);
        let mut loaded = Stories::load(&out);
        let back = loaded.take(key).expect("cached");
        assert_eq!(format!("{back:?}"), format!("{cleaned:?}"));
        assert!(loaded.take(key + 1).is_none());

        // The same stories write nothing; another key rewrites its file.
        let loaded = Stories::load(&out);
        assert!(loaded.files_for(&out, &[(key, &cleaned)]).is_empty());
        assert_eq!(loaded.files_for(&out, &[(key ^ 1, &cleaned)]).len(), 1);
        // No stories of a file any more: it is written empty.
        assert_eq!(loaded.files_for(&out, &[]).len(), 1);

        // A damaged file is an empty cache, not an error: one that does not
        // decode, and one changed where it still would (its CRC differs).
        let file = stories_path(&out, bucket(key));
        let whole = std::fs::read(&file).unwrap();
        let mut flipped = whole.clone();
        let at = flipped.len() / 2;
        flipped[at] ^= 0x01;
        std::fs::write(&file, &flipped).unwrap();
        assert!(Stories::load(&out).take(key).is_none());
        std::fs::write(&file, b"\x01\x02damaged").unwrap();
        assert!(Stories::load(&out).take(key).is_none());
        std::fs::write(&file, &whole).unwrap();
        assert!(Stories::load(&out).take(key).is_some());

        // The same file seen from another content folder is another story
        // (rules may be for some folders only).
        let moved = crate::discover::SourceText {
            content_path: "wire/a.md".into(),
            ..source.clone()
        };
        assert_ne!(
            crate::parse::source_key(&moved),
            crate::parse::source_key(&source)
        );
    }
}
