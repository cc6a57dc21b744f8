import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AccountError } from "./account-error";
import { EntityWriteError } from "./entity-write-error";
import { IngestError } from "./ingest-error";
import { isBusyError, refusalOf, refusalOfZodError, WriteRefusal } from "./write-refusal";

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe("refusalOf", () => {
  it("maps the domain's refusals with their status and field", () => {
    expect(refusalOf(new EntityWriteError("taken", 409, "slug"))).toMatchObject({ status: 409, message: "taken", fieldErrors: { slug: "taken" } });
    expect(refusalOf(new AccountError("too short", "password"))).toMatchObject({ status: 400, field: "password" });
    expect(refusalOf(new IngestError("too-large", "6 MB"))).toMatchObject({ status: 413 });
  });

  it("maps data-rule clashes to 409 and a database still busy to 503; anything else is not a refusal", () => {
    expect(refusalOf(sqliteError("SQLITE_CONSTRAINT_UNIQUE"))).toMatchObject({ status: 409 });
    expect(refusalOf(sqliteError("SQLITE_CONSTRAINT_FOREIGNKEY"))).toMatchObject({ status: 409, message: /data rule/ });
    expect(refusalOf(sqliteError("SQLITE_BUSY"))).toMatchObject({ status: 503 });
    expect(refusalOf(new Error("boom"))).toBeUndefined();
    expect(refusalOf("not an error")).toBeUndefined();
  });

  it("knows busy errors, including extended codes", () => {
    expect(isBusyError(sqliteError("SQLITE_BUSY_SNAPSHOT"))).toBe(true);
    expect(isBusyError(sqliteError("SQLITE_CONSTRAINT"))).toBe(false);
  });

  it("turns a zod failure into one message per field, marked as invalid input", () => {
    const parsed = z.object({ slug: z.string().min(3), date: z.string() }).safeParse({ slug: "x" });
    const refusal = refusalOfZodError(parsed.error!);
    expect(refusal).toBeInstanceOf(WriteRefusal);
    expect(refusal.invalidInput).toBe(true);
    expect(Object.keys(refusal.fieldErrors!)).toEqual(["slug", "date"]);
    expect(refusal.message).toMatch(/^slug: /);
  });
});
