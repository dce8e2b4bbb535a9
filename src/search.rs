//! Search: a Pagefind index of the article pages, built while they are
//! rendered. Pagefind splits the index into chunks that the browser loads on
//! demand, so a search page stays light at 100,000 stories; the bundle it
//! returns (index chunks, WebAssembly, the search UI) is written under
//! `pagefind/` like any other output file.

use std::sync::mpsc;
use std::thread;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::{Error, Result};

/// The folder of the search bundle in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// Pages waiting to be indexed, at most: renderers wait when the indexer
/// falls behind, so memory stays bounded.
const QUEUE: usize = 256;

/// The files of a search bundle: output path and bytes.
pub type Bundle = Vec<(String, Vec<u8>)>;

/// An index being built on its own thread. Send it pages with
/// [`Indexer::add`] from any thread, then [`Indexer::finish`].
#[derive(Debug)]
pub struct Indexer {
    sender: mpsc::SyncSender<(String, String)>,
    worker: thread::JoinHandle<Result<Bundle>>,
}

impl Indexer {
    /// Starts an indexer for pages in `language`.
    pub fn start(language: &str) -> Result<Indexer> {
        let (sender, receiver) = mpsc::sync_channel::<(String, String)>(QUEUE);
        let language = language.to_string();
        let worker = thread::Builder::new()
            .name("search-index".into())
            .spawn(move || index(&language, receiver))
            .map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
        Ok(Indexer { sender, worker })
    }

    /// Queues one rendered page: its URL (site-relative, from `/`, without
    /// the base path: the search script adds that) and its HTML.
    pub fn add(&self, url: String, html: String) -> Result<()> {
        self.sender
            .send((url, html))
            .map_err(|_| Error::Search("the indexer stopped early".into()))
    }

    /// Builds the index and returns its files, by output path.
    pub fn finish(self) -> Result<Bundle> {
        drop(self.sender);
        self.worker
            .join()
            .map_err(|_| Error::Search("the indexer panicked".into()))?
    }
}

fn index(language: &str, pages: mpsc::Receiver<(String, String)>) -> Result<Bundle> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::Search(format!("cannot start the indexer: {e}")))?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder()
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(options)).map_err(failed)?;
        while let Ok((url, html)) = pages.recv() {
            index
                .add_html_file(None, Some(url.clone()), html)
                .await
                .map_err(|e| Error::Search(format!("{url}: {e}")))?;
        }
        let files = index.get_files().await.map_err(failed)?;
        let mut out: Vec<(String, Vec<u8>)> = files
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
