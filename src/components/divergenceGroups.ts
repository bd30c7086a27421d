// The events where claims disagree, with each one's claims, taken from divergence.csv rather than
// regrouped here: divergence.csv already keeps apart what must not be compared (another metric, unit,
// side, region or period), so the charts show exactly the groups the table lists. The claims come from
// divergent-claims.csv, which holds only the claims divergence.csv compares.
import type {DivergenceRow, DivergentClaimRow} from "../../loaders/types.js";
import {median} from "./median.js";

export interface ClaimsModel {
  claims: readonly DivergentClaimRow[];
  divergence: readonly DivergenceRow[];
}

export interface DivergenceGroup {
  row: DivergenceRow;
  claims: DivergentClaimRow[];
  /** Median of the claims' stated values: the reference each claim is compared with. */
  consensus: number;
  /** max/min of the stated values; Infinity when the lowest is 0 (one side says none, another says some). */
  spread: number;
}

/** Each divergence row with its claims, most divergent first (ties: more claims first, then event id). */
export function divergenceGroups(model: ClaimsModel): DivergenceGroup[] {
  // Two charts and every resize of a page ask for the same model's groups: rank them once per model.
  const cached = memo.get(model.claims)?.get(model.divergence);
  if (cached) return cached;
  const groups = rankGroups(model);
  if (!memo.has(model.claims)) memo.set(model.claims, new WeakMap());
  memo.get(model.claims)!.set(model.divergence, groups);
  return groups;
}

const memo = new WeakMap<readonly DivergentClaimRow[], WeakMap<readonly DivergenceRow[], DivergenceGroup[]>>();

function rankGroups({claims, divergence}: ClaimsModel): DivergenceGroup[] {
  const byId = new Map(claims.map((claim) => [claim.claim_id, claim] as const));
  const groups: DivergenceGroup[] = [];
  for (const row of divergence) {
    const members = row.claim_ids
      .split(" ")
      .filter(Boolean)
      .map((id) => byId.get(id))
      .filter((claim): claim is DivergentClaimRow => claim !== undefined && Number.isFinite(claim.value));
    if (members.length < 2) continue;
    const spread = row.ratio ?? (row.max_value > 0 ? Number.POSITIVE_INFINITY : 1);
    groups.push({row, claims: members, consensus: median(members.map((claim) => claim.value)), spread});
  }
  return groups.sort(
    (a, b) =>
      b.spread - a.spread ||
      b.claims.length - a.claims.length ||
      (a.row.event_id < b.row.event_id ? -1 : a.row.event_id > b.row.event_id ? 1 : a.row.metric < b.row.metric ? -1 : 1),
  );
}

export function formatRatio(spread: number): string {
  if (!Number.isFinite(spread)) return "0 vs more";
  return `highest ×${spread >= 10 ? spread.toFixed(0) : spread.toFixed(1)} lowest`;
}
