import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gunzipText, gzippedCsv, isGzip } from "../../src/components/gzippedCsv.js";

const csv = 'figure_id,quote,value\nf1,"Russia launched 479 drones, the air force said",479\nf2,"“Ми не здамося”, — 12 killed",12\n';
const source = (bytes: Uint8Array) => ({ arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe("gzippedCsv", () => {
  it("unpacks gzipped bytes with the platform's DecompressionStream and parses quoted cells", async () => {
    const rows = await gzippedCsv(source(gzipSync(csv)));
    expect(rows).toEqual([
      { figure_id: "f1", quote: "Russia launched 479 drones, the air force said", value: "479" },
      { figure_id: "f2", quote: "“Ми не здамося”, — 12 killed", value: "12" },
    ]);
  });

  it("reads bytes a server has already unpacked (Content-Encoding: gzip) as plain CSV", async () => {
    const plain = new TextEncoder().encode(csv);
    expect(isGzip(plain)).toBe(false);
    expect(await gunzipText(source(plain))).toBe(csv);
    expect(await gzippedCsv(source(plain))).toHaveLength(2);
  });

  it("fails loudly on a truncated gzip file instead of showing part of the table", async () => {
    const whole = gzipSync(csv);
    await expect(gunzipText(source(whole.subarray(0, whole.length - 12)))).rejects.toThrow();
  });
});
