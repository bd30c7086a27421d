// Regression floors on the held-out sets (test/heldout*, written blind to the extractor; see their READMEs
// and docs/evaluation.md). A floor is the count measured when it was set: a change that loses a true positive,
// adds a false positive, or turns a right claimant or subject side wrong fails here and has to be looked at,
// then the floor moved on purpose. Sides are floored as counts of right sides, not as shares: a newly found
// figure whose speaker is not resolved lowers the share without losing anything that was right, so the share
// only has to stay within 0.03 of its level when the floor was set.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, parseGold } from "../../loaders/evaluate.js";
import { runPipeline } from "../../loaders/pipeline.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

const sets = [
  { name: "heldout", label: "the first held-out set (16 articles, 12 outlets)", minTruePositives: 151, maxFalsePositives: 0, claimantSide: { right: 138, share: 1 }, subjectSide: { right: 149, share: 0.987 } },
  { name: "heldout2", label: "the second held-out set (14 articles)", minTruePositives: 189, maxFalsePositives: 0, claimantSide: { right: 155, share: 0.994 }, subjectSide: { right: 184, share: 0.974 } },
  { name: "heldout3", label: "the third held-out set (12 articles)", minTruePositives: 231, maxFalsePositives: 3, claimantSide: { right: 211, share: 0.986 }, subjectSide: { right: 220, share: 0.952 } },
  { name: "heldout4", label: "the fourth held-out set (12 articles, 12 more outlets; tuned on since the fourth session; its one false positive is a vague 'several thousand military construction workers' its gold leaves out)", minTruePositives: 185, maxFalsePositives: 1, claimantSide: { right: 168, share: 0.988 }, subjectSide: { right: 180, share: 0.973 } },
  { name: "heldout5", label: "the fifth held-out set (12 articles, 12 more outlets; tuned on in the sixth session)", minTruePositives: 197, maxFalsePositives: 0, claimantSide: { right: 169, share: 0.983 }, subjectSide: { right: 196, share: 0.995 } },
          { name: "probes", label: "the probe set (920 articles written by helper sessions, tuned on in the eleventh to nineteenth sessions; see its README)", minTruePositives: 9200, maxFalsePositives: 226, claimantSide: { right: 8110, share: 0.945 }, subjectSide: { right: 8850, share: 0.958 } },
  { name: "heldout6", label: "the sixth held-out set (12 articles, 12 more outlets; never tuned on)", minTruePositives: 150, maxFalsePositives: 6, claimantSide: { right: 122, share: 0.897 }, subjectSide: { right: 136, share: 0.907 } },
];

describe.each(sets)("$name", (set) => {
  it(`keeps every true positive and no more false positives on ${set.label}`, async () => {
    const result = await runPipeline({ articlesDir: `${root}test/${set.name}/articles`, tablesDir: `${root}data/tables` });
    const report = evaluate(parseGold(readFileSync(`${root}test/${set.name}/gold.csv`, "utf8")), result.figures);
    const text = formatReport(report);
    expect(report.overall.tp, text).toBeGreaterThanOrEqual(set.minTruePositives);
    expect(report.overall.fp, text).toBeLessThanOrEqual(set.maxFalsePositives);
    for (const [field, floor] of [["claimant_side", set.claimantSide], ["subject_side", set.subjectSide]] as const) {
      expect(report.accuracy[field].correct, `${field}\n${text}`).toBeGreaterThanOrEqual(floor.right);
      expect(report.accuracy[field].accuracy, `${field}\n${text}`).toBeGreaterThanOrEqual(floor.share - 0.03);
    }
  }, 60_000);
});
