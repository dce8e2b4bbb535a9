//! A small harness for driving the `broadsheet` binary against a site in a
//! temporary folder: `SiteTest::new().file(..).build().success()`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A site in a temporary folder.
pub struct SiteTest {
    dir: tempfile::TempDir,
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit 0 and returns the run.
    #[track_caller]
    pub fn success(self) -> Run {
        assert_eq!(self.code, 0, "expected success\nstderr:\n{}", self.stderr);
        self
    }

    /// Asserts the exit code, that nothing panicked, and returns the run.
    #[track_caller]
    pub fn failure(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            !self.stderr.contains("panicked at"),
            "panic:\n{}",
            self.stderr
        );
        self
    }
}

pub const SITE_TOML: &str = "title = \"Test Desk\"\nbase_url = \"https://example.org/news/\"\n";

impl SiteTest {
    /// An empty site: `site.toml` and an empty `content/`.
    pub fn new() -> SiteTest {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        let site = SiteTest { dir };
        site.write("site.toml", SITE_TOML);
        site
    }

    /// A copy of the repository's example site (site.toml, content/, templates/).
    pub fn example() -> SiteTest {
        let dir = tempfile::tempdir().expect("temp dir");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(repo.join("site.toml"), dir.path().join("site.toml")).unwrap();
        for folder in ["content", "templates"] {
            copy_tree(&repo.join(folder), &dir.path().join(folder));
        }
        SiteTest { dir }
    }

    /// The site's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file under the root, creating folders.
    pub fn write(&self, path: &str, contents: &str) -> &SiteTest {
        let path = self.root().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }

    /// Builder form of [`SiteTest::write`].
    pub fn file(self, path: &str, contents: &str) -> SiteTest {
        self.write(path, contents);
        self
    }

    /// Runs `broadsheet ARGS` in the root.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_at(None, args)
    }

    /// Runs `broadsheet ARGS` in the root with the build's clock pinned to
    /// `SOURCE_DATE_EPOCH` = `epoch` when given.
    pub fn run_at(&self, epoch: Option<i64>, args: &[&str]) -> Run {
        self.run_with(epoch, &[], args)
    }

    /// Runs `broadsheet ARGS` with these environment variables set.
    pub fn run_with(&self, epoch: Option<i64>, env: &[(&str, &str)], args: &[&str]) -> Run {
        self.run_in(self.root(), epoch, env, args)
    }

    /// Runs `broadsheet ARGS` in the folder `cwd`, with these environment
    /// variables set.
    pub fn run_in(
        &self,
        cwd: &Path,
        epoch: Option<i64>,
        env: &[(&str, &str)],
        args: &[&str],
    ) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_broadsheet"));
        command
            .args(args)
            .current_dir(cwd)
            .envs(env.iter().copied());
        match epoch {
            Some(epoch) => command.env("SOURCE_DATE_EPOCH", epoch.to_string()),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        let out = command.output().expect("run broadsheet");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs `broadsheet build`.
    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    /// Reads a file under the root.
    #[track_caller]
    pub fn read(&self, path: &str) -> String {
        let p = self.root().join(path);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Every file under `folder` (relative to the root) with its bytes.
    pub fn tree(&self, folder: &str) -> BTreeMap<PathBuf, Vec<u8>> {
        let base = self.root().join(folder);
        walkdir::WalkDir::new(&base)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(&base).unwrap().to_path_buf(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// The text between the first `start` and the next `end` after it.
#[track_caller]
pub fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in:\n{html}"))
        + start.len();
    let to = html[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"))
        + from;
    &html[from..to]
}

/// The inner HTML of an article page's `<div class="body">`, nested
/// `<div>`s included.
#[track_caller]
pub fn body_of(page: &str) -> &str {
    let open = "<div class=\"body\">";
    let start = page
        .find(open)
        .unwrap_or_else(|| panic!("no body in:\n{page}"))
        + open.len();
    let mut depth = 1;
    let mut at = start;
    while depth > 0 {
        let next_open = page[at..].find("<div").map(|i| i + at);
        let next_close = page[at..]
            .find("</div>")
            .map(|i| i + at)
            .expect("unclosed body div");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 4;
            }
            _ => {
                depth -= 1;
                at = next_close + 6;
            }
        }
    }
    &page[start..at - 6]
}
