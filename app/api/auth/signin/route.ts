import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { clientAddressOf } from "@/lib/auth/client-address";
import { credentialsSchema } from "@/lib/auth/credentials-schema";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { readJsonBody } from "@/app/_lib/read-json-body";
import { jsonError } from "@/app/_lib/json-responses";

/**
 * POST {email, password}: starts a session (cookie) and also returns the token for non-browser clients
 * (send it as `Authorization: Bearer …`). Throttled per e-mail and per address: 429 when over the limit.
 */
export async function POST(request: Request) {
  // a cross-site page must not be able to sign a visitor into an account of the attacker's choosing
  if (!isSameOriginRequest({ headers: request.headers, url: request.url })) return jsonError({ status: 403, message: "cross-site request refused" });
  const body = await readJsonBody({ request, schema: credentialsSchema, maxBytes: 4096 });
  if (!body.ok) return body.response;
  const result = await signIn({ db: getDb(), ...body.data, clientAddress: clientAddressOf({ headers: request.headers }) });
  if (!result.ok) {
    return result.reason === "rate-limited"
      ? jsonError({ status: 429, message: "too many failed sign-in attempts; try again in 15 minutes" })
      : jsonError({ status: 401, message: "wrong e-mail or password" });
  }
  const response = NextResponse.json({ user: result.user, token: result.token, expiresAt: result.expiresAt.toISOString() });
  response.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions({ secure: new URL(request.url).protocol === "https:", expiresAt: result.expiresAt }));
  return response;
}
