import type { RelationRole } from "@/db/schema";
import type { FoundMention, FoundRelation } from "./types";
import { factKey } from "./fact-key";

/** "Brazil (presidency)", "Japan (Chair)", "France (host)": a note in brackets right after a name gives it a role. */
const ROLE_NOTE = /^\s*\(\s*(?:the\s+)?(?:(?<chair>presidency|president|chair|chairmanship|co-chair)|(?<host>host|host country|co-host))\s*\)/i;
/** The roles of a listed name a note can add to: a member of a body or a participant in a meeting. */
const LISTED = new Set<RelationRole>(["member", "participant"]);

/**
 * "G20 member countries: Japan, Saudi Arabia (Presidency), Argentina …", "Participants: Italy (host), …": a state or
 * body read as a member or participant, whose name in the statement's evidence has its role noted after it, also
 * holds that role (chair or host) of the same body or meeting (unless `found` already states it).
 */
export function readRoleNotes({ text, source, found, mentions }: { text: string; source: string; found: FoundRelation[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const stated = new Set(found.map((r) => factKey(r)));
  for (const r of found) {
    if (!LISTED.has(r.role)) continue;
    const end = r.evidenceStart + r.evidence.length;
    for (const m of mentions) {
      if (m.entityId !== r.subjectId || m.start < r.evidenceStart || m.end > end) continue;
      const note = ROLE_NOTE.exec(text.slice(m.end, Math.min(end, m.end + 40)));
      if (!note) continue;
      const role: RelationRole = note.groups?.chair ? "chair" : "host";
      const key = factKey({ subjectId: r.subjectId, role, objectId: r.objectId });
      if (stated.has(key)) break;
      stated.add(key);
      out.push({ ...r, role, start: m.start, end: m.end + note[0].length, why: { matched: source.slice(m.start, m.end + note[0].length), form: role, rule: "pattern" } });
      break;
    }
  }
  return out;
}
