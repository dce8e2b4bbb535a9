//! A deterministic news corpus for benchmarks:
//! `cargo run --release --example gen_corpus -- N DIR [--hugo HUGO_DIR]`
//!
//! Writes a complete Broadsheet site at DIR (`site.toml` and `content/`) with
//! N invented stories: 300–900 words in paragraphs, with quotes, figures and
//! named people and places, 1–3 tags from a pool of 40, dated over one year;
//! one story in ten is a plain-text wire story carrying syndication clutter
//! (promo lines, an agency credit, a syndicated-feed note, a repeated lede).
//! The same seed always gives the same bytes.
//!
//! With `--hugo HUGO_DIR` it also lays the same stories out as a Hugo site
//! (Markdown with the same TOML front matter; wire stories wrapped as
//! Markdown with their headline and date as front matter) with minimal
//! equivalent templates: a home page of the 20 newest with their summaries,
//! a page per story, tag pages, RSS and a sitemap.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const FIRST: &[&str] = &[
    "Ana", "Boris", "Carla", "Dmitri", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaya",
    "Lars", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Soren", "Tamsin", "Umar", "Vera", "Wim",
    "Yara", "Zoltan",
];
const LAST: &[&str] = &[
    "Albrecht",
    "Brandt",
    "Castell",
    "Dorn",
    "Eskola",
    "Falk",
    "Gruber",
    "Halden",
    "Ivers",
    "Janek",
    "Kessler",
    "Lindqvist",
    "Moreau",
    "Nyberg",
    "Ostrava",
    "Petrov",
    "Quist",
    "Roan",
    "Sarrow",
    "Tamm",
    "Ulvik",
    "Voss",
    "Wendt",
    "Zeller",
];
const ROLES: &[&str] = &[
    "Prime Minister",
    "Finance Minister",
    "Mayor",
    "Health Minister",
    "union leader",
    "chief executive",
    "police spokesperson",
    "central bank governor",
    "opposition leader",
    "head of the port authority",
    "Interior Minister",
    "court spokesperson",
];
const PLACES: &[&str] = &[
    "Port Amsel",
    "Estrava",
    "Marrowgate",
    "Spere",
    "Hollin",
    "Karst Valley",
    "Brenna",
    "Solmar",
    "Veloria",
    "Ostmark",
    "Lune",
    "Harrowfield",
    "Caldera Bay",
    "Northreach",
    "Wyvern Falls",
    "Tarrin",
    "Elbury",
    "Quill Harbour",
    "Drennan",
    "Saltmarsh",
];
const ORGS: &[&str] = &[
    "the National Seismic Institute",
    "the Bank of Solmar",
    "Estrava University",
    "the Port Amsel Dock Union",
    "the Veloria Audit Office",
    "the Brenna Basin Commission",
    "Ambrel Rail",
    "the Karst Valley Health Trust",
    "the Ministry of Transport",
    "the Solmar Stock Exchange",
    "the Northreach Water Board",
    "the Elbury Chamber of Commerce",
];
const TAGS: &[&str] = &[
    "politics",
    "economy",
    "business",
    "markets",
    "world",
    "europe",
    "health",
    "science",
    "climate",
    "weather",
    "transport",
    "rail",
    "ports",
    "labour",
    "education",
    "courts",
    "crime",
    "police",
    "sport",
    "football",
    "athletics",
    "cycling",
    "culture",
    "music",
    "film",
    "technology",
    "energy",
    "agriculture",
    "housing",
    "budget",
    "elections",
    "defence",
    "diplomacy",
    "floods",
    "earthquakes",
    "tourism",
    "media",
    "banking",
    "trade",
    "water",
];
const SUBJECTS: &[&str] = &[
    "the new budget",
    "the rail tunnel",
    "the harbour strike",
    "the flood defences",
    "the interest rate decision",
    "the water accord",
    "the hospital expansion",
    "the election result",
    "the drought",
    "the tram fare rise",
    "the trade talks",
    "the court ruling",
    "the wheat harvest",
    "the power grid upgrade",
    "the school reforms",
];
const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "delayed",
    "announced",
    "criticised",
    "welcomed",
    "investigated",
    "suspended",
    "expanded",
    "cancelled",
    "defended",
    "questioned",
];
const COUNTED: &[&str] = &[
    "people",
    "workers",
    "families",
    "homes",
    "passengers",
    "students",
    "patients",
    "jobs",
    "vehicles",
    "ships",
];
const OUTCOMES: &[&str] = &[
    "were evacuated",
    "were affected",
    "were left without power",
    "lost their jobs",
    "were injured",
    "were stranded",
    "signed the petition",
    "joined the protest",
    "were moved to temporary shelters",
    "were delayed",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const SOURCES: &[&str] = &[
    "Veloria Press Agency",
    "Solmar Daily Ledger",
    "The Amsel Courier",
    "Estrava Evening News",
];
const AGENCIES: &[&str] = &["PTI", "ANI", "IANS", "Reuters"];

struct Gen {
    rng: fastrand::Rng,
}

impl Gen {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.rng.usize(..items.len())]
    }

    fn person(&mut self) -> String {
        format!("{} {}", self.pick(FIRST), self.pick(LAST))
    }

    fn figure(&mut self) -> String {
        match self.rng.u8(..4) {
            0 => format!("{}", self.rng.u32(2..99)),
            1 => format!("{}", self.rng.u32(100..999)),
            2 => format!("{},{:03}", self.rng.u32(1..90), self.rng.u32(0..999)),
            _ => format!("more than {}", self.rng.u32(2..60) * 10),
        }
    }

    fn money(&mut self) -> String {
        let unit = if self.rng.bool() {
            "million"
        } else {
            "billion"
        };
        format!("${}.{} {unit}", self.rng.u32(1..90), self.rng.u32(0..9))
    }

    fn sentence(&mut self, person: &str, role: &str, place: &str) -> String {
        match self.rng.u8(..8) {
            0 => format!(
                "{} {} {} in {} on {}, officials said.",
                capital(self.pick(ORGS)),
                self.pick(VERBS),
                self.pick(SUBJECTS),
                place,
                self.pick(WEEKDAYS)
            ),
            1 => format!(
                "{} {} {} after {}, according to {}.",
                self.figure(),
                self.pick(COUNTED),
                self.pick(OUTCOMES),
                self.pick(SUBJECTS),
                self.pick(ORGS)
            ),
            2 => format!(
                "The {} said the cost of {} had risen to {}, far above the first estimate.",
                role,
                self.pick(SUBJECTS),
                self.money()
            ),
            3 => {
                let quote = format!(
                    "We have {} {} and we will not stop until {} is settled",
                    self.pick(VERBS),
                    self.pick(SUBJECTS),
                    self.pick(SUBJECTS)
                );
                format!("“{quote},” {person} said.")
            }
            4 => format!(
                "{person}, the {role}, told reporters in {place} that {} would be {} by the end of the year.",
                self.pick(SUBJECTS),
                self.pick(VERBS)
            ),
            5 => format!(
                "Figures published on {} showed that {} {} in {} {} last month.",
                self.pick(WEEKDAYS),
                self.figure(),
                self.pick(COUNTED),
                self.pick(PLACES),
                self.pick(OUTCOMES)
            ),
            6 => format!(
                "Critics in {} said {} had been {} without a proper debate.",
                self.pick(PLACES),
                self.pick(SUBJECTS),
                self.pick(VERBS)
            ),
            _ => format!(
                "“It is a difficult moment for {place},” said {}, who has {} {} since {}.",
                self.person(),
                self.pick(VERBS),
                self.pick(SUBJECTS),
                2010 + self.rng.u32(0..14)
            ),
        }
    }

    /// One story: headline, lede, paragraphs (300–900 words in all).
    fn story(&mut self) -> (String, Vec<String>) {
        let person = self.person();
        let role = self.pick(ROLES);
        let place = self.pick(PLACES);
        let subject = self.pick(SUBJECTS);
        let verb = self.pick(VERBS);
        let headline = format!(
            "{} {} {} in {}",
            capital(role),
            person,
            headline_verb(verb),
            place
        ) + &format!(" over {subject}");
        let lede = format!(
            "{person}, the {role}, {verb} {subject} in {place} on {}, as {} {} {}.",
            self.pick(WEEKDAYS),
            self.figure(),
            self.pick(COUNTED),
            self.pick(OUTCOMES)
        );
        let target = self.rng.usize(300..=900);
        let mut words = lede.split_whitespace().count();
        let mut paragraphs = vec![lede];
        while words < target {
            let mut paragraph = String::new();
            for _ in 0..self.rng.usize(2..=4) {
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(&self.sentence(&person, role, place));
            }
            words += paragraph.split_whitespace().count();
            paragraphs.push(paragraph);
        }
        (headline, paragraphs)
    }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn headline_verb(verb: &str) -> &str {
    match verb {
        "approved" => "approves plan",
        "rejected" => "rejects plan",
        "delayed" => "delays decision",
        "announced" => "announces review",
        "criticised" => "faces criticism",
        "welcomed" => "welcomes deal",
        "investigated" => "orders inquiry",
        "suspended" => "suspends talks",
        "expanded" => "expands scheme",
        "cancelled" => "cancels project",
        "defended" => "defends record",
        _ => "questioned",
    }
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus N DIR [--hugo HUGO_DIR]";
    let n: usize = args.first().and_then(|a| a.parse().ok()).expect(usage);
    let dir = PathBuf::from(args.get(1).expect(usage));
    let hugo = match args.get(2).map(String::as_str) {
        Some("--hugo") => Some(PathBuf::from(args.get(3).expect(usage))),
        None => None,
        Some(_) => panic!("{usage}"),
    };
    generate(n, &dir, hugo.as_deref());
    eprintln!("wrote {n} stories to {}", dir.display());
}

/// Writes the site of `n` stories at `dir`, and with `hugo` the same stories
/// as a Hugo site there. (Also used by `benches/build.rs`.)
pub fn generate(n: usize, dir: &Path, hugo: Option<&Path>) {
    let mut g = Gen {
        rng: fastrand::Rng::with_seed(0x6272_6f61_6473_6874),
    };
    write(
        &dir.join("site.toml"),
        "title = \"Generated Desk\"\ndescription = \"A generated news site for benchmarks\"\nbase_url = \"https://example.org/\"\n\n[build]\nper_page = 20\n\n[feeds]\nlimit = 20\n",
    );
    if let Some(hugo) = hugo {
        write_hugo_site(hugo);
    }
    // 2024-01-01T00:00:00Z, and one year of seconds.
    let start: i64 = 1_704_067_200;
    for i in 0..n {
        let (headline, paragraphs) = g.story();
        let at =
            jiff::Timestamp::from_second(start + g.rng.i64(0..365 * 86_400)).expect("in range");
        let offset = jiff::tz::Offset::constant(g.rng.i8(-5..=5));
        let date = at.display_with_offset(offset).to_string();
        let day = offset.to_datetime(at).date();
        let mut tags: Vec<&str> = (0..g.rng.usize(1..=3)).map(|_| g.pick(TAGS)).collect();
        tags.sort_unstable();
        tags.dedup();
        let slug = format!("story-{i:06}");
        let source = g.pick(SOURCES);
        let author = g.person();
        let tag_list = tags
            .iter()
            .map(|t| toml_string(t))
            .collect::<Vec<_>>()
            .join(", ");
        let front = format!(
            "title = {}\ndate = {date}\nslug = \"{slug}\"\nsource = \"{source}\"\nauthor = \"{author}\"\ntags = [{tag_list}]\n",
            toml_string(&headline)
        );
        let wire = i % 10 == 9;
        let body = if wire {
            // A wire story as it arrives: headline line, the lede twice,
            // promo lines, a credit and a syndication note.
            let agency = g.pick(AGENCIES);
            let mut text = format!("{headline}\n\n{}\n\n", paragraphs[0]);
            for (k, p) in paragraphs.iter().enumerate() {
                text.push_str(p);
                text.push_str("\n\n");
                if k == 2 {
                    let _ = write!(
                        text,
                        "READ MORE: {} {} in {}\n\n",
                        capital(g.pick(SUBJECTS)),
                        g.pick(VERBS),
                        g.pick(PLACES)
                    );
                }
            }
            let _ = write!(
                text,
                "(With inputs from {agency})\n\n(Except for the headline, this story has not been edited by Generated Desk staff and is published from a syndicated feed.)\n"
            );
            text
        } else {
            paragraphs.join("\n\n") + "\n"
        };
        if wire {
            let name = format!("wire/{day}-{slug}");
            write(&dir.join("content").join(format!("{name}.txt")), &body);
            write(
                &dir.join("content").join(format!("{name}.toml")),
                &format!(
                    "slug = \"{slug}\"\ndate = {date}\nsource = \"{source}\"\ntags = [{tag_list}]\n"
                ),
            );
        } else {
            write(
                &dir.join("content")
                    .join(format!("{}/{day}-{slug}.md", &day.to_string()[..7])),
                &format!("+++\n{front}+++\n{body}"),
            );
        }
        if let Some(hugo) = hugo {
            // The same story, as Hugo reads it: wire copy wrapped as Markdown.
            let text = if wire {
                let rest = body.split_once("\n\n").map_or("", |(_, rest)| rest);
                format!("+++\n{front}+++\n{rest}")
            } else {
                format!("+++\n{front}+++\n{body}")
            };
            write(
                &hugo.join("content/posts").join(format!("{slug}.md")),
                &text,
            );
        }
    }
}

/// A Hugo site with templates equivalent to what the comparison measures.
fn write_hugo_site(dir: &Path) {
    write(
        &dir.join("hugo.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"Generated Desk\"\nlanguageCode = \"en\"\nsummaryLength = 60\ndisableKinds = [\"section\"]\n[taxonomies]\ntag = \"tags\"\n[outputs]\nhome = [\"HTML\", \"RSS\"]\nterm = [\"HTML\", \"RSS\"]\n[pagination]\npagerSize = 20\n[services.rss]\nlimit = 20\n",
    );
    write(
        &dir.join("layouts/_default/baseof.html"),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    );
    write(
        &dir.join("layouts/index.html"),
        "{{ define \"main\" }}{{ range first 20 (where .Site.RegularPages \"Type\" \"posts\").ByDate.Reverse }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><time>{{ .Date.Format \"2 January 2006\" }}</time><p>{{ .Summary }}</p></article>{{ end }}{{ end }}\n",
    );
    write(
        &dir.join("layouts/_default/single.html"),
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format \"2 January 2006\" }}</time><aside>{{ .Summary }}</aside>{{ .Content }}<ul>{{ range .Params.tags }}<li><a href=\"{{ \"/tags/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul></article>{{ end }}\n",
    );
    write(
        &dir.join("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}\n",
    );
    write(
        &dir.join("layouts/_default/terms.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n",
    );
}
