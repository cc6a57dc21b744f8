import type { RelationRole } from "@/lib/vocabulary/atlas-terms";

/**
 * Roles in which a country (the relation's subject) takes part in something. Structural roles
 * ("part-of", "follow-up-of", "adopted-by") link documents to each other, not countries to what they do.
 * Order = prominence: when a country holds several roles in one thing, the first one names its part.
 */
export const PARTICIPATION_ROLES = [
  "founder",
  "co-founder",
  "proposer",
  "chair",
  "co-chair",
  "host",
  "co-host",
  "organiser",
  "sponsor",
  "co-sponsor",
  "member",
  "signatory",
  "supporter",
  "participant",
] as const satisfies readonly RelationRole[];
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

const ROLE_RANK = new Map<string, number>(PARTICIPATION_ROLES.map((r, i) => [r, i]));

export function isParticipationRole(role: string): role is ParticipationRole {
  return ROLE_RANK.has(role);
}

/** Sort order for roles: most prominent first; unknown roles last, alphabetically. */
export function compareRoles(a: string, b: string): number {
  return (ROLE_RANK.get(a) ?? 99) - (ROLE_RANK.get(b) ?? 99) || a.localeCompare(b);
}

export function sortRoles(roles: Iterable<string>): string[] {
  return [...new Set(roles)].sort(compareRoles);
}

/**
 * Map colours for a selection use four tiers rather than thirteen roles: a categorical palette of
 * thirteen is unreadable, and readers ask "who leads, who sponsors, who is in, who came".
 */
export const ROLE_TIERS = [
  { tier: "leads", label: "Founder, proposer, chair or host", roles: ["founder", "co-founder", "proposer", "co-chair", "host", "co-host", "organiser"] },
  { tier: "sponsors", label: "Sponsor or co-sponsor", roles: ["sponsor", "co-sponsor"] },
  { tier: "members", label: "Member, signatory or supporter", roles: ["member", "signatory", "supporter"] },
  { tier: "participants", label: "Took part", roles: ["participant"] },
] as const;
export type RoleTier = (typeof ROLE_TIERS)[number]["tier"] | "via-parts";

/** The tier of a country's most prominent role; "via-parts" when it only took part in sub-events. */
export function tierOfRoles(roles: string[]): RoleTier | null {
  if (!roles.length) return null;
  const top = sortRoles(roles)[0];
  return ROLE_TIERS.find((t) => (t.roles as readonly string[]).includes(top))?.tier ?? "participants";
}

/** "co-founder" → "Co-founder" for column headers. */
export function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
