import { z } from "zod";
import { entityRefSchema, partialDateSchema } from "@/lib/entities/entity-form-schema";

const itemRef = z.object({ type: z.enum(["mention", "event", "entity", "relation"]), id: z.number().int().positive() });

/** Body of POST /api/review: one decision, or a bulk accept. */
export const reviewRequestSchema = z.discriminatedUnion("action", [
  itemRef.extend({ action: z.literal("accept") }).strict(),
  itemRef.extend({ action: z.literal("reject") }).strict(),
  itemRef
    .extend({ action: z.literal("correct"), target: entityRefSchema.nullish(), date: partialDateSchema })
    .strict()
    .refine((v) => v.target || v.date, { message: "a correction needs a target entity or a date", path: ["target"] }),
  z.object({ action: z.literal("bulk-accept"), minConfidence: z.number().min(0.5).max(1).default(0.85) }).strict(),
]);
export type ReviewRequest = z.output<typeof reviewRequestSchema>;
