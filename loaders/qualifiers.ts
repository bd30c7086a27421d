// How sure the wording of a figure is ("at least", "nearly", "up to") and the bounds it allows, from
// data/tables/qualifiers.csv. Bounds keep uncertainty: "nearly 300" allows 270..300, "at least 7" 7..∞.

import type { Qualifier, QualifierTableRow } from "./types.js";
import { escapeRegExp, round, type NumberMention } from "./numbers.js";

/**
 * Verbs whose particle is "over"/"under" ("handing over 84 people", "took over", "came under"), and nouns it is the
 * preposition of ("regained control over 16 square kilometers", not the verb's "now control over 90%"): no qualifier.
 */
const PARTICLE_HOST = /\b(?:(?:took|taken|take[ns]?|taking|retook|retaken|regained|regain(?:s|ing)?|gained|gain(?:s|ing)?|established|establish(?:es|ing)?|claimed|claim(?:s|ing)?|seized|assumed|full|effective|total|its|their)\s+(?:full\s+|effective\s+|total\s+)?control|sovereignty|jurisdiction|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|pass(?:es|ed|ing)?|took|take[ns]?|taking|carr(?:y|ies|ied|ying)|came|come|comes|coming|went|go(?:es|ing)?|brought|bring(?:s|ing)?|fought|flew|flown|fl(?:y|ies|ying)|put(?:s|ting)?|sign(?:s|ed|ing)?|gave|give[ns]?|giving)\s+(?:over|under)\s+$/i;

export interface QualifiedValue {
  qualifier: Qualifier;
  value: number;
  low: number | null;
  high: number | null;
  /** Where the qualifier's words start and end (the figure's words span them); the number's own span when none. */
  start: number;
  end: number;
}

export interface QualifierReader {
  /** The qualifier and bounds of a number mention, reading the words right before (and after) it. */
  qualify(text: string, mention: NumberMention, floor: number): QualifiedValue;
  /** The vague amount row for a phrase ("dozens"), if the table has it. */
  vague(phrase: string): QualifierTableRow | undefined;
}

/** Bounds a modifier row allows around a stated value (multipliers; null is unbounded). */
export function modifierBounds(row: Pick<QualifierTableRow, "low" | "high">, value: number): { low: number | null; high: number | null } {
  return {
    low: row.low === null ? null : round(value * row.low),
    high: row.high === null ? null : round(value * row.high),
  };
}


/**
 * A reader over the qualifier table. Phrases starting with "or"/"and" ("or more", "or so") follow the
 * number; every other modifier precedes it. Patterns are compiled once here.
 */
export function createQualifierReader(rows: QualifierTableRow[]): QualifierReader {
  const modifiers = new Map<string, QualifierTableRow>();
  const vagues = new Map<string, QualifierTableRow>();
  for (const r of rows) {
    const key = r.phrase.toLowerCase().replace(/\s+/g, " ").trim();
    if (r.kind === "vague") vagues.set(key, r);
    else modifiers.set(key, r);
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const prefixes = [...modifiers.keys()].filter((p) => !/^(?:or|and) /.test(p)).sort(byLength);
  const suffixes = [...modifiers.keys()].filter((p) => /^(?:or|and) /.test(p)).sort(byLength);
  const alt = (ps: string[]) => ps.map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("|");
  // Anchored at the end of a short window before the number: linear, window-bounded work.
  const before = prefixes.length ? new RegExp(`(?:^|[^A-Za-z])(${alt(prefixes)})\\s+$`, "i") : null;
  const after = suffixes.length ? new RegExp(`\\s+(${alt(suffixes)})\\b`, "iy") : null;
  // "about 110 square miles (285 square kilometres)": the hedge on a quantity carries to its conversion in brackets.
  const beforeConversion = prefixes.length
    ? new RegExp(`(?:^|[^A-Za-z])(${alt(prefixes)})\\s+\\d[\\d,.]*\\s+(?:square\\s+miles|sq\\.?\\s*mi(?:les)?|miles|acres|kilometres|kilometers|km)\\s*\\(\\s*$`, "i")
    : null;
  const WINDOW = 32;
  // A modifier's row by its words as written ("At least", "at  least"), normalised once per spelling.
  const bySpelling = new Map<string, QualifierTableRow>();
  const modifierOf = (written: string): QualifierTableRow => {
    let row = bySpelling.get(written);
    if (!row) bySpelling.set(written, (row = modifiers.get(written.toLowerCase().replace(/\s+/g, " "))!));
    return row;
  };

  return {
    vague: (phrase) => vagues.get(phrase.toLowerCase().replace(/\s+/g, " ").trim()),
    qualify(text, mention, floor) {
      const q = qualifyWords(text, mention, floor);
      // A share of a whole (land, a fleet) is at most all of it: "about 99%" is 89.1..100, "more than 90%" 90..100.
      if (mention.unit === "percent" && q.value <= 100 && (q.high === null || q.high > 100)) q.high = 100;
      return q;
    },
  };

  function qualifyWords(text: string, mention: NumberMention, floor: number): QualifiedValue {
    const exact: QualifiedValue = {
      qualifier: "exact", value: mention.value, low: mention.value, high: mention.value, start: mention.start, end: mention.end,
    };
    if (mention.kind === "vague") {
      const row = vagues.get(mention.vague);
      if (!row) return exact;
      return { qualifier: row.qualifier, value: row.value ?? 0, low: row.low, high: row.high, start: mention.start, end: mention.end };
    }
    if (mention.range) {
      // A range is two rows: at_least its low end and at_most its high end, both bounded by the range.
      const { role, low, high } = mention.range;
      return { qualifier: role === "low" ? "at_least" : "at_most", value: mention.value, low, high, start: mention.start, end: mention.end };
    }
    const from = Math.max(floor, mention.start - WINDOW);
    const m = before?.exec(text.slice(from, mention.start));
    if (m && !(PARTICLE_HOST.test(text.slice(Math.max(floor, mention.start - 40), mention.start)) && /^(?:over|under)$/i.test(m[1]))) {
      const row = modifierOf(m[1]);
      const b = modifierBounds(row, mention.value);
      return { qualifier: row.qualifier, value: mention.value, low: b.low, high: b.high, start: qualifierStart(text, mention.start, m[1]), end: mention.end };
    }
    if (beforeConversion && text.charCodeAt(mention.start - 1) === 40) {
      const c = beforeConversion.exec(text.slice(Math.max(floor, mention.start - 64), mention.start));
      if (c) {
        const row = modifierOf(c[1]);
        const b = modifierBounds(row, mention.value);
        return { qualifier: row.qualifier, value: mention.value, low: b.low, high: b.high, start: mention.start, end: mention.end };
      }
    }
    if (after) {
      after.lastIndex = mention.end;
      const s = after.exec(text);
      if (s) {
        const row = modifiers.get(s[1].toLowerCase().replace(/\s+/g, " "))!;
        return { qualifier: row.qualifier, value: mention.value, ...modifierBounds(row, mention.value), start: mention.start, end: after.lastIndex };
      }
    }
    return exact;
  }
}

/** Start offset of the qualifier phrase that ends (with whitespace) right before `numberStart`. */
function qualifierStart(text: string, numberStart: number, phrase: string): number {
  let i = numberStart;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i - phrase.length;
}
