"use server";
import { actionWrite } from "@/app/_lib/action-write";
import { importVotes, VoteImportError } from "@/lib/votes/import-votes";
import { MAX_VOTES_CSV_BYTES } from "@/lib/votes/parse-votes-csv";

export type VoteImportState = { ok?: string; error?: string; problems?: string[] };

/** The editors' form for recorded votes: the same all-or-nothing import as `npm run import:votes` and POST /api/votes. */
export async function importVotesAction(_previous: VoteImportState, form: FormData): Promise<VoteImportState> {
  const file = form.get("file");
  const pasted = form.get("text");
  let text = "";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_VOTES_CSV_BYTES) return { error: `The file is larger than ${MAX_VOTES_CSV_BYTES / 1_000_000} MB.` };
    text = await file.text();
  } else if (typeof pasted === "string") {
    text = pasted;
  }
  if (!text.trim()) return { error: "Choose a CSV file or paste its text." };
  if (text.length > MAX_VOTES_CSV_BYTES) return { error: `The text is longer than ${MAX_VOTES_CSV_BYTES / 1_000_000} MB.` };
  const state = await actionWrite<VoteImportState>({
    next: "/votes/import",
    handle: async ({ db, actor }) => {
      try {
        const { imported, resolutions } = importVotes({ db, text, actor });
        return { ok: `${imported} votes imported (${resolutions.join(", ")}).` };
      } catch (error) {
        if (error instanceof VoteImportError) return { error: "Nothing was imported: fix these lines and send the file again.", problems: error.problems };
        throw error;
      }
    },
  });
  return { ok: state.ok, error: state.error, problems: "problems" in state ? (state.problems as string[] | undefined) : undefined };
}
