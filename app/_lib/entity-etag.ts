/** An entity version as a strong ETag, `"v42"`. */
export function entityETag(version: number): string {
  return `"v${version}"`;
}

/**
 * The version an `If-Match` header asks for: null when absent or `*` (no check), a number for `"v42"`
 * (weak `W/` prefix tolerated), or "invalid" for anything else, which can match no version.
 */
export function versionOfIfMatch(header: string | null): number | null | "invalid" {
  if (header == null || header.trim() === "" || header.trim() === "*") return null;
  const match = header.trim().match(/^(?:W\/)?"v(\d{1,15})"$/);
  return match ? Number(match[1]) : "invalid";
}
