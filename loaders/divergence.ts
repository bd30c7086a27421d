import type { ClaimRow, DivergenceRow, EventRow } from "./types.js";

// Divergence: where claims about one event (or period), metric, unit, subject side and scope differ. A row
// needs at least two claims; every claim stays visible through claim_ids. Rules in docs/codebook.md (section 3).

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether one value lies inside every claim's [low, high] interval: the highest low is at most the lowest
 * high. A null low is unbounded below, a null high unbounded above ("at least 7" allows 41).
 */
export function intervalsOverlap(claims: Pick<ClaimRow, "value_low" | "value_high">[]): boolean {
  let highestLow = -Infinity;
  let lowestHigh = Infinity;
  for (const c of claims) {
    highestLow = Math.max(highestLow, c.value_low ?? -Infinity);
    lowestHigh = Math.min(lowestHigh, c.value_high ?? Infinity);
  }
  return highestLow <= lowestHigh;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

export function divergenceRows(claims: ClaimRow[], events: EventRow[]): DivergenceRow[] {
  const labelOf = new Map(events.map((e) => [e.event_id, e.label]));
  const groups = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const key = [c.event_id, c.metric, c.unit, c.subject_side, c.scope].join("\u0000");
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const rows: DivergenceRow[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0];
    let lowestLow: number | null = Infinity;
    let highestHigh: number | null = -Infinity;
    let minValue = Infinity;
    let maxValue = -Infinity;
    for (const c of list) {
      lowestLow = lowestLow === null || c.value_low === null ? null : Math.min(lowestLow, c.value_low);
      highestHigh = highestHigh === null || c.value_high === null ? null : Math.max(highestHigh, c.value_high);
      minValue = Math.min(minValue, c.value);
      maxValue = Math.max(maxValue, c.value);
    }
    const starts = list.map((c) => c.period_start).filter(Boolean).sort();
    const ends = list.map((c) => c.period_end).filter(Boolean).sort();
    const sides = unique(list.map((c) => c.claimant_side));
    rows.push({
      event_id: first.event_id,
      event_label: labelOf.get(first.event_id) ?? "",
      metric: first.metric,
      unit: first.unit,
      subject_side: first.subject_side,
      scope: first.scope,
      period_start: starts[0] ?? "",
      period_end: ends[ends.length - 1] ?? "",
      claims: list.length,
      // The outlet's own voice counts as one claimant, "" (unattributed).
      claimants: new Set(list.map((c) => c.claimant.toLowerCase())).size,
      sides: sides.length,
      claimant_sides: sides.join(" "),
      lowest_low: lowestLow,
      highest_high: highestHigh,
      min_value: minValue,
      max_value: maxValue,
      ratio: minValue === 0 ? null : maxValue / minValue,
      overlap: intervalsOverlap(list),
      claim_ids: list.map((c) => c.claim_id).sort().join(" "),
    });
  }
  rows.sort(
    (a, b) => cmp(a.event_id, b.event_id) || cmp(a.metric, b.metric) || cmp(a.unit, b.unit) || cmp(a.subject_side, b.subject_side) || cmp(a.scope, b.scope),
  );
  return rows;
}
