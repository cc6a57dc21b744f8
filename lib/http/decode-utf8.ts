/**
 * Decodes a request body as strict UTF-8: invalid bytes (GBK text sent as JSON, say) are refused instead of
 * being stored as U+FFFD. Returns null when the bytes are not UTF-8. A leading byte-order mark is dropped.
 */
export function decodeUtf8Strict({ bytes }: { bytes: ArrayBuffer | Uint8Array }): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const NOT_UTF8_MESSAGE = "the request body is not valid UTF-8 (send JSON and form fields as UTF-8)";

/**
 * Percent-decoded form fields cannot be checked byte by byte once parsed, so the urlencoded body is checked
 * before: each run of %XX escapes must decode as UTF-8. Multipart text fields are checked after parsing for the
 * replacement character the parser substitutes for invalid bytes (uploaded files are not text fields: they
 * keep their own encoding detection).
 */
export function isUtf8UrlEncoded({ body }: { body: string }): boolean {
  for (const run of body.match(/(?:%[0-9a-fA-F]{2})+/g) ?? []) {
    const bytes = Uint8Array.from(run.slice(1).split("%"), (hex) => parseInt(hex, 16));
    if (decodeUtf8Strict({ bytes }) === null) return false;
  }
  return true;
}
