import { it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import { testEntries } from "@/tests/helpers/test-gazetteer";
const gz = buildGazetteer({ entries: testEntries() });
it("dbg", () => {
  for (const body of (process.env.DBG ?? "").split("||")) {
    const r = linkArticle({ body, publishedAt: "2024-07-10", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz });
    console.log(
      r.mentions.map((m) => `${m.surface}@${m.start}`),
      r.relations.map((x) => [gz.entries.get(x.subjectId)!.slug, x.role, gz.entries.get(x.objectId)!.slug]),
    );
  }
});
