import type { Gazetteer } from "./gazetteer";
import { groupSubjects } from "./group-subjects";
import { relationOf } from "./relation-patterns";
import { mentionsBySentence } from "./sentences";
import { seriesOf } from "./settle-series-hosts";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** Several meetings of a series, spoken of together ("two upcoming summits", "future AI summits", "历届峰会"). */
const PLURAL_MEETINGS = /\b(?:summits|meetings|editions|gatherings)\b|历届|两届|几届|多届/i;
/**
 * "… hosted by", "co-hosted by", "分别由": the list of states after it hosted them. (Not "summits in the United Kingdom
 * and South Korea": a place says where they met; read as hosts, the labelled files gave 7 more correct and 15 extra.)
 */
const HOSTS_AFTER_EN = /\b(?:co-)?hosted\s+by\s+(?:the\s+)?$/i;
const HOSTS_AFTER_ZH = /(?:分别|先后)由\s*$/;
/** "… set to host", "will host", "分别主办": the list of states before it hosts them. */
const HOSTS_BEFORE_EN = /^\s*(?:(?:are|were|is)\s+)?(?:(?:set|due|expected|scheduled|slated|going)\s+to|will|would|to)\s+(?:co-)?host\b/i;
const HOSTS_BEFORE_ZH = /^\s*(?:将|也)?(?:分别|先后)(?:主办|举办|承办|举行)/;
/** What follows the list in "分别由韩国和法国主办". */
const HOSTED_THERE_ZH = /^\s*(?:主办|举办|承办)/;

/**
 * "Two upcoming summits, co-hosted by the Republic of Korea and France", "AI summits have since been hosted by South
 * Korea and France", "with South Korea and France set to host future AI summits": several meetings of a series the
 * article names, and a list of states that host them. The atlas knows who hosted each edition; a state of the list
 * that hosted exactly one edition of the series hosted that one (a state that hosted two, or none, is left out: the
 * sentence does not say which). Two states of the list that point at the same edition say nothing of either.
 */
export function readSeriesHostLists({
  text,
  source,
  sentences,
  mentions,
  gazetteer,
}: {
  /** the body as the rules read it (simplified characters, same offsets as `source`) */
  text: string;
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
}): FoundRelation[] {
  const named = [...new Set(mentions.filter((m) => m.kind === "event").map((m) => m.entityId))];
  if (!named.length) return [];
  const editions = [...new Set(named.flatMap((eventId) => seriesOf({ eventId, gazetteer })))].filter((id) => gazetteer.entries.get(id)?.hostIds?.length);
  if (editions.length < 2) return [];
  const out: FoundRelation[] = [];
  mentionsBySentence({ sentences, mentions }).forEach((inS, index) => {
    const s = sentences[index];
    const sentence = text.slice(s.start, s.end);
    if (!PLURAL_MEETINGS.test(sentence)) return;
    const countries = inS.filter((m) => m.kind === "country");
    for (const group of groupSubjects({ text, subjects: countries })) {
      if (group.members.length < 2) continue;
      const before = text.slice(s.start, group.start);
      const after = text.slice(group.end, s.end);
      const hosts = HOSTS_AFTER_EN.test(before) || HOSTS_BEFORE_EN.test(after) || HOSTS_BEFORE_ZH.test(after) || (HOSTS_AFTER_ZH.test(before) && HOSTED_THERE_ZH.test(after));
      if (!hosts) continue;
      const hostedBy = group.members.map((c) => {
        const hosted = editions.filter((id) => gazetteer.entries.get(id)!.hostIds!.includes(c.entityId));
        return hosted.length === 1 ? hosted[0] : undefined;
      });
      const taken = hostedBy.filter((id) => id !== undefined);
      if (new Set(taken).size !== taken.length) continue;
      group.members.forEach((c, i) => {
        const edition = hostedBy[i];
        if (edition === undefined) return;
        out.push({
          ...relationOf({ subject: c, objectId: edition, role: "host", s, start: group.start, end: group.end }),
          evidence: source.slice(s.start, s.end),
          why: {
            matched: source.slice(group.start, group.end),
            form: `host (of ${gazetteer.entries.get(edition)!.nameEn}, the meeting of the series the atlas records it as hosting)`,
            rule: "pattern",
          },
        });
      });
    }
  });
  return out;
}
