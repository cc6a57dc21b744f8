import { LEADING_ROLES } from "./relation-patterns";
import type { FoundRelation } from "./types";

/**
 * The post-filters over everything read, in this order: where two roles of one subject towards one object say the
 * same fact (or one says more), only one is kept.
 */
export function settleRelations({ found }: { found: FoundRelation[] }): FoundRelation[] {
  return dropSupportOfOwnTexts(dropVenuesOfJointHosts(dropHostsAsParticipants(mergeSponsorship(dropProposersOfFounded({ found })))));
}

/** "co-hosted by Korea and Britain … the summit in Korea": the venue adds nothing to a host the article names. */
function dropVenuesOfJointHosts(found: FoundRelation[]): FoundRelation[] {
  const led = new Set(found.filter((r) => r.why.form !== "venue" && LEADING_ROLES.has(r.role)).map((r) => `${r.subjectId}:${r.objectId}`));
  const seen = new Set<string>();
  return found.filter((r) => {
    if (r.why.form !== "venue") return true;
    const k = `${r.subjectId}:${r.objectId}`;
    if (led.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "中方提出并支持《…倡议》": a state that put a text forward, signed or joined it is more than a supporter. */
function dropSupportOfOwnTexts(found: FoundRelation[]): FoundRelation[] {
  const more = new Set(found.filter((r) => r.role !== "supporter").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "supporter" || !more.has(`${r.subjectId}:${r.objectId}`));
}

/** "联合国宣布成立…机构": announcing a body one founds is founding it; the founding is the one fact. */
function dropProposersOfFounded({ found }: { found: FoundRelation[] }): FoundRelation[] {
  const founded = new Set(found.filter((r) => r.role === "founder" || r.role === "co-founder").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "proposer" || !founded.has(`${r.subjectId}:${r.objectId}`));
}

/** Whoever hosts or chairs an event also attends it; the article's fact is the leading role, suggested once. */
function dropHostsAsParticipants(found: FoundRelation[]): FoundRelation[] {
  const leads = new Set(found.filter((r) => LEADING_ROLES.has(r.role)).map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "participant" || !leads.has(`${r.subjectId}:${r.objectId}`));
}

/**
 * A resolution's proposer is its sponsor ("中国提出的决议" … "中国主提的决议"): one fact, kept once, as the
 * sponsorship, so an article that says both does not yield two suggestions for one role.
 */
function mergeSponsorship(found: FoundRelation[]): FoundRelation[] {
  const sponsored = new Set(found.filter((r) => r.role === "sponsor" || r.role === "co-sponsor").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "proposer" || !sponsored.has(`${r.subjectId}:${r.objectId}`));
}
