import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { entities, votes } from "@/db/schema";
import { NO_INPUT, OPERATOR, runCommandSync, type WriteActor } from "@/lib/write/run-command";
import { parseVotesCsv } from "./parse-votes-csv";

/** Every problem found in a votes file; nothing was imported. */
export class VoteImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`the votes were not imported (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n${problems.join("\n")}`);
  }
}

/**
 * Imports a recorded-votes CSV all or nothing: every row is checked (shape, then that the symbol names a
 * resolution and the code a country in the atlas), and only a file without problems is written, in one
 * transaction through the write path. A country's earlier vote on the same resolution is replaced.
 */
export function importVotes({ db, text, actor = OPERATOR }: { db: AtlasDatabase; text: string; actor?: WriteActor }): { imported: number; resolutions: string[] } {
  const { rows, errors } = parseVotesCsv({ text });
  // a file that cannot be read at all (no header, not CSV) has nothing to look up
  if (errors.length && !rows.length) throw new VoteImportError(errors);
  return runCommandSync({
    db,
    actor,
    role: "editor",
    schema: NO_INPUT,
    input: undefined,
    command: ({ tx }) => {
      const live = and(isNull(entities.deletedAt), isNull(entities.mergedIntoId));
      const resolutionIds = new Map<string, number>();
      const countryIds = new Map<string, number>();
      const problems: { line: number; text: string }[] = errors.map((text) => ({ line: Number(/^line (\d+)/.exec(text)?.[1] ?? 0), text }));
      for (const row of rows) {
        if (!resolutionIds.has(row.symbol)) {
          const found = tx
            .select({ id: entities.id })
            .from(entities)
            .where(and(eq(entities.kind, "resolution"), eq(entities.symbol, row.symbol), live))
            .get();
          if (found) resolutionIds.set(row.symbol, found.id);
        }
        if (!countryIds.has(row.iso3)) {
          const found = tx
            .select({ id: entities.id })
            .from(entities)
            .where(and(eq(entities.kind, "country"), eq(entities.iso3, row.iso3), live))
            .get();
          if (found) countryIds.set(row.iso3, found.id);
        }
        const missing = [
          resolutionIds.has(row.symbol) ? null : `no resolution in the atlas has the symbol ${row.symbol}`,
          countryIds.has(row.iso3) ? null : `no country in the atlas has the code ${row.iso3}`,
        ].filter(Boolean);
        if (missing.length) problems.push({ line: row.line, text: `line ${row.line}: ${missing.join("; ")}` });
      }
      if (problems.length) throw new VoteImportError(problems.sort((a, b) => a.line - b.line).map((p) => p.text));
      for (const row of rows) {
        tx.insert(votes)
          .values({ resolutionId: resolutionIds.get(row.symbol)!, countryId: countryIds.get(row.iso3)!, vote: row.vote, sourceUrl: row.source })
          .onConflictDoUpdate({ target: [votes.resolutionId, votes.countryId], set: { vote: row.vote, sourceUrl: row.source } })
          .run();
      }
      return { imported: rows.length, resolutions: [...resolutionIds.keys()] };
    },
  });
}
