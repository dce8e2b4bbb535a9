//! Posts from social networks embedded in a story.
//!
//! A feed flattens an embedded post into a paragraph that ends with the
//! post's sign-off: a dash, the author's name, their handle in brackets and
//! the date (`Thank you all pic.twitter.com/x — Ada Lee (@adalee) January 1,
//! 2024`). What such a paragraph says is its author's, not the story's: the
//! summary box quotes it and credits the author, and takes no key point
//! from it. A line of narration run into the paragraph before the post
//! (`Mensah wrote on Instagram: …`) is the story's.

use super::facts;

/// A post embedded in a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post<'a> {
    /// The story's narration before the post in its paragraph, if any:
    /// leading sentences, or a clause before a colon, in which the author,
    /// or `he`, `she` or `they`, posted or wrote (`Minutes later she
    /// posted a photo.`, `Mensah wrote on Instagram:`). Empty for most.
    pub lead: &'a str,
    /// What the post says, without the links to its pictures and pages at
    /// its end.
    pub text: &'a str,
    /// Its author's name as the sign-off gives it, without emoji
    /// (`Ahtasham Riaz 🇵🇰` is `Ahtasham Riaz`); the handle when the name
    /// has nothing else.
    pub author: String,
}

/// The post `paragraph` embeds, if it ends with a post's sign-off.
pub fn embedded(paragraph: &str) -> Option<Post<'_>> {
    // (Most paragraphs hold no handle, and are passed over at once.)
    memchr::memmem::find(paragraph.as_bytes(), b"(@")?;
    let (rest, date) = last_word(paragraph)?;
    let year = date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit());
    let (rest, day) = last_word(rest)?;
    let day = day.strip_suffix(',')?;
    let day = (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit());
    let (rest, month) = last_word(rest)?;
    if !(year && day && facts::is_month(month.trim_end_matches('.'))) {
        return None;
    }
    let (rest, handle) = rest.trim_end().strip_suffix(')')?.rsplit_once("(@")?;
    // (A post is signed off with an em dash; an en dash may be part of
    // the name, `Sky Sports – Football`, when one is there.)
    let (text, name) = rest.rsplit_once('—').or_else(|| rest.rsplit_once('–'))?;
    let text = without_links(text);
    if !is_handle(handle) || text.is_empty() || name.chars().count() > 60 {
        return None;
    }
    let name: String = name
        .chars()
        .filter(|&c| c.is_alphanumeric() || c.is_whitespace() || ".'’&-–".contains(c))
        .collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let author = if name.chars().any(char::is_alphanumeric) {
        name
    } else {
        format!("@{handle}")
    };
    let (lead, text) = split_lead(text, &author);
    Some(Post { lead, text, author })
}

/// Whether `handle` (after its `@`) is one: `adalee`, `ada_lee`, and on
/// other networks `ada.example.social`, `ada@example.org`.
pub(super) fn is_handle(handle: &str) -> bool {
    handle.starts_with(char::is_alphanumeric)
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@'))
}

/// How many words a post says: its words but hashtags, mentions and
/// links (`#Budget2024 #Housing` says nothing).
pub fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| !w.starts_with(['#', '@']) && !w.contains("://"))
        .map(crate::text::word_count)
        .sum()
}

/// Verbs with which narration says someone posted (not `said`: a post
/// reports speech, `Minister Tom Reed says, …`).
const POSTING_VERBS: &[&str] = &[
    "wrote",
    "writes",
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "shared",
    "shares",
    "captioned",
];

/// `text` split into the narration before the post, if any, and the post.
/// The narration is the leading sentences, or the clause before a colon,
/// in which the author, or `he`, `she` or `they`, is the subject of a
/// [`POSTING_VERBS`] word, right before it or before an adverb (`Mensah
/// wrote`, `she later posted`); something must be left after them.
fn split_lead<'a>(text: &'a str, author: &str) -> (&'a str, &'a str) {
    let names: Vec<&str> = author
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let narrates = |part: &str| {
        let words: Vec<&str> = part
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let subject =
            |w: &str| names.contains(&w) || ["he", "she", "they", "He", "She", "They"].contains(&w);
        words.iter().enumerate().any(|(i, w)| {
            POSTING_VERBS.contains(w)
                && match words[..i] {
                    [.., before, adverb]
                        if adverb.ends_with("ly")
                            || ["also", "later", "then"].contains(&adverb) =>
                    {
                        subject(before)
                    }
                    [.., before] => subject(before),
                    [] => false,
                }
        })
    };
    let mut lead = 0;
    for sentence in crate::text::sentences(text) {
        let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + sentence.len();
        if let Some(colon) = sentence.find(": ")
            && narrates(&sentence[..colon])
        {
            lead = start + colon + 1;
            break;
        }
        if !narrates(sentence) {
            break;
        }
        lead = end;
    }
    let (lead, post) = text.split_at(lead);
    if post.trim().is_empty() {
        return ("", text);
    }
    (lead.trim_end(), post.trim_start())
}

/// `text` without its last word, and that word (white space apart); none
/// when `text` is one word.
fn last_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_end();
    let start = last_word_start(text)?;
    Some((&text[..start], &text[start..]))
}

/// Where the last word of `text` starts, after white space: none when
/// there is no white space.
fn last_word_start(text: &str) -> Option<usize> {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(at, c)| at + c.len_utf8())
}

/// `text` without the links at its end, each to a picture or a page
/// (`pic.twitter.com/…`, `https://t.co/…`), written apart or run on to
/// the last word (`comeback 👀https://t.co/…`, `the Final.pic.twitter.com/…`).
fn without_links(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_end();
        let start = last_word_start(trimmed).unwrap_or(0);
        let word = &trimmed[start..];
        let link = ["https://", "http://", "pic.twitter.com/"]
            .iter()
            .filter_map(|l| word.find(l))
            .min();
        match link {
            Some(at) => text = &trimmed[..start + at],
            None => return trimmed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_that_ends_with_a_sign_off_is_a_post() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Thank you all 👀https://t.co/Xq1 — Ada Lee (@ada_lee) January 1, 2024",
                Some(("Thank you all 👀", "Ada Lee")),
            ),
            (
                "What a match at the Final.pic.twitter.com/Xq1 — Tom Reed 🇮🇳 (@treed) December 31, 2023",
                Some(("What a match at the Final.", "Tom Reed")),
            ),
            (
                "Our playing XI 🚨 #SCG pic.twitter.com/ab https://t.co/cd — Veloria Cricket (@VeloriaCricket) Jan. 2, 2024 ",
                Some(("Our playing XI 🚨 #SCG", "Veloria Cricket")),
            ),
            (
                "मैं सहमत हूँ। — Ravi Kumar (@ravik) January 1, 2024",
                Some(("मैं सहमत हूँ।", "Ravi Kumar")),
            ),
            // Other networks' handles; a name of emoji alone.
            (
                "Ferries run again. — Harbour Board (@harbour@example.social) May 3, 2024",
                Some(("Ferries run again.", "Harbour Board")),
            ),
            (
                "Ferries run again. — 🚢🚢 (@ferries) May 3, 2024",
                Some(("Ferries run again.", "@ferries")),
            ),
            // An en dash in the name.
            (
                "Welcome to the club! — Sky Sports – Football (@SkySportsFootball) May 3, 2024",
                Some(("Welcome to the club!", "Sky Sports – Football")),
            ),
        ];
        for &(paragraph, expected) in cases {
            let post = embedded(paragraph);
            assert_eq!(
                post.as_ref().map(|p| (p.text, p.author.as_str())),
                expected,
                "{paragraph:?}"
            );
            assert_eq!(post.map(|p| p.lead), expected.map(|_| ""));
        }
    }

    #[test]
    fn narration_before_a_post_in_its_paragraph_is_no_part_of_it() {
        let sign_off = " — Kofi Mensah (@kofimensah) May 6, 2024";
        for (text, lead, post) in [
            (
                "Mensah wrote on Instagram: Sorry to keep you all waiting, I refuse to rush it.",
                "Mensah wrote on Instagram:",
                "Sorry to keep you all waiting, I refuse to rush it.",
            ),
            (
                "Minutes after the final he posted a photo. Later he also wrote: We did it! Thank you.",
                "Minutes after the final he posted a photo. Later he also wrote:",
                "We did it! Thank you.",
            ),
            // Not the author's posting: what the post reports.
            (
                "Minister Tom Reed told Kofi Mensah: we wrote the rules.",
                "",
                "Minister Tom Reed told Kofi Mensah: we wrote the rules.",
            ),
            (
                "In a reply to Kofi Mensah, the minister wrote: the rules are clear.",
                "",
                "In a reply to Kofi Mensah, the minister wrote: the rules are clear.",
            ),
            // The post's own words.
            (
                "Thank you all who shared our appeal. We found him!",
                "",
                "Thank you all who shared our appeal. We found him!",
            ),
            (
                "I said it before: we will win this. Watch us.",
                "",
                "I said it before: we will win this. Watch us.",
            ),
            // Nothing left after narration: all of it is the post.
            (
                "Mensah posted a photo of the album cover.",
                "",
                "Mensah posted a photo of the album cover.",
            ),
        ] {
            let paragraph = format!("{text}{sign_off}");
            let found = embedded(&paragraph).expect("a post");
            assert_eq!((found.lead, found.text), (lead, post), "{text:?}");
        }
    }

    #[test]
    fn a_posts_words_are_no_hashtags_mentions_or_links() {
        assert_eq!(
            words("#Budget2024 #Housing #TaxCuts @minister https://x.example/a"),
            0
        );
        assert_eq!(words("We did it, @ada! #Final"), 3);
        assert_eq!(words("我们赢了"), 4);
    }

    #[test]
    fn a_paragraph_without_a_whole_sign_off_is_no_post() {
        for paragraph in [
            // No dash, no handle, no date, a date that is not one.
            "Ada Lee (@ada_lee) January 1, 2024",
            "Thank you all — Ada Lee (ada_lee) January 1, 2024",
            "Thank you all — Ada Lee (@ada_lee)",
            "Thank you all — Ada Lee (@ada_lee) Monday 1, 2024",
            "Thank you all — Ada Lee (@ada_lee) January 123, 2024",
            "Thank you all — Ada Lee (@ada_lee) January 1 2024",
            "Thank you all — Ada Lee (@ 'x') January 1, 2024",
            // A handle inside the story's own sentence.
            "Ada Lee (@ada_lee) said on Monday the ferries would run again.",
            // Nothing said before the sign-off but a link.
            "https://t.co/Xq1 — Ada Lee (@ada_lee) January 1, 2024",
            "",
        ] {
            assert_eq!(embedded(paragraph), None, "{paragraph:?}");
        }
    }
}
