import type { Gazetteer } from "./gazetteer";
import type { YearlessDay } from "./resolve-dates";
import type { DateMention, FoundMention, Sentence } from "./types";

/**
 * "The AI Act … entered into force on August 1st", "the resolution was adopted by the General Assembly on March 21":
 * in an article with no dateline of its own, a day written without a year, in a sentence that names (or follows one
 * that names) what the atlas dates on that very month and day, is that day (the atlas's year). Without the atlas's
 * record the year would be a guess from the latest day the body states, or the day would be dropped. Days of several
 * named things in different years stay as they were read.
 */
export function dateYearlessDays({
  days,
  sentences,
  mentions,
  gazetteer,
  dates,
}: {
  /** the article's yearless days (yearlessDaysOf) */
  days: YearlessDay[];
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  dates: DateMention[];
}): DateMention[] {
  if (!days.length) return dates;
  const out = [...dates];
  for (const { monthDay, ...day } of days) {
    const index = sentences.findIndex((x) => x.start <= day.start && day.start < x.end);
    if (index < 0) continue;
    const from = sentences[Math.max(0, index - 1)].start;
    const s = sentences[index];
    const named = new Set<string>();
    for (const m of mentions) {
      if (m.start < from || m.end > s.end) continue;
      const date = gazetteer.entries.get(m.entityId)?.date;
      if (date && date.length === 10 && date.slice(5) === monthDay) named.add(date);
    }
    if (named.size !== 1) continue;
    const dated: DateMention = { ...day, date: [...named][0], precision: "day", relative: true };
    const at = out.findIndex((d) => d.start === day.start && d.end === day.end);
    if (at >= 0) out[at] = dated;
    else out.push(dated);
  }
  return out.sort((a, b) => a.start - b.start);
}
