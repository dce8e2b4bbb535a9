//! Summarizer cost per part on one core:
//! `cargo run --release --example bench_summary -- DIR...`
//!
//! Reads, parses and cleans every `*.txt` and `*.md` story under the folders
//! once (not timed), then times each part of the summary box over all of
//! them on this thread — sentence splitting, key points, people, facts and
//! quotes — and prints seconds per part and microseconds per story: the
//! first round, which also compiles the patterns and fills the regex
//! engine's caches as a build's first stories do, and the best of three
//! rounds. `*.expected.txt` files (labels for the evaluation) are skipped.

use std::path::Path;
use std::time::Instant;

use broadsheet::clean::Cleaner;
use broadsheet::discover;
use broadsheet::parse;
use broadsheet::summarize::{self, facts, people, quotes};
use broadsheet::text;

/// The allocator the `broadsheet` command builds with (see `src/main.rs`):
/// each part is timed as it runs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: bench_summary DIR...");
        std::process::exit(2);
    }
    let cleaner = Cleaner::new(&[], &[]).expect("built-in rules compile");
    let mut stories = Vec::new();
    for dir in &dirs {
        let mut paths: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|e| e.expect("readable folder").into_path())
            .filter(|p| {
                discover::story_format(p).is_some()
                    && !p.to_string_lossy().ends_with(".expected.txt")
            })
            .collect();
        paths.sort();
        for path in paths {
            let source =
                discover::read_one(Path::new("."), &path, u64::MAX).expect("readable story");
            let story = parse::parse(&source).expect("parsable story");
            if let Ok(cleaned) = cleaner.clean(story) {
                stories.push(cleaned);
            }
        }
    }
    let prose: Vec<(String, Vec<&str>)> = stories
        .iter()
        .map(|c| (c.story.meta.title.clone(), summarize::prose(&c.story)))
        .collect();
    // (Each story's sentences, and how many of them are narration.)
    let (sentences, narration): (Vec<Vec<&str>>, Vec<usize>) =
        prose.iter().map(|(_, p)| summarize::sentences(p)).unzip();

    let mut parts: Vec<(&str, f64, f64)> = Vec::new();
    let mut time = |name: &'static str, work: &mut dyn FnMut() -> usize| {
        let mut first = 0.0;
        let mut best = f64::INFINITY;
        let mut made = 0;
        for round in 0..3 {
            let started = Instant::now();
            made = work();
            let seconds = started.elapsed().as_secs_f64();
            if round == 0 {
                first = seconds;
            }
            best = best.min(seconds);
        }
        std::hint::black_box(made);
        parts.push((name, first, best));
    };
    time("splitting", &mut || {
        prose
            .iter()
            .map(|(_, p)| p.iter().map(|t| text::sentences(t).len()).sum::<usize>())
            .sum()
    });
    time("figures", &mut || {
        sentences
            .iter()
            .map(|s| summarize::figures::figures(s).len())
            .sum()
    });
    let figures: Vec<_> = sentences
        .iter()
        .map(|s| summarize::figures::figures(s))
        .collect();
    time("key points", &mut || {
        prose
            .iter()
            .zip(&sentences)
            .zip(&narration)
            .zip(&figures)
            .map(|((((title, _), s), &n), f)| {
                let f = &f[..f.partition_point(|&(at, _)| at < n)];
                summarize::key_points(title, &s[..n], f, 3).len()
            })
            .sum()
    });
    time("people", &mut || {
        sentences
            .iter()
            .map(|s| people::people(s).all().len())
            .sum()
    });
    let people: Vec<people::People> = sentences.iter().map(|s| people::people(s)).collect();
    time("facts", &mut || {
        prose
            .iter()
            .zip(&sentences)
            .zip(&people)
            .zip(&figures)
            .map(|((((title, _), s), p), f)| {
                // (The people the headline names, then the facts.)
                let full = people::FullNames::of(s);
                facts::extract(s, p, &people::recurring(s, title, &full, p), f).len()
            })
            .sum()
    });
    time("quotes", &mut || {
        prose
            .iter()
            .zip(&sentences)
            .zip(&people)
            .map(|(((_, p), s), people)| quotes::extract(p, s, people, 5).len())
            .sum()
    });
    let n = stories.len().max(1) as f64;
    let first: f64 = parts.iter().map(|(_, s, _)| s).sum();
    let best: f64 = parts.iter().map(|(_, _, s)| s).sum();
    println!("{:>10}  first round (cold)       best of three", "");
    for (name, first, best) in parts.iter().chain([&("total", first, best)]) {
        println!(
            "{name:>10}: {first:.3} s {:>6.1} µs/story   {best:.3} s {:>6.1} µs/story",
            first * 1e6 / n,
            best * 1e6 / n
        );
    }
    println!("{} stories", stories.len());
}
