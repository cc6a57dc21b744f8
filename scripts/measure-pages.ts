/**
 * Page weights and first paint of the main pages on a phone-sized (390 px) Chromium, against a running server:
 * `BASE_URL=http://127.0.0.1:3000 npx tsx scripts/measure-pages.ts [--runs 3] [--prefix /zh]`.
 * Weight = the document plus every script, style and image it loaded (Chromium's resource timing), raw and
 * gzipped (each body fetched once more and gzipped here, so the figure does not depend on the server's encoding).
 * First paint = Chromium's first-contentful-paint, median of the runs, on a fresh browser context each time.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const PAGES = [
  ["home", "/"],
  ["search", "/search?q=global%20ai%20governance"],
  ["timeline", "/timeline"],
  ["countries", "/countries"],
  ["a country", "/countries/ZMB"],
  ["an entity", "/initiatives/global-ai-governance-initiative"],
  ["compare", "/compare?countries=CHN,ZMB"],
] as const;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const runs = Number(arg("--runs") ?? 3);
const prefix = arg("--prefix") ?? "";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const bodies = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = async (url: string) => {
    if (!bodies.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      bodies.set(url, { raw: body.length, gzip: gzipSync(body).length });
    }
    return bodies.get(url)!;
  };
  console.log(`| page | path | requests | raw | gzipped | HTML raw | HTML gzipped | first contentful paint (median of ${runs}) |`);
  console.log("|---|---|---:|---:|---:|---:|---:|---:|");
  for (const [name, path] of PAGES) {
    const url = `${baseUrl}${prefix === "" || path !== "/" ? prefix + path : prefix}`;
    const paints: number[] = [];
    let urls: string[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const measured = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        resources: performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((n) => n.startsWith(location.origin) && !n.includes("_rsc=")),
      }));
      paints.push(measured.fcp);
      urls = [url, ...new Set(measured.resources)];
      await context.close();
    }
    const sizes = await Promise.all(urls.map(sizeOf));
    const raw = sizes.reduce((s, x) => s + x.raw, 0);
    const gzip = sizes.reduce((s, x) => s + x.gzip, 0);
    console.log(`| ${name} | ${prefix}${path} | ${urls.length} | ${kb(raw)} | ${kb(gzip)} | ${kb(sizes[0].raw)} | ${kb(sizes[0].gzip)} | ${median(paints).toFixed(0)} ms |`);
    bodies.delete(url); // the document is per request; scripts and styles are shared between pages
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
