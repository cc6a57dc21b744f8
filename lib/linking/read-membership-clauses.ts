import type { RelationRole } from "@/db/schema";
import { isListGap } from "./group-subjects";
import { relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * Standing roles stated as a clause about the subject: "作为联合国安理会的常任理事国…，中方…" / "As a permanent
 * member of the Security Council, China …" (member), "金砖轮值主席国巴西" / "Brazil, which holds the rotating
 * BRICS presidency" / "Brazil's BRICS presidency" (chair).
 */
export function readMembershipClauses({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const at = (pos: number) => mentions.find((m) => m.start === pos);
  const add = (subject: FoundMention, object: FoundMention, role: RelationRole, s: Sentence, matched: string) =>
    out.push({
      ...relationOf({ subject, objectId: object.entityId, role, s, start: Math.min(subject.start, object.start), end: Math.max(subject.end, object.end) }),
      evidence: source.slice(s.start, s.end),
      why: { matched, form: role, rule: "pattern" },
    });
  for (const s of sentences) {
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.length < 2) continue;
    const local = text.slice(s.start, s.end);
    // 作为 ORG 的常任理事国/成员国…，COUNTRY
    const zh = /作为([^，。；]{0,30}?)(?:的)?(?:常任理事国|非常任理事国|理事国|成员国|创始成员国?|成员)[^，。；]{0,20}[，,]\s*/.exec(local);
    const en = /^\s*As an? (?:(?:permanent|non-permanent|founding|full|elected)\s+)?member(?: state)? of ([^,]{0,80}),\s*(?:the\s+)?/.exec(local);
    for (const [m, orgFrom] of [
      [zh, zh ? 2 : 0],
      [en, en ? local.indexOf(en[1]) : 0],
    ] as const) {
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start >= s.start + orgFrom && x.end <= s.start + m.index + m[0].length);
      const subject = at(s.start + m.index + m[0].length);
      if (org && subject && subject.kind === "country") add(subject, org, "member", s, m[0].trim());
    }
    // "the G7 countries — Canada, France …", "BRICS members Brazil, Russia …", "七国集团成员国美国、英国…"
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const lead = /^\s*(?:(?:countries|members|member states|nations|partners)\s*(?:[—–:(,]|——|--|-\s)?\s*(?:the\s+)?|(?:成员国|成员)(?:[:：（(]|——?)?)/i.exec(
        text.slice(org.end, org.end + 24),
      );
      if (!lead || !lead[0].trim()) continue;
      // "parties included the EU, other Council of Europe member states, the Holy See, the USA …": the members are one
      // item of a longer list, and the comma goes on with the list, not with the members
      if (/,\s*(?:the\s+)?$/.test(lead[0]) && /(?:[,、]|\bother|\ball)\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, org.start - 12), org.start))) continue;
      const first = at(org.end + lead[0].length);
      if (first?.kind !== "country") continue;
      const list = [first];
      for (const m of inS) {
        const last = list.at(-1)!;
        if (m.start >= last.end && m.kind === "country" && isListGap({ gap: text.slice(last.end, m.start) })) list.push(m);
      }
      // a list, not one country that happens to follow ("BRICS members Brazil said")
      if (list.length >= 2) for (const c of list) add(c, org, "member", s, text.slice(org.start, list.at(-1)!.end));
    }
    // ORG (轮值)主席国 COUNTRY; "“ORG”共同主席、赞比亚常驻联合国代表…" (a title, then the state whose envoy holds it)
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const zhChair = /^[\s”"》]*(?:的)?(?:(轮值)?主席国|(共同|联合)?主席[、，,]?)\s*/.exec(text.slice(org.end, org.end + 10));
      const country = zhChair ? at(org.end + zhChair[0].length) : undefined;
      if (zhChair && country?.kind === "country") add(country, org, zhChair[2] ? "co-chair" : "chair", s, text.slice(org.start, country.end));
    }
    // COUNTRY, which holds the (rotating) ORG presidency / COUNTRY's ORG presidency
    for (const country of inS.filter((x) => x.kind === "country")) {
      const rest = text.slice(country.end, Math.min(s.end, country.end + 70));
      const m = /^(?:,\s*which\s+(?:holds|held|has taken over|took over|assumed)\s+the\s+(?:rotating\s+)?|['’]s\s+)/.exec(rest);
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start === country.end + m[0].length);
      if (org && /^\s+(?:rotating\s+)?(?:presidency|chairmanship|chair)\b/i.test(text.slice(org.end, org.end + 24)))
        add(country, org, "chair", s, text.slice(country.start, org.end));
    }
  }
  return out;
}
