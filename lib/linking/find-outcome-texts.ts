import { placePattern, placesOfEvents } from "./find-venue-references";
import type { Gazetteer } from "./gazetteer";
import { outcomeTextsOf } from "./resolve-references";
import { sentenceIndexAt } from "./sentences";
import type { FoundMention, GazetteerEntry, ProposedEvent, Sentence } from "./types";

/** The kind of text a meeting adopts, as news names it without its title. */
const OUTCOME_NOUN = /宣言|声明|公报|承诺|\b(?:declaration|statement|communiqu[eé]|commitments)\b/gi;
/** What the atlas's own texts of that kind are called. */
const OUTCOME_NAME = /declaration|statement|communiqu|宣言|声明|公报/i;
/** A meeting's texts in the atlas that are called a declaration, a statement or a communiqué. */
const declarationsOf = ({ gazetteer, eventId }: { gazetteer: Gazetteer; eventId: number }): GazetteerEntry[] =>
  outcomeTextsOf({ gazetteer, eventId }).filter((t) => OUTCOME_NAME.test(`${t.nameEn} ${t.nameZh ?? ""}`));
/** A set of commitments, as news names it and as the atlas titles it. */
const COMMITMENTS = /commitments|承诺/i;
/**
 * "said in a statement", "issued a statement on Tuesday", "according to a statement from the government", "发表声明称":
 * how something was said, not the text adopted.
 */
const REPORTING = /\b(?:in|issued|released|said|says|according to)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?$|发表$|发布$|在$/i;
const REPORTING_AFTER = /^\s*(?:said|says|that|称|表示|指出)/;

/** A name without what its brackets say: they may name another text ("Seoul Declaration (with annex Seoul Statement …)"). */
export const withoutBrackets = (names: string) => names.replace(/（[^）]*）|\([^)]*\)/g, " ");

/** The names a text of the same kind goes by ("a declaration" is a Declaration or a 宣言). */
function familyOf(noun: string): RegExp {
  if (/宣言|declaration/i.test(noun)) return /declaration|宣言/i;
  if (/声明|statement/i.test(noun)) return /statement|声明/i;
  if (COMMITMENTS.test(noun)) return COMMITMENTS;
  return /communiqu|公报/i;
}

/**
 * "Fifty-eight countries signed a declaration … at an AI Summit in Paris on Tuesday", "峰会通过了宣言": a meeting the
 * sentence reports, named or dated, with one declaration or statement of its own in the atlas (the text is part of
 * the meeting there): "a declaration" in that sentence is that text, and "commitments" its one set of commitments.
 * A meeting with two such texts, or none, links nothing (a guess would be worse than a miss); a sentence that
 * already names a text is left as it is.
 */
export function findOutcomeTexts({
  text,
  sentences,
  mentions,
  events,
  gazetteer,
  publishedAt,
}: {
  /** the body as the rules read it (simplified characters, same offsets as the source) */
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  events: ProposedEvent[];
  gazetteer: Gazetteer;
  /** the article's day, when known: a text named by its meeting's place is not one of a meeting long after it */
  publishedAt: string | null;
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const e of events) {
    const meeting = e.matchedEntityId === null ? undefined : gazetteer.entries.get(e.matchedEntityId);
    if (!meeting || meeting.kind !== "event") continue;
    const s = sentences.find((x) => x.start <= e.evidenceStart && e.evidenceStart < x.end);
    if (!s) continue;
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.some((m) => m.kind === "initiative" || m.kind === "resolution") || out.some((m) => m.evidenceStart === s.start)) continue;
    const all = outcomeTextsOf({ gazetteer, eventId: meeting.id });
    // commitments are their own kind of text: "firms made safety commitments at the summit" is its one set of them
    const ofKind = {
      text: all.filter((t) => OUTCOME_NAME.test(`${t.nameEn} ${t.nameZh ?? ""}`)),
      commitments: all.filter((t) => COMMITMENTS.test(`${t.nameEn} ${t.nameZh ?? ""}`)),
    };
    const linked = new Set<keyof typeof ofKind>();
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(OUTCOME_NOUN)) {
      const kind = COMMITMENTS.test(m[0]) ? "commitments" : "text";
      if (linked.has(kind) || ofKind[kind].length !== 1) continue;
      const t = ofKind[kind][0];
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (REPORTING.test(sentence.slice(0, m.index)) || REPORTING_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      // the atlas may hold only one of a meeting's texts (the leaders' declaration, not the ministers' statement of the
      // next day): the text must be of the day the sentence reports, or be called what the sentence calls it
      // (two days of one summit are two days: only a text dated less finely than a day may be of a day in its month;
      // a name's brackets may name another text: "Seoul Declaration (with annex Seoul Statement of Intent …)")
      const sameDay = e.precision === "day" && t.date === e.date;
      const sameMonth = !!t.date && t.date.length < 10 && e.date.startsWith(t.date);
      const names = withoutBrackets([t.nameEn, t.nameZh ?? "", ...t.aliases.map((a) => a.alias)].join(" "));
      if (!sameDay && !(sameMonth && familyOf(m[0]).test(names))) continue;
      out.push(textNamedByNoun({ entityId: t.id, kind: "initiative", noun: m[0], start, sentence, sentenceStart: s.start, form: `${t.nameEn} (the text of ${meeting.nameEn})` }));
      linked.add(kind);
    }
  }
  out.push(...findTextsAtNamedMeetings({ text, sentences, mentions, gazetteer, taken: out }));
  out.push(...findTextsNamedByPlace({ text, sentences, mentions, gazetteer, publishedAt, taken: out }));
  out.push(...findTextsOfArticleMeeting({ text, sentences, mentions, events, gazetteer, taken: out }));
  return out.sort((a, b) => a.start - b.start);
}

/** "the pact signed at the AI Action Summit", "峰会通过的宣言": a text named by its kind and by the meeting that made it. */
const AT_MEETING_EN =
  /\b(declaration|statement|communiqu[eé]|pact|accord)\s+(?:(?:that\s+)?(?:was\s+|were\s+)?)(?:signed|adopted|issued|agreed|endorsed|unveiled|released)\s+(?:at|during|by)\s+(?:the\s+)?/gi;
/** "the final declaration of the global AI summit, which concluded on Tuesday in Paris": the meeting's own text */
const OF_MEETING_EN = /\b(declaration|statement|communiqu[eé])\s+of\s+(?:the\s+)?(?=[^.;]{0,60}?\b(?:summit|meeting|conference|forum)\b)/gi;
const AT_MEETING_ZH = /(?:上|期间)?(?:通过|发表|签署|达成|发布)(?:了)?的(?:《)?(宣言|声明|公报)/g;
/** "…unfolded at the AI Impact Summit, where 86 nations signed a joint declaration": the act on a text of the one meeting the sentence names */
const SIGNED_TEXT_EN =
  /\b(?:sign(?:ed)?|adopt(?:ed)?|endorse[d]?|agreed(?: on)?)\s+(?:an?|the|its|their)\s+(?:(?:joint|final|shared|leaders['’]?)\s+)?(declaration|statement|communiqu[eé]|pact|accord)\b/gi;
const SIGNED_TEXT_ZH = /(?:签署|通过)了?(?:一份|一项)?(?:联合)?(宣言|声明|公报)/g;
/** "the India AI Impact Summit saw … a Summit declaration signed by 91 governments": the text of the summit named there */
const SUMMIT_TEXT_EN = /\b(?:an?|the|its)\s+(?:(?:final|joint|main|official)\s+)?[Ss]ummit(?:['’]s)?\s+(declaration|statement|communiqu[eé])\b/g;

/** Of a meeting's texts, those called what the noun calls them ("a declaration" is a Declaration or a 宣言). */
function textsOfKind({ texts, noun }: { texts: GazetteerEntry[]; noun: string }): GazetteerEntry[] {
  return texts.filter((t) => familyOf(noun).test(withoutBrackets(`${t.nameEn} ${t.nameZh ?? ""}`)));
}

/** The noun of a text's kind written as part of a meeting's name ("… Summit Declaration", "…峰会宣言"). */
const TITLE_NOUN_AFTER = /^(?:\s+(Declaration|Statement|Communiqu[eé])\b|(宣言|声明|公报))/;

function findTextsAtNamedMeetings({
  text,
  sentences,
  mentions,
  gazetteer,
  taken,
}: {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  /** texts the dated reading found: a sentence gets one */
  taken: FoundMention[];
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const s of sentences) {
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.some((m) => m.kind === "initiative" || m.kind === "resolution") || taken.some((m) => m.evidenceStart === s.start)) continue;
    const meetings = inS.filter((m) => m.kind === "event");
    if (!meetings.length) continue;
    const sentence = text.slice(s.start, s.end);
    // "endorsed the AI Impact Summit Declaration", "峰会宣言": the meeting's name is the start of its text's title
    const titled = meetings.map((m) => ({ m, noun: TITLE_NOUN_AFTER.exec(text.slice(m.end, s.end)) })).find((x) => x.noun);
    if (titled?.noun) {
      const { m, noun } = titled;
      const texts = textsOfKind({ texts: outcomeTextsOf({ gazetteer, eventId: m.entityId }), noun: noun[1] ?? noun[2] });
      if (texts.length === 1) {
        const end = m.end + noun[0].length;
        out.push(
          textNamedByNoun({
            entityId: texts[0].id,
            kind: "initiative",
            noun: text.slice(m.start, end),
            start: m.start,
            sentence,
            sentenceStart: s.start,
            form: `${texts[0].nameEn} (the text of ${gazetteer.entries.get(m.entityId)!.nameEn})`,
          }),
        );
        continue;
      }
    }
    // en: the noun, then the act, then the meeting's name right after ("… at the just concluded AI Action Summit")
    // zh: the meeting's name, then the act and the noun ("巴黎人工智能行动峰会上通过的声明")
    const found: { noun: string; start: number; meetingId: number; own?: boolean }[] = [];
    // (how far after the noun the meeting's name may start; `own`: the meeting's own text, whatever its title calls it)
    for (const [re, reach, own] of [
      [AT_MEETING_EN, 25, false],
      [OF_MEETING_EN, 60, true],
    ] as const) {
      for (const m of sentence.matchAll(re)) {
        const after = s.start + m.index + m[0].length;
        const meeting = meetings.find((x) => x.start >= after && x.start - after <= reach);
        if (meeting) found.push({ noun: m[1], start: s.start + m.index, meetingId: meeting.entityId, own });
      }
    }
    for (const m of sentence.matchAll(AT_MEETING_ZH)) {
      const at = s.start + m.index;
      const meeting = meetings.find((x) => x.end <= at && at - x.end <= 4);
      if (meeting) found.push({ noun: m[1], start: at + m[0].length - m[1].length, meetingId: meeting.entityId });
    }
    if (!found.length && new Set(meetings.map((m) => m.entityId)).size === 1) {
      for (const re of [SIGNED_TEXT_EN, SIGNED_TEXT_ZH, SUMMIT_TEXT_EN]) {
        for (const m of sentence.matchAll(re)) {
          // ("signed the pact adopted at a meeting of ministers": the sentence places the text at another meeting)
          // (a "Summit declaration" says whose it is: "signed by 91 governments" after it is who signed)
          if (
            re !== SUMMIT_TEXT_EN &&
            /^\s+(?:that\s+)?(?:was\s+)?(?:signed|adopted|issued|agreed|endorsed|unveiled|released)\s+(?:at|during|by)\b/i.test(sentence.slice(m.index + m[0].length))
          )
            continue;
          // (a text signed at the meeting is its one text, whatever news calls it: "61 countries … to sign a joint
          // declaration" of the Paris summit, whose text is titled a statement)
          found.push({ noun: m[1], start: s.start + m.index + m[0].length - m[1].length, meetingId: meetings[0].entityId, own: /^(?:sign|签署)/i.test(m[0]) });
        }
      }
    }
    for (const f of found) {
      const end = f.start + f.noun.length;
      if (mentions.some((x) => x.start < end && f.start < x.end)) continue;
      const texts = declarationsOf({ gazetteer, eventId: f.meetingId });
      // "a declaration" must be the meeting's declaration; "the pact", "the accord" its one text, whatever it is called
      // ("the final declaration of the summit": the meeting's own text, which news calls a declaration whatever its title)
      const named = /pact|accord/i.test(f.noun) || (f.own && texts.length === 1) ? texts : textsOfKind({ texts, noun: f.noun });
      if (named.length !== 1) continue;
      const t = named[0];
      const meeting = gazetteer.entries.get(f.meetingId)!;
      out.push(
        textNamedByNoun({
          entityId: t.id,
          kind: "initiative",
          noun: text.slice(f.start, end),
          start: f.start,
          sentence,
          sentenceStart: s.start,
          form: `${t.nameEn} (the text of ${meeting.nameEn})`,
        }),
      );
      break;
    }
  }
  return out;
}

/** "a declaration", "the pact": a text named by the noun of its kind, as a mention of the text (why: description). */
export function textNamedByNoun({
  entityId,
  kind,
  noun,
  start,
  sentence,
  sentenceStart,
  form,
}: {
  entityId: number;
  kind: FoundMention["kind"];
  noun: string;
  start: number;
  sentence: string;
  sentenceStart: number;
  form: string;
}): FoundMention {
  return {
    entityId,
    kind,
    surface: noun,
    start,
    end: start + noun.length,
    confidence: 0.6,
    method: "descriptive",
    evidence: sentence,
    evidenceStart: sentenceStart,
    why: { matched: noun, form, rule: "description" },
  };
}

/** What may stand between a meeting's place and its text's noun: "Paris AI Action Summit declaration", "巴黎AI峰会宣言". */
const AFTER_PLACE_EN =
  /^(?:\s+(?:AI|A\.I\.|artificial intelligence))?(?:\s+(?:action|impact|safety))?(?:\s+summit(?:['’]s)?)?(?:\s+(?:final|joint|leaders['’]?))?\s+(declaration|statement|communiqu[eé])\b/i;
const AFTER_PLACE_ZH = /^\s*(?:AI|人工智能)?\s*(?:行动|影响力|安全)?(?:峰会|高峰会)?(?:最终|联合)?(宣言|声明|公报)/;

/**
 * "the Paris declaration", "Paris Summit Declaration", "《巴黎人工智能宣言》": news names a summit's text by the place
 * the summit met, whatever its title. The place must be one where a single atlas meeting with texts of its own met,
 * and the noun must fit one of them (its one text, or the one called what the noun says); else nothing is linked.
 */
function findTextsNamedByPlace({
  text,
  sentences,
  mentions,
  gazetteer,
  publishedAt,
  taken,
}: {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  publishedAt: string | null;
  taken: FoundMention[];
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const place of placesOfEvents({ gazetteer })) {
    const meetings = place.events.filter((e) => outcomeTextsOf({ gazetteer, eventId: e.id }).length);
    if (meetings.length !== 1) continue;
    // ("the New Delhi Declaration" of a 2023 article is another meeting's: the atlas's was three years later)
    // (a draft is talked of in the weeks before)
    const met = meetings[0].date;
    if (met && publishedAt && Date.parse(publishedAt.slice(0, 10)) < Date.parse(met.slice(0, 10).padEnd(10, "-01")) - 60 * 86_400_000) continue;
    const texts = declarationsOf({ gazetteer, eventId: meetings[0].id });
    for (const found of text.matchAll(placePattern(place))) {
      const at = found.index;
      const after = (place.latin ? AFTER_PLACE_EN : AFTER_PLACE_ZH).exec(text.slice(at + found[0].length, at + found[0].length + 60));
      if (!after) continue;
      // ("the 2023 New Delhi Declaration": a year before the place must be the meeting's)
      const year = /((?:19|20)\d\d)(?:\s*年)?\s*$/.exec(text.slice(Math.max(0, at - 8), at));
      if (year && !met?.startsWith(year[1])) continue;
      const end = at + found[0].length + after[0].length;
      const nounStart = end - after[1].length;
      const named = texts.length === 1 ? texts : textsOfKind({ texts, noun: after[1] });
      if (named.length !== 1) continue;
      const t = named[0];
      // (the meeting's own name may hold the place, "Paris AI Action Summit declaration": the text is then its noun;
      // a reference back to this very text, not stored, "the Paris AI Declaration" read as the summit's, is no other name)
      const inside = mentions.filter((m) => m.start < end && at < m.end && !(m.entityId === t.id && m.evidence === ""));
      if (inside.some((m) => m.entityId !== meetings[0].id) || [...taken, ...out].some((m) => m.start < end && at < m.end)) continue;
      const start = inside.length ? nounStart : at;
      if (inside.some((m) => m.end > start)) continue;
      const s = sentences.find((x) => x.start <= at && at < x.end);
      if (!s) continue;
      out.push(
        textNamedByNoun({
          entityId: t.id,
          kind: "initiative",
          noun: text.slice(start, end),
          start,
          sentence: text.slice(s.start, s.end),
          sentenceStart: s.start,
          form: `${t.nameEn} (the text of ${meetings[0].nameEn}, named by where it met)`,
        }),
      );
    }
  }
  return out;
}

/**
 * "the US and the UK did not sign the final declaration of the French-hosted AI summit", "60 countries signing a
 * declaration": a text signed, adopted or endorsed, or called the meeting's final or joint text, in an article that
 * reports one atlas meeting with texts of its own, is that meeting's text (one of the noun's kind, or its one text
 * when signed or called final) though the sentence names no meeting. An article about two such meetings links nothing.
 */
const ARTICLE_TEXT_EN =
  /\b(?:(?:sign(?:ed|ing)?|adopt(?:ed|ing)?|endorse[ds]?|endorsing|back(?:ed|ing)?|join(?:ed|ing)?|support(?:ed|ing)?)\s+(?:on\s+to\s+)?(?:an?|the|its|their|this|that)\s+(?:(?:joint|final|summit['’]?s?|closing)\s+)?|the\s+(?:final|joint|closing|summit['’]s|summit)\s+)(declaration|statement|communiqu[eé])\b/gi;
const ARTICLE_TEXT_ZH = /(?:签署了?|通过了|支持|加入|赞同)(?:该|这份|这一|一份|峰会的?|最终|联合)?(宣言|声明|公报)/g;
/** "The statement, signed by France, China and India …": the text named before those who signed it */
const ARTICLE_TEXT_SIGNED_BY_EN =
  /\bthe\s+(?:(?:final|joint|closing|summit['’]s)\s+)?(declaration|statement|communiqu[eé]),?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:signed|adopted|endorsed|backed)\s+by\b/gi;
/** "did not sign", "was unlikely to sign", "the decision not to sign", "未签署": no text is said to be signed */
const NOT_DONE_BEFORE = /\b(?:not|never|n['’]t|unlikely to|refus\w*(?:\s+to)?|declin\w*(?:\s+to)?|without)\s+(?:[\w-]+\s+)?$|(?:未|没有|拒绝|不)\s*$/i;
/** "Seoul Ministerial Statement: …": a titled text the sentence names itself, which the atlas does not hold */
const TITLED_TEXT = /\b[A-Z][\w-]+\s+(?:Ministerial\s+|Joint\s+|Leaders['’]?\s+)?(?:Declaration|Statement|Communiqu[eé])\b/;

function findTextsOfArticleMeeting({
  text,
  sentences,
  mentions,
  events,
  gazetteer,
  taken,
}: {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  events: ProposedEvent[];
  gazetteer: Gazetteer;
  taken: FoundMention[];
}): FoundMention[] {
  const meetingIds = new Set([
    ...mentions.filter((m) => m.kind === "event").map((m) => m.entityId),
    ...events.flatMap((e) => (e.matchedEntityId !== null && gazetteer.entries.get(e.matchedEntityId)?.kind === "event" ? [e.matchedEntityId] : [])),
  ]);
  const withTexts = [...meetingIds].map((id) => ({ id, texts: declarationsOf({ gazetteer, eventId: id }) })).filter((x) => x.texts.length > 0);
  if (!withTexts.length) return [];
  // an article about two such meetings: the one named in the sentence just before, or the one before that
  // ("… have not signed an agreement at a global summit in Paris. The statement, signed by France, China …")
  const namedMeetings = mentions.filter((m) => m.kind === "event" && withTexts.some((x) => x.id === m.entityId));
  const meetingBefore = (index: number) => {
    const last = namedMeetings.filter((m) => m.start < sentences[index].start).at(-1);
    if (!last) return undefined;
    const at = sentenceIndexAt({ sentences, pos: last.start });
    if (at < index - 2) return undefined;
    // (not a sentence that names two of them: "met at the Lagos summit and later at the Accra summit")
    const s = sentences[at];
    if (namedMeetings.some((m) => m.entityId !== last.entityId && m.start >= s.start && m.start < s.end)) return undefined;
    return withTexts.find((x) => x.id === last.entityId);
  };
  const out: FoundMention[] = [];
  // (a reference back to a text, kept for the statements only and not stored, is no name: "the final declaration"
  // read as the summit's by the reader of references still needs its mention)
  const named = mentions.filter((m) => m.evidence !== "" || m.kind === "country" || m.kind === "organisation");
  for (const [index, s] of sentences.entries()) {
    const justBefore = meetingBefore(index);
    const of = withTexts.length === 1 ? withTexts[0] : justBefore;
    if (!of) continue;
    const meeting = gazetteer.entries.get(of.id)!;
    const texts = of.texts;
    const inS = named.filter((m) => m.start >= s.start && m.end <= s.end);
    // (a sentence that names a meeting is read by the finders above, which place the text at that meeting)
    if (inS.some((m) => m.kind === "initiative" || m.kind === "resolution" || m.kind === "event") || taken.some((m) => m.evidenceStart === s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    if (TITLED_TEXT.test(sentence)) continue;
    // ("The statement, signed by …" goes on about a meeting just named, however many the article names: "Dozens of
    // countries issued a statement following a summit held in New Delhi. The statement, signed by …" is not the
    // one text of "the previous AI summit in Paris" named at the end)
    const signedBy = justBefore?.id === of.id ? [...sentence.matchAll(ARTICLE_TEXT_SIGNED_BY_EN)] : [];
    for (const m of [...sentence.matchAll(ARTICLE_TEXT_EN), ...sentence.matchAll(ARTICLE_TEXT_ZH), ...signedBy]) {
      // (the noun ends the match, or in "the statement, signed by", opens it after its article)
      const start = s.start + m.index + m[0].lastIndexOf(m[1]);
      const end = start + m[1].length;
      const before = sentence.slice(0, m.index);
      if (REPORTING.test(before) || REPORTING_AFTER.test(sentence.slice(m.index + m[0].length)) || NOT_DONE_BEFORE.test(before)) continue;
      if (named.some((x) => x.start < end && start < x.end)) continue;
      // (a text signed is the meeting's one text, whatever news calls it; else the one called what the noun says)
      const fits = texts.length === 1 && /sign|签署|final|最终/i.test(m[0]) ? texts : textsOfKind({ texts, noun: m[1] });
      if (fits.length !== 1) continue;
      // ("… a declaration … The declaration, endorsed by 40 nations": a text named before is referred back to, read by
      // the statements as such, not named again)
      if (signedBy.includes(m) && [...mentions, ...taken, ...out].some((x) => x.entityId === fits[0].id && x.start < start)) continue;
      out.push(
        textNamedByNoun({
          entityId: fits[0].id,
          kind: "initiative",
          noun: m[1],
          start,
          sentence,
          sentenceStart: s.start,
          form: `${fits[0].nameEn} (the text of ${meeting.nameEn}, the meeting the article reports)`,
        }),
      );
      break;
    }
  }
  return out;
}
