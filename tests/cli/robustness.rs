//! Bad input, one case each: a clear message naming the file and the cause,
//! the right exit code, no panic, and the previous site left exactly as it
//! was (or, where the story can still be published, a build that works).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::harness::{Run, SiteTest};

const GOOD: &str = "+++\ntitle = \"Harbour reopens\"\ndate = 2024-05-01\n+++\nThe harbour reopened on Monday after a three-day strike.\n";

/// A site built once with one good story: the "previous site".
fn built() -> (SiteTest, BTreeMap<PathBuf, Vec<u8>>) {
    let site = SiteTest::new().file("content/good.md", GOOD);
    site.build().success();
    let before = site.tree("public");
    (site, before)
}

/// Builds after `site` was broken: fails with `code`, names every one of
/// `needles`, and leaves `public/` byte for byte as it was.
#[track_caller]
fn fails_keeping_the_site(
    site: &SiteTest,
    before: &BTreeMap<PathBuf, Vec<u8>>,
    code: i32,
    needles: &[&str],
) -> Run {
    let run = site.build().failure(code);
    for needle in needles {
        assert!(
            run.stderr.contains(needle),
            "expected {needle:?} in:\n{}",
            run.stderr
        );
    }
    assert!(site.tree("public") == *before, "the previous site changed");
    assert!(!has_staging(site), "a staging folder was left behind");
    run
}

/// Whether the work folder holds a staging folder.
fn has_staging(site: &SiteTest) -> bool {
    std::fs::read_dir(site.root().join(".broadsheet"))
        .unwrap()
        .any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("staging")
        })
}

#[test]
fn malformed_toml_front_matter() {
    let (site, before) = built();
    site.write("content/bad.md", "+++\ntitle = \"Unclosed\n+++\nText.\n");
    fails_keeping_the_site(&site, &before, 1, &["content/bad.md:2:"]);
}

#[test]
fn front_matter_with_wrong_types() {
    let (site, before) = built();
    site.write(
        "content/date.md",
        "+++\ntitle = \"A\"\ndate = 20240501\n+++\nText.\n",
    );
    site.write(
        "content/tags.md",
        "+++\ntitle = \"B\"\ntags = \"politics\"\n+++\nText.\n",
    );
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &[
            "content/date.md:3:8: `date`: expected a TOML datetime",
            "content/tags.md:3:",
        ],
    );
}

#[test]
fn unterminated_front_matter() {
    let (site, before) = built();
    site.write(
        "content/open.md",
        "+++\ntitle = \"Never closed\"\n\nText.\n",
    );
    fails_keeping_the_site(&site, &before, 1, &["content/open.md:1:", "+++"]);
}

#[test]
fn invalid_utf8() {
    let (site, before) = built();
    std::fs::write(
        site.root().join("content/latin1.txt"),
        b"Caf\xe9 owners protest\n\nThe caf\xe9 owners of the old town marched on Monday.\n",
    )
    .unwrap();
    fails_keeping_the_site(&site, &before, 1, &["content/latin1.txt", "UTF-8"]);
}

#[test]
fn a_bom_and_crlf_line_endings_just_work() {
    let site = SiteTest::new()
        .file(
            "content/bom.md",
            "\u{feff}+++\r\ntitle = \"Windows story\"\r\ndate = 2024-05-01\r\n+++\r\nFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n",
        )
        .file(
            "content/2024-05-02-crlf.txt",
            "Wire headline here\r\n\r\nThe wire lede sentence, with a comma.\r\n\r\nAnother paragraph of the story.\r\n",
        );
    site.build().success();
    let page = site.read("public/articles/windows-story/index.html");
    assert!(page.contains("<h1>Windows story</h1>"));
    assert!(page.contains("<p>Second paragraph here.</p>"), "{page}");
    let wire = site.read("public/articles/wire-headline-here/index.html");
    assert!(wire.contains("<p>Another paragraph of the story.</p>"));
    assert!(!wire.contains('\r'));
}

#[test]
fn empty_and_whitespace_only_files() {
    let (site, before) = built();
    site.write("content/empty.txt", "");
    site.write("content/blank.md", "  \n\n\t\n");
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &["content/empty.txt: ", "content/blank.md:1: "],
    );
}

#[test]
fn a_story_that_is_only_clutter() {
    let (site, before) = built();
    site.write(
        "content/promo.txt",
        "READ MORE: Markets slide as rates rise\n\nALSO READ: Five things to know today\n",
    );
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &["content/promo.txt: nothing is left after cleaning"],
    );
}

#[test]
fn a_binary_file_named_txt() {
    let (site, before) = built();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0u8..=255).cycle().take(4096));
    std::fs::write(site.root().join("content/photo.txt"), png).unwrap();
    fails_keeping_the_site(&site, &before, 1, &["content/photo.txt"]);
}

#[test]
fn a_50_mb_story_is_refused_without_being_read() {
    let (site, before) = built();
    let file = std::fs::File::create(site.root().join("content/huge.txt")).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &["content/huge.txt", "max_article_bytes"],
    );
}

#[test]
fn a_10000_paragraph_story_builds() {
    let mut text = String::from("+++\ntitle = \"The long read\"\ndate = 2024-05-01\n+++\n");
    for i in 0..10_000 {
        text.push_str(&format!(
            "Paragraph {i} says that the council met on Tuesday and {} people attended.\n\n",
            i % 97 + 3
        ));
    }
    let site = SiteTest::new().file("content/long.md", &text);
    site.build().success();
    let page = site.read("public/articles/the-long-read/index.html");
    assert!(page.contains("Paragraph 9999 says"));
    assert_eq!(page.matches("<p>Paragraph ").count(), 10_000);
}

#[test]
fn unsafe_slugs_are_refused() {
    for (i, slug) in [
        "../escape",
        "a/b",
        "a\\\\b",
        "nul\\u0000byte",
        "CON",
        "aux",
        "lpt1",
        "..",
    ]
    .iter()
    .enumerate()
    {
        let (site, before) = built();
        site.write(
            &format!("content/s{i}.md"),
            &format!("+++\ntitle = \"Story\"\nslug = \"{slug}\"\n+++\nText.\n"),
        );
        fails_keeping_the_site(&site, &before, 1, &[&format!("content/s{i}.md:3:"), "slug"]);
    }
}

#[test]
fn titles_that_would_make_unsafe_slugs_get_safe_ones() {
    let site = SiteTest::new()
        .file(
            "content/a.md",
            "+++\ntitle = \"../../etc/passwd\"\n+++\nText.\n",
        )
        .file("content/b.md", "+++\ntitle = \"CON\"\n+++\nText.\n");
    site.build().success();
    for entry in std::fs::read_dir(site.root().join("public/articles")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.contains('.') && !name.eq_ignore_ascii_case("con"),
            "unsafe folder name {name}"
        );
    }
    assert!(!site.root().join("etc").exists());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_and_a_symlink_out_of_content_are_skipped_with_a_warning() {
    let (site, before) = built();
    std::os::unix::fs::symlink("loop", site.root().join("content/loop")).unwrap();
    std::fs::create_dir_all(site.root().join("content/sub")).unwrap();
    std::os::unix::fs::symlink("..", site.root().join("content/sub/up")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", site.root().join("content/passwd.txt")).unwrap();
    let run = site.build().success();
    for name in ["content/loop", "content/sub/up", "content/passwd.txt"] {
        assert!(
            run.stderr
                .contains(&format!("warning: {name}: skipped: symbolic link")),
            "{name}:\n{}",
            run.stderr
        );
    }
    assert_eq!(site.tree("public"), before, "nothing new was published");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let (site, before) = built();
    let path = site.root().join("content/secret.md");
    std::fs::write(&path, GOOD).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Root reads anything: run the build as an unprivileged user.
        for dir in [site.root().to_path_buf(), site.root().join("content")] {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_broadsheet"))
            .args(["check"])
            .current_dir(site.root())
            .output()
            .expect("setpriv (util-linux) runs the build as nobody");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("content/secret.md") && stderr.contains("ermission denied"),
            "{stderr}"
        );
        assert_eq!(site.tree("public"), before);
        return;
    }
    let run = fails_keeping_the_site(
        &site,
        &before,
        1,
        &["content/secret.md", "ermission denied"],
    );
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn site_toml_without_a_required_key_or_with_an_unknown_one() {
    let (site, before) = built();
    site.write("site.toml", "title = \"T\"\n");
    fails_keeping_the_site(
        &site,
        &before,
        2,
        &["site.toml", "missing field `base_url`"],
    );
    site.write(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/\"\ncolour = \"blue\"\n",
    );
    fails_keeping_the_site(
        &site,
        &before,
        2,
        &["site.toml:3:1", "unknown field `colour`"],
    );
}

#[test]
fn a_template_with_a_syntax_error_or_an_undefined_variable() {
    let (site, before) = built();
    site.write("templates/index.html", "{% for x in %}\n");
    fails_keeping_the_site(&site, &before, 1, &["templates/index.html:1:"]);
    site.write(
        "templates/index.html",
        "{% extends \"base.html\" %}{% block content %}{{ no_such_variable.title }}{% endblock content %}",
    );
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &["templates/index.html", "no_such_variable"],
    );
}

#[test]
fn an_output_folder_that_is_a_file() {
    let site = SiteTest::new()
        .file("content/good.md", GOOD)
        .file("out", "a file, not a folder\n");
    let run = site.run(&["build", "--output", "out"]).failure(2);
    assert!(run.stderr.contains("it is not a folder"), "{}", run.stderr);
    assert_eq!(site.read("out"), "a file, not a folder\n");
}

#[test]
fn output_folders_that_hold_the_site_are_refused_before_anything_is_deleted() {
    let site = SiteTest::new().file("content/good.md", GOOD);
    for (output, reason) in [
        (".", "it contains the project"),
        ("..", "it contains the project"),
        ("content", "it overlaps"),
        ("content/sub", "it overlaps"),
    ] {
        let run = site.run(&["build", "--output", output]).failure(2);
        assert!(run.stderr.contains(reason), "{output}: {}", run.stderr);
    }
    site.write(
        "site.toml",
        &format!("{}output_dir = \".\"\n", crate::harness::SITE_TOML),
    );
    site.build().failure(2);
    assert_eq!(site.read("content/good.md"), GOOD, "the content is intact");
}

/// A site with many stories, and a second version of every one of them.
fn two_versions() -> SiteTest {
    let site = SiteTest::new();
    for i in 0..12 {
        site.write(
            &format!("content/s{i:02}.md"),
            &format!(
                "+++\ntitle = \"Story {i}\"\ndate = 2024-05-{:02}\ntags = [\"t{}\"]\n+++\nVersion one of story {i}.\n",
                i + 1,
                i % 3
            ),
        );
    }
    site
}

fn edit_all(site: &SiteTest) {
    for i in 0..12 {
        let path = format!("content/s{i:02}.md");
        site.write(
            &path,
            &site.read(&path).replace("Version one", "Version two"),
        );
    }
    site.write(
        "content/new.md",
        "+++\ntitle = \"A new story\"\ndate = 2024-05-20\n+++\nNew.\n",
    );
}

#[test]
fn a_build_killed_while_rendering_leaves_the_old_site_exactly() {
    let site = two_versions();
    site.build().success();
    let before = site.tree("public");
    edit_all(&site);
    let run = site.run_with(None, &[("BROADSHEET_TEST_ABORT", "stage:5")], &["build"]);
    assert_ne!(run.code, 0, "the build was killed");
    assert!(site.tree("public") == before, "the old site changed");
    site.build().success();
    assert!(site.read("public/index.html").contains("Version two"));
    assert!(
        !has_staging(&site),
        "the killed build's staging folder is cleared"
    );
}

#[test]
fn a_build_killed_while_committing_leaves_each_file_old_or_new_and_the_next_build_completes() {
    let reference = two_versions();
    edit_all(&reference);
    reference.build().success();
    let new = reference.tree("public");

    let site = two_versions();
    site.build().success();
    let old = site.tree("public");
    edit_all(&site);
    let run = site.run_with(None, &[("BROADSHEET_TEST_ABORT", "commit:3")], &["build"]);
    assert_ne!(run.code, 0, "the build was killed");
    let middle = site.tree("public");
    let mut moved = 0;
    for (path, bytes) in &middle {
        let is_old = old.get(path) == Some(bytes);
        let is_new = new.get(path) == Some(bytes);
        assert!(
            is_old || is_new,
            "{} is neither old nor new",
            path.display()
        );
        moved += usize::from(is_new && !is_old);
    }
    assert_eq!(moved, 3, "killed after the third file moved");
    site.build().success();
    assert!(
        site.tree("public") == new,
        "the next build completes the commit"
    );
}

#[test]
fn a_first_build_killed_before_its_one_rename_leaves_no_output_and_the_next_build_completes() {
    let reference = two_versions();
    reference.build().success();
    let fresh = reference.tree("public");

    let site = two_versions();
    let run = site.run_with(None, &[("BROADSHEET_TEST_ABORT", "rename:1")], &["build"]);
    assert_ne!(run.code, 0, "the build was killed");
    assert!(
        !site.root().join("public").exists(),
        "no output until the rename"
    );
    site.build().success();
    assert!(site.tree("public") == fresh, "the next build is whole");
    assert!(
        !has_staging(&site),
        "the killed build's staging folder is cleared"
    );
}

#[test]
fn a_second_build_of_the_same_output_at_the_same_time_is_refused() {
    let site = two_versions();
    site.build().success();
    let before = site.tree("public");
    edit_all(&site);
    // The first build holds the output's lock file while it writes.
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(site.root().join(".broadsheet/public.lock"))
        .unwrap();
    lock.lock().unwrap();
    let run = site.run(&["build"]).failure(2);
    assert!(
        run.stderr.contains("another build is writing"),
        "{}",
        run.stderr
    );
    assert!(site.tree("public") == before, "the output is untouched");
    drop(lock);
    site.build().success();
    assert!(site.read("public/index.html").contains("Version two"));
}

#[test]
fn a_build_creates_and_deletes_nothing_outside_the_output_and_its_work_folder() {
    let site = two_versions();
    site.write("notes.txt", "mine\n");
    let outside = |site: &SiteTest| -> Vec<PathBuf> {
        walkdir::WalkDir::new(site.root())
            .into_iter()
            .map(|e| {
                e.unwrap()
                    .path()
                    .strip_prefix(site.root())
                    .unwrap()
                    .to_path_buf()
            })
            .filter(|p| !p.starts_with("public") && !p.starts_with(".broadsheet"))
            .collect()
    };
    let before = outside(&site);
    site.build().success();
    assert_eq!(outside(&site), before, "a first build");
    edit_all(&site);
    let edited = outside(&site);
    site.build().success();
    assert_eq!(outside(&site), edited, "a rebuild");
}

#[test]
fn script_in_a_story_is_rendered_inert_everywhere() {
    let evil = "+++\ntitle = \"<script>alert('t')</script>{{ site.title }}{% if true %}yes{% endif %}\"\ndate = 2024-05-01\ndescription = \"<img src=x onerror=alert('d')>\"\nsource = \"<b onmouseover=alert('s')>Wire</b>\"\nauthor = \"{{ article.body_html }}\"\ntags = [\"<script>x</script>\"]\noriginal_url = \"https://example.com/a?x=<script>\"\n+++\nThe lede of the story, with a <script>alert('b')</script> in it.\n\n<iframe src=\"https://evil.example/\"></iframe>\n\n[Click](javascript:alert('l')) and <a href=\"JaVaScRiPt:alert('m')\">this</a>.\n\n<svg><script>alert('svg')</script><circle onload=\"alert('c')\"/></svg>\n\n<img src=\"x\" onerror=\"alert('i')\"> and <p style=\"background:url(javascript:alert('css'))\">styled</p>\n\nLiteral {{ site.title }} and {% raw %}tags{% endraw %} stay text.\n";
    let site = SiteTest::new().file("content/evil.md", evil).file(
        "content/2024-05-02-wire.txt",
        "Wire story with markup\n\nThe wire lede shows <img src=x onerror=alert('w')> as text, and `<svg onload=alert('c')>` in a code span.\n",
    );
    site.build().success();
    // JSON-LD is data: it must parse, and hold no `<` to close its element.
    let json_ld =
        regex::Regex::new(r#"(?s)<script type="application/ld\+json">(.*?)</script>"#).unwrap();
    let live = regex::Regex::new(
        r#"<[a-z][a-z0-9]*(?:\s+[a-z:-]+(?:="[^"]*"|='[^']*'|=[^\s>"']+)?)*\s+(?:on[a-z]+\s*=|(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:)"#,
    )
    .unwrap();
    let mut checked = 0;
    for (path, bytes) in site.tree("public") {
        let name = path.to_string_lossy().into_owned();
        if name.starts_with("pagefind/") || name.ends_with(".css") {
            continue;
        }
        let mut text = String::from_utf8_lossy(&bytes).to_lowercase();
        if name.ends_with(".json") {
            // JSON Feed: titles are plain text; only `content_html` is HTML.
            let feed: serde_json::Value = serde_json::from_str(&text).unwrap();
            text = feed["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| item["content_html"].as_str().unwrap().to_string())
                .collect();
        }
        for caps in json_ld.captures_iter(&text) {
            assert!(!caps[1].contains('<'), "{name}: raw < in JSON-LD");
            serde_json::from_str::<serde_json::Value>(&caps[1]).unwrap();
        }
        let text = json_ld.replace_all(&text, "");
        // Only the search page's own scripts are left; no tag from the story
        // carries a handler or a javascript: URL. (Story text may say
        // `onerror=` or `javascript:` as escaped text: that is inert.)
        let scripts = text.matches("<script").count();
        assert_eq!(
            scripts,
            if name == "search/index.html" { 2 } else { 0 },
            "{name} has a script from the story"
        );
        assert!(!live.is_match(&text), "{name}: {:?}", live.find(&text));
        for tag in ["<iframe", "<svg", "<circle", "<img src=x"] {
            assert!(!text.contains(tag), "{name} contains {tag}");
        }
        checked += 1;
    }
    assert!(checked > 5);
    // The search index shows excerpts as HTML: story text goes in escaped.
    let mut fragments = 0;
    for (path, bytes) in site.tree("public/pagefind") {
        if path.extension().is_some_and(|e| e == "pf_fragment") {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
                .unwrap();
            // Pagefind's script puts `content` excerpts in as HTML (the
            // title goes in as text). A file holds one story's fragment, or
            // several by their hash.
            let file: serde_json::Value =
                serde_json::from_str(text.strip_prefix("pagefind_dcd").unwrap()).unwrap();
            let group: Vec<&serde_json::Value> = match file.get("content") {
                Some(_) => vec![&file],
                None => file.as_object().unwrap().values().collect(),
            };
            for fragment in group {
                let content = fragment["content"].as_str().unwrap();
                assert!(content.contains("lede"), "{content}");
                for raw in ["<script", "<img", "<iframe", "<svg", "<a href"] {
                    assert!(
                        !content.contains(raw),
                        "raw {raw} in the search index: {content}"
                    );
                }
                fragments += 1;
            }
        }
    }
    assert_eq!(fragments, 2);
    let page =
        site.read("public/articles/script-alert-t-script-site-title-if-true-yes-endif/index.html");
    assert!(
        page.contains("{{ site.title }}{% if true %}yes{% endif %}"),
        "template text stays text"
    );
    assert!(page.contains("Literal {{ site.title }} and {% raw %}tags{% endraw %} stay text."));
    assert!(
        !page.contains("Test Desk{% if"),
        "front matter is never a template"
    );
}

#[test]
fn the_output_does_not_depend_on_where_or_when_the_site_is_built() {
    let a = SiteTest::example();
    let b = SiteTest::example();
    a.run_at(Some(1_725_624_000), &["build"]).success();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.run_at(Some(1_725_624_000), &["build"]).success();
    let (ta, tb) = (a.tree("public"), b.tree("public"));
    assert!(ta == tb, "two folders, two moments: different output");
    let root = a.root().to_string_lossy().into_owned();
    for (path, bytes) in ta {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&root),
            "{} holds an absolute path",
            path.display()
        );
    }
}

#[test]
fn two_stories_with_one_slug() {
    let (site, before) = built();
    site.write(
        "content/again.md",
        "+++\ntitle = \"Other\"\nslug = \"harbour-reopens\"\n+++\nText.\n",
    );
    fails_keeping_the_site(
        &site,
        &before,
        1,
        &[
            "content/again.md and content/good.md",
            "articles/harbour-reopens/index.html",
        ],
    );
}
