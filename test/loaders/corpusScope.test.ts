import { describe, expect, it } from "vitest";
import { rowsInCorpus } from "../../loaders/corpusScope.js";

describe("rowsInCorpus", () => {
  const rows = [
    { article: "000_seed", figure_id: "f1" },
    { article: "someone-elses-article", figure_id: "f2" },
    { article: "001_seed", figure_id: "f3" },
  ];

  it("keeps the rows about articles of the run, with the lines they are on in the table", () => {
    const scoped = rowsInCorpus(rows, [2, 5, 9], new Set(["000_seed", "001_seed"]));
    expect(scoped.rows.map((r) => r.figure_id)).toEqual(["f1", "f3"]);
    expect(scoped.lines).toEqual([2, 9]);
  });

  it("counts the rows about articles outside the run instead of dropping them unseen", () => {
    expect(rowsInCorpus(rows, [2, 3, 4], new Set(["000_seed"])).outside).toBe(2);
    expect(rowsInCorpus(rows, [2, 3, 4], new Set()).rows).toEqual([]);
  });
});
