import { createHash } from "node:crypto";
import type { EventRow, EventTableRow, FigureRow, Metric, SubjectSide, TableIssue } from "./types.js";

// Events: which figures are about one incident (a strike, an attack night, a swap) or one period (a month's
// territorial gains). The rules are written out in docs/codebook.md (section 3); each constant below is one of them.

/** Figures that describe one kind of incident share a family: a strike's dead and injured are one event. */
const FAMILY_OF_METRIC: Record<Metric, string> = {
  killed: "casualties",
  injured: "casualties",
  casualties: "casualties",
  aircraft_hit: "aircraft_hit",
  drones_launched: "drones",
  drones_downed: "drones",
  prisoners_exchanged: "prisoners",
  territory_gained: "territory",
  territory_controlled: "territory",
  settlements_captured: "settlements",
  troops: "troops",
  damage: "damage",
};

export function metricFamily(metric: Metric): string {
  return FAMILY_OF_METRIC[metric] ?? metric;
}

/**
 * The side an event is about. A prisoner swap involves both sides by nature: "each side released 1,000"
 * (both), "Ukraine brought home 390 soldiers" (ukraine) and "Russia got back 390" (russia) are one swap, so
 * swaps group as `both`; their claims still keep each figure's own subject side. Other families group by
 * the figure's subject side, `unknown` never joining a known side.
 */
export function eventSubject(f: Pick<FigureRow, "metric" | "subject_side">): SubjectSide {
  return metricFamily(f.metric) === "prisoners" ? "both" : f.subject_side;
}

const FAMILY_LABEL: Record<string, string> = {
  casualties: "Casualties",
  aircraft_hit: "Aircraft hit",
  drones: "Drone and missile attack",
  prisoners: "Prisoner exchange",
  territory: "Territory",
  settlements: "Settlements captured",
  troops: "Troops",
  damage: "Damage",
};

const SUBJECT_LABEL: Record<SubjectSide, string> = {
  russia: "Russian",
  ukraine: "Ukrainian",
  both: "both sides",
  unknown: "side unknown",
};

/**
 * How many days before its publication an article may report an incident it does not date. News of a strike
 * comes within 0–3 days; a prisoner swap is recalled for weeks ("the previous round ... saw 1,000 exchanged"),
 * and swaps are weeks apart, so a wider lag does not merge two of them.
 */
const REPORTING_LAG_DAYS: Record<string, number> = { prisoners: 14 };
const DEFAULT_REPORTING_LAG_DAYS = 3;

/** A stated period this short is an incident's date ("on the night of May 31", "over the weekend"). */
const SHORT_WINDOW_DAYS = 7;

/** The widest window an incident date can have (the lag windows and short periods above), for look-ups. */
const WIDEST_WINDOW_DAYS = Math.max(SHORT_WINDOW_DAYS, DEFAULT_REPORTING_LAG_DAYS + 1, ...Object.values(REPORTING_LAG_DAYS).map((d) => d + 1));

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date (time part ignored), or null when it is not one. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * When a figure's incident happened, as far as the figure tells:
 * - `window`: a span of days the incident falls in (a short stated period, a point in time, or the
 *   publication date minus the reporting lag);
 * - `period`: a figure about a stated span (a month's gains, a total "since ..."), grouped by the span itself;
 * - `undated`: neither a period nor a publication date.
 */
export type IncidentDate =
  | { kind: "window"; lo: number; hi: number }
  | { kind: "period"; start: string; end: string }
  | { kind: "undated" };

export function incidentDate(f: FigureRow): IncidentDate {
  const family = metricFamily(f.metric);
  const start = dayNumber(f.period_start);
  const end = dayNumber(f.period_end);
  if (start !== null && end !== null) {
    // Territory figures are about their period, however short; other figures with a long period are totals.
    if (family !== "territory" && end >= start && end - start + 1 <= SHORT_WINDOW_DAYS) return { kind: "window", lo: start, hi: end };
    return { kind: "period", start: isoDay(start), end: isoDay(end) };
  }
  if (start !== null) return { kind: "period", start: isoDay(start), end: "" }; // "since ..."
  if (end !== null) return { kind: "window", lo: end, hi: end }; // a point in time ("at the end of May")
  const published = dayNumber(f.published);
  if (published === null) return { kind: "undated" };
  const lag = REPORTING_LAG_DAYS[family] ?? DEFAULT_REPORTING_LAG_DAYS;
  return { kind: "window", lo: published - lag, hi: published };
}

// ---------- Place cues ----------

// A word: a letter, then letters, marks, digits, apostrophes or hyphens. One character class repeated: linear.
const WORD = /\p{L}[\p{L}\p{M}\p{Nd}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;

/** Words that put the capitalised word after them in a place ("in", "near Moscow", "the cities of Kharkiv"). */
const LOCATIVES = new Set(["in", "near", "at", "over", "outside", "around", "across", "from", "of", "into", "on", "toward", "towards", "against", "above", "inside", "off"]);

/** Nouns that make the capitalised word before them a place ("Kursk region", "Bryansk and Kursk border regions"). */
const PLACE_NOUNS = new Set(["region", "regions", "oblast", "oblasts", "province", "district", "city", "town", "village", "area", "krai", "republic", "airbase", "airfield", "border", "front"]);

/** Lower-case words allowed between a locative and the place ("in the eastern Donetsk region"). */
const PLACE_LEAD_INS = new Set([
  "the", "a", "an", "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
  "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central", "occupied", "border",
  "frontline", "front-line", "embattled", "besieged", "annexed", "city", "town", "village", "region", "port",
]);

/**
 * Capitalised words that are never an incident's place: the two belligerents (every article names them), their
 * nationality words, months and weekdays, institutions and titles that follow "of" ("head of Ukraine's Security
 * Service"), and capitalised place nouns.
 */
const NOT_PLACES = new Set([
  "ukraine", "russia", "ukrainian", "ukrainians", "russian", "russians", "ukraine's", "russia's", "soviet",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "easter", "christmas",
  "ministry", "minister", "defence", "defense", "service", "services", "security", "forces", "force", "army", "navy",
  "committee", "office", "president", "governor", "intelligence", "agency", "press", "general", "armed", "national",
  "state", "federation", "people's", "people", "council", "government", "administration", "military", "mr", "mrs",
  "ms", "dr", "gen", "col", "region", "regions", "oblast", "province", "district", "city", "krai", "republic",
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
]);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    tokens.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && /\p{Ll}/u.test(word); // "SBU", "TASS" (all capitals) are organisations
}

function placeKey(word: string): string {
  return word.toLowerCase().replace(POSSESSIVE, "");
}

/**
 * The places a sentence names: capitalised words after a locative ("in Siberia", "near Moscow", "in Russia's
 * Bryansk and Kursk border regions", "in the cities of Kharkiv and Izyum") or before a place noun ("Kherson
 * region"). Adjacent capitalised words form one place ("Black Sea"). Keys are lower case, possessives dropped.
 * People's names ("according to Oleksandr Prokudin") and sentence-initial words are not places.
 */
export function placeCues(quote: string): string[] {
  const tokens = tokenize(quote);
  const places: string[] = [];
  let previousPlaceToken = -2; // index of the last token that was (part of) a place
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!isCapitalised(tok.text) || NOT_PLACES.has(tok.lower) || NOT_PLACES.has(placeKey(tok.text))) continue;
    const key = placeKey(tok.text);
    const gapBefore = i > 0 ? quote.slice(tokens[i - 1].end, tok.start) : "";
    // "Black Sea", "Kryvyi Rih": a capitalised word right after a place word continues it.
    if (previousPlaceToken === i - 1 && gapBefore === " ") {
      places[places.length - 1] += " " + key;
      previousPlaceToken = i;
      continue;
    }
    const next = tokens[i + 1];
    let isPlace = next !== undefined && PLACE_NOUNS.has(next.lower) && quote.slice(tok.end, next.start) === " ";
    if (!isPlace && i > 0) {
      // List continuation: "Kharkiv and Izyum", "Kharkiv, Sumy".
      const prev = tokens[i - 1];
      if ((prev.lower === "and" || prev.lower === "or") && previousPlaceToken === i - 2) isPlace = true;
      else if (previousPlaceToken === i - 1 && /^\s*,\s*$/.test(gapBefore)) isPlace = true;
    }
    if (!isPlace) {
      // Walk back over lead-ins and belligerents' possessives ("in Russia's", "in the eastern") to a locative.
      for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 3; j--, skipped++) {
        const w = tokens[j];
        if (/[.!?;:]/.test(quote.slice(w.end, tokens[j + 1].start))) break; // another sentence or clause
        if (LOCATIVES.has(w.lower)) {
          isPlace = true;
          break;
        }
        if (!PLACE_LEAD_INS.has(w.lower) && !NOT_PLACES.has(w.lower)) break;
      }
    }
    if (!isPlace) continue;
    places.push(key);
    previousPlaceToken = i;
  }
  return [...new Set(places)];
}

// ---------- Grouping ----------

interface Group {
  figures: FigureRow[];
  family: string;
  subject: SubjectSide;
  kind: IncidentDate["kind"];
  /** Window groups: the days every member's window allows (the intersection). Period groups: the period. */
  lo: number;
  hi: number;
  periodStart: string;
  periodEnd: string;
  places: Set<string>;
  id: string;
  label: string;
  source: "auto" | "pinned";
  /** Set when table rows added figures: dates and places are then recomputed from the members. */
  recompute: boolean;
}

function newGroup(f: FigureRow, date: IncidentDate, places: string[]): Group {
  return {
    figures: [f],
    family: metricFamily(f.metric),
    subject: eventSubject(f),
    kind: date.kind,
    lo: date.kind === "window" ? date.lo : 0,
    hi: date.kind === "window" ? date.hi : 0,
    periodStart: date.kind === "period" ? date.start : "",
    periodEnd: date.kind === "period" ? date.end : "",
    places: new Set(places),
    id: "",
    label: "",
    source: "auto",
    recompute: false,
  };
}

function compareFigures(a: FigureRow, b: FigureRow): number {
  return cmp(a.published, b.published) || cmp(a.article, b.article) || a.char_start - b.char_start || cmp(a.figure_id, b.figure_id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Dated {
  f: FigureRow;
  lo: number;
  hi: number;
  places: string[];
}

/**
 * Groups the figures of one bucket (metric family + subject side) that have a date window:
 * 1. figures naming a place join an open group that shares a place and a possible day (the intersection of
 *    windows stays non-empty, so a group never drifts along a chain of overlapping reports);
 * 2. figures naming no place join the one placed group whose days overlap theirs; when there is none, or more
 *    than one (two strikes in two cities), they group among themselves by the same day rule.
 */
function groupWindowBucket(items: Dated[]): Group[] {
  items.sort((a, b) => a.lo - b.lo || a.hi - b.hi || compareFigures(a.f, b.f));
  const placed: Group[] = [];
  const openByPlace = new Map<string, Group[]>();
  const placeless: Dated[] = [];
  for (const item of items) {
    if (item.places.length === 0) {
      placeless.push(item);
      continue;
    }
    let target: Group | undefined;
    for (const p of item.places) {
      const open = openByPlace.get(p);
      if (!open) continue;
      // Items arrive by window start: a group whose last possible day is before it can never be joined again.
      const live = open.filter((g) => g.hi >= item.lo);
      if (live.length !== open.length) openByPlace.set(p, live);
      target = live.find((g) => g.lo <= item.hi);
      if (target) break;
    }
    if (target) {
      target.figures.push(item.f);
      target.lo = Math.max(target.lo, item.lo);
      target.hi = Math.min(target.hi, item.hi);
      for (const p of item.places) target.places.add(p);
    } else {
      target = newGroup(item.f, { kind: "window", lo: item.lo, hi: item.hi }, item.places);
      placed.push(target);
    }
    for (const p of item.places) {
      const open = openByPlace.get(p) ?? [];
      if (!open.includes(target)) open.push(target);
      openByPlace.set(p, open);
    }
  }
  // Index placed groups by each day they allow, for placeless look-ups (windows are at most a few days).
  const placedByDay = new Map<number, Group[]>();
  for (const g of placed) {
    for (let d = g.lo; d <= g.hi; d++) {
      const list = placedByDay.get(d) ?? [];
      list.push(g);
      placedByDay.set(d, list);
    }
  }
  const unplaced: Group[] = [];
  let open: Group[] = [];
  for (const item of placeless) {
    const candidates = new Set<Group>();
    for (let d = item.lo; d <= Math.min(item.hi, item.lo + WIDEST_WINDOW_DAYS); d++) for (const g of placedByDay.get(d) ?? []) candidates.add(g);
    if (candidates.size === 1) {
      const [g] = candidates;
      g.figures.push(item.f);
      continue;
    }
    open = open.filter((g) => g.hi >= item.lo);
    const target = open.find((g) => g.lo <= item.hi);
    if (target) {
      target.figures.push(item.f);
      target.lo = Math.max(target.lo, item.lo);
      target.hi = Math.min(target.hi, item.hi);
    } else {
      const g = newGroup(item.f, { kind: "window", lo: item.lo, hi: item.hi }, []);
      unplaced.push(g);
      open.push(g);
    }
  }
  return [...placed, ...unplaced];
}

/** Automatic grouping of figures (rules in docs/codebook.md (section 3)). */
function autoGroups(figures: FigureRow[]): Group[] {
  // Several figures often share one sentence ("507 ... 379 ... 240 square kilometres"): read its places once.
  const placesOfQuote = new Map<string, string[]>();
  const placesOf = (f: FigureRow) => {
    let places = placesOfQuote.get(f.quote);
    if (!places) placesOfQuote.set(f.quote, (places = placeCues(f.quote)));
    return places;
  };
  const windowBuckets = new Map<string, Dated[]>();
  const periodGroups = new Map<string, Group>();
  const undated: FigureRow[] = [];
  for (const f of figures) {
    const date = incidentDate(f);
    const bucket = metricFamily(f.metric) + "\u0000" + eventSubject(f);
    if (date.kind === "window") {
      const list = windowBuckets.get(bucket) ?? [];
      list.push({ f, lo: date.lo, hi: date.hi, places: placesOf(f) });
      windowBuckets.set(bucket, list);
    } else if (date.kind === "period") {
      const key = bucket + "\u0000" + date.start + "\u0000" + date.end;
      // A territory period is national; a region named in it is a part (scope), not the event's place.
      const places = metricFamily(f.metric) === "territory" ? [] : placesOf(f);
      const g = periodGroups.get(key);
      if (g) {
        g.figures.push(f);
        for (const p of places) g.places.add(p);
      } else periodGroups.set(key, newGroup(f, date, places));
    } else undated.push(f);
  }
  const groups: Group[] = [...periodGroups.values()];
  for (const items of windowBuckets.values()) groups.push(...groupWindowBucket(items));
  // An undated figure joins the one dated group holding the same metric, unit and value (the same fact, retold
  // without a date). Otherwise, with no date to compare, it can only be grouped with its own article's figures
  // of its family and side, by the place rules ("nearly 300 drones, including 40 near Moscow" stay together).
  const byFact = new Map<string, Set<Group>>();
  const factKey = (f: FigureRow) => [metricFamily(f.metric), eventSubject(f), f.subject_side, f.metric, f.unit, f.value].join("\u0000");
  for (const g of groups) for (const f of g.figures) {
    const set = byFact.get(factKey(f)) ?? new Set<Group>();
    set.add(g);
    byFact.set(factKey(f), set);
  }
  const undatedBuckets = new Map<string, Dated[]>();
  for (const f of undated) {
    const matches = byFact.get(factKey(f));
    if (matches && matches.size === 1) {
      const [g] = matches;
      g.figures.push(f);
      continue;
    }
    const key = [metricFamily(f.metric), eventSubject(f), f.article].join("\u0000");
    const list = undatedBuckets.get(key) ?? [];
    list.push({ f, lo: 0, hi: 0, places: placesOf(f) });
    undatedBuckets.set(key, list);
  }
  for (const items of undatedBuckets.values()) {
    for (const g of groupWindowBucket(items)) {
      g.kind = "undated";
      groups.push(g);
    }
  }
  return groups;
}

// ---------- Ids and labels ----------

function hashId(prefix: string, parts: (string | number)[]): string {
  return prefix + createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 15);
}

function titleCase(place: string): string {
  return place.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function readableDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** "May 2025" when a period is one whole calendar month; else "1 Jun 2024 – 31 May 2025"; "since 1 Mar 2022". */
export function readablePeriod(start: string, end: string): string {
  if (!start && !end) return "";
  if (!end) return `since ${readableDay(start)}`;
  if (!start) return readableDay(end);
  const s = dayNumber(start)!;
  const e = dayNumber(end)!;
  const [y, m] = start.split("-");
  const nextMonth = Date.UTC(Number(y), Number(m), 1) / DAY_MS;
  if (start.endsWith("-01") && e === nextMonth - 1) return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
  if (s === e) return readableDay(start);
  return `${readableDay(start)} – ${readableDay(end)}`;
}

function groupDates(g: Group): { start: string; end: string } {
  if (g.kind === "window") return { start: isoDay(g.lo), end: isoDay(g.hi) };
  if (g.kind === "period") return { start: g.periodStart, end: g.periodEnd };
  return { start: "", end: "" };
}

function sortedPlaces(g: Group): string[] {
  return [...g.places].sort();
}

/** "Aircraft hit (Russian) · 1 Jun 2025 · Siberia"; the date is the span of days the incident can fall in. */
function autoLabel(g: Group): string {
  const family = g.family.split("+").map((f) => FAMILY_LABEL[f] ?? f).join(" + ");
  const { start, end } = groupDates(g);
  const when = g.kind === "undated" ? "date unknown" : readablePeriod(start, end);
  const places = sortedPlaces(g).map(titleCase).join(", ");
  return [`${family} (${SUBJECT_LABEL[g.subject] ?? g.subject})`, when, places].filter(Boolean).join(" · ");
}

/**
 * An automatic event id hashes what the event is about rather than which figures it holds, so that a new
 * article repeating a known figure does not change it: family, subject, the date anchor (the last possible day
 * of a window, the period of a period, the smallest figure id of an undated group) and the first place.
 */
function autoId(g: Group): string {
  const anchor =
    g.kind === "window" ? isoDay(g.hi) : g.kind === "period" ? `${g.periodStart}..${g.periodEnd}` : g.figures.map((f) => f.figure_id).sort()[0];
  return hashId("e", [g.family, g.subject, g.kind, anchor, sortedPlaces(g)[0] ?? ""]);
}

// ---------- Contributor table ----------

/** Recomputes a group's family, subject, dates (the union of its members' windows) and places from its members. */
function summarise(g: Group): void {
  const families = [...new Set(g.figures.map((f) => metricFamily(f.metric)))].sort();
  const subjects = [...new Set(g.figures.map(eventSubject))];
  g.family = families.join("+");
  g.subject = subjects.length === 1 ? subjects[0] : "unknown";
  const dates = g.figures.map(incidentDate);
  const periods = new Set(dates.map((d) => (d.kind === "period" ? `${d.start}..${d.end}` : d.kind)));
  if (periods.size === 1 && dates[0].kind === "period") {
    g.kind = "period";
    g.periodStart = dates[0].start;
    g.periodEnd = dates[0].end;
  } else {
    const windows = dates.filter((d): d is { kind: "window"; lo: number; hi: number } => d.kind === "window");
    if (windows.length === 0) g.kind = "undated";
    else {
      g.kind = "window";
      g.lo = windows.reduce((m, w) => Math.min(m, w.lo), Infinity);
      g.hi = windows.reduce((m, w) => Math.max(m, w.hi), -Infinity);
    }
  }
  g.places = new Set(g.figures.filter((f) => incidentDate(f).kind !== "period" || metricFamily(f.metric) !== "territory").flatMap((f) => placeCues(f.quote)));
}

export interface EventGrouping {
  /** Events sorted by date, family and id; `claims` is 0 until buildClaims counts them (buildModel does). */
  events: EventRow[];
  /** figure_id → event_id, for every figure. */
  eventOf: Map<string, string>;
  issues: TableIssue[];
}

/**
 * Groups figures into events, then applies data/tables/events.csv: "name" gives the automatic group holding
 * figure_id the row's id and label, "pin" puts figure_id into event event_id, "split" takes figure_id out of its
 * automatic group into event event_id. Rows naming an unknown figure are reported with their line.
 */
export function groupEvents(figures: FigureRow[], table: EventTableRow[] = [], lines?: number[], path = "data/tables/events.csv"): EventGrouping {
  const issues: TableIssue[] = [];
  const byId = new Map(figures.map((f) => [f.figure_id, f]));
  const lineOf = (i: number) => lines?.[i] ?? i + 2;
  const issue = (i: number, column: string, value: string, message: string) => issues.push({ file: path, line: lineOf(i), column, value, message });

  const valid: { row: EventTableRow; index: number }[] = [];
  const manualRowOf = new Map<string, number>();
  table.forEach((row, index) => {
    if (!byId.has(row.figure_id)) return issue(index, "figure_id", row.figure_id, `no figure has id "${row.figure_id}"; the ${row.action} row is ignored`);
    if (!row.event_id.trim()) return issue(index, "event_id", row.event_id, "event_id is empty; the row is ignored");
    if (row.action === "pin" || row.action === "split") {
      const earlier = manualRowOf.get(row.figure_id);
      if (earlier !== undefined) return issue(index, "figure_id", row.figure_id, `figure already placed by line ${lineOf(earlier)}; this row is ignored`);
      manualRowOf.set(row.figure_id, index);
    }
    valid.push({ row, index });
  });

  // Pinned and split figures stay out of automatic grouping, so they cannot pull other figures together.
  const sorted = figures.filter((f) => !manualRowOf.has(f.figure_id)).sort(compareFigures);
  const groups = autoGroups(sorted);
  const groupOf = new Map<string, Group>();
  for (const g of groups) {
    g.figures.sort(compareFigures);
    g.id = autoId(g);
    for (const f of g.figures) groupOf.set(f.figure_id, g);
  }
  // Two automatic groups can hash alike (two place-less groups of one day): number them in a stable order.
  const seen = new Map<string, number>();
  for (const g of [...groups].sort((a, b) => cmp(a.id, b.id) || cmp(a.figures[0].figure_id, b.figures[0].figure_id))) {
    const n = (seen.get(g.id) ?? 0) + 1;
    seen.set(g.id, n);
    if (n > 1) g.id = `${g.id}-${n}`;
  }

  // "name": the automatic group takes the given id and label; groups named with one id are merged.
  const final = new Map<string, Group>();
  const renamed = new Map<Group, { id: string; index: number }>();
  for (const { row, index } of valid) {
    if (row.action !== "name") continue;
    const g = groupOf.get(row.figure_id);
    if (!g) continue; // a pinned or split figure: its event takes the name below
    const before = renamed.get(g);
    if (before && before.id !== row.event_id) {
      issue(index, "event_id", row.event_id, `this figure's event is already named "${before.id}" on line ${lineOf(before.index)}; this row is ignored`);
      continue;
    }
    renamed.set(g, { id: row.event_id, index });
    g.label = row.label.trim() || g.label;
    g.source = "pinned";
  }
  for (const g of groups) {
    const id = renamed.get(g)?.id ?? g.id;
    const existing = final.get(id);
    if (existing) {
      existing.figures.push(...g.figures);
      existing.label ||= g.label;
      existing.source = "pinned";
      existing.recompute = true;
    } else {
      g.id = id;
      final.set(id, g);
    }
  }
  // "pin" and "split": the figure goes to event event_id, which is created when it does not exist.
  for (const { row } of valid) {
    if (row.action === "name") continue;
    const f = byId.get(row.figure_id)!;
    const g = final.get(row.event_id);
    if (g) {
      g.figures.push(f);
      g.source = "pinned";
      g.recompute = true;
      g.label ||= row.label.trim();
    } else {
      const created = newGroup(f, incidentDate(f), placeCues(f.quote));
      created.id = row.event_id;
      created.label = row.label.trim();
      created.source = "pinned";
      final.set(row.event_id, created);
    }
  }
  // Labels for events named without one, and for names given on a pinned figure's own event.
  for (const { row } of valid) {
    if (row.action !== "name" || groupOf.has(row.figure_id)) continue;
    const g = [...final.values()].find((x) => x.figures.some((f) => f.figure_id === row.figure_id));
    if (g && row.label.trim()) g.label = row.label.trim();
  }

  const eventOf = new Map<string, string>();
  const events: EventRow[] = [];
  for (const g of final.values()) {
    if (g.recompute) summarise(g);
    g.figures.sort(compareFigures);
    const { start, end } = groupDates(g);
    for (const f of g.figures) eventOf.set(f.figure_id, g.id);
    events.push({
      event_id: g.id,
      label: g.label || autoLabel(g),
      metric_family: g.family,
      date_start: start,
      date_end: end,
      places: sortedPlaces(g).map(titleCase).join("; "),
      claims: 0,
      figures: g.figures.length,
      source: g.source,
    });
  }
  events.sort((a, b) => cmp(a.date_start, b.date_start) || cmp(a.metric_family, b.metric_family) || cmp(a.event_id, b.event_id));
  return { events, eventOf, issues };
}
