/**
 * npm run eval:agreement [-- --verbose]
 * How far two careful readers agree: the first labels (tests/fixtures/articles/labels.json) against a second,
 * independent reading of some of the same articles (tests/fixtures/second-reader.json), kind by kind, as eval:linking scores the
 * linker (relations by subject, role family and object). The first reading is taken as the truth, so precision is
 * how much of what the second reader labelled the first one did too. A figure the linker must reach on a set is
 * only meaningful below the one two readers reach on it.
 */
import fs from "node:fs";
import path from "node:path";
import { formatScoreRow, LABEL_KINDS, LABELLED_DIR, type Label, type LabelKind, labelledKeys, readLabels } from "./lib/labelled-articles";

const verbose = process.argv.includes("--verbose");

function main() {
  const first = readLabels();
  const second = JSON.parse(fs.readFileSync(path.join(LABELLED_DIR, "..", "second-reader.json"), "utf8")).files as Record<string, Label>;
  const totals = Object.fromEntries(LABEL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<LabelKind, { tp: number; fp: number; fn: number }>;
  for (const [file, again] of Object.entries(second)) {
    const label = first[file];
    if (!label) throw new Error(`${file} is in second-reader.json but not in labels.json`);
    const lines: string[] = [];
    for (const kind of LABEL_KINDS) {
      const want = labelledKeys({ label, kind });
      const got = labelledKeys({ label: again, kind });
      const both = [...got].filter((x) => want.has(x));
      const onlySecond = [...got].filter((x) => !want.has(x));
      const onlyFirst = [...want].filter((x) => !got.has(x));
      totals[kind].tp += both.length;
      totals[kind].fp += onlySecond.length;
      totals[kind].fn += onlyFirst.length;
      if (onlyFirst.length || onlySecond.length)
        lines.push(
          `  ${kind}:${onlyFirst.length ? ` first only ${onlyFirst.join(", ")}` : ""}${onlySecond.length ? `${onlyFirst.length ? ";" : ""} second only ${onlySecond.join(", ")}` : ""}`,
        );
    }
    if (verbose && lines.length) console.log(`${file}\n${lines.join("\n")}`);
  }
  console.log(`${verbose ? "\n" : ""}two readings of ${Object.keys(second).length} articles (second-reader.json against labels.json)`);
  console.log("kind            precision  recall      F1   (both / second only / first only)");
  for (const k of LABEL_KINDS) console.log(formatScoreRow({ name: k, counts: totals[k] }));
  const { organisations: o, initiatives: i } = totals;
  console.log(formatScoreRow({ name: "orgs+inits", counts: { tp: o.tp + i.tp, fp: o.fp + i.fp, fn: o.fn + i.fn } }));
}

main();
