import type { Gazetteer } from "./gazetteer";
import { namesOf } from "./find-numbered-summits";
import { descriptionMention } from "./pattern-mention";
import { seriesOf } from "./settle-series-hosts";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * "France's upcoming AI summit", "the UK's inaugural AI summit": a summit named by the state that hosted it. Of the
 * atlas's summits that state hosted or co-hosted, the one whose names (or its series' names up to it) hold the words
 * between the state and the summit word; of several, the one nearest the article's date (within a year), or the only
 * one when the article is undated ("inaugural", "first": the first of its series). Only in a sentence about AI, and
 * only where no event is named already.
 */

const POSSESSED_SUMMIT = /^['’]s\s+((?:[A-Za-z][\w-]*\s+){0,4}?)summit\b/i;
/** Words that say nothing of which summit it is. */
const GENERIC = /^(?:ai|artificial|intelligence|global|international|world|upcoming|inaugural|first|recent|landmark|own|latest|next|flagship|high-level|historic|major)$/i;
const AI_WORD = /\b(?:AI|artificial intelligence)\b/i;
const DAY_MS = 86400000;
const WITHIN_DAYS = 366;

export function findHostedSummits({
  gazetteer,
  text,
  sentences,
  mentions,
  publishedAt,
}: {
  gazetteer: Gazetteer;
  text: string;
  sentences: { start: number; end: number }[];
  mentions: FoundMention[];
  publishedAt: string | null;
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const state of mentions) {
    if (state.kind !== "country") continue;
    const m = POSSESSED_SUMMIT.exec(text.slice(state.end, state.end + 80));
    if (!m) continue;
    const start = state.end + m[0].length - "summit".length - m[1].length;
    const end = state.end + m[0].length;
    const s = sentences.find((x) => x.start <= state.start && state.start < x.end);
    if (!s || !AI_WORD.test(text.slice(s.start, s.end))) continue;
    if (mentions.some((x) => x.kind === "event" && x.start < end && start < x.end)) continue;
    const telling = m[1]
      .trim()
      .split(/\s+/)
      .filter((w) => w && !GENERIC.test(w));
    const hosted = [...gazetteer.entries.values()].filter(
      (e) =>
        e.kind === "event" &&
        e.status !== "proposed" &&
        !!e.date &&
        (e.hostIds ?? []).includes(state.entityId) &&
        /summit/i.test(namesOf(e)) &&
        telling.every((w) => {
          const word = new RegExp(`\\b${w.replace(/[^\w-]/g, "")}`, "i");
          if (word.test(namesOf(e))) return true;
          // (a word of the series' earlier names: "the UK's AI Safety Summit" for a later edition it co-hosted)
          const earlier = seriesOf({ eventId: e.id, gazetteer })
            .map((id) => gazetteer.entries.get(id)!)
            .filter((x) => x.date && x.date <= e.date!);
          return earlier.some((x) => word.test(namesOf(x)));
        }),
    );
    // ("the UK's inaugural summit": the first of its series)
    const firstOnly = /\b(?:inaugural|first)\b/i.test(m[1]);
    const fits = firstOnly
      ? hosted.filter((e) =>
          seriesOf({ eventId: e.id, gazetteer }).every((id) => {
            const x = gazetteer.entries.get(id)!;
            return !x.date || x.date >= e.date!;
          }),
        )
      : hosted;
    let event: GazetteerEntry | undefined;
    if (publishedAt) {
      const at = Date.parse(publishedAt.slice(0, 10));
      const near = fits
        .map((e) => ({ e, days: Math.abs(Date.parse(e.date!.slice(0, 10)) - at) / DAY_MS }))
        .filter((x) => x.days <= WITHIN_DAYS)
        .sort((a, b) => a.days - b.days);
      if (near.length && (near.length === 1 || near[0].days < near[1].days)) event = near[0].e;
    } else if (fits.length === 1) event = fits[0];
    if (!event) continue;
    out.push(descriptionMention({ entityId: event.id, kind: "event", surface: text.slice(start, end), start, form: `${event.nameEn} (the summit the state hosted)` }));
  }
  return out;
}
