//! Summarizing never panics and stays extractive: every key point is a
//! sentence of the story (hand-written points aside), and there are no more
//! than asked for.
#![no_main]

use std::sync::LazyLock;

use broadsheet::clean::Cleaner;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

static CLEANER: LazyLock<Cleaner> = LazyLock::new(|| Cleaner::new(&[], &[]).expect("built-in rules"));

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let sentences = broadsheet::text::sentences(text);
        let figures = broadsheet::summarize::figures::figures(&sentences);
        let _ = broadsheet::summarize::key_points("Headline", &sentences, &figures, 3);
    }
    for source in common::sources(data) {
        let Ok(story) = broadsheet::parse::parse(&source) else {
            continue;
        };
        let Ok(cleaned) = CLEANER.clean(story) else {
            continue;
        };
        let handwritten = cleaned.story.meta.summary.is_some();
        let config = Default::default();
        let summarized = broadsheet::summarize::summarize(cleaned, &config);
        if !handwritten {
            assert!(summarized.summary.points.len() <= 3);
        }
        assert!(summarized.reading_minutes >= 1);
    }
});
