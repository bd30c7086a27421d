// Words and numbers as charts and tables print them: "May 2025", "1,000", "about 400 km²".
import type {Qualifier, Unit} from "../../loaders/types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-05-01" → "May 2025"; any other text is returned unchanged (never throws on bad dates). */
export function formatMonth(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${match[1]}` : isoDate;
}

// Two formatters made once: toLocaleString with options builds a new Intl.NumberFormat on every call,
// which made labelling 20 000 claims take most of a second.
const SMALL_NUMBER = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 2});
const NUMBER = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 0});

/** "2024-06-01".."2025-05-31" → "Jun 2024 – May 2025"; one open end → "since Jun 2024" / "to May 2025". */
export function formatPeriod(start: string, end: string): string {
  if (start && end) {
    const from = formatMonth(start);
    const to = formatMonth(end);
    return from === to ? from : `${from} – ${to}`;
  }
  if (start) return `since ${formatMonth(start)}`;
  if (end) return `to ${formatMonth(end)}`;
  return "no period stated";
}

const UNIT_SUFFIX: Record<Unit, string> = {
  count: "",
  km2: " km²",
  percent: "%",
  km: " km",
  GBP: " GBP",
  USD: " USD",
  EUR: " EUR",
  days: " days",
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  at_most: "at most ",
  approx: "about ",
};

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return (Math.abs(value) < 10 ? SMALL_NUMBER : NUMBER).format(value);
}

/** A figure as words: "more than 50,000", "about 20%", "507 km²". */
export function formatFigure(value: number, unit: Unit, qualifier: Qualifier): string {
  return `${QUALIFIER_WORDS[qualifier] ?? ""}${formatNumber(value)}${UNIT_SUFFIX[unit] ?? ""}`;
}

export function unitLabel(unit: Unit): string {
  return unit === "count" ? "count" : (UNIT_SUFFIX[unit] ?? unit).trim();
}

/** Break text into lines of at most `perLine` characters at spaces, keeping at most `maxLines` (the last ends in "…" when cut). */
export function wrapWords(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1))}…`;
  return kept;
}
