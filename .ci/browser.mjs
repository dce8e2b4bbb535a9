// Browser checks of a built site, in headless Chromium driven by
// playwright-core: axe-core finds no serious or critical accessibility
// violation on the front page, an article page and a digest page, and the
// search page finds the seed story by a word of its text.
//
// usage: node .ci/browser.mjs BASE_URL   (the site served at BASE_URL, which
//        ends in `/`; it may be a sub-path such as http://127.0.0.1:8000/news/)
import { createRequire } from "node:module";
import process from "node:process";

const require = createRequire(process.env.BROADSHEET_CI_TOOLS + "/node_modules/");
const { chromium } = require("playwright-core");
const axePath = require.resolve("axe-core/axe.min.js");

const base = process.argv[2];
const pages = {
  "front page": "",
  "article page": "articles/zelenskyy-and-trudeau-discuss-defence-cooperation-after-deadly-poltava-strike/",
  "digest page": "digest/2024-09-03/",
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
let failures = 0;
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const colorScheme of ["light", "dark"]) {
      const page = await browser.newPage({ colorScheme });
      const response = await page.goto(base + path);
      if (!response || response.status() !== 200) {
        console.error(`${name}: HTTP ${response && response.status()} for ${base + path}`);
        failures++;
        continue;
      }
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
      });
      for (const v of violations) console.error(`${name} (${colorScheme}): ${v}`);
      failures += violations.length;
      console.log(`${name} (${colorScheme}): ${violations.length} serious or critical violations`);
      await page.close();
    }
  }

  const page = await browser.newPage();
  await page.goto(base + "search/");
  await page.fill(".pagefind-ui__search-input", "Poltava");
  const link = page.locator(".pagefind-ui__result-link").first();
  await link.waitFor({ timeout: 10000 });
  const href = await link.getAttribute("href");
  const expected = new URL(base + pages["article page"]).pathname;
  if (href !== expected) {
    console.error(`search for "Poltava": first result ${href}, expected ${expected}`);
    failures++;
  } else {
    console.log(`search for "Poltava": finds ${href}`);
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
