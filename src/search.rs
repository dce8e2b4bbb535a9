//! Search: a Pagefind index of the stories, built while the pages are
//! rendered. Pagefind splits the index into chunks that the browser loads on
//! demand, so a search page stays light at 100,000 stories; the bundle it
//! returns (index chunks, WebAssembly, the search UI) is written under
//! `pagefind/` like any other output file.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::{Error, Result};

/// The folder of the search bundle in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// One story for the index: its URL, headline and text.
#[derive(Debug, Clone)]
pub struct Record {
    /// Site-relative URL from `/`, without the base path (the search
    /// script adds that): `/articles/<slug>/`.
    pub url: String,
    /// The headline, shown as the result's title.
    pub title: String,
    /// The cleaned text of the story, paragraphs separated by blank lines.
    pub text: String,
}

/// The files of a search bundle: output path and bytes.
pub type Bundle = Vec<(String, Vec<u8>)>;

/// Builds the index of `records` (in their order, so the same stories give
/// the same bundle) for pages in `language`, and returns its files by
/// output path. The text goes in as it is, not as pages to parse: the index
/// is built from what readers read, without the pages' navigation.
pub fn index(language: &str, records: impl Iterator<Item = Record>) -> Result<Bundle> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .build()
        .map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder()
            .force_language(language.to_string())
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
                // The bundle's own paths start at its folder.
                let rel = match path.find(&format!("{BUNDLE_DIR}/")) {
                    Some(at) => path[at..].to_string(),
                    None => format!("{BUNDLE_DIR}/{}", path.trim_start_matches('/')),
                };
                (rel, file.contents)
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
