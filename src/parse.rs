//! Parse: one story's text into a [`Story`]: validated front matter and the
//! body as a list of top-level [`Block`]s (paragraphs, headings, quotes,
//! lists, …), each with its plain text, its byte range in the body and its
//! line in the file. Pure: no I/O, no configuration beyond what is passed.
//!
//! Markdown stories need `+++` TOML front matter with a `title`. Plain-text
//! wire stories may have front matter (in the file or in a `NAME.toml`
//! sidecar); without a title, a short unpunctuated first line is the
//! headline, else one is derived from the lede.

use std::ops::Range;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::dates::Moment;
use crate::discover::{Format, SourceText};
use crate::error::{Position, Problem};
use crate::text;

/// A parsed story: metadata plus body blocks, before cleaning. Its serde
/// form is the build cache's (dates as their parts, `[extra]` as TOML
/// text), not one for templates.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Story {
    /// The source file, relative to the site root.
    pub path: PathBuf,
    /// The source file, relative to the content folder.
    pub content_path: PathBuf,
    /// Markdown or plain text.
    pub format: Format,
    /// Everything from front matter (or derived in its absence).
    pub meta: Meta,
    /// The body after the front matter.
    pub body: String,
    /// 1-based line of the body's first line in the file.
    pub body_line: usize,
    /// Top-level blocks of the body, in order.
    pub blocks: Vec<Block>,
    /// A key of the story's source: its file and sidecar, path and text
    /// (what the build cache compares).
    pub source_key: crate::cache::Key,
}

/// A story's metadata (serialized only into the build cache: see [`Story`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Meta {
    /// Headline.
    pub title: String,
    /// Publication time.
    #[serde(with = "crate::dates::stored")]
    pub date: Option<Moment>,
    /// Time of the last update.
    #[serde(with = "crate::dates::stored")]
    pub updated: Option<Moment>,
    /// After this time the story leaves listings and feeds.
    #[serde(with = "crate::dates::stored")]
    pub expires: Option<Moment>,
    /// URL slug: `articles/<slug>/`.
    pub slug: String,
    /// The outlet that published it.
    pub source: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Where the story was first published.
    pub original_url: Option<String>,
    /// Topics.
    pub tags: Vec<String>,
    /// Hand-written key points that replace the extracted ones.
    pub summary: Option<Vec<String>>,
    /// Not published unless drafts are asked for.
    pub draft: bool,
    /// A one-sentence standfirst.
    pub description: Option<String>,
    /// The headline was made from the lede: the story gave none.
    pub title_derived: bool,
    /// Free-form `[extra]` table for templates.
    #[serde(with = "table_as_text")]
    pub extra: toml::Table,
}

/// `[extra]` stored as TOML text: its values (datetimes among them) are
/// TOML's own, which only TOML's format describes.
mod table_as_text {
    use serde::{
        Deserialize, Deserializer, Serialize, Serializer, de::Error as _, ser::Error as _,
    };

    pub fn serialize<S: Serializer>(table: &toml::Table, s: S) -> Result<S::Ok, S::Error> {
        toml::to_string(table)
            .map_err(S::Error::custom)?
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<toml::Table, D::Error> {
        toml::from_str(&String::deserialize(d)?).map_err(D::Error::custom)
    }
}

/// What kind of top-level block a [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockKind {
    /// A paragraph of prose.
    Paragraph,
    /// A heading.
    Heading,
    /// A block quote.
    Quote,
    /// A list.
    List,
    /// A code block.
    Code,
    /// Raw HTML.
    Html,
    /// Tables, rules, footnote definitions and the like.
    Other,
}

/// One top-level block of a story's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its plain text, whitespace collapsed (what rules match and readers read).
    pub text: String,
    /// Its byte range in [`Story::body`].
    pub range: Range<usize>,
    /// 1-based line in the file.
    pub line: usize,
}

/// Front matter as written. Dates stay raw (with their span) until they are
/// checked, so that a bad date is reported at its line.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    date: Option<Spanned<toml::Value>>,
    updated: Option<Spanned<toml::Value>>,
    expires: Option<Spanned<toml::Value>>,
    slug: Option<Spanned<String>>,
    source: Option<String>,
    author: Option<String>,
    original_url: Option<Spanned<String>>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    summary: Option<Vec<String>>,
    draft: Option<bool>,
    description: Option<String>,
    #[serde(default)]
    extra: toml::Table,
}

/// What an `_index.md` gives every story in its folder and the folders
/// below it, unless the story says otherwise: an outlet and byline for a
/// folder of one feed's wire copy, topics, drafts, `[extra]` keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FolderDefaults {
    /// The outlet, for stories that name none.
    pub source: Option<String>,
    /// The byline, for stories that give none.
    pub author: Option<String>,
    /// Topics added to each story's own.
    pub tags: Vec<String>,
    /// Whether the stories are drafts, unless one says `draft = false`.
    pub draft: Option<bool>,
    /// `[extra]` keys, for stories that do not set them.
    pub extra: toml::Table,
}

/// An `_index.md`'s front matter as written (tags with their place, to
/// report an empty one at its line).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFolderDefaults {
    source: Option<String>,
    author: Option<String>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    draft: Option<bool>,
    #[serde(default)]
    extra: toml::Table,
}

impl FolderDefaults {
    /// These defaults under `nearer` ones (an `_index.md` deeper in the
    /// tree): the nearer value wins, and tags are the nearer ones first.
    pub fn under(&self, nearer: &FolderDefaults) -> FolderDefaults {
        let mut tags = nearer.tags.clone();
        for tag in &self.tags {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        let extra = beneath(nearer.extra.clone(), &self.extra);
        FolderDefaults {
            source: nearer.source.clone().or_else(|| self.source.clone()),
            author: nearer.author.clone().or_else(|| self.author.clone()),
            tags,
            draft: nearer.draft.or(self.draft),
            extra,
        }
    }
}

/// `table` with the keys of `defaults` that it lacks.
fn beneath(mut table: toml::Table, defaults: &toml::Table) -> toml::Table {
    for (key, value) in defaults {
        table.entry(key.clone()).or_insert_with(|| value.clone());
    }
    table
}

/// The defaults of one `_index.md` (`path`, relative to the site root, for
/// messages): TOML between `+++` lines, and nothing after them.
pub fn folder_defaults(path: &Path, text: &str) -> Result<FolderDefaults, Problem> {
    // (An empty file, as `touch` makes, gives nothing.)
    if text.trim().is_empty() {
        return Ok(FolderDefaults::default());
    }
    let (front, body, body_line) = split_front_matter_of(path, text, Format::Markdown)?;
    let Some(front) = front else {
        return Err(Problem::at(
            path,
            Position::line(1),
            "an _index.md holds defaults for the stories in its folder: '+++', TOML keys (source, author, tags, draft, [extra]), '+++'",
        ));
    };
    if let Some(offset) = body.find(|c: char| !c.is_whitespace()) {
        return Err(Problem::at(
            path,
            Position::of_offset(body, offset).shifted(body_line - 1),
            "an _index.md holds only front matter (defaults for the stories in its folder); its text would not be shown",
        ));
    }
    let at = |offset: usize| Position::of_offset(front, offset).shifted(1);
    let raw: RawFolderDefaults = toml::from_str(front).map_err(|e| Problem {
        path: path.to_path_buf(),
        position: e.span().map(|s| at(s.start)),
        message: e.message().trim().to_string(),
    })?;
    for tag in &raw.tags {
        let name = tag.get_ref().trim();
        let message = if name.is_empty() {
            "`tags` holds an empty tag".to_string()
        } else if crate::assemble::tag_slug(name).is_empty() {
            format!("tag '{name}' has no letter or digit to make its URL from")
        } else {
            continue;
        };
        return Err(Problem::at(path, at(tag.span().start), message));
    }
    Ok(FolderDefaults {
        source: raw.source,
        author: raw.author,
        tags: raw
            .tags
            .into_iter()
            .map(|t| t.into_inner().trim().to_string())
            .collect(),
        draft: raw.draft,
        extra: raw.extra,
    })
}

/// Where front matter came from: its text, the file that holds it and the
/// line before its first line (to turn TOML positions into file lines).
struct FrontSource<'a> {
    text: &'a str,
    path: &'a Path,
    line_offset: usize,
}

/// Parses one story. Every problem found is returned.
pub fn parse(source: &SourceText) -> Result<Story, Vec<Problem>> {
    parse_keyed(source, source_key(source))
}

/// [`parse`], given the source's key ([`source_key`]) already made.
pub fn parse_keyed(
    source: &SourceText,
    source_key: crate::cache::Key,
) -> Result<Story, Vec<Problem>> {
    let (front, body, body_line) = split_front_matter(source)?;
    let front_source = match (&front, &source.sidecar) {
        (Some(_), Some((sidecar, _))) => {
            return Err(vec![Problem::new(
                sidecar,
                format!(
                    "{} has front matter of its own; use either the sidecar or the front matter",
                    source.path.display()
                ),
            )]);
        }
        (Some(text), None) => Some(FrontSource {
            text,
            path: &source.path,
            line_offset: 1,
        }),
        (None, Some((path, text))) => Some(FrontSource {
            text,
            path,
            line_offset: 0,
        }),
        (None, None) if source.format == Format::Markdown => {
            return Err(vec![Problem::at(
                &source.path,
                Position::line(1),
                "missing front matter: a Markdown story starts with '+++', TOML keys (at least `title`), and '+++'",
            )]);
        }
        (None, None) => None,
    };
    let raw: FrontMatter = match &front_source {
        Some(fs) => toml::from_str(fs.text).map_err(|e| {
            let position = e
                .span()
                .map(|s| Position::of_offset(fs.text, s.start).shifted(fs.line_offset));
            vec![Problem {
                path: fs.path.to_path_buf(),
                position,
                message: e.message().trim().to_string(),
            }]
        })?,
        None => FrontMatter::default(),
    };

    let mut blocks = match source.format {
        Format::Markdown => markdown_blocks(body, body_line),
        Format::Text => text_blocks(body, body_line),
    };
    let mut problems = Vec::new();
    let mut title_derived = false;
    let title = match raw.title.as_deref().map(str::trim) {
        Some("") => {
            problems.push(Problem::new(&source.path, "`title` is empty"));
            String::new()
        }
        Some(title) => title.to_string(),
        None if source.format == Format::Markdown => {
            let fs = front_source
                .as_ref()
                .expect("Markdown without front matter returned above");
            problems.push(Problem::at(
                fs.path,
                Position::line(1 + fs.line_offset),
                "missing required key `title`",
            ));
            String::new()
        }
        None => match take_headline(&mut blocks, body) {
            Some(headline) => headline,
            None => {
                title_derived = true;
                derive_headline(&blocks)
            }
        },
    };
    if title.is_empty() && problems.is_empty() {
        problems.push(Problem::new(
            &source.path,
            "story is empty: no headline and no text",
        ));
    }

    let mut moment = |field: &Option<Spanned<toml::Value>>, name: &str| -> Option<Moment> {
        let (fs, value) = (front_source.as_ref()?, field.as_ref()?);
        let result = match value.get_ref() {
            toml::Value::Datetime(dt) => Moment::from_toml(dt),
            toml::Value::String(s) => Moment::parse(s),
            other => Err(format!(
                "expected a TOML datetime such as 2024-09-03, found a {}",
                other.type_str()
            )),
        };
        result
            .map_err(|message| {
                let at = Position::of_offset(fs.text, value.span().start).shifted(fs.line_offset);
                problems.push(Problem::at(fs.path, at, format!("`{name}`: {message}")));
            })
            .ok()
    };
    let date = moment(&raw.date, "date").or_else(|| {
        let name = source.content_path.file_name()?.to_str()?;
        Moment::from_file_name(name)
    });
    let updated = moment(&raw.updated, "updated");
    let expires = moment(&raw.expires, "expires");

    let slug = match &raw.slug {
        Some(slug) => {
            let fs = front_source
                .as_ref()
                .expect("a slug comes from front matter");
            if let Err(why) = check_slug(slug.get_ref()) {
                let at = Position::of_offset(fs.text, slug.span().start).shifted(fs.line_offset);
                problems.push(Problem::at(
                    fs.path,
                    at,
                    format!("slug '{}' {why}", slug.get_ref().escape_debug()),
                ));
            }
            slug.get_ref().clone()
        }
        None => slugify(&title),
    };
    if slug.is_empty() && problems.is_empty() {
        problems.push(Problem::new(
            &source.path,
            "cannot make a URL slug from the title; set `slug`",
        ));
    }
    let original_url = raw.original_url.and_then(|url| {
        let fs = front_source
            .as_ref()
            .expect("a URL comes from front matter");
        let parsed = url::Url::parse(url.get_ref().trim());
        match parsed {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u.to_string()),
            _ => {
                let at = Position::of_offset(fs.text, url.span().start).shifted(fs.line_offset);
                problems.push(Problem::at(
                    fs.path,
                    at,
                    format!(
                        "`original_url` '{}' is not an absolute http(s) URL",
                        url.get_ref()
                    ),
                ));
                None
            }
        }
    });
    let inherited = source.inherited.as_deref().map(|i| &i.defaults);
    let mut tags: Vec<String> = Vec::new();
    for tag in &raw.tags {
        let name = tag.get_ref().trim();
        if name.is_empty() {
            let fs = front_source.as_ref().expect("tags come from front matter");
            let at = Position::of_offset(fs.text, tag.span().start).shifted(fs.line_offset);
            problems.push(Problem::at(fs.path, at, "`tags` holds an empty tag"));
        } else if !tags.iter().any(|t| t == name) {
            tags.push(name.to_string());
        }
    }
    // A folder's tag, unless the story has it already in any spelling.
    for tag in inherited.map_or(&[][..], |d| &d.tags[..]) {
        let slug = crate::assemble::tag_slug(tag);
        if !tags.iter().any(|t| crate::assemble::tag_slug(t) == slug) {
            tags.push(tag.clone());
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Story {
        source_key,
        path: source.path.clone(),
        content_path: source.content_path.clone(),
        format: source.format,
        meta: Meta {
            title,
            date,
            updated,
            expires,
            slug,
            source: raw
                .source
                .or_else(|| inherited.and_then(|d| d.source.clone())),
            author: raw
                .author
                .or_else(|| inherited.and_then(|d| d.author.clone())),
            original_url,
            tags,
            summary: raw.summary,
            draft: raw
                .draft
                .or_else(|| inherited.and_then(|d| d.draft))
                .unwrap_or(false),
            description: raw.description,
            title_derived,
            extra: match inherited {
                Some(d) => beneath(raw.extra, &d.extra),
                None => raw.extra,
            },
        },
        body: body.to_string(),
        body_line,
        blocks,
    })
}

/// The key of a story's source: its file and sidecar, their paths (in the
/// site and in the content folder, which rules for some folders look at)
/// and text, and the `_index.md` files it takes defaults from.
pub fn source_key(source: &SourceText) -> crate::cache::Key {
    crate::cache::Keyer::default()
        .add(&source.path)
        .add(&source.content_path)
        .add(&source.text)
        .add(&source.sidecar)
        .add(source.inherited.as_deref().map(|i| &i.files))
        .key()
}

/// Splits `+++` front matter from the body. Returns the front matter text,
/// the body and the body's first line number.
fn split_front_matter(source: &SourceText) -> Result<(Option<&str>, &str, usize), Vec<Problem>> {
    split_front_matter_of(&source.path, &source.text, source.format).map_err(|p| vec![p])
}

/// [`split_front_matter`] of the `text` of the file at `path`.
fn split_front_matter_of<'a>(
    path: &Path,
    text: &'a str,
    format: Format,
) -> Result<(Option<&'a str>, &'a str, usize), Problem> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let opened = text[..first_line_end].trim_end() == "+++";
    let Some(rest) = opened.then(|| &text[first_line_end..]) else {
        if text.trim_start().starts_with("---") && format == Format::Markdown {
            return Err(Problem::at(
                path,
                Position::line(1),
                "front matter must be TOML between '+++' lines ('---' YAML is not supported)",
            ));
        }
        return Ok((None, text, 1));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + front.matches('\n').count() + 1;
            return Ok((Some(front), body, body_line));
        }
        offset += line.len();
    }
    Err(Problem::at(
        path,
        Position::line(1),
        "front matter '+++' is not closed",
    ))
}

/// The top-level blocks of a Markdown body.
fn markdown_blocks(body: &str, body_line: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<(BlockKind, usize)> = None;
    let mut text = String::new();
    for (event, range) in
        Parser::new_ext(body, crate::render::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    current = Some((block_kind(&tag), range.start));
                    text.clear();
                }
                depth += 1;
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if matches!(end, TagEnd::Item | TagEnd::Paragraph | TagEnd::Heading(_)) {
                    text.push(' ');
                }
                if depth == 0
                    && let Some((kind, start)) = current.take()
                {
                    push_block(&mut blocks, kind, &text, start..range.end, body, body_line);
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Rule if depth == 0 => {
                push_block(&mut blocks, BlockKind::Other, "", range, body, body_line)
            }
            _ => {}
        }
    }
    blocks
}

fn block_kind(tag: &Tag<'_>) -> BlockKind {
    match tag {
        Tag::Paragraph => BlockKind::Paragraph,
        Tag::Heading { .. } => BlockKind::Heading,
        Tag::BlockQuote(_) => BlockKind::Quote,
        Tag::List(_) => BlockKind::List,
        Tag::CodeBlock(_) => BlockKind::Code,
        Tag::HtmlBlock => BlockKind::Html,
        _ => BlockKind::Other,
    }
}

fn push_block(
    blocks: &mut Vec<Block>,
    kind: BlockKind,
    text: &str,
    range: Range<usize>,
    body: &str,
    body_line: usize,
) {
    let range = range.start..range.start + body[range.clone()].trim_end().len();
    // Blocks come in order: count lines from the previous block only, so
    // a story of many paragraphs costs linear time.
    let (from, base) = blocks
        .last()
        .map_or((0, body_line), |b| (b.range.start, b.line));
    let line = base + body[from..range.start].matches('\n').count();
    blocks.push(Block {
        kind,
        text: collapse_whitespace(text),
        range,
        line,
    });
}

/// `text` with each run of whitespace made one space, trimmed.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The paragraphs of a plain-text body: separated by blank lines, or one
/// per line when the text has no blank line at all.
fn text_blocks(body: &str, body_line: usize) -> Vec<Block> {
    let has_blank_line = body.trim().split('\n').any(|l| l.trim().is_empty());
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if (blank || !has_blank_line)
            && let Some(s) = start.take()
        {
            push_block(
                &mut blocks,
                BlockKind::Paragraph,
                &body[s..offset],
                s..offset,
                body,
                body_line,
            );
        }
        if !blank {
            if has_blank_line {
                start.get_or_insert(offset);
            } else {
                let end = offset + line.trim_end().len();
                push_block(
                    &mut blocks,
                    BlockKind::Paragraph,
                    &body[offset..end],
                    offset..end,
                    body,
                    body_line,
                );
            }
        }
        offset += line.len();
    }
    if let Some(s) = start {
        let end = s + body[s..].trim_end().len();
        push_block(
            &mut blocks,
            BlockKind::Paragraph,
            &body[s..end],
            s..end,
            body,
            body_line,
        );
    }
    // A bulleted line is a list item, not a sentence of prose.
    for block in &mut blocks {
        if block.text.starts_with(['•', '●', '▪', '◦'])
            || block.text.starts_with("- ")
            || block.text.starts_with("* ")
        {
            block.kind = BlockKind::List;
        }
    }
    blocks
}

/// Takes the first block as the headline when it looks like one: one short
/// line with no final punctuation, and a body after it.
/// When the headline is glued to the lede by a single line break, the first
/// line alone is considered.
fn take_headline(blocks: &mut Vec<Block>, body: &str) -> Option<String> {
    let first = blocks.first()?;
    let source = &body[first.range.clone()];
    let Some((line, rest)) = source.split_once('\n') else {
        let headline = blocks.len() > 1 && looks_like_headline(&first.text);
        return headline.then(|| blocks.remove(0).text);
    };
    let line = line.trim();
    if !looks_like_headline(line) || rest.trim().is_empty() {
        return None;
    }
    // Split the first line off the lede.
    let headline = line.to_string();
    let block = &mut blocks[0];
    let rest_start = block.range.start + source.len() - rest.len();
    let lead = rest.len() - rest.trim_start().len();
    block.range.start = rest_start + lead;
    block.line += 1 + rest[..lead].matches('\n').count();
    block.text = body[block.range.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(headline)
}

/// Whether one line reads as a headline: short, and not ending like a
/// sentence (in any of the scripts whose stops the splitter knows: `।`,
/// `۔`, `。`). A headline may end on a quotation (`Internet Slams "Never
/// Been Coached"`); a lede ends its quotation after a single full stop.
fn looks_like_headline(line: &str) -> bool {
    const QUOTES: [char; 6] = ['"', '\u{201d}', '\'', '\u{2019}', '」', '』'];
    const STOPS: [char; 5] = ['.', '।', '۔', '。', '｡'];
    const ENDS: [char; 16] = [
        '.', '!', '?', ':', ',', ';', '।', '॥', '۔', '؟', '。', '！', '？', '｡', '：', '，',
    ];
    let unpunctuated = !line.ends_with(ENDS) && !line.ends_with(QUOTES);
    let ends_on_quote = line
        .strip_suffix(QUOTES)
        .is_some_and(|inner| !inner.ends_with(STOPS) || inner.ends_with(".."));
    line.chars().count() < 200 && text::word_count(line) > 0 && (unpunctuated || ends_on_quote)
}

/// A headline from the lede: its first sentence, shortened at a word
/// boundary to about 90 characters.
fn derive_headline(blocks: &[Block]) -> String {
    let Some(lede) = blocks.iter().find(|b| text::word_count(&b.text) > 0) else {
        return String::new();
    };
    let sentence = text::sentences(&lede.text).into_iter().next().unwrap_or("");
    let sentence = sentence.trim_end_matches(['.', ' ', '।', '۔', '。', '｡']);
    if sentence.chars().count() <= 100 {
        return sentence.to_string();
    }
    let mut cut = String::new();
    for word in sentence.split_whitespace() {
        // (The spaces between words are not counted.)
        let room = 90usize.saturating_sub(cut.chars().count());
        let fits = word.chars().count() <= room;
        // (Chinese or Japanese, written without spaces, is cut at a
        // character; so is a first word too long for the headline.)
        let by_character = !fits && (cut.is_empty() || word.chars().any(text::is_unspaced));
        if !fits && !by_character {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.extend(word.chars().take(room));
        if !fits {
            break;
        }
    }
    format!(
        "{}…",
        cut.trim_end_matches([',', ';', ':', '，', '、', '；', '：'])
    )
}

/// A URL slug from a headline: ASCII, lowercase, hyphenated, at most about
/// 80 characters, cut at a hyphen. A headline that makes a Windows device
/// name (`CON`, `Aux`) gets `-story` after it, so the slug is always safe.
pub fn slugify(title: &str) -> String {
    let slug = slug::slugify(title);
    let slug = if slug.len() <= 80 {
        slug
    } else {
        let cut = slug[..80].rfind('-').unwrap_or(80);
        slug[..cut].to_string()
    };
    match check_slug(&slug) {
        Err(reason) if reason.contains("device name") => format!("{slug}-story"),
        _ => slug,
    }
}

/// Checks that a slug is one safe URL and path segment on every platform:
/// letters, digits, `-`, `_` and inner `.` only, not a Windows device name.
fn check_slug(slug: &str) -> Result<(), &'static str> {
    const RESERVED: &[&str] = &[
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    if slug.is_empty() {
        return Err("is empty");
    }
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
    if !slug.chars().all(allowed) || !slug.chars().any(char::is_alphanumeric) {
        return Err("is not a safe relative path: use letters, digits, '-' and '_'");
    }
    if slug.starts_with('.') || slug.ends_with('.') {
        return Err("is not a safe relative path: it starts or ends with '.'");
    }
    let stem = slug.split('.').next().unwrap_or(slug).to_ascii_lowercase();
    if RESERVED.contains(&stem.as_str()) {
        return Err("is not a safe relative path: it is a reserved device name on Windows");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, text: &str) -> SourceText {
        let format = if name.ends_with(".md") {
            Format::Markdown
        } else {
            Format::Text
        };
        SourceText {
            path: Path::new("content").join(name),
            content_path: PathBuf::from(name),
            format,
            text: text.into(),
            sidecar: None,
            inherited: None,
        }
    }

    fn problems(name: &str, text: &str) -> Vec<String> {
        parse(&source(name, text))
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn markdown_front_matter_and_blocks() {
        let story = parse(&source(
            "a.md",
            "+++\ntitle = \"Harbour strike\"\ndate = 2024-09-04T09:30:00+02:00\ntags = [\"business\", \"business\"]\n+++\n\n# Heading\n\nFirst *para*\ncontinues.\n\n- one\n- two\n",
        ))
        .unwrap();
        assert_eq!(story.meta.title, "Harbour strike");
        assert_eq!(story.meta.slug, "harbour-strike");
        assert_eq!(
            story.meta.date.unwrap().to_string(),
            "2024-09-04T09:30:00+02:00"
        );
        assert_eq!(story.meta.tags, ["business"]);
        let kinds: Vec<_> = story
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str(), b.line))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Heading, "Heading", 7),
                (BlockKind::Paragraph, "First para continues.", 9),
                (BlockKind::List, "one two", 12),
            ]
        );
        assert_eq!(
            &story.body[story.blocks[1].range.clone()],
            "First *para*\ncontinues."
        );
    }

    #[test]
    fn text_story_headline_and_file_name_date() {
        let story = parse(&source(
            "2024-09-04-strike.txt",
            "Harbour Strike Enters Third Day\n\nDock workers stayed out.\nTalks stalled.\n\nMore to come.\n",
        ))
        .unwrap();
        assert_eq!(story.meta.title, "Harbour Strike Enters Third Day");
        assert_eq!(story.meta.date.unwrap().to_string(), "2024-09-04");
        let texts: Vec<_> = story
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.line))
            .collect();
        assert_eq!(
            texts,
            [
                ("Dock workers stayed out. Talks stalled.", 3),
                ("More to come.", 6)
            ]
        );
    }

    #[test]
    fn a_headline_may_end_on_a_quotation_but_a_lede_may_not() {
        let headline = parse(&source(
            "a.txt",
            "Internet Slams \"Never Been Coached\"\n\nThe fielding was poor.\n",
        ))
        .unwrap();
        assert_eq!(headline.meta.title, "Internet Slams \"Never Been Coached\"");
        let lede = parse(&source(
            "b.txt",
            "The minister said: \"We will rebuild.\"\n\nWork starts Monday.\n",
        ))
        .unwrap();
        assert_eq!(lede.blocks.len(), 2, "the lede stays in the body");
    }

    #[test]
    fn a_headline_glued_to_the_lede_is_split_off() {
        let story = parse(&source(
            "a.txt",
            "Strike Hits Port Amsel\nDock workers walked out on Monday.\nTalks failed.\n\nMore to come.\n",
        ))
        .unwrap();
        assert_eq!(story.meta.title, "Strike Hits Port Amsel");
        assert_eq!(
            story.blocks[0].text,
            "Dock workers walked out on Monday. Talks failed."
        );
        assert_eq!(story.blocks[0].line, 2);
        assert_eq!(
            &story.body[story.blocks[0].range.clone()],
            "Dock workers walked out on Monday.\nTalks failed."
        );
    }

    #[test]
    fn a_lede_ending_in_a_single_quote_is_not_a_headline() {
        let story = parse(&source(
            "a.txt",
            "He told them to ‘go home to the strikers.’\n\nMore.\n",
        ))
        .unwrap();
        assert_eq!(story.blocks.len(), 2);
    }

    #[test]
    fn bulleted_lines_in_wire_copy_are_lists() {
        let story = parse(&source(
            "a.txt",
            "Headline\n\nThe budget has three parts.\n\n• Roads\n\n- Schools\n",
        ))
        .unwrap();
        let kinds: Vec<_> = story.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Paragraph, BlockKind::List, BlockKind::List]
        );
    }

    #[test]
    fn text_story_without_blank_lines_has_a_paragraph_per_line() {
        let story = parse(&source(
            "a.txt",
            "Headline here\nFirst paragraph.\nSecond paragraph.",
        ))
        .unwrap();
        assert_eq!(story.meta.title, "Headline here");
        assert_eq!(story.blocks.len(), 2);
        assert_eq!(story.blocks[1].line, 3);
    }

    #[test]
    fn text_story_without_headline_derives_one_from_the_lede() {
        let lede = "Following a long night of talks in the harbour city of Port Amsel, which had been shut for three days, the dock workers' union agreed to return to work on Thursday. More follows.";
        let story = parse(&source("a.txt", &format!("{lede}\n\nSecond paragraph.\n"))).unwrap();
        assert_eq!(
            story.meta.title,
            "Following a long night of talks in the harbour city of Port Amsel, which had been shut for…"
        );
        assert_eq!(story.blocks.len(), 2, "the lede stays in the body");
    }

    /// A lede in Hindi, Urdu or Chinese ends on its own script's stop: no
    /// headline. One derived from a Chinese lede ends at its first
    /// sentence, or is cut at a character when that runs on.
    #[test]
    fn ledes_in_other_scripts_are_no_headlines() {
        for (lede, title) in [
            ("बैठक सोमवार को होगी।", "बैठक सोमवार को होगी"),
            ("اجلاس پیر کو ہوگا۔", "اجلاس پیر کو ہوگا"),
            ("会议将于周一举行。会议时间为两小时。", "会议将于周一举行"),
        ] {
            let story = parse(&source("a.txt", &format!("{lede}\n\nMore.\n"))).unwrap();
            assert_eq!(story.blocks.len(), 2, "{lede:?} stays in the body");
            assert_eq!(story.meta.title, title);
        }
        let long = "会".repeat(120) + "。";
        let story = parse(&source("a.txt", &format!("{long}\n\nMore.\n"))).unwrap();
        assert_eq!(story.meta.title, "会".repeat(90) + "…");
        // (Chinese after a space is cut at a character too.)
        let mixed = format!("据新华社报道 {}。", "会".repeat(120));
        let story = parse(&source("a.txt", &format!("{mixed}\n\nMore.\n"))).unwrap();
        assert_eq!(
            story.meta.title,
            format!("据新华社报道 {}…", "会".repeat(84))
        );
        // A lede that ends on a quotation after its script's stop is no
        // headline either.
        for lede in [
            "市长周一表示：“我们一定会重建家园。”",
            "首相は「復興を急ぐ。」",
        ] {
            let story = parse(&source("a.txt", &format!("{lede}\n\nMore.\n"))).unwrap();
            assert_eq!(story.blocks.len(), 2, "{lede:?} stays in the body");
        }
    }

    #[test]
    fn sidecar_supplies_front_matter_for_a_text_story() {
        let mut src = source("seed.txt", "A lede sentence here.\n\nMore.\n");
        src.sidecar = Some((
            "content/seed.toml".into(),
            "date = 2024-09-03\ntags = [\"world\"]\n".into(),
        ));
        let story = parse(&src).unwrap();
        assert_eq!(story.meta.date.unwrap().to_string(), "2024-09-03");
        assert_eq!(story.meta.tags, ["world"]);
    }

    #[test]
    fn a_story_takes_its_folders_defaults_unless_it_sets_its_own() {
        let defaults = FolderDefaults {
            source: Some("Wire".into()),
            author: Some("Desk".into()),
            tags: vec!["World".into(), "Markets".into()],
            draft: Some(true),
            extra: toml::from_str("feed = \"wire\"\nlang = \"en\"").unwrap(),
        };
        let inherited = Some(std::sync::Arc::new(crate::discover::Inherited {
            files: vec![("content/_index.md".into(), String::new())],
            defaults,
        }));
        let plain = SourceText {
            inherited: inherited.clone(),
            ..source("a.txt", "Head\n\nA lede sentence here.\n")
        };
        let meta = parse(&plain).unwrap().meta;
        assert_eq!(meta.source.as_deref(), Some("Wire"));
        assert_eq!(meta.author.as_deref(), Some("Desk"));
        assert_eq!(meta.tags, ["World", "Markets"]);
        assert!(meta.draft);
        assert_eq!(meta.extra["feed"].as_str(), Some("wire"));
        let own = SourceText {
            inherited,
            ..source(
                "b.md",
                "+++\ntitle = \"B\"\nsource = \"Own\"\ntags = [\"Markets\", \"Energy\"]\ndraft = false\n[extra]\nfeed = \"own\"\n+++\nText.\n",
            )
        };
        let meta = parse(&own).unwrap().meta;
        assert_eq!(meta.source.as_deref(), Some("Own"));
        assert_eq!(meta.author.as_deref(), Some("Desk"));
        assert_eq!(
            meta.tags,
            ["Markets", "Energy", "World"],
            "its own first, once each"
        );
        assert!(!meta.draft);
        assert_eq!(meta.extra["feed"].as_str(), Some("own"));
        assert_eq!(meta.extra["lang"].as_str(), Some("en"));
        // What a story takes is part of its key: a changed `_index.md`
        // rebuilds its pages.
        assert_ne!(
            source_key(&plain),
            source_key(&source("a.txt", &plain.text))
        );
    }

    #[test]
    fn an_empty_tag_is_reported_at_its_line() {
        assert_eq!(
            problems(
                "t.md",
                "+++\ntitle = \"x\"\ntags = [\"a\",\n  \" \"]\n+++\nx"
            ),
            ["content/t.md:4:3: `tags` holds an empty tag"]
        );
    }

    #[test]
    fn unclosed_and_missing_front_matter() {
        assert_eq!(
            problems("a.md", "+++\ntitle = \"x\"\nbody"),
            ["content/a.md:1: front matter '+++' is not closed"]
        );
        assert_eq!(
            problems("b.md", "Just text"),
            [
                "content/b.md:1: missing front matter: a Markdown story starts with '+++', TOML keys (at least `title`), and '+++'"
            ]
        );
        assert_eq!(
            problems("c.md", "+++\ndate = 2024-01-01\n+++\nx"),
            ["content/c.md:2: missing required key `title`"]
        );
    }

    #[test]
    fn toml_errors_cite_the_file_line() {
        let p = problems("a.md", "+++\ntitle = \"x\"\ndraft = false,\n+++\nbody");
        assert_eq!(p.len(), 1);
        assert!(p[0].starts_with("content/a.md:3:14: "), "{p:?}");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_named() {
        let p = problems("a.md", "+++\ntilte = \"x\"\n+++\n");
        assert!(
            p[0].starts_with("content/a.md:2:1: unknown field `tilte`, expected one of"),
            "{p:?}"
        );
        let p = problems("b.md", "+++\ntitle = \"x\"\ndate = \"yesterday\"\n+++\n");
        assert_eq!(
            p,
            [
                "content/b.md:3:8: `date`: 'yesterday' is not a date: expected YYYY-MM-DD or an RFC 3339 datetime"
            ]
        );
        let p = problems("c.md", "+++\ntitle = 3\n+++\n");
        assert!(
            p[0].starts_with("content/c.md:2:9: invalid type: integer `3`, expected a string"),
            "{p:?}"
        );
    }

    #[test]
    fn original_url_must_be_http() {
        let p = problems(
            "a.md",
            "+++\ntitle = \"x\"\noriginal_url = \"javascript:alert(1)\"\n+++\n",
        );
        assert_eq!(
            p,
            [
                "content/a.md:3:16: `original_url` 'javascript:alert(1)' is not an absolute http(s) URL"
            ]
        );
        let ok = parse(&source(
            "b.md",
            "+++\ntitle = \"x\"\noriginal_url = \"https://e.org/a\"\n+++\nText.\n",
        ))
        .unwrap();
        assert_eq!(ok.meta.original_url.as_deref(), Some("https://e.org/a"));
    }

    #[test]
    fn front_matter_fences_may_carry_trailing_spaces() {
        let story = parse(&source(
            "a.txt",
            "+++  \ntitle = \"Secret\"\ndraft = true\n+++ \n\nEmbargoed body.\n",
        ))
        .unwrap();
        assert_eq!(story.meta.title, "Secret");
        assert!(story.meta.draft);
    }

    #[test]
    fn unicode_slugs_are_fine() {
        let story = parse(&source(
            "a.md",
            "+++\ntitle = \"x\"\nslug = \"café-été_2\"\n+++\nText.\n",
        ))
        .unwrap();
        assert_eq!(story.meta.slug, "café-été_2");
    }

    #[test]
    fn unsafe_slugs_are_refused() {
        for slug in [
            "../../x",
            "/etc/x",
            "a\\\\..\\\\b",
            "c:/x",
            "con",
            "x\\u0000y",
            "",
            "a b",
            "x&y='z",
            "-",
            "\\u202e",
        ] {
            let p = problems(
                "a.md",
                &format!("+++\ntitle = \"x\"\nslug = \"{slug}\"\n+++\n"),
            );
            assert_eq!(p.len(), 1, "{slug}: {p:?}");
            assert!(
                p[0].starts_with("content/a.md:3:8: slug '"),
                "{slug}: {p:?}"
            );
        }
    }
}
