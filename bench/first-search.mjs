// What a reader's first search costs on a built site: the bytes and
// requests of the search index that headless Chromium fetches from opening
// the search page to showing the first results for QUERY, and the time that
// took. The shards of the index (`[search] stories_per_shard`) trade this
// against rebuild time.
//
// usage: node bench/first-search.mjs BASE_URL QUERY
//        (the site served at BASE_URL, ending in `/`; needs playwright-core
//        in $BROADSHEET_CI_TOOLS, which .ci/site-checks installs, and
//        Chromium at /usr/bin/chromium or $CHROMIUM)
//
// Prints one JSON line: page_bytes/page_requests (Pagefind's files fetched
// on opening the search page: its script and stylesheet),
// search_bytes/search_requests (the index files that the first
// search fetches, until the network is quiet), and ms (from typing the query
// to the first result shown, the UI's own input delay included). Bytes are
// response bodies as served: Pagefind compresses its files itself, so they
// are what a server without compression sends.
import { createRequire } from "node:module";
import process from "node:process";

const tools = process.env.BROADSHEET_CI_TOOLS || `${process.env.TMPDIR || "/tmp"}/broadsheet-ci-tools`;
const require = createRequire(tools + "/node_modules/");
const { chromium } = require("playwright-core");

const [base, query] = process.argv.slice(2);
if (!base || !query) {
  console.error("usage: node bench/first-search.mjs BASE_URL QUERY");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  let bytes = 0;
  let requests = 0;
  const bodies = [];
  page.on("response", (response) => {
    if (!response.url().includes("/pagefind/")) return;
    requests++;
    bodies.push(response.body().then((body) => { bytes += body.length; }, () => {}));
  });
  await page.goto(base + "search/");
  await page.waitForLoadState("networkidle");
  await Promise.all(bodies.splice(0));
  const opened = { bytes, requests };
  const started = Date.now();
  await page.fill(".pagefind-ui__search-input", query);
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 120000 });
  const ms = Date.now() - started;
  await page.waitForLoadState("networkidle");
  await Promise.all(bodies.splice(0));
  console.log(JSON.stringify({
    base,
    query,
    page_bytes: opened.bytes,
    page_requests: opened.requests,
    search_bytes: bytes - opened.bytes,
    search_requests: requests - opened.requests,
    ms,
  }));
} finally {
  await browser.close();
}
