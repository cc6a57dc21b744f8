import { z } from "zod";
import { IngestError } from "@/lib/errors/ingest-error";
import { MAX_BYTES, tooLargeMessage } from "./ingest-limits";
import type { ArticleHints } from "./extract-article";
import type { ArticleSource } from "./prepare-article";

/** JSON body of POST /api/articles. */
export const articleInputSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    body: z.string().min(1).max(MAX_BYTES).optional(),
    html: z.string().min(1).max(MAX_BYTES).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    publisher: z.string().trim().min(1).max(200).optional(),
    publishedAt: z.string().trim().max(40).optional(),
    language: z.enum(["zh", "en"]).optional(),
  })
  .strict()
  .refine((v) => v.body !== undefined || v.html !== undefined, { message: "give the article as `body` (text) or `html`" });

export type ArticleInput = z.infer<typeof articleInputSchema>;

export function hintsOf(v: { title?: string; url?: string; publisher?: string; publishedAt?: string; language?: "zh" | "en" }): ArticleHints {
  return { title: v.title, url: v.url, publisher: v.publisher, publishedAt: v.publishedAt, language: v.language };
}

/** Validated JSON input → what to extract (HTML through Readability, text/Markdown through the text path). */
export function articleSourceFromInput(input: ArticleInput): ArticleSource {
  const hints = hintsOf(input);
  if (input.html !== undefined) return { kind: "text", text: input.html, hints, format: "html" };
  return { kind: "text", text: input.body!.replace(/\r\n?/g, "\n"), hints };
}

/** An uploaded file (multipart) → its bytes, refused when empty or over MAX_BYTES. */
async function sourceFromUpload(file: File, hints: ArticleHints): Promise<ArticleSource> {
  if (file.size === 0) throw new IngestError("empty", `${file.name || "the upload"}: the file is empty`);
  if (file.size > MAX_BYTES) throw new IngestError("too-large", `${file.name}: ${tooLargeMessage(file.size)}`);
  return { kind: "bytes", bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, hints };
}

const formHintsSchema = z.object({
  title: z.string().trim().max(500).optional(),
  url: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).optional(),
  publisher: z.string().trim().max(200).optional(),
  publishedAt: z.string().trim().max(40).optional(),
  language: z.union([z.literal(""), z.enum(["zh", "en"])]).optional(),
  body: z.string().max(MAX_BYTES).optional(),
});

/** A multipart form (API or upload page): a `file`, or a pasted `body`, plus optional metadata fields. */
export async function articleSourceFromForm(form: FormData): Promise<ArticleSource> {
  const field = (k: string) => {
    const v = form.get(k);
    // The form parser turns bytes that are not UTF-8 into U+FFFD: refuse rather than store the damage.
    if (typeof v === "string" && v.includes("\uFFFD")) throw new IngestError("invalid-input", `${k}: not valid UTF-8 (send form fields as UTF-8; files may be GB18030)`);
    return typeof v === "string" && v.trim() !== "" ? v : undefined;
  };
  const parsed = formHintsSchema.safeParse({
    title: field("title"),
    url: field("url"),
    publisher: field("publisher"),
    publishedAt: field("publishedAt"),
    language: field("language"),
    body: field("body"),
  });
  if (!parsed.success) throw new IngestError("invalid-input", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const v = parsed.data;
  const hints = hintsOf({ ...v, url: v.url || undefined, language: v.language || undefined });
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) return sourceFromUpload(file, hints);
  if (v.body) return { kind: "text", text: v.body.replace(/\r\n?/g, "\n"), hints, format: /^\s*</.test(v.body) ? "html" : undefined };
  throw new IngestError("invalid-input", "choose a file or paste the article text");
}
