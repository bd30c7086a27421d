import { describe, expect, it } from "vitest";
import { findCalendarDate, readIsoDay } from "../../loaders/article.js";

describe("readIsoDay (the YYYY-MM-DD fast path of findCalendarDate)", () => {
  it("reads every YYYY-MM-DD as the date-fns shape does", () => {
    // The same date after a space goes through the regex shapes and date-fns: the fast path must agree with it.
    const years = [0, 99, 1000, 1899, 1900, 1901, 1999, 2000, 2001, 2023, 2024, 2025, 2099, 2100, 2101, 2400, 2999, 3000, 9999];
    let n = 0;
    for (const y of years)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const slow = findCalendarDate(" " + iso);
          const fast = readIsoDay(iso);
          expect(fast).not.toBeNull();
          expect(fast?.value).toBe(slow?.value);
          if (fast) expect(fast).toEqual({ value: slow!.value, index: slow!.index - 1, length: slow!.length });
          expect(findCalendarDate(iso)).toEqual(fast);
          n++;
        }
    expect(n).toBe(years.length * 14 * 33);
  });

  it("leaves every other text to the shapes", () => {
    for (const t of ["2025-6-01", " 2025-06-01", "2025-06-01 ", "2025-06-01T00:00", "2025/06/01", "２０２５-06-01", "", "June 1, 2025"]) expect(readIsoDay(t)).toBeNull();
    expect(findCalendarDate("2025-6-01")?.value).toBe("2025-06-01");
  });
});
