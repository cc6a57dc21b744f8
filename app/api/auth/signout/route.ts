import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { revokeSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { jsonError } from "@/lib/http/json-responses";

/** POST: revokes the current session (cookie or bearer token) server-side and clears the cookie. */
export async function POST(request: Request) {
  if (!isSameOriginRequest({ headers: request.headers, url: request.url })) return jsonError({ status: 403, message: "cross-site request refused" });
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookie = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`))?.[1];
  const token = bearer ?? cookie;
  if (token) revokeSession({ db: getDb(), token: decodeURIComponent(token) });
  const response = NextResponse.json({ signedOut: true });
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
