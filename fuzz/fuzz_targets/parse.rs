//! Front matter and body parsing never panics, and what it accepts has a
//! safe slug and blocks that lie inside the body.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    for source in common::sources(data) {
        if let Ok(story) = broadsheet::parse::parse(&source) {
            assert!(!story.meta.slug.is_empty());
            assert!(!story.meta.slug.contains(['/', '\\', '\0']));
            assert!(story.meta.slug != "." && story.meta.slug != "..");
            for block in &story.blocks {
                assert!(block.range.end <= story.body.len());
            }
        }
    }
});
