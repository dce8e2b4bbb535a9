//! Cleaning through the binary: wire fixtures with clutter of every
//! category, site rules, the removals report, `check`'s furniture hints.

use crate::harness::{SITE_TOML, SiteTest};

/// A PTI-style wire story with one piece of clutter of most categories, and
/// near misses that must stay.
const WIRE: &str = "Floods Cut Off Three Villages In Karst Valley

Floodwater cut off three villages in the Karst Valley on Monday after the Brenna river burst its banks, officials said.

Floodwater cut off three villages in the Karst Valley on Monday after the Brenna river burst its banks, officials said.

Photo Credit: Instagram/@karstvalleypolice

READ MORE: Karst Valley Dam Inquiry Opens Next Week

Residents who want to read more about the evacuation plan can find it at the town hall, the district office said.

Advertisement

\"We lost everything in one night,\" said farmer Ilse Brandt, 54. Readers can read more about the relief fund on page 4.

Story continues below advertisement

Rescue teams reached the last of the villages by boat late on Monday.ALSO READ:Veloria Opens Flood Relief Fund

Disclaimer: The Courier is a subsidiary of Amsel Media Holdings.

Follow @couriernews for more

(Except for the headline, this story has not been edited by Courier staff and is published from a syndicated feed.)

(With inputs from PTI)

PTI DDV PDS PDS
";

fn site() -> SiteTest {
    SiteTest::new().file("content/2024-09-02-floods.txt", WIRE)
}

#[test]
fn a_wire_story_loses_its_clutter_and_keeps_its_news() {
    let site = site();
    site.build().success();
    let page =
        site.read("public/articles/floods-cut-off-three-villages-in-karst-valley/index.html");
    let body = crate::harness::body_of(&page);
    for gone in [
        "Photo Credit",
        "READ MORE",
        "Advertisement",
        "Story continues",
        "ALSO READ",
        "Disclaimer",
        "Follow @couriernews",
        "syndicated feed",
        "With inputs",
        "PDS",
    ] {
        assert!(!body.contains(gone), "{gone:?} left in the body");
    }
    assert_eq!(body.matches("Floodwater cut off three villages").count(), 1);
    for kept in [
        "Residents who want to read more about the evacuation plan",
        "Readers can read more about the relief fund on page 4.",
        "Rescue teams reached the last of the villages by boat late on Monday.",
    ] {
        assert!(body.contains(kept), "{kept:?} lost");
    }
    assert!(
        page.contains("<span>With inputs from PTI</span>"),
        "credit shown"
    );
    assert!(
        page.contains("<span>Published from a syndicated feed</span>"),
        "syndication shown"
    );
}

#[test]
fn inspect_names_rule_category_and_line_for_every_removal() {
    let run = site()
        .run(&["inspect", "--json", "content/2024-09-02-floods.txt"])
        .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let removed: Vec<(String, String, u64)> = json["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule"].as_str().unwrap().into(),
                r["category"].as_str().unwrap().into(),
                r["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("duplicate-paragraph", "duplicate", 5),
        ("credit-photo", "credit", 7),
        ("promo-read-more", "promo", 9),
        ("advertisement", "advertisement", 13),
        ("advertisement", "advertisement", 17),
        ("promo-glued", "promo", 19),
        ("disclaimer", "disclaimer", 21),
        ("social-follow", "social-prompt", 23),
        ("syndicated-feed-note", "syndication-note", 25),
        ("credit-with-inputs", "credit", 27),
        ("wire-code", "furniture", 29),
    ];
    let expected: Vec<(String, String, u64)> = expected
        .iter()
        .map(|(r, c, l)| (r.to_string(), c.to_string(), *l))
        .collect();
    assert_eq!(removed, expected);
    assert_eq!(json["credit"], "PTI");
    assert_eq!(json["syndicated"], true);
}

#[test]
fn the_build_writes_a_removals_report_beside_the_output() {
    let site = site();
    let run = site.build().success();
    assert!(
        run.stderr
            .contains("11 removals (in .broadsheet/public.removals.json)"),
        "{}",
        run.stderr
    );
    let report: serde_json::Value =
        serde_json::from_str(&site.read(".broadsheet/public.removals.json")).unwrap();
    assert_eq!(report["removals"], 11);
    let story = &report["stories"][0];
    assert_eq!(story["file"], "content/2024-09-02-floods.txt");
    assert_eq!(story["removed"][0]["line"], 5);
    assert!(
        !site.root().join("public/removals.json").exists(),
        "the report is not published"
    );
}

#[test]
fn site_rules_remove_outlet_clutter_and_builtin_rules_can_be_disabled() {
    let site = SiteTest::new()
        .file(
            "site.toml",
            &format!(
                "{SITE_TOML}[clean]\ndisable = [\"advertisement\"]\n\n[[clean.rules]]\nid = \"courier-app\"\ncategory = \"promo\"\npattern = \"^Get the Courier app\"\nscope = \"last:2\"\nsources = [\"Courier\"]\n"
            ),
        )
        .file(
            "content/a.md",
            "+++\ntitle = \"Dam inquiry opens\"\nsource = \"Courier\"\n+++\n\nThe inquiry into the Karst dam opened on Monday.\n\nAdvertisement\n\nGet the Courier app for alerts.\n",
        );
    let run = site.run(&["inspect", "--json", "content/a.md"]).success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["removed"].as_array().unwrap().len(), 1);
    assert_eq!(json["removed"][0]["rule"], "courier-app");
    assert_eq!(json["removed"][0]["category"], "promo");
    assert_eq!(
        json["paragraphs"][1], "Advertisement",
        "disabled rule kept it"
    );
}

#[test]
fn an_invalid_site_rule_is_a_config_error_with_its_line() {
    let site = SiteTest::new()
        .file(
            "site.toml",
            &format!(
                "{SITE_TOML}\n[[clean.rules]]\nid = \"reuters-footer\"\npattern = \"(unclosed\"\n"
            ),
        )
        .file("content/a.md", "+++\ntitle = \"x\"\n+++\nText.\n");
    let run = site.build().failure(2);
    assert!(
        run.stderr
            .contains("site.toml:6:11: rule 'reuters-footer': regex parse error"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_suggests_a_rule_for_recurring_furniture_and_learn_furniture_removes_it() {
    let footer = "The Courier is on your phone too: text NEWS to 5050 to join.";
    let mut site = SiteTest::new();
    for (i, lede) in [
        "The dam burst on Monday.",
        "Rates fell by half a point.",
        "The strike went on.",
        "A quiet day.",
    ]
    .iter()
    .enumerate()
    {
        site = site.file(
            &format!("content/s{i}.md"),
            &format!(
                "+++\ntitle = \"Story {i}\"\nsource = \"Courier\"\n+++\n\n{lede}\n\n{footer}\n"
            ),
        );
    }
    let run = site.run(&["check"]).success();
    assert!(
        run.stderr
            .contains("warning: source 'Courier': 4 of 4 stories open or close with the same line"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("sources = [\"Courier\"]"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("public").exists(), "check writes nothing");

    site.write(
        "site.toml",
        &format!("{SITE_TOML}[clean]\nlearn_furniture = true\n"),
    );
    site.build().success();
    let page = site.read("public/articles/story-0/index.html");
    assert!(
        !page.contains("text NEWS to 5050"),
        "learned furniture removed"
    );
    assert!(page.contains("The dam burst on Monday."));
}
