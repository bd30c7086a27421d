// One regex alternation of many words, written so V8 tries only the words that start with the letter in
// front of it. A plain "said|says|say|claimed|…" of 170 cues tries every cue at every word start; grouped
// by first letter ("s(?:aid|ays|ay)|c(?:laimed)|…") a mismatch costs one character test per group.

/**
 * The alternation of `sources` (regex sources of one alternative each, with no "|" outside a group, in the order
 * they must be tried), grouped by first letter.
 * It matches exactly what `sources.join("|")` matches, and picks the same alternative: only alternatives
 * that start with the same letter can match at one position, and their order within a group is kept. A letter's
 * two cases fall in one group, whose alternatives are then kept whole ("(?:Says|said)"): right with or without the "i"
 * flag. When an alternative does not start with a plain letter or digit (a class, a group, an escape), nothing is grouped.
 */
export function alternation(sources: readonly string[], { caseSensitive = false }: { caseSensitive?: boolean } = {}): string {
  if (sources.length < 2 || !sources.every((s) => PLAIN_START.test(s))) return sources.join("|");
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    // For a regex without the "i" flag a letter's two cases never match at one position: each may have its own group.
    const key = caseSensitive ? s[0] : s[0].toLowerCase();
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    const first = group[0][0];
    if (group.length === 1) out.push(group[0]);
    // One letter as written ("s(?:aid|ays)", "K(?:yiv|remlin)"): factored.
    else if (group.every((s) => s[0] === first)) out.push(`${first}(?:${group.map((s) => s.slice(1)).join("|")})`);
    // Both cases of it ("Says", "said"): kept whole, so that without the "i" flag "Says" still needs its capital, and with
    // it the order between them is kept.
    else out.push(`(?:${group.join("|")})`);
  }
  return out.join("|");
}

/** A plain letter or digit first, and not one a quantifier applies to ("a?b", "a*", "a{2}"). */
const PLAIN_START = /^[A-Za-z0-9](?![?*+{])/;
