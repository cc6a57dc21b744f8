import * as OpenCC from "opencc-js";

type Variant = "cn" | "tw" | "twp" | "t";
type Convert = (text: string) => string;

/**
 * OpenCC converters, built once per process and shared by every copy of the modules that use them.
 * Why: a converter's dictionaries are tries with a Map per node; cn→tw and cn→twp cost ~40 MB of V8 heap
 * each (~0.5 s to build). Those modules are instantiated several times in one server process (the module graph
 * tsx loads for scripts/serve.ts, and the separate module caches and layers of Next's route and page
 * runtimes), and each copy used to build its own converters at import: ~370 MB of a 490 MB live heap after
 * one pass over the site, which reached the server's 512 MB cap during the e2e run. The converters live on
 * globalThis (as the database handle does, db/index.ts) and are built on first use.
 */
const shared = globalThis as unknown as { atlasOpenccConverters?: Map<string, Convert> };

/** The process's converter for from → to, built now if no copy of this module has built it yet. */
export function openccConverter({ from, to }: { from: Variant; to: Variant }): Convert {
  const converters = (shared.atlasOpenccConverters ??= new Map());
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

/** A converter function for module scope: nothing is built until it is first called. */
export function lazyOpenccConverter({ from, to }: { from: Variant; to: Variant }): Convert {
  let convert: Convert | null = null;
  return (text) => (convert ??= openccConverter({ from, to }))(text);
}
