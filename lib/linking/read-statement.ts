import type { RelationRole } from "@/db/schema";
import { OTHER_EVENT } from "./find-implied-object";
import { findSubjects, PASSIVE_BY, PLACE_AFTER, WITH_BEFORE, withPartner, type StatementInput } from "./find-subjects";
import {
  ADOPTING_BODY,
  BODY_NAME_ANY,
  CLAUSE_BREAK,
  DOCUMENT_NAME,
  EVENT_ROLES,
  HEDGE_EN,
  CONDITION_BEFORE_EN,
  HEDGE_MODAL_EN,
  HEDGE_ZH,
  LEADING_ROLES,
  MAX_OBJECT_GAP,
  MEMBERS_NAMED_AFTER,
  relationOf,
  saysRefusal,
  SUBJECT_KINDS,
} from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/** "its Chairship of", "the presidency of": what a state holds of the body named next */
const CHAIRSHIP_OF_BEFORE = /\b(?:its|their|the)\s+(?:(?:rotating|annual|\d{4})\s+)?(?:chairship|chairmanship|presidency)\s+of\s+(?:the\s+)?$/i;

/** Nothing attended named after the verb: "will also attend.", "will attend in person, alongside …". */
const ATTENDS_NOTHING_AFTER = /^(?:\s+(?:as well|too|in person|virtually|online))?\s*(?:[,.;]|$)/;

/**
 * "Kenya will also attend.", "will attend in person, alongside …", "The UAE will be represented by Crown Prince …": a
 * participant's verb with no meeting after it is about the meeting just reported; not in reported speech ("the
 * minister said Kenya would attend" is said of a meeting yet to be decided).
 */
function attendsMeetingBefore({ text, s, tStart, tEnd }: { text: string; s: Sentence; tStart: number; tEnd: number }): boolean {
  const verb = text.slice(tStart, tEnd);
  const attendsNothing = /^(?:attend|participate|take part)$/i.test(verb) && ATTENDS_NOTHING_AFTER.test(text.slice(tEnd, s.end));
  return (attendsNothing || /represented by$/i.test(verb)) && !/\b(?:said|says|told|stated|announced)\b/i.test(text.slice(s.start, tStart));
}
/** "urged Peru to sign", "呼吁秘鲁加入": the list after a verb of asking is asked, not acting. */
const URGED_BEFORE =
  /(?:\b(?:urged|urges|urging|called on|calls on|asked|asks|invited|invites|encouraged|encourages|pressed|pressing|pushed)\s+(?:the\s+)?|(?:呼吁|敦促|邀请|鼓励|要求|促请)\s*)$/i;
/** "…, alongside the United States, the EU …": others who did the same ("in June 2020 as one of the founding members" may stand between). */
const ALONGSIDE = /^[^.;:]{0,60}?\b(?:alongside|along with|together with|as did|joined by)\s+/i;
/** "… as an observer", "as a guest": the seat beside a body that one takes by joining it (not membership). */
const AS_NON_MEMBER_EN = /^[^]{0,40}?\bas\s+(?:an?\s+)?(?:permanent\s+|official\s+)?(?:observers?|guests?|invitees?|dialogue partners?)\b/i;
const AS_NON_MEMBER_ZH = /以?(?:观察员|嘉宾)(?:国)?身份$/;
/** "Japan also serves as the chair for one year": the noun after "serves as", with no body named after it. */
const SERVES_AS_BEFORE = /\bserve[sd]?\s+as\s+(?:the\s+)?(?:rotating\s+)?$/i;
const NO_BODY_AFTER = /^\s+(?:for|from|until|since|in|this|next)\b|^\s*[,.]/;
const CO_SUBJECT_ROLES = new Set<RelationRole>(["signatory", "participant", "member"]);

const CO_ROLES: Partial<Record<RelationRole, RelationRole>> = { host: "co-host", chair: "co-chair", founder: "co-founder", sponsor: "co-sponsor" };

/**
 * "The founding members comprise …", "Its members also include …", "Among its most important members are …",
 * "首批成员包括…": members of the body the article has just named.
 */
const MEMBERS_START =
  /^[\s"“]*(?:(?:The|Its|Their)\s+(?:(?:founding|initial|original|first|current|new|full)\s+)?(?:members|member states|membership)\s*|(?:The|Its|Their|Among\s+(?:its|their|the))\s+(?:[a-z]+\s+){0,2}members\s+(?:also\s+|now\s+)?|(?:其|该[\u4e00-\u9fff]{1,6}?的?)?(?:首批|创始|初始|现有|第一批)?)$/;

/** "calling it “a landmark text” (which was) backed by": "it", a name for it at most, then the participle. */
const PRONOUN_BEFORE_PASSIVE =
  /\b(?:calling|called|describing|described|labelling|labeling|hailing|hailed)\s+it\s+(?:as\s+)?(?:[“"][^”"]{1,60}[”"]|(?:an?|the)\s+[\w\s,-]{1,50}?)\s*,?\s*(?:(?:which|that)\s+(?:was|is|has been)\s+)?$/i;

/** "GPAI was first proposed by", "the partnership, (which was) originally proposed by": the body is what was put forward. */
const BODY_PROPOSED_BETWEEN =
  /^(?:\s+(?:partnership|initiative|alliance|network|group|platform|forum|body|organi[sz]ation))?\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had been|has been)?\s*(?:first\s+|initially\s+|originally\s+|jointly\s+)?$/i;

/** "a G7 initiative launched by …", "an OECD project led by …": one of the body's undertakings, not the body. */
const UNDERTAKING_OF_BODY = /^\s+(?:initiative|proposal|project|programme|program|plan|effort|idea)\b/i;

/** A text states put their names to, not one an assembly adopts: a declaration, a joint statement. */
const SIGNED_TEXT = /declaration|statement|宣言|声明|聲明/i;
/** "28 countries and the", "与会国和": states counted before the body, in the same list */
const STATES_BEFORE = /(?:\bcountries|\bnations|\bstates|国家?|国)\s*(?:and|as well as|plus|和|与|及)\s*(?:the\s+)?$/i;

export function readStatement(input: StatementInput): Omit<FoundRelation, "why">[] | null {
  const { text, s, tStart, tEnd, trig, spans, recentEvent } = input;
  const listed = findSubjects(input);
  if (!listed) return null;
  // "欧洲委员会的46个成员国和…", "the Council of Europe's 46 member states and …": the members act, not the body
  const members = listed.group.members.filter((m) => m.kind !== "organisation" || !MEMBERS_NAMED_AFTER.test(text.slice(m.end, m.end + 16)));
  if (!members.length) return null;
  // "As fellow members of the G7, G20 and permanent members of the UN Security Council, the UK and France …": bodies
  // listed right after an earlier "members of" are what the states belong to, not members of the body named next
  if (
    trig.role === "member" &&
    members.at(-1)!.end <= tStart &&
    members.every((m) => m.kind === "organisation") &&
    /\bmembers?\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, members[0].start - 24), members[0].start))
  )
    return null;
  const found = members.length === listed.group.members.length ? listed : { ...listed, group: { ...listed.group, members } };
  const { objectSide, passive, asRole } = found;
  // "Jointly established by Chile and Peru, the network links …": the body named after the list and ", the" (read as
  // its last item) is what the participle that opens the sentence governs, not one of its actors
  const opened = passive && /^[\s"“]*(?:co-)?$/i.test(text.slice(s.start, tStart));
  const lastItem = opened && found.group.members.length >= 2 ? found.group.members.at(-1)! : undefined;
  const itemBefore = lastItem ? found.group.members.at(-2)! : undefined;
  // (a body called by its kind, "the network", not a name in the list: "Hosted by Kenya, Chile, the AU …")
  const governed =
    lastItem && itemBefore && lastItem.kind !== "country" && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(itemBefore.end, lastItem.start)) && /^(?:the\s+)?[a-z]/.test(lastItem.surface)
      ? lastItem
      : undefined;
  const group = governed && itemBefore ? { ...found.group, members: found.group.members.slice(0, -1), end: itemBefore.end } : found.group;
  // negation between the subject and the trigger, or just before the trigger
  // ("invited countries outside Europe to become signatories, including A and B": with the names after the trigger,
  // the clause before it says whether they act, so it is read further back)
  const between = passive
    ? text.slice(Math.max(s.start, tStart - 24), tStart)
    : group.start > tEnd
      ? text.slice(Math.max(s.start, tStart - 80), tStart)
      : text.slice(group.end, tStart);
  // (with the trigger itself, so "不" in "不签署" sees what it negates)
  // ("China did not sign X, although it attended Y": a negation in a clause before the trigger's is not its own)
  const clause = between.replace(/^[\s\S]*(?:,\s+(?:although|though|but|yet|while|whereas)\b|，\s*(?:但|却|不过|然而))/i, "");
  const window = (clause.length > 60 ? clause.slice(-60) : clause) + text.slice(tStart, tEnd);
  if (saysRefusal(window)) return null;
  // "a list of signatories to the final statement … didn’t include the U.K. or U.S.": names after the trigger, denied
  if (!passive && group.start > tEnd && saysRefusal(text.slice(tEnd, group.start))) return null;
  // "The members of the Council of Europe … and non-members such as the US, Japan and Canada": set apart as outside it
  if (trig.role === "member" && !passive && group.start > tEnd && /\bnon-?members?\b|非成员/i.test(text.slice(tEnd, group.start))) return null;
  if (HEDGE_EN.test(window) || HEDGE_MODAL_EN.test(window) || HEDGE_ZH.test(window)) return null;
  if (CONDITION_BEFORE_EN.test(text.slice(Math.max(s.start, tStart - 8), tStart))) return null;
  // "Chile urged Peru to sign …", "敦促秘鲁签署": the one urged or invited has not done it
  if (!passive && group.end <= tStart && URGED_BEFORE.test(text.slice(Math.max(s.start, group.start - 24), group.start))) return null;
  // "智利宣布退出…网络", "announced its withdrawal from": what is announced is leaving, not founding or joining
  if (/^\s*(?:将|已)?(?:退出|撤出|终止|暂停|不再|放弃)|^\s+(?:its\s+)?(?:withdrawal|exit|suspension)\b/i.test(text.slice(tEnd, tEnd + 12))) return null;
  // "中方参加了在首尔举办的峰会": 在 + a place + 举办的 describes the event (a relative clause with no subject of its
  // own); the state before it attended, it did not host (unlike "中国在北京举办的论坛")
  if (!passive && group.end <= tStart && /^的/.test(text.slice(tEnd, tEnd + 1))) {
    const venue = /在[^，。；、]{1,10}$/.exec(text.slice(Math.max(s.start, tStart - 11), tStart));
    if (venue && text.slice(group.end, tStart - venue[0].length).trim() !== "") return null;
  }

  // "主持例行记者会，有记者就…提问", "chaired a press briefing on …": the press conference is what is chaired
  if (
    (trig.role === "chair" || trig.role === "host") &&
    /^\s*(?:了)?(?:例行|定期)?(?:记者会|新闻发布会|发布会|吹风会|记者招待会)|^\s+(?:a|the|its|his|her)\s+(?:regular\s+|daily\s+)?(?:press conference|press briefing|news conference|media briefing)/i.test(
      text.slice(tEnd, tEnd + 30),
    )
  )
    return null;
  // "《欧盟AI法案》获得欧盟议会批准", "approved by the EU Council": a body's parliament or council approving a text
  // adopts it (a state that ratifies signs; an organ of a body passes its law)
  if (trig.role === "signatory" && group.members.length === 1 && group.members[0].kind === "organisation" && /^(?:批准|核准)$/.test(text.slice(tStart, tEnd))) {
    const body = group.members[0];
    if (/^\s*(?:议会|理事会|大会|部长理事会)/.test(text.slice(body.end, body.end + 6))) {
      const doc =
        [...spans].reverse().find((x) => x.end <= body.start && trig.objects.includes(x.kind) && !CLAUSE_BREAK.test(text.slice(x.end, body.start))) ??
        spans.find((x) => x.start >= tEnd && trig.objects.includes(x.kind) && x.start - tEnd <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(tEnd, x.start)));
      return doc ? [relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: Math.min(doc.start, body.start), end: Math.max(doc.end, tEnd) })] : null;
    }
  }
  if (trig.role === "adopted-by") {
    // grammatical subject: the adopting body; the relation reads resolution —adopted-by→ body
    // "中国向联合国大会提交的…决议获得通过", "the draft China submitted to the General Assembly was adopted": the
    // body a text was put to adopted it, when the text is said to be adopted without an agent
    const putTo = (x: FoundMention) =>
      x.kind === "organisation" &&
      ADOPTING_BODY.test(x.surface) &&
      x.end <= tStart &&
      ((/向$/.test(text.slice(Math.max(s.start, x.start - 1), x.start)) && /^[^，。；,;]{0,6}?(?:提交|提出)/.test(text.slice(x.end, x.end + 12))) ||
        /\b(?:submitted|presented|tabled|introduced)\s+(?:it\s+)?to\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 30), x.start)));
    const agentless =
      /(?:获得?|得到|被|顺利|一致)$|\b(?:was|were|has been|had been)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, tStart - 14), tStart)) &&
      !PASSIVE_BY.test(text.slice(tEnd, s.end));
    // "the First Committee (Disarmament and International Security) of the UN General Assembly approved …": the
    // organ named before "of" is what adopted it
    const named = group.members.find((x) => x.kind === "organisation");
    const organ =
      named &&
      [...spans].reverse().find((x) => x.kind === "organisation" && x.end <= named.start && /^\s*(?:\([^)]*\)\s*)?of\s+(?:the\s+)?$/i.test(text.slice(x.end, named.start)));
    const own = organ ?? named;
    const body = own ?? (agentless ? spans.find(putTo) : undefined);
    // "The Council of Europe's “Convention …” was adopted in Strasbourg": the body's own text, adopted with no other
    // agent named, was adopted by it
    const ownText =
      own && agentless
        ? spans.find((x) => x.start >= own.end && x.end <= tStart && trig.objects.includes(x.kind) && /^(?:\s*['’]s?\s*|的)?[“"《]?$/.test(text.slice(own.end, x.start)))
        : undefined;
    // "联合国决议通过不久，欧盟就批准了《人工智能法》": the body's resolution, named by its kind before the verb, is what
    // passed (not a text named after it, in the next clause)
    const ownResolution =
      own && objectSide === "after" && /^\s*的?\s*(?:决议|resolution)\s*$/i.test(text.slice(own.end, tStart))
        ? (spans.find((x) => x.start >= own.end && x.end <= tStart && trig.objects.includes(x.kind)) ?? null)
        : undefined;
    if (ownResolution === null) return null;
    const doc =
      ownText ??
      ownResolution ??
      (objectSide === "after" && own
        ? spans.find((x) => x.start >= tEnd && trig.objects.includes(x.kind) && x.start - tEnd <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(tEnd, x.start)))
        : [...spans].reverse().find((x) => x.end <= tStart && trig.objects.includes(x.kind) && tStart - x.end <= MAX_OBJECT_GAP));
    // "Brazil, Russia, India and China adopted the BRICS Leaders' Statement …": states adopting a declaration or
    // statement (no assembly among them) put their names to it
    // (the states are the verb's own subject: not "a summit hosted by A and B adopted", "A co-chaired it with B and adopted")
    const ownSubject =
      group.end <= tStart &&
      /^\s*(?:[—–-]+|,)?\s*(?:(?:have|has|had|also|jointly|formally|unanimously|all|together)\s+)*$/i.test(text.slice(group.end, tStart)) &&
      !/\b(?:by|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, group.start - 10), group.start));
    if (!body && !passive && ownSubject && group.members.every((x) => x.kind === "country")) {
      const declaration = spans.find(
        (x) =>
          x.start >= tEnd &&
          trig.objects.includes(x.kind) &&
          x.start - tEnd <= MAX_OBJECT_GAP &&
          !CLAUSE_BREAK.test(text.slice(tEnd, x.start)) &&
          SIGNED_TEXT.test(`${x.surface} ${x.why?.form ?? ""}`),
      );
      if (declaration) return group.members.map((x) => relationOf({ subject: x, objectId: declaration.entityId, role: "signatory", s, start: x.start, end: declaration.end }));
    }
    if (!body || !doc) return null;
    // "28 countries and the European Union adopted the Bletchley Declaration": a body adopting a declaration
    // together with states puts its name to it as they do (it is no adopting assembly)
    if (own && SIGNED_TEXT.test(doc.surface) && (group.members.some((x) => x.kind === "country") || STATES_BEFORE.test(text.slice(Math.max(s.start, own.start - 24), own.start))))
      return group.members.map((x) => relationOf({ subject: x, objectId: doc.entityId, role: "signatory", s, start: Math.min(x.start, doc.start), end: Math.max(x.end, doc.end) }));
    return [relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: Math.min(doc.start, body.start), end: Math.max(doc.end, body.end) })];
  }
  // the object stands in the same clause, near the trigger
  const near = (a: number, b: number) => b - a <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(a, b));
  const fits = (x: FoundMention) => trig.objects.includes(x.kind) && !group.members.includes(x);
  let object: FoundMention | undefined;
  // subjects listed after the trigger ("on behalf of A, B", "…so far are: A, B"): the object is what the trigger governs
  const afterList = group.start >= tEnd;
  // "中国主办的年度“世界人工智能大会”": the thing named right after 的 is the object; if the atlas does not know it,
  // there is no object (not some organisation further on)
  // (unless the quoted title and the noun after it are what the atlas matched: "中方主提的“加强…”决议")
  const quotedThen = (() => {
    const close = text.slice(tEnd, Math.min(s.end, tEnd + 80)).search(/[”"》」]/);
    // (or the title's own last word that the atlas read as the text: "中国主提的《加强…国际合作决议》")
    return close >= 0 && spans.some((x) => ((x.start === tEnd + close + 1 && /^[\u4e00-\u9fff]{1,4}$/.test(x.surface)) || x.end === tEnd + close) && fits(x));
  })();
  if (objectSide === "after" && !afterList && /^的\s*[“"《「]/.test(text.slice(tEnd, tEnd + 3)) && !spans.some((x) => x.start >= tEnd && x.start <= tEnd + 3) && !quotedThen)
    return null;
  // an organisation after "with"/"与" is a partner, not the thing hosted or signed
  const partner = (x: FoundMention) => WITH_BEFORE.test(text.slice(Math.max(s.start, x.start - 14), x.start).trimEnd());
  // "host an event at the United Nations Headquarters": a place, not what is hosted
  const place = (x: FoundMention) =>
    x.kind === "organisation" && (PLACE_AFTER.test(text.slice(x.end, x.end + 14)) || /\b(?:at|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start)));
  // "hosted a meeting on the sidelines of the summit", "在峰会期间举办": the host of a side meeting, not of the summit
  // (not "ahead of the AI Action Summit hosted by France": the verb right after the name says who hosts that one)
  const beside = (x: FoundMention) =>
    LEADING_ROLES.has(trig.role) &&
    !(passive && /^\s*,?\s*$/.test(text.slice(x.end, tStart))) &&
    (/\b(?:sidelines|margins|fringes?) of\s+(?:the\s+)?$|\b(?:during|ahead of|after|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 30), x.start)) ||
      /^\s*(?:期间|前夕|之际|场边|边会)/.test(text.slice(x.end, x.end + 4)));
  // "由外交部主办、清华大学承办的研讨班": a name followed by a verb of its own is another actor, not the object
  const actor = (x: FoundMention) => SUBJECT_KINDS.has(x.kind) && /^\s*(?:共同|联合)?(?:主办|承办|协办|举办|支持|指导|合办)/.test(text.slice(x.end, x.end + 6));
  // "定期举办“之友小组”活动", "hosted a G20 workshop": a body's activity is hosted, not the body (a meeting of a
  // group of friends is read by groupChairs: its conveners chair the group)
  const activityOf = (x: FoundMention) =>
    EVENT_ROLES.has(trig.role) &&
    x.kind !== "event" &&
    /^[”"》」]?\s*(?:的)?(?:系列|专题)?(?:活动|研讨会|研讨班|培训班|边会|峰会|领导人会晤|会晤)|^\s+(?:events?|workshops?|seminars?|side[- ]events?|training|(?:leaders['’]?\s+)?summits?)\b/i.test(
      text.slice(x.end, x.end + 12),
    );
  // "向联合国大会提交", "presented to the General Assembly": the body a text goes to is its recipient, not the text
  const recipient = (x: FoundMention) =>
    x.kind === "organisation" && !EVENT_ROLES.has(trig.role) && trig.role !== "member" && /(?:向|\bto\s+(?:the\s+)?)$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start));
  // "India would host the next summit, Modi said at the AI Action Summit": the verb's own object is another event
  // named by its kind ("the next summit", "下届峰会"), so a name further on is not what is hosted
  const otherEventFirst = (x: FoundMention) =>
    EVENT_ROLES.has(trig.role) &&
    x.kind === "event" &&
    /^\s*(?:the|a|an|its|their)?\s*(?:[\w'-]+\s+){0,3}?(?:summit|meeting|session|conference|forum|gathering|edition)s?\b|^[^，。；]{0,6}?(?:峰会|会议|论坛)[，,]/i.test(
      text.slice(tEnd, x.start),
    ) &&
    /\b(?:next|upcoming|following|another|future|previous|prior)\b|下一?届|下次|明年/i.test(text.slice(tEnd, Math.min(x.start, tEnd + 40)));
  // "acceded to the Council of Europe's Convention", "joined the G7's friends group": the body before 's owns the
  // thing the verb governs, named right after it
  const owner = (x: FoundMention) => /^['’]s\s/.test(text.slice(x.end, x.end + 3)) && spans.some((y) => y.start > x.end && y.start - x.end <= 4 && y.kind !== "country");
  const fitsHere = (x: FoundMention) => fits(x) && !(EVENT_ROLES.has(trig.role) && place(x)) && !beside(x) && !actor(x) && !activityOf(x) && !recipient(x) && !owner(x);
  // "会议由中国和赞比亚共同举办，旨在落实…决议": after 由 the verb's object is the topic before it, not a name
  // further on (only when the verb ends the clause: "由A主办的X", "由中国提出、…联署的决议" name it after)
  // (获/得到/被 + the list + the verb is the same passive: "《宣言》已获A、B等40国签署")
  const byZh =
    !passive && /(?:由|获|获得|得到|被)\s*$/.test(text.slice(Math.max(s.start, group.start - 2), group.start)) && /^\s*(?:[，,。；;]|$)/.test(text.slice(tEnd, tEnd + 2));
  if (byZh) object = undefined;
  // ("The Network, launched in San Francisco in 2024, brings together …": a participle phrase may stand between)
  else if (trig.objectAdjacent)
    object = [...spans]
      .reverse()
      .find(
        (x) =>
          x.end <= tStart &&
          fits(x) &&
          /^\s*(?:,\s*(?:launched|founded|established|created|set up|formed|based)\b[^,;.]{0,60},)?\s*(?:now|currently|also|last year|this year|recently|in \d{4})?\s*$/.test(
            text.slice(x.end, tStart),
          ),
      );
  else if (objectSide === "after" && !afterList) object = spans.find((x) => x.start >= tEnd && fitsHere(x) && !partner(x) && near(tEnd, x.start) && !otherEventFirst(x));
  else if (objectSide === "after") object = spans.find((x) => x.start >= tEnd && x.end <= group.start && fits(x));
  else object = [...spans].reverse().find((x) => x.end <= tStart && fitsHere(x) && near(x.end, tStart));
  // "Co-chaired by France and India, the summit brought together …": a participle that opens the sentence governs
  // the name right after its list
  if (!object && governed && fits(governed)) object = governed;
  if (!object && opened)
    // (the list may end in a person's name: "… and Indian Prime Minister Narendra Modi, the summit")
    // ("Jointly established by China's Guangxi Zhuang Autonomous Region and Laos, the center …": a state's possessive
    // before a body it names may stand between too)
    object = spans.find((x) => x.start >= group.end && fitsHere(x) && /^[^,;.，；。]{0,60},\s*(?:the\s+|this\s+|that\s+)?$/i.test(text.slice(group.end, x.start)));
  // "Among the countries participating in this initiative are A, B": taking part in a body or a programme, listed
  // after a copula, is membership (an event taken part in stays participation)
  let listedMembers = false;
  // "由智利发起、秘鲁和挪威参与的…网络": the body or programme right after 参与的 is one they take part in
  if (!object && !afterList && trig.role === "participant" && /^(?:参与|参加)$/.test(text.slice(tStart, tEnd)) && /^的/.test(text.slice(tEnd, tEnd + 1))) {
    object = spans.find(
      (x) => x.start >= tEnd + 1 && x.start - tEnd <= 12 && (x.kind === "organisation" || x.kind === "initiative") && BODY_NAME_ANY.test(`${x.surface} ${x.why?.form ?? ""}`),
    );
    listedMembers = !!object;
  }
  if (!object && afterList && !asRole && trig.role === "participant" && /^particip|^参与|^参加/i.test(text.slice(tStart, tEnd))) {
    object = spans.find((x) => x.start >= tEnd && x.end <= group.start && (x.kind === "organisation" || (x.kind === "initiative" && !DOCUMENT_NAME.test(x.surface))));
    listedMembers = !!object;
  }
  // "The founding members comprise A, B …": the body named just before (a sentence or two back)
  const bodyId = trig.objectAdjacent && !object && MEMBERS_START.test(text.slice(s.start, tStart)) ? input.implied("body") : undefined;
  if (trig.objectAdjacent && !object && bodyId === undefined) return null;
  // "智利是网络的创始成员", "秘鲁是公约缔约方": a noun trigger after "X的" names X as the object
  if (!object && !passive && /^(?:成员|缔约方|缔约国|主席|东道)/.test(text.slice(tStart, tEnd)))
    object = [...spans].reverse().find((x) => x.end <= tStart && x.start >= group.end && fits(x) && /^[”》"]?\s*的?[\u4e00-\u9fff]{0,2}$/.test(text.slice(x.end, tStart)));
  // "As co-chairs, A, B …" names what they chair between "As" and the role noun, or after the list
  if (asRole && !object)
    object =
      spans.find((x) => x.end <= tStart && x.start >= s.start && fits(x)) ??
      spans.find((x) => x.start >= group.end && fits(x) && !CLAUSE_BREAK.test(text.slice(group.end, x.start)));
  if (trig.documentOnly && object && !DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`)) return null;
  // "the declaration was backed by A, B": backing a declaration in the passive is subscribing to it
  const subscribed =
    trig.role === "supporter" && passive && /^backed$/i.test(text.slice(tStart, tEnd)) && !!object && DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`);
  // "China and Zambia, co-chairs of the Group of Friends" also reads forwards for noun forms
  if (!object && !byZh && objectSide === "before") object = spans.find((x) => x.start >= tEnd && x.start < group.start && fits(x) && near(tEnd, x.start));
  if (!object && !byZh && objectSide === "before" && !passive) object = spans.find((x) => x.start >= tEnd && fitsHere(x) && near(tEnd, x.start));
  // "AI首尔峰会是…的后续会议，由韩英共同主办": after 由 the sentence's topic (its first name) is what they did
  // (not when the clause goes on to another event: "峰会结束后将举行后续会议，由英韩共同主办")
  if (!object && !passive && /(?:由|获|获得|得到|被)\s*$/.test(text.slice(Math.max(s.start, group.start - 2), group.start)))
    object = spans.find(
      (x) =>
        x.end <= group.start &&
        fitsHere(x) &&
        /^[\s"“《]*$/.test(text.slice(s.start, x.start)) &&
        // "X是…的后续会议，由…" still speaks of X
        (/^[\s"”》]*(?:是|为|系)/.test(text.slice(x.end, x.end + 3)) || !OTHER_EVENT.test(text.slice(x.end, group.start))),
    );
  // else the nearest name before 由 in the same clause ("会议由中国和赞比亚共同举办")
  if (!object && byZh)
    object = [...spans]
      .reverse()
      .find((x) => x.end <= group.start && fitsHere(x) && !CLAUSE_BREAK.test(text.slice(x.end, group.start)) && !OTHER_EVENT.test(text.slice(x.end, group.start)));
  // "Kenya will host the forum, which Chile and Peru will co-chair": the name before ", which" is the object
  if (!object && bodyId === undefined && !passive && /,\s*(?:which|that)\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, group.start - 14), group.start))) {
    const which = text.lastIndexOf(",", group.start);
    // ("the AI Seoul Summit in South Korea, which the UK co-hosted": the place the event met at stands between)
    object = [...spans].reverse().find((x) => x.end <= which && fits(x) && /^\s*(?:in\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})?\s*$/u.test(text.slice(x.end, which)));
  }
  let objectId = object?.entityId ?? bodyId;
  // "…等70多个国家派员参会": attending what was just reported
  if (
    objectId === undefined &&
    trig.role === "participant" &&
    recentEvent !== undefined &&
    !/\b(?:attend(?:ed|s)?|participated in|took part in)\s+(?:the\s+|a\s+)/i.test(text.slice(tStart, s.end))
  )
    objectId = recentEvent;
  // "will jointly host a summit in Seoul", "a virtual session co-chaired by …", "The initiative, led by …": the
  // event or text the article is about, when the sentence names it only by its kind
  if (objectId === undefined && !trig.documentOnly) {
    // ("Attendees included A, B", "与会代表包括A、B": a list of those present points back at the event just reported)
    if (EVENT_ROLES.has(trig.role)) {
      objectId = input.implied(
        "event",
        (afterList && trig.role === "participant" && /^(?:attendees|participants|与会|参会|出席)$/i.test(text.slice(tStart, tEnd))) ||
          (trig.role === "participant" && attendsMeetingBefore({ text, s, tStart, tEnd })),
      );
      // "GPAI's summit was held in Tokyo. Japan also serves as the chair for one year": the chair of the body just named
      if (
        objectId === undefined &&
        trig.role === "chair" &&
        SERVES_AS_BEFORE.test(text.slice(Math.max(s.start, tStart - 30), tStart)) &&
        NO_BODY_AFTER.test(text.slice(tEnd, tEnd + 6))
      )
        objectId = input.implied("body");
    }
    // "calling it “an unprecedented effort” supported by 30 nations and …": a passive whose object is "it" just before
    // ("Those who signed include A, B": a list of who did it, about the text just named)
    else if (trig.objects.includes("resolution"))
      objectId = input.implied(
        "document",
        (passive && PRONOUN_BEFORE_PASSIVE.test(text.slice(Math.max(s.start, tStart - 70), tStart))) ||
          (afterList &&
            /^[\s"“]*(?:Those|The (?:countries|states|nations|governments))\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:also\s+)?$/i.test(text.slice(s.start, tStart))),
      );
  }
  if (objectId === undefined) return null;
  // "The GPAI has its root in a G7 initiative launched by Canada and France": they launched the initiative, not the G7
  if (
    passive &&
    object?.kind === "organisation" &&
    object.end <= tStart &&
    /\b(?:a|an|one)\s+$/i.test(text.slice(Math.max(s.start, object.start - 6), object.start)) &&
    UNDERTAKING_OF_BODY.test(text.slice(object.end, tStart))
  )
    return null;
  // "巴西提出了金砖国家领导人会晤的优先议题", "announced to the General Assembly": a body one puts something
  // forward in or to is not put forward; only its founding is ("proposed the creation of …", "倡议成立…", "announced
  // intentions to form …"), or the body itself, put forward in the passive ("GPAI was first proposed by Canada and France")
  if (
    trig.role === "proposer" &&
    object?.kind === "organisation" &&
    !(passive && object.end <= tStart && BODY_PROPOSED_BETWEEN.test(text.slice(object.end, tStart))) &&
    !/^(?:launch|initiat|倡议|提议|发起)|\b(?:form|establish|build)$/i.test(text.slice(tStart, tEnd)) &&
    !/成立|建立|设立|创建|组建|\b(?:creation|establish(?:ing|ment)?|setting up|formation|founding)\b/i.test(text.slice(tEnd, object.start)) &&
    !/^[\s"“”《》]*(?:正式)?(?:成立|启动)/.test(text.slice(object.end, object.end + 8))
  )
    return null;
  let role: RelationRole = listedMembers ? "member" : subscribed ? "signatory" : trig.role;
  // "China and Zambia launched the Group of Friends", "initiated the Network": launching a body is founding it; so is
  // launching a process or a dialogue ("the G7 launched the Hiroshima AI Process", "联合国启动全球人工智能治理对话")
  if (
    role === "proposer" &&
    (object?.kind === "organisation" || (object?.kind === "initiative" && /\b(?:process|dialogue)\b|进程|对话/i.test(`${object.surface} ${object.why?.form ?? ""}`))) &&
    /^(?:launch|initiat|发起|启动)/i.test(text.slice(tStart, tEnd))
  )
    role = "founder";
  // "formally launched its Chairship of ASEAN 2026", "began its presidency of the G20": it chairs the body, which it
  // neither founded nor joined then
  if (object?.kind === "organisation" && object.start >= tEnd && CHAIRSHIP_OF_BEFORE.test(text.slice(tEnd, object.start))) role = "chair";
  // "宣布之友小组正式成立", "announced the establishment of …": announcing a body's founding is founding it
  if (role === "proposer" && object?.kind === "organisation" && /^[\s"“”《》]*(?:正式)?(?:成立|启动)/.test(text.slice(object.end, object.end + 8))) role = "founder";
  // "共同发布《…声明》", "jointly issued the declaration": several states issuing a text together sign it
  if (
    role === "proposer" &&
    group.members.length > 1 &&
    object?.kind === "initiative" &&
    DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`) &&
    (/(?:共同|联合)$|\bjointly\s+$/i.test(text.slice(Math.max(s.start, tStart - 8), tStart)) || /\bjoint\b|联合/i.test(`${text.slice(tEnd, object.start)} ${object.surface}`))
  )
    role = "signatory";
  // "七国集团达成一套行为准则": a body reaching a text adopts it (states reaching one subscribe to it)
  if (trig.documentOnly && /^达成$/.test(text.slice(tStart, tEnd)) && group.members.every((x) => x.kind === "organisation")) {
    if (!object || group.members.length !== 1) return null;
    const body = group.members[0];
    return [relationOf({ subject: object, objectId: body.entityId, role: "adopted-by", s, start: Math.min(object.start, body.start), end: Math.max(object.end, tEnd) })];
  }
  // 联署 a resolution is co-sponsoring it; 联署 a summit's statement or declaration is co-signing it
  if (role === "co-sponsor" && object?.kind === "initiative") role = "signatory";
  // "UNESCO joined the partnership in December 2020 as an observer", "以观察员身份加入": observers and guests sit
  // beside a body without being its members
  if (
    role === "member" &&
    (AS_NON_MEMBER_EN.test(text.slice(Math.max(object?.end ?? tEnd, tEnd), s.end).split(/[;,.，。；]/)[0]) ||
      AS_NON_MEMBER_ZH.test(text.slice(Math.max(s.start, tStart - 12), tStart)))
  )
    return null;
  // "also joined the declaration": joining a text is signing it; joining a group or a programme is membership
  if (role === "member" && object && object.kind === "initiative" && DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`)) role = "signatory";
  // ("法国总统马克龙宣布，法国将主办…": one state named twice is one host, not two co-hosts)
  if (new Set(group.members.map((x) => x.entityId)).size > 1 && CO_ROLES[role]) role = CO_ROLES[role]!;
  const start = Math.min(group.start, object?.start ?? tStart, tStart);
  const end = Math.max(group.end, object?.end ?? tEnd, tEnd);
  const subjects = [...group.members];
  // "Korea co-chaired the summit with Britain": both hold the joint role
  if (trig.role.startsWith("co-") && !passive && group.end <= tStart) {
    const more = withPartner({ text, s, from: Math.max(object?.end ?? tEnd, tEnd), groups: input.groups });
    if (more) subjects.push(...more.members.filter((x) => !subjects.includes(x)));
  }
  // "Georgia signed the Convention on 5 September, alongside the United States, the EU …": they signed too
  if (CO_SUBJECT_ROLES.has(role) && !passive && group.end <= tStart) {
    const from = Math.max(object?.end ?? tEnd, tEnd);
    const along = ALONGSIDE.exec(text.slice(from, s.end));
    if (along) {
      const at = from + along.index + along[0].length;
      const more = input.groups.find((g) => g.start >= at && /^\s*(?:the\s+)?$/.test(text.slice(at, g.start)));
      if (more) subjects.push(...more.members);
    }
  }
  return subjects.filter((x) => x.entityId !== objectId).map((subject) => relationOf({ subject, objectId: objectId!, role, s, start, end }));
}
