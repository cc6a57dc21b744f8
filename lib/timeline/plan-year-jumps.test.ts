import { describe, expect, it } from "vitest";
import { planYearJumps } from "./plan-year-jumps";

const totals = [
  { year: "2019", n: 60 },
  { year: "2020", n: 60 },
  { year: "2021", n: 100 },
];

describe("planYearJumps", () => {
  it("finds the page of each year's first item, oldest first", () => {
    expect(planYearJumps({ totals, order: "oldest", pageSize: 100 })).toEqual([
      { year: "2019", page: 1 },
      { year: "2020", page: 1 },
      { year: "2021", page: 2 },
    ]);
  });

  it("counts from the newest year when the list is newest first", () => {
    expect(planYearJumps({ totals, order: "newest", pageSize: 100 })).toEqual([
      { year: "2019", page: 2 },
      { year: "2020", page: 2 },
      { year: "2021", page: 1 },
    ]);
  });
});
