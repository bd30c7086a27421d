import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildClaims, claimantCanonicalizer, claimantKey, figureScope } from "../../loaders/claims.ts";
import { groupEvents } from "../../loaders/events.ts";
import { METRICS, QUALIFIERS, SUBJECT_SIDES, type FigureRow } from "../../loaders/types.ts";
import { figure, pick, seedFigures } from "./claimsModelFixtures.ts";

function claimsOf(figures: FigureRow[]) {
  return buildClaims(figures, groupEvents(figures).eventOf);
}

describe("buildClaims on the seed figures", () => {
  const seeds = seedFigures();
  const { claims, claimOf } = claimsOf(seeds);

  it("makes the 1,000-per-side swap one unattributed claim with two echoes", () => {
    const swap = claims.filter((c) => c.metric === "prisoners_exchanged");
    expect(swap).toHaveLength(1);
    expect(swap[0]).toMatchObject({ claimant: "", claimant_side: "unknown", value: 1000, subject_side: "both", echoes: 2, outlets: 2, outlet_names: "GlobalPost; RT" });
    expect(swap[0].figure_ids.split(" ")).toHaveLength(2);
  });

  it("makes the Bryansk bridge's 'at least seven' dead one claim carried by CGTN and RT", () => {
    const dead = claims.filter((c) => c.metric === "killed" && c.value === 7);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ qualifier: "at_least", value_low: 7, value_high: null, echoes: 2, outlet_names: "CGTN; RT", first_published: "2025-06-02", last_published: "2025-06-03" });
    // The quote shown is the earliest report's.
    expect(dead[0].quote).toMatch(/^Just a day before scheduled talks/);
  });

  it("keeps each claimant's aircraft count a claim of its own", () => {
    const aircraft = claims.filter((c) => c.metric === "aircraft_hit" && c.unit === "count");
    expect(aircraft.map((c) => [c.claimant, c.value])).toEqual([
      ["warfakes", 2],
      ["Ukraine's domestic intelligence agency", 40],
      ["A Ukrainian intelligence official", 41],
    ]);
  });

  it("keeps a part stated inside a total apart from the total", () => {
    const downed = claims.filter((c) => c.metric === "drones_downed");
    expect(downed.map((c) => [c.value, c.scope])).toEqual([
      [300, ""],
      [40, "moscow"],
    ]);
  });

  it("puts every figure in exactly one claim", () => {
    expect(claimOf.size).toBe(seeds.length);
    const listed = claims.flatMap((c) => c.figure_ids.split(" "));
    expect(listed.sort()).toEqual(seeds.map((f) => f.figure_id).sort());
  });
});

describe("claim identity", () => {
  const base = { metric: "killed", subject_side: "ukraine", published: "2025-06-07" } as const;

  it("keeps 'at least 7' and '7' from one claimant as two claims", () => {
    const a = figure({ ...base, article: "a1", value: 7, qualifier: "at_least", claimant: "Oleh Syniehubov", claimant_side: "ukraine", quote: "At least seven people were killed in Kharkiv, Oleh Syniehubov said.", figure_text: "At least seven" });
    const b = figure({ ...base, article: "a2", value: 7, claimant: "Oleh Syniehubov", claimant_side: "ukraine", quote: "Seven people were killed in Kharkiv, Oleh Syniehubov said.", figure_text: "Seven" });
    const { claims } = claimsOf([a, b]);
    expect(claims.map((c) => c.qualifier).sort()).toEqual(["at_least", "exact"]);
  });

  it("merges one claimant written differently ('the SBU', 'SBU') and counts articles, not mentions", () => {
    const quote1 = "The SBU said 41 aircraft were hit in Irkutsk.";
    const a = figure({ ...base, metric: "aircraft_hit", subject_side: "russia", article: "a1", outlet: "Reuters", value: 41, claimant: "the SBU", claimant_side: "ukraine", quote: quote1, figure_text: "41" });
    const a2 = figure({ ...base, metric: "aircraft_hit", subject_side: "russia", article: "a1", outlet: "Reuters", value: 41, claimant: "SBU", claimant_side: "ukraine", quote: "Repeating it, the SBU said 41 aircraft were hit in Irkutsk.", figure_text: "41" });
    const b = figure({ ...base, metric: "aircraft_hit", subject_side: "russia", article: "a2", outlet: "reuters ", value: 41, claimant: " SBU ", claimant_side: "ukraine", quote: quote1, figure_text: "41", char_start: 900 });
    const { claims } = claimsOf([a, a2, b]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ echoes: 2, outlets: 1, claimant: "the SBU" });
    expect(claims[0].figure_ids.split(" ")).toHaveLength(3);
  });

  it("uses the claimants table's canonical name for an alias", () => {
    const canonical = claimantCanonicalizer([{ claimant: "SBU", aliases: "Security Service of Ukraine|Ukraine's Security Service", side: "ukraine" }]);
    expect(canonical("the Security Service of Ukraine")).toBe("SBU");
    expect(canonical("Ukraine’s Security Service")).toBe("SBU");
    expect(canonical("Zelenskyy")).toBe("Zelenskyy");
    const a = figure({ ...base, metric: "aircraft_hit", subject_side: "russia", article: "a1", value: 41, claimant: "Security Service of Ukraine", claimant_side: "ukraine", quote: "41 aircraft were hit, the Security Service of Ukraine said.", figure_text: "41" });
    const b = figure({ ...base, metric: "aircraft_hit", subject_side: "russia", article: "a2", value: 41, claimant: "SBU", claimant_side: "ukraine", quote: "The SBU said 41 aircraft were hit.", figure_text: "41" });
    const { claims } = buildClaims([a, b], groupEvents([a, b]).eventOf, [{ claimant: "SBU", aliases: "Security Service of Ukraine", side: "ukraine" }]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claimant: "SBU", echoes: 2 });
  });

  it("normalises case, spacing, a leading 'the' and trailing punctuation of claimant names", () => {
    expect(claimantKey("  The  Russian Defence Ministry. ")).toBe("russian defence ministry");
    expect(claimantKey("Ukraine’s army")).toBe("ukraine's army");
  });

  it("keeps the same value in two different events as two claims", () => {
    const a = figure({ ...base, article: "a1", value: 4, quote: "A strike on Kharkiv killed four people.", figure_text: "four" });
    const b = figure({ ...base, article: "a2", value: 4, quote: "A strike on Odesa killed four people.", figure_text: "four" });
    expect(claimsOf([a, b]).claims).toHaveLength(2);
  });

  it("takes the lowest low and the highest high of the figures, unbounded winning", () => {
    const a = figure({ ...base, article: "a1", value: 50, qualifier: "approx", value_low: 45, value_high: 55, quote: "About 50 people were killed, officials said.", figure_text: "About 50" });
    const b = figure({ ...base, article: "a2", value: 50, qualifier: "approx", value_low: 40, value_high: null, quote: "About 50 people were killed, officials said.", figure_text: "About 50", review: "corrected" });
    const [claim] = claimsOf([a, b]).claims;
    expect(claim).toMatchObject({ value_low: 40, value_high: null, echoes: 2 });
  });
});

describe("figureScope", () => {
  it("is empty for a whole figure and names the region of a part", () => {
    const seeds = seedFigures();
    expect(figureScope(pick(seeds, (f) => f.value === 507))).toBe("");
    expect(figureScope(pick(seeds, (f) => f.value === 400))).toBe("donetsk");
    expect(figureScope(pick(seeds, (f) => f.value === 300))).toBe("");
    expect(figureScope(pick(seeds, (f) => f.value === 40 && f.metric === "drones_downed"))).toBe("moscow");
  });

  it("is 'part' for a part that names no place", () => {
    const f = figure({ article: "a", metric: "killed", value: 9, quote: "At least 23 people were killed, including nine children, officials said.", figure_text: "nine" });
    expect(figureScope(f)).toBe("part");
  });
});

describe("the every-figure-in-one-claim invariant", () => {
  const arbitraryFigure = fc
    .record({
      article: fc.constantFrom("a1", "a2", "a3"),
      metric: fc.constantFrom(...METRICS),
      value: fc.constantFrom(0, 1, 7, 40, 41, 1000),
      qualifier: fc.constantFrom(...QUALIFIERS),
      claimant: fc.constantFrom("", "SBU", "the SBU", "warfakes"),
      subject_side: fc.constantFrom(...SUBJECT_SIDES),
      published: fc.constantFrom("", "2025-05-30", "2025-06-02", "2025-06-20"),
      place: fc.constantFrom("", " in Kursk", " near Moscow", " in Kherson"),
      nth: fc.nat(1000),
    })
    .map((r) =>
      figure({
        article: r.article,
        metric: r.metric,
        value: r.value,
        qualifier: r.qualifier,
        claimant: r.claimant,
        subject_side: r.subject_side,
        published: r.published,
        quote: `Reports said ${r.value} were counted${r.place} (${r.nth}).`,
        figure_text: String(r.value),
        figure_id: `f${r.nth}`,
      }),
    );

  it("holds for any mix of figures", () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryFigure, { selector: (f) => f.figure_id, maxLength: 60 }), (figures) => {
        const { claims, claimOf } = claimsOf(figures);
        const listed = claims.flatMap((c) => c.figure_ids.split(" "));
        expect(listed.length).toBe(figures.length);
        expect(new Set(listed).size).toBe(figures.length);
        expect(claimOf.size).toBe(figures.length);
        for (const c of claims) expect(c.echoes).toBe(new Set(c.figure_ids.split(" ").map((id) => figures.find((f) => f.figure_id === id)!.article)).size);
      }),
      { numRuns: 200 },
    );
  });
});
