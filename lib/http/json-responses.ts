import { NextResponse } from "next/server";
import type { ZodError } from "zod";

/** Errors are JSON with a human-readable message; never a stack trace. */
export function jsonError({ status, message }: { status: number; message: string }) {
  return NextResponse.json({ error: message }, { status });
}

export function zodMessage(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}
