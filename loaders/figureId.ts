import { createHash } from "node:crypto";

/**
 * A figure's stable id. It hashes what a figure *is* (article, metric, unit, its sentence and words, and
 * which repeat of them it is) rather than its character offsets, so that an edit elsewhere in an article
 * keeps the ids — and the corrections that refer to them — valid.
 */
export function figureId(parts: {
  article: string;
  metric: string;
  unit: string;
  quote: string;
  figureText: string;
  /** 0 for the first time this sentence + figure words occur in the article, 1 for the next, ... */
  occurrence: number;
}): string {
  const key = [parts.article, parts.metric, parts.unit, parts.quote.replace(/\s+/g, " ").trim(), parts.figureText, parts.occurrence].join("\u0000");
  return "f" + createHash("sha256").update(key).digest("hex").slice(0, 15);
}
