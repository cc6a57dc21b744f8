import type { RelationRole } from "@/lib/vocabulary/atlas-terms";
import { isParticipationRole } from "./participation-roles";

/**
 * Which relation roles count towards a participation list. A list is named by its main role; a country that
 * leads (hosts, proposes, sponsors) is also one of the participants, signatories or sponsors the total counts.
 */
export const LIST_ROLE_MEMBERS: Readonly<Partial<Record<RelationRole, readonly RelationRole[]>>> = {
  signatory: ["signatory", "proposer", "founder", "co-founder"],
  "co-sponsor": ["co-sponsor", "sponsor", "proposer"],
  sponsor: ["sponsor"],
  member: ["member", "founder", "co-founder"],
  participant: ["participant", "host", "co-host", "co-chair", "organiser"],
  supporter: ["supporter"],
};

/** The roles whose participants count towards a list named by `role`. */
export function rolesCountedFor(role: RelationRole): readonly RelationRole[] {
  return LIST_ROLE_MEMBERS[role] ?? [role];
}

export type ListRecord = { role: RelationRole; expectedTotal: number | null; asOf: string | null; sourceUrl: string | null; note: string | null };
export type Participation = {
  role: RelationRole;
  known: number;
  expectedTotal: number | null;
  complete: boolean;
  asOf: string | null;
  sourceUrl: string | null;
  note: string | null;
};

/**
 * The completeness of each participation list of one entity: one entry per role that has participants or a
 * recorded list. `known` counts distinct countries in the list's roles; a list is complete only when an
 * expected total is recorded and the known participants reach it. Roles with participants that are counted
 * inside another recorded list (a host inside the participants) get no entry of their own.
 */
export function buildParticipation({ participants, lists }: { participants: { countryId: number; role: RelationRole }[]; lists: ListRecord[] }): Participation[] {
  const byRecordedRole = new Map(lists.map((l) => [l.role, l]));
  const covered = new Set(lists.flatMap((l) => rolesCountedFor(l.role)));
  const roles = new Set<RelationRole>(lists.map((l) => l.role));
  // a reported refusal ("non-signatory") is a fact about the list, never one of its participants
  for (const p of participants) if (!covered.has(p.role) && isParticipationRole(p.role)) roles.add(p.role);
  return [...roles].sort().map((role) => {
    const counted = new Set(rolesCountedFor(role));
    const known = new Set(participants.filter((p) => counted.has(p.role)).map((p) => p.countryId)).size;
    const list = byRecordedRole.get(role);
    const expectedTotal = list?.expectedTotal ?? null;
    return {
      role,
      known,
      expectedTotal,
      complete: expectedTotal !== null && known >= expectedTotal,
      asOf: list?.asOf ?? null,
      sourceUrl: list?.sourceUrl ?? null,
      note: list?.note ?? null,
    };
  });
}

const PLURALS: Partial<Record<RelationRole, string>> = {
  signatory: "signatories",
  "co-sponsor": "co-sponsors",
  sponsor: "sponsors",
  member: "members",
  participant: "participating countries",
  supporter: "supporters",
  "co-chair": "co-chairs",
  host: "hosts",
  "co-host": "co-hosts",
  founder: "founders",
  "co-founder": "co-founders",
  proposer: "proposers",
  organiser: "organisers",
};

export function pluralOfRole(role: RelationRole): string {
  return PLURALS[role] ?? `${role}s`;
}

const SINGULARS: Partial<Record<RelationRole, string>> = { participant: "participating country" };

/** Lists readers ask about even without a recorded total (who signed, sponsored, joined, took part). */
const MAIN_LIST_ROLES = new Set<RelationRole>(["signatory", "co-sponsor", "member", "participant", "supporter"]);

/** The lists a page names: every recorded list, and the main lists even when no total is recorded. */
export function listsWorthNoting(participation: Participation[]): Participation[] {
  return participation.filter((p) => p.expectedTotal !== null || p.note !== null || MAIN_LIST_ROLES.has(p.role));
}

/** "17 of 28 signatories known, as of 1 Nov 2023" / "12 signatories known; the total is not recorded". */
export function describeParticipation({ participation, formatDate }: { participation: Participation; formatDate: (date: string) => string }): string {
  const p = participation;
  const noun = p.known === 1 && p.expectedTotal === null ? (SINGULARS[p.role] ?? p.role) : pluralOfRole(p.role);
  const asOf = p.asOf ? `, as of ${formatDate(p.asOf)}` : "";
  if (p.expectedTotal === null) return `${p.known} ${noun} known; the total is not recorded, so the list may be incomplete`;
  if (p.complete) return `All ${p.expectedTotal} ${noun} recorded${asOf}`;
  return `${p.known} of ${p.expectedTotal} ${noun} known${asOf}`;
}

/** The public JSON shape of a list's completeness (entity and countries APIs, exports). */
export function serializeParticipation(participation: Participation[]) {
  return participation.map((p) => ({
    role: p.role,
    known: p.known,
    expectedTotal: p.expectedTotal,
    complete: p.complete,
    asOf: p.asOf,
    sourceUrl: p.sourceUrl,
    ...(p.note ? { note: p.note } : {}),
  }));
}

/** The lists of a selection that are not known to be complete (what the /countries banner warns about). */
export function incompleteLists(participation: Participation[]): Participation[] {
  return participation.filter((p) => !p.complete);
}
