//! `broadsheet serve`: a real server on a loopback port, driven over TCP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::harness::SiteTest;

const STORY: &str = "content/2024-09-04-port-amsel-harbour-strike-third-day.md";
const PAGE: &str = "/articles/harbour-strike-enters-third-day-as-talks-stall-in-port-amsel/";

/// A running `serve`, killed when dropped, its stderr collected.
struct Server {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &SiteTest) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let preview = site.root().join("preview");
        let mut child = Command::new(env!("CARGO_BIN_EXE_broadsheet"))
            .args(["serve", "--port", &port.to_string(), "--output"])
            .arg(&preview)
            .current_dir(site.root())
            .env_remove("SOURCE_DATE_EPOCH")
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                let mut text = sink.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
        });
        let server = Server {
            child,
            port,
            stderr,
        };
        server.wait_for(Duration::from_secs(60), |s| s.get("/").0 == 200);
        server
    }

    /// A raw GET: the path is sent exactly as given. Returns status and body.
    fn get(&self, path: &str) -> (u16, String) {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) else {
            return (0, String::new());
        };
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response).into_owned();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    #[track_caller]
    fn wait_for(&self, within: Duration, done: impl Fn(&Server) -> bool) -> Duration {
        let started = Instant::now();
        while !done(self) {
            assert!(
                started.elapsed() < within,
                "not within {within:?}; serve said:\n{}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
        started.elapsed()
    }
}

impl Server {
    /// Opens the live-reload stream the way `page`'s script does.
    fn events_since(&self, page: &str) -> TcpStream {
        let generation: u64 = page
            .split("var since = ")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .and_then(|n| n.trim().parse().ok())
            .expect("the page carries its build generation");
        let mut events = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        events
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            events,
            "GET /__broadsheet/events?since={generation} HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        let head = read_until(&mut events, "", "\r\n\r\n");
        assert!(head.contains("text/event-stream"), "{head}");
        events
    }
}

/// Reads from `stream` until `marker` has been seen, then on to the next
/// `end` after it; returns all that was read.
fn read_until(stream: &mut TcpStream, end: &str, marker: &str) -> String {
    let mut seen = String::new();
    let mut buf = [0u8; 512];
    loop {
        if let Some(at) = seen.find(marker) {
            let rest = &seen[at..];
            if end.is_empty() || rest[marker.len()..].contains(end) {
                return seen;
            }
        }
        let n = stream.read(&mut buf).expect("the event stream stays open");
        assert!(n > 0, "stream closed before {marker:?}: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn an_edit_is_served_and_open_pages_are_told_to_reload() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let (status, page) = server.get(PAGE);
    assert_eq!(status, 200);
    assert!(page.contains("Port Amsel"));
    assert!(!page.contains("The harbour reopened at dawn"));
    assert!(page.contains("/__broadsheet/events"), "live-reload script");
    let mut events = server.events_since(&page);

    let story = site.read(STORY);
    site.write(
        STORY,
        &format!("{story}\nThe harbour reopened at dawn on Thursday, port officials said.\n"),
    );
    // (How soon is a speed goal, not a test's: on a loaded machine a
    // rebuild may take longer. `--nocapture` shows it.)
    let took = server.wait_for(Duration::from_secs(10), |s| {
        s.get(PAGE).1.contains("The harbour reopened at dawn")
    });
    eprintln!("the edit was served after {took:?}");

    read_until(&mut events, "", "event: reload");
    assert!(
        !site.read("preview/index.html").contains("__broadsheet"),
        "the reload script is never written into the built site"
    );
}

#[test]
fn a_broken_template_is_reported_and_the_server_recovers() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let mut events = server.events_since(&server.get(PAGE).1);
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}{{ article.title }{% endblock content %}",
    );
    server.wait_for(Duration::from_secs(10), |s| {
        s.stderr.lock().unwrap().contains("templates/article.html")
    });
    let said = server.stderr.lock().unwrap().clone();
    assert!(said.contains("error: "), "{said}");
    let event = read_until(&mut events, "\n\n", "event: failed");
    assert!(
        event.contains("templates/article.html"),
        "the page's overlay is told the error: {event}"
    );
    assert!(said.contains("still serving the last good build"), "{said}");
    let (status, page) = server.get(PAGE);
    assert_eq!(status, 200, "the last good site is still served");
    assert!(page.contains("Port Amsel"));

    std::fs::remove_file(site.root().join("templates/article.html")).unwrap();
    site.write(
        STORY,
        &format!("{}\nDock workers returned on Friday.\n", site.read(STORY)),
    );
    server.wait_for(Duration::from_secs(10), |s| {
        s.get(PAGE).1.contains("Dock workers returned on Friday")
    });
}

#[test]
fn requests_never_reach_files_outside_the_site() {
    let site = SiteTest::example();
    site.write("preview-secret.txt", "top secret");
    let server = Server::start(&site);
    for attack in [
        "/../site.toml",
        "/../../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E/site.toml",
        "/.%2e/site.toml",
        "/%2e%2e%2fsite.toml",
        "/..%2f..%2fsite.toml",
        "/..%5csite.toml",
        "/..\\site.toml",
        "/%252e%252e/site.toml",
        "/articles/../../site.toml",
        "//etc/passwd",
        "/%2e%2e/preview-secret.txt",
        "/%00../site.toml",
    ] {
        let (status, body) = server.get(attack);
        assert!(status == 400 || status == 404, "{attack}: status {status}");
        assert!(
            !body.contains("base_url") && !body.contains("top secret") && !body.contains("root:"),
            "{attack} leaked a file:\n{body}"
        );
    }
    let (status, body) = server.get("/no-such-page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "the site's 404 page");
}

#[test]
fn two_thousand_requests_during_rebuilds_all_succeed() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let paths = [
        "/",
        PAGE,
        "/style.css",
        "/atom.xml",
        "/tags/",
        "/digest/2024-09-04/",
        "/articles/zelenskyy-and-trudeau-discuss-defence-cooperation-after-deadly-poltava-strike/",
    ];
    let failures = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let editor = scope.spawn(|| {
            let mut edits = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                edits += 1;
                site.write(
                    STORY,
                    &format!("{}\nEdit number {edits} of the story.\n", site.read(STORY)),
                );
                std::thread::sleep(Duration::from_millis(300));
            }
            edits
        });
        let clients: Vec<_> = (0..8)
            .map(|c| {
                let (server, failures) = (&server, &failures);
                scope.spawn(move || {
                    // At least 250 requests each, and on until two rebuilds
                    // have finished while they ran.
                    let builds = || server.stderr.lock().unwrap().matches("built ").count();
                    let mut i = 0;
                    while i < 250 || (builds() < 3 && i < 20_000) {
                        i += 1;
                        let path = paths[(c + i) % paths.len()];
                        let (status, body) = server.get(path);
                        if status != 200 || body.is_empty() {
                            eprintln!("{path}: {status}");
                            failures.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for client in clients {
            client.join().unwrap();
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(editor.join().unwrap() >= 2, "rebuilds happened meanwhile");
    });
    assert_eq!(failures.into_inner(), 0, "failed requests");
    let said = server.stderr.lock().unwrap().clone();
    assert!(said.matches("built ").count() >= 3, "{said}");
}
