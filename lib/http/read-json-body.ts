import type { ZodType } from "zod";
import { jsonError } from "@/lib/http/json-responses";
import { decodeUtf8Strict, NOT_UTF8_MESSAGE } from "@/lib/http/decode-utf8";
import { zodMessage } from "@/lib/http/zod-message";

const MAX_JSON_BODY_BYTES = 256 * 1024;

/**
 * Reads and validates a JSON body with a hard size limit (declared and actual), so no write endpoint
 * buffers or stores unbounded input. Returns the parsed value or a ready 400/413/415 response.
 */
export async function readJsonBody<T>({ request, schema, maxBytes = MAX_JSON_BODY_BYTES }: { request: Request; schema: ZodType<T>; maxBytes?: number }): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, response: jsonError({ status: 415, message: "send JSON (Content-Type: application/json)" }) };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: jsonError({ status: 413, message: `body larger than ${maxBytes} bytes` }) };
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) return { ok: false, response: jsonError({ status: 413, message: `body larger than ${maxBytes} bytes` }) };
  const text = decodeUtf8Strict({ bytes });
  if (text === null) return { ok: false, response: jsonError({ status: 400, message: NOT_UTF8_MESSAGE }) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError({ status: 400, message: "body is not valid JSON" }) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: jsonError({ status: 400, message: zodMessage(parsed.error) }) };
  return { ok: true, data: parsed.data };
}
