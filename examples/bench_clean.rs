//! Cleaner throughput on one core: `cargo run --release --example bench_clean -- DIR...`
//!
//! Parses every `*.txt` and `*.md` story in the folders once (not timed),
//! then cleans them over and over on this thread until at least 200 MB of
//! story text has been cleaned, and prints MB of story text per second.
//! `*.expected.txt` files (labels for the evaluation) are skipped.

use std::path::Path;
use std::time::Instant;

use broadsheet::clean::Cleaner;
use broadsheet::discover;
use broadsheet::parse::{self, Story};

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: bench_clean DIR...");
        std::process::exit(2);
    }
    let mut stories: Vec<Story> = Vec::new();
    for dir in &dirs {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.expect("readable folder").path())
            .filter(|p| {
                discover::story_format(p).is_some()
                    && !p.to_string_lossy().ends_with(".expected.txt")
            })
            .collect();
        paths.sort();
        for path in paths {
            let source =
                discover::read_one(Path::new("."), &path, u64::MAX).expect("readable story");
            stories.push(parse::parse(&source).expect("parsable story"));
        }
    }
    let bytes: usize = stories.iter().map(|s| s.body.len()).sum();
    let cleaner = Cleaner::new(&[], &[]).expect("built-in rules compile");
    const TARGET: usize = 200 * 1000 * 1000;
    let rounds = TARGET.div_ceil(bytes.max(1));
    let mut removals = 0;
    let started = Instant::now();
    for _ in 0..rounds {
        for story in &stories {
            if let Ok(cleaned) = cleaner.clean(story.clone()) {
                removals += cleaned.removed.len();
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let total_mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "stories={} text={:.2} MB rounds={rounds} cleaned={total_mb:.0} MB in {seconds:.2} s: {:.1} MB/s on one core ({} removals per round)",
        stories.len(),
        bytes as f64 / 1e6,
        total_mb / seconds,
        removals / rounds,
    );
}
