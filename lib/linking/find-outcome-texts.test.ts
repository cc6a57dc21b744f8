import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// "signed a declaration at the summit": the one text of a reported meeting, named by its kind. Names, dates and
// sentences are invented for these tests.
const { country, nextId } = entryBuilders({ firstId: 9700 });
const summitId = nextId();
const otherSummitId = nextId();
const text = (over: Partial<GazetteerEntry>): GazetteerEntry => ({ id: nextId(), kind: "initiative", slug: "", nameEn: "", nameZh: null, aliases: [], ...over });
const lagos = text({ slug: "lagos-statement", nameEn: "Statement on Open Model Weights", nameZh: "关于开放模型权重的声明", date: "2031-06-12", relatedIds: [summitId] });
// the summit's commitments by companies, beside its statement
const lagosCommitments = text({ slug: "lagos-compute-commitments", nameEn: "Lagos Compute Safety Commitments", date: "2031-06-12", relatedIds: [summitId] });
/** A meeting of the test's atlas, with the id its texts already point to. */
const meeting = (over: Partial<GazetteerEntry> & Pick<GazetteerEntry, "id" | "slug" | "nameEn">): GazetteerEntry => ({ kind: "event", nameZh: null, aliases: [], ...over });
const summit = meeting({
  id: summitId,
  slug: "lagos-compute-summit-2031",
  nameEn: "Lagos Compute Summit",
  nameZh: "拉各斯算力峰会",
  date: "2031-06-12",
  relatedIds: [lagos.id, lagosCommitments.id],
});
// a summit whose leaders' declaration the atlas holds, dated the first day; its ministers met the day after
const accra = text({
  slug: "accra-declaration",
  nameEn: "Accra Declaration (with annex Accra Statement of Intent)",
  date: "2032-03-01",
  aliases: [{ alias: "Accra Statement of Intent", language: "en", aliasType: "alias" }],
  relatedIds: [otherSummitId],
});
const otherSummit = meeting({ id: otherSummitId, slug: "accra-summit-2032", nameEn: "Accra AI Summit", date: "2032-03-01", relatedIds: [accra.id] });
const gz = buildGazetteer({
  entries: [country("NGA", "Nigeria", "尼日利亚"), country("GHA", "Ghana", "加纳"), country("KEN", "Kenya", "肯尼亚"), summit, lagos, lagosCommitments, otherSummit, accra],
});
const link = (body: string, publishedAt: string) => linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const initiatives = (r: ReturnType<typeof link>) => r.mentions.filter((m) => m.kind === "initiative").map((m) => gz.entries.get(m.entityId)!.slug);

describe("findOutcomeTexts", () => {
  it("links 'a declaration' signed at the reported summit to the summit's one text, and says why", () => {
    const r = link("Forty countries, among them Nigeria and Ghana, signed a declaration at the Lagos Compute Summit on Thursday.", "2031-06-13");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    const m = r.mentions.find((x) => x.kind === "initiative")!;
    expect(m.surface).toBe("declaration");
    expect(m.why).toMatchObject({ rule: "description", matched: "declaration" });
    expect(m.why!.form).toContain("Lagos Compute Summit");
  });

  it("reads Chinese: 峰会通过的宣言", () => {
    const r = link("6月12日，拉各斯算力峰会在拉各斯举行，尼日利亚、加纳等国签署了宣言。", "2031-06-13");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
  });

  it("a text titled with the meeting's name: '… Summit Statement', '…峰会声明' is the meeting's one text of that kind", () => {
    const r = link("Around 40 countries, including Nigeria and Ghana, have endorsed the Lagos Compute Summit Statement.", "2031-06-20");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    expect(r.mentions.find((m) => m.kind === "initiative")!.surface).toBe("Lagos Compute Summit Statement");
    expect(initiatives(link("尼日利亚和加纳支持拉各斯算力峰会声明。", "2031-06-20"))).toEqual(["lagos-statement"]);
    // (not a text of another kind: the summit's one text is a statement, no declaration)
    expect(initiatives(link("Nigeria and Ghana endorsed the Lagos Compute Summit Declaration.", "2031-06-20"))).toEqual([]);
  });

  it("links nothing when the text is another day's (ministers' statement the day after the leaders' declaration)", () => {
    const r = link("Ministers from Ghana and Kenya adopted a joint statement after the Accra AI Summit ministers' session on Tuesday.", "2032-03-03");
    expect(initiatives(r)).toEqual([]);
  });

  it("links the summit's commitments, its own kind of text, when firms make them there", () => {
    expect(initiatives(link("A dozen AI firms made new safety commitments at the Lagos Compute Summit on Thursday.", "2031-06-13"))).toEqual(["lagos-compute-commitments"]);
    // and the statement stays the summit's statement
    expect(initiatives(link("Forty countries signed a statement at the Lagos Compute Summit on Thursday.", "2031-06-13"))).toEqual(["lagos-statement"]);
  });

  it("links nothing for a statement that only reports what someone said", () => {
    const r = link("Nigeria said in a statement that it attended the Lagos Compute Summit on Thursday.", "2031-06-13");
    expect(initiatives(r)).toEqual([]);
    expect(initiatives(link("Nigeria attended the Lagos Compute Summit on Thursday, according to a statement from its government.", "2031-06-13"))).toEqual([]);
  });

  it("links nothing when no meeting of the atlas is reported in the sentence", () => {
    const r = link("Nigeria and Ghana signed a declaration on Thursday.", "2031-06-13");
    expect(initiatives(r)).toEqual([]);
  });
});

describe("findOutcomeTexts: a text named by its kind and by the meeting that made it, without a date", () => {
  it("'the pact signed at the Lagos Compute Summit' is the summit's one text, whatever it is called", () => {
    const r = link("Nigeria and Ghana are among the signatories of the pact signed at the just concluded Lagos Compute Summit.", "2031-09-01");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    expect(r.mentions.find((m) => m.kind === "initiative")!.surface).toBe("pact");
  });
  it("reads Chinese: 拉各斯算力峰会上通过的声明", () => {
    expect(initiatives(link("尼日利亚和加纳签署了拉各斯算力峰会上通过的声明。", "2031-09-01"))).toEqual(["lagos-statement"]);
  });
  it("not 'a declaration' when the meeting's one text is a statement, nor a text the sentence puts at no meeting", () => {
    expect(initiatives(link("Nigeria signed the declaration adopted at the Lagos Compute Summit.", "2031-09-01"))).toEqual([]);
    expect(initiatives(link("Nigeria signed the pact adopted at a meeting of ministers, not at the Lagos Compute Summit.", "2031-09-01"))).toEqual([]);
  });
  it("'…at the Lagos Compute Summit, where forty states signed a joint statement': the act on a text of the one meeting named", () => {
    expect(initiatives(link("Agreement came at the Lagos Compute Summit, where forty states signed a joint statement.", "2031-09-01"))).toEqual(["lagos-statement"]);
    expect(initiatives(link("在拉各斯算力峰会上，尼日利亚等国签署了联合声明。", "2031-09-01"))).toEqual(["lagos-statement"]);
    // signed at the one meeting named: its one text, even when news calls the statement a declaration
    expect(initiatives(link("Forty states came together at the Lagos Compute Summit this week to sign a joint declaration.", "2031-09-01"))).toEqual(["lagos-statement"]);
    // (adopting is not signing: "adopted a declaration" stays a declaration the atlas does not hold)
    expect(initiatives(link("Forty states came together at the Lagos Compute Summit this week and adopted a declaration.", "2031-09-01"))).toEqual([]);
    // two meetings named: which one's text is not said
    expect(initiatives(link("Between the Lagos Compute Summit and the Accra AI Summit, forty states signed a joint statement.", "2032-09-01"))).toEqual([]);
  });
  it("'the Lagos Compute Summit saw … a Summit statement signed by 40 governments': the text of the one summit named", () => {
    const r = link("The Lagos Compute Summit saw wide participation and a Summit statement signed by 40 governments, including Nigeria and Ghana.", "2031-09-01");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    // (and those who signed it signed that text)
    expect(r.relations.filter((x) => x.role === "signatory").map((x) => [gz.entries.get(x.subjectId)!.slug, gz.entries.get(x.objectId)!.slug])).toContainEqual([
      "nga",
      "lagos-statement",
    ]);
    // (a summit's statement the sentence does not say is of the summit named: two summits)
    expect(initiatives(link("Between the Lagos Compute Summit and the Accra AI Summit came a Summit statement signed by 40 governments.", "2032-09-01"))).toEqual([]);
  });
});

describe("findOutcomeTexts: the text of the one meeting an article reports, in a sentence that names no meeting", () => {
  const article = (...sentences: string[]) => link(["Leaders met at the Lagos Compute Summit on Thursday.", ...sentences].join("\n\n"), "2031-06-13");
  const signatories = (r: ReturnType<typeof link>) =>
    r.relations.filter((x) => x.role === "signatory").map((x) => [gz.entries.get(x.subjectId)!.slug, gz.entries.get(x.objectId)!.slug]);
  it("'forty countries, including Ghana, endorsed the statement': the summit's statement, and Ghana signed it", () => {
    const r = article("Forty countries, including Ghana, endorsed the statement.");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    expect(r.mentions.find((m) => m.kind === "initiative")!.why!.form).toContain("the meeting the article reports");
    expect(signatories(r)).toEqual([["gha", "lagos-statement"]]);
  });
  it("'the final declaration': the meeting's one text, whatever news calls it", () => {
    expect(initiatives(article("Nigeria backed the final declaration."))).toEqual(["lagos-statement"]);
  });
  it("not a text not signed, nor one the sentence titles itself, nor in an article about two meetings", () => {
    expect(initiatives(article("Kenya did not sign the final declaration."))).toEqual([]);
    expect(initiatives(article("Kenya was unlikely to sign the final declaration."))).toEqual([]);
    expect(initiatives(article("Lagos Ministerial Statement: forty countries signed a statement on compute."))).toEqual([]);
    expect(initiatives(link("Leaders met at the Lagos Compute Summit and later at the Accra AI Summit.\n\nForty countries endorsed the statement.", "2032-06-13"))).toEqual([]);
  });
  it("'a list of signatories to the final statement didn’t include Kenya': no signatory", () => {
    const r = article("But a list of signatories to the final statement published later didn’t include Kenya or Nigeria.");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    expect(signatories(r)).toEqual([]);
  });
});

describe("findOutcomeTexts: an article about two meetings, a sentence that goes on about the one just named", () => {
  const signatories = (r: ReturnType<typeof link>) =>
    r.relations.filter((x) => x.role === "signatory").map((x) => [gz.entries.get(x.subjectId)!.slug, gz.entries.get(x.objectId)!.slug]);
  const twoMeetings = (...sentences: string[]) =>
    link(["Last year leaders met at the Accra AI Summit.", "This week Nigeria hosted the Lagos Compute Summit.", ...sentences].join("\n\n"), "2032-06-13");
  it("'Forty countries endorsed the statement': the statement of the meeting named in the sentence before", () => {
    expect(initiatives(twoMeetings("Forty countries endorsed the statement."))).toEqual(["lagos-statement"]);
  });
  it("'The statement, signed by Ghana and Kenya, …': that meeting's text, and who signed it", () => {
    const r = twoMeetings("The statement, signed by Ghana and Kenya, calls for open compute.");
    expect(initiatives(r)).toEqual(["lagos-statement"]);
    expect(signatories(r)).toEqual([
      ["gha", "lagos-statement"],
      ["ken", "lagos-statement"],
    ]);
  });
  it("not when the meeting was named three sentences before, or the sentence before names both", () => {
    expect(initiatives(twoMeetings("Talks ran late.", "Delegates left on Friday.", "Forty countries endorsed the statement."))).toEqual([]);
    expect(initiatives(link("Leaders met at the Accra AI Summit, then at the Lagos Compute Summit.\n\nForty countries endorsed the statement.", "2032-06-13"))).toEqual([]);
  });
  it("'… at a global summit in Abuja. The statement, signed by Kenya and Ghana, …': the text of the summit named by where it met", () => {
    const abujaSummitId = nextId();
    const abujaStatement = text({ slug: "abuja-statement", nameEn: "Abuja Statement on Open Compute", date: "2033-03-02", relatedIds: [abujaSummitId] });
    const abujaSummit = meeting({
      id: abujaSummitId,
      slug: "open-compute-summit-2033",
      nameEn: "Open Compute Summit 2033 (Abuja)",
      date: "2033-03-02",
      relatedIds: [abujaStatement.id],
    });
    const withAbuja = buildGazetteer({ entries: [...gz.entries.values(), abujaSummit, abujaStatement] });
    const body = [
      "Nigeria did not sign an international agreement on compute at a global summit in Abuja.",
      "The statement, signed by Kenya and Ghana among other countries, calls for open compute.",
      "Nigeria had championed compute safety since the Lagos Compute Summit.",
    ].join("\n\n");
    const r = linkArticle({ body, publishedAt: null, language: "en", gazetteer: withAbuja, model: null });
    expect(r.mentions.filter((m) => m.kind === "initiative").map((m) => withAbuja.entries.get(m.entityId)!.slug)).toEqual(["abuja-statement"]);
    expect(r.relations.filter((x) => x.role === "signatory").map((x) => withAbuja.entries.get(x.subjectId)!.slug)).toEqual(["ken", "gha"]);
  });
  it("'The statement, signed by …' names no text of a meeting the article names only after it", () => {
    expect(initiatives(link("The statement, signed by Ghana and Kenya, calls for open compute.\n\nIt follows the Lagos Compute Summit.", "2031-06-13"))).toEqual([]);
    // (the active form still reads the article's one meeting, wherever it is named)
    expect(initiatives(link("Ghana and Kenya signed the statement.\n\nIt follows the Lagos Compute Summit.", "2031-06-13"))).toEqual(["lagos-statement"]);
  });
});
