import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import type { AtlasDatabase } from "@/db/open";
import type { UserRole } from "@/db/schema";
import { authFailureResponse } from "@/app/_lib/auth-responses";
import { jsonError } from "@/app/_lib/json-responses";
import { readJsonValue } from "@/app/_lib/read-json-body";
import { requireRole } from "@/lib/auth/require-role";
import type { WriteActor } from "@/lib/write/run-command";
import { refusalOf, type WriteRefusal } from "@/lib/errors/write-refusal";

export type ApiWriteArgs<TCtx> = { request: Request; ctx: TCtx; db: AtlasDatabase; actor: WriteActor; body: unknown };

/** A refusal as the API's JSON error: `{ error, fieldErrors?, …details }` with its status. */
export function refusalResponse(refusal: WriteRefusal): Response {
  return NextResponse.json({ error: refusal.message, ...(refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {}), ...refusal.details }, { status: refusal.status });
}

/**
 * The one adapter for API route handlers that write: authentication (session cookie with the same-origin
 * check, or `Authorization: Bearer`) for `role` → the JSON body (size-limited; `body: "none"` skips it) →
 * `handle`, which calls the write path (lib/write/run-command.ts) → a refusal thrown anywhere becomes its JSON
 * status; anything unexpected is logged and answered 500 without details.
 */
export function apiWrite<TCtx = unknown>({
  role = "editor",
  body = "json",
  maxBytes,
  handle,
}: {
  role?: UserRole;
  body?: "json" | "none";
  maxBytes?: number;
  handle: (args: ApiWriteArgs<TCtx>) => Promise<Response>;
}) {
  return async (request: Request, ctx?: TCtx): Promise<Response> => {
    const auth = await requireRole({ request, role });
    if (!auth.ok) return authFailureResponse(auth);
    let raw: unknown;
    if (body === "json") {
      const read = await readJsonValue({ request, maxBytes });
      if (!read.ok) return read.response;
      raw = read.data;
    }
    try {
      return await handle({ request, ctx: ctx as TCtx, db: getDb(), actor: { userId: auth.user.id, role: auth.user.role }, body: raw });
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return refusalResponse(refusal);
      console.error("[atlas] write failed:", error);
      return jsonError({ status: 500, message: "the change could not be saved" });
    }
  };
}
