import ical, { ICalCalendarMethod } from "ical-generator";
import { formatPartialDate, partialDateBounds } from "@/lib/dates/partial-date";
import { entityPath } from "@/lib/urls/entity-url";
import { describeTimelineKind } from "./describe-timeline-kind";
import type { TimelineItem } from "@/lib/timeline-query/timeline-item";

/** The day after a YYYY-MM-DD, as a UTC midnight Date: iCalendar's DTEND of an all-day event is exclusive. */
function dayAfter(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Plain-text summary of who and what is linked, for the event's DESCRIPTION. */
export function describeTimelineItem({ item }: { item: TimelineItem }): string {
  const lines = [
    `${describeTimelineKind(item).en} · ${formatPartialDate({ date: item.date })}${item.endDate && item.endDate !== item.date ? ` – ${formatPartialDate({ date: item.endDate })}` : ""}`,
  ];
  if (item.nameZh) lines.push(item.nameZh);
  if (item.countries.length) lines.push(`Countries: ${item.countries.map((c) => c.nameEn).join(", ")}`);
  if (item.organisations.length) lines.push(`Organisations: ${item.organisations.map((o) => o.nameEn).join(", ")}`);
  if (item.initiatives.length) lines.push(`Initiatives: ${item.initiatives.map((i) => i.nameEn).join(", ")}`);
  if (item.resolutions.length) lines.push(`Resolutions: ${item.resolutions.map((r) => r.nameEn).join(", ")}`);
  lines.push(`Articles giving evidence: ${item.articleCount}`);
  return lines.join("\n");
}

/**
 * An iCalendar (RFC 5545) file of timeline items as all-day events covering their precision: "2024-12-03"
 * is that day, "2024-12" the whole of December, "2019" the whole year (DTEND is the exclusive next day).
 * UIDs are stable per item so calendar apps update rather than duplicate on re-import.
 */
export function buildTimelineIcs({
  items,
  origin,
  name = "Policy Atlas timeline",
  now = new Date(),
}: {
  items: TimelineItem[];
  origin: string;
  name?: string;
  now?: Date;
}): string {
  const host = new URL(origin).hostname;
  const calendar = ical({ name, prodId: { company: "Policy Atlas", product: "timeline", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  for (const item of items) {
    const start = partialDateBounds(item.date).first;
    const last = partialDateBounds(item.endDate && item.endDate >= item.date ? item.endDate : item.date).last;
    calendar.createEvent({
      id: `${item.kind}-${item.slug}@${host}`,
      start: new Date(`${start}T00:00:00Z`),
      end: dayAfter(last),
      allDay: true,
      stamp: now,
      lastModified: new Date(item.updatedAt),
      summary: item.nameEn,
      description: describeTimelineItem({ item }),
      location: item.location ?? undefined,
      url: new URL(entityPath(item), origin).toString(),
      categories: [{ name: describeTimelineKind(item).en }],
    });
  }
  return calendar.toString();
}
