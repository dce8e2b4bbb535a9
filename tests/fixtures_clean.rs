//! The cleaner on labelled fixture stories (`tests/fixtures/clean`): wire and
//! syndicated copy in the shapes of many outlets, written for these tests,
//! each `NAME.txt` beside `NAME.expected.txt` (the same story with the
//! boilerplate taken out). Deleting a word of news fails the test; so does
//! leaving much of the boilerplate in.

use std::path::{Path, PathBuf};

use broadsheet::evaluate::CleanTally;

#[test]
fn fixtures_lose_no_news_and_keep_little_clutter() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".txt") && !name.ends_with(".expected.txt")
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 50, "fixtures missing: {}", cases.len());
    // The rules compile once; each story then goes through parse and clean
    // as in a build.
    let cleaner = broadsheet::clean::Cleaner::new(&[], &[]).unwrap();
    let mut sum = CleanTally::default();
    let mut losses = Vec::new();
    for case in &cases {
        let raw = std::fs::read_to_string(case).unwrap();
        let expected = std::fs::read_to_string(case.with_extension("expected.txt")).unwrap();
        let source = broadsheet::discover::read_one(&dir, case, u64::MAX).unwrap();
        let cleaned = cleaner
            .clean(broadsheet::parse::parse(&source).unwrap())
            .unwrap();
        let kept: Vec<String> = cleaned
            .story
            .blocks
            .iter()
            .map(|b| b.text.clone())
            .collect();
        let tally = CleanTally::of(&raw, Some(&expected), &cleaned.story.meta.title, &kept);
        if tally.lost > 0 {
            losses.push(format!(
                "{}: {} news words lost",
                case.display(),
                tally.lost
            ));
        }
        sum += tally;
    }
    assert!(losses.is_empty(), "news lost:\n{}", losses.join("\n"));
    assert!(sum.recall() >= 0.95, "recall {:.4}: {sum:?}", sum.recall());
}
