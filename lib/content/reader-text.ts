/**
 * Text shown to readers must not carry the project's internal bookkeeping: file names, checklist numbers,
 * placeholders for sources or notes addressed to editors. These patterns find such text (the public-text
 * scan uses them) and `toReaderText` removes the parenthetical remarks the seed data carries.
 */
export const INTERNAL_TEXT_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: "checklist file", pattern: /VERIFICATION\.md/i },
  { name: "markdown or JSON file name", pattern: /\b[\w-]+\.(md|json)\b/i },
  { name: "seed placeholder source", pattern: /seed-article:/i },
  { name: "seed data path", pattern: /db\/seed|shared\/reference/i },
  { name: "editor's list remark", pattern: /\bcountr(y|ies)( list(ed)?)? (here )?(=|is partial)/i },
  { name: "note to editors", pattern: /^Partial list:/im },
];

/** The internal remarks found in a text (empty when it is fit for readers). */
export function findInternalText(text: string): string[] {
  // web addresses are citations, not remarks: a source may well end in ".json" or ".md"
  const prose = text.replace(/https?:\/\/[^\s"'<>]+/g, " ");
  return INTERNAL_TEXT_PATTERNS.filter((p) => p.pattern.test(prose)).map((p) => p.name);
}

const capitalise = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * Rewrites a seed note or description for readers: drops "(VERIFICATION.md #6)"-style references and the
 * "(countries = …)" / "(country list is partial …)" remarks meant for editors, and turns a leading
 * "Partial list: x" into the sentence "X".
 */
export function toReaderText(text: string): string {
  return capitalise(
    text
      .replace(/\s*\((?:see )?VERIFICATION\.md[^)]*\)/gi, "")
      .replace(/[;,]?\s*VERIFICATION\.md\s*#?\d*/gi, "")
      .replace(/\s*\((?:countries|country list)[^()]*(?:\([^()]*\)[^()]*)*\)/gi, "")
      .replace(/^Partial list:\s*/i, "")
      .replace(/\s+([.,;])/g, "$1")
      .replace(/\s{2,}/g, " ")
      .trim(),
  );
}
