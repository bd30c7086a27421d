import {describe, expect, it} from "vitest";
import {NULLABLE_NUMBER_COLUMNS, NUMBER_COLUMNS as LOADER_NUMBERS, BOOLEAN_COLUMNS as LOADER_BOOLEANS} from "../../loaders/columns.js";
import {BOOLEAN_COLUMNS, NUMBER_COLUMNS, typedRow, typedRows} from "../../src/components/tableRows.js";

describe("typedRows", () => {
  it("knows every number and boolean column the loaders write (plus outlets.csv's article count)", () => {
    for (const column of LOADER_NUMBERS) expect(NUMBER_COLUMNS.has(column), column).toBe(true);
    for (const column of LOADER_BOOLEANS) expect(BOOLEAN_COLUMNS.has(column), column).toBe(true);
    for (const column of NULLABLE_NUMBER_COLUMNS) expect(NUMBER_COLUMNS.has(column), column).toBe(true);
  });

  it("keeps dates and digit-only ids as text, reads numbers, nulls and booleans", () => {
    const row = typedRow({figure_id: "1234567890123456", month: "2025-05-01", value: "507", value_high: "", partial: "false"});
    expect(row).toEqual({figure_id: "1234567890123456", month: "2025-05-01", value: 507, value_high: null, partial: false});
  });

  it("drops a blank line, so a table with only a header has no rows (rejected.csv before any review)", () => {
    expect(typedRows([{figure_id: "", reason: ""}])).toEqual([]);
  });
});
