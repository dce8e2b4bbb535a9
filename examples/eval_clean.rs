//! Scores the cleaner on labelled stories:
//! `cargo run --release --example eval_clean -- DIR...`
//!
//! A case is `NAME.txt` (a story as it arrived) beside `NAME.expected.txt`
//! (the same story with the boilerplate taken out by hand); a folder without
//! expected files is scored as clean news, where nothing should go. Scoring
//! follows `clean_score.py` of the project's evaluation: word tokens (Unicode
//! NFKC, typographic quotes and dashes folded, lowercased) counted as
//! multisets; the headline taken into the title is not a removal.
//!
//! - precision = correctly removed / removed (1.0: no word of news deleted)
//! - recall    = correctly removed / should go (1.0: no boilerplate left)

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

type Bag = HashMap<String, usize>;

fn words(text: &str) -> Bag {
    let folded: String = text
        .nfkc()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\w+").expect("valid regex"));
    let mut bag = Bag::new();
    for m in WORD.find_iter(&folded) {
        *bag.entry(m.as_str().to_string()).or_default() += 1;
    }
    bag
}

/// Multiset difference `a - b`.
fn minus(a: &Bag, b: &Bag) -> Bag {
    a.iter()
        .filter_map(|(w, &n)| {
            let left = n.saturating_sub(b.get(w).copied().unwrap_or(0));
            (left > 0).then(|| (w.clone(), left))
        })
        .collect()
}

/// Multiset intersection.
fn and(a: &Bag, b: &Bag) -> Bag {
    a.iter()
        .filter_map(|(w, &n)| b.get(w).map(|&m| (w.clone(), n.min(m))))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn plus(mut a: Bag, b: &Bag) -> Bag {
    for (w, n) in b {
        *a.entry(w.clone()).or_default() += n;
    }
    a
}

fn total(bag: &Bag) -> usize {
    bag.values().sum()
}

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: eval_clean DIR...");
        std::process::exit(2);
    }
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut worst: Vec<(usize, String, usize, usize)> = Vec::new();
    let mut cases = 0;
    let mut errors = 0;
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
            let expected_path = path.with_extension("expected.txt");
            let expected = std::fs::read_to_string(&expected_path).ok();
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
            let w_in = words(&raw);
            let kept = words(&inspection.paragraphs.join("\n"));
            let w_kept = plus(kept, &and(&words(&inspection.title), &w_in));
            let should_go = expected.map_or_else(Bag::new, |e| minus(&w_in, &words(&e)));
            let removed = minus(&w_in, &w_kept);
            let c_tp = total(&and(&removed, &should_go));
            let c_fp = total(&minus(&removed, &should_go));
            let c_fn = total(&minus(&should_go, &removed));
            tp += c_tp;
            fp += c_fp;
            fn_ += c_fn;
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            worst.push((c_fp * 3 + c_fn, name, c_fp, c_fn));
        }
    }
    worst.sort_by(|a, b| b.cmp(a));
    for (_, name, c_fp, c_fn) in worst.iter().take(10).filter(|w| w.0 > 0) {
        println!("  {name}: {c_fp} news words lost, {c_fn} boilerplate words left");
    }
    let precision = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let recall = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    println!(
        "cases={cases} errors={errors} precision={precision:.4} recall={recall:.4} lost_words={fp} missed_words={fn_}"
    );
    if errors > 0 {
        std::process::exit(1);
    }
}
