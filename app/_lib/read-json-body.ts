import type { ZodType } from "zod";
import { jsonError } from "@/app/_lib/json-responses";
import { decodeUtf8Strict, NOT_UTF8_MESSAGE } from "@/lib/http/decode-utf8";
import { zodMessage } from "@/lib/http/zod-message";

const MAX_JSON_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON body with a hard size limit (declared and actual), so no write endpoint buffers or stores
 * unbounded input. Returns the raw value (validation is the write path's zod step) or a ready 400/413/415.
 */
export async function readJsonValue({
  request,
  maxBytes = MAX_JSON_BODY_BYTES,
}: {
  request: Request;
  maxBytes?: number;
}): Promise<{ ok: true; data: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, response: jsonError({ status: 415, message: "send JSON (Content-Type: application/json)" }) };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: jsonError({ status: 413, message: `body larger than ${maxBytes} bytes` }) };
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) return { ok: false, response: jsonError({ status: 413, message: `body larger than ${maxBytes} bytes` }) };
  const text = decodeUtf8Strict({ bytes });
  if (text === null) return { ok: false, response: jsonError({ status: 400, message: NOT_UTF8_MESSAGE }) };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError({ status: 400, message: "body is not valid JSON" }) };
  }
}

/** readJsonValue, then validated by `schema` (400 naming the fields), for JSON bodies that are not writes (sign-in). */
export async function readJsonBody<T>({
  request,
  schema,
  maxBytes = MAX_JSON_BODY_BYTES,
}: {
  request: Request;
  schema: ZodType<T>;
  maxBytes?: number;
}): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const raw = await readJsonValue({ request, maxBytes });
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.data);
  if (!parsed.success) return { ok: false, response: jsonError({ status: 400, message: zodMessage(parsed.error) }) };
  return { ok: true, data: parsed.data };
}
