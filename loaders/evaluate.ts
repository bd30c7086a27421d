// Scoring extracted figures against a gold file (../shared/gold/SCHEMA.md, "Scoring"): a prediction
// matches a gold row when article, metric, unit and value agree, one-to-one. Recall is over core rows;
// a prediction matching a stretch row, or repeating a fact already matched, is not a false positive.
// Qualifier, claimant side (where the gold names a claimant), subject side and period are scored on
// matched core rows.

import Papa from "papaparse";
import type { ClaimantSide, FigureRow, Metric, Qualifier, SubjectSide, Unit } from "./types.js";

export interface GoldRow {
  article: string;
  metric: Metric;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  claimant: string;
  claimant_side: ClaimantSide;
  subject_side: SubjectSide;
  period_start: string;
  period_end: string;
  tier: "core" | "stretch";
  quote: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface Mismatch {
  field: "qualifier" | "claimant_side" | "subject_side" | "period";
  gold: GoldRow;
  predicted: FigureRow;
}

export interface EvalReport {
  overall: Counts;
  byMetric: Partial<Record<Metric, Counts>>;
  accuracy: Record<Mismatch["field"], Accuracy>;
  /** Core gold rows no prediction matched. */
  misses: GoldRow[];
  /** Predictions matching no gold row at all. */
  falsePositives: FigureRow[];
  mismatches: Mismatch[];
  stretchMatched: number;
  repeats: number;
}

/** Parse a gold CSV (SCHEMA.md columns). */
export function parseGold(csv: string): GoldRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  return parsed.data.map((r) => ({
    article: r.article, metric: r.metric as Metric, value: Number(r.value), unit: r.unit as Unit,
    qualifier: r.qualifier as Qualifier, claimant: r.claimant ?? "", claimant_side: (r.claimant_side || "unknown") as ClaimantSide,
    subject_side: (r.subject_side || "unknown") as SubjectSide, period_start: r.period_start ?? "", period_end: r.period_end ?? "",
    tier: r.tier === "stretch" ? "stretch" : "core", quote: r.quote ?? "",
  }));
}

const keyOf = (r: { article: string; metric: string; unit: string; value: number }) => `${r.article}\u0000${r.metric}\u0000${r.unit}\u0000${r.value}`;

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const norm = (s: string) => s.replace(/\s+/g, " ").replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

/** Score predictions against gold rows. Pure. */
export function evaluate(gold: GoldRow[], predicted: FigureRow[]): EvalReport {
  const goldByKey = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const k = keyOf(g);
    goldByKey.set(k, [...(goldByKey.get(k) ?? []), i]);
  });
  const matchOfGold = new Array<number>(gold.length).fill(-1);
  const matchOfPred = new Array<number>(predicted.length).fill(-1);

  // Pass 1 pairs a prediction with the gold row whose quote lies inside its sentence (the mention the
  // annotator chose, usually the one carrying the claimant); pass 2 pairs the rest, core rows first.
  for (const pass of [1, 2]) {
    predicted.forEach((p, pi) => {
      if (matchOfPred[pi] !== -1) return;
      const ids = goldByKey.get(keyOf(p)) ?? [];
      const open = ids.filter((gi) => matchOfGold[gi] === -1);
      const inQuote = open.filter((gi) => gold[gi].quote && norm(p.quote).includes(norm(gold[gi].quote)));
      const pool = pass === 1 ? inQuote : open;
      const pick = pool.find((gi) => gold[gi].tier === "core") ?? pool[0];
      if (pick === undefined) return;
      matchOfGold[pick] = pi;
      matchOfPred[pi] = pick;
    });
  }

  const metrics = new Set<Metric>([...gold.filter((g) => g.tier === "core").map((g) => g.metric), ...predicted.map((p) => p.metric)]);
  const per = new Map<Metric, { tp: number; fp: number; fn: number }>();
  for (const m of metrics) per.set(m, { tp: 0, fp: 0, fn: 0 });
  const misses: GoldRow[] = [];
  const falsePositives: FigureRow[] = [];
  let stretchMatched = 0;
  let repeats = 0;
  gold.forEach((g, gi) => {
    if (g.tier !== "core") return;
    if (matchOfGold[gi] === -1) {
      per.get(g.metric)!.fn++;
      misses.push(g);
    } else per.get(g.metric)!.tp++;
  });
  predicted.forEach((p, pi) => {
    const gi = matchOfPred[pi];
    if (gi !== -1) {
      if (gold[gi].tier === "stretch") stretchMatched++;
      return;
    }
    if (goldByKey.has(keyOf(p))) {
      repeats++;
      return;
    }
    per.get(p.metric)!.fp++;
    falsePositives.push(p);
  });

  const fields: Mismatch["field"][] = ["qualifier", "claimant_side", "subject_side", "period"];
  const acc = Object.fromEntries(fields.map((f) => [f, { correct: 0, total: 0 }])) as Record<Mismatch["field"], { correct: number; total: number }>;
  const mismatches: Mismatch[] = [];
  gold.forEach((g, gi) => {
    const pi = matchOfGold[gi];
    if (g.tier !== "core" || pi === -1) return;
    const p = predicted[pi];
    const check = (field: Mismatch["field"], ok: boolean, applies = true) => {
      if (!applies) return;
      acc[field].total++;
      if (ok) acc[field].correct++;
      else mismatches.push({ field, gold: g, predicted: p });
    };
    check("qualifier", p.qualifier === g.qualifier);
    check("claimant_side", p.claimant_side === g.claimant_side, g.claimant.trim() !== "");
    check("subject_side", p.subject_side === g.subject_side);
    check("period", p.period_start === g.period_start && p.period_end === g.period_end);
  });

  let tp = 0, fp = 0, fn = 0;
  const byMetric: Partial<Record<Metric, Counts>> = {};
  for (const [m, c] of [...per.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    byMetric[m] = counts(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const accuracy = Object.fromEntries(
    fields.map((f) => [f, { ...acc[f], accuracy: acc[f].total === 0 ? 1 : acc[f].correct / acc[f].total }]),
  ) as Record<Mismatch["field"], Accuracy>;
  return { overall: counts(tp, fp, fn), byMetric, accuracy, misses, falsePositives, mismatches, stretchMatched, repeats };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

/** A readable report: per-metric table, attribute accuracies, then misses, false positives and mismatches with quotes. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  const row = (name: string, c: Counts) =>
    `${name.padEnd(22)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(c.precision)}${pct(c.recall)}${pct(c.f1)}`;
  lines.push(`${"metric".padEnd(22)}${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}${"P%".padStart(6)}${"R%".padStart(6)}${"F1%".padStart(6)}`);
  for (const [m, c] of Object.entries(report.byMetric)) lines.push(row(m, c!));
  lines.push(row("ALL (core)", report.overall));
  lines.push(`(stretch rows matched: ${report.stretchMatched}; repeated mentions: ${report.repeats})`, "");
  lines.push("attribute accuracy on matched core rows:");
  for (const [f, a] of Object.entries(report.accuracy)) lines.push(`  ${f.padEnd(15)}${pct(a.accuracy)}%  (${a.correct}/${a.total})`);
  if (report.misses.length) {
    lines.push("", `misses (${report.misses.length}):`);
    for (const g of report.misses) lines.push(`  ${g.article}  ${g.metric} ${g.value} ${g.unit}  "${g.quote}"`);
  }
  if (report.falsePositives.length) {
    lines.push("", `false positives (${report.falsePositives.length}):`);
    for (const p of report.falsePositives) lines.push(`  ${p.article}  ${p.metric} ${p.value} ${p.unit} [${p.figure_text}]  "${p.quote}"`);
  }
  if (report.mismatches.length) {
    lines.push("", `attribute mismatches (${report.mismatches.length}):`);
    for (const m of report.mismatches) {
      const want = m.field === "period" ? `${m.gold.period_start}..${m.gold.period_end}` : String(m.gold[m.field]);
      const got = m.field === "period" ? `${m.predicted.period_start}..${m.predicted.period_end}` : String(m.predicted[m.field]);
      lines.push(`  ${m.gold.article}  ${m.gold.metric} ${m.gold.value}  ${m.field}: gold ${want}, got ${got}  "${m.gold.quote}"`);
    }
  }
  return lines.join("\n");
}
