import { afterEach, describe, expect, it, vi } from "vitest";

// Counts the converters opencc-js builds (each costs up to ~40 MB of heap), across fresh copies of our modules.
const built = vi.hoisted(() => [] as string[]);
vi.mock("opencc-js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("opencc-js")>();
  return {
    ...actual,
    Converter: (options: { from: string; to: string }) => {
      built.push(`${options.from}>${options.to}`);
      return actual.Converter(options as Parameters<typeof actual.Converter>[0]);
    },
  };
});

const shared = globalThis as unknown as { atlasOpenccConverters?: unknown };

async function freshModules() {
  vi.resetModules();
  return {
    converters: await import("./opencc-converters"),
    traditional: await import("./traditional"),
    search: await import("@/lib/search/normalize-search-text"),
    linking: await import("@/lib/linking/normalise"),
  };
}

describe("OpenCC converters", () => {
  afterEach(() => {
    built.length = 0;
    delete shared.atlasOpenccConverters;
  });

  it("are not built when a module that uses them is loaded, only when one is first called", async () => {
    delete shared.atlasOpenccConverters;
    await freshModules();
    expect(built).toEqual([]);
  });

  it("are built once per process, however many copies of the modules use them (the server loads several)", async () => {
    delete shared.atlasOpenccConverters;
    const first = await freshModules();
    const second = await freshModules();
    expect(second.converters).not.toBe(first.converters);
    for (const copy of [first, second]) {
      expect(copy.traditional.toTraditional("人工智能倡议")).toBe("人工智能倡議");
      expect(copy.search.normalizeSearchText({ text: "人工智慧 倡議" })).toBe("人工智能 倡议");
      expect(copy.search.searchTextVariants({ text: "赞比亚" })).toEqual(["赞比亚", "贊比亞", "尚比亞"]);
      expect(copy.linking.normaliseForMatch("國際")).toBe("国际");
    }
    expect([...built].sort()).toEqual(["cn>tw", "cn>twp", "t>cn", "twp>cn"]);
    expect(second.converters.openccConverter({ from: "cn", to: "tw" })).toBe(first.converters.openccConverter({ from: "cn", to: "tw" }));
  });
});
