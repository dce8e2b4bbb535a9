//! Broadsheet's build on a generated site, timed in-process:
//! `cargo bench --bench build -- [STORIES]` (default 2,000).
//!
//! Generates a site with `examples/gen_corpus` (same seed, same stories),
//! then times three full builds into a fresh output folder, three rebuilds
//! with nothing changed and three rebuilds after editing one story, and
//! prints the median and the spread of each. Previous outputs are moved
//! aside rather than deleted between full builds (see `bench/run.sh` for
//! why), and the whole folder is deleted at the end. For the comparison
//! with Hugo, wall and CPU time and peak memory, use `bench/run.sh`.

use std::path::Path;
use std::time::{Duration, Instant};

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

const RUNS: usize = 3;

/// The allocator the `broadsheet` command builds with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `cargo bench` passes `--bench` among the arguments: take the number.
    let stories: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2_000);
    let site = tempfile::tempdir().expect("a temporary folder");
    let root = site.path();
    gen_corpus::generate(stories, root, None);
    let options = broadsheet::BuildOptions::default();
    let build = || {
        let start = Instant::now();
        let report = broadsheet::build(root, &options).expect("the generated site builds");
        (start.elapsed(), report)
    };

    let mut full = Vec::new();
    for run in 0..RUNS {
        let aside = root.join(format!(".aside-{run}"));
        std::fs::create_dir(&aside).expect("a folder for the previous output");
        for name in ["public", ".broadsheet"] {
            if root.join(name).exists() {
                std::fs::rename(root.join(name), aside.join(name)).expect("moved aside");
            }
        }
        full.push(build().0);
    }
    let mut unchanged: Vec<Duration> = (0..RUNS).map(|_| build().0).collect();
    let story = first_story(&root.join("content"));
    let mut edited = Vec::new();
    for run in 0..RUNS {
        let mut text = std::fs::read_to_string(&story).expect("the story");
        text.push_str(&format!("\nA sentence added in edit {run}.\n"));
        std::fs::write(&story, text).expect("the edit");
        let (time, report) = build();
        assert!(
            !report.commit.written.is_empty(),
            "the edit reached the output"
        );
        edited.push(time);
    }

    println!("{stories} stories, {RUNS} runs each (median, min–max):");
    for (what, times) in [
        ("full build", &mut full),
        ("rebuild, nothing changed", &mut unchanged),
        ("rebuild, one story edited", &mut edited),
    ] {
        times.sort();
        println!(
            "  {what:<26} {:>8.3} s  ({:.3}–{:.3} s)",
            median(times),
            times[0].as_secs_f64(),
            times[times.len() - 1].as_secs_f64()
        );
    }
    println!(
        "  {:<26} {:>8.0}\n  {:<26} {:>7.1} %",
        "stories per second",
        stories as f64 / median(&full),
        "one-edit rebuild / full",
        100.0 * median(&edited) / median(&full)
    );
}

/// The median of sorted times, in seconds.
fn median(sorted: &[Duration]) -> f64 {
    sorted[sorted.len() / 2].as_secs_f64()
}

/// The first Markdown story of the generated site, by path.
fn first_story(content: &Path) -> std::path::PathBuf {
    let mut stories: Vec<_> = walkdir::WalkDir::new(content)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    stories.sort();
    stories.into_iter().next().expect("a Markdown story")
}
