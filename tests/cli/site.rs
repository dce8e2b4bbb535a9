//! The whole news site: every page type, links that resolve under a
//! sub-path, feeds, sitemaps, structured data, scheduling and search.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use regex::Regex;

use crate::harness::{Run, SiteTest, between};

/// 2024-09-06T12:00:00Z: the day after the example site's newest story.
const SEPT_6_NOON: i64 = 1_725_624_000;

const SEED: &str =
    "articles/zelenskyy-and-trudeau-discuss-defence-cooperation-after-deadly-poltava-strike/";

fn example_at(epoch: i64, args: &[&str]) -> SiteTest {
    let site = SiteTest::example();
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    site.run_at(Some(epoch), &all).success();
    site
}

fn story(date: &str, title: &str, extra: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\ndate = {date}\n{extra}\n+++\n{title} was reported by officials on the day, who said more would follow.\n"
    )
}

/// Every `href`, `src` and `<loc>` in every page, feed and sitemap of
/// `public/` that points into the site must name a file of the output, and
/// nothing may point at the host outside the base path; at least
/// `min_links` files are linked to.
fn assert_links_resolve(site: &SiteTest, base_url: &str, min_links: usize) {
    let base_path = &base_url[base_url[8..].find('/').unwrap() + 8..];
    let link = Regex::new(r#"(?:href|src)="([^"]*)"|<loc>([^<]*)</loc>|"(?:url|feed_url|home_page_url|id)": "([^"]*)""#).unwrap();
    let out = site.root().join("public");
    let files = site.tree("public");
    let mut checked = BTreeSet::new();
    for (path, bytes) in &files {
        let name = path.to_string_lossy();
        if name.starts_with("pagefind/")
            || !(name.ends_with(".html") || name.ends_with(".xml") || name.ends_with(".json"))
        {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for caps in link.captures_iter(&text) {
            let target = caps
                .get(1)
                .or(caps.get(2))
                .or(caps.get(3))
                .unwrap()
                .as_str()
                .replace("&amp;", "&");
            let local = if let Some(rest) = target.strip_prefix(base_url) {
                rest.to_string()
            } else if target.starts_with("https://example.org/") {
                panic!("{name}: {target} is on the host but outside {base_url}");
            } else if target.starts_with("http") || target.starts_with('#') {
                continue;
            } else if let Some(rest) = target.strip_prefix(base_path) {
                rest.to_string()
            } else {
                panic!("{name}: link {target:?} does not start with the base path {base_path}");
            };
            let local = local.split('#').next().unwrap();
            let file = if local.is_empty() || local.ends_with('/') {
                format!("{local}index.html")
            } else {
                local.to_string()
            };
            assert!(
                out.join(&file).is_file(),
                "{name}: {target} → {file} does not exist"
            );
            checked.insert(file);
        }
    }
    assert!(
        checked.len() >= min_links,
        "too few links found: {checked:?}"
    );
}

#[test]
fn every_internal_link_and_asset_resolves_under_the_sub_path() {
    let site = example_at(SEPT_6_NOON, &[]);
    assert_links_resolve(&site, "https://example.org/news/", 51);
}

#[test]
fn a_deploy_preview_base_url_moves_every_link() {
    let site = example_at(
        SEPT_6_NOON,
        &["--base-url", "https://preview.example.net/pr-7/"],
    );
    let front = site.read("public/index.html");
    assert!(front.contains("href=\"/pr-7/style.css\""));
    assert!(
        !front.contains("/news/"),
        "old base path left in the front page"
    );
    assert!(
        site.read("public/sitemap.xml")
            .contains("<loc>https://preview.example.net/pr-7/</loc>")
    );
    assert_links_resolve(&site, "https://preview.example.net/pr-7/", 51);
}

#[test]
fn the_site_has_every_page_type_at_its_documented_path() {
    let site = example_at(SEPT_6_NOON, &[]);
    for path in [
        "index.html",
        "page/2/index.html",
        &format!("{SEED}index.html"),
        "digest/index.html",
        "digest/2024-09-03/index.html",
        "tags/index.html",
        "tags/world/index.html",
        "atom.xml",
        "rss.xml",
        "feed.json",
        "tags/world/atom.xml",
        "tags/world/rss.xml",
        "tags/world/feed.json",
        "sitemap.xml",
        "news-sitemap.xml",
        "robots.txt",
        "404.html",
        "search/index.html",
        "pagefind/s0/pagefind-ui.js",
        "pagefind/s0/pagefind-entry.json",
    ] {
        assert!(
            site.root().join("public").join(path).is_file(),
            "missing {path}"
        );
    }
    let robots = site.read("public/robots.txt");
    assert!(robots.contains("Sitemap: https://example.org/news/sitemap.xml"));
    assert!(robots.contains("Sitemap: https://example.org/news/news-sitemap.xml"));
}

#[test]
fn digests_hold_each_days_stories_with_links_to_the_days_around() {
    let site = example_at(SEPT_6_NOON, &[]);
    let day = site.read("public/digest/2024-09-03/index.html");
    assert!(day.contains("Zelenskyy and Trudeau discuss defence cooperation"));
    assert!(day.contains("<aside class=\"summary\""), "summary boxes");
    assert!(day.contains("rel=\"prev\" href=\"/news/digest/2024-09-02/\""));
    assert!(day.contains("rel=\"next\" href=\"/news/digest/2024-09-04/\""));
    let archive = site.read("public/digest/index.html");
    let newest = archive.find("/news/digest/2024-09-06/").unwrap();
    let oldest = archive.find("/news/digest/2024-09-02/").unwrap();
    assert!(newest < oldest, "newest day first");
}

#[test]
fn topics_are_listed_paginated_and_spellings_merge() {
    let site = SiteTest::new().file(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/\"\n[build]\nper_page = 2\n",
    );
    for (i, tag) in ["Climate", "climate", "Climate", "Floods"]
        .iter()
        .enumerate()
    {
        site.write(
            &format!("content/s{i}.md"),
            &story(
                &format!("2024-05-0{}", i + 1),
                &format!("Story {i}"),
                &format!("tags = [\"{tag}\"]"),
            ),
        );
    }
    site.build().success();
    let tags = site.read("public/tags/index.html");
    assert!(tags.contains("<a href=\"/tags/climate/\">Climate</a> <span class=\"count\">3</span>"));
    assert!(tags.contains("<a href=\"/tags/floods/\">Floods</a>"));
    let first = site.read("public/tags/climate/index.html");
    assert!(first.contains("Story 2") && first.contains("Story 1"));
    assert!(first.contains("rel=\"next\" href=\"/tags/climate/page/2/\""));
    let second = site.read("public/tags/climate/page/2/index.html");
    assert!(second.contains("Story 0"));
    let feed = site.read("public/tags/climate/atom.xml");
    assert_eq!(feed.matches("<entry>").count(), 3);
}

#[test]
fn related_stories_share_topics_or_names() {
    let site = example_at(SEPT_6_NOON, &[]);
    let page = site.read(&format!("public/{SEED}index.html"));
    let related = between(&page, "<section class=\"related\"", "</section>");
    assert!(related.contains("href=\"/news/articles/"), "{related}");
    assert!(!related.contains(SEED), "a story is not related to itself");
}

#[test]
fn feeds_carry_the_newest_stories_with_their_key_points() {
    let site = SiteTest::new().file(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/\"\n[feeds]\nlimit = 2\n",
    );
    for day in 1..=3 {
        site.write(
            &format!("content/s{day}.md"),
            &story(
                &format!("2024-05-0{day}T08:00:00+02:00"),
                &format!("Day {day} news"),
                "",
            ),
        );
    }
    site.build().success();
    let atom = site.read("public/atom.xml");
    assert_eq!(atom.matches("<entry>").count(), 2);
    assert!(
        atom.contains("Day 3 news") && atom.contains("Day 2 news") && !atom.contains("Day 1 news")
    );
    assert!(atom.contains("<published>2024-05-03T08:00:00+02:00</published>"));
    assert!(
        atom.contains("<updated>2024-05-03T08:00:00+02:00</updated>"),
        "feed updated = newest item"
    );
    assert!(
        atom.contains("&lt;li&gt;Day 3 news was reported"),
        "key points as escaped HTML"
    );
    let rss = site.read("public/rss.xml");
    assert!(rss.contains("<pubDate>Fri, 03 May 2024 08:00:00 +0200</pubDate>"));
    let json: serde_json::Value = serde_json::from_str(&site.read("public/feed.json")).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["items"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["items"][0]["date_published"],
        "2024-05-03T08:00:00+02:00"
    );
    assert!(
        json["items"][0]["content_html"]
            .as_str()
            .unwrap()
            .starts_with("<ul><li>Day 3 news")
    );
    let page = site.read("public/index.html");
    for (kind, file) in [
        ("application/atom+xml", "atom.xml"),
        ("application/rss+xml", "rss.xml"),
        ("application/feed+json", "feed.json"),
    ] {
        assert!(
            page.contains(&format!("type=\"{kind}\""))
                && page.contains(&format!("href=\"/{file}\"")),
            "autodiscovery of {file}"
        );
    }
}

#[test]
fn the_news_sitemap_lists_the_last_two_days_by_the_build_clock() {
    let site = example_at(SEPT_6_NOON, &[]);
    let news = site.read("public/news-sitemap.xml");
    // 2024-09-04 12:00Z onwards: the stories of the 5th and the 6th.
    assert!(news.contains("<news:publication_date>2024-09-06"));
    assert!(news.contains("<news:publication_date>2024-09-05"));
    assert!(!news.contains("2024-09-03"), "older than two days:\n{news}");
    assert!(news.contains("<news:name>The Daily Wire Desk</news:name>"));
    // After two quiet days there is no news sitemap (the schema asks for a
    // URL in one), and robots.txt does not point at it.
    let later = example_at(SEPT_6_NOON + 30 * 86_400, &[]);
    assert!(!later.root().join("public/news-sitemap.xml").exists());
    let robots = later.read("public/robots.txt");
    assert!(
        robots.ends_with("Sitemap: https://example.org/news/sitemap.xml\n"),
        "{robots}"
    );
    assert_eq!(
        later.read("public/sitemap.xml"),
        site.read("public/sitemap.xml"),
        "the main sitemap does not depend on the clock"
    );
}

#[test]
fn future_stories_wait_for_their_date_unless_asked_for() {
    let site = SiteTest::new()
        .file(
            "content/now.md",
            &story("2024-05-01", "Published today", ""),
        )
        .file(
            "content/later.md",
            &story("2024-05-10T09:00:00Z", "Embargoed budget", ""),
        );
    let may_2 = 1_714_608_000;
    let run = site.run_at(Some(may_2), &["build"]).success();
    assert!(run.stderr.contains("1 scheduled"), "{}", run.stderr);
    assert!(
        !site
            .root()
            .join("public/articles/embargoed-budget")
            .exists()
    );
    assert!(!site.read("public/atom.xml").contains("Embargoed budget"));
    site.run_at(Some(may_2), &["build", "--future"]).success();
    assert!(
        site.root()
            .join("public/articles/embargoed-budget/index.html")
            .is_file()
    );
    let may_11 = may_2 + 9 * 86_400;
    site.run_at(Some(may_11), &["build"]).success();
    assert!(site.read("public/index.html").contains("Embargoed budget"));
}

#[test]
fn expired_stories_leave_listings_and_feeds_but_keep_their_page() {
    let site = SiteTest::new()
        .file(
            "content/live.md",
            &story("2024-05-01", "Lasting news", "tags = [\"city\"]"),
        )
        .file(
            "content/offer.md",
            &story(
                "2024-05-02",
                "Weekend road closures",
                "expires = 2024-05-05\ntags = [\"city\", \"roadworks\"]",
            ),
        );
    let may_3 = 1_714_694_400;
    site.run_at(Some(may_3), &["build"]).success();
    assert!(
        site.read("public/index.html")
            .contains("Weekend road closures")
    );
    site.run_at(Some(may_3 + 5 * 86_400), &["build"]).success();
    for listing in [
        "index.html",
        "atom.xml",
        "feed.json",
        "tags/city/index.html",
        "digest/index.html",
    ] {
        assert!(
            !site
                .read(&format!("public/{listing}"))
                .contains("Weekend road closures")
                && !site
                    .read(&format!("public/{listing}"))
                    .contains("2024-05-02/"),
            "expired story still in {listing}"
        );
    }
    assert!(
        site.root()
            .join("public/articles/weekend-road-closures/index.html")
            .is_file()
    );
    assert!(
        site.read("public/sitemap.xml")
            .contains("articles/weekend-road-closures/"),
        "its page still exists"
    );
    // Its page links to the topics that still have a page, and no other.
    let page = site.read("public/articles/weekend-road-closures/index.html");
    assert!(page.contains("href=\"/news/tags/city/\""), "{page}");
    assert!(!page.contains("roadworks"), "{page}");
    assert_links_resolve(&site, "https://example.org/news/", 10);
}

#[test]
fn a_story_lists_each_topic_page_once() {
    let site = SiteTest::new().file(
        "content/a.md",
        &story(
            "2024-05-01",
            "Compilers and the climate",
            "tags = [\"C++\", \"c\", \"Climate\", \"climate\"]",
        ),
    );
    site.run_at(Some(1_714_694_400), &["build"]).success();
    let page = site.read("public/articles/compilers-and-the-climate/index.html");
    let topics = between(&page, "<ul class=\"tags\"", "</ul>");
    assert_eq!(
        topics.matches("href=\"/news/tags/c/\"").count(),
        1,
        "{topics}"
    );
    assert_eq!(
        topics.matches("href=\"/news/tags/climate/\"").count(),
        1,
        "{topics}"
    );
    // `check` says that C++ and c are one topic; not Climate and climate.
    let run = site.run(&["check"]).success();
    assert!(
        run.stderr.contains(
            "warning: content/a.md: tag 'c' shares the page tags/c/ with the tag 'C++' of content/a.md: they are one topic"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("'climate'"), "{}", run.stderr);
}

#[test]
fn current_path_is_the_page_s_own_on_every_template() {
    let site = SiteTest::new()
        .file(
            "content/a.md",
            &story("2024-05-01", "City news", "tags = [\"city\"]"),
        )
        .file("templates/404.html", "{{ current_path }} {{ current_url }}")
        .file("templates/atom.xml", "<x>{{ current_path }}</x>")
        .file("templates/robots.txt", "{{ current_path }}")
        .file("templates/sitemap.xml", "<x>{{ current_path }}</x>");
    site.run_at(Some(1_714_694_400), &["build"]).success();
    for (file, expected) in [
        (
            "404.html",
            "/news/404.html https://example.org/news/404.html",
        ),
        ("atom.xml", "<x>/news/atom.xml</x>"),
        ("tags/city/atom.xml", "<x>/news/tags/city/atom.xml</x>"),
        ("robots.txt", "/news/robots.txt"),
        ("sitemap.xml", "<x>/news/sitemap.xml</x>"),
    ] {
        assert_eq!(site.read(&format!("public/{file}")), expected, "{file}");
    }
}

#[test]
fn feeds_do_not_depend_on_the_time_of_the_build() {
    // A topic whose stories are undated has a feed with no entry: it is
    // as new as the site's newest story, whenever it is built.
    let site = SiteTest::new()
        .file(
            "content/dated.md",
            &story("2024-05-01", "Dated news", "tags = [\"city\"]"),
        )
        .file(
            "content/undated.md",
            "+++\ntitle = \"Undated note\"\ntags = [\"notes\"]\n+++\nA note with no date, kept for the archive.\n",
        );
    site.run_at(Some(1_714_694_400), &["build"]).success();
    let first = site.tree("public");
    site.run_at(Some(1_800_000_000), &["build"]).success();
    for feed in ["atom.xml", "rss.xml", "feed.json"] {
        let path = PathBuf::from(format!("tags/notes/{feed}"));
        assert_eq!(first.get(&path), site.tree("public").get(&path), "{feed}");
    }
    let feed = site.read("public/tags/notes/atom.xml");
    assert!(
        feed.contains("<updated>2024-05-01T00:00:00+00:00</updated>"),
        "{feed}"
    );
    // A site with no story at all: the epoch.
    let empty = SiteTest::new();
    empty.run_at(Some(1_800_000_000), &["build"]).success();
    assert!(
        empty
            .read("public/atom.xml")
            .contains("<updated>1970-01-01T00:00:00Z</updated>"),
        "{}",
        empty.read("public/atom.xml")
    );
}

#[test]
fn article_pages_carry_structured_data_and_social_cards() {
    let site = example_at(SEPT_6_NOON, &[]);
    let page = site.read(&format!("public/{SEED}index.html"));
    let ld = between(&page, "<script type=\"application/ld+json\">", "</script>");
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(
        ld["headline"],
        "Zelenskyy and Trudeau discuss defence cooperation after deadly Poltava strike"
    );
    assert_eq!(ld["datePublished"], "2024-09-03T18:00:00+03:00");
    assert_eq!(ld["dateModified"], "2024-09-03T18:00:00+03:00");
    assert_eq!(ld["publisher"]["name"], "The Daily Wire Desk");
    assert_eq!(ld["author"][0]["name"], "NewsX");
    assert_eq!(
        ld["mainEntityOfPage"]["@id"],
        format!("https://example.org/news/{SEED}")
    );
    assert!(ld["description"].as_str().unwrap().contains("Poltava"));
    for meta in [
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:title\" content=\"Zelenskyy and Trudeau discuss",
        "<meta name=\"twitter:card\" content=\"summary\">",
        "<meta property=\"article:published_time\" content=\"2024-09-03T18:00:00+03:00\">",
        &format!("<meta property=\"og:url\" content=\"https://example.org/news/{SEED}\">"),
        &format!("<link rel=\"canonical\" href=\"https://example.org/news/{SEED}\">"),
    ] {
        assert!(page.contains(meta), "missing {meta}");
    }
}

#[test]
fn text_from_a_story_cannot_break_out_of_json_ld_or_feeds() {
    let site = SiteTest::new().file(
        "content/x.md",
        "+++\ntitle = \"</script><script>alert(1)</script> & {{ site.title }}\"\ndate = 2024-05-01\n+++\nBody <b>bold</b> & more.\n",
    );
    site.build().success();
    let page = site.read("public/articles/script-script-alert-1-script-site-title/index.html");
    let ld = between(&page, "<script type=\"application/ld+json\">", "</script>");
    assert!(!ld.contains('<'), "{ld}");
    let ld: serde_json::Value = serde_json::from_str(ld).unwrap();
    assert_eq!(
        ld["headline"],
        "</script><script>alert(1)</script> & {{ site.title }}"
    );
    assert!(!page.contains("<script>alert(1)"));
    let atom = site.read("public/atom.xml");
    assert!(atom.contains(
        "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ site.title }}</title>"
    ));
}

#[test]
fn canonical_links_point_at_the_original_when_configured() {
    let story_file = "+++\ntitle = \"Republished\"\ndate = 2024-05-01\noriginal_url = \"https://wire.example.com/a/1\"\n+++\nA story from the wire.\n";
    let site = SiteTest::new().file("content/r.md", story_file);
    site.build().success();
    assert!(
        site.read("public/articles/republished/index.html")
            .contains(
                "<link rel=\"canonical\" href=\"https://example.org/news/articles/republished/\">"
            )
    );
    let site = SiteTest::new()
        .file(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://e.org/\"\n[build]\ncanonical_to_original = true\n",
        )
        .file("content/r.md", story_file);
    site.build().success();
    assert!(
        site.read("public/articles/republished/index.html")
            .contains("<link rel=\"canonical\" href=\"https://wire.example.com/a/1\">")
    );
}

#[test]
fn search_can_be_switched_off() {
    let site = SiteTest::new()
        .file(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://e.org/\"\n[search]\nenabled = false\n",
        )
        .file("content/a.md", &story("2024-05-01", "A story", ""));
    site.build().success();
    assert!(!site.root().join("public/pagefind").exists());
    assert!(!site.root().join("public/search").exists());
    assert!(!site.read("public/index.html").contains("/search/"));
}

#[test]
fn a_content_file_in_the_search_folder_or_on_a_feed_path_is_refused() {
    let site = SiteTest::new()
        .file("content/a.md", &story("2024-05-01", "A story", ""))
        .file("content/pagefind/pagefind.js", "// mine")
        .file("content/rss.xml", "<rss/>");
    let run = site.build().failure(1);
    assert!(
        run.stderr.contains("content/pagefind/pagefind.js"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("output path `rss.xml` is also produced by"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("public").exists());
}

#[test]
fn the_search_index_is_split_into_chunks_loaded_on_demand() {
    let site = example_at(SEPT_6_NOON, &[]);
    let files = site.tree("public/pagefind");
    let chunks = |dir: &str| files.keys().filter(|p| p.starts_with(dir)).count();
    // 11 stories' fragments, five to a file.
    assert_eq!(chunks("s0/fragment"), 3);
    assert!(chunks("s0/index") >= 1);
    let search = site.read("public/search/index.html");
    assert!(search.contains("src=\"/news/pagefind/s0/pagefind-ui.js\""));
    assert!(
        search.contains("<noscript>"),
        "says why search needs JavaScript"
    );
    let total: usize = files.values().map(Vec::len).sum();
    assert!(
        Path::new(&site.root().join("public/pagefind/s0/pagefind-entry.json")).is_file()
            && total > 0
    );
}

/// An incremental rebuild must give exactly what a build from scratch of
/// the same files gives.
#[track_caller]
fn assert_same_as_a_fresh_build(site: &SiteTest) {
    let fresh = SiteTest::new();
    for folder in ["content", "templates"] {
        let from = site.root().join(folder);
        if from.exists() {
            for (path, bytes) in site.tree(folder) {
                let to = fresh.root().join(folder).join(path);
                std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                std::fs::write(to, bytes).unwrap();
            }
        }
    }
    std::fs::copy(
        site.root().join("site.toml"),
        fresh.root().join("site.toml"),
    )
    .unwrap();
    fresh.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert!(
        site.tree("public") == fresh.tree("public"),
        "the incremental build differs from a fresh one"
    );
}

#[test]
fn a_rebuild_after_one_edit_renders_only_what_changed_and_matches_a_fresh_build() {
    let site = example_at(SEPT_6_NOON, &[]);
    let story = "content/2024-09-04-port-amsel-harbour-strike-third-day.md";
    site.write(
        story,
        &format!(
            "{}\nDock workers voted on Friday to return.\n",
            site.read(story)
        ),
    );
    let run = site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    let written: usize = between(&run.stderr, "public in ", " files written")
        .rsplit(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=30).contains(&written),
        "one edit rewrote {written} files:\n{}",
        run.stderr
    );
    assert_same_as_a_fresh_build(&site);

    // A template edit changes every page that uses it.
    site.write(
        "templates/partials/card.html",
        &site.read("templates/partials/card.html").replace(
            "<article class=\"card\">",
            "<article class=\"card story-card\">",
        ),
    );
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert!(site.read("public/index.html").contains("card story-card"));
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn a_rebuild_parses_only_the_stories_whose_file_or_rules_changed() {
    let site = SiteTest::example();
    let counts = |run: &Run| -> (usize, usize) {
        let parsed = between(&run.stderr, "stories: ", " parsed and cleaned, ");
        let cached = between(
            &run.stderr,
            " parsed and cleaned, ",
            " from the build cache",
        );
        (parsed.parse().unwrap(), cached.parse().unwrap())
    };
    let build = || site.run_at(Some(SEPT_6_NOON), &["-v", "build"]).success();
    let (parsed, cached) = counts(&build());
    assert!(
        parsed >= 10 && cached == 0,
        "{parsed} parsed, {cached} cached"
    );
    let stories = parsed;
    assert_eq!(counts(&build()), (0, stories));

    let story = "content/2024-09-04-port-amsel-harbour-strike-third-day.md";
    site.write(
        story,
        &format!(
            "{}
Dock workers voted on Friday to return.
",
            site.read(story)
        ),
    );
    assert_eq!(counts(&build()), (1, stories - 1));
    assert!(site
        .read("public/articles/harbour-strike-enters-third-day-as-talks-stall-in-port-amsel/index.html")
        .contains("voted on Friday to return"));

    // New rules clean every story again.
    site.write(
        "site.toml",
        &format!(
            "{}\n[[clean.rules]]\nid = \"dock-votes\"\npattern = \"^Dock workers voted\"\n",
            site.read("site.toml")
        ),
    );
    assert_eq!(counts(&build()), (stories, 0));
    assert!(!site
        .read("public/articles/harbour-strike-enters-third-day-as-talks-stall-in-port-amsel/index.html")
        .contains("voted on Friday to return"));
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn the_search_index_is_sharded_and_a_new_story_reindexes_only_the_newest_shard() {
    let site = SiteTest::new().file(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/news/\"\n[search]\nstories_per_shard = 2\n",
    );
    for day in 1..=5 {
        site.write(
            &format!("content/s{day}.md"),
            &format!("+++\ntitle = \"Story of day {day}\"\ndate = 2024-05-0{day}\n+++\nWords for day {day}.\n"),
        );
    }
    site.build().success();
    let search = site.read("public/search/index.html");
    assert!(search.contains("src=\"/news/pagefind/s0/pagefind-ui.js\""));
    assert!(
        search.contains(r#"mergeIndex: [{"bundlePath":"/news/pagefind/s1/"},{"bundlePath":"/news/pagefind/s2/"}]"#),
        "{search}"
    );
    let shard = |n: usize| site.tree(&format!("public/pagefind/s{n}"));
    let (s0, s1, s2) = (shard(0), shard(1), shard(2));
    assert!(!s2.is_empty());
    site.write(
        "content/s6.md",
        "+++\ntitle = \"Story of day 6\"\ndate = 2024-05-06\n+++\nWords for day 6.\n",
    );
    site.build().success();
    assert!(shard(0) == s0 && shard(1) == s1, "older shards untouched");
    assert!(shard(2) != s2, "the newest shard holds the new story");
}

#[test]
fn result_fragments_share_files_by_fragments_per_file() {
    let site = SiteTest::new();
    for day in 1..=7 {
        site.write(
            &format!("content/s{day}.md"),
            &format!("+++\ntitle = \"Story of day {day}\"\ndate = 2024-05-0{day}\n+++\nWords for day {day}.\n"),
        );
    }
    let fragment_files = |per_file: &str| {
        site.write(
            "site.toml",
            &format!("title = \"T\"\nbase_url = \"https://e.org/\"\n[search]\n{per_file}"),
        );
        site.build().success();
        let files: Vec<String> = site
            .tree("public/pagefind/s0/fragment")
            .into_keys()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        files
    };
    // The default: five stories' fragments a file.
    let grouped = fragment_files("");
    assert_eq!(grouped.len(), 2, "{grouped:?}");
    assert!(
        grouped.iter().all(|f| f.starts_with("en_group_")),
        "{grouped:?}"
    );
    assert_eq!(fragment_files("fragments_per_file = 3\n").len(), 3);
    let single = fragment_files("fragments_per_file = 1\n");
    assert_eq!(single.len(), 7, "{single:?}");
    assert!(!single.iter().any(|f| f.contains("group")), "{single:?}");
    site.write(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/\"\n[search]\nfragments_per_file = 0\n",
    );
    let run = site.build();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("fragments_per_file must be at least 1"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_build_killed_in_its_commit_leaves_no_cache_that_vouches_for_old_pages() {
    let site = example_at(SEPT_6_NOON, &[]);
    let story = "content/2024-09-04-port-amsel-harbour-strike-third-day.md";
    let original = site.read(story);
    site.write(
        story,
        &format!("{original}\nA sentence that will be taken back.\n"),
    );
    let run = site.run_with(
        Some(SEPT_6_NOON),
        &[("BROADSHEET_TEST_ABORT", "commit:1")],
        &["build"],
    );
    assert_ne!(run.code, 0);
    site.write(story, &original);
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn learned_furniture_and_new_rules_reach_every_page_they_change() {
    let site = SiteTest::new().file(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://e.org/\"\n[clean]\nlearn_furniture = true\n",
    );
    let footer = "Follow the Courier on social media for more news.";
    let story = |name: &str, day: u32, with_footer: bool| {
        format!(
            "+++\ntitle = \"Story {name}\"\ndate = 2024-05-{day:02}\nsource = \"Courier\"\ntags = [\"city\"]\n+++\nThe council of {name} met on Tuesday to discuss the budget for next year.\n\nCouncillors voted 12 to 3 in favour of the plan.\n{}",
            if with_footer {
                format!("\n{footer}\n")
            } else {
                String::new()
            }
        )
    };
    site.write("content/a.md", &story("Amsel", 1, true));
    site.write("content/b.md", &story("Brenna", 2, true));
    site.write("content/c.md", &story("Caldera", 3, false));
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    site.write("content/d.md", &story("Drennan", 4, true));
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert_same_as_a_fresh_build(&site);

    site.write(
        "site.toml",
        &format!(
            "{}[[clean.rules]]\nid = \"council-votes\"\npattern = \"^Councillors voted\"\n",
            site.read("site.toml")
        ),
    );
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn an_output_folder_named_two_ways_shares_one_build_cache() {
    // Built as `public` from the site, then as `.` from inside it: both
    // builds must find the same page keys, or a page edited and reverted
    // in between stays at the edited version.
    let site = example_at(SEPT_6_NOON, &[]);
    let story = "content/2024-09-04-port-amsel-harbour-strike-third-day.md";
    let original = site.read(story);
    site.write(
        story,
        &original.replace("3,200 dockworkers", "3,300 dockworkers"),
    );
    let root = site.root().to_str().unwrap();
    let run = site
        .run_in(
            &site.root().join("public"),
            Some(SEPT_6_NOON),
            &[],
            &["build", "--root", root, "--output", "."],
        )
        .success();
    assert!(run.stderr.contains(" into . in "), "{}", run.stderr);
    site.write(story, &original);
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn a_damaged_build_cache_means_a_full_rebuild_not_an_error() {
    let site = example_at(SEPT_6_NOON, &[]);
    let work = site.root().join(".broadsheet");
    let mut damaged = 0;
    for entry in std::fs::read_dir(&work).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("public.stories.") || name.starts_with("public.summaries.") {
            let mut bytes = std::fs::read(&path).unwrap();
            if bytes.len() > 8 {
                let at = bytes.len() / 2;
                bytes[at] ^= 0x20;
                std::fs::write(&path, bytes).unwrap();
                damaged += 1;
            }
        }
    }
    assert!(
        damaged >= 2,
        "no cache files to damage in {}",
        work.display()
    );
    let run = site.run_at(Some(SEPT_6_NOON), &["-v", "build"]).success();
    assert!(
        run.stderr.contains("from the build cache"),
        "{}",
        run.stderr
    );
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn a_lost_manifest_means_a_full_rebuild_not_an_error() {
    let site = example_at(SEPT_6_NOON, &[]);
    std::fs::remove_file(site.root().join(".broadsheet/public.manifest")).unwrap();
    site.run_at(Some(SEPT_6_NOON), &["build", "--force"])
        .success();
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert_same_as_a_fresh_build(&site);
}

#[test]
fn only_the_staging_folders_of_dead_builds_are_cleared() {
    let site = example_at(SEPT_6_NOON, &[]);
    let work = site.root().join(".broadsheet");
    let alive = work.join(format!("staging-{}", std::process::id()));
    let dead = work.join("staging-4000000000");
    std::fs::create_dir_all(&alive).unwrap();
    std::fs::create_dir_all(&dead).unwrap();
    site.run_at(Some(SEPT_6_NOON), &["build"]).success();
    assert!(
        alive.is_dir(),
        "a running build's staging folder was deleted"
    );
    assert!(!dead.exists(), "a dead build's staging folder is cleared");
}
