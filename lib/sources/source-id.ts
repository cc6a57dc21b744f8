/** A source id from a URL segment or CLI argument, or null. */
export function parseSourceId(raw: string | undefined): number | null {
  return raw && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}
