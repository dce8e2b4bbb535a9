//! The built-in boilerplate rules: a table, one row per pattern of clutter
//! seen in real wire and syndicated copy. Each row carries examples it must
//! remove and near misses it must keep; `clean::tests` runs them all.
//!
//! Patterns are Rust `regex` syntax. A `Paragraph` rule must match the whole
//! paragraph (anchor it with `^…$`); a `Trailing` rule matches clutter glued
//! to the end of a paragraph of news, and only its `clutter` group (or the
//! whole match) is cut. Named groups starting with `credit` carry the agency
//! to credit.

use super::{Category, Effect, Mode, Scope};

/// A built-in rule, with the examples that prove it.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Stable id, used in reports and in `[clean] disable`.
    pub id: &'static str,
    /// What the clutter is.
    pub category: Category,
    /// What it matches, for people.
    pub description: &'static str,
    /// The regex.
    pub pattern: &'static str,
    /// Longest text the rule may remove, in characters (the whole paragraph
    /// for `Paragraph` rules, the cut clutter for `Trailing` ones): clutter
    /// is short, and the cap keeps a long paragraph of news out of reach.
    pub max_chars: usize,
    /// Whole paragraph, or clutter at a paragraph's end.
    pub mode: Mode,
    /// Where in a story it may match.
    pub scope: Scope,
    /// What a match tells about the story.
    pub effect: Effect,
    /// Paragraphs it must clean (for `Trailing` rules: paragraphs whose end it must cut).
    pub examples: &'static [&'static str],
    /// Paragraphs it must leave alone.
    pub counterexamples: &'static [&'static str],
}

use Category::*;
use Effect::{Credit as SetCredit, Nothing, Syndicated};
use Mode::{Paragraph, Trailing};

/// Agencies whose names appear in credit lines.
macro_rules! agencies {
    () => {
        r"PTI|ANI|IANS|UNI|AFP|AP|Reuters|Bloomberg|dpa|DPA|EFE|Xinhua|Yonhap|Kyodo|AAP|PA|Press Trust of India|Asian News International|Agence France-Presse|Associated Press|Press Association"
    };
}

/// The built-in rules, in the order they are tried.
pub const BUILTIN: &[Builtin] = &[
    // ── syndication notes ──────────────────────────────────────────────
    Builtin {
        id: "syndicated-feed-note",
        max_chars: 300,
        category: SyndicationNote,
        description: "“This story has not been edited by … staff and is published from a syndicated feed” (any outlet)",
        pattern: r"(?i)^\(?\s*(?:except for the headline,?\s*)?this (?:story|report|article|copy) has not been edited by .+? (?:staff|team|desk)(?: and)? (?:is|was|has been) (?:published|auto-generated|generated) (?:from|via|through) an? (?:syndicated|wire|agency|news agency) feed\.?\s*\)?\.?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Syndicated,
        examples: &[
            "(Except for the headline, this story has not been edited by Newsx staff and is published from a syndicated feed.)",
            "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
            "Except for the headline, this story has not been edited by Business Today staff and is published from a syndicated feed.",
        ],
        counterexamples: &[
            "The union said the story has not been edited by the paper's staff, and demanded a correction.",
            "This story has not been edited by anyone, the blogger insisted, because the feed was live.",
        ],
    },
    Builtin {
        id: "syndicated-headline-reworked",
        max_chars: 300,
        category: SyndicationNote,
        description: "Business Standard: “Only the headline and picture of this report may have been reworked by … staff; the rest of the content is auto-generated from a syndicated feed.”",
        pattern: r"(?i)^\(?\s*only the headline(?: and (?:the )?picture)? of this (?:report|story|article) (?:may have been|has been|was) (?:reworked|changed|edited) by .+? staff;? (?:the )?rest of the content (?:is|was|has been) auto-generated from an? (?:syndicated|wire|agency) feed\.?\s*\)?\.?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Syndicated,
        examples: &[
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
        ],
        counterexamples: &[
            "Only the headline of this report was changed after the minister complained, the editor said.",
        ],
    },
    Builtin {
        id: "wire-agency-feed-note",
        max_chars: 250,
        category: SyndicationNote,
        description: "Mint: “This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.”",
        pattern: r"(?i)^\(?\s*this (?:story|article|report) (?:has been|was|is) (?:published|auto-generated|generated) from an? (?:wire agency|news agency|agency|wire|syndicated) feed(?: without (?:any )?modifications? to the text)?\.?(?:\s*only the headline has been changed\.?)?\s*\)?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Syndicated,
        examples: &[
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "(This article is auto-generated from a syndicated feed.)",
        ],
        counterexamples: &[
            "This story has been published from a wire agency feed, the minister claimed, without checking the facts.",
        ],
    },
    // ── promos ─────────────────────────────────────────────────────────
    Builtin {
        id: "promo-read-more",
        max_chars: 300,
        category: Promo,
        description: "A `READ MORE:` / `Must Read:` line pointing to another story",
        pattern: r"(?i)^(?:read more|must read|don't miss|do not miss|recommended(?: stories| reading)?|more from .+|top stories)\s*[:|\-–—]+\s*\S.*$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "READ MORE: Global Airlines Suspend Middle East Flights Amid Rising Tensions",
            "Read more | Port Amsel harbour strike enters third day",
            "Must Read: The ten best budget phones of the year",
        ],
        counterexamples: &[
            "Residents who want to read more about the plan can find it at the town hall.",
            "Read more than ever, the minister urged: \"Libraries are open late.\"",
            "Readers can read more about the budget on page 4.",
        ],
    },
    Builtin {
        id: "promo-also-read",
        max_chars: 300,
        category: Promo,
        description: "An `ALSO READ:` / `Also Read |` / `यह भी पढ़ें:` line pointing to another story",
        pattern: r"(?i)^(?:also read|read also|also see|see also|also watch|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें)\s*[:|\-–—]+\s*\S.*$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "ALSO READ: Harris To Announce New Economic Policies For Small Businesses",
            "Also Read | Veloria budget passes after all-night session",
            "यह भी पढ़ें: टीम का पूरा शेड्यूल",
        ],
        counterexamples: &["He also read the statement aloud: \"We will rebuild.\""],
    },
    Builtin {
        id: "promo-glued",
        max_chars: 300,
        category: Promo,
        description: "`ALSO READ:` / `READ MORE:` glued to the end of a paragraph of news (`…commander.ALSO READ:After …`)",
        pattern: r#"[.!?"”’)]\s*(?P<clutter>(?:ALSO READ|READ MORE|Also Read|Read More|MUST READ|Must Read)\s*[:|]\s*\S.*)$"#,
        mode: Trailing,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "The attack killed a senior commander.ALSO READ:After Hamas Attack, Israel Strikes Back",
            "Talks will resume on Monday. READ MORE: Port Amsel Strike Enters Third Day",
        ],
        counterexamples: &[
            "The minister said readers should Read More: books, papers and the news.",
            "Officials said residents who want to read more: can ask at the town hall.",
        ],
    },
    Builtin {
        id: "promo-watch",
        max_chars: 220,
        category: Promo,
        description: "`Watch: <video title>` pointing to a video (never the lede)",
        pattern: r"^(?:Watch|WATCH|Also Watch|ALSO WATCH)\s*[:|]\s*\S.*$",
        mode: Paragraph,
        scope: Scope::NotFirst,
        effect: Nothing,
        examples: &["Watch: Man Balances 88 Spoons On His Body, Breaks Own World Record"],
        counterexamples: &[
            "Watch the video here:",
            "Watch it here:",
            "Watchers said: \"It was a disgrace.\"",
            "Video: tap to watch the final lap (may not load in all browsers)",
        ],
    },
    Builtin {
        id: "promo-click-here",
        max_chars: 150,
        category: Promo,
        description: "A `CLICK HERE …` link line (`CLICK HERE TO GET THE FOX NEWS APP`)",
        pattern: r"(?i)^click here (?:to|for) .+$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Click here for more sports coverage",
        ],
        counterexamples: &[
            "Users who click here and there on the app see more ads, the study found.",
        ],
    },
    Builtin {
        id: "promo-app-download",
        max_chars: 400,
        category: Promo,
        description: "App and site footers (`Catch all the Business News … Download The Mint News App …`)",
        pattern: r"(?i)^(?:catch all the .+?(?:live ?mint|mint news app|news app|app)(?-u:\b).*|download the .+ app .*)$",
        mode: Paragraph,
        scope: Scope::Last(4),
        effect: Nothing,
        examples: &[
            "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.",
            "Download the Courier app for breaking news alerts.",
        ],
        counterexamples: &[
            "Catch all the fish you can, the minister told trawler crews, because quotas will fall.",
        ],
    },
    // ── credits ────────────────────────────────────────────────────────
    Builtin {
        id: "credit-with-inputs",
        max_chars: 100,
        category: Credit,
        description: "An agency credit: `(With inputs from agencies)`, `(With PTI inputs)`, `With ANI inputs`",
        pattern: r"^\(?\s*(?i:with)\s+(?:(?i:inputs? from)\s+(?P<credit>(?i:agencies|news agencies|wires)|[A-Z][\w&.-]*(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*|\s+)[A-Z][\w&.-]*){0,3})|(?P<credit2>[A-Z][\w&.-]*(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z][\w&.-]*){0,3})\s+(?i:inputs?))\s*\.?\s*\)?\.?$",
        mode: Paragraph,
        scope: Scope::Last(3),
        effect: SetCredit,
        examples: &[
            "(With inputs from agencies)",
            "(With PTI inputs)",
            "With inputs from Reuters and AFP.",
            "With ANI inputs",
        ],
        counterexamples: &[
            "With inputs from farmers, the ministry drew up a new seed plan for the valley.",
        ],
    },
    Builtin {
        id: "credit-with-inputs-glued",
        max_chars: 100,
        category: Credit,
        description: "An agency credit glued to the end of the last paragraph: `…he said. (With inputs from PTI)`",
        pattern: r"[.!?”\x22]\s*(?P<clutter>\(\s*(?i:with)\s+(?:(?i:inputs? from)\s+(?P<credit>(?i:agencies|news agencies)|[A-Z][\w&.-]*(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)[A-Z][\w&.-]*){0,3})|(?P<credit2>[A-Z][\w&.-]*(?:(?:\s*,\s*|\s+(?i:and)\s+)[A-Z][\w&.-]*){0,3})\s+(?i:inputs?))\s*\))$",
        mode: Trailing,
        scope: Scope::Last(1),
        effect: SetCredit,
        examples: &[
            "Rescue work went on through the night, officials said. (With inputs from PTI)",
        ],
        counterexamples: &["Rescue work went on through the night (with help from farmers)."],
    },
    Builtin {
        id: "credit-agency-alone",
        max_chars: 40,
        category: Credit,
        description: "An agency name alone as the last paragraph: `(ANI)`, `— Reuters`, `PTI`",
        pattern: concat!(
            r"^[\(\[—–-]*\s*(?P<credit>",
            agencies!(),
            r")\s*[\)\]]?\.?$"
        ),
        mode: Paragraph,
        scope: Scope::Last(2),
        effect: SetCredit,
        examples: &["(ANI)", "— Reuters", "PTI"],
        counterexamples: &["Reuters reported the deal first."],
    },
    Builtin {
        id: "credit-photo",
        max_chars: 150,
        category: Credit,
        description: "A photo or video credit line (`Photo Credit: Instagram/@…`, `(Photo: Reuters)`)",
        pattern: r"(?i)^\(?\s*(?:(?:file |representative |representational |lead |featured |cover )?(?:photo|image|picture|pic|photograph|illustration)s?\s*(?:credits?|courtesy|source)?\s*[:|]\s*\S.*|video\s*(?:credits?|courtesy|source)\s*[:|]\s*\S.*|(?:photo|image|video) courtesy(?: of)? .+|representational (?:image|picture|photo)|file (?:photo|image))\s*\)?\.?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Photo Credit: Instagram/@aliaabhatt",
            "(Photo: Reuters)",
            "Representational image",
            "Image courtesy of the Karst Valley Police",
        ],
        counterexamples: &[
            "Photo taken on Monday shows the flooded square, where 40 cars were swept away and two bridges fell into the river.",
        ],
    },
    Builtin {
        id: "credit-reuters-reporting",
        max_chars: 500,
        category: Credit,
        description: "Reuters sign-off: `Reporting by …; Editing by …`",
        pattern: r"^\(?\s*(?:Additional )?(?:Reporting|Writing|Compiled|Research) by \p{Lu}[\w'’.-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'’.-]*|in|and|de|da|del|van|von|der|al|bin|at|&))*(?:\s*;\s*(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting|[Cc]ompiling|[Rr]eporting|[Gg]raphics|[Rr]esearch) by \p{Lu}[\w'’.-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'’.-]*|in|and|de|da|del|van|von|der|al|bin|at|&))*)*\.?\s*\)?$",
        mode: Paragraph,
        scope: Scope::Last(3),
        effect: Nothing,
        examples: &[
            "Reporting by Jane Doe in London; Editing by Mark Heinrich",
            "(Reporting by Ilse Brandt; Additional reporting by Tom Vries; Writing by Ana Ruiz; Editing by Peter Graff)",
        ],
        counterexamples: &[
            "Reporting by the state broadcaster suggested the toll was far higher than officials admitted.",
        ],
    },
    Builtin {
        id: "credit-contributed",
        max_chars: 300,
        category: Credit,
        description: "`Associated Press writers … contributed to this report.`",
        pattern: r"(?i)^\(?\s*[^.]+(?-u:\b)contributed (?:to this (?:report|story|article)|reporting(?: to this (?:report|story))?)\.?\s*\)?$",
        mode: Paragraph,
        scope: Scope::Last(3),
        effect: Nothing,
        examples: &[
            "Associated Press writers Ana Ruiz in Madrid and Tom Vries in Berlin contributed to this report.",
            "Staff writer Mira Kovač contributed reporting.",
        ],
        counterexamples: &[
            "Farmers said the floods contributed to this year's poor harvest, which fell by 30 percent.",
        ],
    },
    // ── disclaimers ────────────────────────────────────────────────────
    Builtin {
        id: "disclaimer",
        max_chars: 1000,
        category: Disclaimer,
        description: "A paragraph that is a disclaimer (`Disclaimer: …`, `(Disclaimer: …)`): ownership, medical, opinion, partner notes",
        pattern: r"(?i)^[\(\[]?\s*disclaimer\s*[:\-–—]\s*\S.*$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "(Disclaimer: New Delhi Television is a subsidiary of AMG Media Networks Limited, an Adani Group Company.)",
            "Disclaimer: This content including advice provides generic information only. Always consult a specialist.",
        ],
        counterexamples: &[
            "The company's disclaimer was buried on page 40 of the contract, the court heard.",
        ],
    },
    Builtin {
        id: "disclaimer-opinion",
        max_chars: 300,
        category: Disclaimer,
        description: "An opinion-piece note (`Views expressed are personal`, `The opinions expressed in this article are those of the author`)",
        pattern: r"(?i)^\(?\s*(?:the )?(?:views|opinions) expressed (?:in this (?:article|piece|column) )?are (?:personal|(?:solely )?(?:those|that) of the (?:author|writer)s?)(?-u:\b).*$",
        mode: Paragraph,
        scope: Scope::Last(3),
        effect: Nothing,
        examples: &[
            "(Views expressed are personal)",
            "The opinions expressed in this article are those of the author and do not reflect the views of the paper.",
        ],
        counterexamples: &[
            "The views expressed at the meeting were sharply divided, officials said.",
        ],
    },
    // ── newsletter and social prompts ──────────────────────────────────
    Builtin {
        id: "social-follow",
        max_chars: 200,
        category: SocialPrompt,
        description: "A social prompt (`Follow @htshowbiz for more`, `Follow us on X and Facebook`)",
        pattern: r"(?i)^(?:follow (?:@\w+|us|[\w .]+) (?:for more(?-u:\b).*|on (?:twitter|x|facebook|instagram|threads|whatsapp|telegram|google news|linkedin|youtube|tiktok)(?-u:\b).*)|(?:join|subscribe to) (?:us|our|the) .*(?:whatsapp|telegram|youtube) (?:channel|group)(?-u:\b).*|follow more (?:stories|news) on .+)$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Follow @htshowbiz for more",
            "Follow us on Twitter and Facebook for the latest news.",
            "Join our WhatsApp channel for updates.",
        ],
        counterexamples: &["Follow the money, the prosecutor told jurors on Monday."],
    },
    Builtin {
        id: "newsletter-signup",
        max_chars: 250,
        category: SocialPrompt,
        description: "A newsletter prompt (`Sign up for free newsletters and get more CNBC delivered to your inbox`)",
        pattern: r"(?i)^(?:sign up (?:for|to) .*newsletters?(?-u:\b).*|subscribe (?:to|for) (?:our|the|free) .*newsletters?(?-u:\b).*|get (?:this|the .+) delivered to your inbox(?-u:\b).*)$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Sign up for free newsletters and get more CNBC delivered to your inbox",
            "Subscribe to our morning newsletter.",
        ],
        counterexamples: &[
            "Sign up rates for the scheme fell by half after the fees rose, the ministry said.",
        ],
    },
    Builtin {
        id: "share-this",
        max_chars: 250,
        category: SocialPrompt,
        description: "Share-button text (`Share this with Email Facebook Messenger Twitter …`)",
        pattern: r"(?i)^share (?:this|on|via)(?: (?:story|article|page|with))?\s*[:\-]?\s*(?:(?:email|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|copy this link|copy link|print)[\s,|]*){2,}$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link",
        ],
        counterexamples: &[
            "Share this with your neighbours, the mayor said of the flood warnings.",
        ],
    },
    // ── advertisement and page furniture ───────────────────────────────
    Builtin {
        id: "advertisement",
        max_chars: 60,
        category: Advertisement,
        description: "An advertisement marker (`Advertisement`, `Story continues below advertisement`)",
        pattern: r"(?i)^[\[(]?\s*(?:advertisements?|ads?|sponsored|sponsored content|promoted|(?:story|article|text) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip advertisement)\s*[\])]?\.?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Advertisement",
            "Story continues below advertisement",
            "ADVERTISEMENT",
            "Continue reading the main story",
        ],
        counterexamples: &["Advertisement spending rose by 8 percent, the agency said."],
    },
    Builtin {
        id: "media-furniture",
        max_chars: 80,
        category: Advertisement,
        description: "Video-player furniture (`Scroll down for video`, `Media playback is not supported on this device`)",
        pattern: r"(?i)^(?:scroll down for (?:video|videos|more)|media playback is (?:not supported|unsupported) on (?:this|your) device|this video (?:can ?not|cannot) be played|(?:please )?enable javascript to (?:view|watch|play) (?:this|the) (?:video|content))\.?$",
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        examples: &[
            "Scroll down for video",
            "Media playback is not supported on this device",
        ],
        counterexamples: &[
            "Scroll down for video evidence was not an option, the judge joked, as the tape had been wiped.",
        ],
    },
    // ── copyright footers and wire codes ───────────────────────────────
    Builtin {
        id: "copyright-footer",
        max_chars: 250,
        category: Copyright,
        description: "A copyright footer (`© 2019 Reuters. All Rights Reserved.`, AP's `Copyright 2024 The Associated Press. All rights reserved. This material may not be …`)",
        pattern: r"(?i)^(?:(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s*[\w .,&'’-]+?\.?(?:\s*all rights reserved\.?)?(?:\s*this material may not be published,? broadcast,? rewritten,? or redistributed(?: in any form)?\.?)?|(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*|copyright\s*)?[\w .,&'’-]+?\s*\d{4}\.?(?:\s*all rights reserved\.?)?|[\w .,&'’©-]+all rights reserved\.?)\s*$",
        mode: Paragraph,
        scope: Scope::Last(3),
        effect: Nothing,
        examples: &[
            "© 2019 Reuters. All Rights Reserved.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "(c) Copyright Thomson Reuters 2024",
        ],
        counterexamples: &[
            "Copyright lawyers said the ruling would change how music is licensed across the continent.",
            "Copyright law is complex.",
        ],
    },
    Builtin {
        id: "wire-code",
        max_chars: 60,
        category: Furniture,
        description: "A wire routing code line at the end (`PTI DDV PDS PDS`)",
        pattern: r"^(?:PTI|ANI|IANS|UNI)(?:\s+[A-Z]{2,4}){1,10}\s*$",
        mode: Paragraph,
        scope: Scope::Last(2),
        effect: Nothing,
        examples: &["PTI DDV PDS PDS", "IANS ANB RAX"],
        counterexamples: &["PTI SAID THE TALKS WOULD RESUME ON MONDAY AFTER A BREAK"],
    },
    Builtin {
        id: "wire-code-glued",
        max_chars: 60,
        category: Furniture,
        description: "A wire routing code glued to the end of the last paragraph (`…he said. PTI DDV PDS`)",
        pattern: r"[.!?”\x22)]\s+(?P<clutter>(?:PTI|ANI|IANS|UNI)(?:\s+[A-Z]{2,4}){1,10})\s*$",
        mode: Trailing,
        scope: Scope::Last(1),
        effect: Nothing,
        examples: &["Talks will resume on Monday, officials said. PTI DDV PDS PDS"],
        counterexamples: &["The case was handed to the PTI. DDV officials declined to comment"],
    },
];
