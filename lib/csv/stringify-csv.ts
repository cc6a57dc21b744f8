import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

/**
 * The one way the atlas writes CSV (timeline, participation matrix, open-data dump): RFC 4180 with CRLF,
 * a UTF-8 byte-order mark so spreadsheet programs read Chinese names, and formula escaping: a cell (header
 * included) that starts with = + - @ tab or CR gets a leading apostrophe, so a hostile name such as
 * `=HYPERLINK(…)` is shown as text, never run by Excel or LibreOffice.
 */
export function stringifyCsv({ header, rows, bom = true }: { header: readonly string[]; rows: readonly CsvCell[][]; bom?: boolean }): string {
  return stringify([[...header], ...rows], { bom, record_delimiter: "windows", escape_formulas: true, cast: { boolean: (value) => (value ? "true" : "false") } });
}
