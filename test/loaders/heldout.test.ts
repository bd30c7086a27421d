// Regression floors on the three held-out sets (test/heldout*, written blind to the extractor; see their
// READMEs and docs/evaluation.md). A floor is the count measured when it was set: a change that loses a true
// positive or adds a false positive fails here and has to be looked at, then the floor moved on purpose.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, parseGold } from "../../loaders/evaluate.js";
import { runPipeline } from "../../loaders/pipeline.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

const sets = [
  { name: "heldout", label: "the first held-out set (16 articles, 12 outlets)", minTruePositives: 146, maxFalsePositives: 0, minClaimantSide: 0.98, minSubjectSide: 0.96 },
  { name: "heldout2", label: "the second held-out set (14 articles)", minTruePositives: 174, maxFalsePositives: 6, minClaimantSide: 0.97, minSubjectSide: 0.94 },
  { name: "heldout3", label: "the third held-out set (12 articles; h3_07–h3_12 never tuned on)", minTruePositives: 193, maxFalsePositives: 19, minClaimantSide: 0.82, minSubjectSide: 0.9 },
];

describe.each(sets)("$name", (set) => {
  it(`keeps every true positive and no more false positives on ${set.label}`, async () => {
    const result = await runPipeline({ articlesDir: `${root}test/${set.name}/articles`, tablesDir: `${root}data/tables` });
    const report = evaluate(parseGold(readFileSync(`${root}test/${set.name}/gold.csv`, "utf8")), result.figures);
    const text = formatReport(report);
    expect(report.overall.tp, text).toBeGreaterThanOrEqual(set.minTruePositives);
    expect(report.overall.fp, text).toBeLessThanOrEqual(set.maxFalsePositives);
    expect(report.accuracy.claimant_side.accuracy, text).toBeGreaterThanOrEqual(set.minClaimantSide);
    expect(report.accuracy.subject_side.accuracy, text).toBeGreaterThanOrEqual(set.minSubjectSide);
  }, 60_000);
});
