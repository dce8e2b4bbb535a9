//! The repository's example site, built the way the README says.

use crate::harness::{SiteTest, between};

const SEED_PAGE: &str = "public/articles/zelenskyy-and-trudeau-discuss-defence-cooperation-after-deadly-poltava-strike/index.html";

fn built() -> SiteTest {
    let site = SiteTest::example();
    site.build().success();
    site
}

#[test]
fn every_published_story_gets_a_page_and_a_card() {
    let site = built();
    let stories: Vec<_> = std::fs::read_dir(site.root().join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
        .filter(|p| !std::fs::read_to_string(p).unwrap().contains("draft = true"))
        .collect();
    let pages: Vec<_> = site
        .tree("public")
        .into_keys()
        .filter(|p| p.starts_with("articles"))
        .collect();
    assert_eq!(pages.len(), stories.len(), "{pages:?}");
    assert!(pages.len() >= 9);
    let front: String = site.read("public/index.html") + &site.read("public/page/2/index.html");
    assert_eq!(
        front.matches("<article class=\"card\">").count(),
        stories.len()
    );
    assert_eq!(
        front.matches("<aside class=\"summary\"").count(),
        stories.len(),
        "a summary box on every card"
    );
    assert_eq!(front.matches(" min read</span></p>").count(), stories.len());
    assert!(!front.contains("tram fare rise"), "the draft is held back");
}

#[test]
fn seed_story_page_is_clean_and_complete() {
    let site = built();
    let page = site.read(SEED_PAGE);
    let body = crate::harness::body_of(&page);
    assert_eq!(
        body.matches("Following the Russian attack on the Ukrainian city of Poltava")
            .count(),
        1
    );
    for kept in [
        "I had a call with Justin Trudeau",
        "The Prime Minister of Canada expressed his condolences",
        "41 people and left more than 180 injured",
        "During our conversation, we discussed the continuation of defence cooperation",
        "I urged the Prime Minister of Canada to intensify advocacy",
        "signed on February 24 this year",
        "Release of Prisoners and Deportees",
        "over 900 days ago on February 24, 2022",
        "escalating violence and humanitarian crisis",
    ] {
        assert!(body.contains(kept), "missing {kept:?}");
    }
    for clutter in [
        "READ MORE",
        "Global Airlines Suspend",
        "ALSO READ",
        "Harris To Announce",
        "this story has not been edited by Newsx staff",
        "Ukraine’s President",
    ] {
        assert!(!page.contains(clutter), "clutter {clutter:?} on the page");
    }
    let summary = between(&page, "<aside class=\"summary\"", "</aside>");
    assert_eq!(summary.matches("<li>").count(), 3, "{summary}");
    assert!(
        page.contains("<span>367 words</span><span>2 min read</span>"),
        "word count and reading time"
    );
}

#[test]
fn cards_carry_a_brief_box_and_digests_and_article_pages_the_whole_one() {
    let site = built();
    let boxed = |html: &str| {
        let card = between(
            html,
            "discuss defence cooperation after deadly Poltava strike</a>",
            "</article>",
        );
        between(card, "<aside class=\"summary\"", "</aside>").to_string()
    };
    let front = site.read("public/index.html") + &site.read("public/page/2/index.html");
    let card = boxed(&front);
    let day = boxed(&site.read("public/digest/2024-09-03/index.html"));
    let page = site.read(SEED_PAGE);
    let whole = between(&page, "<aside class=\"summary\"", "</aside>");
    for summary in [card.as_str(), day.as_str(), whole] {
        assert_eq!(summary.matches("<li>").count(), 3, "{summary}");
        for fact in [
            "41 killed",
            "more than 180 injured",
            "Canadian Prime Minister Justin Trudeau",
        ] {
            assert!(summary.contains(fact), "{fact:?} missing from {summary}");
        }
        assert!(
            summary
                .contains("<figcaption>Ukraine&#39;s President Volodymyr Zelenskyy</figcaption>")
        );
    }
    // A card: two facts of a kind, one quote cut to 30 words.
    assert!(card.contains("<dl class=\"glance brief\">"), "{card}");
    assert!(
        !card.contains("<span>Poltava</span>"),
        "the third place: {card}"
    );
    assert_eq!(
        card.matches("<figure class=\"quote\">").count(),
        1,
        "{card}"
    );
    assert!(card.contains("expressed his condolences…</p>"), "{card}");
    // A digest and the article page: every fact, two quotes, whole.
    for summary in [day.as_str(), whole] {
        assert!(summary.contains("<dl class=\"glance\">"), "{summary}");
        assert!(summary.contains("<span>Poltava</span>"), "{summary}");
        assert_eq!(
            summary.matches("<figure class=\"quote\">").count(),
            2,
            "{summary}"
        );
        assert!(!summary.contains('…'), "{summary}");
    }
}

#[test]
fn links_work_under_the_base_path() {
    let site = built();
    let front = site.read("public/index.html");
    assert!(front.contains("href=\"/news/style.css\""));
    assert!(front.contains("href=\"/news/page/2/\""));
    let hrefs: Vec<&str> = front
        .split("href=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    for href in hrefs.iter().filter(|h| h.starts_with('/')) {
        assert!(href.starts_with("/news/"), "{href} escapes the base path");
        let target = href.trim_start_matches("/news/");
        let file = if target.is_empty() || target.ends_with('/') {
            format!("{target}index.html")
        } else {
            target.to_string()
        };
        assert!(
            site.root().join("public").join(&file).is_file(),
            "{href} points nowhere"
        );
    }
    let seed = site.read(SEED_PAGE);
    assert!(seed.contains(
        "<link rel=\"canonical\" href=\"https://example.org/news/articles/zelenskyy-and-trudeau-discuss-defence-cooperation-after-deadly-poltava-strike/\">"
    ));
}

#[test]
fn raw_html_in_a_story_is_sanitized_and_its_text_kept() {
    let site = built();
    let page = site.read(
        "public/articles/lindqvist-smashes-national-1-500m-record-at-estrava-grand-prix/index.html",
    );
    assert!(!page.contains("onclick"), "event handler survived");
    assert!(page.contains("tap to watch the final lap"));
}

#[test]
fn a_running_text_mention_of_reading_more_is_kept() {
    let site = built();
    let page = site.read("public/articles/thousands-evacuated-as-brenna-river-bursts-its-banks-after-record-rain/index.html");
    assert!(page.contains("Residents who want to read more about the evacuation plan"));
    assert!(!page.contains("READ MORE:"));
}

#[test]
fn the_same_input_gives_the_same_output_byte_for_byte() {
    let site = built();
    site.run(&["build", "--output", "again"]).success();
    assert_eq!(site.tree("public"), site.tree("again"));
}
