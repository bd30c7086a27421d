// Bytes → article text, or the reason they are not text. Pure: no I/O.
//
// Rules (docs/codebook.md (section 1)):
// - UTF-8, with or without a byte-order mark (the mark is removed);
// - UTF-16 LE or BE, only with a byte-order mark (without one, UTF-16 is indistinguishable from binary);
// - known binary formats (PDF, PNG, JPEG, GIF, ZIP/Office, OLE/Office 97, gzip, ELF, …) by their magic bytes;
// - NUL bytes, or a high share of control characters, mean binary;
// - empty or whitespace-only → "empty";
// - CRLF and lone CR become "\n", so that character offsets do not depend on the platform that saved the file.

export type DecodeProblemStatus = "empty" | "binary" | "undecodable";

export type Decoded =
  | { status: "ok"; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { status: DecodeProblemStatus; reason: string; /** For binary files: what the bytes look like ("PDF document"). */ kind: string };

interface Magic {
  bytes: readonly number[];
  kind: string;
}

// Checked in order; the first match wins. Only signatures that no UTF-8 text can start with (or that would
// make no sense as an article) are listed: "%PDF-" is ASCII but a PDF is never meant as plain text.
const MAGICS: readonly Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: "PDF document" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], kind: "GIF image" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], kind: "GIF image" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "ZIP archive (or a .docx/.xlsx/.odt/.epub document)" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: "ZIP archive (empty)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "OLE document (.doc/.xls/.ppt)" },
  { bytes: [0x1f, 0x8b], kind: "gzip archive" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: "ELF executable" },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: "RIFF media (WebP/WAV/AVI)" },
  { bytes: [0x42, 0x5a, 0x68], kind: "bzip2 archive" },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: "xz archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: "7-Zip archive" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], kind: "SQLite database" },
];

/** How many leading characters are inspected for control characters: enough to judge, bounded for huge files. */
const CONTROL_SAMPLE = 65536;
/** Above this share of control characters (other than tab, newline, CR, form feed) the text is not prose. */
const CONTROL_SHARE_LIMIT = 0.05;

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: false });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: false });

/** The kind of binary file the bytes start with, or undefined. */
export function detectMagic(bytes: Uint8Array): string | undefined {
  for (const magic of MAGICS) {
    if (bytes.length < magic.bytes.length) continue;
    let same = true;
    for (let i = 0; i < magic.bytes.length; i++) {
      if (bytes[i] !== magic.bytes[i]) {
        same = false;
        break;
      }
    }
    if (same) return magic.kind;
  }
  return undefined;
}

/**
 * The byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are valid.
 * One linear pass; only run after the fast decoder has failed, to name the place in the error message.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** CRLF and lone CR → LF. One linear regex pass. */
export function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, CONTROL_SAMPLE);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Tab, LF, VT, FF, CR are layout; everything else below 0x20, DEL and the C1 range is not prose.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) control++;
  }
  return control / n;
}

function binary(kind: string): Decoded {
  return {
    status: "binary",
    kind,
    reason: `binary file (${kind}), not text; convert it to plain text (.txt), Markdown (.md) or HTML and add that file instead`,
  };
}

/** Turn the bytes of an article file into text, or say why they cannot be read. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";

  let text: string;
  if (encoding === "utf-8") {
    const magic = detectMagic(bytes);
    if (magic) return binary(magic);
    // UTF-8 text never contains NUL; UTF-16 without a byte-order mark does, and so does nearly every binary.
    if (bytes.indexOf(0) !== -1) {
      return {
        status: "binary",
        kind: "NUL bytes",
        reason:
          "binary file (contains NUL bytes), not UTF-8 text; if it is UTF-16 text, save it as UTF-8 (or UTF-16 with a byte-order mark)",
      };
    }
    try {
      text = UTF8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8Byte(bytes);
      return {
        status: "undecodable",
        kind: "invalid UTF-8",
        reason: `not valid UTF-8 at byte ${at < 0 ? 0 : at}; save the file as UTF-8`,
      };
    }
  } else {
    try {
      text = (encoding === "utf-16le" ? UTF16LE : UTF16BE).decode(bytes);
    } catch {
      const name = encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
      const hint = bytes.length % 2 === 1 ? ` (odd length: ${bytes.length} bytes)` : "";
      return {
        status: "undecodable",
        kind: `invalid ${name}`,
        reason: `starts with a ${name} byte-order mark but is not valid ${name}${hint}; save the file as UTF-8`,
      };
    }
  }
  // TextDecoder removes one leading BOM; a second one (a file saved twice) is removed too.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normaliseLineEndings(text);

  if (!/\S/.test(text)) {
    return {
      status: "empty",
      kind: "empty",
      reason: bytes.length === 0 ? "empty file (0 bytes)" : "file holds only white space",
    };
  }
  if (controlShare(text) > CONTROL_SHARE_LIMIT) return binary("control characters");
  return { status: "ok", text, encoding };
}
