import type { ZodError } from "zod";

/** One line per problem, prefixed with the field: "limit: Too big: expected number to be <=50". */
export function zodMessage(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}
