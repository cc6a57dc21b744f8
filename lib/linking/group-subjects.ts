import type { FoundMention } from "./types";

/** Text that may stand between two names of one list. */
// ("…, the Republic of Singapore": the state's formal name before its short one, which is what the atlas matched)
const LIST_GAP =
  /^\s*(?:,|，|、|;|and|&|plus|as well as|along with|together with|和|与|及|以及|同|跟)?\s*(?:,|，|and)?\s*(?:the\s+)?(?:(?:Republic|Kingdom|State|Federal Republic|Commonwealth|Principality|Grand Duchy|Sultanate) of\s+(?:the\s+)?)?$/i;
/**
 * "塞尔维亚总统武契奇、印尼统筹部长卢胡特以及…", "Serbian President Vučić, Indonesian Minister Luhut and …": a
 * person named after the country's name (title, then name) does not break the list of countries.
 */
const LIST_GAP_PERSON_ZH = /^[\u4e00-\u9fff]{0,6}(?:总统|总理|首相|主席|部长|外长|大使|代表|国王|特使|领导人|首脑)[\u4e00-\u9fff·]{0,8}\s*(?:、|，|,|和|与|及|以及)\s*$/;
const LIST_GAP_PERSON_EN =
  /^(?:['’]s)?\s+(?:[A-Za-z][a-z]+\s+){0,2}(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Ss]ecretary|[Aa]mbassador|King|[Ee]nvoy|[Cc]hancellor|[Pp]remier)\s+(?:[A-Z][\p{L}'-]+\s*){1,3}(?:,|and|, and)\s*(?:the\s+)?$/u;
/**
 * "co-chaired by Ambassador Egriselda López of El Salvador and Ambassador Rein Tammsaar of Estonia", "by Foreign
 * Minister X of Chile": an envoy or minister named with the state they act for (the state is the subject).
 */
export const ENVOY_OF_EN =
  /(?:(?:[Ss]enior|[Ff]oreign|[Dd]eputy|[Ss]pecial|[Pp]ermanent)\s+)?(?:Ambassador|Minister|Secretary|President|Prime Minister|Representative|Envoy|Director-General|Chancellor|Premier)\s+(?:[A-Z][\p{L}.'-]*\s+){1,3}(?:of|from)\s+(?:the\s+)?$/u;
const LIST_GAP_ENVOY_EN = new RegExp(`^\\s*(?:,|and|, and)\\s+${ENVOY_OF_EN.source}`, "u");

/** "Brazil, Russia, India, China, South Africa, and new members including Indonesia, Nigeria": one list of members. */
const LIST_GAP_NEW_MEMBERS_EN = /^\s*,?\s*(?:and|as well as|plus)\s+(?:the\s+)?(?:new|newer|newest|other)\s+members?(?:\s+(?:including|such as|like))?\s*(?:the\s+)?$/i;

/**
 * "the US, UK, UE, Australia", "Mexico, New Zeland, Republic of Korea": an item or two the atlas does not know (a
 * misspelt state, a body it does not hold), written as a name between commas, does not break the list.
 */
const LIST_GAP_UNKNOWN_ITEM_EN = /^\s*,\s*(?:(?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2}\s*,\s*){1,2}(?:and\s+)?(?:the\s+)?$/u;

export type Group = { members: FoundMention[]; start: number; end: number };

/** "法国、共同主席国印度、中国": a title before the next state of the list. */
export const LIST_GAP_TITLE_ZH = /^\s*(?:、|，|,|和|与|及|以及)\s*(?:共同|联合|轮值)?(?:主席国|东道国|东道主)\s*$/;
/** "摩尔多瓦共和国、圣马力诺": the rest of a state's long name after its short one. */
const LIST_GAP_STATE_SUFFIX_ZH = /^(?:共和国|王国|联邦|公国|大公国|合众国|民主共和国|联合共和国)\s*(?:、|，|,|和|与|及|以及)\s*$/;
/** "俄罗斯、法国等70多个国家及联合国、国际电信联盟等国际组织": the countries and the organisations are one list. */
const LIST_GAP_ETC_ZH = /^等[\d一二三四五六七八九十百]*多?个?(?:国家|国|方)(?:代表)?\s*(?:和|及|以及|、|，)\s*$/;

/**
 * "由中国外交部、国家发展改革委、教育部…和上海市政府共同主办": bodies the atlas does not hold (a ministry, a
 * commission, a city government) between two it does are items of the same list.
 */
const LIST_GAP_BODIES_ZH = /^(?:\s*[、，,]\s*[\u4e00-\u9fff]{1,10}?(?:部|委|办|院|协|局|署|厅|政府|中心|委员会|办公室))+\s*(?:、|，|,|和|与|及|以及)\s*$/;

/** "Peru (Presidency), Uruguay", "Japan (Chair) and Italy": a short note in brackets stays with the name before it. */
const NOTE_BEFORE_GAP = /^\s*[(（][^()（）]{1,30}[)）]/;

export function isListGap({ gap }: { gap: string }): boolean {
  const note = NOTE_BEFORE_GAP.exec(gap);
  if (note) return isListGap({ gap: gap.slice(note[0].length) });
  return (
    LIST_GAP.test(gap) ||
    LIST_GAP_BODIES_ZH.test(gap) ||
    LIST_GAP_PERSON_ZH.test(gap) ||
    LIST_GAP_PERSON_EN.test(gap) ||
    LIST_GAP_ETC_ZH.test(gap) ||
    LIST_GAP_STATE_SUFFIX_ZH.test(gap) ||
    LIST_GAP_TITLE_ZH.test(gap) ||
    LIST_GAP_ENVOY_EN.test(gap) ||
    LIST_GAP_NEW_MEMBERS_EN.test(gap) ||
    LIST_GAP_UNKNOWN_ITEM_EN.test(gap)
  );
}

/**
 * Adjacent subject mentions joined by list separators form one group. "International Telecommunication Union
 * (ITU)" is one member (the abbreviation in brackets is skipped); in "U.N. General Assembly" the first name only
 * qualifies the second, which is the member.
 */
export function groupSubjects({ text, subjects }: { text: string; subjects: FoundMention[] }): Group[] {
  const groups: Group[] = [];
  for (const m of subjects) {
    const last = groups.at(-1);
    const prev = last?.members.at(-1);
    if (last && prev && m.start >= last.end) {
      const gap = text.slice(last.end, m.start);
      if (m.entityId === prev.entityId && /^\s*\(\s*$/.test(gap)) {
        const close = /^\s*\)/.exec(text.slice(m.end, m.end + 4));
        if (close) last.end = m.end + close[0].length;
        continue;
      }
      if (/^\s*$/.test(gap) && m.kind === "organisation" && prev.kind === "organisation") {
        last.members[last.members.length - 1] = m;
        last.end = m.end;
        continue;
      }
    }
    if (last && m.start >= last.end && isListGap({ gap: text.slice(last.end, m.start) })) {
      last.members.push(m);
      last.end = m.end;
    } else groups.push({ members: [m], start: m.start, end: m.end });
  }
  return groups;
}
