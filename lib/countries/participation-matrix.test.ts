import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildParticipationMatrix, limitMatrixColumns, matrixColumnLabels, matrixToCsv } from "./participation-matrix";

const chn = { id: 10, iso3: "CHN", nameEn: "China", nameZh: "中国" };
const zmb = { id: 11, iso3: "ZMB", nameEn: "Zambia", nameZh: "赞比亚" };
const fra = { id: 12, iso3: "FRA", nameEn: "France", nameZh: "法国" };
const gof = { id: 1, kind: "organisation" as const, slug: "gof", nameEn: 'Group of Friends, for "AI"', nameZh: null, date: "2024-12-03", symbol: null };
const res = { id: 2, kind: "resolution" as const, slug: "unga-res-78-311", nameEn: "Enhancing cooperation", nameZh: null, date: "2024-07-01", symbol: "A/RES/78/311" };
const meet = { id: 3, kind: "event" as const, slug: "m", nameEn: "Meeting", nameZh: null, date: "2025-05-06", symbol: null };

const triples = [
  { country: chn, entity: gof, role: "co-chair" },
  { country: chn, entity: gof, role: "co-founder" },
  { country: zmb, entity: gof, role: "co-founder" },
  { country: chn, entity: res, role: "proposer" },
  { country: zmb, entity: res, role: "co-sponsor" },
  { country: fra, entity: meet, role: "participant" },
];

describe("participation matrix", () => {
  const matrix = buildParticipationMatrix({ triples });

  it("has countries as rows, entities in date order as columns and roles in cells", () => {
    expect(matrix.columns.map((c) => c.slug)).toEqual(["unga-res-78-311", "gof", "m"]);
    expect(matrix.rows.map((r) => r.country.iso3)).toEqual(["CHN", "FRA", "ZMB"]);
    expect(matrix.rows[0].cells).toEqual([["proposer"], ["co-founder", "co-chair"], []]);
    expect(matrix.columns.map((c) => c.countries)).toEqual([2, 2, 1]);
  });

  it("labels resolutions by symbol and keeps labels unique", () => {
    expect(matrixColumnLabels({ columns: matrix.columns })).toEqual(["A/RES/78/311", 'Group of Friends, for "AI"', "Meeting"]);
    const twin = buildParticipationMatrix({ triples: [...triples, { country: fra, entity: { ...meet, id: 4, slug: "m2", date: "2026" }, role: "host" }] });
    expect(matrixColumnLabels({ columns: twin.columns })).toContain("Meeting [event/m2]");
  });

  it("keeps the most attended columns when limited, dropping empty rows", () => {
    const small = limitMatrixColumns({ matrix, limit: 2 });
    expect(small.columns.map((c) => c.slug)).toEqual(["unga-res-78-311", "gof"]);
    expect(small.rows.map((r) => r.country.iso3)).toEqual(["CHN", "ZMB"]);
    expect(small.totalColumns).toBe(3);
  });

  it("exports CSV that a real parser reads back, quotes, Chinese and all", () => {
    const csv = matrixToCsv({ matrix });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records).toHaveLength(3);
    const china = records.find((r) => r.iso3 === "CHN")!;
    expect(china.name_zh).toBe("中国");
    expect(china['Group of Friends, for "AI"']).toBe("co-founder; co-chair");
    expect(china["A/RES/78/311"]).toBe("proposer");
    expect(records.find((r) => r.iso3 === "ZMB")!["Meeting"]).toBe("");
  });

  it("says once per column how complete its list is, in a first row without a country", () => {
    const completeness = new Map([[matrix.columns[0].id, [{ role: "co-sponsor", known: 2, expectedTotal: 143, complete: false, asOf: "2024-09-03" }]]]);
    const [first, ...rest]: Record<string, string>[] = parse(matrixToCsv({ matrix, completeness }), { bom: true, columns: true });
    expect(first).toMatchObject({ iso3: "", name_en: "(list completeness)", "A/RES/78/311": "co-sponsor: 2 of 143 as of 2024-09-03 (partial)", Meeting: "" });
    expect(rest).toHaveLength(3);
  });

  it("escapes formulas in the header and the cells", () => {
    const evil = { ...gof, id: 7, slug: "evil", nameEn: '=HYPERLINK("http://evil.example")' };
    const hostileCountry = { id: 13, iso3: "XXX", nameEn: "@SUM(A1)", nameZh: "-1+2" };
    const csv = matrixToCsv({ matrix: buildParticipationMatrix({ triples: [{ country: hostileCountry, entity: evil, role: "+host" }] }) });
    const [header, row] = parse(csv, { bom: true }) as string[][];
    expect(header[3]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(row).toEqual(["XXX", "'@SUM(A1)", "'-1+2", "'+host"]);
  });
});
