import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getParticipation } from "@/db/queries/content";
import { getContentCoverage } from "@/db/queries/content-coverage";
import { findEntityByKey } from "@/db/queries/entities";
import { entities, votes } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";
import { importVotes, VoteImportError } from "@/lib/votes/import-votes";
import { createTestDatabase } from "../helpers/test-database";
import { createUser } from "./auth-helpers";

// The seed with the test research files (tests/fixtures/content: content-sources.json and votes.csv), and the
// public routes called as Next calls them, over this real SQLite file.
const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");
const globalForDb = globalThis as unknown as { atlasDb?: { $client: { close: () => void } } };
const database = createTestDatabase();
const { db } = database;
type Ctx<P> = { params: Promise<P> };
let entityRoute: { GET: (r: Request, ctx: Ctx<{ kind: string; slug: string }>) => Promise<Response> };
let countriesRoute: { GET: (r: Request) => Promise<Response> };
let countryRoute: { GET: (r: Request, ctx: Ctx<{ iso3: string }>) => Promise<Response> };
let matrixCsvRoute: { GET: (r: Request) => Promise<Response> };

beforeAll(async () => {
  seedDatabase({ db, log: () => {}, dataDir: path.join(FIXTURES, "content") });
  process.env.DATABASE_PATH = database.file;
  globalForDb.atlasDb = undefined;
  entityRoute = await import("@/app/api/entities/[kind]/[slug]/route");
  countriesRoute = await import("@/app/api/countries/route");
  countryRoute = await import("@/app/api/countries/[iso3]/route");
  matrixCsvRoute = await import("@/app/countries/matrix.csv/route");
});
afterAll(() => {
  globalForDb.atlasDb?.$client.close();
  globalForDb.atlasDb = undefined;
  database.remove();
});

const idOf = (kind: "initiative" | "resolution" | "organisation" | "event", slug: string) => findEntityByKey({ db, kind, key: slug })!.id;
async function getEntity(kind: string, slug: string) {
  const res = await entityRoute.GET(new Request(`http://atlas.test/api/entities/${kind}/${slug}`), { params: Promise.resolve({ kind, slug }) });
  expect(res.status).toBe(200);
  return res.json();
}

describe("completeness of participation lists", () => {
  it("a partial list: 17 of the Bletchley Declaration's 28 signatories, with the date and source of the total", async () => {
    const body = await getEntity("initiative", "bletchley-declaration");
    expect(body.participation).toContainEqual(
      expect.objectContaining({
        role: "signatory",
        known: 17,
        expectedTotal: 28,
        complete: false,
        asOf: "2023-11-01",
        sourceUrl: expect.stringMatching(/^https:\/\/www\.gov\.uk\//),
      }),
    );
  });

  it("a complete list: the Seoul Declaration's 10 signatories, as the research file states the total", async () => {
    const [list] = getParticipation({ db, entityId: idOf("initiative", "seoul-declaration-2024") });
    expect(list).toMatchObject({ role: "signatory", known: 10, expectedTotal: 10, complete: true, asOf: "2024-05-21" });
  });

  it("who did not sign is recorded with its source, apart from the list: not counted, shown on the country", async () => {
    const [list] = getParticipation({ db, entityId: idOf("initiative", "seoul-declaration-2024") });
    expect(list).toMatchObject({ role: "signatory", known: 10 });
    const body = await getEntity("initiative", "seoul-declaration-2024");
    expect(body.relations).toContainEqual(expect.objectContaining({ role: "non-signatory", kind: "country", slug: "NZL" }));
    const nzl = await (await countryRoute.GET(new Request("http://atlas.test/api/countries/NZL"), { params: Promise.resolve({ iso3: "NZL" }) })).json();
    expect(nzl.refusals).toEqual([
      expect.objectContaining({ kind: "initiative", slug: "seoul-declaration-2024", role: "non-signatory", source: "https://news.example/seoul-who-did-not-sign" }),
    ]);
    expect(JSON.stringify(nzl.participations)).not.toContain("seoul-declaration-2024");
  });

  it("the matrix export says how complete the selection's list is, once", async () => {
    const res = await matrixCsvRoute.GET(new Request("http://atlas.test/countries/matrix.csv?selection=initiative:bletchley-declaration"));
    expect(res.status).toBe(200);
    const text = await res.text();
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(records[0]).toMatchObject({
      iso3: "",
      name_en: "(list completeness)",
      "The Bletchley Declaration by Countries Attending the AI Safety Summit, 1-2 November 2023": expect.stringMatching(/^signatory: 17 of 28 as of 2023-11-01 \(partial\)/),
    });
    expect(records.slice(1).every((r) => /^[A-Z]{3}$/.test(r.iso3))).toBe(true);
  });

  it("a list without a recorded total is never complete", async () => {
    const body = await getEntity("initiative", "brics-rio-2025-ai-governance-statement");
    expect(body.participation).toEqual([expect.objectContaining({ role: "signatory", expectedTotal: null, asOf: null, sourceUrl: null, complete: false })]);
  });

  it("the countries API gives the selection's lists", async () => {
    const res = await countriesRoute.GET(new Request("http://atlas.test/api/countries?selection=initiative:bletchley-declaration"));
    const body = await res.json();
    expect(body.participation).toEqual([expect.objectContaining({ role: "signatory", known: 17, expectedTotal: 28, complete: false })]);
    const all = await (await countriesRoute.GET(new Request("http://atlas.test/api/countries"))).json();
    expect(all.participation).toBeNull();
  });
});

describe("the research file", () => {
  it("gives an official Chinese name that wins over the atlas's translation, keeping the old name as an alias", async () => {
    const body = await getEntity("initiative", "seoul-declaration-2024");
    expect(body.names).toEqual({ en: expect.any(String), zh: "首尔宣言（测试）", zhProvenance: "official" });
    expect(body.aliases.map((a: { alias: string }) => a.alias)).toEqual(expect.arrayContaining(["首尔人工智能宣言（测试）"]));
  });

  it("marks the atlas's own translations, names and descriptions", async () => {
    const body = await getEntity("initiative", "frontier-ai-safety-commitments");
    expect(body.names).toEqual({ en: "Frontier AI Safety Commitments", zh: "前沿人工智能安全承诺", zhProvenance: "translated" });
    expect(body.descriptionZh).toMatch(/前沿人工智能|承诺/);
    expect(body.descriptionZhProvenance).toBe("translated");
  });

  it("adds new entities with their relations, replaces aggregator sources and links resolutions to their UN documents", async () => {
    const law = await getEntity("initiative", "fixture-ai-law");
    expect(law).toMatchObject({ subtype: "law", date: "2024-12" });
    expect(law.relations).toContainEqual(expect.objectContaining({ role: "proposer", kind: "country", slug: "KOR" }));
    const r265 = await getEntity("resolution", "unga-res-78-265");
    expect(r265.sources.map((s: { url: string }) => s.url)).not.toContain("https://policywindow.org/wiki/un-ai-resolution-2024");
    expect(r265.documentUrl).toBe("https://undocs.org/A/RES/78/265");
    const r311 = await getEntity("resolution", "unga-res-78-311");
    expect(r311).toMatchObject({ documentUrl: "https://undocs.org/A/RES/78/311", draftSymbol: "A/78/L.86", undlUrl: "https://example.org/fixture/undl-78-311" });
    expect(r311.participation).toContainEqual(expect.objectContaining({ role: "co-sponsor", expectedTotal: 140, complete: false }));
  });

  it("gives every source and relation a quality: reviewed where the file says, by host otherwise", async () => {
    const seoul = await getEntity("initiative", "seoul-declaration-2024");
    expect(seoul.sources).toContainEqual(expect.objectContaining({ url: "https://example.org/fixture/seoul-declaration-zh", quality: "secondary" }));
    const bletchley = await getEntity("initiative", "bletchley-declaration");
    const govUk = bletchley.sources.find((s: { url: string }) => s.url.startsWith("https://www.gov.uk/"));
    expect(govUk.quality).toBe("official");
    for (const r of bletchley.relations) expect(["primary", "official", "news", "secondary"]).toContain(r.sourceQuality);
  });
});

describe("recorded votes", () => {
  it("the seed imports the votes file: tally and votes by country on the resolution, and on the country", async () => {
    const body = await getEntity("resolution", "unga-res-78-241-laws");
    expect(body.votes).toMatchObject({ yes: 2, no: 2, abstain: 1, nonVoting: 1 });
    expect(body.votes.byCountry).toContainEqual({ iso3: "CHN", vote: "abstain" });
    const china = await (await countryRoute.GET(new Request("http://atlas.test/api/countries/CHN"), { params: Promise.resolve({ iso3: "CHN" }) })).json();
    expect(china.votes).toEqual([expect.objectContaining({ resolution: "unga-res-78-241-laws", symbol: "A/RES/78/241", vote: "abstain" })]);
  });

  it("imports a good file again without duplicating (a vote is replaced)", () => {
    const before = db.select({ n: count() }).from(votes).get()!.n;
    const text = fs.readFileSync(path.join(FIXTURES, "votes", "good.csv"), "utf8").replace("A/RES/78/241,ZMB,yes", "A/RES/78/241,ZMB,abstain");
    expect(importVotes({ db, text })).toEqual({ imported: 6, resolutions: ["A/RES/78/241"] });
    expect(db.select({ n: count() }).from(votes).get()!.n).toBe(before);
    const zmb = findEntityByKey({ db, kind: "country", key: "ZMB" })!;
    expect(db.select().from(votes).where(eq(votes.countryId, zmb.id)).get()!.vote).toBe("abstain");
  });

  it("refuses a file with bad rows: every problem with its line number, nothing imported", () => {
    const before = db.select().from(votes).all();
    let error: unknown;
    try {
      importVotes({ db, text: fs.readFileSync(path.join(FIXTURES, "votes", "bad.csv"), "utf8") });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VoteImportError);
    const problems = (error as VoteImportError).problems;
    expect(problems).toEqual([
      "line 3: no resolution in the atlas has the symbol A/RES/99/999",
      "line 4: no country in the atlas has the code XXX",
      expect.stringMatching(/^line 5: "maybe" is not a vote/),
      expect.stringMatching(/^line 6: "not-a-url" is not a web address/),
      "line 7: FRA already has a vote on A/RES/78/241 (line 2)",
    ]);
    expect(db.select().from(votes).all()).toEqual(before);
  });

  it("refuses a file whose rows are fine but name something unknown, all or nothing", () => {
    const before = db.select({ n: count() }).from(votes).get()!.n;
    const text = "symbol,iso3,vote,source\nA/RES/78/241,FRA,yes,https://example.org/a\nA/RES/78/265,KOR,no,https://example.org/b\nA/RES/1/1,KOR,no,https://example.org/c\n";
    expect(() => importVotes({ db, text })).toThrow(/line 4: no resolution in the atlas has the symbol A\/RES\/1\/1/);
    expect(db.select({ n: count() }).from(votes).get()!.n).toBe(before);
  });

  it("refuses a file with a wrong header or no rows", () => {
    expect(() => importVotes({ db, text: "country,vote\nCHN,yes\n" })).toThrow(/line 1: the header must be symbol,iso3,vote,source/);
    expect(() => importVotes({ db, text: "symbol,iso3,vote,source\n" })).toThrow(/no votes/);
    expect(() => importVotes({ db, text: "" })).toThrow(/empty/);
  });
});

describe("POST /api/votes", () => {
  const post = async ({ token, body, type = "text/csv" }: { token?: string; body: string; type?: string }) => {
    const { POST } = await import("@/app/api/votes/route");
    const headers = new Headers({ host: "atlas.test", "content-type": type });
    if (token) headers.set("authorization", `Bearer ${token}`);
    return POST(new Request("http://atlas.test/api/votes", { method: "POST", headers, body }));
  };
  const good = "symbol,iso3,vote,source\nA/RES/78/241,NLD,yes,https://example.org/fixture/a-78-pv-77\n";

  it("refuses anyone not signed in as an editor", async () => {
    const before = db.select({ n: count() }).from(votes).get()!.n;
    expect((await post({ body: good })).status).toBe(401);
    expect(db.select({ n: count() }).from(votes).get()!.n).toBe(before);
  });

  it("imports an editor's file, and answers a bad one with every problem", async () => {
    const editor = await createUser({ db, email: "votes-editor@test", role: "editor" });
    const ok = await post({ token: editor.token, body: good });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ ok: true, imported: 1 });
    const bad = await post({ token: editor.token, body: "symbol,iso3,vote,source\nA/RES/78/241,NLD,perhaps,https://example.org/x\n" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).problems).toEqual([expect.stringMatching(/^line 2: "perhaps" is not a vote/)]);
    expect((await post({ token: editor.token, body: "{}", type: "application/json" })).status).toBe(415);
  });
});

describe("coverage", () => {
  it("counts lists, source qualities, Chinese text and UN members without participation", () => {
    const c = getContentCoverage({ db, now: new Date("2026-12-03T00:00:00Z") });
    expect(c.lists.complete).toBeGreaterThanOrEqual(2); // Seoul (fixture) and at least one stated total reached
    expect(c.lists.partial).toBeGreaterThanOrEqual(3);
    // every seeded entity has Chinese text; the fixture's new law has none yet, and coverage says so
    expect(c.chinese.missingName).toEqual([{ kind: "initiative", slug: "fixture-ai-law", nameEn: "Fixture AI Law" }]);
    expect(c.chinese.missingDescription).toEqual([{ kind: "initiative", slug: "fixture-ai-law", nameEn: "Fixture AI Law" }]);
    expect(c.sources.byQuality.primary + c.sources.byQuality.official).toBeGreaterThan(0);
    expect(c.relations.authoritativeShare).toBeGreaterThan(0);
    expect(c.relations.authoritativeShare).toBeLessThanOrEqual(1);
    expect(c.countries.unMembers).toBe(193);
    // Venezuela took part in nothing but its (fixture) vote: it counts as having recorded participation
    expect(c.countries.unMembersWithoutParticipation.map((m) => m.iso3)).not.toContain("VEN");
    const allKinds = db.select({ kind: entities.kind }).from(entities).all().length;
    expect(c.entities.reduce((n, e) => n + e.total, 0)).toBeLessThanOrEqual(allKinds);
  });
});
