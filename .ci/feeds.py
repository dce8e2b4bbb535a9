#!/usr/bin/env python3
"""Check every feed of a built site: Atom and RSS parse with feedparser with no bozo flag and
with every item dated and linked; JSON Feed validates against the JSON Feed 1.1 schema in
.ci/schema (feedparser 6.0, the newest release, does not read JSON Feed) with dates and URLs
checked as formats.

usage: feeds.py SITE_DIR
"""
import glob
import json
import os
import sys

import feedparser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    site = sys.argv[1]
    failures = 0
    xml = sorted(glob.glob(os.path.join(site, "**", "atom.xml"), recursive=True)
                 + glob.glob(os.path.join(site, "**", "rss.xml"), recursive=True))
    for path in xml:
        feed = feedparser.parse(path)
        problems = []
        if feed.bozo:
            problems.append(f"bozo: {feed.bozo_exception}")
        expected = "atom10" if path.endswith("atom.xml") else "rss20"
        if feed.version != expected:
            problems.append(f"read as {feed.version!r}, not {expected}")
        for entry in feed.entries:
            if not entry.get("link") or not entry.get("published_parsed"):
                problems.append(f"entry {entry.get('title')!r} has no link or date")
        failures += report(site, path, problems, f"{len(feed.entries)} entries")
    with open(os.path.join(HERE, "schema", "jsonfeed-1.1.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for path in sorted(glob.glob(os.path.join(site, "**", "feed.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        problems = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
        failures += report(site, path, problems, f"{len(document.get('items', []))} items")
    if not xml:
        print("no feeds found", file=sys.stderr)
        failures += 1
    sys.exit(1 if failures else 0)


def report(site, path, problems, summary):
    name = os.path.relpath(path, site)
    for p in problems:
        print(f"{name}: {p}", file=sys.stderr)
    if not problems:
        print(f"{name}: ok, {summary}")
    return len(problems)


if __name__ == "__main__":
    main()
