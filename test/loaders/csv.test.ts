import Papa from "papaparse";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIGURE_COLUMNS, TERRITORY_COLUMNS } from "../../loaders/columns.js";
import { formatNumber, neutraliseText, parseCsv, toCsv, typedRow } from "../../loaders/csv.js";

const ADVERSARIAL = [
  'He said "41 aircraft", then left',
  "one, two, three",
  "line one\nline two",
  "carriage\r\nreturn",
  "=HYPERLINK(\"http://evil.example\",\"click\")",
  "@SUM(A1:A9)",
  "-2+3",
  "+7 killed",
  "\tleading tab",
  "\rleading CR",
  "'already quoted",
  "Київ — “roughly 34 percent” ✓ 🛩",
  "",
  " padded ",
];

describe("toCsv", () => {
  it("writes a header, LF line endings and a final newline, quoting only when needed", () => {
    const csv = toCsv([{ a: "x", b: 1 }, { a: "y, z", b: 2 }], ["a", "b"]);
    expect(csv).toBe('a,b\nx,1\n"y, z",2\n');
  });

  it("neutralises text that a spreadsheet would run as a formula, but not numbers", () => {
    const csv = toCsv([{ quote: "=1+1", claimant: "@SBU", value: -2, low: null, ok: true }], ["quote", "claimant", "value", "low", "ok"]);
    expect(csv).toBe("quote,claimant,value,low,ok\n'=1+1,'@SBU,-2,,true\n");
  });

  it("writes numbers plainly, never in exponent form", () => {
    expect(formatNumber(5_200_000_000)).toBe("5200000000");
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
    expect(formatNumber(1e-7)).toBe("0.0000001");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(-1.5e-7)).toBe("-0.00000015");
    expect(formatNumber(1.2345e22)).toBe("12345000000000000000000");
    expect(() => formatNumber(Number.NaN)).toThrow(/NaN/);
  });

  it("every adversarial string reads back exactly through parseCsv", () => {
    const rows = ADVERSARIAL.map((text, i) => ({ id: String(i), text }));
    const parsed = parseCsv(toCsv(rows, ["id", "text"]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual(rows);
  });

  it("papaparse alone reads the cells as written: neutralised cells start with an apostrophe", () => {
    const rows = ADVERSARIAL.map((text, i) => ({ id: i, text }));
    const raw = Papa.parse<string[]>(toCsv(rows, ["id", "text"]), { skipEmptyLines: "greedy" }).data.slice(1).map((r) => r[1]);
    expect(raw).toEqual(ADVERSARIAL.map(neutraliseText));
    expect(raw.filter((cell) => /^[=+\-@\t\r]/.test(cell!))).toEqual([]);
    expect(raw[4]).toBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
  });

  it("round-trips any string (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 8 }), (texts) => {
        const rows = texts.map((text, i) => ({ n: i, text }));
        expect(parseCsv(toCsv(rows, ["n", "text"])).rows.map((r) => r.text)).toEqual(texts);
      }),
      { numRuns: 200 },
    );
  });
});

describe("typedRow", () => {
  it("reads figure rows back with numbers, nulls and strings", () => {
    const cells = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, c === "value" ? "41" : c === "value_high" ? "" : c.endsWith("start") || c.endsWith("end") ? "3" : "x"]));
    cells.value_low = "41";
    cells.period_start = "";
    const row = typedRow<Record<string, unknown>>(cells, FIGURE_COLUMNS);
    expect(row.value).toBe(41);
    expect(row.value_high).toBeNull();
    expect(row.char_start).toBe(3);
    expect(row.period_start).toBe("");
  });

  it("reads booleans and rejects malformed cells with the column name", () => {
    const base = Object.fromEntries(TERRITORY_COLUMNS.map((c) => [c, ""]));
    expect(() => typedRow({ ...base, value: "507", partial: "yes" }, TERRITORY_COLUMNS)).toThrow('column "partial": "yes" is not true or false');
    expect(() => typedRow({ ...base, partial: "true" }, TERRITORY_COLUMNS)).toThrow('column "value": empty, expected a number');
    expect(typedRow<{ partial: boolean }>({ ...base, value: "507", partial: "true" }, TERRITORY_COLUMNS).partial).toBe(true);
  });
});

describe("toCsv of an empty table", () => {
  it("is the header line alone, so a reader counts no row", () => {
    expect(toCsv([], ["figure_id", "reason"])).toBe("figure_id,reason\n");
    expect(parseCsv(toCsv([], ["figure_id", "reason"])).rows).toEqual([]);
  });
});
