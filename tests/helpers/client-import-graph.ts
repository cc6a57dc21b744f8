import fs from "node:fs";
import path from "node:path";

/**
 * The import graph of client components ("use client" files), read from their source: what a browser bundle
 * can reach. Type-only imports are skipped (they do not reach the browser), and so are "use server" modules
 * (the client gets a reference, the code stays on the server).
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : [];
  });
}

export const directive = (file: string, name: string) => new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n\\s*)*["']${name}["']`).test(fs.readFileSync(file, "utf8"));
export const isClient = (file: string) => directive(file, "use client");

/** Every "use client" file under app/. */
export const clientEntries = () => sourceFiles(path.join(ROOT, "app")).filter(isClient);

/** What a module imports for its values: repository source files (absolute paths) and packages (bare specifiers). */
export function valueImports(file: string): { files: string[]; packages: string[] } {
  const text = fs.readFileSync(file, "utf8");
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (m[1]) continue;
    const spec = m[2];
    const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
    if (!base) {
      packages.push(spec);
      continue;
    }
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    // server actions run on the server, whatever imports them
    if (found && /\.tsx?$/.test(found) && !path.relative(ROOT, found).startsWith("..") && !directive(found, "use server")) files.push(found);
  }
  return { files, packages };
}

/** A client entry and every repository file it imports, directly or not, among those `follow` accepts. */
export function closure(entry: string, follow: (relativePath: string) => boolean = () => true): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length)
    for (const next of valueImports(queue.pop()!).files) {
      if (seen.has(next) || !follow(path.relative(ROOT, next))) continue;
      seen.add(next);
      queue.push(next);
    }
  return [...seen];
}
