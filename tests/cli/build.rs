//! `broadsheet build` on small fixture sites: bad input, the output folder's
//! guarantees, templates.

use crate::harness::{SITE_TOML, SiteTest};

const STORY: &str = "+++\ntitle = \"Harbour strike enters third day\"\ndate = 2024-09-04\n+++\n\nDock workers in Port Amsel stayed out for a third day on Wednesday.\n";

#[test]
fn broken_front_matter_fails_naming_the_file_and_leaves_the_old_site() {
    let site = SiteTest::new().file("content/good.md", STORY);
    site.build().success();
    let before = site.tree("public");
    site.write(
        "content/broken.md",
        "+++\ntitle = \"Broken\"\ndraft = false,\n+++\n\nText.\n",
    );
    site.write(
        "content/unclosed.md",
        "+++\ntitle = \"Unclosed\"\n\nText.\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("content/broken.md:3:14: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/unclosed.md:1: front matter '+++' is not closed"),
        "every problem is reported:\n{}",
        run.stderr
    );
    assert_eq!(
        site.tree("public"),
        before,
        "the previous site is untouched"
    );
    let work: Vec<_> = std::fs::read_dir(site.root().join(".broadsheet"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        work.iter()
            .all(|name| !name.to_string_lossy().starts_with("staging")),
        "no staging folder left: {work:?}"
    );
}

#[test]
fn a_template_error_fails_before_anything_is_written() {
    let site = SiteTest::new()
        .file("content/good.md", STORY)
        .file("templates/article.html", "{% extends \"base.html\" %}{% block content %}{{ article.title | nope }}{% endblock content %}");
    let run = site.build().failure(1);
    assert!(
        run.stderr
            .contains("error: templates/article.html:1:64: error: Unknown filter `nope`"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("public").exists());
}

#[test]
fn a_template_runtime_error_names_the_template_and_the_story() {
    let site = SiteTest::new().file("content/good.md", STORY).file(
        "templates/article.html",
        "<p>{{ article.no_such_field }}</p>",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("error: templates/article.html:1:15: while rendering content/good.md: error: Field `no_such_field` is not defined"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("public").exists(), "nothing written");
}

#[test]
fn a_site_template_overrides_the_built_in_one() {
    let site = SiteTest::new().file("content/good.md", STORY).file(
        "templates/article.html",
        "<p>{{ article.title }} / {{ article.word_count }} words</p>",
    );
    site.build().success();
    assert_eq!(
        site.read("public/articles/harbour-strike-enters-third-day/index.html"),
        "<p>Harbour strike enters third day / 13 words</p>"
    );
    assert!(
        site.read("public/index.html")
            .contains("Harbour strike enters third day"),
        "index.html is still built in"
    );
}

#[test]
fn front_matter_html_is_escaped() {
    let site = SiteTest::new().file(
        "content/x.md",
        "+++\ntitle = \"<img src=x onerror=alert(1)>\"\nslug = \"x\"\ntags = [\"<b>t</b>\"]\n+++\n\nBody text here.\n",
    );
    site.build().success();
    let page = site.read("public/articles/x/index.html");
    assert!(!page.contains("<img src=x"), "{page}");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!page.contains("<b>t</b>"));
}

#[test]
fn wire_stories_are_cleaned_and_get_headlines() {
    let site = SiteTest::new()
        .file(
            "content/2024-09-02-dam.txt",
            "Dam Bursts In Karst Valley\n\nThe Karst dam burst on Monday, flooding four towns and forcing thousands of residents to flee.\n\nThe Karst dam burst on Monday, flooding four towns and forcing thousands of residents to flee.\n\nREAD MORE: Other Headline Here\n\n(With inputs from agencies)\n",
        )
        .file(
            "content/2024-09-03-lede.txt",
            "Rescue teams in the Karst Valley pulled two more survivors from the rubble on Tuesday, officials said.\n\nThe search goes on.\n",
        );
    site.build().success();
    let dam = site.read("public/articles/dam-bursts-in-karst-valley/index.html");
    let body = crate::harness::body_of(&dam);
    assert_eq!(
        body.matches("The Karst dam burst on Monday").count(),
        1,
        "the repeat is gone"
    );
    assert!(!dam.contains("READ MORE"));
    assert!(
        dam.contains("<span>With inputs from agencies</span>"),
        "credit shown as metadata"
    );
    assert!(dam.contains("<time datetime=\"2024-09-02\">2 September 2024</time>"));
    site.read("public/articles/rescue-teams-in-the-karst-valley-pulled-two-more-survivors-from-the-rubble-on/index.html");
}

#[test]
fn duplicate_slugs_fail_naming_both_files() {
    let site = SiteTest::new().file("content/a.md", STORY).file(
        "content/b.md",
        "+++\ntitle = \"Other\"\nslug = \"Harbour-Strike-Enters-Third-Day\"\n+++\nText.\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("content/a.md and content/b.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_scheduled_story_that_would_share_a_page_fails_now_not_on_its_day() {
    let site = SiteTest::new().file("content/a.md", STORY).file(
        "content/later.md",
        "+++\ntitle = \"Other\"\ndate = 2099-01-01\nslug = \"harbour-strike-enters-third-day\"\n+++\nText.\n",
    );
    for command in [&["build"][..], &["check"]] {
        let run = site.run(command).failure(1);
        assert!(
            run.stderr.contains("content/a.md and content/later.md"),
            "{command:?}: {}",
            run.stderr
        );
    }
    // A draft may share it: it is a draft until it is built with --drafts.
    site.write(
        "content/later.md",
        "+++\ntitle = \"Other\"\ndraft = true\nslug = \"harbour-strike-enters-third-day\"\n+++\nText.\n",
    );
    site.build().success();
}

#[test]
fn foreign_files_survive_and_stale_pages_are_pruned() {
    let site = SiteTest::new()
        .file("content/a.md", STORY)
        .file(
            "content/b.md",
            "+++\ntitle = \"Second story\"\n+++\nText of the second story.\n",
        )
        .file("public/CNAME", "news.example.org")
        .file("public/.git/HEAD", "ref: refs/heads/main");
    site.build().success();
    assert!(
        site.root()
            .join("public/articles/second-story/index.html")
            .is_file()
    );
    let kept = site
        .root()
        .join("public/articles/harbour-strike-enters-third-day/index.html");
    let mtime = std::fs::metadata(&kept).unwrap().modified().unwrap();

    std::fs::remove_file(site.root().join("content/b.md")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.build().success();
    assert!(
        !site.root().join("public/articles/second-story").exists(),
        "stale page pruned"
    );
    assert_eq!(
        std::fs::metadata(&kept).unwrap().modified().unwrap(),
        mtime,
        "unchanged page not rewritten"
    );
    assert_eq!(site.read("public/CNAME"), "news.example.org");
    assert_eq!(site.read("public/.git/HEAD"), "ref: refs/heads/main");
}

#[test]
fn a_hand_made_file_in_the_way_is_not_overwritten() {
    let site = SiteTest::new()
        .file("content/a.md", STORY)
        .file("public/index.html", "my own page");
    let run = site.build().failure(2);
    assert!(run.stderr.contains("index.html"), "{}", run.stderr);
    assert_eq!(site.read("public/index.html"), "my own page");
    site.run(&["build", "--force"]).success();
    assert!(site.read("public/index.html").contains("Harbour strike"));
}

#[test]
fn unsafe_output_folders_are_refused() {
    let site = SiteTest::new().file("content/a.md", STORY);
    for out in [".", "..", "content", "content/x"] {
        let run = site.run(&["build", "--output", out]).failure(2);
        assert!(
            run.stderr.contains("refusing to use"),
            "{out}: {}",
            run.stderr
        );
    }
    assert!(!site.root().join("content/x").exists());
    assert!(!site.root().join("content/index.html").exists());
}

#[test]
fn config_errors_exit_2_with_the_line() {
    let site = SiteTest::new().file("site.toml", &format!("{SITE_TOML}tilte = \"x\"\n"));
    let run = site.build().failure(2);
    assert!(
        run.stderr.contains("site.toml:3:1: unknown field `tilte`"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(site.root().join("site.toml")).unwrap();
    let run = site.build().failure(2);
    assert!(run.stderr.contains("site.toml not found"), "{}", run.stderr);
}

#[test]
fn base_url_flag_moves_every_link() {
    let site = SiteTest::new().file("content/a.md", STORY);
    site.run(&["build", "--base-url", "https://preview.example.net/pr-7"])
        .success();
    let front = site.read("public/index.html");
    assert!(
        front.contains("href=\"/pr-7/articles/harbour-strike-enters-third-day/\""),
        "{front}"
    );
    assert!(front.contains("href=\"/pr-7/style.css\""));
}

#[test]
fn static_files_are_copied_and_hidden_files_skipped() {
    let site = SiteTest::new()
        .file("content/a.md", STORY)
        .file("content/img/map.svg", "<svg/>")
        .file("content/_notes/x.md", "not a story")
        .file("content/.DS_Store", "junk");
    site.build().success();
    assert_eq!(site.read("public/img/map.svg"), "<svg/>");
    assert!(!site.root().join("public/_notes").exists());
    assert!(!site.root().join("public/.DS_Store").exists());
}

#[test]
fn every_broken_file_is_reported_in_one_run() {
    let site = SiteTest::new()
        .file("content/good.md", STORY)
        .file("content/unclosed.md", "+++\ntitle = \"Unclosed\"\n")
        .file("content/img/photo 12:30.jpg", "jpeg")
        .file(
            "content/articles/harbour-strike-enters-third-day/index.html",
            "a static page in the way",
        );
    std::fs::write(
        site.root().join("content/bad.txt"),
        b"Caf\xe9 news\n\nText.\n",
    )
    .unwrap();
    let run = site.build().failure(1);
    for expected in [
        "content/bad.txt:1:4: invalid UTF-8 at byte 3",
        "content/unclosed.md:1: front matter '+++' is not closed",
        "content/img/photo 12:30.jpg: cannot be published",
        "content/articles/harbour-strike-enters-third-day/index.html: output path `articles/harbour-strike-enters-third-day/index.html` is also produced by content/good.md",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_static_file_clashing_by_case_with_the_theme_is_reported() {
    let site = SiteTest::new()
        .file("content/good.md", STORY)
        .file("content/Style.css", "body{}");
    let run = site.build().failure(1);
    assert!(run.stderr.contains("content/Style.css: output path `Style.css` is also produced by templates/static/style.css"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn symlinks_in_content_are_never_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.toml"),
        "title = \"SENTINEL-4242\"\n",
    )
    .unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "+++\ntitle = \"SENTINEL-4243\"\n+++\nSecret.\n",
    )
    .unwrap();
    let site = SiteTest::new().file(
        "content/wire.txt",
        "Wire Headline\n\nBody of the wire story.\n",
    );
    std::os::unix::fs::symlink(
        outside.path().join("secret.toml"),
        site.root().join("content/wire.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        site.root().join("content/leak.md"),
    )
    .unwrap();
    let run = site.build().success();
    assert!(
        run.stderr
            .contains("warning: content/wire.toml: skipped: symbolic link not followed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("warning: content/leak.md: skipped"),
        "{}",
        run.stderr
    );
    for (path, bytes) in site.tree("public") {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("SENTINEL"),
            "{} leaks the outside file",
            path.display()
        );
    }
    site.read("public/articles/wire-headline/index.html");
}

#[test]
fn a_template_linked_from_elsewhere_is_used_and_a_broken_link_is_an_error() {
    let theme = tempfile::tempdir().unwrap();
    std::fs::write(
        theme.path().join("404.html"),
        "<p>THEME-404 {{ site.title }}</p>",
    )
    .unwrap();
    let site = SiteTest::new().file("content/good.md", STORY);
    std::fs::create_dir_all(site.root().join("templates")).unwrap();
    std::os::unix::fs::symlink(
        theme.path().join("404.html"),
        site.root().join("templates/404.html"),
    )
    .unwrap();
    // An editor's lock file is a broken link, and hidden: passed over.
    std::os::unix::fs::symlink("user@host.1234", site.root().join("templates/.#404.html")).unwrap();
    site.build().success();
    assert_eq!(site.read("public/404.html"), "<p>THEME-404 Test Desk</p>");

    std::os::unix::fs::symlink(
        theme.path().join("gone.html"),
        site.root().join("templates/card.html"),
    )
    .unwrap();
    let before = site.tree("public");
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("templates/card.html") && run.stderr.contains("symbolic link"),
        "{}",
        run.stderr
    );
    assert!(
        site.tree("public") == before,
        "a failed build left the site as it was"
    );
}

#[test]
fn the_work_folder_is_never_an_output() {
    let site = SiteTest::new().file("content/a.md", STORY);
    let run = site.run(&["build", "--output", ".broadsheet"]).failure(2);
    assert!(
        run.stderr.contains("Broadsheet's work folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn story_extensions_are_matched_without_case() {
    let site = SiteTest::new().file(
        "content/LOUD.MD",
        "+++\ntitle = \"Loud story\"\ndraft = true\n+++\nSecret draft text.\n",
    );
    site.build().success();
    assert!(
        !site.root().join("public/LOUD.MD").exists(),
        "a story is never published raw"
    );
    site.run(&["build", "--drafts"]).success();
    site.read("public/articles/loud-story/index.html");
}

#[test]
fn a_javascript_original_url_is_refused() {
    let site = SiteTest::new().file(
        "content/a.md",
        "+++\ntitle = \"x\"\noriginal_url = \"javascript:alert(document.domain)\"\n+++\nText.\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("content/a.md:3:16: `original_url`"),
        "{}",
        run.stderr
    );
}

#[test]
fn removing_a_promo_does_not_pull_text_into_a_list() {
    let site = SiteTest::new().file(
        "content/a.md",
        "+++\ntitle = \"List story\"\n+++\n\nIntro paragraph of the story.\n\n- first item\n\nREAD MORE: Elsewhere\n\n  Indented text after the promo.\n",
    );
    site.build().success();
    let page = site.read("public/articles/list-story/index.html");
    let body = crate::harness::body_of(&page);
    let list = crate::harness::between(body, "<ul>", "</ul>");
    assert!(!list.contains("Indented text"), "{body}");
    assert!(page.contains("Indented text after the promo."));
}

#[test]
fn progress_never_counts_past_a_stage_s_steps() {
    use std::sync::{Arc, Mutex};

    /// Each stage with its announced steps and the steps done.
    #[derive(Default)]
    struct Record(Mutex<Vec<(&'static str, usize, usize)>>);
    impl broadsheet::Progress for Record {
        fn stage(&self, name: &'static str, steps: usize) {
            self.0.lock().unwrap().push((name, steps, 0));
        }
        fn advance(&self, n: usize) {
            self.0.lock().unwrap().last_mut().unwrap().2 += n;
        }
    }
    let site = SiteTest::example();
    let record = Arc::new(Record::default());
    let options = broadsheet::BuildOptions {
        now: Some("2024-09-06T12:00:00Z".parse().unwrap()),
        progress: Some(record.clone()),
        ..Default::default()
    };
    broadsheet::build(site.root(), &options).unwrap();
    let stages = record.0.lock().unwrap();
    let rendering = stages.iter().find(|(name, ..)| *name == "rendering");
    assert!(
        rendering.is_some_and(|&(_, steps, done)| steps > 20 && done == steps),
        "{stages:?}"
    );
    for &(name, steps, done) in stages.iter() {
        assert!(done <= steps, "{name}: {done} of {steps}");
    }
}
