import type { Gazetteer } from "./gazetteer";
import { factKey } from "./fact-key";
import type { FoundRelation } from "./types";

/**
 * "France will host the next AI Safety Summit", "韩国将主办下一届人工智能安全峰会": the series' name is read as the
 * edition the atlas holds under it (Bletchley), which would make France its host. A state said to host (alone) an
 * edition whose hosts the atlas holds, when it is not one of them but hosts exactly one other edition of the same
 * series (editions linked by follow-up relations), hosts that edition. A co-host is left alone: a state may co-chair
 * another's summit.
 */
export function settleSeriesHosts({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): FoundRelation[] {
  if (!relations.some((r) => r.role === "host" || r.role === "co-host")) return relations;
  const listed = editionsOfListedHosts({ relations, gazetteer });
  const out: FoundRelation[] = [];
  const keys = new Set(relations.map((r) => factKey(r)));
  for (const r of relations) {
    const edition = r.role === "host" ? otherEditionHosted({ subjectId: r.subjectId, eventId: r.objectId, gazetteer, evidence: r.evidence }) : listed.get(r);
    if (edition === undefined) {
      out.push(r);
      continue;
    }
    const moved = { ...r, objectId: edition, role: "host" as const };
    const key = factKey(moved);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(moved);
  }
  return out;
}

/**
 * "AI summits have since been hosted by South Korea and France" (read as co-hosts of the edition the series' name
 * means): when each state of the list hosts another edition of the series, and no two the same, each hosted its own.
 */
function editionsOfListedHosts({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): Map<FoundRelation, number> {
  const lists = new Map<string, FoundRelation[]>();
  for (const r of relations) {
    if (r.role !== "co-host") continue;
    const key = `${r.objectId}:${r.evidenceStart}`;
    lists.set(key, [...(lists.get(key) ?? []), r]);
  }
  const out = new Map<FoundRelation, number>();
  for (const list of lists.values()) {
    if (list.length < 2) continue;
    const editions = list.map((r) => otherEditionHosted({ subjectId: r.subjectId, eventId: r.objectId, gazetteer, evidence: null }));
    if (editions.some((e) => e === undefined) || new Set(editions).size !== editions.length) continue;
    list.forEach((r, i) => out.set(r, editions[i]!));
  }
  return out;
}

/** The one other edition of the event's series the state hosts, when the atlas holds the event's hosts and not it. */
function otherEditionHosted({
  subjectId,
  eventId,
  gazetteer,
  evidence,
}: {
  subjectId: number;
  eventId: number;
  gazetteer: Gazetteer;
  /** the statement's sentence, which must say it is another edition (null: the caller has checked otherwise) */
  evidence: string | null;
}): number | undefined {
  const event = gazetteer.entries.get(eventId);
  if (event?.kind !== "event" || !event.hostIds?.length || event.hostIds.includes(subjectId)) return undefined;
  if (gazetteer.entries.get(subjectId)?.kind !== "country") return undefined;
  const hosted = seriesOf({ eventId, gazetteer }).filter((id) => id !== eventId && gazetteer.entries.get(id)?.hostIds?.includes(subjectId));
  if (hosted.length !== 1) return undefined;
  // (the sentence must say it is another edition: "the next summit", "第二届", or that edition's year)
  const year = gazetteer.entries.get(hosted[0])?.date?.slice(0, 4);
  return evidence === null || ANOTHER_EDITION.test(evidence) || (!!year && evidence.includes(year)) ? hosted[0] : undefined;
}

/**
 * "前3届年会分别在巴黎、首尔以及英国布莱切利举办", "These include the REAIM Summit, convened by the Netherlands, and the AI
 * Safety Summit at Bletchley Park, hosted by the UK": a state said to host or co-host a meeting whose hosts the atlas
 * holds, not among them, was read against the wrong meeting of the sentence (or a side event of it), not a new host:
 * on the tune files 2 of 55 such readings were labelled, bar the atlas's co-chairs ("co-hosted by Macron and Modi"),
 * which are kept. A body co-hosting is left alone: a host state's ministries co-organise its meetings.
 */
export function dropHostsOthersHeld({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): FoundRelation[] {
  return relations.filter((r) => {
    const said = r.role === "host" || (r.role === "co-host" && gazetteer.entries.get(r.subjectId)?.kind === "country");
    return !(said && hostedByOthers({ subjectId: r.subjectId, eventId: r.objectId, gazetteer }));
  });
}

function hostedByOthers({ subjectId, eventId, gazetteer }: { subjectId: number; eventId: number; gazetteer: Gazetteer }): boolean {
  const event = gazetteer.entries.get(eventId);
  // (the atlas's co-chair of a meeting, "co-hosted by Macron and Modi", is one of those who led it)
  return event?.kind === "event" && !!event.hostIds?.length && !event.hostIds.includes(subjectId) && !event.chairIds?.includes(subjectId);
}

/** Words that put a meeting in another edition of its series. */
const ANOTHER_EDITION = /\b(?:next|upcoming|following|subsequent|second|third|fourth|follow-up)\b|下一?届|下次|第[二三四]届|后续/i;

/** The events linked to this one through events (follow-ups of follow-ups), itself included. */
export function seriesOf({ eventId, gazetteer }: { eventId: number; gazetteer: Gazetteer }): number[] {
  const seen = new Set([eventId]);
  const queue = [eventId];
  while (queue.length) {
    const id = queue.pop()!;
    for (const next of gazetteer.entries.get(id)?.relatedIds ?? []) {
      if (seen.has(next) || gazetteer.entries.get(next)?.kind !== "event") continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}
