import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, RELATION_ROLES, SOURCE_QUALITIES, VOTE_VALUES } from "@/db/schema";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { TIMELINE_KINDS } from "@/lib/timeline-query/timeline-item";
import { loadMessages } from "./load-messages";
import { TIMELINE_CSV_COLUMNS } from "@/lib/timeline/build-timeline-csv";
import { MATRIX_CSV_COLUMNS } from "@/lib/countries/participation-matrix";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const EN = flatten(en);
const ZH = flatten(zh);
/**
 * ICU argument names of a message: {count}, {count, plural, …}, {name}, also inside plural and select branches,
 * but not the branches' own words ("{count, plural, one {signatory} other {signatories}}" has one argument).
 */
function argsOf(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  // text until an unmatched "}" (the end of a branch) or the end of the message
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = (): void => {
    i++; // "{"
    const head = /^\s*([^,{}\s]+)\s*(?:,\s*([a-zA-Z]+)\s*)?/.exec(message.slice(i))!;
    names.add(head[1]);
    i += head[0].length;
    if (head[2] === "plural" || head[2] === "select" || head[2] === "selectordinal") {
      i++; // ","
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          text();
        }
        i++;
      }
    } else {
      for (let depth = 0; i < message.length && (message[i] !== "}" || depth > 0); i++) depth += message[i] === "{" ? 1 : message[i] === "}" ? -1 : 0;
    }
    i++; // "}"
  };
  text();
  return [...names].sort();
}

/** Every source file of the app and the libraries (the code that can call t("…")). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : [];
  });
}

describe("message catalogues", () => {
  it("have the same keys in English and Chinese", () => {
    const missingInZh = Object.keys(EN).filter((k) => !(k in ZH));
    const missingInEn = Object.keys(ZH).filter((k) => !(k in EN));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
  });

  it("have no empty message and the same placeholders in both languages", () => {
    expect(Object.entries({ ...EN, ...ZH }).filter(([, v]) => !v.trim())).toEqual([]);
    const mismatched = Object.keys(EN).filter((k) => k in ZH && argsOf(EN[k]).join() !== argsOf(ZH[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('contain every key the code asks for with a literal t("…")', () => {
    const root = path.resolve(__dirname, "../..");
    const used = new Map<string, string>();
    for (const file of [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "lib"))]) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt(?:\.has)?\(\s*["'`]([a-zA-Z][\w.-]*)["'`]/g)) used.set(m[1], path.relative(root, file));
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !(key in EN)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it("contain every key the code builds from a kind or role", () => {
    const built = [
      ...[...ENTITY_KINDS, "article"].flatMap((k) => [`kinds.${k}.one`, `kinds.${k}.other`]),
      ...TIMELINE_KINDS.map((k) => `timelineKinds.${k}`),
      ...RELATION_ROLES.flatMap((r) => [`roles.incoming.${r}`, `roles.outgoing.${r}`, `roles.plain.${r}`, `participation.nouns.${r}`]),
      ...SOURCE_QUALITIES.flatMap((q) => [`entity.quality.${q}.label`, `entity.quality.${q}.title`]),
      ...VOTE_VALUES.map((v) => `votes.values.${v}`),
      ...["leads", "sponsors", "members", "participants", "via-parts", "none"].map((tier) => `countries.tiers.${tier}`),
      ...["exact-alias", "title-variant", "description", "pattern", "statement-model"].map((rule) => `why.rules.${rule}`),
      ...TIMELINE_CSV_COLUMNS.map((c) => `exports.timelineColumns.${c}`),
      ...MATRIX_CSV_COLUMNS.map((c) => `exports.matrixColumns.${c}`),
      ...["mention", "event", "entity", "relation"].map((type) => `review.types.${type}`),
      ...["accept", "reject", "correct"].map((action) => `review.done.${action}`),
      ...["search", "timeline", "countries", "compare", "initiatives", "resolutions", "organisations", "events", "articles"].map((n) => `nav.${n}`),
      "timeline.newest",
      "timeline.oldest",
    ];
    expect(built.filter((k) => !(k in EN) || !(k in ZH))).toEqual([]);
  });

  it("reads placeholders inside plural branches but not the branches' words", () => {
    expect(argsOf("{count, plural, one {signatory} other {signatories}}")).toEqual(["count"]);
    expect(argsOf("{count, plural, one {{formatted} participation} other {{formatted} participations}}")).toEqual(["count", "formatted"]);
    expect(argsOf("{n, number} of {total} <link>more</link>")).toEqual(["n", "total"]);
  });

  it("keep the English export headers equal to the stable column names (scripts read them)", () => {
    for (const c of TIMELINE_CSV_COLUMNS) expect(EN[`exports.timelineColumns.${c}`]).toBe(c);
    for (const c of MATRIX_CSV_COLUMNS) expect(EN[`exports.matrixColumns.${c}`]).toBe(c);
  });

  it("converts the simplified catalogue to traditional characters for /zh-hant", () => {
    const hant = flatten(loadMessages({ locale: "zh-hant" }));
    expect(Object.keys(hant)).toEqual(Object.keys(ZH));
    expect(hant["kinds.resolution.one"]).toBe("決議");
    expect(hant["home.latestArticles"]).toBe("最新文章");
    expect(hant["nav.countries"]).toBe("國家");
  });
});
