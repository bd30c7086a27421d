import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createRng, readSourceTexts, sourceSentences, synthCorpus, varyNumbers, writeJsonLines, type StreamRecord } from "../../scripts/synth-corpus.js";

const sentences = sourceSentences(readSourceTexts("data/articles"));

/** A sentence with every free-standing digit replaced by "#": the shape varyNumbers must keep. */
const digitShape = (text: string) => text.replace(/(?<![A-Za-z])\d/g, "#");
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/gi;
/** A sentence with its numbers, whatever their value, reduced to placeholders. */
const numberShape = (text: string) => text.replace(/(?<![A-Za-z])\d+/g, "#").replace(NUMBER_WORD, "W");

function take<T>(iterable: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
}

describe("source sentences", () => {
  it("come from the shipped seed articles, one sentence each", () => {
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences).toContain("Zelenskyy announced on Sunday an updated 14-member Ukrainian delegation for upcoming peace talks, expanding the original group of 12.");
    for (const sentence of sentences) expect(sentence).not.toMatch(/\n/);
  });
});

describe("varyNumbers", () => {
  it("changes the numbers of a news sentence but keeps each digit run's length and the punctuation around it", () => {
    const sentence = "At least seven people were killed and 69 injured, and 1,250 km2 were taken since 2023.";
    const varied = varyNumbers(sentence, createRng(7));
    expect(varied).not.toBe(sentence);
    expect(digitShape(varied)).toBe(digitShape(sentence).replace("seven", varied.match(/At least (\w+)/)![1]));
    expect(varied).toMatch(/ \d,\d{3} km2 /);
    expect(varied).toMatch(/since (201[4-9]|202[0-6])\.$/);
  });

  it("replaces a number word with another word of the same kind, keeping its capitals", () => {
    const varied = varyNumbers("Seven drones and TWENTY missiles; nine were downed", createRng(1));
    const [first, second, third] = varied.match(/^(\w+) drones and (\w+) missiles; (\w+) were/)!.slice(1);
    expect(["One", "Two", "Three", "Four", "Five", "Six", "Eight", "Nine"]).toContain(first);
    expect(["THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]).toContain(second);
    expect(["one", "two", "three", "four", "five", "six", "seven", "eight"]).toContain(third);
  });

  it("keeps a day next to a month name a valid day of the month", () => {
    const rng = createRng(11);
    for (let i = 0; i < 200; i++) {
      const varied = varyNumbers("The strike on June 4 and the talks on 30 May were reported.", rng);
      const [, day1, day2] = varied.match(/on June (\d+) and the talks on (\d+) May/)!;
      for (const day of [Number(day1), Number(day2)]) {
        expect(day).toBeGreaterThanOrEqual(1);
        expect(day).toBeLessThanOrEqual(28);
      }
    }
  });

  it("leaves digits that are part of a name or unit alone", () => {
    expect(varyNumbers("an area of 5 km2", createRng(3))).toMatch(/^an area of \d km2$/);
  });
});

describe("synthCorpus", () => {
  it("gives the same records for the same seed and different ones for another seed", () => {
    const a = take(synthCorpus({ sentences, count: 20, seed: 42 }), 20);
    const b = take(synthCorpus({ sentences, count: 20, seed: 42 }), 20);
    const c = take(synthCorpus({ sentences, count: 20, seed: 43 }), 20);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it("yields records in the stream format, with distinct ordered ids, an ISO date and text built from seed sentences", () => {
    const records = take(synthCorpus({ sentences, count: 50 }), 50);
    expect(records).toHaveLength(50);
    const shapes = new Set(sentences.map(numberShape));
    for (const [i, record] of records.entries()) {
      expect(Object.keys(record).sort()).toEqual(["article", "outlet", "published", "text", "url"]);
      expect(record.article).toBe(`synth_${String(i).padStart(7, "0")}`);
      expect(record.published).toMatch(/^202[4-6]-\d\d-\d\d$/);
      expect(record.url).toContain(record.article);
      expect(record.text.endsWith("\n")).toBe(true);
      // The headline is one seed sentence with its numbers changed.
      const headline = record.text.split("\n")[0];
      expect(shapes.has(numberShape(headline))).toBe(true);
    }
  });

  it("averages about 3 500 characters an article, so 100 000 articles are ~350 MB", () => {
    const records = take(synthCorpus({ sentences, count: 400 }), 400);
    const mean = records.reduce((sum, r) => sum + r.text.length, 0) / records.length;
    expect(mean).toBeGreaterThan(3000);
    expect(mean).toBeLessThan(4500);
  });

  it("repeats no figure: the same sentence drawn twice carries different numbers", () => {
    const texts = take(synthCorpus({ sentences, count: 200 }), 200).map((r) => r.text);
    const numbered = texts.flatMap((t) => t.split(/(?<=\.) /)).filter((s) => /\d{3,}/.test(s));
    expect(new Set(numbered).size).toBeGreaterThan(numbered.length * 0.9);
  });

  it("is lazy: a corpus of a billion articles yields its first records at once", () => {
    expect(take(synthCorpus({ sentences, count: 1e9 }), 3)).toHaveLength(3);
  });

  it("stops before its JSON Lines would pass maxBytes", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk));
    const written = await writeJsonLines(synthCorpus({ sentences, count: Infinity, maxBytes: 200_000 }), out);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(written.bytes).toBeLessThanOrEqual(200_000);
    expect(written.bytes).toBeGreaterThan(190_000);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(written.articles);
    expect((JSON.parse(lines[0]) as StreamRecord).article).toBe("synth_0000000");
  });
});
