// Keep a chart readable however large the corpus is: show the N most frequent categories and fold the
// rest into one "Other (k)" category, so 5 outlets and 5,000 outlets both fit on a card.
export const OTHER = "Other";

/** A row's weight: 1 for a row that is one thing, its count for a row of a table of counts. */
export type Weight<T> = (row: T) => number;
const one = () => 1;

/** Count (or sum the weights of) rows per key, sorted by count (descending) then key, so ties come out in a stable order. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string, weight: Weight<T> = one): {key: string; count: number}[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + weight(row));
  }
  return [...counts]
    .map(([k, count]) => ({key: k, count}))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The set of keys to show on their own: the `limit` most frequent. With more keys than `limit`, the last
 * place goes to the "Other" bucket, so the chart shows at most `limit` categories in all.
 */
export function topKeys<T>(rows: readonly T[], key: (row: T) => string, limit: number, weight: Weight<T> = one): Set<string> {
  const counted = countBy(rows, key, weight);
  if (counted.length <= limit) return new Set(counted.map((c) => c.key));
  return new Set(counted.slice(0, Math.max(1, limit - 1)).map((c) => c.key));
}

/** A function mapping a key to itself when it is among the top keys, else to "Other (k)" with k the number of folded keys. */
export function foldToTop<T>(rows: readonly T[], key: (row: T) => string, limit: number, weight: Weight<T> = one): (row: T) => string {
  const keep = topKeys(rows, key, limit, weight);
  const all = new Set(rows.map(key));
  const folded = all.size - keep.size;
  const otherLabel = `${OTHER} (${folded})`;
  return (row) => (keep.has(key(row)) ? key(row) : otherLabel);
}
