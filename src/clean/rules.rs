//! The built-in boilerplate rules: a table, one row per pattern of clutter
//! seen in real wire and syndicated copy. Each row carries examples it must
//! remove and near misses it must keep; `clean::tests` runs them all.
//!
//! Patterns are Rust `regex` syntax. A `Paragraph` rule must match the whole
//! paragraph (anchor it with `^…$`); a `Trailing` rule matches clutter glued
//! to the end of a paragraph of news, and a `Leading` one clutter run into
//! its start, and only its `clutter` group (or the whole match) is cut. Named groups starting with `credit` carry the agency
//! to credit. Patterns use ASCII word boundaries (`(?-u:\b)`) and no counted
//! repetition of wide classes, so that the compiled set stays small and fast;
//! `max_chars` bounds the length instead.

use super::{Category, Effect, Mode, Scope, Then};

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
    /// Whether a reporting clause (`…, the ministry said`) vetoes the rule:
    /// a prompt that somebody is reported as giving is news.
    pub guarded: bool,
    /// What else goes with a match (a marker's headline, a link list).
    pub then: Then,
    /// Paragraphs it must clean (for `Trailing` rules: paragraphs whose end it must cut).
    pub examples: &'static [&'static str],
    /// Paragraphs it must leave alone.
    pub counterexamples: &'static [&'static str],
}

use Category::*;
use Effect::{Credit as SetCredit, Nothing, Syndicated};
use Mode::{Leading, Paragraph, Trailing};

/// Agencies whose names appear in credit lines.
macro_rules! agencies {
    () => {
        r"PTI|ANI|IANS|UNI|AFP|AP|Reuters|Bloomberg|dpa|DPA|EFE|Xinhua|Yonhap|Kyodo|AAP|PA|WAM|SPA|Press Trust of India|Asian News International|Agence France-Presse|Associated Press|Press Association"
    };
}

/// A credited agency list: `PTI`, `Reuters and AFP`, `PTI/ANI`, `agencies`.
macro_rules! credited {
    () => {
        r"(?i:agencies|news agencies|agency|wires|wire services)|\p{Lu}[\w&.-]*(?:(?:\s*[,/&]\s*|\s+(?i:and)\s+)\p{Lu}[\w&.-]*)*"
    };
}

/// Words of "read this too" in Indian languages, as outlets print them.
macro_rules! read_also {
    () => {
        r"यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|यह भी पढ़े|ये भी पढ़े|আরও পড়ুন|আরও পড়ুন|हेही वाचा|आणखी वाचा|આ પણ વાંચો|ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|இதையும் படிங்க|இதையும் படிக்க|یہ بھی پڑھیں|ਇਹ ਵੀ ਪੜ੍ਹੋ|ഇതും വായിക്കുക"
    };
}

const fn rule(
    id: &'static str,
    category: Category,
    description: &'static str,
    pattern: &'static str,
) -> Builtin {
    Builtin {
        id,
        category,
        description,
        pattern,
        max_chars: 300,
        mode: Paragraph,
        scope: Scope::Anywhere,
        effect: Nothing,
        guarded: false,
        then: Then::Nothing,
        examples: &[],
        counterexamples: &[],
    }
}

/// The built-in rules, in the order they are tried.
pub const BUILTIN: &[Builtin] = &[
    // ── syndication notes ──────────────────────────────────────────────
    Builtin {
        effect: Syndicated,
        examples: &[
            "(Except for the headline, this story has not been edited by Newsx staff and is published from a syndicated feed.)",
            "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
            "Except for the headline, this story has not been edited by Business Today staff and is published from a syndicated feed .",
        ],
        counterexamples: &[
            "The union said the story has not been edited by the paper's staff, and demanded a correction.",
            "This story has not been edited by anyone, the blogger insisted, because the feed was live.",
        ],
        ..rule(
            "syndicated-feed-note",
            SyndicationNote,
            "“This story has not been edited by … staff and is published from a syndicated feed” (any outlet)",
            r"(?i)^\(?\s*(?:except for the headline,?\s*)?this (?:story|report|article|copy) has not been edited by .+? (?:staff|team|desk)(?: and)? (?:is|was|has been) (?:published|auto-generated|generated) (?:from|via|through) (?:an? )?(?:syndicated|wire|agency|news agency)(?: news)? feeds?\s*\.?\s*\)?\.?$",
        )
    },
    Builtin {
        effect: Syndicated,
        examples: &[
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff, the rest of the content is auto-generated from a syndicated feed.)",
        ],
        counterexamples: &[
            "Only the headline of this report was changed after the minister complained, the editor said.",
        ],
        ..rule(
            "syndicated-headline-reworked",
            SyndicationNote,
            "Business Standard: “Only the headline and picture of this report may have been reworked by … staff; the rest of the content is auto-generated from a syndicated feed.”",
            r"(?i)^\(?\s*only the headline(?: and (?:the )?picture)? of this (?:report|story|article) (?:may have been|has been|was) (?:reworked|changed|edited) by .+? staff[;,]?\s+(?:the )?rest of the content (?:is|was|has been) auto-generated from an? (?:syndicated|wire|agency) feeds?\s*\.?\s*\)?\.?$",
        )
    },
    Builtin {
        effect: Syndicated,
        examples: &[
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "(This article is auto-generated from a syndicated feed.)",
            "This report is auto-generated from syndicated news agency feeds. ThePrint holds no responsibility for its content.",
            "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)",
        ],
        counterexamples: &[
            "This story has been published from a wire agency feed, the minister claimed, without checking the facts.",
            "The site's stories are auto-generated from agency feeds, which critics say spreads errors faster.",
        ],
        ..rule(
            "wire-agency-feed-note",
            SyndicationNote,
            "Other syndication notes: Mint's “published from a wire agency feed without modifications to the text”, ThePrint's “auto-generated from syndicated news agency feeds”, LatestLY's “unedited and auto-generated story”",
            r"(?i)^\(?\s*(?:this (?:story|article|report|copy) (?:has been|was|is) (?:published|auto-generated|generated) from (?:an? )?(?:syndicated |wire |news )?(?:agency |news agency |wire |syndicated )?(?:news )?feeds?(?: without (?:any )?modifications? to the text)?\.?(?:\s*only the headline has been changed\.?)?(?:\s*[\w ]+ holds no responsibility for (?:its|the) content\.?)?|this is an unedited and auto-generated (?:story|article|report) from (?:an? )?syndicated (?:news )?feed.*)\s*\)?\.?$",
        )
    },
    // ── promos ─────────────────────────────────────────────────────────
    Builtin {
        examples: &[
            "READ MORE: Global Airlines Suspend Middle East Flights Amid Rising Tensions",
            "Read more | Port Amsel harbour strike enters third day",
            "Must Read: The ten best budget phones of the year",
            "Read | What is GRAP? All you need to know about Delhi's anti-pollution action plan",
            "More from Mint: Ten stocks to watch this week",
        ],
        counterexamples: &[
            "Residents who want to read more about the plan can find it at the town hall.",
            "Read more than ever, the minister urged: \"Libraries are open late.\"",
            "Readers can read more about the budget on page 4.",
            "More from the Rs 11 lakh-crore capital expenditure outlay should go to states, he added - and soon.",
            "More from the Prime Minister: he promised free electricity for farmers and a new rail link by 2027.",
        ],
        ..rule(
            "promo-read-more",
            Promo,
            "A `READ MORE:` / `Must Read:` / `Read |` line pointing to another story",
            r"(?i)^(?:(?:read more|must read|don't miss|do not miss|recommended(?: stories| reading)?|top stories)\s*[:|\-–—]+|more (?:from|on) (?:the )?(?-i:\p{Lu})[\w&.'’ ]*\s*[:|]|(?-i:[Rr]ead|READ)\s*\|)\s*(?-i:[\p{Lu}\d\x22“‘'])\S*.*$",
        )
    },
    Builtin {
        examples: &[
            "ALSO READ: Harris To Announce New Economic Policies For Small Businesses",
            "Also Read | Veloria budget passes after all-night session",
            "यह भी पढ़ें: टीम का पूरा शेड्यूल",
            "আরও পড়ুন: কলকাতায় বৃষ্টির পূর্বাভাস",
        ],
        counterexamples: &[
            "He also read the statement aloud: \"We will rebuild.\"",
            "Also read out at the briefing was a list of roads that will remain closed.",
            // NDTV's labels keep a bracketed pointer inside a feature story.
            "(Also Read: Thanks To Jennifer Lopez In A White Swim Set, It Looks Like A Happy New Year Already)",
        ],
        ..rule(
            "promo-also-read",
            Promo,
            "An `ALSO READ:` / `Also Read |` / `(Also read: …)` / `यह भी पढ़ें:` line pointing to another story",
            concat!(
                r"(?i)^(?:also read|read also|also see|see also|also watch|",
                read_also!(),
                r")\s*[:|\-–—]+\s*(?-i:[\p{Lu}\d\x22“‘'\p{Devanagari}\p{Bengali}\p{Gujarati}\p{Telugu}\p{Kannada}\p{Tamil}\p{Arabic}\p{Gurmukhi}\p{Malayalam}]).*$"
            ),
        )
    },
    Builtin {
        then: Then::Headline,
        examples: &[
            "Also Read",
            "Featured Video Of The Day",
            "WATCH NOW",
            "VIDEO 2:55 02:55",
            "Sign up for Al Jazeera",
        ],
        counterexamples: &["Also read the fine print, the regulator told buyers."],
        max_chars: 60,
        ..rule(
            "promo-marker",
            Promo,
            "A promo marker alone (`Also Read`, `Featured Video Of The Day`, `WATCH NOW`, `Don't miss these stories from …:`); the headline after it goes too",
            r"(?i)^(?:also read|read also|must read|featured video of the day|(?-i:WATCH NOW|Watch Now)|watch video|video\s+\d+:\d\d(?:\s+\d+:\d\d)?|sign up (?:for|to) (?-i:\p{Lu})[\w.' ]*)\s*$",
        )
    },
    Builtin {
        then: Then::Links,
        max_chars: 60,
        examples: &[
            "Don't miss these stories from CNBC PRO:",
            "Trending now",
            "Topics mentioned in this article",
            "Explore more on these topics",
        ],
        counterexamples: &["Trending now is a rise in rents, the survey found."],
        ..rule(
            "promo-list-marker",
            Promo,
            "A promo list header (`Don't miss these stories from …:`, `Trending now`, `Topics mentioned in this article`) with the link lines after it",
            r"(?i)^(?:don't miss(?: these stories)?(?: from .+)?:|trending now|topics mentioned in this article|explore more on these topics|more (?:stories|videos) from .+:)\s*$",
        )
    },
    Builtin {
        then: Then::Links,
        scope: Scope::Last(12),
        max_chars: 40,
        examples: &["Related Topics", "RELATED ARTICLES", "More on this story"],
        counterexamples: &["Related charges were dropped in March."],
        ..rule(
            "related-links",
            Promo,
            "A related-links block at the end (`Related Topics`, `RELATED ARTICLES`, `More on this story`) with the short link lines after it",
            r"(?i)^(?:related (?:topics|articles|stories|news|links|content|coverage)|more on this (?:story|topic)|you (?:may|might) also like|also in the news)\s*:?$",
        )
    },
    Builtin {
        then: Then::Rest,
        scope: Scope::Last(8),
        max_chars: 40,
        examples: &["ABOUT THE AUTHOR", "Dear Reader,"],
        counterexamples: &["About the author of the letter, police said little."],
        ..rule(
            "end-matter",
            Furniture,
            "End matter near the end of a story: `ABOUT THE AUTHOR` or a `Dear Reader,` subscription plea, with everything after it",
            r"(?i)^(?:about the author|dear reader,?)$",
        )
    },
    Builtin {
        mode: Trailing,
        scope: Scope::Last(1),
        max_chars: 400,
        examples: &[
            "The fund will open in March, founder Aditi Rao said. Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.",
        ],
        counterexamples: &["Crews worked to catch all the fish before the lake froze."],
        ..rule(
            "promo-footer-glued",
            Promo,
            "Mint's `Catch all the … Download The Mint News App …` footer glued to the end of the last paragraph",
            r#"[.!?"”’]\s*(?P<clutter>Catch all the .+?(?:Live ?Mint|Mint News App|News App)(?-u:\b).*)$"#,
        )
    },
    Builtin {
        mode: Trailing,
        scope: Scope::Last(2),
        max_chars: 120,
        examples: &["Charges against him are pending. CLICK HERE TO GET THE FOX NEWS APP"],
        counterexamples: &["Officials said: click here to apply."],
        ..rule(
            "promo-click-here-glued",
            Promo,
            "`CLICK HERE …` in capitals glued to the end of a paragraph",
            r"[.!?\x22”’)]\s*(?P<clutter>(?:LIKE WHAT YOU'RE READING\?\s*)?CLICK (?:HERE )?(?:TO|FOR) [A-Z0-9 '’,!?.&-]+)$",
        )
    },
    Builtin {
        mode: Trailing,
        examples: &[
            "The attack killed a senior commander.ALSO READ:After Hamas Attack, Israel Strikes Back",
            "Talks will resume on Monday. READ MORE: Port Amsel Strike Enters Third Day",
            "\"Inflation is moving towards the target,\" Das said.Also read: RBI Policy: What the rate pause means",
            "The rally ended peacefully, police said. ये भी पढ़ें: दिल्ली में बारिश",
        ],
        counterexamples: &[
            "The minister said readers should Read More: books, papers and the news.",
            "Officials said residents who want to read more: can ask at the town hall.",
            "The clerk read out the charges. Also read - at the request of the families - were the names of all 12 victims.",
        ],
        ..rule(
            "promo-glued",
            Promo,
            "`ALSO READ:` / `READ MORE:` glued to the end of a paragraph of news (`…commander.ALSO READ:After …`)",
            concat!(
                r#"[.!?"”’)]\s*(?P<clutter>(?:ALSO READ|READ MORE|Also Read|Also read|Read More|MUST READ|Must Read|"#,
                read_also!(),
                r")\s*[:|]\s*(?:[\p{Lu}\d\x22“‘']|\p{Devanagari}).*)$"
            ),
        )
    },
    Builtin {
        scope: Scope::NotFirst,
        max_chars: 220,
        examples: &["Watch: Man Balances 88 Spoons On His Body, Breaks Own World Record"],
        counterexamples: &[
            "Watch the video here:",
            "Watch it here:",
            "Watchers said: \"It was a disgrace.\"",
            "Video: tap to watch the final lap (may not load in all browsers)",
        ],
        ..rule(
            "promo-watch",
            Promo,
            "`Watch: <video title>` pointing to a video (never the lede)",
            r"^(?:Watch|WATCH|Also Watch|ALSO WATCH)\s*[:|]\s*\S.*$",
        )
    },
    Builtin {
        guarded: true,
        max_chars: 150,
        examples: &[
            "CLICK HERE TO GET THE FOX NEWS APP",
            "Click here for more sports coverage",
            "LIKE WHAT YOU'RE READING? CLICK HERE FOR MORE SPORTS NEWS",
            "CLICK TO GET THE FOX NEWS APP",
            "Click for more trending news",
            "Click here to join our WhatsApp channel",
        ],
        counterexamples: &[
            "Users who click here and there on the app see more ads, the study found.",
            "Click here to check your linking status, reads the message on the portal's home page.",
            "\"Click here to pay the bail\" is the kind of text message victims typically receive.",
        ],
        ..rule(
            "promo-click-here",
            Promo,
            "A `CLICK HERE …` link line (`CLICK HERE TO GET THE FOX NEWS APP`)",
            r"(?i)^(?:like what you['’]re reading\?\s*)?click (?:here )?(?:to|for) [^,\x22“”]+[.!]?$",
        )
    },
    Builtin {
        guarded: true,
        scope: Scope::Last(5),
        max_chars: 400,
        examples: &[
            "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.",
            "Download the Courier app for breaking news alerts.",
            "Download the Fox News App.",
            "Catch your daily dose of Fashion, Health, Travel and all the other Latest Lifestyle News on Hindustan Times Website and APPs.",
            "Catch every big hit, every wicket with Crick-it, a one stop destination for Live Scores, Match Stats, Infographics & much more. Explore now!",
            "Track Latest News Live on NDTV.com and get news updates from India and around the world.",
            "Get Current Updates on India News, Elections 2024, Cricket News along with Latest News and Top Headlines from India and around the world.",
            "Subscribe to CNBC PRO for exclusive insights and analysis, and live business day programming from around the world.",
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
            "Find more of AP's coverage at https://apnews.com/hub/israel-hamas-war",
            "Listen to the latest songs, only on JioSaavn.com",
            "Get Breaking news, live coverage, and Latest News from India and around the world on NDTV.com.",
            "Subscribe to Business Standard digital and get complete access to all the content.",
            "This is a Premium article available exclusively to our subscribers.",
            "Dear Reader, Business Standard has always strived hard to provide up-to-date information and commentary.",
            "Get the latest updates from the 2024 campaign trail, exclusive interviews and more at our Fox News Digital election hub.",
            "The Associated Press receives support from the Walton Family Foundation for coverage of water. The AP is solely responsible for all content.",
        ],
        counterexamples: &[
            "Catch all the fish you can, the minister told trawler crews, because quotas will fall.",
            "Download the DigiLocker app and keep a copy of both documents handy, the department said in its advisory.",
            "Subscribe to Streamly Prime now and you will pay 20% more from March, the company said in a filing.",
            "Download the Arogya app from the Play Store and enter your phone number to book a slot.",
        ],
        ..rule(
            "promo-app-download",
            Promo,
            "Outlet and app footers (`Catch all the Business News … Download The Mint News App …`, `Track Latest News Live on NDTV.com …`)",
            r"(?i)^(?:catch (?:all the|your daily dose of|every) .+?(?:live ?mint|news app|apps?|website|crick-it|explore now)(?-u:\b).*|download (?:the )?(?-i:\p{Lu})[\w .]*? app(?: (?:for|to get|now)[^,]*)?\.?|track latest news live on .+|get (?:current|latest|live|all the latest) (?:news )?updates on .+|subscribe to (?:mint|our|the \w+) newsletters?\.?|support quality journalism and subscribe to .+|get (?:the )?(?:current|latest|live|all the latest)(?-u:\b).+|get breaking news(?-u:\b).+|follow live updates (?:on|of) .+ here\.?|subscribe to (?-i:\p{Lu})[\w ]*? (?:digital|premium|pro|plus|prime) (?:for|and get|to get|to read)(?-u:\b).*|this is a premium article(?-u:\b).*|dear reader,\s+.+|milestone alert!.+|unlock a world of benefits!.+|listen to the latest songs,? only on jiosaavn\.com\.?|our standards:\s*the thomson reuters trust principles\.?(?:,?\s*opens new tab)?|(?:find more of|follow) (?:the )?(?:AP|associated press)['’]?s? coverage(?-u:\b).* at https?://\S+|the associated press['’]?s? .*?receives (?:financial )?support from .+)$",
        )
    },
    // ── credits and bylines ────────────────────────────────────────────
    Builtin {
        scope: Scope::Last(3),
        max_chars: 100,
        effect: SetCredit,
        examples: &[
            "(With inputs from agencies)",
            "(With PTI inputs)",
            "With inputs from Reuters and AFP.",
            "With ANI inputs",
            "With agency inputs",
            "(With additional inputs from PTI)",
            "(Inputs from PTI/ANI)",
            "— With agency inputs",
        ],
        counterexamples: &[
            "With inputs from farmers, the ministry drew up a new seed plan for the valley.",
            "With inputs from the front line scarce, analysts relied on satellite images.",
        ],
        ..rule(
            "credit-with-inputs",
            Credit,
            "An agency credit: `(With inputs from agencies)`, `(With PTI inputs)`, `With ANI inputs`",
            concat!(
                r"^[\(\[—–-]*\s*(?:(?i:with)\s+)?(?:(?i:additional)\s+)?(?:(?i:inputs?\s+from)\s+(?P<credit>",
                credited!(),
                r")|(?P<credit2>",
                credited!(),
                r")\s+(?i:inputs?))\s*\.?\s*[\)\]]?\.?$"
            ),
        )
    },
    Builtin {
        mode: Trailing,
        scope: Scope::Last(1),
        max_chars: 100,
        effect: SetCredit,
        examples: &[
            "Rescue work went on through the night, officials said. (With inputs from PTI)",
            "Flights resumed on Monday. — With agency inputs",
        ],
        counterexamples: &["Rescue work went on through the night (with help from farmers)."],
        ..rule(
            "credit-with-inputs-glued",
            Credit,
            "An agency credit glued to the end of the last paragraph: `…he said. (With inputs from PTI)`",
            concat!(
                r"[.!?”\x22’]\s*(?P<clutter>(?:\(|[—–-]+\s*)\s*(?i:with)\s+(?:(?i:additional)\s+)?(?:(?i:inputs?\s+from)\s+(?P<credit>",
                credited!(),
                r")|(?P<credit2>",
                credited!(),
                r")\s+(?i:inputs?))\s*\)?)$"
            ),
        )
    },
    Builtin {
        scope: Scope::Last(2),
        max_chars: 40,
        effect: SetCredit,
        examples: &["(ANI)", "— Reuters", "PTI", "--IANS", "(ANI )"],
        counterexamples: &["Reuters reported the deal first."],
        ..rule(
            "credit-agency-alone",
            Credit,
            "An agency name alone as the last paragraph: `(ANI)`, `— Reuters`, `--IANS`",
            concat!(
                r"^[\(\[—–-]*\s*(?P<credit>",
                agencies!(),
                r")\s*[\)\]]?\.?$"
            ),
        )
    },
    Builtin {
        mode: Trailing,
        scope: Scope::Last(1),
        max_chars: 40,
        effect: SetCredit,
        examples: &[
            "Shares of Wipro rose 2 per cent.(IANS)",
            "The meeting ended late on Friday. --IANS",
        ],
        counterexamples: &[
            "The figures came from the Press Trust (PTI Data Desk) and were revised",
        ],
        ..rule(
            "credit-agency-glued",
            Credit,
            "An agency credit glued to the end of the last paragraph: `…Wipro.(IANS)`, `… --IANS`",
            concat!(
                r"[.!?”\x22’]\s*(?P<clutter>(?:\(\s*|[—–-]+\s*)(?P<credit>",
                agencies!(),
                r")\s*\)?)$"
            ),
        )
    },
    Builtin {
        scope: Scope::Last(3),
        max_chars: 80,
        effect: SetCredit,
        examples: &[
            "Source: Al Jazeera and news agencies",
            "Source: Reuters",
            "Sources: AFP",
        ],
        counterexamples: &[
            "Source: FAA statement, company filings",
            "Sources said the talks had failed.",
        ],
        ..rule(
            "credit-source",
            Credit,
            "A source credit naming agencies at the end (`Source: Reuters`, `Source: Al Jazeera and news agencies`)",
            concat!(
                r"^(?i:sources?)\s*:\s*(?P<credit>(?:",
                agencies!(),
                r"|(?i:news agencies|agencies))(?:\s*(?:,|and|&)\s*(?:",
                agencies!(),
                r"|(?i:news agencies|agencies)))*|\p{Lu}[\w ]*? and (?i:news )?(?i:agencies))\.?$"
            ),
        )
    },
    Builtin {
        max_chars: 400,
        examples: &[
            "Photo Credit: Instagram/@aliaabhatt",
            "(Photo: Reuters)",
            "Representational image",
            "Image courtesy of the Karst Valley Police",
            "Image source, PA Media",
            "Image used for representational purpose only.",
            "[1/5] Workers at the plant in Taichung. REUTERS/Ann Wang Purchase Licensing Rights, opens new tab",
        ],
        counterexamples: &[
            "Photo taken on Monday shows the flooded square, where 40 cars were swept away and two bridges fell into the river.",
            "Photographs taken by divers show the wreck lying on its side.",
            "Pictures, videos and witness accounts posted online show the bridge collapsing within seconds as the river rose.",
            "Images, shared widely on social media, showed cars floating down the high street.",
        ],
        ..rule(
            "credit-photo",
            Credit,
            "A photo or video credit line (`Photo Credit: Instagram/@…`, `(Photo: Reuters)`, `Image source, PA Media`, `Representational image`)",
            r"(?i)^\(?\s*(?:(?:file |representative |representational |lead |featured |cover )?(?:photo|image|picture|pic|photograph|illustration)s?\s*(?:credits?|courtesy|source|caption)?\s*[:|]\s*\S.*|image (?:source|caption),\s*\S.*|video\s*(?:credits?|courtesy|source)\s*[:|]\s*\S.*|(?:photo|image|video) courtesy(?: of)? .+|(?:representational|representative|file) (?:image|picture|photo)|(?:image|photo|picture)s? (?:used )?(?:for|only for) representation(?:al)?(?: purposes?)?(?: only)?|\[\d+/\d+\].*(?:purchase|acquire) licensing rights.*)\s*\)?\.?$",
        )
    },
    Builtin {
        scope: Scope::Last(3),
        max_chars: 500,
        examples: &[
            "Reporting by Jane Doe in London; Editing by Mark Heinrich",
            "(Reporting by Ilse Brandt; Additional reporting by Tom Vries; Writing by Ana Ruiz; Editing by Peter Graff)",
        ],
        counterexamples: &[
            "Reporting by the state broadcaster suggested the toll was far higher than officials admitted.",
        ],
        ..rule(
            "credit-reuters-reporting",
            Credit,
            "Reuters sign-off: `Reporting by …; Editing by …`",
            r"^\(?\s*(?:Additional )?(?:Reporting|Writing|Compiled|Research) by \p{Lu}[\w'’.-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'’.-]*|in|and|de|da|del|van|von|der|al|bin|at|&))*(?:\s*;\s*(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting|[Cc]ompiling|[Rr]eporting|[Gg]raphics|[Rr]esearch) by \p{Lu}[\w'’.-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'’.-]*|in|and|de|da|del|van|von|der|al|bin|at|&))*)*\.?\s*\)?$",
        )
    },
    Builtin {
        scope: Scope::Last(4),
        examples: &[
            "Associated Press writers Ana Ruiz in Madrid and Tom Vries in Berlin contributed to this report.",
            "Staff writer Mira Kovač contributed reporting.",
            "— CNBC's Jeff Cox contributed to this report.",
        ],
        counterexamples: &[
            "Farmers said the floods contributed to this year's poor harvest, which fell by 30 percent.",
        ],
        ..rule(
            "credit-contributed",
            Credit,
            "`Associated Press writers … contributed to this report.`",
            r"(?i)^[\(—–-]*\s*[^.]+(?-u:\b)contributed (?:to this (?:report|story|article)|reporting(?: to this (?:report|story))?)\.?\s*\)?$",
        )
    },
    Builtin {
        max_chars: 120,
        examples: &[
            "By Natalie Grover and Florence Tan",
            "Written by Arun Dev",
            "Edited By: Nitya Thirumalai",
            "Published By: Satyam Singh",
        ],
        counterexamples: &[
            "Published by the court on Monday, the ruling runs to 80 pages.",
            "Edited by the returning officer",
            "Written by hand",
            "By Friday, the river had fallen",
        ],
        ..rule(
            "credit-byline",
            Credit,
            "A byline or desk credit alone (`By Natalie Grover and Florence Tan`, `Edited By: …`, `Published By: …`)",
            r"^(?:By|BY|(?i:written|edited|published|reported|curated|compiled) (?i:by))\s*:?\s*\p{Lu}[\w'’.-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\w'’.-]*|and|&))*$",
        )
    },
    Builtin {
        scope: Scope::Last(3),
        max_chars: 300,
        examples: &[
            "Jasjeev Gandhiok is a Principal Correspondent at the Hindustan Times. He covers environment and climate change.",
        ],
        counterexamples: &[
            "Ms Gandhiok is a principal witness in the case, prosecutors said.",
            "Evan Harlow is a reporter for The Valley Journal who was detained in March 2023 and later freed.",
        ],
        ..rule(
            "credit-author-bio",
            Credit,
            "An author's bio at the end (`… is a Principal Correspondent at the Hindustan Times. …`)",
            r"^(?:\p{Lu}[\w'’.-]*\s+){1,4}(?:\p{Lu}[\w'’.-]*\s+)?is an? (?i:(?:(?:award-winning|senior|principal|chief|special|staff|assistant|deputy|associate|tech|political|business)\s+)*(?:correspondent|reporter|journalist|writer|editor|columnist|contributor|producer))(?:\s+(?:at|for|with)\s+(?:the\s+)?(?-i:\p{Lu})[\w.&'’-]*(?:\s+(?-i:\p{Lu})[\w.&'’-]*){0,4})?\.(?:\s+(?:He|She|They) (?:covers|writes|reports)[^.]*\.)?$",
        )
    },
    // ── disclaimers ────────────────────────────────────────────────────
    Builtin {
        max_chars: 1000,
        examples: &[
            "(Disclaimer: New Delhi Television is a subsidiary of AMG Media Networks Limited, an Adani Group Company.)",
            "Disclaimer: This content including advice provides generic information only. Always consult a specialist.",
            "Disclaimer - This article is for informational purposes only and not a substitute for professional medical advice.",
            "Affiliate links may be automatically generated - see our ethics statement for details.",
        ],
        counterexamples: &[
            "The company's disclaimer was buried on page 40 of the contract, the court heard.",
        ],
        ..rule(
            "disclaimer",
            Disclaimer,
            "A paragraph that is a disclaimer (`Disclaimer: …`, `(Disclaimer: …)`): ownership, medical, opinion, partner notes",
            r"(?i)^(?:[\(\[]?\s*disclaimer\s*[:\-–—]\s*\S.*|affiliate links may be (?:automatically )?generated(?-u:\b).*)$",
        )
    },
    Builtin {
        scope: Scope::Last(3),
        max_chars: 500,
        guarded: true,
        examples: &[
            "(If you need support or know someone who does, please reach out to your nearest mental health specialist. Helplines: Aasra: 022 2754 6669; Sneha India Foundation: +914424640050)",
            "If you or someone you know is in crisis, call or text 988 to reach the Suicide and Crisis Lifeline.",
        ],
        counterexamples: &[
            "If you need support, the minister said, the helplines are open all night.",
            "If you need help paying your energy bill this winter, call your supplier before the price cap rises on April 1.",
        ],
        ..rule(
            "disclaimer-helpline",
            Disclaimer,
            "A helpline note at the end (`If you need support or know someone who does, … Helplines: …`)",
            r"(?i)^\(?\s*if you (?:or someone you know )?(?:need support|need help|are in crisis|are in distress|or someone you know is in crisis|know someone who)(?-u:\b).*?(?:helplines?|lifeline|crisis line|mental health|suicide|samaritans)(?-u:\b).*\)?$",
        )
    },
    Builtin {
        scope: Scope::Last(3),
        guarded: true,
        examples: &[
            "(Views expressed are personal)",
            "The opinions expressed in this article are those of the author and do not reflect the views of the paper.",
        ],
        counterexamples: &[
            "The views expressed at the meeting were sharply divided, officials said.",
            "The views expressed are personal and not those of the party, Tharoor later wrote on X.",
        ],
        ..rule(
            "disclaimer-opinion",
            Disclaimer,
            "An opinion-piece note (`Views expressed are personal`, `The opinions expressed in this article are those of the author`)",
            r"(?i)^\(?\s*(?:the )?(?:views|opinions) expressed (?:in this (?:article|piece|column) )?are (?:personal|(?:solely )?(?:those|that) of the (?:author|writer)s?(?: alone)?)(?:\s*(?:and|,)\s*(?:do|does) not (?:necessarily )?reflect [^,]*)?\.?\s*\)?$",
        )
    },
    // ── newsletter and social prompts ──────────────────────────────────
    Builtin {
        guarded: true,
        max_chars: 200,
        examples: &[
            "Follow @htshowbiz for more",
            "Follow us on Twitter and Facebook for the latest news.",
            "Join our WhatsApp channel for updates.",
            "Follow Fox News Digital's sports coverage on X and subscribe to the Fox News Sports Huddle newsletter.",
            "Follow BBC Wales on Facebook, X (formerly Twitter) and Instagram. Send your story ideas to wales@bbc.co.uk.",
            "For the latest tech news and reviews, follow Gadgets 360 on X, Facebook, WhatsApp, Threads and Google News.",
            "Do you have a story? Email tips@dailymail.com",
            "Have you been affected by the issues in this story? Share your experiences by emailing haveyoursay@bbc.co.uk.",
        ],
        counterexamples: &[
            "Follow the money, the prosecutor told jurors on Monday.",
            "Follow official channels on X and WhatsApp for verified road updates, the district administration told tourists.",
            "Follow the rules on Facebook or lose your account: that is the new message to politicians from the platform.",
            "Join the WhatsApp group of your ward for alerts on water supply cuts, the municipal commissioner said.",
        ],
        ..rule(
            "social-follow",
            SocialPrompt,
            "A social prompt (`Follow @htshowbiz for more`, `Follow us on X and Facebook`, `Join our WhatsApp channel`)",
            r"(?i)^(?:click here to |for the latest [^,]+,\s*)?(?:follow (?:@\w+ for (?:more|the latest|updates)(?-u:\b).*|us on (?:twitter|x|facebook|instagram|threads|whatsapp|telegram|google news|linkedin|youtube|tiktok)(?-u:\b).*|[\w .']+?'s? (?:[\w ]+ )?coverage on (?:twitter|x|facebook|instagram|threads)(?-u:\b).*|more (?:stories|news) on .+|(?-i:\p{Lu})[\w.]*(?:\s+(?-i:[\p{Lu}\d])[\w.]*){0,3} on (?-i:Facebook|Twitter|X|Instagram|Threads|YouTube)(?-u:\b)(?:[^:]*)?)|have you been affected by .+\?\s*share your .+|(?:do you have a story|got a (?:story|tip))\??\s*email \S+@\S+\.?|(?:join|subscribe to) (?:us on|our) .*?(?:whatsapp|telegram|youtube) (?:channel|group)(?-u:\b).*)$",
        )
    },
    Builtin {
        guarded: true,
        max_chars: 400,
        examples: &[
            "Sign up for free newsletters and get more CNBC delivered to your inbox",
            "Subscribe to our morning newsletter.",
            "Get this delivered to your inbox, and more info about our products and services.",
            "The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
            "after newsletter promotion",
            "Sign up to the daily Business Today email or follow Guardian Business on X at @BusinessDesk",
            "Kurt Knutsson is an award-winning tech journalist. Subscribe to his free CyberGuy Report Newsletter by heading to Cyberguy.com/Newsletter.",
        ],
        counterexamples: &[
            "Sign up rates for the scheme fell by half after the fees rose, the ministry said.",
            "Subscribe to the railway's official portal for alerts, the police said.",
            "More than two million people subscribe to the daily newsletter Heather Vale writes each night.",
            "Sign up for the vaccine by email or phone opens on Monday for everyone over 50 in the district.",
        ],
        ..rule(
            "newsletter-signup",
            SocialPrompt,
            "A newsletter prompt (`Sign up for free newsletters and get more CNBC delivered to your inbox`)",
            r"(?i)^(?:(?:[^.]*\.\s+)?subscribe to (?:his|her|their|our) (?:free )?[^.]*?newsletter(?-u:\b).*|.*?(?-u:\b)newsletter(?-u:\b).*\.\s*sign up here\.?|sign up (?:for|to) .*?newsletters?(?-u:\b).*|subscribe (?:to|for) (?:our|the|free) .*?newsletters?(?-u:\b).*|get (?:this|the .+?) delivered to your inbox(?-u:\b).*|sign up (?:for|to) (?:the |our )?(?:daily |weekly |free )?[\w ]*? email(?: newsletter)?(?: or follow .+| here)?\.?|privacy notice: newsletters may contain .+|after newsletter promotion)$",
        )
    },
    Builtin {
        max_chars: 250,
        examples: &[
            "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link",
            "Share or comment on this article:",
            "Share this article",
            "Share Via",
            "Copy Link",
            "LinkedIn",
            "Reuse this content",
        ],
        counterexamples: &[
            "Share this with your neighbours, the mayor said of the flood warnings.",
        ],
        ..rule(
            "share-this",
            SocialPrompt,
            "Share-button text (`Share this with Email Facebook Messenger Twitter …`, `Share this article`)",
            r"(?i)^(?:share (?:this|on|via)(?: (?:story|article|page|with))?\s*[:\-]?\s*(?:(?:email|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|copy this link|copy link|print)[\s,|]*){2,}|share(?: this (?:article|story))?|share via|copy link|share or comment on this article:?|email|facebook|twitter|x|telegram|linkedin|whatsapp|reddit|pinterest|messenger|print|reuse this content)$",
        )
    },
    // ── advertisement and page furniture ───────────────────────────────
    Builtin {
        max_chars: 80,
        examples: &[
            "Advertisement",
            "Story continues below advertisement",
            "ADVERTISEMENT",
            "Continue reading the main story",
            "- Advertisement -",
            "ADVERTISEMENT CONTINUE READING BELOW",
            "Advertisement · Scroll to continue",
            "This article continues after advertisement",
            "end of article",
            "This is breaking news. Please refresh for updates.",
        ],
        counterexamples: &["Advertisement spending rose by 8 percent, the agency said."],
        ..rule(
            "advertisement",
            Advertisement,
            "An advertisement marker (`Advertisement`, `Story continues below advertisement`)",
            r"(?i)^[\[(\-–—·\s]*(?:(?:advertisements?|ads?|sponsored|sponsored content|promoted|skip advertisement)(?:\s*[·|\-–—]?\s*(?:continue reading below|scroll to continue(?: with content)?))?|(?:(?:this|the) )?(?:story|article|text) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?|end of article|this is (?:a )?breaking news(?: story)?\.?\s*(?:please )?(?:refresh|check back)(?: (?:for|with) (?:updates|the latest))?)[\])\-–—·\s]*\.?$",
        )
    },
    Builtin {
        max_chars: 80,
        examples: &[
            "Scroll down for video",
            "Media playback is not supported on this device",
            "Listen to this article",
            "Listen to Story",
            "2 min read",
        ],
        counterexamples: &[
            "Scroll down for video evidence was not an option, the judge joked, as the tape had been wiped.",
        ],
        ..rule(
            "media-furniture",
            Advertisement,
            "Player and page furniture (`Scroll down for video`, `Media playback is not supported on this device`, `Listen to this article`, `2 min read`)",
            r"(?i)^(?:scroll down for (?:video|videos|more)|media playback is (?:not supported|unsupported) on (?:this|your) device|this video (?:can ?not|cannot) be played|(?:please )?enable javascript to (?:view|watch|play) (?:this|the) (?:video|content)|listen to (?:this |the )?(?:article|story)(?:\s*\|?\s*\d+\s*mins?(?: read)?)?|\d+\s*min(?:ute)?s? read)\.?$",
        )
    },
    Builtin {
        mode: Leading,
        max_chars: 30,
        examples: &[
            "Scroll down for video The robots were built to keep older people company at home.",
            "Scroll down for video... Done: The chef has filed for divorce after ten years.",
        ],
        counterexamples: &[
            "Scroll down for video evidence was not an option, the judge joked, as the tape had been wiped.",
        ],
        ..rule(
            "media-furniture-glued",
            Advertisement,
            "`Scroll down for video` run into the start of a paragraph of news, before a capital",
            r"^\s*(?P<clutter>(?i:scroll down for videos?)(?:\.\.\.|…)?)\s+[\p{Lu}0-9\x22“‘]",
        )
    },
    Builtin {
        max_chars: 80,
        examples: &[
            "Published: 08 Feb 2024, 10:24 AM IST",
            "First Published: Jan 16 2024 | 4:12 PM IST",
            "Updated - January 22, 2024 at 03:41 PM.",
            "Updated on Feb 02, 2024 06:12 PM IST",
            "Updated: 05 Jan 2024, 09:32 PM IST",
        ],
        counterexamples: &["Updated figures on Jan 16 2024 showed 40 deaths."],
        ..rule(
            "timestamp-line",
            Furniture,
            "A publication timestamp line (`Published: 08 Feb 2024, 10:24 AM IST`, `Updated - January 22, 2024 at 03:41 PM.`)",
            r"(?i)^(?:first |last )?(?:published|updated|posted)(?: on| at)?\s*[:\-–—]?\s*(?:\d{1,2}\s+\w+\.?|\w+\.?\s+\d{1,2}),?\s+\d{4}(?:\s*(?:,|\||at)?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:ist|gmt|utc|et|est|edt|bst|cet))?)?\.?$",
        )
    },
    Builtin {
        scope: Scope::Last(4),
        max_chars: 250,
        examples: &[
            "Tags: Tata Motors, Electric vehicles",
            "Topics : GST collections | Finance ministry",
            "Location : Kota, India",
        ],
        counterexamples: &[
            "Tags on the cattle showed they came from a farm 40 km away.",
            "Location: about 40 km north of Marrowgate, at a depth of 10 km",
        ],
        ..rule(
            "tags-line",
            Furniture,
            "A tags or topics line at the end (`Tags: …`, `Topics : …`)",
            r"(?i)^(?:(?:tags|topics|filed under|first published in)\s*:\s*[^.]+|location\s*:\s*(?-i:\p{Lu})[\w ]*(?:,\s*(?-i:\p{Lu})[\w ]*){0,3})$",
        )
    },
    Builtin {
        scope: Scope::Last(6),
        max_chars: 40,
        examples: &["___", "* * *", "-----"],
        counterexamples: &["- 40 killed"],
        ..rule(
            "separator",
            Furniture,
            "A separator line (`___`, `* * *`)",
            r"^(?:[-_=*~]\s*){3,}$",
        )
    },
    // ── copyright footers and wire codes ───────────────────────────────
    Builtin {
        scope: Scope::Last(3),
        max_chars: 250,
        examples: &[
            "© 2019 Reuters. All Rights Reserved.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "(c) Copyright Thomson Reuters 2024",
            "Copyright 2024 CyberGuy.com. All rights reserved.",
            "© 2024 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
        ],
        counterexamples: &[
            "Copyright lawyers said the ruling would change how music is licensed across the continent.",
            "Copyright law is complex.",
            "Copyright in the band's 1964 recordings runs out in 2035.",
            "Copyright 2023 data, released on Monday, show that filings fell by a third across the region.",
        ],
        ..rule(
            "copyright-footer",
            Copyright,
            "A copyright footer (`© 2019 Reuters. All Rights Reserved.`, AP's `Copyright 2024 The Associated Press. All rights reserved. This material may not be …`)",
            r"(?i)^(?:(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s*(?-i:\p{Lu})[\w.&'’-]*(?:\s+(?-i:\p{Lu})[\w.&'’-]*){0,5}\.?(?:\s*all rights reserved\.?)?(?:\s*this material may not be published,? broadcast,? rewritten,? or redistributed(?: in any form)?(?: without (?:prior )?(?:written )?permission)?\.?)?(?:\s*the \w+ is not responsible for the content of external (?:internet )?sites\.?(?:\s*read about our approach to external linking\.?)?)?|(?:©|\(c\)|copyright)\s*(?:©\s*|\(c\)\s*|copyright\s*)?(?-i:\p{Lu}[\w.&'’,-]*\s+){1,6}\d{4}\.?(?:\s*all rights reserved\.?)?|[\w .,&'’©-]*all rights reserved\.?)\s*$",
        )
    },
    Builtin {
        scope: Scope::Last(2),
        max_chars: 60,
        examples: &["PTI DDV PDS PDS", "IANS ANB RAX", "ssp/arm", "AMK"],
        counterexamples: &[
            "PTI SAID THE TALKS WOULD RESUME ON MONDAY AFTER A BREAK",
            "NATO said no.",
        ],
        ..rule(
            "wire-code",
            Furniture,
            "A wire routing code line at the end (`PTI DDV PDS PDS`, `ssp/arm`)",
            r"^(?:(?:PTI|ANI|IANS|UNI)(?:\s+[A-Z]{2,4}){1,10}|[a-z]{2,4}(?:/[a-z]{2,4}){1,3}|[A-Z]{2,4})\s*$",
        )
    },
    Builtin {
        mode: Trailing,
        scope: Scope::Last(1),
        max_chars: 60,
        examples: &["Talks will resume on Monday, officials said. PTI DDV PDS PDS"],
        counterexamples: &["The case was handed to the PTI. DDV officials declined to comment"],
        ..rule(
            "wire-code-glued",
            Furniture,
            "A wire routing code glued to the end of the last paragraph (`…he said. PTI DDV PDS`)",
            r"[.!?”\x22)]\s+(?P<clutter>(?:PTI|ANI|IANS|UNI)(?:\s+[A-Z]{2,4}){1,10})\s*$",
        )
    },
];
