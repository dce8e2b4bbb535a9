//! Machine-readable views of stories: schema.org `NewsArticle` JSON-LD for
//! article pages, and JSON Feed 1.1. Both are built with serde_json, never
//! by pasting strings, so any text a story carries stays data.

use serde_json::{Value, json};

use super::{ArticleView, FeedView, SafeHtml, SiteView};

/// `NewsArticle` JSON-LD, escaped so that it cannot close its `<script>`
/// element (`<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`).
pub fn news_article(article: &ArticleView<'_>, site: &SiteView<'_>) -> SafeHtml {
    let publisher = json!({
        "@type": "Organization",
        "name": site.title,
        "url": site.base_url,
    });
    let author = match (article.author, article.source) {
        (Some(name), _) => json!([{ "@type": "Person", "name": name }]),
        (None, Some(outlet)) => json!([{ "@type": "Organization", "name": outlet }]),
        (None, None) => json!([publisher.clone()]),
    };
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": article.permalink,
        "mainEntityOfPage": { "@type": "WebPage", "@id": article.permalink },
        "author": author,
        "publisher": publisher,
        "inLanguage": site.language,
        "wordCount": article.word_count,
    });
    let fields = data.as_object_mut().expect("built as an object");
    if let Some(date) = article.date {
        fields.insert("datePublished".into(), date.rfc3339().into());
        let modified = article.updated.unwrap_or(date);
        fields.insert("dateModified".into(), modified.rfc3339().into());
    }
    if let Some(blurb) = article.blurb {
        fields.insert("description".into(), blurb.into());
    }
    if !article.tags.is_empty() {
        let keywords: Vec<&str> = article.tags.iter().map(|t| t.name).collect();
        fields.insert("keywords".into(), keywords.into());
    }
    if let Some(original) = article.original_url {
        fields.insert("isBasedOn".into(), original.into());
    }
    SafeHtml(script_safe(&data))
}

/// Pagefind's `mergeIndex` option for these bundle paths, as JSON safe
/// inside `<script>`.
pub fn merge_index(bundles: &[String]) -> SafeHtml {
    let entries: Vec<Value> = bundles.iter().map(|b| json!({ "bundlePath": b })).collect();
    SafeHtml(script_safe(&Value::Array(entries)))
}

/// JSON text that may sit inside a `<script>` element.
fn script_safe(value: &Value) -> String {
    let text = serde_json::to_string(value).expect("JSON values serialize");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A JSON Feed 1.1 document (<https://jsonfeed.org/version/1.1>).
pub fn json_feed(
    site: &SiteView<'_>,
    feed: &FeedView<'_>,
    articles: &[ArticleView<'_>],
) -> Vec<u8> {
    let items: Vec<Value> = articles
        .iter()
        .map(|a| {
            let mut item = json!({
                "id": a.permalink,
                "url": a.permalink,
                "title": a.title,
                "content_html": a.summary_html.as_str(),
            });
            let fields = item.as_object_mut().expect("built as an object");
            if let Some(blurb) = a.blurb {
                fields.insert("summary".into(), blurb.into());
            }
            if let Some(date) = a.date {
                fields.insert("date_published".into(), date.rfc3339().into());
            }
            if let Some(updated) = a.updated {
                fields.insert("date_modified".into(), updated.rfc3339().into());
            }
            if let Some(name) = a.author.or(a.source) {
                fields.insert("authors".into(), json!([{ "name": name }]));
            }
            if let Some(original) = a.original_url {
                fields.insert("external_url".into(), original.into());
            }
            if !a.tags.is_empty() {
                let tags: Vec<&str> = a.tags.iter().map(|t| t.name).collect();
                fields.insert("tags".into(), tags.into());
            }
            item
        })
        .collect();
    let mut document = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.home,
        "feed_url": feed.url,
        "language": site.language,
        "items": items,
    });
    if !site.description.is_empty() {
        document
            .as_object_mut()
            .expect("built as an object")
            .insert("description".into(), site.description.into());
    }
    let mut bytes = serde_json::to_vec_pretty(&document).expect("JSON values serialize");
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_cannot_close_it() {
        let text = script_safe(&json!({ "headline": "</script><script>alert(1)</script> & more" }));
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            back["headline"],
            "</script><script>alert(1)</script> & more"
        );
    }
}
