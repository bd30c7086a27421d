import { describe, expect, it } from "vitest";
import { groupEvents, incidentDate, isoDay, placeCues, readablePeriod } from "../../loaders/events.ts";
import type { FigureRow } from "../../loaders/types.ts";
import { figure, pick, seedFigures } from "./claimsModelFixtures.ts";

function eventOfFigure(figures: FigureRow[], f: FigureRow): string {
  return groupEvents(figures).eventOf.get(f.figure_id)!;
}

function window(d: ReturnType<typeof incidentDate>): [string, string] | ReturnType<typeof incidentDate> {
  return d.kind === "window" ? [isoDay(d.lo), isoDay(d.hi)] : d;
}

describe("placeCues", () => {
  it("finds places after a locative, through a belligerent's possessive and a list", () => {
    expect(placeCues("Just a day before scheduled talks, two bridges collapsed in Russia's Bryansk and Kursk border regions, leading to at least seven deaths.")).toEqual(["bryansk", "kursk"]);
    expect(placeCues("Officials said at least one person had also been injured in explosions in the cities of Kharkiv and Izyum.")).toEqual(["kharkiv", "izyum"]);
    expect(placeCues("In May 2025, the Russian advance was focused again on the eastern Donetsk region, which accounted for nearly 400 square kilometres.")).toEqual(["donetsk"]);
    expect(placeCues("roughly 34 percent of Russia's nuclear-capable long-range bombers were hit, including key targets in a military base deep in Siberia.")).toEqual(["siberia"]);
  });

  it("does not take people, organisations, months, weekdays or the belligerents for places", () => {
    expect(placeCues("In Ukraine's Kherson region, three people were killed, according to Oleksandr Prokudin, head of the region's military administration.")).toEqual(["kherson"]);
    expect(placeCues("The attack hit 40 warplanes over 2500 miles from Ukraine, according to the head of Ukraine's Security Service.")).toEqual([]);
    expect(placeCues("On Sunday, the SBU said 41 aircraft were hit in May, according to TASS.")).toEqual([]);
    expect(placeCues("A total of 41 Russian warplanes were hit, the official said.")).toEqual([]);
  });

  it("joins adjacent capitalised words into one place and reads 'X region' anywhere", () => {
    expect(placeCues("Two ships were hit in the Black Sea overnight.")).toEqual(["black sea"]);
    expect(placeCues("Drones struck an oil depot, Belgorod region officials said.")).toEqual(["belgorod"]);
  });
});

describe("incidentDate", () => {
  it("dates an undated strike report to the publication day and the three days before it", () => {
    const f = figure({ article: "a", metric: "killed", value: 3, published: "2025-06-02", quote: "Three people were killed.", figure_text: "Three" });
    expect(window(incidentDate(f))).toEqual(["2025-05-30", "2025-06-02"]);
  });

  it("uses a short stated period as the incident window and a long one as a period", () => {
    const night = figure({ article: "a", metric: "killed", value: 7, period_start: "2025-05-31", period_end: "2025-05-31", quote: "On the night of May 31, seven were killed.", figure_text: "seven" });
    const year = figure({ article: "a", metric: "killed", value: 900, period_start: "2024-06-01", period_end: "2025-05-31", quote: "Over the past year 900 civilians were killed.", figure_text: "900" });
    expect(window(incidentDate(night))).toEqual(["2025-05-31", "2025-05-31"]);
    expect(incidentDate(year)).toEqual({ kind: "period", start: "2024-06-01", end: "2025-05-31" });
  });

  it("keeps a territory figure on its period however short, and a 'since' total as an open period", () => {
    const week = figure({ article: "a", metric: "territory_gained", unit: "km2", value: 90, period_start: "2025-05-01", period_end: "2025-05-07", quote: "Russia took 90 square kilometres in the first week of May.", figure_text: "90 square kilometres" });
    const since = figure({ article: "a", metric: "territory_gained", unit: "km2", value: 4000, period_start: "2025-01-01", quote: "Russia has taken 4,000 square kilometres since January.", figure_text: "4,000 square kilometres" });
    expect(incidentDate(week)).toEqual({ kind: "period", start: "2025-05-01", end: "2025-05-07" });
    expect(incidentDate(since)).toEqual({ kind: "period", start: "2025-01-01", end: "" });
  });

  it("has no date for a figure without period or publication date", () => {
    const f = figure({ article: "a", metric: "killed", value: 3, published: "", quote: "Three people were killed.", figure_text: "Three" });
    expect(incidentDate(f)).toEqual({ kind: "undated" });
  });
});

describe("readablePeriod", () => {
  it("names a whole month, a span, a day and a 'since'", () => {
    expect(readablePeriod("2025-05-01", "2025-05-31")).toBe("May 2025");
    expect(readablePeriod("2024-06-01", "2025-05-31")).toBe("1 Jun 2024 – 31 May 2025");
    expect(readablePeriod("2025-07-01", "2025-07-30")).toBe("1 Jul 2025 – 30 Jul 2025");
    expect(readablePeriod("2025-06-01", "2025-06-01")).toBe("1 Jun 2025");
    expect(readablePeriod("2022-02-24", "")).toBe("since 24 Feb 2022");
  });
});

describe("groupEvents on the seed figures", () => {
  const seeds = seedFigures();
  const { events, eventOf } = groupEvents(seeds);

  it("puts the 1 June aircraft-hit figures of every claimant and outlet in one event", () => {
    const aircraft = seeds.filter((f) => f.metric === "aircraft_hit");
    expect(aircraft.map((f) => f.value).sort((a, b) => a - b)).toEqual([2, 34, 40, 41]);
    expect(new Set(aircraft.map((f) => eventOf.get(f.figure_id))).size).toBe(1);
    const event = events.find((e) => e.event_id === eventOf.get(aircraft[0].figure_id))!;
    expect(event).toMatchObject({ metric_family: "aircraft_hit", figures: 4, places: "Siberia", source: "auto" });
    expect(event.label).toMatch(/^Aircraft hit \(Russian\) · .*2025 · Siberia$/);
    expect(event.date_start <= "2025-06-01" && event.date_end >= "2025-06-01").toBe(true);
  });

  it("puts the Bryansk bridge deaths of CGTN (no place named) and RT (Bryansk and Kursk) in one event", () => {
    const cgtn = pick(seeds, (f) => f.article.startsWith("000") && f.metric === "killed" && f.value === 7);
    const rt = pick(seeds, (f) => f.article.startsWith("001") && f.metric === "killed");
    const injured69 = pick(seeds, (f) => f.value === 69);
    expect(eventOf.get(cgtn.figure_id)).toBe(eventOf.get(rt.figure_id));
    expect(eventOf.get(injured69.figure_id)).toBe(eventOf.get(rt.figure_id));
  });

  it("puts both reports of the 1,000-per-side swap in one event", () => {
    const swaps = seeds.filter((f) => f.metric === "prisoners_exchanged");
    expect(swaps).toHaveLength(2);
    expect(eventOf.get(swaps[0].figure_id)).toBe(eventOf.get(swaps[1].figure_id));
  });

  it("keeps killed in Kherson apart from injured in Kursk and from injured in Kharkiv on the same day", () => {
    const kherson = pick(seeds, (f) => f.metric === "killed" && f.value === 3);
    const kursk = pick(seeds, (f) => f.claimant === "Alexander Khinshtein");
    const kharkiv = pick(seeds, (f) => f.claimant === "Officials");
    expect(eventOf.get(kherson.figure_id)).not.toBe(eventOf.get(kursk.figure_id));
    expect(eventOf.get(kherson.figure_id)).not.toBe(eventOf.get(kharkiv.figure_id));
  });

  it("keeps May, April and March gains and the 12-month total as four territory events", () => {
    const gains = seeds.filter((f) => f.metric === "territory_gained" && f.subject_side === "russia");
    const byValue = new Map(gains.map((f) => [f.value, eventOf.get(f.figure_id)]));
    expect(new Set([byValue.get(507), byValue.get(379), byValue.get(240), byValue.get(5107)]).size).toBe(4);
    expect(byValue.get(400)).toBe(byValue.get(507)); // the Donetsk part of May is about May
    expect(events.find((e) => e.event_id === byValue.get(507))!.label).toBe("Territory (Russian) · May 2025");
  });

  it("places every figure in exactly one event and counts them", () => {
    expect(eventOf.size).toBe(seeds.length);
    expect(events.reduce((n, e) => n + e.figures, 0)).toBe(seeds.length);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
  });
});

describe("groupEvents for prisoner swaps", () => {
  it("puts one swap's per-side and one-side figures in one event, and a swap a month later in another", () => {
    const each = figure({ article: "p1", published: "2025-05-25", metric: "prisoners_exchanged", value: 303, subject_side: "both", quote: "Russia and Ukraine each released 303 prisoners on Sunday, completing the exchange.", figure_text: "303" });
    const home = figure({ article: "p2", published: "2025-05-25", metric: "prisoners_exchanged", value: 303, subject_side: "ukraine", quote: "Ukraine brought home 303 soldiers on Sunday, Zelenskyy said.", figure_text: "303" });
    const later = figure({ article: "p3", published: "2025-06-26", metric: "prisoners_exchanged", value: 303, subject_side: "both", quote: "Each side freed 303 prisoners of war.", figure_text: "303" });
    const { eventOf, events } = groupEvents([each, home, later]);
    expect(eventOf.get(home.figure_id)).toBe(eventOf.get(each.figure_id));
    expect(eventOf.get(later.figure_id)).not.toBe(eventOf.get(each.figure_id));
    expect(events.find((e) => e.event_id === eventOf.get(each.figure_id))!.label).toMatch(/^Prisoner exchange \(both sides\)/);
  });
});

describe("groupEvents must not merge", () => {
  it("two strikes on the same day in different cities", () => {
    const kharkiv = figure({ article: "x1", metric: "killed", value: 4, subject_side: "ukraine", published: "2025-06-07", quote: "A Russian drone strike on a residential block in Kharkiv killed four people, the mayor said.", figure_text: "four" });
    const odesa = figure({ article: "x2", metric: "killed", value: 4, subject_side: "ukraine", published: "2025-06-07", quote: "Four people were killed in a missile attack on Odesa overnight, officials said.", figure_text: "Four" });
    const { eventOf } = groupEvents([kharkiv, odesa]);
    expect(eventOf.get(kharkiv.figure_id)).not.toBe(eventOf.get(odesa.figure_id));
  });

  it("a place-less report into either of two cities' strikes that day", () => {
    const kharkiv = figure({ article: "x1", metric: "killed", value: 4, subject_side: "ukraine", published: "2025-06-07", quote: "A strike on Kharkiv killed four people.", figure_text: "four" });
    const odesa = figure({ article: "x2", metric: "killed", value: 2, subject_side: "ukraine", published: "2025-06-07", quote: "Two people were killed in Odesa.", figure_text: "Two" });
    const vague = figure({ article: "x3", metric: "injured", value: 30, subject_side: "ukraine", published: "2025-06-07", quote: "Overnight attacks injured 30 people, the emergency service said.", figure_text: "30" });
    const { eventOf } = groupEvents([kharkiv, odesa, vague]);
    expect(new Set([kharkiv, odesa, vague].map((f) => eventOf.get(f.figure_id))).size).toBe(3);
  });

  it("a monthly territory figure and a year-to-date total ending the same month", () => {
    const may = figure({ article: "t", metric: "territory_gained", unit: "km2", value: 507, subject_side: "russia", period_start: "2025-05-01", period_end: "2025-05-31", quote: "The Russian army took 507 square kilometres in May.", figure_text: "507 square kilometres" });
    const ytd = figure({ article: "t", metric: "territory_gained", unit: "km2", value: 1800, subject_side: "russia", period_start: "2025-01-01", period_end: "2025-05-31", quote: "Since the start of the year Russia has taken 1,800 square kilometres.", figure_text: "1,800 square kilometres" });
    const { eventOf } = groupEvents([may, ytd]);
    expect(eventOf.get(may.figure_id)).not.toBe(eventOf.get(ytd.figure_id));
  });

  it("a run of reports from one city every two days into one long event", () => {
    const reports = Array.from({ length: 10 }, (_, i) =>
      figure({ article: `k${i}`, metric: "killed", value: i + 1, subject_side: "ukraine", published: isoDay(20_240 + 2 * i), quote: `Russian shelling of Kherson killed ${i + 1} people, the governor said.`, figure_text: `${i + 1}` }),
    );
    const { eventOf } = groupEvents(reports);
    const first = eventOf.get(reports[0].figure_id);
    const last = eventOf.get(reports[9].figure_id);
    expect(first).not.toBe(last);
    expect(new Set(reports.map((f) => eventOf.get(f.figure_id))).size).toBeGreaterThanOrEqual(4);
  });

  it("losses of different sides, or of different metric families", () => {
    const ru = figure({ article: "s1", metric: "killed", value: 5, subject_side: "russia", published: "2025-06-07", quote: "Five people were killed in Belgorod.", figure_text: "Five" });
    const ua = figure({ article: "s2", metric: "killed", value: 5, subject_side: "ukraine", published: "2025-06-07", quote: "Five people were killed in Belgorod.", figure_text: "Five" });
    const drones = figure({ article: "s3", metric: "drones_downed", value: 5, subject_side: "ukraine", published: "2025-06-07", quote: "Five drones were downed over Belgorod.", figure_text: "Five" });
    const { eventOf } = groupEvents([ru, ua, drones]);
    expect(new Set([ru, ua, drones].map((f) => eventOf.get(f.figure_id))).size).toBe(3);
  });
});

describe("groupEvents without places or dates", () => {
  it("groups place-less figures of one metric family, side and date window together", () => {
    const launched = figure({ article: "n1", metric: "drones_launched", value: 472, subject_side: "russia", published: "2025-06-01", quote: "Russia launched 472 drones and missiles overnight, Ukraine's air force said.", figure_text: "472" });
    const downed = figure({ article: "n2", metric: "drones_downed", value: 385, subject_side: "russia", published: "2025-06-02", quote: "The air force said 385 of them were shot down or jammed.", figure_text: "385" });
    const { eventOf } = groupEvents([launched, downed]);
    expect(eventOf.get(launched.figure_id)).toBe(eventOf.get(downed.figure_id));
  });

  it("joins an undated figure to the one dated event holding the same fact, else keeps it apart", () => {
    const dated = figure({ article: "d1", metric: "prisoners_exchanged", value: 390, subject_side: "both", published: "2025-05-23", quote: "Russia and Ukraine each freed 390 prisoners on Friday.", figure_text: "390" });
    const undatedSame = figure({ article: "d2", metric: "prisoners_exchanged", value: 390, subject_side: "both", published: "", quote: "Each side released 390 captives.", figure_text: "390" });
    const undatedOther = figure({ article: "d3", metric: "prisoners_exchanged", value: 84, subject_side: "both", published: "", quote: "Each side released 84 captives.", figure_text: "84" });
    const { eventOf, events } = groupEvents([dated, undatedSame, undatedOther]);
    expect(eventOf.get(undatedSame.figure_id)).toBe(eventOf.get(dated.figure_id));
    expect(eventOf.get(undatedOther.figure_id)).not.toBe(eventOf.get(dated.figure_id));
    expect(events.find((e) => e.event_id === eventOf.get(undatedOther.figure_id))!.label).toBe("Prisoner exchange (both sides) · date unknown");
  });
});

describe("groupEvents for an undated article", () => {
  it("keeps its figures of one family together, a part with its total, and apart from another undated article", () => {
    const quote = "On Wednesday, the Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones, including 40 near Moscow.";
    const total = figure({ article: "u1", published: "", metric: "drones_downed", value: 300, qualifier: "approx", subject_side: "ukraine", quote, figure_text: "nearly 300" });
    const part = figure({ article: "u1", published: "", metric: "drones_downed", value: 40, subject_side: "ukraine", quote, figure_text: "40" });
    const other = figure({ article: "u2", published: "", metric: "drones_downed", value: 120, subject_side: "ukraine", quote: "Air defences downed 120 Ukrainian drones, the ministry said.", figure_text: "120" });
    const { eventOf } = groupEvents([total, part, other]);
    expect(eventOf.get(part.figure_id)).toBe(eventOf.get(total.figure_id));
    expect(eventOf.get(other.figure_id)).not.toBe(eventOf.get(total.figure_id));
  });
});

describe("event ids", () => {
  it("stay the same when a later article repeats a known figure", () => {
    const seeds = seedFigures();
    const f41 = pick(seeds, (f) => f.value === 41);
    const before = eventOfFigure(seeds, f41);
    const echo = figure({ article: "005_echo", outlet: "Kyiv Independent", published: "2025-06-03", metric: "aircraft_hit", value: 41, claimant: "SBU", claimant_side: "ukraine", subject_side: "russia", quote: "The SBU said 41 aircraft were hit in the operation.", figure_text: "41" });
    const after = groupEvents([...seeds, echo]).eventOf;
    expect(after.get(f41.figure_id)).toBe(before);
    expect(after.get(echo.figure_id)).toBe(before);
  });

  it("do not depend on the order of the input", () => {
    const seeds = seedFigures();
    const a = groupEvents(seeds);
    const b = groupEvents([...seeds].reverse());
    expect(b.events).toEqual(a.events);
    expect([...b.eventOf].sort()).toEqual([...a.eventOf].sort());
  });
});

describe("data/tables/events.csv", () => {
  const seeds = seedFigures();
  const f41 = pick(seeds, (f) => f.value === 41);
  const f40 = pick(seeds, (f) => f.value === 40 && f.metric === "aircraft_hit");
  const troops = pick(seeds, (f) => f.metric === "troops");

  it("names the automatic group holding a figure, keeping its members", () => {
    const { events, eventOf } = groupEvents(seeds, [{ event_id: "operation-spiderweb", label: "Operation Spiderweb, 1 June 2025", action: "name", article: "a", figure_id: f41.figure_id }]);
    expect(eventOf.get(f40.figure_id)).toBe("operation-spiderweb");
    expect(events.find((e) => e.event_id === "operation-spiderweb")).toMatchObject({ label: "Operation Spiderweb, 1 June 2025", figures: 4, source: "pinned" });
  });

  it("pins a figure into a named event and splits one out into its own", () => {
    const { events, eventOf } = groupEvents(seeds, [
      { event_id: "operation-spiderweb", label: "Operation Spiderweb", action: "name", article: "a", figure_id: f41.figure_id },
      { event_id: "operation-spiderweb", label: "", action: "pin", article: "a", figure_id: troops.figure_id },
      { event_id: "guardian-40", label: "The Guardian's 40", action: "split", article: "a", figure_id: f40.figure_id },
    ]);
    expect(eventOf.get(troops.figure_id)).toBe("operation-spiderweb");
    expect(eventOf.get(f40.figure_id)).toBe("guardian-40");
    expect(events.find((e) => e.event_id === "operation-spiderweb")!.figures).toBe(4);
    expect(events.find((e) => e.event_id === "guardian-40")).toMatchObject({ label: "The Guardian's 40", figures: 1, source: "pinned" });
  });

  it("reports a row whose figure_id matches no figure, with its file and line", () => {
    const { issues, eventOf } = groupEvents(
      seeds,
      [
        { event_id: "ok", label: "", action: "name", article: "a", figure_id: f41.figure_id },
        { event_id: "typo", label: "", action: "pin", article: "a", figure_id: "f000000000000000" },
      ],
      [2, 5],
      "data/tables/events.csv",
    );
    expect(issues).toEqual([{ file: "data/tables/events.csv", line: 5, column: "figure_id", value: "f000000000000000", message: expect.stringContaining("no figure") }]);
    expect(eventOf.get(f41.figure_id)).toBe("ok");
  });

  it("reports a figure pinned twice and keeps the first placement", () => {
    const { issues, eventOf } = groupEvents(seeds, [
      { event_id: "a", label: "", action: "pin", article: "a", figure_id: troops.figure_id },
      { event_id: "b", label: "", action: "split", article: "a", figure_id: troops.figure_id },
    ]);
    expect(eventOf.get(troops.figure_id)).toBe("a");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, column: "figure_id" });
  });
});
