/** The fields whose values differ between two snapshots, as short display strings (pure; for the history page). */
export function describeChange({ before, after }: { before: unknown; after: unknown }): { field: string; from: string; to: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const show = (v: unknown): string => {
    if (v == null) return "—";
    if (Array.isArray(v))
      return (
        v
          .map((x) => (typeof x === "object" && x ? String((x as Record<string, unknown>).alias ?? (x as Record<string, unknown>).url ?? JSON.stringify(x)) : String(x)))
          .join(", ") || "—"
      );
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== "updatedAt" && f !== "reviewedAt");
  return fields.flatMap((field) => {
    const from = show(b[field]);
    const to = show(a[field]);
    return from === to ? [] : [{ field, from: from.slice(0, 300), to: to.slice(0, 300) }];
  });
}
