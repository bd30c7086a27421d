// The extraction tables (claimants, metrics, qualifiers) from CSV text, without the full validation
// of loaders/tables.ts: for tests, benchmarks and scripts that only extract. Pure: callers read files.

import Papa from "papaparse";
import type { ClaimantTableRow, MetricCueRow, QualifierTableRow, Tables } from "./types.js";

function rowsOf(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

const num = (s: string | undefined): number | null => (s === undefined || s.trim() === "" ? null : Number(s));

/** Parse the three CSV tables that extraction reads. */
export function parseExtractionTables(csv: { claimants: string; metrics: string; qualifiers: string }): Pick<Tables, "claimants" | "metrics" | "qualifiers"> {
  const claimants = rowsOf(csv.claimants).map((r): ClaimantTableRow => ({ claimant: r.claimant, aliases: r.aliases, side: r.side as ClaimantTableRow["side"] }));
  const metrics = rowsOf(csv.metrics).map((r): MetricCueRow => ({
    metric: r.metric as MetricCueRow["metric"], unit: r.unit as MetricCueRow["unit"], cue: r.cue,
    role: r.role as MetricCueRow["role"], subject_side: (r.subject_side ?? "") as MetricCueRow["subject_side"],
  }));
  const qualifiers = rowsOf(csv.qualifiers).map((r): QualifierTableRow => ({
    phrase: r.phrase, kind: r.kind as QualifierTableRow["kind"], qualifier: r.qualifier as QualifierTableRow["qualifier"],
    value: num(r.value), low: num(r.low), high: num(r.high),
  }));
  return { claimants, metrics, qualifiers };
}
