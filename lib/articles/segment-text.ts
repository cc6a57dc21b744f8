/** A run of text, marked when it belongs to a span (e.g. a mention). */
export type Segment<T> = { text: string; start: number; span?: T };

/**
 * Cuts `text` into plain and marked runs for the given spans (offsets into `text`). Overlapping spans:
 * the earlier (then longer) one wins, so the output never repeats or drops characters.
 */
export function segmentText<T extends { start: number; end: number }>({ text, spans }: { text: string; spans: T[] }): Segment<T>[] {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let pos = 0;
  for (const span of sorted) {
    if (span.start < pos) continue;
    if (span.start > pos) out.push({ text: text.slice(pos, span.start), start: pos });
    out.push({ text: text.slice(span.start, span.end), start: span.start, span });
    pos = span.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos });
  return out;
}

/** Paragraph boundaries of a body (blank-line or newline separated), with offsets kept. */
export function splitParagraphs(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}
