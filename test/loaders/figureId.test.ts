import { describe, expect, it } from "vitest";
import { figureId } from "../../loaders/figureId.js";

const id = (quote: string) => figureId({ article: "a1", metric: "killed", unit: "count", quote, figureText: "12", occurrence: 0 });

describe("figureId", () => {
  it("hashes the quote with its white space normalised, whatever the white space", () => {
    const plain = id("Russian strikes killed 12 people in Kharkiv.");
    for (const quote of [
      "Russian strikes killed 12 people in Kharkiv.",
      "Russian  strikes killed 12 people in Kharkiv.",
      "Russian\tstrikes killed 12 people in Kharkiv.",
      "Russian\nstrikes killed 12\u00a0people in Kharkiv.",
      " Russian strikes killed 12 people in Kharkiv.",
      "Russian strikes killed 12 people in Kharkiv.\u2009",
      "\u3000Russian strikes killed 12 people \r\n in Kharkiv.  ",
    ]) expect(id(quote)).toBe(plain);
    expect(plain).toMatch(/^f[0-9a-f]{15}$/);
  });

  it("tells quotes apart", () => {
    expect(id("Russian strikes killed 12 people.")).not.toBe(id("Russian strikes killed 12 soldiers."));
  });
});
