import { buildClaims } from "./claims.js";
import { divergenceRows } from "./divergence.js";
import { groupEvents } from "./events.js";
import { territoryRows } from "./territory.js";
import type { ClaimantTableRow, ClaimRow, DivergenceRow, EventRow, EventTableRow, FigureRow, TableIssue, TerritoryRow } from "./types.js";

export interface Model {
  events: EventRow[];
  claims: ClaimRow[];
  divergence: DivergenceRow[];
  territory: TerritoryRow[];
  issues: TableIssue[];
}

/**
 * The claims model of a set of figures: events (which figures are about one incident or period), claims
 * (which figures repeat one statement), divergence (where claims about one event differ) and territory.
 * `events` is data/tables/events.csv; `eventLines[i]` is the file line of events[i], for issues.
 * `claimants` (data/tables/claimants.csv) maps claimant aliases to canonical names.
 */
export function buildModel(
  figures: FigureRow[],
  events: EventTableRow[],
  eventLines?: number[],
  eventsPath?: string,
  claimants?: ClaimantTableRow[],
): Model {
  const grouping = groupEvents(figures, events, eventLines, eventsPath);
  const { claims, claimOf } = buildClaims(figures, grouping.eventOf, claimants);
  const claimsPerEvent = new Map<string, number>();
  for (const c of claims) claimsPerEvent.set(c.event_id, (claimsPerEvent.get(c.event_id) ?? 0) + 1);
  const eventRows = grouping.events.map((e) => ({ ...e, claims: claimsPerEvent.get(e.event_id) ?? 0 }));
  return {
    events: eventRows,
    claims,
    divergence: divergenceRows(claims, eventRows),
    territory: territoryRows(figures, claims, claimOf),
    issues: grouping.issues,
  };
}
