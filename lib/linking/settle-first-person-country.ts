import type { Gazetteer } from "./gazetteer";
import { simplifyHan } from "./normalise";
import type { FoundMention } from "./types";

/**
 * Taiwan's own institutions and leaders (read in simplified characters): the Legislative and Executive Yuan, the
 * science council, the digital ministry, the Presidential Office, the Republic of China; and 臺灣, the form its
 * government writes (read as written: simplified, it is the 台湾 any press writes).
 */
const TAIWAN_SIGNAL = /立法院|行政院|国科会|数发部|数位发展部|数位部|总统府|赖清德|蔡英文|中华民国/;
const TAIWAN_FORM = /臺灣/;
/** Mainland markers: with them, a traditional-script text (a Hong Kong or Big5 mirror of mainland press) is China's. */
const MAINLAND_SIGNAL = /中共|习近平|国务院|中方|全国人大|工信部|网信办|大陆/;
const FIRST_PERSON = /^我[国國]$/;

/**
 * "為我國AI產業打造創新友善的生態圈": "our country" (我国) is China in mainland press but Taiwan in a text from
 * Taiwan, which the atlas knows by the Taiwanese institutions it names (立法院, 數位發展部 …) with no mainland marker
 * beside them.
 */
export function settleFirstPersonCountry({ text, mentions, gazetteer }: { text: string; mentions: FoundMention[]; gazetteer: Gazetteer }): FoundMention[] {
  if (!mentions.some((m) => m.kind === "country" && FIRST_PERSON.test(m.surface))) return mentions;
  const simplified = simplifyHan(text);
  if (!TAIWAN_SIGNAL.test(simplified) && !TAIWAN_FORM.test(text)) return mentions;
  if (MAINLAND_SIGNAL.test(simplified)) return mentions;
  const taiwan = [...gazetteer.entries.values()].find((e) => e.kind === "country" && e.iso3 === "TWN");
  if (!taiwan) return mentions;
  return mentions.map((m) =>
    m.kind === "country" && FIRST_PERSON.test(m.surface)
      ? { ...m, entityId: taiwan.id, why: { matched: m.surface, form: `${m.surface} (our country, in a text from Taiwan)`, rule: m.why?.rule ?? "exact-alias" } }
      : m,
  );
}
