// Lines printed in capitals — wire flashes, tickers, shouted headlines — read in the case of ordinary prose.
//
// "0412 GMT - UKRAINE AIR FORCE SAYS RUSSIA ATTACKED WITH 318 DRONES": the extractor's nation names, speakers and
// words of saying are read as prose writes them ("Russia", "says"), so in capitals the speaker is lost and the sides
// are guessed. Such a line is read with each word in the case the article gives it elsewhere ("Kyiv", "NATO",
// "Klitschko"), a nation's name capitalised, every other word in lower case. The result has the same length and
// offsets as the text: quotes are still cut from the article as written.

/** Four words in capitals in a row: the cheap test an article passes before its lines are looked at. */
const FOUR_CAPITAL_WORDS = /\b[A-Z][A-Z'’-]+\s+[A-Z][A-Z'’-]+\s+[A-Z][A-Z'’-]+\s+[A-Z][A-Z'’-]+\b/;
/** A capital and the next 15 characters with no lower-case letter: the cheaper test before that one. */
const CAPITALS_RUN = /[A-Z][^a-z\n]{15}/;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** Names a shouted line capitalises even when the article never writes them: nations, capitals, alliances. */
const NAMES = new Map<string, string>(
  ["Russia", "Russian", "Russians", "Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Moscow", "Kremlin", "Belarus", "Belarusian",
    "Poland", "Polish", "NATO", "US", "UK", "UN", "EU", "MoD", "SBU", "HUR", "FSB", "Zelensky", "Zelenskiy", "Putin"].map((n) => [n.toLowerCase(), n]),
);
/** Share of a line's letters in capitals from which it is shouted. */
const SHOUTED_SHARE = 0.9;
const MIN_LETTERS = 16;

/** The key a word's case is remembered by: lower case, without a possessive "'s". */
const keyOf = (word: string) => word.toLowerCase().replace(/['’]s$/, "");

/**
 * A paragraph opening on words in capitals, the magazine style of a lead ("RUSSIA'S ARMY captured 431 square kilometres",
 * "EVERY FEW weeks"): those words, up to the first word in lower case.
 */
const CAPITAL_OPENING = /^((?:[A-Z][A-Z'’-]+[ \t]+){2,4})(?=[a-z])/;
const CAPITAL_OPENING_AT = /[A-Z][A-Z'’-]+[ \t]+(?:[A-Z][A-Z'’-]+[ \t]+){1,3}[a-z]/y;
/** Whether a line of `text` opens on such capitals: two capitals at a line's start are looked for before the pattern runs. */
function hasCapitalOpening(text: string): boolean {
  for (let at = 0; at >= 0 && at < text.length - 1; ) {
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) {
      CAPITAL_OPENING_AT.lastIndex = at;
      if (CAPITAL_OPENING_AT.test(text)) return true;
    }
    const next = text.indexOf("\n", at);
    at = next < 0 ? -1 : next + 1;
  }
  return false;
}

/** `text` with its lines in capitals, and the capitals opening a paragraph, read in prose case; `text` itself when it has none. */
export function readShouting(text: string): string {
  const shoutedLines = CAPITALS_RUN.test(text) && FOUR_CAPITAL_WORDS.test(text);
  const opening = hasCapitalOpening(text);
  if (!shoutedLines && !opening) return text;
  const lines = text.split("\n");
  const shouted = shoutedLines ? lines.map(isShouted) : lines.map(() => false);
  const opened = opening ? lines.map((line, i) => !shouted[i] && CAPITAL_OPENING.test(line)) : lines.map(() => false);
  if (!shouted.includes(true) && !opened.includes(true)) return text;
  // The case of a word is learnt from prose only: not from shouted lines, nor from the capitals opening a paragraph.
  const cased = casesOf(lines.filter((_, i) => !shouted[i]).map((line) => line.replace(CAPITAL_OPENING, (head) => " ".repeat(head.length))));
  return lines.map((line, i) => {
    if (shouted[i]) return proseCase(line, cased);
    if (!opened[i]) return line;
    const head = CAPITAL_OPENING.exec(line)![1];
    return proseCase(head, cased) + line.slice(head.length);
  }).join("\n");
}

function isShouted(line: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) { letters++; capitals++; } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= MIN_LETTERS && capitals / letters >= SHOUTED_SHARE;
}

/**
 * The case the article gives each word it writes with a capital inside a sentence ("in Kyiv", "said Klitschko"), for
 * words it never writes in lower case. A capital opening a sentence or line says nothing of the word.
 */
function casesOf(lines: string[]): Map<string, string> {
  const cased = new Map<string, string>();
  const lower = new Set<string>();
  for (const line of lines) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
      const word = m[0];
      const key = keyOf(word);
      if (word === word.toLowerCase()) { lower.add(key); continue; }
      const before = line.slice(0, m.index).trimEnd();
      if (before === "" || /[.!?:"“‘—–-]$/.test(before)) continue;
      const form = word.replace(/['’]s$/, "");
      if (!cased.has(key)) cased.set(key, form);
    }
  }
  for (const key of lower) cased.delete(key);
  return cased;
}

function proseCase(line: string, cased: Map<string, string>): string {
  let first = true;
  return line.replace(WORD, (word) => {
    const key = keyOf(word);
    const known = cased.get(key) ?? NAMES.get(key);
    let out = known !== undefined ? known + word.slice(known.length).toLowerCase() : word.toLowerCase();
    // "GMT", a time's zone before the line's first words, opens nothing; the first word of the words proper does.
    if (first && key !== "gmt" && key !== "utc") {
      out = out.charAt(0).toUpperCase() + out.slice(1);
      first = false;
    }
    // A word whose case changes its length (no ASCII word does) is left as written: offsets must hold.
    return out.length === word.length ? out : word;
  });
}
