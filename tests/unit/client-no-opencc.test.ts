import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientEntries, closure, ROOT, valueImports } from "@/tests/helpers/client-import-graph";

/**
 * The Chinese-script converter (opencc-js, ~40 MB of dictionaries once built) runs on the server only: a client
 * component that reaches it ships a ~1 MB chunk to every visitor and makes /zh-hant browsers build the
 * dictionaries. Client components get Chinese already in the page's script (lib/i18n/pick-names.ts).
 */
const CONVERTER_FILES = ["lib/i18n/traditional.ts", "lib/i18n/opencc-converters.ts"];
const isConverterPackage = (spec: string) => spec === "opencc-js" || spec.startsWith("opencc-js/");

/** Each client entry's way to the converter: "entry → … → converter", or nothing. */
function pathsToConverter(entry: string): string[] {
  const rel = (f: string) => path.relative(ROOT, f);
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const found: string[] = [];
  const chain = (file: string, last?: string) => {
    const steps = last ? [last] : [];
    for (let f: string | null = file; f; f = parent.get(f) ?? null) steps.unshift(rel(f));
    return steps.join(" → ");
  };
  while (queue.length) {
    const file = queue.shift()!;
    if (CONVERTER_FILES.includes(rel(file))) {
      found.push(chain(file));
      continue;
    }
    const { files, packages } = valueImports(file);
    for (const spec of packages.filter(isConverterPackage)) found.push(chain(file, spec));
    for (const next of files)
      if (!parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
  }
  return found;
}

describe("client components and the Chinese-script converter", () => {
  const entries = clientEntries();

  it("finds the client components that render names", () => {
    const reached = new Set(entries.flatMap((e) => closure(e)).map((f) => path.relative(ROOT, f)));
    expect(reached).toContain("app/timeline/_components/timeline-entry.tsx");
    expect(reached).toContain("app/countries/_components/country-lists.tsx");
  });

  it("no client component imports opencc, directly or not", () => {
    expect(entries.flatMap(pathsToConverter)).toEqual([]);
  });

  it("would notice a client module that reaches the converter", () => {
    // the server's name component converts; were it rendered by a client component, its import chain shows up
    expect(pathsToConverter(path.join(ROOT, "app/_components/bilingual-name.tsx"))).toEqual([
      "app/_components/bilingual-name.tsx → lib/i18n/content-language.ts → lib/i18n/traditional.ts",
    ]);
  });
});
