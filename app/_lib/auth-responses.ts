import { jsonError } from "@/app/_lib/json-responses";
import type { AuthResult } from "@/lib/auth/require-role";

/** 401/403 as the API's usual JSON error; 401 also tells clients how to authenticate. */
export function authFailureResponse(result: Extract<AuthResult, { ok: false }>) {
  const response = jsonError({ status: result.status, message: result.error });
  if (result.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="policy-atlas"');
  return response;
}
