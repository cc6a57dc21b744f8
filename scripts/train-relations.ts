/**
 * npm run train:relations [-- --no-write] [-- --misses]
 * Trains the statement model (lib/linking/train-relation-model.ts) on the tune split of the labelled articles
 * (tests/fixtures/articles/labels.json; held-out files are never read) and writes lib/linking/relation-model.json.
 * Before that it prints a 5-fold cross-validation by article: relations P/R/F1 of the hand-written readers alone,
 * of the model, and of the two together, per threshold, so the figures that chose the threshold are on record.
 */
import fs from "node:fs";
import path from "node:path";
import { linkArticle, weighStatements } from "@/lib/linking/link-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";
import type { RelationCandidate } from "@/lib/linking/relation-candidates";
import { RELATION_FAMILIES } from "@/lib/linking/score-relations";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { scoreFeatures, trainRelationModel, type RelationModel } from "@/lib/linking/train-relation-model";
import type { FoundRelation } from "@/lib/linking/types";
import { foldOfFile, ingestLabelled, labelKey, labelledKeys, namesProposed, precisionRecall, readLabels, relationKey } from "./lib/labelled-articles";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";

const OUT = path.join(process.cwd(), "lib", "linking", "relation-model.json");
const FOLDS = 5;
/**
 * The tune files the hand-written readers were not written against: set B (118-147, measured once as held out,
 * then studied for a few general forms only), set C (148-177, measured once as held out), sets D (178-207),
 * F (238-267), H (298-327), K (388-417), L (418-447) and P (508-537), labelled as training data for this model, and sets
 * E (208-237) and G (268-297), measured once as held out. How the model does on prose nobody tuned rules on.
 * (Sets I (328-357), N (478-507), O (538-567) and most of M (450-477), measured once as held out, were then
 * studied for rules and are not among them. The misses of a few of the others were read for the sixth to eighth
 * sessions' general forms: files 129, 142, 182, 187, 218, 220, 225, 252, 289, 298, 324, 409, 412 and 515.) Set O
 * (1298-1347), measured once as held out, is fresh too, but for files 1303-1305, whose misses the seventeenth
 * session read for general forms; so is set N (1348-1397), measured once as held out, but for file 1393.
 */
const FRESH = /^(?:1(?:1[89]|[2-9]\d)|2\d\d|3(?:[01]\d|2[0-7]|8[89]|9\d)|4[0-4]\d|50[89]|5[1-3]\d|1(?:29[89]|30[06-9]|3[1-4]\d)|1(?:34[89]|3[5-8]\d|39[0-24-7]))-/;
/**
 * Scored, not trained on: files 248-257 were labelled with conventions of their own (each state that signed a
 * summit's text also labelled a participant in the summit; a summit held in a country not that country's hosting),
 * which teach the model to read "signed" as "attended"; trained on, they lower the cross-validated F1 on the other
 * fresh files from .60 to .57.
 */
const NOT_TRAINED_ON = /^2(?:4[89]|5[0-7])-/;
/**
 * chosen on the cross-validation: the best F1 over all tune files among the thresholds tied best on the fresh files
 * (within .01 of the best: their F1 moves by that much from one session's files to the next), and of those tied there
 * too the higher (7 Dec 2026, twenty-seventh session, 5238 tune files (sets A79-A85 included): .25 best on the 398
 * fresh files, F1 .68536, and within .01 of it .2 .68321, .4 .68207, .3 .68163, .35 .68068; of those, .4 best on all,
 * .64854 (.35 .64771, .3 .64680, .25 .64583): .4, where before it was .5. Before, twenty-fourth session, 5016 tune
 * files (sets A71-A78 included): .25 best on the 398 fresh
 * files, F1 .68051, and within .01 of it .5 .67991, .2 .67714, .4 .67671, .35 .67393, .3 .67056; of those, .5 best on
 * all, .65231 (.4 .65163, .35 .65129, .3 .64752): .5, where before it was .4. Before, twenty-second session, 4842 tune
 * files (sets A64-A70 included): .4 best on the 398 fresh
 * files, F1 .68433, and within .01 of it .35 .68366, .6 .68205, .3 .68081, .5 .68034, .25 .67591, .2 .67553; of those,
 * .4 best on all, .65040 (.5 .64915, .35 .64903, .3 .64764): .4, where before it was .35. Before, twenty-first session,
 * 4645 tune files (sets A58-A63 included): .35 best on the 398 fresh
 * files, F1 .68350, and within .01 of it .3 .67736, .4 .67729, .25 .67638, .2 .67573, .5 .67500; of those, .35 best
 * on all, .65366 (.3 .65130, .4 .65073, .5 .65006): .35, where before it was .3. Before, twentieth session, 4488 tune
 * files (sets A53-A57 included): .5 best on the 398 fresh
 * files, F1 .68142, and within .01 of it .2 .68009, .3 .67887, .4 .67854, .35 .67544, .25 .67436, .6 .67383; of those,
 * .3 best on all, .64597 (.25 .64571, .4 .64570, .35 .64535): .3, where before it was .35. Before, nineteenth session,
 * 4334 tune files (sets A48-A52 included): .35 best on the 398 fresh
 * files, F1 .68141, and within .01 of it .2 .67979, .4 .67701, .3 .67530, .25 .67493, .5 .67317, .6 .67261; of those,
 * .35 best on all, .64508 (.4 .64400, .3 .64201): .35 as before. Before, eighteenth session, 4167 tune files (sets A43-A47 included): .35 best on the 398 fresh
 * files, F1 .67993, and within .01 of it .4 .67949, .3 .67894, .2 .67665, .25 .67498, .6 .67452, .5 .67413; of those,
 * .35 best on all, .64502 (.3 .64486, .4 .64472): .35, where before it was .4. Before, seventeenth session, 3988 tune
 * files (sets A39-A42 included): .4 best on the 398 fresh
 * files, F1 .68681, and within .01 of it .2 .68607, .3 .68476, .35 .68423, .5 .68279, .25 .68258; of those, .4 best on
 * all, .64637 (.35 .64612, .3 .64541): .4 as before. Before, 3901 tune files (sets A39 and A40 included): .4 best on
 * the 398 fresh files, F1 .68506, and within .01 of it .25 .68293, .35 .68279, .3 .68209, .2 .68091, .5 .67847, .6
 * .67518; of those, .4 best on all, .64600 (.3 .64581, .35 .64555): .4 as before. Before, sixteenth session, 3828
 * tune files (sets A33-A38 included): .25 best on the 398 fresh
 * files, F1 .68030, and within .01 of it .2 .68007, .4 .67942, .35 .67878, .3 .678, .5 .674; of those, .4 best on
 * all, .64574 (.35 .64537, .3 .64362): .4, where before it was .35. Before, thirteenth session, 3283 tune files (sets A24-A26 included): .35 best on the 398 fresh
 * files, F1 .68659, and within .01 of it .3 .68643, .25 .68508, .2 .68198, .4 .68037; of those, .35 best on all, .66020
 * (.4 .65969, .3 .65785). (On sets A24-A26, measured as held out with the .35 model trained on 3133 files, relations
 * .468 (36/13/69); the model trained on 3092 files gave .484 (37/11/68) on the same 150 files.) Before, 3133 tune files
 * (set A23 included): .4 best on the 398 fresh files,
 * F1 .69350, and within .01 of it .35 .69094, .3 .68994, .5 .68870; of those, .35 best on all, .65915 (.3 .65911, .4
 * .65808, .5 .65634). (Set A23, measured once with the .35 model trained on 3092 files, gave relations .485.) Before,
 * twelfth session, 3092 tune files (set A22 included): .3 best on the 398 fresh files,
 * F1 .68978, and within .01 of it .4 .68767, .35 .68722, .25 .68691, .5 .68524, .2 .68188; of those, .35 best on all,
 * .66201 (.4 .66096, .3 .66005). (Set A22, measured once with the .4 model trained on 3042 files, gave relations
 * .624.) Before, 3042 tune files (set A21 included): .2 best on the 398 fresh files,
 * F1 .69005, and within .01 of it .25 .68579, .4 .68462, .5 .68431, .3 .68381, .35 .68271; of those, .4 best on all,
 * .65891 (.25 .65832, .35 .65828). (Set A21, measured once with the .4 model trained on 2992 files, gave relations
 * .306.) Before, 2992 tune files (set A20 included): .25 best on the 398 fresh files,
 * F1 .69034, and within .01 of it .4 .69029, .3 .69022, .35 .68704, .2 .68622, .5 .68563; of those, .4 best on all,
 * .66300 (.3 .66270, .35 .66244). (Set A20, measured once with the .4 model trained on 2944 files, gave relations
 * .638.) Before, eleventh session, 2944 tune files (sets A18 and A19 included): .4 best on the 398 fresh
 * files, F1 .68054, and within .01 of it .35 .67777, .3 .67618, .25 .67518, .2 .67446, .5 .67067; of those, .4 best on
 * all, .65321 (.35 .65279, .3 .65209). (Set A19, measured once with the .4 model trained on 2894 files, gave relations
 * .519.) Before, 2894 tune files (set A18 included): .5 best on the 398 fresh files, F1
 * .68363, and within .01 of it .4 .68311, .35 .68149, .3 .68005, .2 .67860, .25 .67762, .6 .67578, .7 .67524; of
 * those, .4 best on all, .65572 (.35 .65530, .5 .65314). (Set A18, measured once with the .4 model trained on 2844
 * files, gave relations .564.) Before, tenth session, 2844 tune files (set A17 included): .4 best on the 398 fresh files, F1
 * .6809, and within .01 of it .35 .6787, .5 .6786, .3 .6732, .2 .6730, .25 .6714; of those, .4 best on all, .65577
 * (.35 .65530, .5 .65412). Before, 2794 tune files (set A16 included): .25 best on the 398 fresh files, F1
 * .6800, and within .01 of it .4 .6767, .3 .6763, .2 .6757, .35 .6748; of those, .35 best on all, .65494 (.4 .65430,
 * .3 .65229, .25 .65199). (Set A17, measured once with this .35 model, gave relations .625.) Before, the same session, the same 2744 tune files, after its fix to the weighing (the
 * surest pair that the checks let stand says a fact) and its new cues: .4 best on the 398 fresh files, F1 .6838, and
 * within .01 of it .35 .6831, .5 .6803, .3 .6787; of those, .35 best on all, .65507 (.3 .65503, .4 .65496, .5 .6533).
 * (Set A16, measured once with this .35 model, gave relations .545 on its 42 labelled statements.) Before, ninth session, 2744 tune files (set A15 included): .35 best on the 398 fresh files, F1
 * .6718, and within .01 of it .3 .6712, .4 .6704, .2 .6699, .25 .6694, .6 .666, .5 .6635; of those, .4 best on all,
 * .65238 (.35 .65235, .3 .6495). (Set A15, measured once with the .4 model below, gave relations .726.) Before, 2694
 * tune files (set A14 included): .35 best on the 398 fresh files, F1
 * .6758, and within .01 of it .4 .6755, .5 .6725, .2 .6719, .3 .6691, .25 .6673; of those, .4 best on all, .65476 (.35
 * .65474, .2 .6538). (Set A14, measured once with the .35 model before, gave relations .636.) Before, the same 2644
 * tune files with this session's readings: .2 best on the 398
 * fresh files, F1 .672, and within .01 of it .25 and .3 .668, .35 .667, .5 .665, .4 .664, .6 .663; of those, .35 best
 * on all, .65214 (.3 .65209, .2 .6520, .4 .6517). Before, eighth session, 2644 tune files (set A13 included): .25 best on the 398 fresh files, F1
 * .668, and within .01 of it .2 .667, .3 .662, .35 .661, .5 .659, .4 .658; of those, .4 best on all, .650 (.2 .6496, .3
 * .6495). Before, 2594 tune files (set A12 included), with the
 * agreed-meeting, maker-release and state-after-its-city readings: .4 best on the 398 fresh files, F1 .6654 (.2 .6652,
 * .5 .6651, .35 .663), and .647 on all (.2 .649). Trained on files before 2348 and scored on 2348-2547, the sets
 * measured as held out in the last sessions, every threshold from .3 to .6 gave .595-.597 (.2 .586): the choice among
 * them matters little. Before, 2544 tune files (set A11 included): .35 best on
 * the 398 fresh files, F1 .662 (.2 .660, .3 and .4 .659), and .647 on all (.2 and .4 .649). (Set A11, measured once
 * with the .4 model below, gave relations .583; the session's start model at .2 gave .654 on it.) Before, on 2494 tune
 * files (set A10 included) and the
 * readers of this session: .4 best on the 398 fresh files, F1 .662 (.6 .661, .35 .660, .2 .658), and .649 on all
 * (.2 .653, .35 .652). Before, sixth session: 2444 tune files (set A9 included) and the readers
 * of year-dated meetings and of lists of resolutions: .2 best on the 398 fresh files, F1 .658 (.4 .657, .35 .656, .3
 * and .6 .655), and .641 on all (.4 .646, .35 .645). Before those readers, .2 too: F1 .666 on the fresh files (.25 .663,
 * .35 and .5 .659), .641 on all. Before, on 2394 tune files (set A8 included): .2 best on
 * the 398 fresh files, F1 .666 (.25 .661, .6 .660, .35 .659, .3 and .5 .658), and .642 on all (.25 .642, .35 .645).
 * Before, on 2345 tune files (set A7 included): .25 best on
 * the 398 fresh files, F1 .670 (.2 .665, .35 .660, .4 .659, .3 .658), and .647 on all (.2 .648, .4 .645). Before, on
 * 2295 tune files (set A6 included): .3 best on the
 * 398 fresh files, F1 .661 (.35 and .4 .660, .5 .658, .25 .657), and .646 on all (.4 .648, .35 .647). Before, on
 * 2245 tune files (set A5 included): .3 best on
 * the 398 fresh files, F1 .670 (.25 .668, .35 .667, .4 and .5 .661, .2 .657), and .648 on all (.25 .652). Before, on
 * 2195 tune files (set A4 included): .2 best on
 * the 398 fresh files, F1 .663 (.25 .6594, .5 .6591, .35 .6589, .3 .657), and .649 on all (.25 .651, .5 .650, .35
 * .649). Before, on
 * 2146 tune files (set A3 included) and the
 * readers of officials present and of those listed as present: .35 best on the 398 fresh files, F1 .674 (.3 and .4
 * .667/.668, .25 .663), and .655 on all (.3 .654, .25 .652). Fourth session: 2096 tune files (sets B, A and A2 included),
 * the heading-list readers and role notes: .35 best on the 398 fresh files, F1 .6694 (.3 .6685, .25 .668, .4 .663),
 * and .653 on all (.3 .654, .2 .656). Before, on 2047 tune files: .35 best on the fresh files, F1 .670, .661 on all;
 * on 1999 tune files: .35 best on the fresh files, F1 .660, .657 on all.
 * Third session: 1949 tune files (sets F to C included): .35 and
 * .4 best on the 398 fresh files, F1 .666 (.3 .663, .5 .664), and .654 on all for both. Second session: 1749 tune files (sets M to G included): .3 best on the 398 fresh files, F1 .653 (.35
 * and .4 .648, .5 .643), and .661 on all (.35 .661, .4 and .5 .657). Before, on 1399 tune files (sets O and N
 * included), the seventeenth session's readers and the readers' words as features: .5 best on the 397 fresh files,
 * F1 .636 (.6 .633, .4 .632, .3 .632), and .663 on all (.25 and .3 .664).
 * The best threshold moves between .3 and .5 as readers and files change: the fresh files' F1 differs by a few
 * thousandths between them; on 1349 files .4 had been best, on 1302 files .4, on 1252 files .5, on 1102 files .4, on
 * 1001 files .3, on 804 files .2)
 */
const THRESHOLD = 0.4;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];

type Article = {
  file: string;
  fold: number;
  candidates: RelationCandidate[];
  read: FoundRelation[];
  rules: FoundRelation[];
  gold: Set<string>;
  keyOf: (id: number) => string;
  gazetteer: Gazetteer;
};

function readArticles(): Article[] {
  const labels = readLabels();
  const { db, cleanup } = makeSeededScratchDatabase();
  const out: Article[] = [];
  try {
    const gazetteer = loadGazetteer({ db });
    const keyOf = (id: number) => labelKey({ gazetteer, id });
    for (const [file, label] of Object.entries(labels)) {
      if ((label.split ?? "tune") !== "tune") continue;
      const r = ingestLabelled({ db, gazetteer, file, label });
      if (!r.ok) continue;
      const { stored } = r;
      const links = linkArticle({ body: stored.body, publishedAt: stored.publishedAt, language: stored.language, gazetteer, model: null });
      out.push({
        file,
        fold: foldOfFile({ file, folds: FOLDS }),
        candidates: links.candidates,
        read: links.read,
        rules: links.readers,
        gold: labelledKeys({ label, kind: "relations" }),
        keyOf,
        gazetteer,
      });
    }
  } finally {
    cleanup();
  }
  return out;
}

function familiesOf({ article, c }: { article: Article; c: RelationCandidate }): string[] {
  const s = article.keyOf(c.subjectId);
  const o = article.keyOf(c.objectId);
  return RELATION_FAMILIES.filter((f) => article.gold.has(`${s} ${f} ${o}`));
}

function score({ list, predict }: { list: Article[]; predict: (a: Article) => Set<string> }) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const a of list) {
    const got = predict(a);
    for (const g of got) {
      if (a.gold.has(g)) tp++;
      else fp++;
    }
    for (const g of a.gold) if (!got.has(g)) fn++;
  }
  return { ...precisionRecall({ tp, fp, fn }), tp, fp, fn };
}

const keys = ({ a, relations }: { a: Article; relations: FoundRelation[] }) =>
  new Set(
    relations.filter((x) => !namesProposed({ gazetteer: a.gazetteer, ...x })).map((x) => relationKey({ subject: a.keyOf(x.subjectId), role: x.role, object: a.keyOf(x.objectId) })),
  );

function train({ list, threshold }: { list: Article[]; threshold: number }): RelationModel {
  const examples = list
    .filter((a) => !NOT_TRAINED_ON.test(a.file))
    .flatMap((a) => a.candidates.filter((c) => !namesProposed({ gazetteer: a.gazetteer, ...c })).map((c) => ({ features: c.features, families: familiesOf({ article: a, c }) })));
  return trainRelationModel({
    examples,
    families: RELATION_FAMILIES,
    threshold,
    minCount: 3,
    prune: 0.05,
  });
}

function main() {
  const list = readArticles();
  const pairs = list.reduce((n, a) => n + a.candidates.length, 0);
  const positive = list.reduce((n, a) => n + a.candidates.filter((c) => familiesOf({ article: a, c }).length).length, 0);
  console.log(`${list.length} tune articles, ${pairs} candidate pairs (${positive} stating a labelled relation)`);
  const fmt = (name: string, x: ReturnType<typeof score>) =>
    console.log(`${name.padEnd(28)} P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (${x.tp} / ${x.fp} / ${x.fn})`);
  fmt(
    "readers alone",
    score({ list, predict: (a) => keys({ a, relations: weighStatements({ model: null, candidates: [], read: a.read, readers: a.rules, gazetteer: a.gazetteer, source: "" }) }) }),
  );
  fmt(
    "  on fresh files",
    score({
      list: list.filter((a) => FRESH.test(a.file)),
      predict: (a) => keys({ a, relations: weighStatements({ model: null, candidates: [], read: a.read, readers: a.rules, gazetteer: a.gazetteer, source: "" }) }),
    }),
  );
  const models = Array.from({ length: FOLDS }, (_, k) => train({ list: list.filter((a) => a.fold !== k), threshold: 0.5 }));
  for (const threshold of THRESHOLDS) {
    const predict = (a: Article) => {
      const model = { ...models[a.fold], threshold };
      return keys({ a, relations: weighStatements({ model, candidates: a.candidates, read: a.read, readers: a.rules, gazetteer: a.gazetteer, source: "" }) });
    };
    const x = score({ list, predict });
    fmt(`cross-validated, t=${threshold}`, x);
    const fresh = list.filter((a) => FRESH.test(a.file));
    fmt(`  on ${fresh.length} fresh files`, score({ list: fresh, predict }));
  }
  if (process.argv.includes("--misses")) {
    // what the cross-validated model misses and adds on the fresh files, with the sentence of the pair
    for (const a of list.filter((x) => FRESH.test(x.file))) {
      const model = { ...models[a.fold], threshold: THRESHOLD };
      const got = keys({ a, relations: weighStatements({ model, candidates: a.candidates, read: a.read, readers: a.rules, gazetteer: a.gazetteer, source: "" }) });
      for (const g of [...a.gold].filter((x) => !got.has(x))) {
        const [s, , o] = g.split(" ");
        const c = a.candidates.filter((x) => a.keyOf(x.subjectId) === s && a.keyOf(x.objectId) === o);
        const best = Math.max(0, ...c.map((x) => Math.max(...scoreFeatures({ model, features: x.features }))));
        console.log(`${a.file.slice(0, 24)} missed ${g} (${c.length} pairs, best p ${best.toFixed(2)}) ${c[0]?.sentence.text.slice(0, 160) ?? ""}`);
      }
      for (const g of [...got].filter((x) => !a.gold.has(x))) console.log(`${a.file.slice(0, 24)} extra ${g}`);
    }
  }
  console.log(`threshold ${THRESHOLD}`);
  if (process.argv.includes("--no-write")) return;
  const model = train({ list, threshold: THRESHOLD });
  fs.writeFileSync(OUT, JSON.stringify(model) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${Object.keys(model.weights).length} features × ${model.families.length} families`);
}

main();
