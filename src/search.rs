//! Search: a Pagefind index of the stories, built while the pages are
//! rendered. Pagefind splits the index into chunks that the browser loads on
//! demand, so a search page stays light at 100,000 stories; the bundle it
//! returns (index chunks, WebAssembly, the search UI) is written under
//! `pagefind/` like any other output file.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::{Error, Result};

/// The folder of the search index in the output.
pub const BUNDLE_DIR: &str = "pagefind";

// The index is split into shards of `[search] stories_per_shard` stories in
// date order, oldest first, each a Pagefind bundle of its own that the
// search page merges: a news site grows at its newest end, so a new or
// edited story re-indexes one shard, and memory is bounded by the shard,
// not the archive.

/// The folder of shard `n`, relative to the output root, ending in `/`.
pub fn shard_dir(n: usize) -> String {
    format!("{BUNDLE_DIR}/s{n}/")
}

/// How many shards `stories` stories make, `per_shard` to a shard (one,
/// empty, for none).
pub fn shards(stories: usize, per_shard: usize) -> usize {
    stories.div_ceil(per_shard.max(1)).max(1)
}

/// Text as the index stores it: Pagefind's scripts show excerpts of it as
/// HTML, so the `<` and `>` of story text (untrusted wire copy) go in as
/// `&lt;` and `&gt;`, and no tag can form. Nothing else is escaped: the
/// index splits words on what it is given, and `don&#39;t` would no longer
/// be found as `don't`.
pub fn escape(text: &str) -> String {
    text.replace('<', "&lt;").replace('>', "&gt;")
}

/// One story for the index: its URL, headline and text.
#[derive(Debug, Clone)]
pub struct Record {
    /// Site-relative URL from `/`, without the base path (the search
    /// script adds that): `/articles/<slug>/`.
    pub url: String,
    /// The headline, shown as the result's title.
    pub title: String,
    /// The cleaned text of the story, paragraphs separated by blank lines,
    /// HTML-escaped (see [`escape`]).
    pub text: String,
}

/// The files of a search bundle: output path and bytes.
pub type Bundle = Vec<(String, Vec<u8>)>;

/// How a bundle's files are laid out.
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    /// The folder of the bundle in the output (a shard's folder).
    pub dir: &'a str,
    /// Stories whose fragments (what a result shows: title, excerpt) share
    /// one file: a file per story makes a large site's index most of its
    /// files, and every file costs the build and the upload; a shared one
    /// costs a reader a larger download per result.
    pub fragments_per_file: usize,
}

/// Builds the index of `records` (in their order, so the same stories give
/// the same bundle) for pages in `language`, and returns its files by
/// output path under `files.dir`. The text goes in as it is, not as pages
/// to parse: the index is built from what readers read, without the pages'
/// navigation.
pub fn index(
    language: &str,
    files: &Files<'_>,
    records: impl ExactSizeIterator<Item = Record>,
) -> Result<Bundle> {
    let dir = files.dir;
    // Pagefind groups fragments only when asked for fewer files than
    // stories; one a file asks for as many, which keeps them apart.
    let fragment_files = records.len().div_ceil(files.fragments_per_file.max(1));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .max_fragments(u32::try_from(fragment_files).unwrap_or(u32::MAX))
            .build();
        let mut index = PagefindIndex::new(Some(options)).map_err(failed)?;
        for record in records {
            let meta = std::collections::BTreeMap::from([("title".to_string(), record.title)]);
            index
                .add_custom_record(
                    record.url.clone(),
                    record.text,
                    language.to_string(),
                    Some(meta),
                    None,
                    None,
                )
                .await
                .map_err(|e| Error::Search(format!("{}: {e}", record.url)))?;
        }
        let files = index.get_files().await.map_err(failed)?;
        let mut out: Bundle = files
            .into_iter()
            .map(|file| {
                let path = file.filename.to_string_lossy().replace('\\', "/");
                // Pagefind names its files under its own output folder.
                let rel = match path.find(&format!("{BUNDLE_DIR}/")) {
                    Some(at) => &path[at + BUNDLE_DIR.len() + 1..],
                    None => path.trim_start_matches('/'),
                };
                (format!("{dir}{rel}"), file.contents)
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    })
}

/// A Pagefind error (they come as `anyhow` errors), kept as text.
fn failed(e: impl std::fmt::Display) -> Error {
    Error::Search(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_could_form_a_tag_is_escaped() {
        assert_eq!(
            escape("Don't <img src=x onerror=alert(1)> AT&T \"quoted\""),
            "Don't &lt;img src=x onerror=alert(1)&gt; AT&T \"quoted\""
        );
    }

    #[test]
    fn shards_hold_so_many_stories_each() {
        assert_eq!(shards(0, 2000), 1);
        assert_eq!(shards(2000, 2000), 1);
        assert_eq!(shards(2001, 2000), 2);
        assert_eq!(shard_dir(3), "pagefind/s3/");
    }
}
