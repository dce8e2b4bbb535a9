//! The `broadsheet` command. Thin: parses arguments, calls the library,
//! prints what it returns, and maps errors to exit codes
//! (0 success, 1 content or template errors, 2 usage, configuration,
//! environment or unsafe output).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Broadsheet: a static site generator for news digests.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// The site folder (holding site.toml).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Check the site without writing: content, templates, clutter that no rule removes.
    Check(CheckArgs),
    /// Show what Broadsheet makes of one story: cleaned text, removals, summary.
    Inspect(InspectArgs),
}

#[derive(Debug, Args)]
struct BuildArgs {
    /// Output folder [default: output_dir from site.toml, "public"].
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Base URL, overriding site.toml (for deploy previews).
    #[arg(long)]
    base_url: Option<String>,
    /// Publish stories marked draft.
    #[arg(long)]
    drafts: bool,
    /// Publish stories dated in the future (held back by default until a
    /// build after their date).
    #[arg(long)]
    future: bool,
    /// Replace files in the output folder that Broadsheet did not generate.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Check drafts too.
    #[arg(long)]
    drafts: bool,
    /// Check stories dated in the future too.
    #[arg(long)]
    future: bool,
}

#[derive(Debug, Args)]
struct InspectArgs {
    /// Print one JSON object instead of a report.
    #[arg(long)]
    json: bool,
    /// The story file (.md or .txt).
    file: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Build(args) => build(&cli, args),
        Command::Check(args) => check(&cli, args),
        Command::Inspect(args) => inspect(&cli, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let label = match err.exit_code() {
                1 => "error",
                _ => "fatal",
            };
            for line in err.to_string().lines() {
                eprintln!("{label}: {line}");
            }
            ExitCode::from(err.exit_code())
        }
    }
}

fn build(cli: &Cli, args: &BuildArgs) -> broadsheet::Result<()> {
    let started = std::time::Instant::now();
    let options = broadsheet::BuildOptions {
        output: args.output.clone(),
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        future: args.future,
        now: None,
        force: args.force,
    };
    let report = broadsheet::build(&cli.root, &options)?;
    warn_skipped(&report.skipped);
    if !report.furniture.is_empty() {
        eprintln!(
            "note: {} line(s) recur at the head or tail of one source's stories; `broadsheet check` lists them",
            report.furniture.len()
        );
    }
    eprintln!(
        "built {} stories ({} drafts and {} scheduled stories held back), {} pages, {} static files into {} in {:.2?}: {} written, {} unchanged, {} pruned; {} removals listed in {}",
        report.stories,
        report.drafts,
        report.scheduled,
        report.pages,
        report.static_files,
        report.output.display(),
        started.elapsed(),
        report.commit.written,
        report.commit.unchanged,
        report.commit.pruned,
        report.removals,
        shown(&report.removals_report).display(),
    );
    Ok(())
}

fn check(cli: &Cli, args: &CheckArgs) -> broadsheet::Result<()> {
    let options = broadsheet::BuildOptions {
        drafts: args.drafts,
        future: args.future,
        ..Default::default()
    };
    let report = broadsheet::check(&cli.root, &options)?;
    warn_skipped(&report.skipped);
    for candidate in &report.furniture {
        let limit = match candidate.source.strip_suffix('/') {
            Some(folder) => format!("folders = [{}]", toml_string(folder)),
            None => format!("sources = [{}]", toml_string(&candidate.source)),
        };
        eprintln!(
            "warning: source '{}': {} of {} stories open or close with the same line, which no rule removes:\n  {}\n  to remove it, add to site.toml:\n    [[clean.rules]]\n    id = \"…\"\n    pattern = {}\n    {}\n  or set [clean] learn_furniture = true",
            candidate.source,
            candidate.stories,
            candidate.of,
            candidate.text,
            toml_string(&format!("^{}$", regex::escape(&candidate.text))),
            limit,
        );
    }
    eprintln!(
        "checked {} stories, {} pages, {} removals: {} warning(s)",
        report.stories,
        report.pages,
        report.removals,
        report.skipped.len() + report.furniture.len()
    );
    Ok(())
}

fn warn_skipped(skipped: &[broadsheet::discover::Skipped]) {
    for s in skipped {
        eprintln!("warning: {}: skipped: {}", s.path.display(), s.reason);
    }
}

/// A path relative to the current folder when it lies inside it.
fn shown(path: &std::path::Path) -> std::path::PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd).unwrap_or(path).to_path_buf()
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn inspect(cli: &Cli, args: &InspectArgs) -> broadsheet::Result<()> {
    let inspection = broadsheet::inspect::inspect(&cli.root, &args.file)?;
    let text = if args.json {
        serde_json::to_string_pretty(&inspection).expect("an inspection serializes") + "\n"
    } else {
        inspection.to_text()
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| broadsheet::Error::io("<stdout>", e))
}
