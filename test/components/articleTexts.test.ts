import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TEXT_BUCKETS } from "../../loaders/notebookTables.js";

// articleTexts.js imports Framework's client stdlib, so it is read as text here, not run.
const source = readFileSync(resolve(import.meta.dirname, "../../src/components/articleTexts.js"), "utf8");

describe("articleTexts", () => {
  it("names one literal FileAttachment per texts.zip member, 00 to 63, in order", () => {
    const names = [...source.matchAll(/FileAttachment\("\.\.\/data\/texts\/(\d{2})\.json"\)/g)].map((m) => m[1]);
    expect(names).toEqual(Array.from({ length: TEXT_BUCKETS }, (_, i) => String(i).padStart(2, "0")));
  });
});
