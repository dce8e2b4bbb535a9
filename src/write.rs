//! Write: the pipeline's output end. Pages are written into a staging
//! folder first; only when the whole build has succeeded does [`Staging::commit`]
//! move them into the output folder, one atomic rename per file whose bytes
//! changed. Files Broadsheet generated last time but not this time are
//! pruned, following a manifest kept in Broadsheet's work folder beside the
//! output (`.broadsheet/`). Files Broadsheet did not generate are never
//! replaced or deleted (unless `--force`), and nothing is written outside the
//! output and work folders.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};
use crate::fsx;

/// Broadsheet's work folder, created beside the output folder.
pub const WORK_DIR: &str = ".broadsheet";
const MANIFEST_HEADER: &str = "# broadsheet manifest 1";

/// A relative output path that cannot leave the output folder: `/`
/// separated, no `..`, no absolute or drive prefix, no empty or dot
/// segments, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutputPath(String);

impl OutputPath {
    /// Checks `path`.
    pub fn new(path: &str) -> Result<OutputPath, String> {
        let bad = path.is_empty()
            || path.starts_with('/')
            || path.contains('\\')
            || path.contains(':')
            || path.chars().any(char::is_control)
            || path
                .split('/')
                .any(|seg| seg.is_empty() || seg == "." || seg == "..");
        if bad {
            Err(format!(
                "'{}' is not a safe relative output path",
                path.escape_debug()
            ))
        } else {
            Ok(OutputPath(path.to_string()))
        }
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn under(&self, dir: &Path) -> PathBuf {
        dir.join(&self.0)
    }
}

/// What a commit did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CommitReport {
    /// Files written (new or changed), by output path.
    pub written: Vec<String>,
    /// Files whose bytes were already right, left untouched.
    pub unchanged: usize,
    /// Files from the previous build that are gone now, by output path.
    pub pruned: Vec<String>,
}

/// Where a build writes: the output folder, checked for safety, and the
/// staging folder the pages go to first.
#[derive(Debug)]
pub struct Staging {
    output: PathBuf,
    work: PathBuf,
    dir: PathBuf,
    files: Mutex<BTreeMap<OutputPath, String>>,
    /// Files of the previous build kept as they are (their inputs did not
    /// change): generated, but not staged.
    kept: Mutex<BTreeSet<OutputPath>>,
    /// What the previous build generated.
    previous: BTreeSet<OutputPath>,
    /// Files staged so far.
    staged: std::sync::atomic::AtomicUsize,
    committed: bool,
    /// Held while this build may write: no other build writes the same
    /// output folder at the same time. (The system releases it when the
    /// process ends, however it ends.)
    _lock: std::fs::File,
}

impl Staging {
    /// Checks that `output` is safe to build into (it must not be or hold
    /// the site `root`, must neither hold nor lie inside a `protected` folder
    /// such as the content, and must not be a symlink or a file), and makes a
    /// fresh staging folder in the work folder beside it.
    pub fn new(output: &Path, root: &Path, protected: &[&Path]) -> Result<Staging> {
        let output = absolute(output)?;
        let refuse = |reason: &str| Error::UnsafeOutput {
            path: output.clone(),
            reason: reason.to_string(),
        };
        let Some(parent) = output.parent() else {
            return Err(refuse("it is the file system root"));
        };
        if let Ok(meta) = std::fs::symlink_metadata(&output) {
            if meta.file_type().is_symlink() {
                return Err(refuse("it is a symbolic link"));
            }
            if !meta.is_dir() {
                return Err(refuse("it is not a folder"));
            }
        }
        if absolute(root)?.starts_with(&output) {
            return Err(refuse("it contains the project"));
        }
        if let Some(reason) = system_folder(&output) {
            return Err(refuse(reason));
        }
        if output.components().any(|c| c.as_os_str() == WORK_DIR) {
            return Err(refuse("it is Broadsheet's work folder"));
        }
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        if let Some(home) = home.map(|h| absolute(&h)).transpose()?
            && home.starts_with(&output)
        {
            return Err(refuse("it contains the home folder"));
        }
        for protected in protected {
            let protected = absolute(protected)?;
            if protected.starts_with(&output) || output.starts_with(&protected) {
                return Err(refuse(&format!("it overlaps {}", protected.display())));
            }
        }
        let work = parent.join(WORK_DIR);
        let dir = work.join(format!("staging-{}", std::process::id()));
        let name = output_name(&output);
        fsx::create_dir_all(&work)?;
        let lock = lock(&work.join(format!("{name}.lock")), &output)?;
        // A build that was killed leaves its staging folder: clear those of
        // processes that are gone (never one of a build still running).
        if let Ok(entries) = std::fs::read_dir(&work) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let pid = name
                    .strip_prefix("staging-")
                    .and_then(|p| p.parse::<u32>().ok());
                if let Some(pid) = pid
                    && (pid == std::process::id() || !process_alive(pid))
                    && entry.file_type().is_ok_and(|t| t.is_dir())
                {
                    fsx::remove_dir_all(&entry.path())?;
                }
            }
        }
        fsx::create_dir_all(&dir)?;
        let previous = read_manifest(&work.join(format!("{name}.manifest")))?;
        Ok(Staging {
            output,
            work,
            dir,
            files: Mutex::new(BTreeMap::new()),
            kept: Mutex::new(BTreeSet::new()),
            previous,
            staged: std::sync::atomic::AtomicUsize::new(0),
            committed: false,
            _lock: lock,
        })
    }

    /// Records that `origin` produces `path`: a safe relative path that
    /// nothing else of this build produces.
    fn claim(&self, path: &str, origin: &str) -> Result<OutputPath> {
        let path = OutputPath::new(path).map_err(|reason| Error::UnsafeOutput {
            path: self.output.join(path),
            reason,
        })?;
        let mut files = self.files.lock().expect("no panics while holding the lock");
        if let Some(first) = files.get(&path) {
            return Err(Error::Content(vec![crate::error::Problem::new(
                origin,
                format!(
                    "output path `{}` is also produced by {first}",
                    path.as_str()
                ),
            )]));
        }
        files.insert(path.clone(), origin.to_string());
        Ok(path)
    }

    /// Stages one file. `origin` names what produced it (a source file or a
    /// template), for the error when two things produce the same path.
    pub fn write(&self, path: &str, bytes: &[u8], origin: &str) -> Result<()> {
        let path = self.claim(path, origin)?;
        // A file of ours that already holds these bytes is kept, not
        // staged: creating and deleting files is the slow part of a build.
        if self.previous.contains(&path) && holds(&path.under(&self.output), bytes) {
            self.kept
                .lock()
                .expect("no panics while holding the lock")
                .insert(path);
            return Ok(());
        }
        abort_at(
            "stage",
            self.staged
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                + 1,
        );
        fsx::write(&path.under(&self.dir), bytes)
    }

    /// Keeps the file the previous build wrote at `path` as it is: this build
    /// generates the same bytes (its inputs have not changed), so it is
    /// neither rendered nor written again.
    pub fn keep(&self, path: &str, origin: &str) -> Result<()> {
        let path = self.claim(path, origin)?;
        self.kept
            .lock()
            .expect("no panics while holding the lock")
            .insert(path);
        Ok(())
    }

    /// Whether the previous build's file at `path` is there to keep: the
    /// manifest lists it as Broadsheet's, and it is a plain file.
    pub fn can_keep(&self, path: &str) -> bool {
        OutputPath::new(path).is_ok_and(|p| {
            self.previous.contains(&p)
                && std::fs::symlink_metadata(p.under(&self.output)).is_ok_and(|m| m.is_file())
        })
    }

    /// Moves the staged files into the output folder and prunes what the
    /// previous build made that this one did not. With `force`, files that
    /// Broadsheet did not generate may be replaced. `report` (a name and its
    /// bytes) is written into the work folder, never into the output; its
    /// path is returned with what the commit did.
    pub fn commit(self, force: bool, report: (&str, &[u8])) -> Result<(CommitReport, PathBuf)> {
        let files: BTreeSet<OutputPath> =
            std::mem::take(&mut *self.files.lock().expect("no panics while holding the lock"))
                .into_keys()
                .collect();
        let kept =
            std::mem::take(&mut *self.kept.lock().expect("no panics while holding the lock"));
        let manifest = self.manifest_path();
        let previous = read_manifest(&manifest)?;

        // A first build, into a missing output folder: the staging folder
        // becomes the output in one rename, instead of a rename per file and
        // a folder tree to delete after. (An existing folder, even empty, is
        // filled file by file: it keeps its owner, mode and identity.)
        // Anything in the way makes the rename fail, and the commit then
        // goes file by file below.
        if kept.is_empty() && is_missing(&self.output) {
            write_manifest(&manifest, &files)?;
            abort_at("rename", 1);
            if std::fs::rename(&self.dir, &self.output).is_ok() {
                let done = CommitReport {
                    written: files.iter().map(|f| f.as_str().to_string()).collect(),
                    ..CommitReport::default()
                };
                return self.finish(done, report);
            }
            write_manifest(&manifest, &previous)?;
        }
        let stale: Vec<&OutputPath> = previous.difference(&files).collect();

        // Plan everything before touching the output: what moves, what is
        // already right, what is in the way, and that no write or delete
        // would go through a symlink out of the output folder.
        let mut done = CommitReport::default();
        let mut moves = Vec::new();
        let mut plain_dirs = HashSet::new();
        let mut foreign = Vec::new();
        for path in &files {
            let (staged, dest) = (path.under(&self.dir), path.under(&self.output));
            check_parents(&self.output, &dest, &mut plain_dirs)?;
            if kept.contains(path) {
                // Only a file of ours is kept, and it must still be there.
                match std::fs::symlink_metadata(&dest) {
                    Ok(meta) if meta.is_file() && previous.contains(path) => {
                        done.unchanged += 1;
                        continue;
                    }
                    _ => {
                        return Err(Error::Usage(format!(
                            "{} changed during the build; build again",
                            dest.display()
                        )));
                    }
                }
            }
            match std::fs::symlink_metadata(&dest) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => moves.push(path),
                Err(e) => return Err(Error::io(dest, e)),
                Ok(meta) if meta.is_file() && same_bytes(&staged, &dest, meta.len())? => {
                    done.unchanged += 1
                }
                Ok(meta) if meta.is_file() && (force || previous.contains(path)) => {
                    moves.push(path)
                }
                Ok(_) => foreign.push(dest),
            }
        }
        if !foreign.is_empty() && !force {
            return Err(Error::ForeignFiles(foreign));
        }
        for path in &stale {
            check_parents(&self.output, &path.under(&self.output), &mut plain_dirs)?;
        }

        // Claim every file this build may create before creating any, so a
        // commit cut short leaves no file of ours looking foreign.
        write_manifest(&manifest, &previous.union(&files).cloned().collect())?;
        for path in moves {
            let dest = path.under(&self.output);
            if let Some(parent) = dest.parent() {
                fsx::create_dir_all(parent)?;
            }
            if dest.is_dir() {
                // --force over a foreign folder in the way of a page.
                fsx::remove_dir_all(&dest)?;
            }
            fsx::rename(&path.under(&self.dir), &dest)?;
            done.written.push(path.as_str().to_string());
            abort_at("commit", done.written.len());
        }
        for gone in stale {
            let dest = gone.under(&self.output);
            match std::fs::symlink_metadata(&dest) {
                Ok(meta) if !meta.is_dir() => {
                    fsx::remove_file(&dest)?;
                    done.pruned.push(gone.as_str().to_string());
                    remove_empty_parents(&self.output, &dest);
                }
                _ => {}
            }
        }
        write_manifest(&manifest, &files)?;
        fsx::remove_dir_all(&self.dir)?;
        self.finish(done, report)
    }

    /// Writes the build report into the work folder and marks the commit
    /// done.
    fn finish(
        mut self,
        done: CommitReport,
        report: (&str, &[u8]),
    ) -> Result<(CommitReport, PathBuf)> {
        let (name, bytes) = report;
        let report_path = self.work.join(format!("{}.{name}", self.output_name()));
        let tmp = report_path.with_extension("tmp");
        fsx::write(&tmp, bytes)?;
        fsx::rename(&tmp, &report_path)?;
        self.committed = true;
        Ok((done, report_path))
    }

    fn output_name(&self) -> String {
        output_name(&self.output)
    }

    fn manifest_path(&self) -> PathBuf {
        self.work.join(format!("{}.manifest", self.output_name()))
    }
}

impl Drop for Staging {
    /// A build that did not commit leaves no staging folder behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Takes the lock file `path` of the output folder `output`, or fails at
/// once when another build holds it.
fn lock(path: &Path, output: &Path) -> Result<std::fs::File> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::Usage(format!(
            "another build is writing {}; run this one when it is done",
            output.display()
        ))),
        // A file system without locks: build unguarded, as before locks.
        Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            Ok(file)
        }
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(path, e)),
    }
}

/// Whether a process with this id is running. Where that cannot be told
/// (no `/proc`), it is taken to be running, so its folder is left alone.
fn process_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// For the tests of the guarantees only: `BROADSHEET_TEST_ABORT=stage:N`
/// kills the process as it stages its Nth file, `commit:N` after the Nth
/// file moved into the output, `rename:1` just before a first build's
/// staging folder becomes the output, the way a crash or `kill -9` would.
fn abort_at(stage: &str, count: usize) {
    static POINT: std::sync::LazyLock<Option<(String, usize)>> = std::sync::LazyLock::new(|| {
        let value = std::env::var("BROADSHEET_TEST_ABORT").ok()?;
        let (stage, n) = value.split_once(':')?;
        Some((stage.to_string(), n.parse().ok()?))
    });
    if let Some((at, n)) = &*POINT
        && at == stage
        && *n == count
    {
        std::process::abort();
    }
}

/// Why `output` (absolute) is a system folder no site belongs in, if it is
/// one: a folder right under the root (`/usr`, `/home`, `C:\\Windows`), or
/// anything inside the operating system's own folders.
fn system_folder(output: &Path) -> Option<&'static str> {
    const SYSTEM: &[&str] = &[
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/run", "/sbin",
        "/sys", "/usr",
    ];
    let normal = output
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .count();
    if normal < 2 {
        return Some("it is a folder at the top of the file system");
    }
    // Folders inside memory-backed ones are fine places for a build (but
    // not `/dev/shm` or a user's runtime folder itself: the work folder
    // beside the output would land in a system folder).
    const SCRATCH: &[(&str, usize)] = &[("/dev/shm", 1), ("/run/user", 2)];
    if SCRATCH.iter().any(|(s, depth)| {
        output
            .strip_prefix(s)
            .is_ok_and(|rest| rest.components().count() >= *depth)
    }) {
        return None;
    }
    SYSTEM
        .iter()
        .any(|s| output.starts_with(s))
        .then_some("it is inside a system folder")
}

/// The name the work folder's files for the output folder `output` begin
/// with: the folder's own name, however the path to it is written
/// (`public`, `./public/`, or `.` from inside it), so that every build of
/// one folder finds the same manifest and cache.
pub fn output_name(output: &Path) -> String {
    let output = absolute(output).unwrap_or_else(|_| output.to_path_buf());
    output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned())
}

/// Broadsheet's work folder for the output folder `output`: `.broadsheet`
/// beside it.
pub fn work_dir(output: &Path) -> PathBuf {
    let output = absolute(output).unwrap_or_else(|_| output.to_path_buf());
    output
        .parent()
        .map_or_else(|| PathBuf::from(WORK_DIR), |p| p.join(WORK_DIR))
}

/// Refuses to write through a symlink or a file somewhere between the
/// output folder and `dest`.
/// `plain_dirs` holds the folders found plain already (each is looked at
/// once per commit).
fn check_parents(output: &Path, dest: &Path, plain_dirs: &mut HashSet<PathBuf>) -> Result<()> {
    let rel = dest.strip_prefix(output).expect("dest is under output");
    let mut at = output.to_path_buf();
    let mut components = rel.components().peekable();
    while let Some(Component::Normal(part)) = components.next() {
        if components.peek().is_none() {
            break;
        }
        at.push(part);
        if plain_dirs.contains(&at) {
            continue;
        }
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => {
                return Err(Error::UnsafeOutput {
                    path: at,
                    reason:
                        "a generated page would be written through it, and it is not a plain folder"
                            .into(),
                });
            }
            Ok(_) => {
                plain_dirs.insert(at.clone());
            }
            Err(_) => break, // missing: created on commit
        }
    }
    Ok(())
}

/// Whether the plain file at `path` holds exactly `bytes` (false for
/// anything else: a symlink, a folder, a missing or unreadable file).
fn holds(path: &Path, bytes: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|b| b == bytes)
}

fn same_bytes(a: &Path, b: &Path, b_len: u64) -> Result<bool> {
    let a_len = fsx::symlink_metadata(a)?.len();
    Ok(a_len == b_len && fsx::read(a)? == fsx::read(b)?)
}

/// Whether nothing is at `path` (not even a dangling symbolic link).
fn is_missing(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
}

fn remove_empty_parents(output: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == output || !d.starts_with(output) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

fn read_manifest(path: &Path) -> Result<BTreeSet<OutputPath>> {
    if !path.exists() {
        return Ok(BTreeSet::new());
    }
    let text = fsx::read_to_string(path)?;
    // Lines that are not safe paths are ignored: the manifest only ever
    // widens what may be replaced, so a damaged one errs on the safe side.
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| OutputPath::new(l).ok())
        .collect())
}

fn write_manifest(path: &Path, files: &BTreeSet<OutputPath>) -> Result<()> {
    let mut text = String::from(MANIFEST_HEADER);
    text.push('\n');
    for f in files {
        text.push_str(f.as_str());
        text.push('\n');
    }
    let tmp = path.with_extension("manifest.tmp");
    fsx::write(&tmp, text.as_bytes())?;
    fsx::rename(&tmp, path)
}

/// `path` made absolute and free of `.`/`..`, resolving symlinks in the
/// part that exists.
fn absolute(path: &Path) -> Result<PathBuf> {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| Error::io(".", e))?
            .join(path)
    };
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if existing.exists() {
            let mut resolved = fsx::canonicalize(existing)?;
            for part in rest.iter().rev() {
                match part {
                    Component::ParentDir => {
                        resolved.pop();
                    }
                    Component::Normal(p) => resolved.push(p),
                    _ => {}
                }
            }
            return Ok(resolved);
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return Ok(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_cannot_escape() {
        for bad in [
            "",
            "/etc/x",
            "../x",
            "a/../../x",
            "a//b",
            "c:/x",
            "a\\b",
            "x\0y",
            "./a",
        ] {
            assert!(OutputPath::new(bad).is_err(), "{bad:?}");
        }
        assert!(OutputPath::new("articles/a-b/index.html").is_ok());
    }

    fn staged(output: &Path, files: &[(&str, &str)]) -> Staging {
        let s = Staging::new(output, Path::new("/nonexistent-site"), &[]).unwrap();
        for (p, b) in files {
            s.write(p, b.as_bytes(), "test").unwrap();
        }
        s
    }

    #[test]
    fn a_first_build_moves_in_whole_and_an_existing_empty_folder_is_filled() {
        let dir = tempfile::tempdir().unwrap();
        for (name, make) in [("missing", false), ("empty", true)] {
            let out = dir.path().join(name);
            if make {
                std::fs::create_dir(&out).unwrap();
            }
            #[cfg(unix)]
            let inode = {
                use std::os::unix::fs::MetadataExt;
                std::fs::metadata(&out).map_or(0, |m| m.ino())
            };
            let (r, report) = staged(&out, &[("index.html", "1"), ("a/b/index.html", "b")])
                .commit(false, ("r.json", b"{}"))
                .unwrap();
            assert_eq!(r.written.len(), 2, "{name}");
            assert_eq!(
                std::fs::read_to_string(out.join("a/b/index.html")).unwrap(),
                "b"
            );
            assert!(report.is_file(), "{name}: the report is written");
            #[cfg(unix)]
            if make {
                use std::os::unix::fs::MetadataExt;
                assert_eq!(
                    std::fs::metadata(&out).unwrap().ino(),
                    inode,
                    "an existing output folder is kept, not replaced"
                );
            }
            let work = dir.path().join(WORK_DIR);
            let left: Vec<_> = std::fs::read_dir(&work)
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("staging-"))
                .collect();
            assert!(left.is_empty(), "{name}: no staging folder left: {left:?}");
            let manifest = std::fs::read_to_string(work.join(format!("{name}.manifest"))).unwrap();
            assert!(manifest.contains("a/b/index.html\n") && manifest.contains("index.html\n"));

            // The next build goes file by file and prunes what is gone.
            let r = staged(&out, &[("index.html", "2")])
                .commit(false, ("r.json", b"{}"))
                .unwrap()
                .0;
            assert_eq!((r.written.len(), r.pruned.len()), (1, 1), "{name}");
            assert!(!out.join("a").exists(), "{name}: emptied folders removed");
        }
    }

    #[test]
    fn two_builds_never_write_one_output_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = staged(&out, &[("index.html", "1")]);
        let second = Staging::new(&out, Path::new("/nonexistent-site"), &[]);
        match second {
            Err(Error::Usage(message)) => assert!(message.contains("another build"), "{message}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        first.commit(false, ("r.json", b"{}")).unwrap();
        staged(&out, &[("index.html", "2")])
            .commit(false, ("r.json", b"{}"))
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "2"
        );
    }

    #[test]
    fn commit_writes_changes_keeps_unchanged_and_prunes_only_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join(".git")).unwrap();
        std::fs::write(out.join("CNAME"), "example.org").unwrap();
        let r = staged(
            &out,
            &[
                ("index.html", "1"),
                ("a/index.html", "a"),
                ("b/index.html", "b"),
            ],
        )
        .commit(false, ("r.json", b"{}"))
        .unwrap()
        .0;
        assert_eq!(
            r,
            CommitReport {
                written: vec![
                    "a/index.html".into(),
                    "b/index.html".into(),
                    "index.html".into()
                ],
                unchanged: 0,
                pruned: Vec::new()
            }
        );
        let mtime = std::fs::metadata(out.join("a/index.html"))
            .unwrap()
            .modified()
            .unwrap();

        let r = staged(&out, &[("index.html", "2"), ("a/index.html", "a")])
            .commit(false, ("r.json", b"{}"))
            .unwrap()
            .0;
        assert_eq!(
            r,
            CommitReport {
                written: vec!["index.html".into()],
                unchanged: 1,
                pruned: vec!["b/index.html".into()]
            }
        );
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "2"
        );
        assert_eq!(
            std::fs::metadata(out.join("a/index.html"))
                .unwrap()
                .modified()
                .unwrap(),
            mtime
        );
        assert!(!out.join("b").exists(), "emptied folder removed");
        assert!(
            out.join(".git").is_dir() && out.join("CNAME").is_file(),
            "foreign files survive"
        );
        assert!(
            !dir.path()
                .join(WORK_DIR)
                .join(format!("staging-{}", std::process::id()))
                .exists()
        );
    }

    #[test]
    fn foreign_files_are_not_overwritten_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), "hand made").unwrap();
        let err = staged(&out, &[("index.html", "generated")])
            .commit(false, ("r.json", b"{}"))
            .unwrap_err();
        assert!(matches!(err, Error::ForeignFiles(_)), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "hand made"
        );
        staged(&out, &[("index.html", "generated")])
            .commit(true, ("r.json", b"{}"))
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "generated"
        );
    }

    #[test]
    fn pruning_never_deletes_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        staged(&out, &[("index.html", "1"), ("articles/x/index.html", "x")])
            .commit(false, ("r.json", b"{}"))
            .unwrap();
        let outside = dir.path().join("outside");
        std::fs::rename(out.join("articles"), &outside).unwrap();
        std::os::unix::fs::symlink(&outside, out.join("articles")).unwrap();
        let err = staged(&out, &[("index.html", "1")])
            .commit(false, ("r.json", b"{}"))
            .unwrap_err();
        assert!(matches!(err, Error::UnsafeOutput { .. }), "{err}");
        assert!(
            outside.join("x/index.html").is_file(),
            "nothing outside the output is deleted"
        );
    }

    #[test]
    fn the_report_goes_to_the_work_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let (_, report) = staged(&out, &[("index.html", "1")])
            .commit(false, ("removals.json", b"[]"))
            .unwrap();
        assert_eq!(
            report,
            dir.path().join(WORK_DIR).join("public.removals.json")
        );
        assert_eq!(std::fs::read(&report).unwrap(), b"[]");
        assert!(!out.join("removals.json").exists());
    }

    #[test]
    fn dropping_an_uncommitted_staging_leaves_only_its_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        drop(staged(&dir.path().join("public"), &[("index.html", "x")]));
        let names = |d: &Path| -> Vec<String> {
            std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(dir.path()), [WORK_DIR]);
        // The lock file stays: deleting it could let two builds lock two
        // different files of one name.
        assert_eq!(names(&dir.path().join(WORK_DIR)), ["public.lock"]);
    }

    #[test]
    fn refuses_outputs_that_hold_the_site() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content")).unwrap();
        for out in [
            dir.path().join(WORK_DIR),
            site.clone(),
            dir.path().to_path_buf(),
            site.join("content"),
            site.join("content/x"),
            site.join("a/.."),
        ] {
            let err = Staging::new(&out, &site, &[&site.join("content")]).unwrap_err();
            assert!(
                matches!(err, Error::UnsafeOutput { .. }),
                "{}: {err}",
                out.display()
            );
        }
        assert!(Staging::new(&site.join("public"), &site, &[&site.join("content")]).is_ok());
    }

    #[test]
    fn system_folders_are_refused_before_anything_happens() {
        for out in [
            "/",
            "/usr",
            "/home",
            "/srv",
            "/etc/news",
            "/usr/share/news",
            "/proc/1",
            "/sys/x",
            "/dev/sda/site",
        ] {
            let err =
                Staging::new(Path::new(out), Path::new("/nonexistent-site"), &[]).unwrap_err();
            assert!(matches!(err, Error::UnsafeOutput { .. }), "{out}: {err}");
        }
        assert_eq!(system_folder(Path::new("/srv/www/news")), None);
        assert_eq!(system_folder(Path::new("/var/www/html")), None);
        assert_eq!(system_folder(Path::new("/dev/shm/site/public")), None);
        assert_eq!(system_folder(Path::new("/dev/shm/public")), None);
        assert_eq!(system_folder(Path::new("/run/user/1000/site")), None);
        assert!(system_folder(Path::new("/dev/shm")).is_some());
        assert!(system_folder(Path::new("/run/user/1000")).is_some());
    }

    #[test]
    fn two_producers_of_one_path_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let s = Staging::new(
            &dir.path().join("public"),
            Path::new("/nonexistent-site"),
            &[],
        )
        .unwrap();
        s.write("a/index.html", b"1", "content/a.md").unwrap();
        let err = s
            .write("a/index.html", b"2", "content/a/index.html")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/a/index.html: output path `a/index.html` is also produced by content/a.md"
        );
    }
}
