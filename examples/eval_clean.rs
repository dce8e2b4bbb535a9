//! Scores the cleaner on labelled stories:
//! `cargo run --release --example eval_clean -- DIR...`
//!
//! A case is `NAME.txt` (a story as it arrived) beside `NAME.expected.txt`
//! (the same story with the boilerplate taken out by hand); a folder without
//! expected files is scored as clean news, where nothing should go. Scoring
//! is `broadsheet::evaluate::CleanTally`:
//!
//! - precision = boilerplate words removed / words removed (1.0: no news lost)
//! - recall    = boilerplate words removed / boilerplate words (1.0: none left)

use std::path::{Path, PathBuf};

use broadsheet::evaluate::CleanTally;

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: eval_clean DIR...");
        std::process::exit(2);
    }
    let mut sum = CleanTally::default();
    let mut worst: Vec<(usize, String, CleanTally)> = Vec::new();
    let (mut cases, mut errors) = (0, 0);
    for dir in &dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable folder").path())
            .filter(|p| {
                let name = p.to_string_lossy();
                name.ends_with(".txt") && !name.ends_with(".expected.txt")
            })
            .collect();
        paths.sort();
        for path in paths {
            let raw = String::from_utf8_lossy(&std::fs::read(&path).expect("readable story"))
                .into_owned();
            let expected = std::fs::read_to_string(path.with_extension("expected.txt")).ok();
            let root = path.parent().unwrap_or(Path::new("."));
            let inspection = match broadsheet::inspect::inspect(root, &path) {
                Ok(i) => i,
                Err(e) => {
                    eprintln!("  error: {}: {e}", path.display());
                    errors += 1;
                    continue;
                }
            };
            cases += 1;
            let tally = CleanTally::of(
                &raw,
                expected.as_deref(),
                &inspection.title,
                &inspection.paragraphs,
            );
            sum += tally;
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            worst.push((tally.lost * 3 + tally.missed, name, tally));
        }
    }
    worst.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    for (_, name, t) in worst.iter().take(10).filter(|w| w.0 > 0) {
        println!(
            "  {name}: {} news words lost, {} boilerplate words left",
            t.lost, t.missed
        );
    }
    println!(
        "cases={cases} errors={errors} precision={:.4} recall={:.4} lost_words={} missed_words={}",
        sum.precision(),
        sum.recall(),
        sum.lost,
        sum.missed
    );
    if errors > 0 {
        std::process::exit(1);
    }
}
