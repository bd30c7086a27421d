import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes, firstInvalidUtf8Byte, normaliseLineEndings } from "../../loaders/decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = endian === "le" ? c & 0xff : c >> 8;
    out[3 + 2 * i] = endian === "le" ? c >> 8 : c & 0xff;
  }
  return out;
}

const SENTENCE = "At least seven people were killed and 69 injured, Kyiv’s officials said.\n";

describe("decodeArticleBytes", () => {
  it("reads a seed article as UTF-8, unchanged", () => {
    const bytes = readFileSync(new URL("../../data/articles/001_6ef55cfa70f647ae.txt", import.meta.url));
    const result = decodeArticleBytes(bytes);
    expect(result.status).toBe("ok");
    if (result.status === "ok") expect(result.text).toBe(bytes.toString("utf8").replace(/\r\n?/g, "\n"));
  });

  it("removes a UTF-8 byte-order mark so offsets start at the first letter", () => {
    const result = decodeArticleBytes(concat([0xef, 0xbb, 0xbf], utf8(SENTENCE)));
    expect(result).toEqual({ status: "ok", text: SENTENCE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    const text = "Київ: 41 aircraft hit — “roughly 34 percent”.\n";
    expect(decodeArticleBytes(utf16(text, "le"))).toEqual({ status: "ok", text, encoding: "utf-16le" });
    expect(decodeArticleBytes(utf16(text, "be"))).toEqual({ status: "ok", text, encoding: "utf-16be" });
  });

  it("turns CRLF and lone CR line endings into \\n", () => {
    const result = decodeArticleBytes(utf8("Headline\r\n\r\nFirst line.\rSecond line.\r\n"));
    expect(result.status === "ok" && result.text).toBe("Headline\n\nFirst line.\nSecond line.\n");
  });

  it("says where UTF-8 is broken and how to fix it", () => {
    const bytes = concat(utf8("Sumy region: "), [0xe9], utf8(" 50,000 troops"));
    const result = decodeArticleBytes(bytes);
    expect(result.status).toBe("undecodable");
    if (result.status !== "ok") expect(result.reason).toBe("not valid UTF-8 at byte 13; save the file as UTF-8");
  });

  it("names binary formats by their magic bytes", () => {
    const pdf = decodeArticleBytes(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));
    const png = decodeArticleBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const zip = decodeArticleBytes(concat([0x50, 0x4b, 0x03, 0x04], utf8("word/document.xml")));
    expect(pdf.status).toBe("binary");
    expect(pdf.status !== "ok" && pdf.reason).toMatch(/^binary file \(PDF document\), not text; convert it/);
    expect(png.status !== "ok" && png.kind).toBe("PNG image");
    expect(zip.status !== "ok" && zip.kind).toMatch(/ZIP archive/);
  });

  it("calls a file with NUL bytes binary, hinting at UTF-16 without a byte-order mark", () => {
    const noBom = utf16("Russia launched 472 drones", "le").slice(2);
    const result = decodeArticleBytes(noBom);
    expect(result.status).toBe("binary");
    expect(result.status !== "ok" && result.reason).toMatch(/NUL bytes.*UTF-16/);
  });

  it("calls text full of control characters binary", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeArticleBytes(bytes).status).toBe("binary");
  });

  it("calls a 0-byte or white-space-only file empty", () => {
    expect(decodeArticleBytes(new Uint8Array())).toMatchObject({ status: "empty", reason: "empty file (0 bytes)" });
    expect(decodeArticleBytes(utf8(" \n\t\r\n \u00a0"))).toMatchObject({ status: "empty", reason: "file holds only white space" });
    expect(decodeArticleBytes(concat([0xef, 0xbb, 0xbf], utf8("\n")))).toMatchObject({ status: "empty" });
  });

  it("reports an odd-length UTF-16 file as undecodable", () => {
    const result = decodeArticleBytes(concat(utf16("ab", "le"), [0x41]));
    expect(result.status).toBe("undecodable");
    expect(result.status !== "ok" && result.reason).toMatch(/UTF-16 LE.*odd length: 7 bytes/);
  });
});

describe("firstInvalidUtf8Byte", () => {
  it("finds overlong forms, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8Byte(utf8("ok ✓ Київ"))).toBe(-1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1); // truncated €
  });
});

describe("normaliseLineEndings", () => {
  it("keeps text without CR as the same string", () => {
    const text = "a\nb";
    expect(normaliseLineEndings(text)).toBe(text);
    expect(normaliseLineEndings("a\r\r\nb\r")).toBe("a\n\nb\n");
  });
});
