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
    /// Replace files in the output folder that Broadsheet did not generate.
    #[arg(long)]
    force: bool,
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
        force: args.force,
    };
    let report = broadsheet::build(&cli.root, &options)?;
    for skipped in &report.skipped {
        eprintln!(
            "warning: {}: skipped: {}",
            skipped.path.display(),
            skipped.reason
        );
    }
    eprintln!(
        "built {} stories ({} drafts held back), {} pages, {} static files, {} removals into {} in {:.2?}: {} written, {} unchanged, {} pruned",
        report.stories,
        report.drafts,
        report.pages,
        report.static_files,
        report.removals,
        report.output.display(),
        started.elapsed(),
        report.commit.written,
        report.commit.unchanged,
        report.commit.pruned,
    );
    Ok(())
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
