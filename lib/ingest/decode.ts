import chardet from "chardet";
import iconv from "iconv-lite";
import { IngestError } from "@/lib/errors/ingest-error";
import { MAX_BYTES, tooLargeMessage } from "./ingest-limits";

const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP / Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["Word (OLE) document", [0xd0, 0xcf, 0x11, 0xe0]],
];

/** The charset an HTML page declares in its first bytes (<meta charset> / http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

const CJK_FAMILY = new Set(["gb18030", "gbk", "gb2312", "gb-2312", "x-gbk", "euc-cn", "hz-gb-2312"]);

function replacementRatio(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / text.length;
}

/**
 * Bytes → text. Refuses empty, > 5 MB and binary input; accepts UTF-8 (with or without BOM), UTF-16 with BOM, and
 * legacy encodings (GB18030/GBK/GB2312, Big5, Latin-1 …) detected from the HTML declaration or by chardet.
 * GB2312/GBK are decoded as their superset GB18030. Never returns mojibake: a decode that leaves replacement
 * characters is an "undecodable" error.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new IngestError("empty", "the file is empty");
  if (bytes.length > MAX_BYTES) {
    throw new IngestError("too-large", tooLargeMessage(bytes.length));
  }
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) throw new IngestError("binary", `this is a binary file (${name}), not text or HTML`);
  }
  // BOMs
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder("utf-8").decode(bytes.subarray(3)), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");

  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new IngestError("binary", "this is a binary file (it contains NUL bytes), not text or HTML");
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  if (controls / sample.length > 0.05) throw new IngestError("binary", "this looks like a binary file, not text or HTML");

  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    // not UTF-8: fall through to detection
  }
  const candidates: string[] = [];
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8" && declared !== "utf8") candidates.push(CJK_FAMILY.has(declared) ? "gb18030" : declared);
  for (const guess of chardet.analyse(bytes).slice(0, 4)) {
    const name = guess.name.toLowerCase();
    if (name.startsWith("utf")) continue;
    candidates.push(CJK_FAMILY.has(name) ? "gb18030" : name);
  }
  // Chinese sites are the common non-UTF-8 case: always try GB18030, then Big5
  candidates.push("gb18030", "big5");
  let bestText: string | null = null;
  let best: { enc: string; score: number; ratio: number } | null = null;
  for (const enc of [...new Set(candidates)]) {
    if (!iconv.encodingExists(enc)) continue;
    const text = iconv.decode(Buffer.from(bytes), enc);
    const ratio = replacementRatio(text);
    // single-byte Western decodings never fail: penalise the accented-letter soup they make of CJK bytes
    const score = ratio + (/^(?:iso-8859|windows-12|latin|cp12|macintosh|koi8)/.test(enc) ? 0.5 * latinSoupRatio(text) : 0);
    if (!best || score < best.score) {
      best = { enc, score, ratio };
      bestText = text;
    }
  }
  if (!best || bestText === null || best.ratio > 0.001 || best.score > 0.05) {
    throw new IngestError("undecodable", "the text encoding could not be recognised (not UTF-8, GB18030/GBK or another known encoding)");
  }
  return finish(bestText, best.enc);
}

function latinSoupRatio(text: string): number {
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x2ff) high++;
  }
  return text.length ? high / text.length : 0;
}

function finish(text: string, encoding: string) {
  return { text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), encoding };
}
