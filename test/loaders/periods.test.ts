import { describe, expect, it } from "vitest";
import { periodForFigure, periodsIn } from "../../loaders/periods.js";

const periods = (text: string, published = "2025-06-02") => periodsIn(text, 0, text.length, published).map((p) => [text.slice(p.start, p.end), p.period_start, p.period_end]);

describe("periods", () => {
  it("resolves a month without a year to the latest one on or before publication", () => {
    expect(periods("379 square kilometres in April")).toEqual([["in April", "2025-04-01", "2025-04-30"]]);
    expect(periods("in July", "2025-06-02")).toEqual([["in July", "2024-07-01", "2024-07-31"]]);
    expect(periods("in May", "2025-05-31")).toEqual([["in May", "2025-05-01", "2025-05-31"]]);
  });

  it("reads a month with its year and a span of months", () => {
    expect(periods("The Russian army took 507 square kilometres in May 2025")).toEqual([["in May 2025", "2025-05-01", "2025-05-31"]]);
    expect(periods("From June 2024 to May 2025 Russia gained")).toEqual([["From June 2024 to May 2025", "2024-06-01", "2025-05-31"]]);
  });

  it("keeps the stated days of a partial month", () => {
    expect(periods("From July 1 to July 30, Russian forces took 400 square kilometres", "2025-08-01")).toEqual([["From July 1 to July 30", "2025-07-01", "2025-07-30"]]);
  });

  it("takes the start a 'since' phrase names and leaves the unstated end empty", () => {
    expect(periods("since the beginning of the year")).toEqual([["since the beginning of the year", "2025-01-01", ""]]);
    expect(periods("since February 24, 2022")).toEqual([["since February 24, 2022", "2022-02-24", ""]]);
    expect(periods("since the full-scale invasion")).toEqual([["since the full-scale invasion", "2022-02-24", ""]]);
  });

  it("does not read 'the first since 2022' as a period", () => {
    expect(periods("the first since 2022, saw 1,000 prisoners exchanged")).toEqual([]);
  });

  it("resolves relative periods of a month or more against publication", () => {
    expect(periods("over the past 12 months")).toEqual([["over the past 12 months", "2024-06-03", "2025-06-02"]]);
    expect(periods("last month")).toEqual([["last month", "2025-05-01", "2025-05-31"]]);
    expect(periods("in the first quarter")).toEqual([["in the first quarter", "2025-01-01", "2025-03-31"]]);
  });

  it("leaves the day or week window of a daily or weekly tally empty, like a single-day incident", () => {
    expect(periods("in the past week")).toEqual([]);
    expect(periods("over the past day")).toEqual([]);
    expect(periods("in the past three days")).toEqual([]);
  });

  it("reads 'at the end of May' as a point in time", () => {
    expect(periods("At the end of May, Russia controlled nearly 19 percent")).toEqual([["At the end of May", "", "2025-05-31"]]);
  });

  it("leaves single days and modal 'may' alone, and needs a publication date for a bare month", () => {
    expect(periods("On the night of May 31, a bridge collapsed; talks on 16 May 2025; it may be included")).toEqual([]);
    expect(periods("in April", "")).toEqual([]);
  });

  it("gives each figure of a list the period that follows it, and a sentence-opening period to all", () => {
    const text = "The Russian army took 507 square kilometres in May 2025, against 379 square kilometres in April.";
    const ps = periodsIn(text, 0, text.length, "2025-06-02");
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const whole = { start: 0, end: text.length };
    expect(periodForFigure(ps, at("507"), text.indexOf("379"), { start: 0, end: text.indexOf(",") }, 0)?.period_start).toBe("2025-05-01");
    expect(periodForFigure(ps, at("379"), text.length, { start: text.indexOf(",") + 1, end: text.length }, 0)?.period_start).toBe("2025-04-01");
    const opening = "In May 2025, the advance accounted for nearly 400 square kilometres.";
    const op = periodsIn(opening, 0, opening.length, "2025-06-02");
    expect(periodForFigure(op, { start: opening.indexOf("400"), end: opening.indexOf("400") + 3 }, opening.length, { start: 12, end: opening.length }, 0)?.period_end).toBe("2025-05-31");
    void whole;
  });
});

describe("calendar years and points in news phrasing", () => {
  it("reads 'in 2023' as the calendar year, but not the year an event began", () => {
    expect(periods("Moscow took 600 km² in 2023")).toEqual([["in 2023", "2023-01-01", "2023-12-31"]]);
    expect(periods("its heaviest attack since the war began in 2022")).toEqual([]);
  });

  it("reads 'by the end of 2023' as a point with only an end", () => {
    expect(periods("had died by the end of 2023")).toEqual([["by the end of 2023", "", "2023-12-31"]]);
  });

  it("reads 'in late August' as that month", () => {
    expect(periods("a peak in late August", "2024-12-30")).toEqual([["in late August", "2024-08-01", "2024-08-31"]]);
  });
});

describe("two months coordinated under one year", () => {
  it("'in March and April 2023' is one span in that year", () => {
    expect(periods("Kyiv said it downed three Su-34s in March and April 2023.", "2025-06-02")).toEqual([["in March and April 2023", "2023-03-01", "2023-04-30"]]);
    expect(periods("during October and November 2024 alone", "2025-06-02")).toEqual([["during October and November 2024", "2024-10-01", "2024-11-30"]]);
  });
  it("months without a shared year stay separate", () => {
    expect(periods("in March and in April", "2025-06-02").map((p) => p[0])).toEqual(["in March", "in April"]);
  });
});

describe("spans without a year and 'over the course of' a year", () => {
  it("a yearless span that wraps a year end closes on or before publication", () => {
    expect(periods("between January and December", "2025-02-10")).toEqual([["between January and December", "2024-01-01", "2024-12-31"]]);
    expect(periods("From January 1 to December 31, losses amounted", "2025-01-15")).toEqual([["From January 1 to December 31", "2024-01-01", "2024-12-31"]]);
    expect(periods("from June to May", "2025-06-20")).toEqual([["from June to May", "2024-06-01", "2025-05-31"]]);
  });
  it("a span within one year or with years stated is unchanged", () => {
    expect(periods("from March 3 to March 9", "2025-03-12")).toEqual([["from March 3 to March 9", "2025-03-03", "2025-03-09"]]);
    expect(periods("from November 2024 to February", "2025-03-12")).toEqual([["from November 2024 to February", "2024-11-01", "2025-02-28"]]);
  });
  it("'over the course of 2023' is that year", () => {
    expect(periods("Russia took 500 square kilometres over the course of 2023")).toEqual([["over the course of 2023", "2023-01-01", "2023-12-31"]]);
  });
});

describe("dates written in figures, day first", () => {
  it("reads 'from 24.02.22 to 05.11.25' and 'since 24.02.2022'", () => {
    expect(periods("losses from 24.02.22 to 05.11.25 were")).toEqual([["from 24.02.22 to 05.11.25", "2022-02-24", "2025-11-05"]]);
    expect(periods("losses since 24.02.2022 reached")).toEqual([["since 24.02.2022", "2022-02-24", ""]]);
  });
  it("takes no impossible day and no decimal number for a date", () => {
    expect(periods("from 31.02.22 to 05.11.25")).toEqual([]);
    expect(periods("a loss of 31.02 million")).toEqual([]);
  });
});

describe("more spans news reports name", () => {
  it("reads 'the second half of 2024' as July to December", () => {
    expect(periods("losses in the second half of 2024 were")).toEqual([["in the second half of 2024", "2024-07-01", "2024-12-31"]]);
  });
  it("reads 'so far in 2025' and 'in 2025 so far' as a start with no stated end, not the whole year", () => {
    expect(periods("gains so far in 2025 reached")).toEqual([["so far in 2025", "2025-01-01", ""]]);
    expect(periods("gains in 2025 so far reached")).toEqual([["in 2025 so far", "2025-01-01", ""]]);
  });
  it("reads a day-first range in one month ('from 1 to 15 May', 'between 3 and 9 March 2025')", () => {
    expect(periods("took 20 from 1 to 15 May")).toEqual([["from 1 to 15 May", "2025-05-01", "2025-05-15"]]);
    expect(periods("took 30 between 3 and 9 March 2025")).toEqual([["between 3 and 9 March 2025", "2025-03-03", "2025-03-09"]]);
    expect(periods("From 1 to 5 drones were downed")).toEqual([]);
  });
});

describe("'since' a part of a month", () => {
  it("starts 'since early August' and 'since mid-October 2024' at the month's first day, and reads no start from 'since late 2023'", () => {
    expect(periods("retook 400 sq km since early August")).toEqual([["since early August", "2024-08-01", ""]]);
    expect(periods("lost 30 since mid-October 2024")).toEqual([["since mid-October 2024", "2024-10-01", ""]]);
    expect(periods("lost 5 since late 2023")).toEqual([]);
  });
});

describe("eighth round: seasons, pairs of months, the first days of a month, the year to a month", () => {
  it("'over the summer' is the latest summer begun by publication, ending at publication while under way", () => {
    expect(periods("Over the summer, Russia captured 1,500 km²", "2025-11-22")).toEqual([["Over the summer", "2025-06-01", "2025-08-31"]]);
    expect(periods("Over the summer, Russia captured 1,500 km²", "2025-07-10")).toEqual([["Over the summer", "2025-06-01", "2025-07-10"]]);
    expect(periods("in the spring of 2024", "2025-11-22")).toEqual([["in the spring of 2024", "2024-03-01", "2024-05-31"]]);
  });
  it("'last fall', 'this summer' date an event, as 'last week' does: no period ('sent some 11,000 troops last fall')", () => {
    expect(periods("North Korea had sent some 11,000 troops to Russia's Kursk region last fall.", "2025-06-02")).toEqual([]);
    expect(periods("This summer Russia seized 2,000 sq km.", "2025-07-10")).toEqual([]);
  });
  it("no season in 'the fall of Avdiivka', 'the spring offensive' or a 'since' clause", () => {
    expect(periods("During the fall of Avdiivka, 500 soldiers were killed.")).toEqual([]);
    expect(periods("in the spring offensive")).toEqual([]);
    expect(periods("including one F-16 since the jets arrived last summer")).toEqual([]);
  });
  it("'in late October and early November' and 'in January and February' are both months", () => {
    expect(periods("In late October and early November, Russian forces took 300 km²", "2025-11-22")).toEqual([["In late October and early November", "2025-10-01", "2025-11-30"]]);
    expect(periods("dispatched in January and February", "2025-06-02")).toEqual([["in January and February", "2025-01-01", "2025-02-28"]]);
    expect(periods("in December and January", "2025-06-02")).toEqual([["in December and January", "2024-12-01", "2025-01-31"]]);
  });
  it("'in the first 10 days of November' and 'from the start of the year through the end of October'", () => {
    expect(periods("In the first 10 days of November, Russian troops seized 180 sq km.", "2025-11-22")).toEqual([["In the first 10 days of November", "2025-11-01", "2025-11-10"]]);
    expect(periods("From the start of the year through the end of October, Ukraine shot down 25,000 drones.", "2025-11-22"))
      .toEqual([["From the start of the year through the end of October", "2025-01-01", "2025-10-31"]]);
  });
  it("'since Russia's full-scale invasion began in February 2022' starts on the invasion's day", () => {
    expect(periods("killed since Russia's full-scale invasion began in February 2022")).toEqual([["since Russia's full-scale invasion began in February 2022", "2022-02-24", ""]]);
  });
  it("'since last year' and 'since the start of last month' start then and run on; they are no whole year or month", () => {
    expect(periods("killed since last year", "2025-11-06")).toEqual([["since last year", "2024-01-01", ""]]);
    expect(periods("seized since the start of last month", "2025-11-06")).toEqual([["since the start of last month", "2025-10-01", ""]]);
    // A record "since last year" dates no figure's start.
    expect(periods("the largest attack since last year", "2025-11-06")).not.toContainEqual(["since last year", "2024-01-01", ""]);
  });
  it("a since-clause's date starts the period ('since the incursion began on August 6, 2024', 'since they were deployed to Kursk last year')", () => {
    expect(periods("lost 76,000 troops since the incursion began on August 6, 2024")).toEqual([["since the incursion began on August 6, 2024", "2024-08-06", ""]]);
    expect(periods("killed or wounded since they were deployed to the Kursk region last year", "2025-11-06")).toEqual([["since they were deployed to the Kursk region last year", "2024-01-01", ""]]);
    expect(periods("since they arrived in Russia in October, 300 were killed", "2025-11-06")).toEqual([["since they arrived in Russia in October", "2025-10-01", ""]]);
  });
});

describe("fourteenth round: a season as a 'since' start", () => {
  it("'since the autumn of 2024' and 'since summer 2023' start on the season's first day and run on", () => {
    expect(periods("sent 15,000 soldiers since the autumn of 2024", "2025-11-06")).toEqual([["since the autumn of 2024", "2024-09-01", ""]]);
    expect(periods("900 civilians killed since summer 2023", "2025-11-06")).toEqual([["since summer 2023", "2023-06-01", ""]]);
  });
  it("'since late summer 2023' starts in the season's last month", () => {
    expect(periods("gained 4,300 km² since late summer 2023", "2025-11-06")).toEqual([["since late summer 2023", "2023-08-01", ""]]);
  });
  it("no start from a season without its year, or from a record ('the deadliest attack since the summer of 2023')", () => {
    expect(periods("the jets that arrived since last summer", "2025-11-06")).toEqual([]);
    expect(periods("the deadliest attack since the summer of 2023", "2025-11-06")).toEqual([]);
  });
});
