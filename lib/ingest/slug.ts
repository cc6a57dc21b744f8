/** Article slugs: "2025-05-07-<english-title-words>-<hash>" or "2025-05-07-<hash>" for Chinese titles. */
export function articleSlug({ title, publishedAt, hash }: { title: string; publishedAt: string | null; hash: string }): string {
  const date = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : (publishedAt?.slice(0, 7) ?? null);
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const ascii =
    words && words.length >= 2
      ? words
          .join("-")
          .slice(0, 60)
          .replace(/-[^-]*$/, (m) => (m.length < 3 ? "" : m))
      : null;
  return [date, ascii, hash.slice(0, 8)].filter(Boolean).join("-");
}

/** Slug of a proposed entity: readable when the name has Latin words, otherwise a stable hash. */
export function proposedSlug({ kind, name, hash }: { kind: string; name: string; hash: string }): string {
  const words = name.toLowerCase().match(/[a-z0-9]+/g);
  const ascii = words && words.length >= 2 ? words.join("-").slice(0, 60) : null;
  return ascii ? `proposed-${ascii}` : `proposed-${kind}-${hash.slice(0, 10)}`;
}
