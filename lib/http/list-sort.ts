import { z } from "zod";

/** ?sort=name|date&dir=asc|desc for index pages; anything else falls back to newest first. */
export const listSortSchema = z.object({
  sort: z.enum(["name", "date"]).catch("date"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
});

export function parseListSort(params: Record<string, string | string[] | undefined>) {
  return listSortSchema.parse({ sort: params.sort, dir: params.dir });
}
