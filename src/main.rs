//! The `broadsheet` command. Thin: parses arguments, calls the library,
//! prints what it returns, and maps errors to exit codes
//! (0 success, 1 content or template errors, or warnings under
//! `check --strict`, 2 usage, configuration, environment or unsafe output).

use std::io::{IsTerminal, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};

/// Broadsheet: a static site generator for news digests.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// The site folder (holding site.toml).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// Print more: the time of each stage and every warning in full.
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    verbose: bool,
    /// Print errors only.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Preview the site on this machine, rebuilding and reloading on every change.
    Serve(ServeArgs),
    /// Check the site without writing: content, links, templates, clutter that no rule removes.
    Check(CheckArgs),
    /// Show what Broadsheet makes of one story: cleaned text, removals, summary.
    Inspect(InspectArgs),
    /// Start a new story in the content folder.
    New(NewArgs),
    /// Make a new site that builds at once.
    Init(InitArgs),
}

#[derive(Debug, Args)]
struct BuildArgs {
    /// Output folder [default: output_dir from site.toml, "public"].
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Base URL, overriding site.toml (for deploy previews).
    #[arg(long)]
    base_url: Option<String>,
    #[command(flatten)]
    selection: Selection,
    /// Replace files in the output folder that Broadsheet did not generate.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct Selection {
    /// Publish stories marked draft.
    #[arg(long)]
    drafts: bool,
    /// Publish stories dated in the future (held back by default until a
    /// build after their date).
    #[arg(long)]
    future: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Port to listen on (0 picks a free one).
    #[arg(short, long, default_value_t = 1111)]
    port: u16,
    /// Address to listen on. The default serves this machine only.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Folder to build the preview into [default: one per site in
    /// ~/.cache/broadsheet/serve, kept between runs].
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    selection: Selection,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    selection: Selection,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct InspectArgs {
    /// Print one JSON object instead of a report.
    #[arg(long)]
    json: bool,
    /// The story file (.md or .txt).
    file: PathBuf,
}

#[derive(Debug, Args)]
struct NewArgs {
    /// The story's headline.
    headline: String,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// The folder to make the site in (made if missing).
    dir: PathBuf,
}

/// What the command ended with.
enum Outcome {
    Done,
    /// Warnings that fail the run (`check --strict`).
    Warned,
}

/// glibc's allocator spends a fifth of a large build in `malloc`/`free`
/// when both cores allocate at once (measured with perf on a 10,000-story
/// site); mimalloc's per-thread heaps avoid that contention. It is built
/// without transparent huge pages (`no_thp`): the kernel zeroes a whole
/// 2 MiB page at the first touch of any byte of it, and with them a
/// build of 1,421 stories spent 11–24 % of its summarizing in
/// `clear_page_erms` and peaked at 295 MB, against 236 MB without.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Build(args) => build(&cli, args),
        Command::Serve(args) => serve(&cli, args),
        Command::Check(args) => check(&cli, args),
        Command::Inspect(args) => inspect(&cli, args),
        Command::New(args) => new(&cli, args),
        Command::Init(args) => init(&cli, args),
    };
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Warned) => ExitCode::from(1),
        Err(err) => {
            report_error(&cli.root, &err);
            ExitCode::from(err.exit_code())
        }
    }
}

/// Prints an error: each problem on a line of its own, with the line of the
/// file it points at when there is one.
fn report_error(root: &Path, err: &broadsheet::Error) {
    let label = match err.exit_code() {
        1 => "error",
        _ => "fatal",
    };
    let problems = err.problems();
    if problems.is_empty() {
        let text = err.to_string();
        let mut lines = text.lines();
        eprintln!("{label}: {}", lines.next().unwrap_or(""));
        for line in lines {
            eprintln!("  {line}");
        }
        return;
    }
    for problem in problems {
        eprintln!("{label}: {problem}");
        if let Some(excerpt) = excerpt(root, problem) {
            for line in excerpt.lines() {
                eprintln!("  {line}");
            }
        }
    }
}

fn excerpt(root: &Path, problem: &broadsheet::Problem) -> Option<String> {
    let path = if problem.path.is_absolute() {
        problem.path.clone()
    } else {
        root.join(&problem.path)
    };
    let text = std::fs::read_to_string(path).ok()?;
    problem.excerpt(&text)
}

fn build(cli: &Cli, args: &BuildArgs) -> broadsheet::Result<Outcome> {
    let started = Instant::now();
    let bar = Bar::new(cli);
    let options = broadsheet::BuildOptions {
        output: args.output.clone(),
        base_url: args.base_url.clone(),
        drafts: args.selection.drafts,
        future: args.selection.future,
        now: None,
        force: args.force,
        progress: Some(bar.clone()),
    };
    let result = broadsheet::build(&cli.root, &options);
    bar.finish();
    let report = result?;
    if !cli.quiet {
        let warnings =
            warn_skipped(cli, &report.skipped) + report.furniture.len() + report.story_warnings;
        if !report.furniture.is_empty() {
            eprintln!(
                "note: {} line(s) recur at the head or tail of one source's stories; `broadsheet check` lists them",
                report.furniture.len()
            );
        }
        if report.story_warnings > 0 {
            eprintln!(
                "note: {} warning(s) about the stories (no date, no headline of their own, clutter, tags sharing a page); `broadsheet check` lists them",
                report.story_warnings
            );
        }
        bar.print_stages(cli);
        if cli.verbose {
            eprintln!(
                "stories: {} parsed and cleaned, {} from the build cache",
                report.parsed, report.cached
            );
            print_changes(&report.output, &report.commit);
        }
        eprintln!(
            "built {} stories, {} pages into {} in {:.2} s: {} files written, {} unchanged, {} pruned; {} removals (in {}); {} held back ({} drafts, {} scheduled); {} warning(s)",
            report.stories,
            report.pages,
            shown(&report.output).display(),
            started.elapsed().as_secs_f64(),
            report.commit.written.len(),
            report.commit.unchanged,
            report.commit.pruned.len(),
            report.removals,
            shown(&report.removals_report).display(),
            report.drafts + report.scheduled,
            report.drafts,
            report.scheduled,
            warnings,
        );
    }
    Ok(Outcome::Done)
}

/// Each file a build wrote or pruned, for `--verbose`.
fn print_changes(output: &Path, commit: &broadsheet::write::CommitReport) {
    for path in &commit.written {
        eprintln!("written: {}", shown(&output.join(path)).display());
    }
    for path in &commit.pruned {
        eprintln!("pruned: {}", shown(&output.join(path)).display());
    }
}

fn serve(cli: &Cli, args: &ServeArgs) -> broadsheet::Result<Outcome> {
    let options = broadsheet::serve::ServeOptions {
        bind: args.bind,
        port: args.port,
        build: broadsheet::BuildOptions {
            output: args.output.clone(),
            drafts: args.selection.drafts,
            future: args.selection.future,
            ..Default::default()
        },
    };
    let quiet = cli.quiet;
    let verbose = cli.verbose;
    let root = cli.root.clone();
    broadsheet::serve::serve(&cli.root, &options, &move |event| {
        use broadsheet::serve::Event;
        match event {
            Event::Listening(url) => {
                if !quiet {
                    eprintln!("serving {url} (Ctrl-C to stop); watching for changes");
                }
            }
            Event::Built(report, took) => {
                if !quiet {
                    if verbose {
                        print_changes(&report.output, &report.commit);
                    }
                    eprintln!(
                        "built {} stories, {} pages in {:.2} s: {} files written",
                        report.stories,
                        report.pages,
                        took.as_secs_f64(),
                        report.commit.written.len()
                    );
                }
            }
            Event::Failed(err) => {
                report_error(&root, err);
                eprintln!("(still serving the last good build; fix the problem and save)");
            }
            Event::Changed(paths) => {
                if verbose {
                    for path in paths {
                        eprintln!("changed: {}", shown(path).display());
                    }
                }
            }
        }
    })?;
    Ok(Outcome::Done)
}

fn check(cli: &Cli, args: &CheckArgs) -> broadsheet::Result<Outcome> {
    let options = broadsheet::BuildOptions {
        drafts: args.selection.drafts,
        future: args.selection.future,
        ..Default::default()
    };
    let report = broadsheet::check(&cli.root, &options)?;
    let mut warnings = warn_skipped(cli, &report.skipped);
    for candidate in &report.furniture {
        warnings += 1;
        if cli.quiet {
            continue;
        }
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
    for warning in &report.warnings {
        warnings += 1;
        if cli.quiet {
            continue;
        }
        eprintln!("warning: {warning}");
        if let Some(excerpt) = excerpt(&cli.root, warning) {
            for line in excerpt.lines() {
                eprintln!("  {line}");
            }
        }
    }
    if !cli.quiet {
        eprintln!(
            "checked {} stories, {} pages, {} removals: {} warning(s)",
            report.stories, report.pages, report.removals, warnings
        );
    }
    Ok(if args.strict && warnings > 0 {
        Outcome::Warned
    } else {
        Outcome::Done
    })
}

fn new(cli: &Cli, args: &NewArgs) -> broadsheet::Result<Outcome> {
    let now = broadsheet::dates::build_clock().map_err(broadsheet::Error::Usage)?;
    let path = broadsheet::scaffold::new_story(&cli.root, &args.headline, now)?;
    if !cli.quiet {
        eprintln!("wrote {}", shown(&path).display());
    }
    Ok(Outcome::Done)
}

fn init(cli: &Cli, args: &InitArgs) -> broadsheet::Result<Outcome> {
    let now = broadsheet::dates::build_clock().map_err(broadsheet::Error::Usage)?;
    let files = broadsheet::scaffold::init(&args.dir, now)?;
    if !cli.quiet {
        for file in &files {
            eprintln!("wrote {}", shown(file).display());
        }
        eprintln!(
            "next: cd {} && broadsheet serve   (or broadsheet build)",
            args.dir.display()
        );
    }
    Ok(Outcome::Done)
}

/// Prints a warning for each skipped file (unless quiet); returns how many.
fn warn_skipped(cli: &Cli, skipped: &[broadsheet::discover::Skipped]) -> usize {
    if !cli.quiet {
        for s in skipped {
            eprintln!("warning: {}: skipped: {}", s.path.display(), s.reason);
        }
    }
    skipped.len()
}

/// A path relative to the current folder when it lies inside it.
fn shown(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    let path = path.strip_prefix(&cwd).unwrap_or(path);
    let path = path.strip_prefix(".").unwrap_or(path);
    if path.as_os_str().is_empty() {
        // The current folder itself.
        PathBuf::from(".")
    } else {
        path.to_path_buf()
    }
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn inspect(cli: &Cli, args: &InspectArgs) -> broadsheet::Result<Outcome> {
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
        .map_err(|e| broadsheet::Error::io("<stdout>", e))?;
    Ok(Outcome::Done)
}

/// The build's progress: a bar on a terminal (never in CI, in a pipe or
/// with `--quiet`), and the time of each stage for `--verbose`.
#[derive(Debug)]
struct Bar {
    bar: indicatif::ProgressBar,
    stages: Mutex<Vec<(&'static str, Instant)>>,
}

impl Bar {
    fn new(cli: &Cli) -> Arc<Bar> {
        let on_terminal = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = if on_terminal && !cli.quiet {
            indicatif::ProgressBar::new(0)
        } else {
            indicatif::ProgressBar::hidden()
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{prefix:>20} [{bar:30}] {pos}/{len} {elapsed}",
            )
            .expect("a valid template")
            .progress_chars("=> "),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Arc::new(Bar {
            bar,
            stages: Mutex::new(Vec::new()),
        })
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
        self.stages
            .lock()
            .expect("no panics while holding the lock")
            .push(("done", Instant::now()));
    }

    /// With `--verbose`, how long each stage took.
    fn print_stages(&self, cli: &Cli) {
        if !cli.verbose {
            return;
        }
        let stages = self
            .stages
            .lock()
            .expect("no panics while holding the lock");
        for pair in stages.windows(2) {
            eprintln!(
                "{:>21}: {:.3} s",
                pair[0].0,
                pair[1].1.duration_since(pair[0].1).as_secs_f64()
            );
        }
    }
}

impl broadsheet::Progress for Bar {
    fn stage(&self, name: &'static str, steps: usize) {
        self.stages
            .lock()
            .expect("no panics while holding the lock")
            .push((name, Instant::now()));
        self.bar.set_prefix(name);
        self.bar.set_position(0);
        self.bar.set_length(steps as u64);
    }

    fn advance(&self, n: usize) {
        self.bar.inc(n as u64);
    }
}
