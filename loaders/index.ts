// The public API of figures-by-source: everything a script needs to read a corpus, extract figures,
// apply the contributor tables and write the output tables. See docs/architecture.md and docs/cli.md.

export * from "./types.js";

// Reading a corpus
export { listArticleFiles, readCorpus, readArticleFile, readTableFiles, writeFileAtomic, type ArticleFile, type CorpusOptions } from "./corpus.js";
export { decodeArticleBytes, normaliseLineEndings, type Decoded } from "./decode.js";
export { parseArticle, parseCalendarDate, articleIdOf, type ArticleContext } from "./article.js";
export { parseHtml, type HtmlDocument } from "./html.js";

// Tables in and out
export { parseTables, formatIssue, TABLE_NAMES } from "./tables.js";
export { toCsv, toCsvLines, csvHeader, parseCsv, typedRow, type ParsedCsv } from "./csv.js";
export {
  OUTPUT_COLUMNS,
  OUTPUT_TABLES,
  FIGURE_COLUMNS,
  ARTICLE_COLUMNS,
  REJECTED_COLUMNS,
  CLAIM_COLUMNS,
  EVENT_COLUMNS,
  DIVERGENCE_COLUMNS,
  TERRITORY_COLUMNS,
  type OutputTable,
} from "./columns.js";

// Extraction and the claims model
export { createExtractor, extractFigures } from "./extract.js";
export { extractParallelStream, extractParallel } from "./parallel.js";
export { applyCorrections } from "./corrections.js";
export { buildModel, type Model } from "./model.js";
export { figureId } from "./figureId.js";

// The whole run
export {
  runPipeline,
  loadTables,
  modelOfFigures,
  extractStream,
  articleOfJsonLine,
  mergeShards,
  sortFigures,
  TableValidationError,
  type PipelineOptions,
  type PipelineResult,
  type LoadedTables,
  type StreamOptions,
  type StreamProblem,
  type Shard,
} from "./pipeline.js";

// Scoring
export { evaluate, formatReport, parseGold, type GoldRow, type EvalReport } from "./evaluate.js";
