/**
 * The contributor tables serve any folder of articles (the project's corpus, a researcher's own folder, one
 * shard of a large corpus), but corrections.csv and events.csv speak of particular figures of particular
 * articles. A row about an article that is not in the run is out of scope and left aside; a row about an
 * article that is in the run must match, or it is an error with its line.
 */
export function rowsInCorpus<Row extends { article: string }>(
  rows: readonly Row[],
  lines: readonly number[],
  articleIds: ReadonlySet<string>,
): { rows: Row[]; lines: number[]; outside: number } {
  const kept: Row[] = [];
  const keptLines: number[] = [];
  rows.forEach((row, i) => {
    if (!articleIds.has(row.article)) return;
    kept.push(row);
    keptLines.push(lines[i] ?? i + 2);
  });
  return { rows: kept, lines: keptLines, outside: rows.length - kept.length };
}
