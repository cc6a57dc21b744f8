import { earliestEntry, type Gazetteer } from "./gazetteer";
import { descriptionMention } from "./pattern-mention";
import type { FoundMention } from "./types";

/**
 * "the first discussion of Artificial Intelligence at the UN Security Council", "the first Security Council meeting
 * on AI" (or "on the potential threats of AI"), "安理会首次就人工智能举行的会议": a body's first meeting on AI, named
 * by what it was. The earliest meeting the atlas holds of the body named in the phrase is that one; when it holds
 * none, nothing.
 */

const MEETING_EN = String.raw`(?:formal\s+|open\s+|high-level\s+|ever\s+)*(?:meeting|discussion|debate|session|briefing)s?`;
const AI_EN = String.raw`(?:the\s+(?:topic|subject|issue|question)\s+of\s+)?(?:[Aa]rtificial [Ii]ntelligence|AI)`;
/** "first", "first-ever", "inaugural" */
const FIRST_EN = String.raw`(?:first(?:[- ]ever)?|inaugural)`;
/** "first <meeting> on AI at/of <body>" and "first <body> <meeting> on AI": the body's span is found in the match */
const FIRST_MEETING_EN = new RegExp(
  String.raw`\b${FIRST_EN}\s+(?:${MEETING_EN}\s+(?:on|of|about)\s+${AI_EN}\s+(?:at|in|of|by)\s+(?:the\s+)?[A-Z][^,.;:!?]{2,40}|[A-Z][^,.;:!?]{2,40}?\s+${MEETING_EN}\s+(?:on|about)\s+(?:(?:the|its|potential|possible|threats?|risks?|opportunities|impacts?|implications|and|of)\s+){0,5}${AI_EN})\b`,
  "g",
);
/**
 * "the Security Council held its first meeting on AI", "is set to hold its first formal discussion on AI": the body
 * is named just before
 */
const HELD_FIRST_EN = new RegExp(
  String.raw`\b(?:held|hold|holds|holding|convened|convene|convenes)\s+(?:its|their)\s+${FIRST_EN}\s+${MEETING_EN}\s+(?:on|about)\s+${AI_EN}\b`,
  "g",
);
/** "This is the first time that the Security Council has held a meeting on AI": the body is named inside */
const FIRST_TIME_EN = new RegExp(
  String.raw`\bfirst time(?: that)?\s+(?:the\s+)?[A-Z][^,.;:!?]{2,40}?\s+(?:has|had)\s+(?:held|convened)\s+(?:a|an)\s+${MEETING_EN}\s+(?:on|about)\s+${AI_EN}\b`,
  "g",
);
const FIRST_MEETING_ZH = /首次(?:就|围绕)?[^，。；]{0,6}?人工智能[^，。；]{0,8}?(?:会议|辩论|公开会|讨论)/g;

export function findFirstMeetings({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  const before = [...text.matchAll(HELD_FIRST_EN)];
  for (const m of [...text.matchAll(FIRST_MEETING_EN), ...text.matchAll(FIRST_TIME_EN), ...before, ...text.matchAll(FIRST_MEETING_ZH)]) {
    const start = m.index!;
    const end = start + m[0].length;
    if (mentions.some((x) => x.kind === "event" && x.start < end && start < x.end)) continue;
    // the body: named inside the phrase, or right before it ("安理会首次…", "the Council is set to hold its first …",
    // with no sentence break between)
    const nearBefore = (x: FoundMention, gap: number) => x.end <= start && start - x.end <= gap && !/[.;!?。；！？]/.test(text.slice(x.end, start));
    // (of several before it, the nearest: "The United Nations (UN) Security Council held its first …" is the Council's)
    const body = mentions
      .filter(
        (x) => x.kind === "organisation" && ((x.start >= start && x.end <= end) || (/[\u4e00-\u9fff]/.test(m[0]) && nearBefore(x, 2)) || (before.includes(m) && nearBefore(x, 20))),
      )
      .reduce<FoundMention | undefined>((best, x) => (!best || (x.end <= start && x.end > best.end) ? x : best), undefined);
    if (!body) continue;
    const related = [...(gazetteer.related.get(body.entityId) ?? [])].map((id) => gazetteer.entries.get(id));
    const first = earliestEntry({ entries: related, fits: (e) => e.kind === "event" });
    if (!first) continue;
    out.push(descriptionMention({ entityId: first.id, kind: "event", surface: m[0], start, form: `${first.nameEn} (the body's first meeting on AI)` }));
  }
  return out;
}
