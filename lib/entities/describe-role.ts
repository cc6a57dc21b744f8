/**
 * Relations are stored subject → role → object ("CHN co-chair of group"). Seen from the object's page the
 * same row reads the other way ("co-chaired by"), so labels depend on direction.
 */
const INCOMING: Record<string, string> = {
  participant: "participant",
  host: "hosted by",
  "co-host": "co-hosted by",
  "co-chair": "co-chair",
  founder: "founded by",
  "co-founder": "co-founder",
  member: "member",
  sponsor: "sponsor",
  "co-sponsor": "co-sponsor",
  proposer: "proposed by",
  "adopted-by": "adopted",
  signatory: "signatory",
  "part-of": "includes",
  "follow-up-of": "followed by",
  organiser: "organised by",
  supporter: "supporter",
};
const OUTGOING: Record<string, string> = {
  participant: "participant in",
  host: "host of",
  "co-host": "co-host of",
  "co-chair": "co-chair of",
  founder: "founder of",
  "co-founder": "co-founder of",
  member: "member of",
  sponsor: "sponsor of",
  "co-sponsor": "co-sponsor of",
  proposer: "proposer of",
  "adopted-by": "adopted by",
  signatory: "signatory of",
  "part-of": "part of",
  "follow-up-of": "follow-up of",
  organiser: "organiser of",
  supporter: "supporter of",
};

export function describeRole({ role, direction }: { role: string; direction: "outgoing" | "incoming" }): string {
  return (direction === "outgoing" ? OUTGOING : INCOMING)[role] ?? role;
}
