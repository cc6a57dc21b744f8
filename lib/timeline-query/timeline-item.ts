import type { EntityKind, RelationRole } from "@/lib/vocabulary/atlas-terms";
import type { Participation } from "@/lib/participation/completeness";

/** Kinds that have a place on the timeline: each is dated by its `date` column (see db/schema.ts). */
export const TIMELINE_KINDS = ["event", "initiative", "resolution", "organisation"] as const satisfies readonly EntityKind[];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineLink = {
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  /** Countries only. */
  iso2: string | null;
  iso3: string | null;
  /** Resolutions only: the UN symbol ("A/RES/78/311"). */
  symbol?: string | null;
  /** The role as stored; direction as seen from the timeline item: "outgoing" when the item is the subject. */
  role: RelationRole;
  direction: "incoming" | "outgoing";
};

/** One dated item of the timeline with what the list, the exports and the API show about it. */
export type TimelineItem = {
  id: number;
  kind: TimelineKind;
  slug: string;
  subtype: string | null;
  nameEn: string;
  nameZh: string | null;
  /** Resolutions only: the UN symbol. */
  symbol?: string | null;
  /** Partial ISO date (lib/dates/partial-date.ts): its length is its precision. */
  date: string;
  endDate: string | null;
  location: string | null;
  description: string | null;
  updatedAt: string;
  countries: TimelineLink[];
  organisations: TimelineLink[];
  initiatives: TimelineLink[];
  resolutions: TimelineLink[];
  events: TimelineLink[];
  /** Distinct articles giving evidence: non-rejected mentions plus non-rejected article_events. */
  articleCount: number;
  /** The completeness of its participation lists, when the caller attached it (attach-participation). */
  participation?: Participation[];
};
