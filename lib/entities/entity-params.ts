import { z } from "zod";
import { ENTITY_KINDS } from "@/db/schema";

/** The `[kind]/[slug]` segments of entity pages and API routes; `slug` is the URL key (slug, or ISO3 for countries). */
export const entityParamsSchema = z.object({ kind: z.enum(ENTITY_KINDS), slug: z.string().min(1).max(200) });
