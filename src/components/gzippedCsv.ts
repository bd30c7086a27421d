// Read a gzipped CSV in the browser: the pages read their larger tables gzipped (figures.csv.gz is a
// fifth to a tenth of figures.csv's bytes) and unpack them with the browser's own DecompressionStream (no
// library). A server that sends the file with `Content-Encoding: gzip` has unpacked it already, so the
// bytes are checked for gzip's magic number rather than trusted by name.
import Papa from "papaparse";

interface BytesSource {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Whether the bytes start with gzip's magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The text of a file that may be gzipped. */
export async function gunzipText(file: BytesSource): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

/** The rows of a (possibly gzipped) CSV as strings by column, like Framework's `FileAttachment(...).csv()`. */
export async function gzippedCsv(file: BytesSource): Promise<Record<string, string>[]> {
  const parsed = Papa.parse<Record<string, string>>(await gunzipText(file), {header: true, skipEmptyLines: true});
  return parsed.data;
}
