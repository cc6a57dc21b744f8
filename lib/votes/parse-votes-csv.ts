import { parse } from "csv-parse/sync";
import { VOTE_VALUES, type VoteValue } from "@/db/schema";

/** The recorded-votes CSV (db/seed/data/README.md): header `symbol,iso3,vote,source`, one row per country. */
export const VOTES_CSV_HEADER = ["symbol", "iso3", "vote", "source"] as const;
export const MAX_VOTES_CSV_BYTES = 2_000_000;

export type VoteRow = { line: number; symbol: string; iso3: string; vote: VoteValue; source: string };

function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Reads and checks every row (shape only: the database check of symbols and countries comes after). Returns
 * all problems, each with its line number, so one run tells the editor everything to fix.
 */
export function parseVotesCsv({ text }: { text: string }): { rows: VoteRow[]; errors: string[] } {
  if (Buffer.byteLength(text, "utf8") > MAX_VOTES_CSV_BYTES) return { rows: [], errors: [`the file is larger than ${MAX_VOTES_CSV_BYTES / 1_000_000} MB`] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [`the file is not valid CSV: ${message}`] };
  }
  if (!records.length) return { rows: [], errors: ["the file is empty: expected the header symbol,iso3,vote,source"] };
  const [header, ...body] = records;
  const names = header.record.map((h) => h.toLowerCase());
  if (names.join(",") !== VOTES_CSV_HEADER.join(",")) {
    return { rows: [], errors: [`line ${header.info.lines}: the header must be ${VOTES_CSV_HEADER.join(",")} (found ${header.record.join(",")})`] };
  }
  if (!body.length) return { rows: [], errors: ["the file has a header but no votes"] };
  const rows: VoteRow[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== VOTES_CSV_HEADER.length) {
      errors.push(`line ${line}: expected 4 columns (symbol,iso3,vote,source), found ${record.length}`);
      continue;
    }
    const [symbol, iso3Raw, voteRaw, source] = record;
    const iso3 = iso3Raw.toUpperCase();
    const vote = voteRaw.toLowerCase();
    const problems: string[] = [];
    if (!symbol) problems.push("the symbol is empty");
    if (!/^[A-Z]{3}$/.test(iso3)) problems.push(`"${iso3Raw}" is not an ISO alpha-3 country code`);
    if (!(VOTE_VALUES as readonly string[]).includes(vote)) problems.push(`"${voteRaw}" is not a vote (use ${VOTE_VALUES.join(", ")})`);
    if (!isWebUrl(source)) problems.push(`"${source}" is not a web address (the source must be an http(s) URL)`);
    const key = `${symbol}|${iso3}`;
    if (problems.length === 0 && seen.has(key)) problems.push(`${iso3} already has a vote on ${symbol} (line ${seen.get(key)})`);
    if (problems.length) {
      errors.push(`line ${line}: ${problems.join("; ")}`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, symbol, iso3, vote: vote as VoteValue, source });
  }
  return { rows, errors };
}
