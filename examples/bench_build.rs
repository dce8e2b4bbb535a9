//! The share of a build spent summarizing:
//! `cargo run --release --example bench_build -- DIR...`
//!
//! Copies every story (`*.txt`, not `*.expected.txt`) of the folders into a
//! new site in a temporary folder (each with a sidecar giving it a unique
//! slug), builds it once on one thread, then times summarizing alone over
//! the same stories on one thread, and prints both and the share.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// The allocator the `broadsheet` command builds with (see `src/main.rs`):
/// the build and the summarizing are timed as they run there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: bench_build DIR...");
        std::process::exit(2);
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build_global()
        .expect("one thread");
    let site = tempfile::tempdir().expect("temp dir");
    let content = site.path().join("content");
    std::fs::create_dir_all(&content).expect("content folder");
    std::fs::write(
        site.path().join("site.toml"),
        "title = \"Bench\"\nbase_url = \"https://example.org/\"\n",
    )
    .expect("site.toml");
    let mut stories = Vec::new();
    for dir in &dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable folder").path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "txt")
                    && !p.to_string_lossy().ends_with(".expected.txt")
            })
            .collect();
        paths.sort();
        stories.extend(paths);
    }
    let mut bytes = 0;
    for (i, path) in stories.iter().enumerate() {
        let text = std::fs::read(path).expect("readable story");
        bytes += text.len();
        std::fs::write(content.join(format!("s{i:05}.txt")), &text).expect("copy");
        std::fs::write(
            content.join(format!("s{i:05}.toml")),
            format!("slug = \"s{i:05}\"\n"),
        )
        .expect("sidecar");
    }

    let started = Instant::now();
    let report = broadsheet::build(site.path(), &broadsheet::BuildOptions::default())
        .expect("the site builds");
    let build = started.elapsed().as_secs_f64();

    let config = broadsheet::Config::load(site.path()).expect("config");
    let cleaner = broadsheet::clean::Cleaner::from_config(&config.clean).expect("rules");
    let cleaned: Vec<_> = (0..stories.len())
        .map(|i| {
            let path = content.join(format!("s{i:05}.txt"));
            let source = broadsheet::discover::read_one(site.path(), Path::new(&path), u64::MAX)
                .expect("story");
            cleaner
                .clean(broadsheet::parse::parse(&source).expect("parses"))
                .expect("cleans")
        })
        .collect();
    // (The summarized stories are kept, as a build keeps them: dropping
    // their text is not summarizing.)
    let started = Instant::now();
    let summarized: Vec<_> = cleaned
        .into_iter()
        .map(|story| broadsheet::summarize::summarize(story, &config.summary))
        .collect();
    let summarize = started.elapsed().as_secs_f64();
    std::hint::black_box(&summarized);
    drop(summarized);
    println!(
        "stories={} text={:.2} MB pages={} build={build:.3} s summarize={summarize:.3} s share={:.1}% (one thread)",
        report.stories,
        bytes as f64 / 1e6,
        report.pages,
        100.0 * summarize / build
    );
}
