//! The authoring loop outside `serve`: `check` finds each problem with its
//! file and line, `init` and `new` make things that build, and the
//! diagnostics read well.

use crate::harness::SiteTest;

fn story(title: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndate = 2024-05-01\n+++\n{body}\n")
}

#[test]
fn check_reports_front_matter_errors_with_the_line_shown() {
    let site = SiteTest::new()
        .file("content/ok.md", &story("Fine", "A fine story."))
        .file(
            "content/bad.md",
            "+++\ntitle = \"Broken\"\ndate = \"yesterday\"\n+++\nText.\n",
        );
    let run = site.run(&["check"]).failure(1);
    assert!(
        run.stderr
            .contains("error: content/bad.md:3:8: `date`: 'yesterday' is not a date"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("  3 | date = \"yesterday\"\n    |        ^"),
        "the offending line with a caret:\n{}",
        run.stderr
    );
    assert!(!site.root().join("public").exists(), "check writes nothing");
}

#[test]
fn check_reports_stories_empty_after_cleaning_and_duplicate_slugs() {
    let site = SiteTest::new()
        .file(
            "content/promo.txt",
            "Flood warning lifted\n\nREAD MORE: Flood warning lifted for the valley\n",
        )
        .file(
            "content/a.md",
            &story("Harbour strike", "Dock workers walked out."),
        )
        .file(
            "content/b.md",
            &story("Harbour Strike", "Dock workers walked out again."),
        );
    let run = site.run(&["check"]).failure(1);
    assert!(
        run.stderr
            .contains("content/promo.txt: nothing is left after cleaning"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/a.md and content/b.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_warns_about_missing_dates_and_headlines_with_the_file() {
    let site = SiteTest::new()
        .file(
            "content/undated.md",
            "+++\ntitle = \"No date here\"\n+++\nThe council met.\n",
        )
        .file(
            "content/2024-05-02-lede-only.txt",
            "The council approved a new budget on Tuesday after a long debate about school funding.\n\nIt passed by 30 votes to 12.\n",
        );
    let run = site.run(&["check"]).success();
    assert!(
        run.stderr.contains("warning: content/undated.md: no date"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning: content/2024-05-02-lede-only.txt: no headline: made one from the lede"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("2 warning(s)"), "{}", run.stderr);
    site.run(&["check", "--strict"]).failure(1);
    // A build counts them too, and says where they are listed.
    let run = site.build();
    assert!(
        run.stderr.contains("note: 2 warning(s) about the stories")
            && run.stderr.contains("; 2 warning(s)\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_finds_links_to_pages_that_do_not_exist() {
    let site = SiteTest::new()
        .file("content/target.md", &story("Target story", "Here."))
        .file(
            "content/links.md",
            &story(
                "Links",
                "See [the target](/news/articles/target-story/).\n\nAnd [a gap](/news/articles/no-such-story/) too.\n\nAnd [relative](../target-story/) and [away](https://elsewhere.example/x).\n\nAnd [without the base path](/articles/target-story/), [elsewhere on the host](/about/).\n",
            ),
        );
    let run = site.run(&["check"]).success();
    assert!(
        run.stderr.contains(
            "warning: content/links.md:7: link to a page that does not exist: /news/articles/no-such-story/"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr
            .matches("link to a page that does not exist")
            .count(),
        1,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning: content/links.md:11: link without the site's base path: /articles/target-story/ (the page is /news/articles/target-story/)"
        ),
        "{}",
        run.stderr
    );
    // (Not `/about/`: the site has no such page, the host may.)
    assert_eq!(run.stderr.matches("warning: ").count(), 2, "{}", run.stderr);
}

#[test]
fn check_points_at_clutter_that_no_rule_removed() {
    let site = SiteTest::new().file(
        "content/a.md",
        &story(
            "Bridge reopens",
            "The Amsel bridge reopened on Monday after three months of repairs.\n\nTraffic was light in the morning, officials said.\n\nFollow us on Mastodon for live traffic updates.\n",
        ),
    );
    let run = site.run(&["check"]).success();
    assert!(
        run.stderr.contains(
            "warning: content/a.md:9: looks like clutter, but no cleaning rule removed it: \"Follow us on Mastodon"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("Traffic was light"), "{}", run.stderr);
}

#[test]
fn init_makes_a_site_that_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let site_dir = dir.path().join("desk");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .arg("init")
        .arg(&site_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .args(["build"])
        .current_dir(&site_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let front = std::fs::read_to_string(site_dir.join("public/index.html")).unwrap();
    assert!(front.contains("Welcome to Broadsheet"));
    assert!(
        site_dir
            .join("public/articles/welcome-to-broadsheet/index.html")
            .is_file()
    );
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .arg("init")
        .arg(&site_dir)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2), "never overwrites a site");
}

#[test]
fn new_writes_a_story_that_the_next_build_publishes() {
    let site = SiteTest::new();
    let run = site
        .run_at(Some(1_714_600_000), &["new", "Tram fares to rise in June"])
        .success();
    assert!(
        run.stderr
            .contains("wrote content/2024-05-01-tram-fares-to-rise-in-june.md"),
        "{}",
        run.stderr
    );
    site.run_at(Some(1_714_600_100), &["build"]).success();
    let page = site.read("public/articles/tram-fares-to-rise-in-june/index.html");
    assert!(page.contains("<h1>Tram fares to rise in June</h1>"));
    site.run_at(Some(1_714_600_000), &["new", "Tram fares to rise in June"])
        .failure(2);
}

#[test]
fn quiet_prints_nothing_and_verbose_prints_each_stage() {
    let site = SiteTest::new().file("content/a.md", &story("A story", "Text here."));
    let run = site.run(&["--quiet", "build"]).success();
    assert_eq!(run.stderr, "");
    let run = site.run(&["--verbose", "build"]).success();
    for stage in [
        "loading the settings",
        "reading and compiling",
        "parsing and cleaning",
        "summarizing",
        "assembling",
        "rendering",
        "writing",
    ] {
        assert!(run.stderr.contains(&format!("{stage}: ")), "{}", run.stderr);
    }
    assert!(run.stderr.contains("built 1 stories, "), "{}", run.stderr);
    // And every file it changed: an edited story's page, a removed one's.
    site.write("content/b.md", &story("Another story", "More text here."));
    site.run(&["build"]).success();
    site.write("content/a.md", &story("A story", "Other text."));
    std::fs::remove_file(site.root().join("content/b.md")).unwrap();
    let run = site.run(&["--verbose", "build"]).success();
    assert!(
        run.stderr
            .contains("written: public/articles/a-story/index.html\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("pruned: public/articles/another-story/index.html\n"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("written: public/style.css"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains('\u{1b}'),
        "no progress bar drawn when not on a terminal:\n{}",
        run.stderr
    );
}

#[test]
fn an_index_file_gives_a_folder_of_wire_copy_its_outlet_and_topics() {
    let site = SiteTest::new()
        .file(
            "content/wire/_index.md",
            "+++\nsource = \"Amsel Wire\"\ntags = [\"World\"]\n+++\n",
        )
        .file(
            "content/wire/2024-09-04-quake.txt",
            "Quake shakes the coast\n\nA magnitude 6.1 earthquake shook the coast of Port Amsel on Wednesday.\n",
        )
        .file(
            "content/wire/markets/2024-09-04-shares.txt",
            "Shares fall in Port Amsel\n\nShares in Port Amsel fell on Wednesday after the earthquake.\n",
        )
        .file(
            "content/wire/markets/_index.md",
            "+++\ntags = [\"Markets\"]\n+++\n",
        )
        .file("content/held/_index.md", "+++\ndraft = true\n+++\n")
        .file("content/held/plan.md", &story("Secret plan", "Not yet."))
        .file("content/desk.md", &story("Desk story", "Our own story."));
    site.build().success();
    let quake = site.read("public/articles/quake-shakes-the-coast/index.html");
    assert!(quake.contains("<span>Amsel Wire</span>"), "{quake}");
    assert!(quake.contains("/news/tags/world/"), "{quake}");
    let shares = site.read("public/articles/shares-fall-in-port-amsel/index.html");
    assert!(
        shares.contains("<span>Amsel Wire</span>"),
        "from the folder above"
    );
    let topics = site.read("public/tags/index.html");
    assert!(topics.contains("/news/tags/markets/") && topics.contains("/news/tags/world/"));
    assert!(
        !site
            .read("public/tags/markets/index.html")
            .contains("Quake")
    );
    assert!(
        !site
            .read("public/articles/desk-story/index.html")
            .contains("Amsel Wire")
    );
    assert!(
        !site.root().join("public/articles/secret-plan").exists(),
        "a folder of drafts is held back"
    );

    // `inspect` reads a story as the build does.
    let run = site
        .run(&[
            "inspect",
            "--json",
            "content/wire/markets/2024-09-04-shares.txt",
        ])
        .success();
    assert!(
        run.stdout
            .contains("\"tags\": [\n    \"Markets\",\n    \"World\"\n  ]"),
        "{}",
        run.stdout
    );

    // An edit to the folder's defaults rebuilds the pages of its stories.
    site.write(
        "content/wire/_index.md",
        "+++\nsource = \"Karst Wire\"\ntags = [\"World\"]\n+++\n",
    );
    site.build().success();
    let quake = site.read("public/articles/quake-shakes-the-coast/index.html");
    assert!(quake.contains("<span>Karst Wire</span>"), "{quake}");

    // Text after the front matter would be shown nowhere: an error, at its line.
    site.write(
        "content/wire/_index.md",
        "+++\nsource = \"Karst Wire\"\n+++\n\nStories from the wire.\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr
            .contains("content/wire/_index.md:5:1: an _index.md holds only front matter"),
        "{}",
        run.stderr
    );
    let run = site.run(&["check"]).failure(1);
    assert!(
        run.stderr.contains("content/wire/_index.md:5"),
        "{}",
        run.stderr
    );

    // A tag that makes no URL is the folder's fault, reported there; an empty
    // `_index.md` gives nothing.
    site.write(
        "content/wire/_index.md",
        "+++\ntags = [\"World\",\n  \"!!\"]\n+++\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr
            .contains("content/wire/_index.md:3:3: tag '!!' has no letter or digit"),
        "{}",
        run.stderr
    );
    site.write("content/wire/_index.md", "");
    site.build().success();
    let quake = site.read("public/articles/quake-shakes-the-coast/index.html");
    assert!(!quake.contains("Wire</span>"), "{quake}");
}
