//! Serve: a local preview. Builds the site into a folder of its own, serves
//! it over HTTP on loopback, watches the site's files, rebuilds on every
//! change and tells open pages to reload (server-sent events from a small
//! script added to HTML responses only: nothing of it is ever written to a
//! built file). A failed rebuild keeps the last good site served and shows
//! the error over the page until the next good save.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::event::{MetadataKind, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};
use percent_encoding::percent_decode_str;

use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};
use crate::{BuildOptions, BuildReport};

/// What `serve` asks for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on (loopback by default).
    pub bind: IpAddr,
    /// Port (0 picks a free one).
    pub port: u16,
    /// Drafts and scheduled stories, as for `build`; `output` is where the
    /// preview is built (by default a folder of its own in the system's
    /// temporary folder).
    pub build: BuildOptions,
}

/// What the server reports as it runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// Listening; the site is at this URL.
    Listening(&'a str),
    /// A build succeeded, in this long.
    Built(&'a BuildReport, Duration),
    /// A build failed; the last good site is still served.
    Failed(&'a Error),
    /// These files changed; a rebuild follows.
    Changed(&'a [PathBuf]),
}

/// The path of the live-reload event stream.
const EVENTS: &str = "/__broadsheet/events";
/// Threads answering ordinary requests.
const WORKERS: usize = 8;
/// How long file events are gathered before a rebuild.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// The state pages wait on: which build is current and whether the last
/// attempt failed.
#[derive(Debug, Default)]
struct Live {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Debug, Default, Clone)]
struct State {
    /// Goes up by one with every build, good or bad.
    generation: u64,
    /// The error of the last build, if it failed.
    error: Option<String>,
}

/// Serves the site at `root` until the process ends.
pub fn serve(
    root: &Path,
    options: &ServeOptions,
    on_event: &(dyn Fn(Event<'_>) + Sync),
) -> Result<()> {
    let config = Config::load(root)?;
    let server =
        tiny_http::Server::http(SocketAddr::new(options.bind, options.port)).map_err(|e| {
            Error::Usage(format!(
                "cannot listen on {}:{}: {e}",
                options.bind, options.port
            ))
        })?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Usage("the server has no IP address".into()))?;
    let host = if addr.ip().is_unspecified() {
        "localhost".to_string()
    } else {
        addr.ip().to_string()
    };
    let base_url = match addr.ip() {
        IpAddr::V6(_) if host != "localhost" => format!("http://[{host}]:{}/", addr.port()),
        _ => format!("http://{host}:{}/", addr.port()),
    };
    let output = match &options.build.output {
        Some(output) => output.clone(),
        None => preview_folder(root)?,
    };
    let build_options = BuildOptions {
        output: Some(output.clone()),
        base_url: Some(base_url.clone()),
        ..options.build.clone()
    };
    let live = Arc::new(Live::default());
    let build = |live: &Live| {
        let started = Instant::now();
        let result = crate::build(root, &build_options);
        let mut state = live.state.lock().expect("no panics while holding the lock");
        state.generation += 1;
        match &result {
            Ok(report) => {
                state.error = None;
                on_event(Event::Built(report, started.elapsed()));
            }
            Err(e) => {
                state.error = Some(e.to_string());
                on_event(Event::Failed(e));
            }
        }
        live.changed.notify_all();
    };
    build(&live);
    on_event(Event::Listening(&base_url));

    let (sender, receiver) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(sender)
        .map_err(|e| Error::Usage(format!("cannot watch files: {e}")))?;
    let mut watch = |path: &Path, mode| {
        watcher
            .watch(path, mode)
            .map_err(|e| Error::Usage(format!("cannot watch {}: {e}", path.display())))
    };
    watch(root, RecursiveMode::NonRecursive)?;
    if config.content_dir.is_dir() {
        watch(&config.content_dir, RecursiveMode::Recursive)?;
    }
    let templates = root.join(crate::render::TEMPLATE_DIR);
    if templates.is_dir() {
        watch(&templates, RecursiveMode::Recursive)?;
    }

    // File events name absolute paths: compare them with absolute ones.
    let watched = Watched {
        config: absolute(&root.join(CONFIG_FILE)),
        content: absolute(&config.content_dir),
        templates: absolute(&templates),
    };
    let server = Arc::new(server);
    let site_root = output.clone();
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            let (server, live, site_root) = (Arc::clone(&server), Arc::clone(&live), &site_root);
            scope.spawn(move || {
                while let Ok(request) = server.recv() {
                    answer(request, site_root, &live);
                }
            });
        }
        while let Ok(first) = receiver.recv() {
            // One save is often several events (write, rename, attributes):
            // gather until the files have been quiet for a moment.
            let mut events = vec![first];
            while let Ok(next) = receiver.recv_timeout(DEBOUNCE) {
                events.push(next);
            }
            let mut changed: Vec<PathBuf> = events
                .into_iter()
                .filter_map(std::result::Result::ok)
                // Reading a file (as a build does) is not a change.
                .filter(|e| {
                    !matches!(
                        e.kind,
                        EventKind::Access(_)
                            | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
                    )
                })
                .flat_map(|e| e.paths)
                .filter(|p| watched.relevant(&absolute(p)))
                .collect();
            changed.sort();
            changed.dedup();
            if changed.is_empty() {
                continue;
            }
            on_event(Event::Changed(&changed));
            build(&live);
        }
        server.unblock();
    });
    Ok(())
}

/// What a build reads: `site.toml`, the content and the templates.
struct Watched {
    config: PathBuf,
    content: PathBuf,
    templates: PathBuf,
}

impl Watched {
    /// Whether a changed path is one a build reads (not the preview
    /// output, Broadsheet's work folder or an editor's swap file).
    fn relevant(&self, path: &Path) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") {
            return false;
        }
        path == self.config || path.starts_with(&self.content) || path.starts_with(&self.templates)
    }
}

/// `path` made absolute against the current folder, symbolic links in its
/// folders resolved where they exist (as file events report them).
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let joined = std::env::current_dir().unwrap_or_default().join(path);
    match (
        joined.parent().and_then(|p| std::fs::canonicalize(p).ok()),
        joined.file_name(),
    ) {
        (Some(parent), Some(name)) => parent.join(name),
        _ => joined,
    }
}

/// The folder the preview is built into: one per site, in the user's own
/// cache folder (`$XDG_CACHE_HOME`, else `~/.cache`), which other users
/// cannot write to, and kept between runs so that a restart rewrites only
/// what changed. Without a home folder, `--output` must say where.
fn preview_folder(root: &Path) -> Result<PathBuf> {
    use std::hash::{Hash, Hasher};
    let root = std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let mut hasher = std::hash::DefaultHasher::new();
    root.hash(&mut hasher);
    // Absolute paths only, as the XDG specification says.
    let set = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|v| v.is_absolute())
    };
    let cache = set("XDG_CACHE_HOME")
        .or_else(|| set("HOME").map(|home| home.join(".cache")))
        .ok_or_else(|| {
            Error::Usage("no home folder (HOME) to keep the preview in: pass --output DIR".into())
        })?;
    Ok(cache
        .join("broadsheet")
        .join("serve")
        .join(format!("{:016x}", hasher.finish()))
        .join("public"))
}

/// Answers one request: the event stream, or a file of the built site.
fn answer(request: tiny_http::Request, site_root: &Path, live: &Arc<Live>) {
    let url = request.url().to_string();
    if !matches!(
        request.method(),
        tiny_http::Method::Get | tiny_http::Method::Head
    ) {
        let _ = request.respond(text(405, "method not allowed"));
        return;
    }
    if url == EVENTS || url.starts_with(&format!("{EVENTS}?")) {
        let since = url
            .split_once("since=")
            .and_then(|(_, n)| n.parse::<u64>().ok())
            .unwrap_or(0);
        let live = Arc::clone(live);
        // An open page holds its stream for as long as it is open: give it
        // a thread of its own, not one of the workers. The response is
        // written by hand so that each event goes out at once.
        std::thread::spawn(move || {
            let mut writer = request.into_writer();
            let _ = stream_events(&mut writer, &live, since);
        });
        return;
    }
    let (status, file) = match resolve(site_root, &url) {
        Ok(file) => (200, file),
        Err(400) => {
            let _ = request.respond(text(400, "bad request"));
            return;
        }
        Err(_) => (404, site_root.join("404.html")),
    };
    let Ok(mut bytes) = std::fs::read(&file) else {
        let _ = request.respond(text(404, "not found"));
        return;
    };
    let kind = content_type(&file);
    if kind.starts_with("text/html") {
        let generation = live.state.lock().map(|s| s.generation).unwrap_or(0);
        bytes = inject(bytes, generation);
    }
    let header = tiny_http::Header::from_bytes(&b"Content-Type"[..], kind.as_bytes())
        .expect("a valid header");
    let response = tiny_http::Response::from_data(bytes)
        .with_status_code(status)
        .with_header(header)
        .with_header(no_store());
    let _ = request.respond(response);
}

fn no_store() -> tiny_http::Header {
    tiny_http::Header::from_bytes(&b"Cache-Control"[..], &b"no-store"[..]).expect("a valid header")
}

fn text(status: u16, body: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_string(body).with_status_code(status)
}

/// The file a request path names inside `site_root`, or the status to
/// answer with: 400 for a path that tries to leave the folder (`..`, in any
/// encoding), a backslash or a NUL; 404 for anything that does not exist or
/// resolves (through a symbolic link) outside the folder.
pub fn resolve(site_root: &Path, url: &str) -> std::result::Result<PathBuf, u16> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Err(400);
    }
    let decoded = percent_decode_str(path).decode_utf8().map_err(|_| 400u16)?;
    if decoded.contains(['\0', '\\']) {
        return Err(400);
    }
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Err(400),
            segment => relative.push(segment),
        }
    }
    let mut file = site_root.join(relative);
    if file.is_dir() {
        file.push("index.html");
    }
    let real = std::fs::canonicalize(&file).map_err(|_| 404u16)?;
    let root = std::fs::canonicalize(site_root).map_err(|_| 404u16)?;
    if !real.starts_with(&root) || !real.is_file() {
        return Err(404);
    }
    Ok(real)
}

/// The `Content-Type` of a built file, by its extension.
fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// The live-reload script, added before `</body>` of every HTML response.
/// It reloads the page after each good build and shows the error of a bad
/// one over the page.
const SCRIPT: &str = r#"<script>(function () {
  var since = GENERATION, source = new EventSource("EVENTS?since=" + since), box = null;
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("failed", function (e) {
    if (!box) {
      box = document.createElement("pre");
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#400;color:#fff;font:13px/1.4 monospace;white-space:pre-wrap;z-index:2147483647";
      document.body.appendChild(box);
    }
    box.textContent = "broadsheet: the last build failed; this is the previous site.\n\n" + JSON.parse(e.data);
  });
})();</script>"#;

fn inject(mut html: Vec<u8>, generation: u64) -> Vec<u8> {
    let script = SCRIPT
        .replace("GENERATION", &generation.to_string())
        .replace("EVENTS", EVENTS);
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, script.into_bytes());
    html
}

/// Keep-alive comments keep proxies and browsers from closing an idle stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Writes a server-sent event stream: one event for every build after
/// `since`, until the page goes away (a write fails).
fn stream_events(out: &mut dyn Write, live: &Live, mut since: u64) -> std::io::Result<()> {
    out.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: connected\n\n",
    )?;
    out.flush()?;
    loop {
        let event = {
            let state = live.state.lock().expect("no panics while holding the lock");
            let (state, timeout) = live
                .changed
                .wait_timeout_while(state, KEEP_ALIVE, |s| s.generation <= since)
                .expect("no panics while holding the lock");
            if timeout.timed_out() {
                ": keep-alive\n\n".to_string()
            } else {
                since = state.generation;
                match &state.error {
                    None => "event: reload\ndata: \n\n".to_string(),
                    Some(error) => format!(
                        "event: failed\ndata: {}\n\n",
                        serde_json::to_string(error).expect("a string serializes")
                    ),
                }
            }
        };
        out.write_all(event.as_bytes())?;
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_site() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("a")).unwrap();
        std::fs::write(site.join("a/index.html"), "a").unwrap();
        std::fs::write(site.join("x.css"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let site = std::fs::canonicalize(&site).unwrap();
        assert_eq!(resolve(&site, "/a/").unwrap(), site.join("a/index.html"));
        assert_eq!(resolve(&site, "/a").unwrap(), site.join("a/index.html"));
        assert_eq!(resolve(&site, "/x.css?v=1").unwrap(), site.join("x.css"));
        assert_eq!(resolve(&site, "/%78.css").unwrap(), site.join("x.css"));
        for attack in [
            "/../secret.txt",
            "/a/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt",
            "/..%5csecret.txt",
            "/a/..\\..\\secret.txt",
            "/%00/secret.txt",
            "secret.txt",
        ] {
            assert_eq!(resolve(&site, attack), Err(400), "{attack}");
        }
        assert_eq!(resolve(&site, "/%252e%252e/secret.txt"), Err(404));
        assert_eq!(resolve(&site, "//etc/passwd"), Err(404));
        assert_eq!(resolve(&site, "/missing.html"), Err(404));
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_out_of_the_site_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(&site).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), site.join("leak.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), site.join("up")).unwrap();
        assert_eq!(resolve(&site, "/leak.txt"), Err(404));
        assert_eq!(resolve(&site, "/up/secret.txt"), Err(404));
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let html = inject(b"<html><body><p>x</p></body></html>".to_vec(), 7);
        let html = String::from_utf8(html).unwrap();
        assert!(html.ends_with("</script></body></html>"), "{html}");
        assert!(html.contains("var since = 7"));
        assert!(html.contains("/__broadsheet/events?since="));
    }
}
