import { afterAll, beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { seedDatabase } from "@/lib/seed/seed-database";
import { GET as entityRoute, PATCH as patchEntityRoute } from "@/app/api/entities/[kind]/[slug]/route";
import { GET as articleRoute } from "@/app/api/articles/[slug]/route";
import { GET as countryRoute } from "@/app/api/countries/[iso3]/route";
import { POST as createEntityRoute } from "@/app/api/entities/route";
import { POST as articlesRoute } from "@/app/api/articles/route";
import { POST as signInRoute } from "@/app/api/auth/signin/route";
import { createTestDatabase } from "../helpers/test-database";
import { apiRequest, createUser, ctx, useDatabaseForRoutes } from "./auth-helpers";

const database = createTestDatabase();
const { db } = database;
let editor: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  seedDatabase({ db, log: () => {} });
  useDatabaseForRoutes(db);
  editor = await createUser({ db, email: "hostile-editor@atlas.test", role: "editor" });
});
afterAll(() => database.remove());

const GAIGI = "global-ai-governance-initiative";

async function expectJsonError(response: Response, status: number, pattern?: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await response.json()) as { error: string };
  if (pattern) expect(body.error).toMatch(pattern);
  return body;
}

describe("slugs are decoded once (Next already decoded the segment)", () => {
  it("finds the entity by its plain slug", async () => {
    expect((await entityRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ kind: "initiative", slug: GAIGI }))).status).toBe(200);
  });
  it("does not decode a second time: %252D (→ %2D) is not a hyphen", async () => {
    await expectJsonError(await entityRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ kind: "initiative", slug: GAIGI.replaceAll("-", "%2D") })), 404);
  });
  it("a lone % (from %25) is a 404, not a 500", async () => {
    await expectJsonError(await entityRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ kind: "initiative", slug: "50%" })), 404);
    await expectJsonError(await articleRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ slug: "%" })), 404);
    await expectJsonError(await countryRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ iso3: "%E0%A4%A" })), 400);
  });
  it("a 300-character slug says the slug is too long, not that the kind is wrong", async () => {
    const body = await expectJsonError(await entityRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ kind: "initiative", slug: "a".repeat(300) })), 400);
    expect(body.error).toMatch(/slug/);
    expect(body.error).not.toMatch(/kind must be/);
    await expectJsonError(await entityRoute(apiRequest({ method: "GET", path: "/x" }), ctx({ kind: "planet", slug: "x" })), 400, /kind must be one of/);
  });
});

describe("a malformed session cookie", () => {
  it("is treated as no session (401 JSON), never a 500", async () => {
    for (const cookie of ["atlas_session=%", "atlas_session=%E0%A4%A", "atlas_session=%ff%fe"]) {
      const request = new Request(`http://atlas.test/api/entities/initiative/${GAIGI}`, {
        method: "PATCH",
        headers: { host: "atlas.test", cookie, "content-type": "application/json" },
        body: JSON.stringify({ description: "x" }),
      });
      await expectJsonError(await patchEntityRoute(request, ctx({ kind: "initiative", slug: GAIGI })), 401);
    }
  });
});

describe("bodies that are not UTF-8", () => {
  const gbkJson = Buffer.concat([Buffer.from('{"kind":"initiative","slug":"gbk-test","nameEn":"GBK","nameZh":"'), iconv.encode("全球治理", "gbk"), Buffer.from('"}')]);
  const post = (path: string, body: BodyInit, type: string, token?: string) =>
    new Request(`http://atlas.test${path}`, {
      method: "POST",
      headers: { host: "atlas.test", "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  it("JSON with GBK bytes → 400 saying it is not UTF-8, and nothing is stored", async () => {
    await expectJsonError(await createEntityRoute(post("/api/entities", gbkJson, "application/json", editor.token)), 400, /UTF-8/);
    expect(db.$client.prepare("select count(*) as n from entities where slug = 'gbk-test'").get()).toEqual({ n: 0 });
    await expectJsonError(await signInRoute(post("/api/auth/signin", Buffer.from([0x7b, 0x22, 0x65, 0xff, 0x22, 0x3a, 0x31, 0x7d]), "application/json")), 400, /UTF-8/);
  });
  it("article JSON with invalid UTF-8 → 400; form fields too; a GBK file upload keeps its encoding detection", async () => {
    const articleJson = Buffer.concat([Buffer.from('{"title":"t","body":"'), iconv.encode("中方与赞比亚在纽约举办会议。", "gbk"), Buffer.from('"}')]);
    await expectJsonError(await articlesRoute(post("/api/articles", articleJson, "application/json", editor.token)), 400, /UTF-8/);
    const form = Buffer.concat([
      Buffer.from("title=t&body="),
      Buffer.from(
        iconv
          .encode("中方与赞比亚举办会议", "gbk")
          .toString("latin1")
          .split("")
          .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
          .join(""),
      ),
    ]);
    await expectJsonError(await articlesRoute(post("/api/articles", form, "application/x-www-form-urlencoded", editor.token)), 400, /UTF-8/);
    const upload = new FormData();
    upload.set(
      "file",
      new File(
        [
          new Uint8Array(
            iconv.encode(
              [
                "中方与赞比亚举办人工智能能力建设之友小组会议",
                "",
                ...Array.from(
                  { length: 6 },
                  (_, i) => `第${i + 1}段：2025年5月6日，中方与赞比亚在纽约联合国总部共同举办人工智能能力建设之友小组第二次会议，各方就加强人工智能能力建设合作深入交流。`,
                ),
              ].join("\n"),
              "gbk",
            ),
          ),
        ],
        "gbk-article.txt",
        { type: "text/plain" },
      ),
    );
    const uploaded = await articlesRoute(
      new Request("http://atlas.test/api/articles", { method: "POST", headers: { host: "atlas.test", authorization: `Bearer ${editor.token}` }, body: upload }),
    );
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { slug } = (await uploaded.json()) as { slug: string };
    const stored = db.$client.prepare("select body from articles where slug = ?").get(slug) as { body: string };
    expect(stored.body).toContain("赞比亚");
    expect(stored.body).not.toContain("\uFFFD");
  });
});
