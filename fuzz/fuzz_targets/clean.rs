//! Cleaning with the built-in rules never panics; removals are recorded
//! with ranges inside the body; the sanitized body carries no script.
#![no_main]

use std::sync::LazyLock;

use broadsheet::clean::Cleaner;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

static CLEANER: LazyLock<Cleaner> = LazyLock::new(|| Cleaner::new(&[], &[]).expect("built-in rules"));

fuzz_target!(|data: &[u8]| {
    for source in common::sources(data) {
        let Ok(story) = broadsheet::parse::parse(&source) else {
            continue;
        };
        let body_len = story.body.len();
        if let Ok(cleaned) = CLEANER.clean(story) {
            for removal in &cleaned.removed {
                assert!(removal.range.start <= removal.range.end && removal.range.end <= body_len);
            }
            let html = broadsheet::render::body_html(&cleaned.story, &cleaned.removed);
            assert!(!html.as_str().to_ascii_lowercase().contains("<script"));
        }
    }
});
