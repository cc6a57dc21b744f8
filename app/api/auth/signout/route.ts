import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { sessionTokenOf } from "@/lib/auth/require-role";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { revokeSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { jsonError } from "@/app/_lib/json-responses";

/** POST: revokes the current session (cookie or bearer token) server-side and clears the cookie. */
export async function POST(request: Request) {
  if (!isSameOriginRequest({ headers: request.headers, url: request.url })) return jsonError({ status: 403, message: "cross-site request refused" });
  const { token } = sessionTokenOf(request);
  if (token) revokeSession({ db: getDb(), token });
  const response = NextResponse.json({ signedOut: true });
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
