//! `broadsheet inspect`: the JSON contract the evaluation harness relies on.

use crate::harness::SiteTest;

const SEED: &str = "content/000_65f710d5cfe408e2.txt";

#[test]
fn inspect_json_on_the_seed_prints_the_contract() {
    let site = SiteTest::example();
    let run = site.run(&["inspect", "--json", SEED]).success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    for key in [
        "title",
        "date",
        "slug",
        "url",
        "paragraphs",
        "removed",
        "summary",
        "word_count",
        "reading_minutes",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["date"], "2024-09-03T18:00:00+03:00");
    // The page's path carries the site's base path.
    assert_eq!(
        json["url"],
        format!("/news/articles/{}/", json["slug"].as_str().unwrap())
    );
    let removed = json["removed"].as_array().unwrap();
    let rules: Vec<_> = removed
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "duplicate-paragraph",
            "promo-read-more",
            "syndicated-feed-note",
            "promo-also-read"
        ]
    );
    assert!(
        removed
            .iter()
            .all(|r| r["text"].as_str().is_some_and(|t| !t.is_empty()))
    );
    assert_eq!(json["summary"]["points"].as_array().unwrap().len(), 3);
    assert_eq!(json["paragraphs"].as_array().unwrap().len(), 9);
    assert!(json["word_count"].as_u64().unwrap() > 300);
    assert_eq!(json["syndicated"], true);
}

#[test]
fn inspect_works_on_a_loose_file_without_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wire.txt");
    std::fs::write(
        &file,
        "Dam Bursts In Karst Valley\n\nThe Karst dam burst on Monday, flooding four towns and forcing thousands of residents to flee.\n\nALSO READ: Something Else Entirely\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .args([
            "--root",
            dir.path().to_str().unwrap(),
            "inspect",
            "--json",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Dam Bursts In Karst Valley");
    assert_eq!(json["removed"][0]["rule"], "promo-also-read");
}

#[test]
fn inspect_without_json_is_a_readable_report() {
    let site = SiteTest::example();
    let run = site.run(&["inspect", SEED]).success();
    assert!(run.stdout.contains("Key points:"));
    assert!(
        run.stdout
            .contains("[promo-read-more · promo]  READ MORE: Global Airlines")
    );
    // The whole summary box: facts by kind, and who said each quote.
    let glance = run
        .stdout
        .lines()
        .skip_while(|l| *l != "At a glance:")
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        glance.contains("Figures        41 killed · more than 180 injured"),
        "{glance}"
    );
    assert!(
        glance.contains("People         Ukraine's President Volodymyr Zelenskyy"),
        "{glance}"
    );
    assert!(glance.contains("Poltava"), "{glance}");
    assert!(run.stdout.contains("Quotes (5):"), "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "  “I urged the Prime Minister of Canada to intensify advocacy among partners"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout
            .matches("      — Ukraine's President Volodymyr Zelenskyy")
            .count(),
        5,
        "{}",
        run.stdout
    );
}

#[test]
fn the_seed_summary_box_has_the_casualties_the_people_and_the_quotes() {
    let site = SiteTest::example();
    let run = site.run(&["inspect", "--json", SEED]).success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let summary = &json["summary"];
    let points = strings(&summary["points"]);
    assert!(
        points
            .iter()
            .any(|p| p.contains("41 people") && p.contains("more than 180 injured")),
        "{points:?}"
    );
    assert!(
        points
            .iter()
            .all(|p| !p.contains("READ MORE") && !p.contains("syndicated")),
        "{points:?}"
    );
    let facts: Vec<(&str, &str)> = summary["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["text"].as_str().unwrap()))
        .collect();
    for expected in [
        ("figure", "41 killed"),
        ("figure", "more than 180 injured"),
        ("person", "Ukraine's President Volodymyr Zelenskyy"),
        ("person", "Canadian Prime Minister Justin Trudeau"),
        ("place", "Poltava"),
        ("place", "Ukraine"),
        ("place", "Canada"),
    ] {
        assert!(
            facts.contains(&expected),
            "missing {expected:?} in {facts:?}"
        );
    }
    assert!(
        summary["facts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["sentence"].as_str().is_some_and(|s| !s.is_empty()))
    );
    let quotes = summary["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 4, "{quotes:?}");
    assert!(
        quotes
            .iter()
            .all(|q| q["speaker"] == "Ukraine's President Volodymyr Zelenskyy"),
        "{quotes:?}"
    );
}

/// A story in Chinese: the first line is its headline, the paragraphs split
/// into sentences at `。` without spaces, each character is a word, and the
/// key points are whole sentences.
#[test]
fn inspect_reads_a_chinese_story() {
    let body = "强台风周日登陆，造成至少12人死亡。气象部门表示，台风登陆时风速达到每小时180公里。\n\n\
                当地一家面包店宣布将于下个月推出新口味的月饼。一位歌手的演唱会门票在几分钟内售罄。\n\n\
                台风袭击沿海城市后，救援人员正在清理倒塌的房屋。市长说：“我们会重建。”";
    let site = SiteTest::new().file(
        "content/typhoon.txt",
        &format!("台风袭击沿海城市\n\n{body}\n"),
    );
    let run = site
        .run(&["inspect", "--json", "content/typhoon.txt"])
        .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    assert_eq!(json["title"], "台风袭击沿海城市");
    assert_eq!(
        json["summary"]["points"],
        serde_json::json!([
            "强台风周日登陆，造成至少12人死亡。",
            "气象部门表示，台风登陆时风速达到每小时180公里。",
            "台风袭击沿海城市后，救援人员正在清理倒塌的房屋。"
        ])
    );
    // Each character a word, and each figure.
    let characters = body
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    assert_eq!(json["word_count"], characters + 2);
    assert_eq!(json["summary"]["quotes"][0]["text"], "我们会重建。");
}

/// A post embedded in a wire story (a paragraph that ends with its
/// sign-off) is its author's words: the box quotes it and credits the
/// author, takes no key point from it, and reads no fact from it or from
/// its sign-off.
#[test]
fn inspect_quotes_an_embedded_post_and_takes_no_point_or_fact_from_it() {
    let story = "Ferries return to Kasgarh after the storm\n\n\
        Ferries returned to Kasgarh harbour on Tuesday, two days after a storm closed the port. \
        The harbour board said all six routes would run by the weekend.\n\n\
        The storm brought down power lines across the coast, and crews worked through the night \
        to restore them.\n\n\
        The first ferry is back in Kasgarh and the harbour is open to all traffic from noon today \
        pic.twitter.com/Xq1abc — Veloria Harbour Trust 🚢 (@VeloriaHarbour) January 2, 2024\n\n\
        Passengers queued from early morning at the terminal, where staff handed out tea.\n";
    let site = SiteTest::new().file("content/ferries.txt", story);
    let run = site
        .run(&["inspect", "--json", "content/ferries.txt"])
        .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    let summary = &json["summary"];
    let points = strings(&summary["points"]);
    assert_eq!(points.len(), 3, "{points:?}");
    assert!(
        points
            .iter()
            .all(|p| !p.contains("first ferry") && !p.contains('@')),
        "{points:?}"
    );
    assert_eq!(
        summary["quotes"],
        serde_json::json!([{
            "text": "The first ferry is back in Kasgarh and the harbour is open to all traffic from noon today",
            "speaker": "Veloria Harbour Trust"
        }])
    );
    let facts = summary["facts"].as_array().unwrap();
    assert!(
        facts.iter().all(|f| {
            let text = f["text"].as_str().unwrap();
            !text.contains("Trust") && !text.contains("January")
        }),
        "{facts:?}"
    );
    // The post stays in the story.
    assert!(
        json["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.to_string().contains("@VeloriaHarbour"))
    );
}

/// The strings of a JSON array.
fn strings(array: &serde_json::Value) -> Vec<&str> {
    array
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect()
}
