//! Integration tests: the `broadsheet` binary run on sites in temporary
//! folders.

mod authoring;
mod build;
mod clean;
mod example_site;
mod harness;
mod inspect;
mod robustness;
mod serve;
mod site;
