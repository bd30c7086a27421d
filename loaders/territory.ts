import { dayNumber, isoDay } from "./events.js";
import type { ClaimRow, FigureRow, TerritoryRow } from "./types.js";

// Territory: land gained per calendar month and source, kept apart from running totals and from the share of
// the country held. Rules in docs/codebook.md (section 3).

/** The source of an outlet's own figure when the outlet is not known either: never an empty source. */
export const UNKNOWN_OUTLET = "(outlet unknown)";

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function monthStart(iso: string): string {
  return iso.slice(0, 7) + "-01";
}

function lastDayOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return isoDay(Date.UTC(y, m, 1) / 86_400_000 - 1);
}

/**
 * How a territorial figure's window reads: a calendar month or part of one ("monthly"), a longer span or a
 * "since" total ("cumulative"), or land held at a date ("share": every territory_controlled figure).
 * A gain with no stated period is "cumulative": its window is unknown, so it is not put in any month.
 */
export function territoryWindow(f: Pick<FigureRow, "metric" | "period_start" | "period_end" | "published">): {
  kind: TerritoryRow["kind"];
  month: string;
  partial: boolean;
} {
  if (f.metric === "territory_controlled") {
    const at = f.period_end || f.published;
    return { kind: "share", month: dayNumber(at) === null ? "" : monthStart(at), partial: false };
  }
  const { period_start: start, period_end: end } = f;
  if (dayNumber(start) !== null && dayNumber(end) !== null && start.slice(0, 7) === end.slice(0, 7) && start <= end) {
    const whole = start.slice(8, 10) === "01" && end.slice(0, 10) === lastDayOfMonth(start);
    return { kind: "monthly", month: monthStart(start), partial: !whole };
  }
  return { kind: "cumulative", month: "", partial: false };
}

/**
 * One row per territorial claim (territory_gained and territory_controlled): the figures repeating a claim
 * are one row, shown through the earliest of them. Source is the claimant, or the outlet when the outlet
 * states the figure itself. A source stating two values for one month gives two rows (divergence.csv shows
 * them side by side); a regional sub-figure has its region in `scope`.
 */
export function territoryRows(figures: FigureRow[], claims: ClaimRow[], claimOf: Map<string, string>): TerritoryRow[] {
  const claimById = new Map(claims.map((c) => [c.claim_id, c]));
  const seen = new Set<string>();
  const rows: TerritoryRow[] = [];
  const earliestFirst = [...figures]
    .filter((f) => f.metric === "territory_gained" || f.metric === "territory_controlled")
    .sort((a, b) => cmp(a.published || "\uffff", b.published || "\uffff") || cmp(a.article, b.article) || a.char_start - b.char_start);
  for (const f of earliestFirst) {
    const claim_id = claimOf.get(f.figure_id) ?? "";
    const key = claim_id || f.figure_id;
    if (seen.has(key)) continue;
    seen.add(key);
    const claim = claimById.get(claim_id);
    const { kind, month, partial } = territoryWindow(f);
    rows.push({
      month,
      kind,
      side: f.subject_side,
      metric: f.metric,
      unit: f.unit,
      value: f.value,
      value_low: claim ? claim.value_low : f.value_low,
      value_high: claim ? claim.value_high : f.value_high,
      qualifier: f.qualifier,
      source: f.claimant.trim() ? (claim?.claimant || f.claimant.trim()) : f.outlet.trim() || UNKNOWN_OUTLET,
      claimant_side: f.claimant_side,
      outlet: f.outlet,
      period_start: f.period_start,
      period_end: f.period_end,
      partial,
      scope: claim?.scope ?? "",
      article: f.article,
      figure_id: f.figure_id,
      claim_id,
      quote: f.quote,
    });
  }
  rows.sort(
    (a, b) =>
      cmp(a.kind, b.kind) ||
      cmp(b.month, a.month) ||
      cmp(a.metric, b.metric) ||
      cmp(a.side, b.side) ||
      cmp(a.scope, b.scope) ||
      cmp(a.source, b.source) ||
      cmp(a.period_start, b.period_start) ||
      cmp(a.period_end, b.period_end) ||
      a.value - b.value ||
      cmp(a.figure_id, b.figure_id),
  );
  return rows;
}
