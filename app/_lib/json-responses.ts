import { NextResponse } from "next/server";

/** Errors are JSON with a human-readable message; never a stack trace. */
export function jsonError({ status, message }: { status: number; message: string }) {
  return NextResponse.json({ error: message }, { status });
}
