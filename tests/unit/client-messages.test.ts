import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientEntries, closure as importClosure, ROOT } from "@/tests/helpers/client-import-graph";
import { ENTITY_FORM_MESSAGES, LAYOUT_CLIENT_MESSAGES, REVIEW_QUEUE_MESSAGES, WHY_POPOVER_MESSAGES, type ClientMessageScope } from "@/app/_lib/client-messages";

/**
 * Client components see only the messages their provider passes (app/_lib/client-messages.ts); a message they
 * ask for that is not passed shows as MISSING_MESSAGE in the browser only. This reads every "use client" file
 * under app/ and the app/ and lib/ modules it imports (those run in the browser too), collects what they ask
 * t("…") for, and checks each against the scope of the provider they render in.
 */
/** Client components rendered inside a page's own provider (which replaces the layout's messages). */
const NESTED: Record<string, ClientMessageScope> = {
  "app/review/review-queue.tsx": REVIEW_QUEUE_MESSAGES,
  "app/articles/[slug]/why-popover.tsx": WHY_POPOVER_MESSAGES,
  "app/edit/_components/entity-form.tsx": ENTITY_FORM_MESSAGES,
};

/** A client entry and everything it imports from app/ and lib/. */
const closure = (entry: string) => importClosure(entry, (rel) => /^(app|lib)\//.test(rel));

/**
 * The message paths a file asks for: t("a.b"), t.rich/markup/has/raw("a.b") with `t` bound by useTranslations
 * (with its namespace, if any) or passed in as `t`; a template literal counts by its static whole segments
 * (t(`kinds.${kind}.one`) asks for something under kinds).
 */
export function messagesAskedFor(text: string): string[] {
  const translators = new Map<string, string | null>([["t", null]]);
  for (const m of text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:["'`]([\w.]+)["'`])?\s*\)/g))
    translators.set(m[1], m[2] ?? null);
  const asked: string[] = [];
  for (const [name, namespace] of translators) {
    const call = new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|has|raw))?\\(\\s*(["'\`])([^"'\`]*)`, "g");
    for (const m of text.matchAll(call)) {
      let key = m[2];
      if (m[1] === "`" && key.includes("${")) key = key.slice(0, key.indexOf("${")).replace(/\.?[^.]*$/, "");
      const full = [namespace, key].filter(Boolean).join(".");
      if (/^[a-zA-Z][\w.-]*$/.test(full)) asked.push(full);
    }
  }
  return asked;
}

/** Whether a provider scope passes a message path (or, for a built key, everything under its static part). */
function passes(scope: ClientMessageScope, key: string): boolean {
  const paths = [...scope.namespaces, ...Object.entries(scope.keys ?? {}).flatMap(([n, keys]) => keys.map((k) => `${n}.${k}`))];
  return paths.some((p) => key === p || key.startsWith(`${p}.`));
}

function missingFrom({ entry, scope }: { entry: string; scope: ClientMessageScope }): string[] {
  return closure(entry).flatMap((file) =>
    messagesAskedFor(fs.readFileSync(file, "utf8"))
      .filter((key) => !passes(scope, key))
      .map((key) => `${key} (${path.relative(ROOT, file)})`),
  );
}

const entries = clientEntries();

describe("messages passed to client components", () => {
  it("finds the client components and the shared modules they import", () => {
    const rel = (f: string) => path.relative(ROOT, f);
    expect(entries.map(rel)).toEqual(expect.arrayContaining(["app/search/search-view.tsx", "app/countries/_components/country-lists.tsx", ...Object.keys(NESTED)]));
    const reached = new Set(entries.flatMap(closure).map(rel));
    for (const shared of ["app/_components/participation-notes.tsx", "app/countries/_components/evidence-list.tsx", "app/_components/converted-bilingual-name.tsx"])
      expect(reached).toContain(shared);
  });

  it("pass every message a client component asks for", () => {
    const missing = Array.from(new Set(entries.flatMap((entry) => missingFrom({ entry, scope: NESTED[path.relative(ROOT, entry)] ?? LAYOUT_CLIENT_MESSAGES }))));
    expect(missing).toEqual([]);
  });

  it("would notice a message the layout stopped passing", () => {
    const withoutSourceLabel = { ...LAYOUT_CLIENT_MESSAGES, keys: { ...LAYOUT_CLIENT_MESSAGES.keys, country: ["noSource", "sourceOfEntity"] } };
    const countryLists = path.join(ROOT, "app/countries/_components/country-lists.tsx");
    expect(missingFrom({ entry: countryLists, scope: LAYOUT_CLIENT_MESSAGES })).toEqual([]);
    expect(missingFrom({ entry: countryLists, scope: withoutSourceLabel })).toEqual(["country.sourceLabel (app/countries/_components/evidence-list.tsx)"]);
  });

  it("reads literal, namespaced and built keys", () => {
    const text = 'const t = useTranslations();\nconst r = useTranslations("review");\nt("a.b"); t.rich("c.d", {}); r("title"); t(`kinds.${k}.one`); t(`x${y}`);';
    expect(messagesAskedFor(text).sort()).toEqual(["a.b", "c.d", "kinds", "review.title"]);
  });
});
