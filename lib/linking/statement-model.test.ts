import { describe, expect, it } from "vitest";
import { findRelationCandidates, wordsOf } from "./relation-candidates";
import { TRIGGERS } from "./relation-triggers";
import { combineRelations } from "./score-relations";
import { splitSentences } from "./sentences";
import { scoreFeatures, trainRelationModel, type RelationModel } from "./train-relation-model";
import type { FoundMention, FoundRelation, ProposedEvent, Sentence } from "./types";

const mention = ({ text, surface, entityId, kind, from = 0 }: { text: string; surface: string; entityId: number; kind: FoundMention["kind"]; from?: number }): FoundMention => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface}`);
  return { entityId, kind, surface, start, end: start + surface.length, confidence: 1, method: "gazetteer", evidence: "", evidenceStart: 0 };
};
const KINDS: Record<number, { kind: FoundMention["kind"]; subtype: string }> = {
  1: { kind: "country", subtype: "" },
  2: { kind: "country", subtype: "" },
  10: { kind: "initiative", subtype: "declaration" },
  20: { kind: "event", subtype: "summit" },
};
const subtypeOf = (id: number) => KINDS[id];

describe("wordsOf", () => {
  it("reads English words with their first five letters, Chinese characters and pairs, numbers and marks", () => {
    expect(wordsOf({ text: "Signed by 61 countries, 共同主办" })).toEqual([
      "signed",
      "signe~",
      "by",
      "<num>",
      "countries",
      "count~",
      ",",
      "共",
      "共同",
      "同",
      "同主",
      "主",
      "主办",
      "办",
    ]);
    expect(wordsOf({ text: "A、B（C）" })).toEqual(["a", ",", "b", "(", "c", ")"]);
  });
});

describe("findRelationCandidates", () => {
  const text = "The summit opened. France and India signed the Declaration, said officials.";
  const sentences: Sentence[] = [
    { text: "The summit opened.", start: 0, end: 18 },
    { text: text.slice(19), start: 19, end: text.length },
  ];
  const mentions = [
    mention({ text, surface: "France", entityId: 1, kind: "country" }),
    mention({ text, surface: "India", entityId: 2, kind: "country" }),
    mention({ text, surface: "Declaration", entityId: 10, kind: "initiative" }),
  ];
  const event: ProposedEvent = {
    date: "2025-02-10",
    precision: "day",
    evidence: "The summit opened.",
    evidenceStart: 0,
    evidenceEnd: 18,
    actors: [],
    linkedIds: [],
    matchedEntityId: 20,
    confidence: 1,
    proposal: null,
  };
  const reader: FoundRelation = {
    subjectId: 1,
    objectId: 10,
    role: "signatory",
    evidence: sentences[1].text,
    evidenceStart: 19,
    start: 19,
    end: 58,
    confidence: 0.8,
    why: { matched: "signed", form: "signatory", rule: "pattern" },
  };
  const candidates = findRelationCandidates({ text, sentences, mentions, events: [event], relations: [reader], subtypeOf });

  it("pairs each state with the text named in its sentence and with the event reported just before", () => {
    expect(candidates.map((c) => `${c.subjectId}>${c.objectId}`).sort()).toEqual(["1>10", "1>20", "2>10", "2>20"]);
  });

  it("describes a pair by the words between its names (other names as their kind), its list and the readers' reading", () => {
    const france = candidates.find((c) => c.subjectId === 1 && c.objectId === 10)!;
    expect(france.features).toEqual(expect.arrayContaining(["k:country>initiative", "list:short", "ord:ab", "bb:<country>", "bb:signed", "rule:signatory", "nb:1"]));
    const india = candidates.find((c) => c.subjectId === 2 && c.objectId === 10)!;
    expect(india.features).toContain("rule:none");
    expect(india.features).not.toContain("bb:<country>");
    expect(candidates.find((c) => c.objectId === 20)!.features).toContain("implied:1");
  });

  it("names the role words of the sentence, and those standing between the pair", () => {
    const india = candidates.find((c) => c.subjectId === 2 && c.objectId === 10)!;
    expect(india.features).toEqual(expect.arrayContaining(["cue:signatory", "cueb:signatory"]));
    expect(india.features).not.toContain("cue:none");
  });

  it("pairs nothing for a list the sentence sets apart ('does not include', 不包括)", () => {
    for (const plain of ["Signers of the Declaration are many; the list does not include France and India.", "签署该Declaration的国家不包括France和India。"]) {
      const ms = [
        mention({ text: plain, surface: "Declaration", entityId: 10, kind: "initiative" }),
        mention({ text: plain, surface: "France", entityId: 1, kind: "country" }),
        mention({ text: plain, surface: "India", entityId: 2, kind: "country" }),
      ];
      expect(findRelationCandidates({ text: plain, sentences: [{ text: plain, start: 0, end: plain.length }], mentions: ms, events: [], relations: [], subtypeOf })).toEqual([]);
    }
  });

  it('marks a pair whose sentence says no act at all ("negotiated by" is no role word)', () => {
    const plain = "The Convention was negotiated by France and India.";
    const ms = [mention({ text: plain, surface: "Convention", entityId: 10, kind: "initiative" }), mention({ text: plain, surface: "France", entityId: 1, kind: "country" })];
    const [pair] = findRelationCandidates({ text: plain, sentences: [{ text: plain, start: 0, end: plain.length }], mentions: ms, events: [], relations: [], subtypeOf });
    expect(pair.features).toContain("cue:none");
    expect(pair.features.some((f) => f.startsWith("cueb:"))).toBe(false);
  });
});

describe("findRelationCandidates: the signatories of the last of several texts, paragraphs after it", () => {
  const opening = "The Charter was recalled. The Declaration opened for signature. It asks a lot.\n\nFirms must report. They will audit.\n\n";
  const pairs = (closing: string) => {
    const text = opening + closing;
    const mentions = [
      mention({ text, surface: "Charter", entityId: 11, kind: "initiative" }),
      mention({ text, surface: "Declaration", entityId: 10, kind: "initiative" }),
      mention({ text, surface: "France", entityId: 1, kind: "country" }),
      mention({ text, surface: "India", entityId: 2, kind: "country" }),
    ];
    return findRelationCandidates({ text, sentences: splitSentences(text), mentions, events: [], relations: [], subtypeOf });
  };
  it("'The signatories are …', '签署方包括…': pairs each listed state with the last text named before, as named far back", () => {
    for (const closing of ["The signatories are France and India.", "签署方包括France和India。"]) {
      const candidates = pairs(closing);
      expect(candidates.map((c) => `${c.subjectId}>${c.objectId}`).sort()).toEqual(["1>10", "2>10"]);
      expect(candidates[0].features).toContain("earlier:9:initiative");
    }
  });
  it("not a sentence that only says a signing word: with several texts named, which one it means is not clear", () => {
    expect(pairs("France and India pledged to comply.")).toEqual([]);
  });
});

describe("findRelationCandidates: a list in the sentence after the text it is about", () => {
  const text = "The Declaration opened for signature. The signatories are France and India.";
  const sentences: Sentence[] = [
    { text: "The Declaration opened for signature.", start: 0, end: 37 },
    { text: text.slice(38), start: 38, end: text.length },
  ];
  const mentions = [
    mention({ text, surface: "Declaration", entityId: 10, kind: "initiative" }),
    mention({ text, surface: "France", entityId: 1, kind: "country" }),
    mention({ text, surface: "India", entityId: 2, kind: "country" }),
  ];
  it("pairs each listed state with the text the sentence before named, marked as named earlier", () => {
    const candidates = findRelationCandidates({ text, sentences, mentions, events: [], relations: [], subtypeOf });
    expect(candidates.map((c) => `${c.subjectId}>${c.objectId}`).sort()).toEqual(["1>10", "2>10"]);
    expect(candidates[0].features).toContain("earlier:1:initiative");
    expect(candidates[0].sentence.start).toBe(38);
  });
  it("not when the sentence names a text of its own", () => {
    const own = "The Declaration opened for signature. France and India signed the Charter.";
    const charter = mention({ text: own, surface: "Charter", entityId: 11, kind: "initiative" });
    const ms = [
      mention({ text: own, surface: "Declaration", entityId: 10, kind: "initiative" }),
      mention({ text: own, surface: "France", entityId: 1, kind: "country" }),
      mention({ text: own, surface: "India", entityId: 2, kind: "country" }),
      charter,
    ];
    const ss: Sentence[] = [sentences[0], { text: own.slice(38), start: 38, end: own.length }];
    const candidates = findRelationCandidates({
      text: own,
      sentences: ss,
      mentions: ms,
      events: [],
      relations: [],
      subtypeOf: (id) => subtypeOf(id) ?? { kind: "initiative", subtype: "" },
    });
    expect(candidates.map((c) => c.objectId)).toEqual([11, 11]);
  });
  it("not when the sentence introduces another text of its own, unnamed ('a bilateral agreement'), but 'an agreement' may be the one before", () => {
    const pairsOf = (line: string) => {
      const body = `The Declaration opened for signature. ${line}`;
      const ms = [
        mention({ text: body, surface: "Declaration", entityId: 10, kind: "initiative" }),
        mention({ text: body, surface: "France", entityId: 1, kind: "country" }),
        mention({ text: body, surface: "India", entityId: 2, kind: "country" }),
      ];
      return findRelationCandidates({ text: body, sentences: splitSentences(body), mentions: ms, events: [], relations: [], subtypeOf }).map((c) => `${c.subjectId}>${c.objectId}`);
    };
    expect(pairsOf("France also signed a bilateral AI agreement with India.")).toEqual([]);
    expect(pairsOf("France and India signed another deal on data.")).toEqual([]);
    expect(pairsOf("In an agreement signed on Monday, France and India joined.").sort()).toEqual(["1>10", "2>10"]);
  });
});

describe("findRelationCandidates: a list of a text's sponsors or signers far from the article's one text", () => {
  const text = "The Declaration opened for signature. Officials spoke. Talks went on. It now has 40 co-sponsors, including France and India.";
  const sentences = splitSentences(text);
  const mentions = [
    mention({ text, surface: "Declaration", entityId: 10, kind: "initiative" }),
    mention({ text, surface: "France", entityId: 1, kind: "country" }),
    mention({ text, surface: "India", entityId: 2, kind: "country" }),
  ];
  it("pairs each listed state with the one text the article names, marked as named far before", () => {
    const candidates = findRelationCandidates({ text, sentences, mentions, events: [], relations: [], subtypeOf });
    expect(candidates.map((c) => `${c.subjectId}>${c.objectId}`).sort()).toEqual(["1>10", "2>10"]);
    expect(candidates[0].features).toContain("earlier:9:initiative");
  });
  it("when the article names two texts, the one named before the list, not the one after it", () => {
    const two = `${text} The Charter was praised.`;
    const ms = [...mentions, mention({ text: two, surface: "Charter", entityId: 11, kind: "initiative" })];
    const candidates = findRelationCandidates({
      text: two,
      sentences: splitSentences(two),
      mentions: ms,
      events: [],
      relations: [],
      subtypeOf: (id) => subtypeOf(id) ?? { kind: "initiative", subtype: "" },
    });
    expect(candidates.map((c) => `${c.subjectId}>${c.objectId}`).sort()).toEqual(["1>10", "2>10"]);
  });
  it("not when the sentence says no sponsor's or signer's word", () => {
    const plain = text.replace("has 40 co-sponsors, including", "was discussed by");
    const ms2 = mentions.map((m) => mention({ text: plain, surface: m.surface, entityId: m.entityId, kind: m.kind }));
    expect(findRelationCandidates({ text: plain, sentences: splitSentences(plain), mentions: ms2, events: [], relations: [], subtypeOf })).toEqual([]);
  });
});

describe("trainRelationModel", () => {
  // a toy language: "signed" between the names makes a signatory, "attended" a participant, anything else nothing
  const examples = Array.from({ length: 60 }, (_, i) => {
    const cue = ["signed", "attended", "praised"][i % 3];
    return { features: ["bias", `bb:${cue}`, `noise:${i % 7}`], families: cue === "signed" ? ["signatory"] : cue === "attended" ? ["participant"] : [] };
  });
  const model = trainRelationModel({ examples, families: ["signatory", "participant"], epochs: 30, rate: 0.5 });

  it("learns which words make which family", () => {
    const [signatory, participant] = scoreFeatures({ model, features: ["bias", "bb:signed", "noise:3"] });
    expect(signatory).toBeGreaterThan(0.8);
    expect(participant).toBeLessThan(0.2);
    expect(scoreFeatures({ model, features: ["bias", "bb:praised"] }).every((p) => p < 0.3)).toBe(true);
  });

  it("is the same model from the same examples (a deterministic shuffle)", () => {
    expect(trainRelationModel({ examples, families: ["signatory", "participant"], epochs: 30, rate: 0.5 })).toEqual(model);
  });

  it("leaves out features seen fewer times than minCount", () => {
    const rare = trainRelationModel({ examples: [...examples, { features: ["bias", "bb:once"], families: ["signatory"] }], families: ["signatory", "participant"], minCount: 2 });
    expect(rare.weights["bb:once"]).toBeUndefined();
  });
});

describe("combineRelations", () => {
  const text = "France and India signed the Declaration.";
  const sentence: Sentence = { text, start: 0, end: text.length };
  const model: RelationModel = { families: ["signatory", "host"], weights: { bias: [-3, -3], "bb:signed": [6, 0], "rule:host": [0, 6] }, threshold: 0.5 };
  // (each subject its own run unless a test says otherwise)
  const candidate = (subjectId: number, features: string[], run = -subjectId) => ({ subjectId, objectId: 10, sentence, start: 0, end: text.length, features, run });
  const reader = (subjectId: number, role: FoundRelation["role"], evidenceStart = 0): FoundRelation => ({
    subjectId,
    objectId: 10,
    role,
    evidence: text,
    evidenceStart,
    start: 0,
    end: text.length,
    confidence: 0.8,
    why: { matched: "signed", form: role, rule: "pattern" },
  });

  // a pair of state 1 and text 10 in a sentence of its own, spanning start..end
  const pairIn = ({ line, start, end, features }: { line: string; start: number; end: number; features: string[] }) => ({
    subjectId: 1,
    objectId: 10,
    sentence: { text: line, start: 0, end: line.length } satisfies Sentence,
    start,
    end,
    features,
    run: -1,
  });

  it("suggests what the model reads, says so in why, and writes a joint role for a state in a list", () => {
    const out = combineRelations({ model, candidates: [candidate(1, ["bias", "bb:signed", "cue:signatory", "list:short"])], relations: [], source: text });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ subjectId: 1, objectId: 10, role: "signatory", evidenceStart: 0, why: { rule: "statement-model", form: "signatory" } });
    const hosts = combineRelations({ model, candidates: [candidate(1, ["bias", "rule:host", "cue:host", "list:short"])], relations: [], source: text });
    expect(hosts[0].role).toBe("co-host");
  });

  it("says a fact by the surest of its pairs the checks let stand: 'a resolution proposed by China' stands though a surer pair of China and the resolution has no role word", () => {
    // (the same state and text again in a later sentence, weighed surer by its words but with no role word there)
    const line = "China welcomed the Declaration again.";
    const later = { ...pairIn({ line, start: 0, end: line.length, features: ["bias", "bb:signed", "bb:again", "cue:none", "list:one"] }), run: -2 };
    const surer: RelationModel = { ...model, weights: { ...model.weights, "bb:again": [1, 0] } };
    const out = combineRelations({ model: surer, candidates: [later, candidate(1, ["bias", "bb:signed", "cue:signatory", "list:one"])], relations: [], source: text });
    expect(out.map((r) => [r.role, r.evidence])).toEqual([["signatory", text]]);
  });

  it("takes no state a body is said to include for its host or chair: 'the G7, a forum which also includes Britain, Canada'", () => {
    const said = (line: string, listed: string) => {
      const run = line.indexOf(listed);
      const pair = { ...pairIn({ line, start: 0, end: run + listed.length, features: ["bias", "rule:host", "cue:host", "list:short"] }), run };
      return combineRelations({ model, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("Japan hosts the Forum, a body which also includes France and Italy.", "France")).toEqual([]);
    expect(said("The Forum was co-hosted by France and Italy.", "France")).toEqual(["co-host"]);
  });

  it("takes a body's summit for no founder, founded body or member: 'announced at the 2018 G7 Summit, GPAI was launched with fifteen founding members'", () => {
    const bodies: RelationModel = { families: ["founder", "member"], weights: { bias: [3, 3] }, threshold: 0.5 };
    const weigh = (features: string[]) =>
      combineRelations({ model: bodies, candidates: [candidate(1, ["bias", "cue:founder", "cue:member", "list:one", ...features])], relations: [], source: text }).map(
        (r) => r.role,
      );
    expect(weigh(["k:country>organisation"])).toEqual(["founder", "member"]);
    // a state and the summit of a body: founding it is not said (attending it may be)
    expect(weigh(["k:country>organisation", "summit:object"])).toEqual(["member"]);
    // the summit of a body and another body: neither founding nor membership
    expect(weigh(["k:organisation>organisation", "summit:subject"])).toEqual([]);
    // (it may launch a process)
    expect(weigh(["k:organisation>initiative", "summit:subject"])).toEqual(["founder"]);
  });

  it("adds no host (or chair, sponsor) to a pair the readers read as taking part or backing; does beside other roles", () => {
    const pair = candidate(1, ["bias", "rule:host", "cue:host", "list:one"]);
    const roles = (role: FoundRelation["role"]) => combineRelations({ model, candidates: [pair], relations: [reader(1, role)], source: text }).map((r) => r.role);
    expect(roles("participant")).not.toContain("host");
    expect(roles("supporter")).not.toContain("host");
    expect(roles("member")).toContain("host");
  });

  it("drops a reader's statement the model weighs below the threshold, keeps its role when the model agrees", () => {
    const kept = combineRelations({ model, candidates: [candidate(1, ["bias", "rule:host", "list:one"])], relations: [reader(1, "co-host")], source: text });
    expect(kept.map((r) => r.role)).toEqual(["co-host"]);
    expect(kept[0].why.rule).toBe("pattern");
    expect(combineRelations({ model, candidates: [candidate(1, ["bias", "list:one"])], relations: [reader(1, "co-host")], source: text })).toEqual([]);
  });

  it("keeps a reader's statement the model doubts only a little; does not suggest the same pair unread", () => {
    // bias -3 + 2.2 → p .31: below the threshold (.5), above the floor for a statement the readers read
    const doubting = { ...model, weights: { ...model.weights, "bb:unsure": [0, 2.2] } };
    const pair = candidate(1, ["bias", "bb:unsure", "list:one"]);
    expect(combineRelations({ model: doubting, candidates: [pair], relations: [reader(1, "host")], source: text }).map((r) => r.role)).toEqual(["host"]);
    expect(combineRelations({ model: doubting, candidates: [pair], relations: [], source: text })).toEqual([]);
  });

  it("takes no partner of a body for its member: 'partner countries … that includes A and B'", () => {
    const members: RelationModel = { families: ["member"], weights: { bias: [-3], "bb:includes": [6] }, threshold: 0.5 };
    const said = (line: string) => {
      const s: Sentence = { text: line, start: 0, end: line.length };
      const pair = { subjectId: 1, objectId: 10, sentence: s, start: 0, end: line.length, features: ["bias", "bb:includes", "k:country>organisation"], run: 0 };
      return combineRelations({ model: members, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("The bloc, whose ranks includes Kenya")).toEqual(["member"]);
    expect(said("The bloc has partner countries, a category that includes Kenya")).toEqual([]);
  });

  it("takes no state for a member of a body of persons: 'includes officials from Mexico to South Africa and academics from the U.S.'", () => {
    const members: RelationModel = { families: ["member"], weights: { bias: [-3], "bb:includes": [6] }, threshold: 0.5 };
    const said = (line: string, listed: string) => {
      const s: Sentence = { text: line, start: 0, end: line.length };
      const run = line.indexOf(listed);
      const pair = { subjectId: 1, objectId: 10, sentence: s, start: 0, end: run + listed.length, features: ["bias", "bb:includes", "k:country>organisation"], run };
      return combineRelations({ model: members, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("The body includes government officials from Mexico to South Africa.", "Mexico")).toEqual([]);
    expect(said("The body includes government officials from Mexico to South Africa.", "South Africa")).toEqual([]);
    expect(said("The body includes academics from countries such as the U.S. and Japan.", "U.S.")).toEqual([]);
    expect(said("The body includes states such as the U.S. and Japan.", "U.S.")).toEqual(["member"]);
  });

  it("takes no state someone arrived in or travelled to: 'arrived in India on Thursday for the summit'", () => {
    const attended: RelationModel = { families: ["participant"], weights: { bias: [-3], "cue:participant": [6] }, threshold: 0.5 };
    const said = (line: string, listed: string) => {
      const s: Sentence = { text: line, start: 0, end: line.length };
      const run = line.indexOf(listed);
      const pair = { subjectId: 1, objectId: 20, sentence: s, start: run, end: line.length - 1, features: ["bias", "cue:participant", "k:country>event"], run };
      return combineRelations({ model: attended, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("The prime minister arrived in India on Thursday for the summit.", "India")).toEqual([]);
    expect(said("The prime minister travelled to India for the summit.", "India")).toEqual([]);
    expect(said("The prime minister of India arrived on Thursday for the summit.", "India")).toEqual(["participant"]);
  });

  it("takes no state named after 'in' for a signatory or participant: 'signing the declaration at the summit in the United Kingdom'", () => {
    const signed: RelationModel = { families: ["signatory", "participant"], weights: { bias: [-3, -3], "cue:signatory": [6, 0], "cue:participant": [0, 6] }, threshold: 0.5 };
    const said = (line: string, listed: string, cue: string) => {
      const s: Sentence = { text: line, start: 0, end: line.length };
      const run = line.indexOf(listed);
      const pair = { subjectId: 1, objectId: 10, sentence: s, start: 0, end: run + listed.length, features: ["bias", cue, "list:one"], run };
      return combineRelations({ model: signed, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("Chile was one of 28 countries signing the Declaration at the summit in the United Kingdom.", "United Kingdom", "cue:signatory")).toEqual([]);
    expect(said("Chile took part in the summit held in Peru.", "Peru", "cue:participant")).toEqual([]);
    // (the people of a state, named by its adjective after "in", are the state's)
    expect(said("Officials in the Chinese delegation attended the summit.", "Chinese", "cue:participant")).toEqual(["participant"]);
    expect(said("The Declaration was signed by the United Kingdom.", "United Kingdom", "cue:signatory")).toEqual(["signatory"]);
  });

  it("takes no one a meeting attracted for taking part in the meeting it follows: 'a follow-up to the AI Safety Summit …, attracted companies'", () => {
    const attended: RelationModel = { families: ["participant"], weights: { bias: [-3], "cue:participant": [6] }, threshold: 0.5 };
    const said = (line: string, summit: string, listed: string) => {
      const s: Sentence = { text: line, start: 0, end: line.length };
      const start = line.indexOf(summit);
      const run = line.indexOf(listed);
      const pair = { subjectId: 1, objectId: 20, sentence: s, start, end: run + listed.length, features: ["bias", "cue:participant", "ord:ba", "k:organisation>event"], run };
      return combineRelations({ model: attended, candidates: [pair], relations: [], source: line }).map((r) => r.role);
    };
    expect(said("The event, a follow-up to the November 2023 AI Safety Summit held in Britain, attracted companies including Lima Labs.", "AI Safety Summit", "Lima Labs")).toEqual(
      [],
    );
    expect(said("The AI Safety Summit held in Britain attracted companies including Lima Labs.", "AI Safety Summit", "Lima Labs")).toEqual(["participant"]);
  });

  it("weighs the names of one list together: a name far down the list is suggested as surely as the first", () => {
    const listed = [candidate(1, ["bias", "bb:signed", "cue:signatory", "list:long"], 0), candidate(2, ["bias", "cue:signatory", "list:long"], 0)];
    expect(combineRelations({ model, candidates: listed, relations: [], source: text }).map((r) => r.subjectId)).toEqual([1, 2]);
    // the same weak pair outside the list stays below the threshold
    const apart = [candidate(1, ["bias", "bb:signed", "cue:signatory", "list:long"], 0), candidate(2, ["bias", "cue:signatory", "list:long"], 5)];
    expect(combineRelations({ model, candidates: apart, relations: [], source: text }).map((r) => r.subjectId)).toEqual([1]);
  });

  it("suggests nothing the readers did not read when a refusal stands between the two names", () => {
    const refused = "France and India declined to sign the Declaration.";
    const s: Sentence = { text: refused, start: 0, end: refused.length };
    const pair = { subjectId: 1, objectId: 10, sentence: s, start: 0, end: refused.length, features: ["bias", "bb:signed", "cue:signatory", "list:short"], run: -1 };
    expect(combineRelations({ model, candidates: [pair], relations: [], source: refused })).toEqual([]);
    // (the same pair, its names side by side after the refusal: "… declined, but France signed the Declaration")
    expect(combineRelations({ model, candidates: [{ ...pair, start: refused.indexOf("sign") }], relations: [], source: refused })).toHaveLength(1);
  });

  it("suggests nothing for states invited or urged to act: 'invited countries to become signatories, including A'", () => {
    const features = ["bias", "bb:signed", "cue:signatory", "list:one"];
    const invited = "The host invited countries outside the region to become signatories of the Declaration, including France.";
    const pair = pairIn({ line: invited, start: invited.indexOf("Declaration"), end: invited.length - 1, features });
    expect(combineRelations({ model, candidates: [pair], relations: [], source: invited })).toEqual([]);
    const signed = "The host welcomed countries outside the region as signatories of the Declaration, including France.";
    const done = pairIn({ line: signed, start: signed.indexOf("Declaration"), end: signed.length - 1, features });
    expect(combineRelations({ model, candidates: [done], relations: [], source: signed })).toHaveLength(1);
  });

  it("suggests nothing for a long list invited to act: 'to invite A, B, … and C to become signatories'", () => {
    const features = ["bias", "bb:signed", "cue:signatory", "list:long"];
    const line = "At the meeting of the Declaration's parties it was decided to invite Chile, Peru, Uruguay, Paraguay, Bolivia and France to become signatories.";
    const last = { ...pairIn({ line, start: line.indexOf("Declaration"), end: line.indexOf("France") + 6, features }), run: line.indexOf("Chile") };
    expect(combineRelations({ model, candidates: [last], relations: [], source: line })).toEqual([]);
    const welcomed = line.replace("to invite", "to welcome").replace("to become signatories", "as signatories");
    const done = { ...pairIn({ line: welcomed, start: welcomed.indexOf("Declaration"), end: welcomed.indexOf("France") + 6, features }), run: welcomed.indexOf("Chile") };
    expect(combineRelations({ model, candidates: [done], relations: [], source: welcomed })).toHaveLength(1);
  });

  it("suggests nothing the readers did not read across a semicolon (the clause of the one name has ended)", () => {
    const two = "The Declaration was signed last year; France and India met in June.";
    const s: Sentence = { text: two, start: 0, end: two.length };
    const pair = { subjectId: 1, objectId: 10, sentence: s, start: 0, end: two.indexOf("France") + 6, features: ["bias", "bb:signed", "cue:signatory", "list:short"], run: -1 };
    expect(combineRelations({ model, candidates: [pair], relations: [], source: two })).toEqual([]);
    const one = "The Declaration was signed last year, France and India said in June.";
    const t: Sentence = { text: one, start: 0, end: one.length };
    expect(combineRelations({ model, candidates: [{ ...pair, sentence: t, end: one.indexOf("France") + 6 }], relations: [], source: one })).toHaveLength(1);
  });

  /** France (1) and the Declaration (10) in a one-sentence line, the Declaration named first */
  const textFirstPair = (line: string) => ({
    subjectId: 1,
    objectId: 10,
    sentence: { text: line, start: 0, end: line.length },
    start: line.indexOf("Declaration"),
    end: line.indexOf("France") + 6,
    features: ["bias", "bb:signed", "cue:signatory", "ord:ba"],
    run: -1,
  });

  it("suggests nothing when the text comes first with a refusal to act on it just before it, in its own clause", () => {
    const said = (line: string) => combineRelations({ model, candidates: [textFirstPair(line)], relations: [], source: line }).length;
    expect(said("Despite not signing the Declaration, France took part in other work.")).toBe(0);
    // (a verb between the text and the state says what the state did; a refusal of something else is not one)
    expect(said("Two states shied away from signing the Declaration signed by many others, including France.")).toBe(1);
    expect(said("Officials would not comment on reports from the Declaration talks that France signed it.")).toBe(1);
  });

  it("suggests nothing when a refusal follows a subject named after the text, in its own clause", () => {
    const refused = "The Declaration was signed by many states, but France was not among them.";
    expect(combineRelations({ model, candidates: [textFirstPair(refused)], relations: [], source: refused })).toEqual([]);
    const signed = "The Declaration was signed by many states, and France was among them.";
    expect(combineRelations({ model, candidates: [textFirstPair(signed)], relations: [], source: signed })).toHaveLength(1);
  });

  it("suggests nothing when, with the text named in a sentence before, the subject's own clause refuses before it", () => {
    const excluded = "The signatories, which notably exclude some major players like France, met in March.";
    const s: Sentence = { text: excluded, start: 0, end: excluded.length };
    const at = excluded.indexOf("France");
    const pair = { subjectId: 1, objectId: 10, sentence: s, start: at, end: at + 6, features: ["bias", "bb:signed", "cue:signatory", "earlier:1:initiative"], run: -1 };
    const sure = { ...model, weights: { ...model.weights, "earlier:1:initiative": [6, 0] } };
    expect(combineRelations({ model: sure, candidates: [pair], relations: [], source: excluded })).toEqual([]);
    const included = "The signatories, which notably include some major players like France, met in March.";
    const t: Sentence = { text: included, start: 0, end: included.length };
    expect(combineRelations({ model: sure, candidates: [{ ...pair, sentence: t }], relations: [], source: included })).toHaveLength(1);
  });

  it("suggests no family for an object it cannot act on (a member of a resolution)", () => {
    const member = { ...model, families: ["member", "host"], weights: { bias: [-3, -3], "bb:signed": [6, 0] } };
    const ofKind = (kind: string) => [candidate(1, ["bias", "bb:signed", `k:country>${kind}`])];
    expect(combineRelations({ model: member, candidates: ofKind("resolution"), relations: [], source: text })).toEqual([]);
    expect(combineRelations({ model: member, candidates: ofKind("organisation"), relations: [], source: text }).map((r) => r.role)).toEqual(["member"]);
  });

  it("asks more of a pair whose text was named only in a sentence before", () => {
    // bias -3 + 3.2 → p .55: enough for a pair in one sentence, not for one reaching back to an earlier sentence
    const near = { ...model, weights: { ...model.weights, "bb:said": [3.2, 0], "earlier:1:initiative": [3.2, 0] } };
    expect(combineRelations({ model: near, candidates: [candidate(1, ["bias", "bb:said", "cue:signatory"])], relations: [], source: text })).toHaveLength(1);
    expect(combineRelations({ model: near, candidates: [candidate(1, ["bias", "earlier:1:initiative", "cue:signatory"])], relations: [], source: text })).toEqual([]);
  });

  it("suggests a pair the readers did not read only when its sentence says a word of that role, but a member without one", () => {
    // "worked with Russia, China and Cuba to negotiate the text": sure words around the names, no sponsor's word
    const sure = [candidate(1, ["bias", "bb:signed", "list:short"])];
    expect(combineRelations({ model, candidates: sure, relations: [], source: text })).toEqual([]);
    expect(combineRelations({ model, candidates: [candidate(1, ["bias", "bb:signed", "cue:host", "list:short"])], relations: [], source: text })).toEqual([]);
    // "BRICS members China and India": membership goes by apposition
    const member = { ...model, families: ["member", "host"], weights: { bias: [-3, -3], "bb:members": [6, 0] } };
    const apposed = [candidate(1, ["bias", "bb:members", "k:country>organisation", "list:short"])];
    expect(combineRelations({ model: member, candidates: apposed, relations: [], source: text }).map((r) => r.role)).toEqual(["member"]);
  });

  it("keeps a reader's statement read beyond one sentence (no candidate for the pair there)", () => {
    const far = reader(2, "host", 99);
    expect(combineRelations({ model, candidates: [candidate(1, ["bias"])], relations: [far], source: text })).toEqual([far]);
  });
});

describe("共建 is a founder's word: '广西与老挝签约共建…中心' (not 共商共建共享, 共建“一带一路”)", () => {
  const cuesOf = (text: string, centre: string) => {
    const ms = [
      mention({ text, surface: "智利", entityId: 1, kind: "country" }),
      mention({ text, surface: "秘鲁", entityId: 2, kind: "country" }),
      mention({ text, surface: centre, entityId: 30, kind: "organisation" }),
    ];
    const kinds = (id: number) => (id === 30 ? { kind: "organisation" as const, subtype: "" } : subtypeOf(id));
    return findRelationCandidates({ text, sentences: splitSentences(text), mentions: ms, events: [], relations: [], subtypeOf: kinds }).flatMap((c) =>
      c.features.filter((f) => f.startsWith("cue:")),
    );
  };
  it("marks the pair with the founder's cue", () => {
    expect(cuesOf("今年2月，智利与秘鲁签约共建利马人工智能中心。", "利马人工智能中心")).toContain("cue:founder");
  });
  it("not the words of a shared principle or of the Belt and Road", () => {
    expect(cuesOf("智利与秘鲁秉持共商共建共享理念，支持利马人工智能中心。", "利马人工智能中心")).not.toContain("cue:founder");
    expect(cuesOf("智利与秘鲁共建“一带一路”，利马人工智能中心参与。", "利马人工智能中心")).not.toContain("cue:founder");
  });
});

describe("the words that cue a role", () => {
  const cues = (role: string, text: string) =>
    TRIGGERS.filter((t) => t.role === role).flatMap(({ en, zh }) => [en, zh].flatMap((re) => (re ? [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0]) : [])));
  it("'the meeting also featured companies such as …' cues a participant; a text that featured principles does not", () => {
    expect(cues("participant", "The meeting also featured global companies such as Lima Labs and Quipu AI.")).toEqual(["featured"]);
    expect(cues("participant", "The pledge featured principles drawn from many sources.")).toEqual([]);
  });
  it("'presented an Action Plan', '提议，建立新的…组织' cue a proposer; presenting a report's findings does not", () => {
    expect(cues("proposer", "Chile has presented an Action Plan for Andean AI Governance.")).toEqual(["presented"]);
    expect(cues("proposer", "智利提议，建立新的安第斯人工智能合作组织。")).toEqual(["提议"]);
    expect(cues("proposer", "Chile presented the findings of its study.")).toEqual([]);
    expect(cues("proposer", "智利提议建立「安第斯反诈骗工作组」。")).toEqual([]);
  });
  it("'have adhered to the AI Principles' cues a signatory; 'adherence to the principles of the Code' (by companies) does not", () => {
    expect(cues("signatory", "Chile and Peru have already adhered to the AI Principles.")).toEqual(["adhered to"]);
    expect(cues("signatory", "The logo is a symbol of transparency and adherence to the principles of the Code.")).toEqual([]);
  });
  it("'convened the first international … Summit' cues a host; convening a meeting of a body is read by the body's own words", () => {
    expect(cues("host", "Chile convened the first international Andean AI Summit.")).toEqual(["convened"]);
    expect(cues("host", "Chile convened the meeting with its partners.")).toEqual([]);
    expect(TRIGGERS.find((t) => t.role === "host" && t.en?.source.startsWith("\\bconvened"))?.objects).toEqual(["event"]);
  });
});
