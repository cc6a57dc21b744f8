import { lazyOpenccConverter } from "./opencc-converters";

/**
 * Traditional Chinese for the /zh-hant interface, converted at render time from the simplified catalogue and
 * the simplified data (OpenCC, mainland → Taiwan standard characters). Names with an official traditional form
 * that character conversion would get wrong are listed in OFFICIAL_TRADITIONAL and win.
 */
// One converter for the process, shared with search (lib/i18n/opencc-converters.ts).
const convert = lazyOpenccConverter({ from: "cn", to: "tw" });
const memo = new Map<string, string>();
const MEMO_MAX = 20_000;
const HAN = /\p{Script=Han}/u;

/** Official traditional names that differ from a character-by-character conversion of the simplified name. */
export const OFFICIAL_TRADITIONAL: Record<string, string> = {
  赞比亚: "尚比亞",
  新西兰: "紐西蘭",
  意大利: "義大利",
  澳大利亚: "澳洲",
  沙特阿拉伯: "沙烏地阿拉伯",
};

export function toTraditional(text: string): string;
export function toTraditional(text: string | null): string | null;
export function toTraditional(text: string | null | undefined): string | null | undefined;
export function toTraditional(text: string | null | undefined): string | null | undefined {
  if (!text || !HAN.test(text)) return text;
  const official = OFFICIAL_TRADITIONAL[text];
  if (official) return official;
  let out = memo.get(text);
  if (out === undefined) {
    out = convert(text);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, out);
  }
  return out;
}

type Messages = { [key: string]: string | Messages };

/** Every string of a message catalogue converted (ICU placeholders are ASCII, so they pass through unchanged). */
export function messagesToTraditional(messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, typeof v === "string" ? toTraditional(v) : messagesToTraditional(v)]));
}
