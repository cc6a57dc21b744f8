import type { RelationRole } from "@/db/schema";
import { isListGap } from "./group-subjects";
import { relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * Standing roles stated as a clause about the subject: "作为联合国安理会的常任理事国…，中方…" / "As a permanent
 * member of the Security Council, China …" (member), "金砖轮值主席国巴西" / "Brazil, which holds the rotating
 * BRICS presidency" / "Brazil's BRICS presidency" (chair).
 */
/** A body's standing chair (its presidency), not the chair of one of its meetings. */
export const PRESIDENCY = "presidency";
/** (rotating, current, a year …) before a body's name in "Italy's current G7 presidency", "the 2025 G7 Presidency" */
const TERM = "(?:(?:rotating|current|incoming|annual|(?:19|20)\\d\\d)\\s+)";
const CHAIR_WORD = /^\s+(?:rotating\s+)?(?:presidency|chairmanship|chair)\b/i;

/**
 * After a body's name: "'s founding members are", "'s 29 members include countries like", "… includes 15 founder
 * members:", ", which includes", "the partnership includes" (an appositive of up to 60 characters may stand between:
 * ", officially launched on 15 June 2020,"), "is an informal grouping of …, consisting of leaders from", ", comprising".
 */
const MEMBERS_LISTED =
  /^(?:['’]s?\s+(?:\d+\s+)?(?:(?<adjA>founding|founder|original|initial|current)\s+)?members\s+(?:are|were|include|included|comprise)\s*:?\s*(?:(?:countries|nations|states)\s+(?:like|such as)\s+)?|(?:\s+(?:is|was)\s+an?\s+[^.;:]{0,90}?)?,?\s*(?:consisting of|made up of|comprising|composed of)\s+(?:(?:leaders|representatives|heads of state)\s+(?:from|of)\s+)?|(?:\s*,[^.;,:]{1,60},)?\s*(?:,\s*which\s+)?(?:(?:includes|included|comprises|comprised|has|had|counts)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)?(?:(?<adjB>founding|founder|original|initial|current)\s+)?(?:members|member states|member countries)\s*(?::|,?\s*(?:including|namely|such as))\s*|(?<=which\s+)(?:includes|included|comprises|comprised)\s+)|\s+(?:now\s+|currently\s+)?(?:includes|comprises)\s+)(?:the\s+)?/i;

/**
 * What opens a list of a body's members right after its name, and the role it gives them: "countries —", "members",
 * "member states, including" (members), or MEMBERS_LISTED ("includes 15 founder members:": founders). Null when
 * none does, or when the members are one item of a longer list ("the EU, other Council of Europe member states, the
 * Holy See, …": the comma goes on with that list).
 */
function membersOpening({
  text,
  org,
  sentenceEnd,
}: {
  text: string;
  org: FoundMention;
  sentenceEnd: number;
}): { length: number; role: RelationRole; closing?: RegExp; least?: number; comma?: boolean } | null {
  // "non-EU countries like Australia, Canada …", "非欧盟成员国": the states listed are outside the body (not 南非's 非)
  if (/\bnon[-\s]?$/i.test(text.slice(Math.max(0, org.start - 5), org.start)) || /(?<![南北东西中])非$/.test(text.slice(Math.max(0, org.start - 2), org.start))) return null;
  // "the leaders of G7 (US, Germany, Britain, France, Japan, Italy, Canada and the EU)": the members in brackets
  // (three at least: "BRICS (Brazil)" may say where, not who)
  const bracketed = /^\s*[(（]\s*(?:the\s+)?/.exec(text.slice(org.end, org.end + 8));
  if (bracketed) return { length: bracketed[0].length, role: "member", closing: /^\s*[)）]/, least: 3 };
  // "APEC由韩国、美国……等21个经济体组成": the list must close with 组成 (not "由…共同发起", founders)
  const madeOf = /^[）)」”"]*由/.exec(text.slice(org.end, org.end + 4));
  if (madeOf) return { length: madeOf[0].length, role: "member", closing: /^\s*(?:等)?[^。；，,]{0,20}?(?:组成|构成)/ };
  // "金砖国家——巴西、俄罗斯、印度、中国和南非": a dash right after the body opens the list of its members (three at
  // least, as with brackets)
  const dashed = /^\s*(?:——|—|–)\s*(?:the\s+)?/.exec(text.slice(org.end, org.end + 8));
  if (dashed) return { length: dashed[0].length, role: "member", least: 3 };
  const lead =
    /^\s*(?:(?:countries|members|member states|nations|partners)\s*(?:,?\s*(?:including|such as|like|namely)\s+|[—–:(,]|——|--|-\s)?\s*(?:the\s+)?|(?:成员国|成员)(?:[:：（(]|——?)?)/i.exec(
      text.slice(org.end, org.end + 40),
    );
  if (lead && lead[0].trim()) {
    const comma = /,\s*(?:the\s+)?$/.test(lead[0]);
    const oneItem = comma && /(?:[,、]|\bother|\ball)\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, org.start - 12), org.start));
    return oneItem ? null : { length: lead[0].length, role: "member", comma };
  }
  const listed = MEMBERS_LISTED.exec(text.slice(org.end, Math.min(sentenceEnd, org.end + 160)));
  if (!listed) return null;
  return { length: listed[0].length, role: /found/i.test(listed.groups?.adjA ?? listed.groups?.adjB ?? "") ? "founder" : "member" };
}

/**
 * The states listed from `first` on ("Canada and France", "Brazil, Russia, India …"), in the sentence's mentions;
 * with `bodies`, the bodies listed among them too ("… Italy, Canada and the EU").
 */
function statesListedFrom({ first, inS, text, bodies = false }: { first: FoundMention; inS: FoundMention[]; text: string; bodies?: boolean }): FoundMention[] {
  const list = [first];
  for (const m of inS) {
    const last = list.at(-1)!;
    if (m.start >= last.end && (m.kind === "country" || (bodies && m.kind === "organisation")) && isListGap({ gap: text.slice(last.end, m.start) })) list.push(m);
  }
  return list;
}

/** "The current membership includes", "Its membership comprises", "The bloc's membership now includes:" */
const MEMBERSHIP_OPENS =
  /^[\s"“]*(?:The|Its|Their|The\s+(?:bloc|group|grouping|alliance|organi[sz]ation|body|forum)['’]s)\s+(?:(?:current|expanded|full|present|new)\s+)?membership\s+(?:now\s+)?(?:includes|included|comprises|comprised|consists of|is made up of)\s*:?\s*(?:the\s+)?/i;
/**
 * "The members are", "Its 25 members include", "The 15 founding members include", "… and now has 25 members:": the
 * members listed, of the body named before. (Founding members too are members here: a sentence that only lists them
 * does not say they launched the body, and the labels read it so.)
 */
const MEMBERS_OPEN_A_SENTENCE =
  /(?:^[\s"“]*(?:The|Its|Their)\s+(?:\d+\s+)?(?:(?:current|founding|original|initial|new)\s+)?members\s+(?:now\s+)?(?:are|include|included|comprise|were)|\bnow\s+ha(?:s|d)\s+\d+\s+members)\s*:?\s*(?:the\s+)?/i;

/**
 * "founding members Australia, …", "all the other founding members: Australia, …": the names right after the words.
 * ("The founding members comprise …" and "the founding members are …" the labels read as membership, and say
 * which body less often: MEMBERS_OPEN_A_SENTENCE.)
 */
const FOUNDING_MEMBERS_NAMED = /\bfounding\s+members\s*:?\s*(?:the\s+)?/gi;

export function readMembershipClauses({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const at = (pos: number) => mentions.find((m) => m.start === pos);
  const add = (subject: FoundMention, object: FoundMention, role: RelationRole, s: Sentence, matched: string) =>
    out.push({
      ...relationOf({ subject, objectId: object.entityId, role, s, start: Math.min(subject.start, object.start), end: Math.max(subject.end, object.end) }),
      evidence: source.slice(s.start, s.end),
      why: { matched, form: role === "chair" ? PRESIDENCY : role, rule: "pattern" },
    });
  for (const [index, s] of sentences.entries()) {
    // "Leaders of the BRICS bloc met in Rio. … The current membership includes Brazil, Russia, India, …": a sentence
    // that opens with a body's membership, its members listed (three at least), names the body of the sentences before
    // ("It was set up in 2020 and now has 25 members: …": or the body named before the list in the same sentence)
    const local = text.slice(s.start, s.end);
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    // the body a list of members names: the last one named before it, in this sentence or the three before
    const from = sentences[Math.max(0, index - 3)].start;
    const bodyNamedBefore = (until: number) => mentions.filter((m) => m.kind === "organisation" && m.start >= from && m.end <= until).at(-1);
    const membership = MEMBERSHIP_OPENS.exec(local) ?? MEMBERS_OPEN_A_SENTENCE.exec(local);
    const listStart = membership ? s.start + membership.index + membership[0].length : -1;
    const firstMember = membership ? at(listStart) : undefined;
    if (firstMember?.kind === "country") {
      const members = statesListedFrom({ first: firstMember, inS, text });
      const body = bodyNamedBefore(listStart);
      if (body && members.length >= 3) for (const c of members) add(c, body, "member", s, membership![0].trim());
    }
    // "Its objective, as set out by founding members Australia, Canada, the European Union, …": founding members
    // listed by name (three at least) founded the body named before them, in this sentence or the ones before
    for (const founding of local.matchAll(FOUNDING_MEMBERS_NAMED)) {
      const listFrom = s.start + founding.index + founding[0].length;
      const first = at(listFrom);
      if (first?.kind !== "country") continue;
      const founders = statesListedFrom({ first, inS, text, bodies: true });
      const body = bodyNamedBefore(listFrom);
      if (body && founders.length >= 3) for (const c of founders) add(c, body, "co-founder", s, founding[0].trim());
    }
    if (inS.length < 2) continue;
    // 作为 ORG 的常任理事国/成员国…，COUNTRY
    const zh = /作为([^，。；]{0,30}?)(?:的)?(?:常任理事国|非常任理事国|理事国|成员国|创始成员国?|成员)[^，。；]{0,20}[，,]\s*/.exec(local);
    // ("As a co-founding country of GPAI, France …": a founding member founded the body as well as belonging to it)
    const en =
      /^[\s"“]*As an? (?:(?:permanent|non-permanent|(co-)?founding|full|elected)\s+)?(?:member(?: state)?|(?<=founding\s+)(?:country|state|nation|partner)) of ([^,]{0,80}),\s*(?:the\s+)?/.exec(
        local,
      );
    for (const [m, orgFrom] of [
      [zh, zh ? 2 : 0],
      [en, en ? local.indexOf(en[2]) : 0],
    ] as const) {
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start >= s.start + orgFrom && x.end <= s.start + m.index + m[0].length);
      const subject = at(s.start + m.index + m[0].length);
      if (!org || subject?.kind !== "country") continue;
      add(subject, org, "member", s, m[0].trim());
      if (m === en && /founding/i.test(m[0])) add(subject, org, m[1] ? "co-founder" : "founder", s, m[0].trim());
    }
    // "As founding members of the U.N. and permanent members of the Security Council, France and China reaffirm …":
    // the states listed after the comma, members (founders) of each body the phrase names
    const asMembers = /^\s*As\s+(?:(?:founding|permanent|non-permanent|full|elected)\s+)?members\s+of\s+[^,;]{0,120}?,\s*(?:the\s+)?/.exec(local);
    const firstState = asMembers ? at(s.start + asMembers.index + asMembers[0].length) : undefined;
    if (asMembers && firstState?.kind === "country") {
      const states = statesListedFrom({ first: firstState, inS, text });
      const phraseEnd = s.start + asMembers.index + asMembers[0].length;
      for (const org of inS.filter((x) => x.kind === "organisation" && x.start >= s.start && x.end <= phraseEnd)) {
        // the nearest "… members of" before the body says the role
        const said = /(founding\s+)?members\s+of\s+(?:the\s+)?$/i.exec(text.slice(Math.max(s.start, org.start - 30), org.start));
        if (said && states.length >= 2) for (const c of states) add(c, org, said[1] ? "founder" : "member", s, asMembers[0].trim());
      }
    }
    // "the G7 countries — Canada, France …", "BRICS members Brazil, Russia …", "七国集团成员国美国、英国…",
    // "GPAI … includes 15 founder members: France, Canada …", "APEC, which includes Korea, …"
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const opening = membersOpening({ text, org, sentenceEnd: s.end });
      const first = opening ? at(org.end + opening.length) : undefined;
      if (!opening || first?.kind !== "country") continue;
      const list = statesListedFrom({ first, inS, text, bodies: !!opening.least });
      // "including European Union members, the United States, and Britain": two names after a comma, the last
      // after ", and", are the next items of the longer list ("The G7 countries, Kenya and Chile, met" are members)
      if (opening.comma && list.length === 2 && /,\s*and\s/.test(text.slice(list[0].end, list[1].start))) continue;
      // a list, not one country that happens to follow ("BRICS members Brazil said")
      const closed = !opening.closing || opening.closing.test(text.slice(list.at(-1)!.end, s.end));
      if (list.length >= (opening.least ?? 2) && closed) for (const c of list) add(c, org, opening.role, s, text.slice(org.start, list.at(-1)!.end));
    }
    // "由英国、加拿大、……和美国组成的七国集团": the states a body is made of, listed before its name
    for (const first of inS.filter((x) => x.kind === "country" && /由\s*$/.test(text.slice(Math.max(s.start, x.start - 3), x.start)))) {
      const list = statesListedFrom({ first, inS, text });
      const org = inS.find((x) => x.start >= list.at(-1)!.end && x.kind === "organisation");
      const between = org ? text.slice(list.at(-1)!.end, org.start) : "";
      if (org && list.length >= 2 && /^\s*(?:等[^。；，,]{0,10}?)?(?:共同)?(?:组成|构成)的\s*$/.test(between))
        for (const c of list) add(c, org, "member", s, text.slice(first.start - 1, org.end));
    }
    // ORG (轮值)主席国 COUNTRY; "“ORG”共同主席、赞比亚常驻联合国代表…" (a title, then the state whose envoy holds it)
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const zhChair = /^[\s”"》]*(?:的)?(?:(轮值)?主席国|(共同|联合)?主席[、，,]?)\s*/.exec(text.slice(org.end, org.end + 10));
      const country = zhChair ? at(org.end + zhChair[0].length) : undefined;
      if (zhChair && country?.kind === "country") add(country, org, zhChair[2] ? "co-chair" : "chair", s, text.slice(org.start, country.end));
    }
    // "意大利在G7主席国期间", "意大利作为七国集团轮值主席国": the state before 在/作为/担任 + the body + 主席国 holds its presidency
    for (const country of inS.filter((x) => x.kind === "country")) {
      const lead = /^\s*(?:(?:于|在)\s*\d{4}\s*年\s*)?(?:在|作为|担任)\s*/.exec(text.slice(country.end, country.end + 12));
      const org = lead ? at(country.end + lead[0].length) : undefined;
      if (org?.kind === "organisation" && /^\s*(?:的)?(?:轮值)?主席国/.test(text.slice(org.end, org.end + 6)))
        add(country, org, "chair", s, text.slice(country.start, org.end + 3));
    }
    // COUNTRY, which holds the (rotating) ORG presidency / COUNTRY's (current) ORG presidency / COUNTRY, the ORG
    // Presidency, (an appositive) / "Malaysia, as the 2025 ASEAN Chair," / "President Ghazouani of Mauritania (Chair of the African Union)"
    for (const country of inS.filter((x) => x.kind === "country")) {
      const rest = text.slice(country.end, Math.min(s.end, country.end + 70));
      const ofBody = new RegExp(`^\\s*[(（,]\\s*(?:the\\s+)?${TERM}?(?:chair|chairman|president|presidency)\\s+of\\s+(?:the\\s+)?`, "i").exec(rest);
      const chaired = ofBody ? inS.find((x) => x.kind === "organisation" && x.start === country.end + ofBody[0].length) : undefined;
      // (the body's own chair: the aside closes after its name, "(Chair of the African Union (AU))", not "… working group")
      if (chaired && /^\s*(?:[(（][^)）]{1,12}[)）]\s*)?(?:[)）,;.]|$)/.test(text.slice(chaired.end, chaired.end + 20)))
        add(country, chaired, "chair", s, text.slice(country.start, chaired.end));
      // "under the Italian Presidency of the G7", "the Spanish Presidency of the EU": the state's adjective, its
      // presidency, then the body
      const presidencyOf = /^\s+(?:presidency|chairmanship)\s+of\s+(?:the\s+)?/i.exec(rest);
      const presided = presidencyOf ? inS.find((x) => x.kind === "organisation" && x.start === country.end + presidencyOf[0].length) : undefined;
      if (presided) add(country, presided, "chair", s, text.slice(country.start, presided.end));
      // "Malaysia assumes the role of ASEAN Chair", "the UAE serves as Chair of the Gulf Cooperation Council"
      const takes = new RegExp(
        `^\\s+(?:(?:has|have|will)\\s+)?(?:assumes?|assumed|takes? over|took over|taken over|holds?|held|serves?|served|serving)\\s+(?:as\\s+)?(?:the\\s+)?(?:role\\s+of\\s+(?:the\\s+)?)?${TERM}?(?:chair|chairman|president|presidency|chairmanship)\\s+of\\s+(?:the\\s+)?`,
        "i",
      ).exec(rest);
      const taken = takes ? inS.find((x) => x.kind === "organisation" && x.start === country.end + takes[0].length) : undefined;
      if (taken) add(country, taken, "chair", s, text.slice(country.start, taken.end));
      const m = new RegExp(
        `^(?:(?:,\\s*which)?\\s+(?:(?:has|have|will)\\s+)?(?:holds?|held|has taken over|takes? over|took over|assumes?|assumed)\\s+the\\s+(?:role\\s+of\\s+(?:the\\s+)?)?${TERM}?|['’]s\\s+${TERM}?|,\\s*the\\s+${TERM}?|,?\\s+as\\s+(?:the\\s+)?${TERM}?)`,
        "i",
      ).exec(rest);
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start === country.end + m[0].length);
      if (org && CHAIR_WORD.test(text.slice(org.end, org.end + 24))) add(country, org, "chair", s, text.slice(country.start, org.end));
      // "under Japan's Presidency, the G7 launched …": the body the clause goes on with
      const own = /^['’]s\s+(?:(?:current|rotating)\s+)?(?:presidency|chairmanship)\s*,\s*(?:the\s+)?$/i;
      const next = inS.find((x) => x.start > country.end && x.kind === "organisation");
      if (next && own.test(text.slice(country.end, next.start))) add(country, next, "chair", s, text.slice(country.start, next.end));
    }
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const rest = text.slice(org.end, Math.min(s.end, org.end + 40));
      // "the G7 Italian Presidency": the state's adjective between the body and its presidency
      const adjective = inS.find((x) => x.kind === "country" && x.start === org.end + (/^\s+/.exec(rest)?.[0].length ?? -1));
      const word = adjective ? CHAIR_WORD.exec(text.slice(adjective.end, adjective.end + 24)) : null;
      if (adjective && word) add(adjective, org, "chair", s, text.slice(org.start, adjective.end + word[0].length));
      // "the Japanese G7 Presidency": the state's adjective before the body and its presidency
      const before = inS.find((x) => x.kind === "country" && x.end <= org.start && /^\s+$/.test(text.slice(x.end, org.start)));
      const presidency = before ? /^\s+(?:presidency|chairmanship)\b/i.exec(rest) : null;
      if (before && presidency) add(before, org, "chair", s, text.slice(before.start, org.end + presidency[0].length));
      // "the G7 presidencies of Canada and France", "GPAI Chair India", "the GPAI Lead Chair, India"
      const lead = /^\s+(?:(?:presidency|presidencies|chairmanship)\s+of\s+(?:the\s+)?|(?:lead\s+)?chair,?\s+)/i.exec(rest);
      const first = lead ? at(org.end + lead[0].length) : undefined;
      if (first?.kind !== "country") continue;
      const list = statesListedFrom({ first, inS, text });
      for (const c of list) add(c, org, "chair", s, text.slice(org.start, list.at(-1)!.end));
    }
    // "As the Chair of APEC, South Korea …", "作为…主席国，" is above
    const asChair = /^[\s"“]*As (?:the\s+)?(?:(?:current|rotating|incoming|lead)\s+)?(?:chair|president|presidency)\s+of\s+(?:the\s+)?/i.exec(local);
    // "As the ASEAN Chair for 2025, Malaysia …", "As BRICS chair, Brazil …": the body's name before its chair
    const asOrgChair = asChair ? null : /^[\s"“]*As (?:the\s+)?(?:(?:current|rotating|incoming|lead)\s+)?/i.exec(local);
    const chairOrg = asOrgChair ? at(s.start + asOrgChair[0].length) : undefined;
    const chairWord =
      chairOrg?.kind === "organisation"
        ? /^\s+(?:chair|chairman|presidency|president)(?:\s+(?:for|in)\s+\d{4})?\s*,\s*(?:the\s+)?/i.exec(text.slice(chairOrg.end, chairOrg.end + 30))
        : null;
    const chairState = chairOrg && chairWord ? at(chairOrg.end + chairWord[0].length) : undefined;
    if (chairOrg && chairState?.kind === "country") add(chairState, chairOrg, "chair", s, text.slice(s.start, chairState.end));
    if (asChair) {
      const org = at(s.start + asChair[0].length);
      const subject = org && /^\s*,\s*(?:the\s+)?/.exec(text.slice(org.end, org.end + 8));
      const country = org && subject ? at(org.end + subject[0].length) : undefined;
      if (org?.kind === "organisation" && country?.kind === "country") add(country, org, "chair", s, text.slice(s.start, country.end));
    }
  }
  return out;
}
