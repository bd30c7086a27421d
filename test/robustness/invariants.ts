// What must hold for every figure row, whatever the input: the contract of loaders/types.ts checked
// row by row. Returned as messages (not thrown) so a failing property shows every broken rule at once.

import { CLAIMANT_RULES, CLAIMANT_SIDES, METRICS, QUALIFIERS, REVIEW_STATES, SUBJECT_SIDES, UNITS } from "../../loaders/types.js";
import type { FigureRow } from "../../loaders/types.js";

const inVocabulary = (vocabulary: readonly string[], value: unknown) => typeof value === "string" && vocabulary.includes(value);

/** Every broken rule of one row extracted from `text`; empty when the row is sound. */
export function rowProblems(text: string, row: FigureRow): string[] {
  const problems: string[] = [];
  const where = `row ${row.figure_id} (${row.metric} ${row.value})`;
  if (text.slice(row.char_start, row.char_end) !== row.quote) problems.push(`${where}: quote is not text.slice(char_start, char_end)`);
  if (text.slice(row.figure_start, row.figure_end) !== row.figure_text) problems.push(`${where}: figure_text is not text.slice(figure_start, figure_end)`);
  const offsetsInOrder = 0 <= row.char_start && row.char_start <= row.figure_start && row.figure_start < row.figure_end && row.figure_end <= row.char_end && row.char_end <= text.length;
  if (!offsetsInOrder) problems.push(`${where}: offsets out of order: ${row.char_start} ≤ ${row.figure_start} < ${row.figure_end} ≤ ${row.char_end} ≤ ${text.length}`);
  for (const [name, value] of [["char_start", row.char_start], ["char_end", row.char_end], ["figure_start", row.figure_start], ["figure_end", row.figure_end]] as const) {
    if (!Number.isInteger(value)) problems.push(`${where}: ${name} ${value} is not an integer`);
  }
  if (typeof row.value !== "number" || !Number.isFinite(row.value)) problems.push(`${where}: value ${row.value} is not a finite number`);
  if (row.value_low !== null && !(row.value_low <= row.value)) problems.push(`${where}: value_low ${row.value_low} > value ${row.value}`);
  if (row.value_high !== null && !(row.value <= row.value_high)) problems.push(`${where}: value ${row.value} > value_high ${row.value_high}`);
  if (!inVocabulary(METRICS, row.metric)) problems.push(`${where}: metric ${row.metric} not in the vocabulary`);
  if (!inVocabulary(UNITS, row.unit)) problems.push(`${where}: unit ${row.unit} not in the vocabulary`);
  if (!inVocabulary(QUALIFIERS, row.qualifier)) problems.push(`${where}: qualifier ${row.qualifier} not in the vocabulary`);
  if (!inVocabulary(CLAIMANT_SIDES, row.claimant_side)) problems.push(`${where}: claimant_side ${row.claimant_side} not in the vocabulary`);
  if (!inVocabulary(SUBJECT_SIDES, row.subject_side)) problems.push(`${where}: subject_side ${row.subject_side} not in the vocabulary`);
  if (!inVocabulary(CLAIMANT_RULES, row.claimant_rule)) problems.push(`${where}: claimant_rule ${row.claimant_rule} not in the vocabulary`);
  if (!inVocabulary(REVIEW_STATES, row.review)) problems.push(`${where}: review ${row.review} not in the vocabulary`);
  if (!/^f[0-9a-f]{15}$/.test(row.figure_id)) problems.push(`${where}: figure_id is not f + 15 hex digits`);
  for (const date of [row.period_start, row.period_end]) if (date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`${where}: period date "${date}" is not ISO`);
  return problems;
}
