//! Scores key points against reference summaries, beside a Lead-3 baseline:
//! `cargo run --release --example eval_summary -- ARTICLES SUMMARIES [--limit N]`
//!
//! `ARTICLES/NAME.txt` are stories and `SUMMARIES/NAME.txt` their reference
//! summaries. Scoring is `broadsheet::evaluate`: ROUGE-1, ROUGE-2 and ROUGE-L
//! F1 beside the Lead-3 baseline, the key points cut to Lead-3's word count.

use std::path::{Path, PathBuf};

use broadsheet::evaluate::{Rouge, lead3, within_budget};
use rayon::prelude::*;

/// The key points of one story, through the same stages as `inspect`.
fn key_points(
    cleaner: &broadsheet::clean::Cleaner,
    config: &broadsheet::Config,
    path: &Path,
) -> broadsheet::Result<Vec<String>> {
    let root = path.parent().unwrap_or(Path::new("."));
    let source = broadsheet::discover::read_one(root, path, config.build.max_article_bytes)?;
    let story = broadsheet::parse::parse(&source).map_err(broadsheet::Error::Content)?;
    let cleaned = cleaner
        .clean(story)
        .map_err(|p| broadsheet::Error::Content(vec![p]))?;
    Ok(broadsheet::summarize::summarize(cleaned, &config.summary)
        .summary
        .points)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut limit = usize::MAX;
    if let Some(i) = args.iter().position(|a| a == "--limit") {
        limit = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .expect("--limit N");
        args.drain(i..i + 2);
    }
    let [articles, summaries] = &args[..] else {
        eprintln!("usage: eval_summary ARTICLES SUMMARIES [--limit N]");
        std::process::exit(2);
    };
    let (articles, summaries) = (PathBuf::from(articles), PathBuf::from(summaries));
    let mut names: Vec<String> = std::fs::read_dir(&articles)
        .expect("readable articles folder")
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".txt") && summaries.join(n).exists())
        .collect();
    names.sort();
    names.truncate(limit);
    let config = broadsheet::Config::load_or_default(&articles).expect("default configuration");
    let cleaner =
        broadsheet::clean::Cleaner::from_config(&config.clean).expect("built-in rules compile");
    let results: Vec<Result<(Rouge, Rouge), String>> = names
        .par_iter()
        .map(|name| {
            let path = articles.join(name);
            let raw = String::from_utf8_lossy(&std::fs::read(&path).expect("readable story"))
                .into_owned();
            let reference = String::from_utf8_lossy(
                &std::fs::read(summaries.join(name)).expect("readable summary"),
            )
            .into_owned();
            let base = lead3(&raw);
            let points =
                key_points(&cleaner, &config, &path).map_err(|e| format!("{name}: {e}"))?;
            let candidate = within_budget(&points, base.split_whitespace().count());
            Ok((
                Rouge::of(&candidate, &reference),
                Rouge::of(&base, &reference),
            ))
        })
        .collect();
    let mut tool = Vec::new();
    let mut base = Vec::new();
    let mut errors = 0;
    for r in results {
        match r {
            Ok((t, b)) => {
                tool.push(t);
                base.push(b);
            }
            Err(e) => {
                errors += 1;
                eprintln!("  error: {e}");
            }
        }
    }
    let mean = |rows: &[Rouge], f: fn(&Rouge) -> f64| {
        rows.iter().map(f).sum::<f64>() / rows.len().max(1) as f64
    };
    let (t2, b2) = (mean(&tool, |s| s.rouge2), mean(&base, |s| s.rouge2));
    println!(
        "cases={} errors={errors} tool/lead3 rouge1={:.4}/{:.4} rouge2={t2:.4}/{b2:.4} rougeL={:.4}/{:.4} rouge2_ratio={:.3}",
        names.len(),
        mean(&tool, |s| s.rouge1),
        mean(&base, |s| s.rouge1),
        mean(&tool, |s| s.rouge_l),
        mean(&base, |s| s.rouge_l),
        if b2 > 0.0 { t2 / b2 } else { 0.0 },
    );
    if errors > 0 {
        std::process::exit(1);
    }
}
