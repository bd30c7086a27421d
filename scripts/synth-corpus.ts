// Synthetic news corpora for the benchmark: articles assembled from the sentences of the shipped
// articles (data/articles/*), shuffled with a seeded PRNG and with every number changed, so that a
// corpus of any size reads like war reporting but no two articles repeat a figure (no cache, memo or
// branch predictor can learn the input). Generation is lazy: a corpus is an iterator of stream records,
// written line by line with backpressure, so a 1 GB corpus never sits in memory.
//
//   npx tsx scripts/synth-corpus.ts --count 10000 --out bench/output/corpus-10000.jsonl
//   npx tsx scripts/synth-corpus.ts --bytes 1e9 | npm run -s stream > /dev/null
//   npx tsx scripts/synth-corpus.ts --count 100 --format txt --out /tmp/corpus-100/

import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import { splitSentences } from "../loaders/sentences.js";

/** One line of the `stream` command's input (JSON Lines). */
export interface StreamRecord {
  article: string;
  text: string;
  url: string;
  outlet: string;
  published: string;
}

/** mulberry32: a tiny seeded PRNG with a 2^32 period: plenty for shuffling sentences, and the same stream everywhere. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [low, high]. */
function randomInt(rng: () => number, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** The sentences of the source texts, in order, whitespace inside each collapsed to single spaces. */
export function sourceSentences(texts: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const text of texts) {
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end).replace(/\s+/g, " ").trim();
      if (sentence.length > 0) sentences.push(sentence);
    }
  }
  return sentences;
}

/** The text of every .txt and .md article under `dir`, sorted by path so the corpus does not depend on directory order. */
export function readSourceTexts(dir: string): string[] {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => /\.(txt|md)$/i.test(file))
    .sort();
  return files.map((file) => readFileSync(join(dir, file), "utf8"));
}

// Number words grouped so that a replacement reads as the same kind of number ("seven" → "three",
// "twenty" → "ninety"): the extractor's word-number paths get exercised with fresh values.
const NUMBER_WORD_CLASSES: readonly (readonly string[])[] = [
  ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
  ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
];
const CLASS_OF_WORD = new Map<string, readonly string[]>(NUMBER_WORD_CLASSES.flatMap((words) => words.map((word) => [word, words] as const)));
// One alternation of literal words between word boundaries: linear, compiled once.
const NUMBER_WORD = new RegExp(`\\b(?:${[...CLASS_OF_WORD.keys()].join("|")})\\b`, "gi");
// Digits glued to letters are part of a name or unit ("km2", "CO2"), not a number to vary.
const DIGIT_RUN = /(?<![A-Za-z])\d+/g;
// A day of the month stays a valid day ("on June 4" → "on June 17"), so period parsing sees real dates.
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const MONTH_BEFORE = new RegExp(`\\b${MONTH} $`);
const MONTH_AFTER = new RegExp(`^ (?:of )?${MONTH}\\b`);

/** Whether the 1–2 digit run at [start, end) is a day next to a month name. */
function isDayOfMonth(sentence: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  return MONTH_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(sentence.slice(end, end + 14));
}

/** A different digit string of the same length; years stay plausible years, and no leading zero appears where there was none. */
function varyDigits(digits: string, rng: () => number): string {
  if (digits.length === 4 && /^(19|20)\d\d$/.test(digits)) return String(randomInt(rng, 2014, 2026));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    const keepNonZero = i === 0 && digits.length > 1 && digits[0] !== "0";
    out += String(keepNonZero ? randomInt(rng, 1, 9) : randomInt(rng, 0, 9));
  }
  return out;
}

/** The same kind of number word, keeping the original's capitalisation. */
function varyNumberWord(word: string, rng: () => number): string {
  const lower = word.toLowerCase();
  const others = CLASS_OF_WORD.get(lower)!.filter((other) => other !== lower);
  const replacement = others[randomInt(rng, 0, others.length - 1)];
  if (word === word.toUpperCase()) return replacement.toUpperCase();
  if (word[0] === word[0].toUpperCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** The sentence with every digit run and number word replaced by another value of similar length. */
export function varyNumbers(sentence: string, rng: () => number): string {
  return sentence
    .replace(DIGIT_RUN, (digits: string, offset: number) =>
      isDayOfMonth(sentence, offset, offset + digits.length) ? String(randomInt(rng, 1, 28)) : varyDigits(digits, rng),
    ).replace(NUMBER_WORD, (word) => varyNumberWord(word, rng));
}

const OUTLETS = ["Reuters", "BBC News", "Al Jazeera", "Kyiv Independent", "TASS", "Meduza", "AFP", "The Guardian", "Ukrainska Pravda", "RIA Novosti"];

export interface SynthOptions {
  /** Sentences to draw from (see sourceSentences). */
  sentences: readonly string[];
  /** Articles to generate; Infinity with `maxBytes` for a corpus of a given size. */
  count: number;
  seed?: number;
  /** Mean characters of article text. 3 500 gives ~350 MB of text per 100 000 articles, like wire copy. */
  meanChars?: number;
  /** Stop before the JSON Lines output would pass this many bytes. */
  maxBytes?: number;
}

/** Zero-padded article number, so ids sort in generation order. */
function articleId(index: number): string {
  return `synth_${String(index).padStart(7, "0")}`;
}

/** One article: a headline, then paragraphs of 1–4 sentences until the drawn length is reached. */
function synthArticle(index: number, sentences: readonly string[], rng: () => number, meanChars: number): StreamRecord {
  const pick = () => varyNumbers(sentences[randomInt(rng, 0, sentences.length - 1)], rng);
  const targetChars = randomInt(rng, Math.round(meanChars * 0.4), Math.round(meanChars * 1.6));
  const parts: string[] = [pick(), ""];
  let length = parts[0].length;
  while (length < targetChars) {
    const paragraph: string[] = [];
    const size = randomInt(rng, 1, 4);
    for (let i = 0; i < size; i++) paragraph.push(pick());
    const line = paragraph.join(" ");
    parts.push(line, "");
    length += line.length + 2;
  }
  const outlet = OUTLETS[randomInt(rng, 0, OUTLETS.length - 1)];
  const day = new Date(Date.UTC(2024, 0, 1) + randomInt(rng, 0, 730) * 86_400_000);
  const id = articleId(index);
  return {
    article: id,
    text: parts.join("\n").trimEnd() + "\n",
    url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, "-")}/${id}`,
    outlet,
    published: day.toISOString().slice(0, 10),
  };
}

/** The corpus as a lazy sequence of stream records: the same options give the same records, byte for byte. */
export function* synthCorpus(options: SynthOptions): Generator<StreamRecord> {
  const { sentences, count, seed = 1, meanChars = 3500, maxBytes = Infinity } = options;
  if (sentences.length === 0) throw new Error("synthCorpus: no source sentences");
  const rng = createRng(seed);
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const record = synthArticle(index, sentences, rng, meanChars);
    bytes += Buffer.byteLength(JSON.stringify(record)) + 1;
    if (bytes > maxBytes) return;
    yield record;
  }
}

/** Write records as JSON Lines, waiting for the stream to drain so memory stays bounded whatever the corpus size. */
export async function writeJsonLines(records: Iterable<StreamRecord>, out: Writable): Promise<{ articles: number; bytes: number }> {
  let articles = 0;
  let bytes = 0;
  for (const record of records) {
    const line = JSON.stringify(record) + "\n";
    bytes += Buffer.byteLength(line);
    articles++;
    if (!out.write(line)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        out.once("error", onError);
        out.once("drain", () => {
          out.off("error", onError);
          resolve();
        });
      });
    }
  }
  return { articles, bytes };
}

/** Write records as a folder of .txt files (the corpus layout of data/articles). */
export function writeTextFolder(records: Iterable<StreamRecord>, dir: string): { articles: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let articles = 0;
  let bytes = 0;
  for (const record of records) {
    writeFileSync(join(dir, `${record.article}.txt`), record.text);
    bytes += Buffer.byteLength(record.text);
    articles++;
  }
  return { articles, bytes };
}

interface CliOptions {
  count: number;
  bytes: number;
  seed: number;
  out: string;
  format: "jsonl" | "txt";
  source: string;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { count: Infinity, bytes: Infinity, seed: 1, out: "-", format: "jsonl", source: "data/articles" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--count") options.count = Number(value);
    else if (flag === "--bytes") options.bytes = Number(value);
    else if (flag === "--seed") options.seed = Number(value);
    else if (flag === "--out") options.out = value;
    else if (flag === "--format") options.format = value === "txt" ? "txt" : "jsonl";
    else if (flag === "--source") options.source = value;
    else throw new Error(`synth-corpus: unknown option ${flag}`);
    i++;
  }
  if (options.count === Infinity && options.bytes === Infinity) throw new Error("synth-corpus: give --count N or --bytes B");
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sentences = sourceSentences(readSourceTexts(options.source));
  const records = synthCorpus({ sentences, count: options.count, seed: options.seed, maxBytes: options.bytes });
  if (options.format === "txt") {
    const { articles, bytes } = writeTextFolder(records, options.out);
    console.error(`synth-corpus: ${articles} articles, ${bytes} bytes of text in ${relative(".", options.out) || "."}`);
    return;
  }
  const out = options.out === "-" ? process.stdout : createWriteStream(options.out);
  // A reader that stops early (`| head`) is not an error.
  out.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { articles, bytes } = await writeJsonLines(records, out);
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
  console.error(`synth-corpus: ${articles} articles, ${bytes} bytes of JSON Lines`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
