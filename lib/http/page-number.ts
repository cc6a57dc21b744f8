import { z } from "zod";

/** ?page=N for paginated lists: a whole number from 1; anything else is the first page. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function readPageNumber(params: Record<string, string | string[] | undefined>): number {
  const raw = params.page;
  return pageNumberSchema.parse(Array.isArray(raw) ? raw[0] : raw);
}

/** How many pages `total` rows make at `perPage`, and the page clamped into range. */
export function clampPage({ page, total, perPage }: { page: number; total: number; perPage: number }): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const clamped = Math.min(page, pages);
  return { page: clamped, pages, offset: (clamped - 1) * perPage };
}
