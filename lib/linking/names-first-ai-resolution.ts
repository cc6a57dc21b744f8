/**
 * "the first UN resolution on artificial intelligence", "the General Assembly's first-ever AI resolution", "adopting
 * its first global resolution on AI", "联合国大会首次就监管人工智能这一新兴领域通过决议", "首个人工智能决议": news names
 * the General Assembly's first resolution on AI by what it is, even in an article dated before it (a report of the
 * draft, or one whose only date is an older photo caption's). Not the first resolution of another body ("the
 * Security Council's first …"), nor one on AI in the military domain or on capacity-building, later texts. The
 * descriptive resolver (find-mentions.ts) takes the earliest AI resolution the atlas holds for it.
 */

const UN_EN = String.raw`(?:UN|U\.N\.|United Nations|(?:UN\s+|U\.N\.\s+|United Nations\s+)?General Assembly|UNGA)`;
const AI_EN = String.raw`(?:AI|A\.I\.|[Aa]rtificial [Ii]ntelligence)`;
/** what the resolution is on may not go on to a narrower subject ("on AI capacity-building", "on AI in the military") */
const NOT_NARROWER = String.raw`(?![- ]?(?:capacity|in\s+the\s+military|in\s+military|(?:and\s+)?(?:lethal|autonomous|military)\b|for\s+(?:the\s+)?military))`;
const FIRST_RESOLUTION_EN = new RegExp(
  String.raw`\b(?:${UN_EN}(?:['’]s)?\s+)?first(?:[- ]ever)?\s+(?:(?:global|international|stand-?alone|landmark|major|formal)\s+)?(?:${UN_EN}\s+)?(?:${AI_EN}\s+resolution|resolution\s+(?:on|about|regulating|governing|to\s+(?:regulate|govern)|addressing|dedicated\s+to)\s+(?:the\s+(?:use|governance|regulation)\s+of\s+)?${AI_EN})\b${NOT_NARROWER}`,
  "g",
);
/** "首个人工智能决议", "联合国首份关于人工智能的全球决议", "联合国大会首次就监管人工智能这一新兴领域通过决议" */
const FIRST_RESOLUTION_ZH =
  /首[个份项部宗][^，。；、]{0,10}?人工智能[^，。；、]{0,8}?决议|首次就[^，。；、]{0,16}?人工智能[^，。；、]{0,12}?通过(?:了)?(?:一项)?(?:[^，。；、]{0,6})?决议/g;
/** a narrower subject inside the Chinese phrase */
const NARROWER_ZH = /军事|武器|能力建设/;
/** "the Security Council's first …", "a First Committee resolution": another body's resolution */
const OTHER_BODY_BEFORE = /(?:Security Council|Human Rights Council|Committee|UNESCO|安理会|安全理事会|人权理事会|第一委员会)(?:['’]s)?\s*$/i;
/** the UN or its Assembly, named in the phrase or earlier in its sentence */
const UN_NAMED = new RegExp(String.raw`\b${UN_EN}\b|联合国|联大`);

/**
 * Whether a sentence names the General Assembly's first resolution on AI by what it is: the phrase, with the UN or
 * its Assembly named in it or before it in the sentence, and no other body's name just before it.
 */
export function namesFirstAiResolution({ sentence }: { sentence: string }): boolean {
  for (const m of [...sentence.matchAll(FIRST_RESOLUTION_EN), ...sentence.matchAll(FIRST_RESOLUTION_ZH)]) {
    if (NARROWER_ZH.test(m[0])) continue;
    const before = sentence.slice(0, m.index);
    if (OTHER_BODY_BEFORE.test(before.slice(-30))) continue;
    if (UN_NAMED.test(m[0]) || UN_NAMED.test(before)) return true;
  }
  return false;
}
