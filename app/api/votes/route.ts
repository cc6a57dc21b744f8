import { NextResponse } from "next/server";
import { apiWrite } from "@/app/_lib/api-write";
import { jsonError } from "@/app/_lib/json-responses";
import { importVotes, VoteImportError } from "@/lib/votes/import-votes";
import { MAX_VOTES_CSV_BYTES } from "@/lib/votes/parse-votes-csv";

/**
 * POST /api/votes (editor): a recorded-votes CSV (symbol,iso3,vote,source) as the body (text/csv) or as the
 * `file` of a multipart form. All or nothing: any bad row → 400 with every problem and its line number.
 */
export const POST = apiWrite({
  body: "none",
  handle: async ({ request, db, actor }) => {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_VOTES_CSV_BYTES + 10_000) return jsonError({ status: 413, message: `the file is larger than ${MAX_VOTES_CSV_BYTES / 1_000_000} MB` });
    let text: string;
    try {
      const type = request.headers.get("content-type") ?? "";
      if (type.startsWith("multipart/form-data")) {
        const file = (await request.formData()).get("file");
        if (!(file instanceof File)) return jsonError({ status: 400, message: "send the CSV as the form field `file`" });
        text = await file.text();
      } else if (type.startsWith("text/csv") || type.startsWith("text/plain")) {
        text = await request.text();
      } else {
        return jsonError({ status: 415, message: "send text/csv or multipart/form-data" });
      }
    } catch {
      return jsonError({ status: 400, message: "the request could not be read" });
    }
    try {
      const result = importVotes({ db, text, actor });
      return NextResponse.json({ ok: true, ...result }, { status: 201 });
    } catch (error) {
      if (error instanceof VoteImportError) return NextResponse.json({ error: "the votes were not imported", problems: error.problems }, { status: 400 });
      throw error;
    }
  },
});
