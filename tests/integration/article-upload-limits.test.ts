import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase } from "../helpers/test-database";
import { createUser, useDatabaseForRoutes } from "./auth-helpers";

// POST /api/articles through its route handler, over a real SQLite file, with extraction and linking in the
// real worker thread: the caps answer clearly (413/422) and store nothing.
const database = createTestDatabase();
const { db } = database;
let token = "";
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  useDatabaseForRoutes(db);
  token = (await createUser({ db, email: "limits@example.org", role: "editor" })).token;
  ({ POST } = await import("@/app/api/articles/route"));
});
afterAll(() => {
  (globalThis as unknown as { atlasDb?: unknown }).atlasDb = undefined;
  database.remove();
});

const articleCount = () => db.get<{ n: number }>(sql`select count(*) as n from articles`)!.n;
const mentionCount = () => db.get<{ n: number }>(sql`select count(*) as n from mentions`)!.n;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  const response = await POST(
    new Request("http://atlas.test/api/articles", {
      method: "POST",
      headers: { host: "atlas.test", authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: text,
    }),
  );
  return { status: response.status, json: (await response.json()) as { error?: string; slug?: string; mentions?: number } };
}

describe("POST /api/articles limits", () => {
  it("refuses 2,000 nested divs (78 s in Readability before) at once with a clear 422", async () => {
    const before = articleCount();
    const html = `<html><body>${"<div>".repeat(2000)}<p>${"The Global AI Governance Initiative was proposed by China. ".repeat(8)}</p>${"</div>".repeat(2000)}</body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(20_000);
    const { status, json } = await post({ html });
    expect(status).toBe(422);
    expect(json.error).toMatch(/nests its elements more than 200 deep/);
    expect(articleCount()).toBe(before);
  });

  it("refuses the 4.9 MB repetitive article with 413 (text over the limit)", async () => {
    const before = articleCount();
    const body = "The Global AI Governance Initiative was welcomed by China, France and the United Nations. ".repeat(55_000);
    expect(body.length).toBeGreaterThan(4_900_000);
    const { status, json } = await post({ body });
    expect(status).toBe(413);
    expect(json.error).toMatch(/characters, more than the 1,000,000 limit/);
    expect(articleCount()).toBe(before);
  });

  it("refuses an article naming entities more than 2,000 times with 422, storing nothing", async () => {
    const [articlesBefore, mentionsBefore] = [articleCount(), mentionCount()];
    const body = "China and France met at the United Nations. ".repeat(900);
    const { status, json } = await post({ body, title: "Repetitive" });
    expect(status).toBe(422);
    expect(json.error).toMatch(/names entities [\d,]+ times, more than the 2,000/);
    expect([articleCount(), mentionCount()]).toEqual([articlesBefore, mentionsBefore]);
  });

  it("refuses a request declaring more bytes than an article may have with 413, before reading it", async () => {
    const { status, json } = await post({ body: "short" }, { "content-length": String(7 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(json.error).toMatch(/more than the 5 MB limit/);
  });

  it("still ingests a normal article (extraction and linking in the worker, stored here)", async () => {
    const body = "China and France welcomed the Global AI Governance Initiative at the United Nations in Geneva. ".repeat(3);
    const { status, json } = await post({ body, title: "A normal article" });
    expect(status).toBe(201);
    expect(json.mentions).toBeGreaterThan(3);
    expect(db.get<{ n: number }>(sql`select count(*) as n from mentions m join articles a on a.id = m.article_id where a.slug = ${json.slug}`)!.n).toBe(json.mentions);
  });
});
