// Which metric a number counts, from the cue words of data/tables/metrics.csv. A "noun" cue is the
// counted thing right after the number ("41 warplanes"); a "verb" cue is elsewhere in the clause
// ("were hit"). The noun narrows the candidates; the nearest verb cue of a candidate decides. A figure
// needs a verb cue: "388 people on board" counts people but says nothing about losses.

import type { Metric, MetricCueRow, SubjectSide } from "./types.js";
import { escapeRegExp, type NumberMention } from "./numbers.js";
import { alternation } from "./alternation.js";

export interface CueHit {
  start: number;
  end: number;
  /** Metrics this cue speaks for, in table order. */
  metrics: Metric[];
  subject: SubjectSide | "";
  /** A one-word past participle ("killed", "wounded"): it may follow its noun ("soldiers killed"). */
  participle?: boolean;
}

export type NounResult =
  | { kind: "noun"; start: number; end: number; rows: MetricCueRow[] }
  /** No counted noun: the number stands alone ("69 injured", "292 were shot down"). */
  | { kind: "none" }
  /** A counted noun that no cue knows ("two bridges", "14 members"): not a figure. */
  | { kind: "foreign"; start: number; end: number };

export interface MetricMatcher {
  /** Verb cues inside [from, to), in order. */
  verbCues(text: string, from: number, to: number): CueHit[];
  /** The counted noun after a number (skipping adjectives such as "Russian", "long-range"). */
  nounAfter(text: string, from: number, to: number): NounResult;
  /** Metrics a number in this unit with this noun may count, in table order; empty when none. */
  candidates(unit: string, noun: NounResult): Metric[];
}

/** Turn a cue into a regex source: spaces match any whitespace, a trailing "*" any word ending. */
function cueSource(cue: string): string {
  const star = cue.endsWith("*");
  const body = escapeRegExp(star ? cue.slice(0, -1) : cue).replace(/\s+/g, "\\s+");
  // "launch*" is not "launchers", "destroy*" not "destroyers", "occup*" not "occupiers": an agent noun after a cue's stem
  // is a thing, not a verb.
  return star ? `${body}(?![eo]rs?(?![\\w-])|iers?(?![\\w-]))[\\w-]*` : body;
}

/** Past participles that do not end in "-ed": "4 dead, 25 hurt", "11,000 sent to Kursk". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(["hurt", "slain", "sent"]);
const isParticiple = (word: string) => /^[A-Za-z]+ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
/** /(?:ed|ing|ly)$/ without a regex. */
const endsEdIngLy = (w: string) => w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly");
/** /^[A-Z]/ and /^[a-z]/ without a regex. */
const isUpperAsciiStart = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const isLowerAsciiStart = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** A noun after a bare "launch" that makes it a compound noun: "launch rocket system", "launch sites", "launch pad". */
const LAUNCH_COMPOUND = /^[\s-]+(?:rocket|systems?|sites?|pads?|vehicles?|tubes?|platforms?|positions?|areas?|points?)\b/i;
// Cue words used in another sense. "took part", "have taken heavy losses", "took place": an idiom of "take", no capture.
// "three of whom were taken to hospital", "taken into custody": people carried somewhere, no capture.
const TAKE_IDIOM = /^\s+(?:part|place|heavy|losses|casualties|steps|measures|responsibility|note|hold|shelter|cover|aim|action|advantage|office|to\s+(?:(?:a|the|local|nearby|regional)\s+)?(?:hospitals?|medical|clinics?|safety)|in\s+for\s+treatment|into\s+(?:custody|care))\b/i;
// "losses fell for the second month", "fell by 12%", "fell to 900 a day": a decline, not a town that fell.
const FELL_DECLINE = /^\s+(?:for|by|below|sharply|slightly|significantly|steadily|again|back|short|further|to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?\d+|from\s+\d+)\b/i;
// "in occupied Crimea", "the occupied territories", "Russian-occupied areas": a participle used as an adjective of a place.
const ATTRIBUTIVE_BEFORE = /(?:\b(?:in|the|of|from|into|across|over|above|near|around|throughout|within|inside|newly|temporarily|other|all)\s+|[A-Za-z]-)$/i;
const PLACE_AFTER = /^\s+(?:[A-Z]|territor|areas?\b|regions?\b|parts?\b|lands?\b|zones?\b|cities\b|towns\b|villages\b|settlements\b|south\b|east\b)/;
const CONTROL_COMPOUND = /^\s+(?:points?|posts?|stations?|centres?|centers?|rooms?|systems?|units?)\b/i;
const CAPTIVE_PEOPLE_AFTER = /^\s+(?:(?:Russian|Ukrainian|North\s+Korean|enemy|foreign)\s+)?(?:servicemen|soldiers|troops|fighters|prisoners|POWs|marines|mercenaries|pilots|sailors|conscripts|combatants)\b/i;
const PLACE_NOUN_BEFORE = /\b(?:territory|territories|land|lands|areas?|regions?|villages?|towns?|settlements?|parts?)\s+(?:(?:previously|earlier|once|formerly|already|temporarily)\s+)?$/i;
// "5,000 air defence missiles", "air defense systems": weapons named by what they are for, not a tally of what they downed.
const AIR_DEFENCE_COMPOUND = /^[\s-]+(?:missiles?|systems?|interceptors?|batteries|units?|equipment|weapons|munitions|shells|rounds)\b/i;
/** Units of measure written after a number. */
const MEASURE_WORD = /^(?:bcm|mcm|tcm|mw|gw|gwh|mwh|twh|kwh|kv|bpd|tons?|tonnes?|barrels?|litres?|liters?|hectares?|megawatts?|gigawatts?)$/i;
/** "to repair (the) damaged", "rebuilding damaged": words of mending before "damaged". */
const REPAIR_BEFORE = /\b(?:repair|repairs|repaired|repairing|rebuild|rebuilding|restore|restoring|replace|replacing|fix|fixing|mend)\s+(?:the\s+|its\s+|their\s+)?$/i;
/** An amount right after a verb: its object ("seized more than 1,000"). */
const AMOUNT_AFTER = /^\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated|another|a\s+further)\s+)?\d/i;
function notAVerbHere(cue: string, slice: string, at: number): boolean {
  const c = cue.charCodeAt(0) | 32;
  const end = at + cue.length;
  if (c === 116 /* t */ && /^t(?:ake|akes|aken|aking|ook)$/i.test(cue)) return TAKE_IDIOM.test(slice.slice(end, end + 20));
  // "debris fell at another 11 (locations)": what fell there, not places that fell.
  if (c === 102 /* f */ && /^fell$/i.test(cue)) return FELL_DECLINE.test(slice.slice(end, end + 24)) || /\b(?:debris|wreckage|fragments|shrapnel|parts|remains)\s+$/i.test(slice.slice(Math.max(0, at - 12), at));
  // "pledged €260mn to repair damaged equipment": what is repaired was damaged before; the money is for repairs.
  if (c === 100 /* d */ && /^damaged$/i.test(cue)) return REPAIR_BEFORE.test(slice.slice(Math.max(0, at - 24), at));
  if (c === 97 /* a */ && /^air\s+defen[cs]es?$/i.test(cue)) return AIR_DEFENCE_COMPOUND.test(slice.slice(end, end + 16));
  // "joined the case as injured parties": the law's word for a victim who joins a prosecution, not the wounded.
  if (c === 105 /* i */ && /^injured$/i.test(cue)) return /^\s+part(?:y|ies)\b/i.test(slice.slice(end, end + 10));
  // (The first letter first: "| 32" lower-cases an ASCII letter, and only "O" and "o" give 111, and so on.)
  if ((c === 111 /* o */ || c === 99 /* c */ || c === 108 /* l */ || c === 115 /* s */ || c === 104 /* h */) && /^(?:occupied|captured|liberated|seized|held|controlled)$/i.test(cue)) {
    // "the territory previously occupied by Ukrainian forces ... had been retaken", "areas once held by Kyiv": a participle
    // naming which land, not a holding.
    if (PLACE_NOUN_BEFORE.test(slice.slice(Math.max(0, at - 40), at)) && /^\s+by\b/.test(slice.slice(end, end + 4))) return true;
    // "initially seized more than 1,000 square kilometres": an amount right after it is the verb's object, so a verb.
    if (/\b(?:previously|formerly|once|earlier|initially)\s+$/i.test(slice.slice(Math.max(0, at - 16), at))) return !AMOUNT_AFTER.test(slice.slice(end, end + 30));
    if (/^(?:held|controlled)$/i.test(cue)) return false;
    // "tried captured Russian servicemen": people taken prisoner, an adjective before them.
    if (/^captured$/i.test(cue) && CAPTIVE_PEOPLE_AFTER.test(slice.slice(end, end + 40))) return true;
    return ATTRIBUTIVE_BEFORE.test(slice.slice(Math.max(0, at - 14), at)) && PLACE_AFTER.test(slice.slice(end, end + 14));
  }
  return false;
}

/** "of the", "of its" before a noun (not a number): the whole a count is part of. */
const PART_OF_WHOLE = /^[ \t]+of[ \t]+(?:the|these|those|its|their)[ \t]+(?=[A-Za-z])(?!(?:most|least|[a-z]{3,}est)\b)/;
/** A share's unit right before the noun search, and "of the" after it. */
const PERCENT_BEFORE = /(?:%|per\s?cent|percent)$/i;
const OF_THE_AFTER = /^\s+of\s+the\s/i;
/** Words after a number that do not end the search for its noun ("of", "more", "other"). */
const SKIP = new Set([
  "of", "more", "other", "additional", "further", "new", "enemy", "civilian", "military", "combat", "strategic",
  "tactical", "long", "short", "heavy", "light", "unmanned", "uncrewed", "armed", "attack", "kamikaze", "foreign", "local",
  "young", "elderly", "wounded", "injured", "fellow", "ukrainian", "russian", "north", "korean", "cruise", "guided",
  "ballistic", "aerial", "fighter", "military's", "their", "its", "his", "her", "our", "total", "active",
  "regular", "frontline", "front-line", "assault", "transport", "reconnaissance", "surveillance", "nuclear",
  "nuclear-capable", "air", "naval", "sea", "land", "suicide", "modern", "fpv", "first-person-view", "enemy's", "its", "special", "elite", "shahed-type", "shahed-style", "iranian-made", "iranian-designed", "strike",
  // "12 percent of its operational Tu-22M3 fleet", "the remaining aircraft": what is left, not a new head.
  "operational", "remaining", "available", "entire", "whole", "serviceable",
  // "4,000 of those killed", "300 of these soldiers": a partitive's determiner; a participle after it stands for the people.
  "those", "these",
]);
/** Words that end the noun search: the number stands alone. */
const STOP = new Set([
  "were", "was", "had", "have", "has", "are", "is", "be", "been", "being", "in", "on", "at", "near", "per",
  "each", "a", "an", "the", "to", "and", "or", "from", "across", "over", "into", "by", "with", "this", "that",
  "which", "who", "since", "during", "as", "for", "while", "including", "than", "among", "out", "so", "far",
  "last", "this", "overnight", "yesterday", "today", "a day", "daily", "every", "weekly", "monthly", "killed", "dead", "will", "would",
  "could", "may", "might", "did", "do", "not", "all", "both", "more", "less", "alone", "between", "inside",
  "outside", "under", "against", "after", "before", "when", "where", "if", "but", "of", "said", "says",
  "later", "earlier", "too", "also", "only", "just", "here", "there", "around", "about", "according",
  // "shot down 61 of them", "nine of whom": the pronoun stands for a count named before, no noun of its own.
  "them", "whom",
  // "up from the 128 it had reported": a subject pronoun after a number opens a relative clause, no noun of the number's.
  "it", "they", "we", "he", "she",
  // Adverbs and prepositions after a counted noun ("killed seven people nationwide", "40 soldiers altogether"): not a new head.
  "nationwide", "countrywide", "altogether", "overall", "apiece", "abroad", "within", "throughout", "toward", "towards",
  "amid", "despite", "until", "ago", "again", "now", "still", "already", "then", "instead", "together",
  // "30,000 troops along the Huliaipole direction", "beside the border": the other prepositions of place and way.
  "along", "alongside", "beside", "behind", "beyond", "below", "above", "beneath", "through", "via", "upon", "onto",
  // Verbs of staying after the noun ("11,000 troops remain in Kursk"): the noun before them is the head.
  "remain", "remains", "stay", "stays", "stand", "stands",
  // A number word after the number starts another phrase ("70% twelve months earlier").
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
]);
/**
 * An aircraft named by its model ("two A-50s", "a Tu-22M3", "three Su-34s"): Sukhoi, Tupolev, Mikoyan, Ilyushin,
 * Kamov, Mil, Antonov, Beriev, Yakovlev designations, the radar planes and F-16s. Missiles (Kh-101,
 * Iskander-M) and air defence systems (S-300) are not aircraft.
 */
const AIRCRAFT_MODEL = /^(?:Su|Tu|MiG|Il|Ka|Mi|An|Be|Yak|F)-\d{1,3}[A-Z0-9]*(?:s|['’]s)?$|^A-(?:50|100)[A-Z]*(?:s|['’]s)?$/;

/** The head noun of an aircraft after its model: "Su-30 fighters", "Su-34 fighter-bombers", "MiG-31 interceptors", "Tu-22M3 fleet". */
const AIRCRAFT_HEAD = /^(?:fighters?|fighter-bombers?|interceptors?|bombers?|jets?|planes?|warplanes?|aircraft|helicopters?|gunships?|airframes?|fleets?)$/i;

// A dotted abbreviation ("U.S.", "U.K.") is one word, a name: "Two U.S. officials" counts officials.
// A model with variants is one word too: "Kh-59/69", "S-300/400".
const TOKEN = /[ \t]*(?:((?:[A-Z]\.){2,}|[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’\-]*(?:(?<=\d)\/\d[\w-]*)*)|([^\sA-Za-z]))/y;

export function createMetricMatcher(rows: MetricCueRow[]): MetricMatcher {
  const nounRows = rows.filter((r) => r.role === "noun");
  const verbRows = rows.filter((r) => r.role === "verb");

  // One alternation per role, longest cue first; a capture group per distinct cue.
  function compile(list: MetricCueRow[], flags: string): { re: RegExp; rowsFor: (matched: string) => MetricCueRow[] } {
    const byCue = new Map<string, MetricCueRow[]>();
    for (const r of list) {
      const key = r.cue.trim();
      if (!byCue.has(key)) byCue.set(key, []);
      byCue.get(key)!.push(r);
    }
    const cues = [...byCue.keys()].sort((a, b) => b.length - a.length);
    const re = new RegExp(`\\b(?:${alternation(cues.map((c) => cueSource(c)))})(?![\\w-])`, flags);
    // A word can match several cues ("destroyed" is both "destroyed" and "destroy*"): each matched
    // text gets the rows of every cue it matches, memoised per distinct text.
    const anchored = cues.map((c) => ({ re: new RegExp(`^(?:${cueSource(c)})$`, "i"), rows: byCue.get(c)! }));
    const memo = new Map<string, MetricCueRow[]>();
    // The same matched text always gets the same rows (a memo entry is never replaced): the text as matched is looked up
    // first, before the lower-casing and whitespace folding of the shared key.
    const byText = new Map<string, MetricCueRow[]>();
    const rowsFor = (matched: string): MetricCueRow[] => {
      const known = byText.get(matched);
      if (known !== undefined) return known;
      const key = matched.toLowerCase().replace(/\s+/g, " ");
      let found = memo.get(key);
      if (!found) {
        found = anchored.filter((a) => a.re.test(matched.replace(/\s+/g, " "))).flatMap((a) => a.rows);
        memo.set(key, found);
      }
      byText.set(matched, found);
      return found;
    };
    return { re, rowsFor };
  }
  const noun = compile(nounRows, "iy");
  const aircraftRows = nounRows.filter((r) => r.metric === "aircraft_hit" && r.cue.trim() === "aircraft");
  const verb = compile(verbRows, "gi");
  const verbSticky = new RegExp(verb.re.source, "iy");
  const verbMeaning = new Map<string, { metrics: Metric[]; subject: SubjectSide | ""; participle: boolean }>();
  const candidatesOfRows = new WeakMap<MetricCueRow[], Map<string, Metric[]>>();
  const metricsWithUnit = new Map<string, Metric[]>();
  for (const r of rows) {
    const unitKey = r.unit === "GBP" || r.unit === "USD" || r.unit === "EUR" ? "currency" : r.unit;
    const list = metricsWithUnit.get(unitKey) ?? [];
    if (!list.includes(r.metric)) list.push(r.metric);
    metricsWithUnit.set(unitKey, list);
  }


  /**
   * The head of a compound: in "missile carriers" the cue "missile" only modifies; in "drone strikes"
   * the counted thing is an unknown noun, so the number is not a figure of any metric.
   */
  function headOf(text: string, found: NounResult & { kind: "noun" }, to: number): NounResult {
    TOKEN.lastIndex = found.end;
    const t = TOKEN.exec(text);
    if (!t || t[1] === undefined) return found;
    const start = TOKEN.lastIndex - t[1].length;
    if (start >= to) return found;
    noun.re.lastIndex = start;
    const next = noun.re.exec(text);
    if (next && start + next[0].length <= to) return { kind: "noun", start, end: start + next[0].length, rows: noun.rowsFor(next[0]) };
    const lower = t[1].toLowerCase();
    // "several prisoner exchanges", "three prisoner swaps": a plural head counts the swaps, not people.
    if (/^(?:exchanges|swaps)$/i.test(t[1])) return { kind: "foreign", start, end: TOKEN.lastIndex };
    // "1,000 prisoner swap", "300 drones launched": a cue word after the noun is not a new head.
    verbSticky.lastIndex = start;
    // "14 UAV control points": "control" heading a compound of its own is a noun, not the verb.
    if (verbSticky.test(text)) return /^control$/i.test(t[1]) && CONTROL_COMPOUND.test(text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 12)) ? { kind: "foreign", start, end: TOKEN.lastIndex } : found;
    // "40,000 troops south of Pokrovsk", "troops there", "drones overnight": a compass point or a word of place or time
    // after the noun says where or when, it heads no compound.
    if (isLowerAsciiStart(t[1]) && !STOP.has(lower) && !SKIP.has(lower) && !endsEdIngLy(lower) && !/^(?:is|are|was|were|had|has|have|(?:north|south)(?:-?(?:east|west))?|east|west|inside|outside|nearby|there|here|now|today|overnight)$/.test(lower)) {
      return { kind: "foreign", start, end: TOKEN.lastIndex };
    }
    return found;
  }

  const matcher: MetricMatcher = {
    verbCues(text, from, to) {
      const out: CueHit[] = [];
      const slice = text.slice(from, to);
      verb.re.lastIndex = 0;
      for (let m = verb.re.exec(slice); m !== null; m = verb.re.exec(slice)) {
        // "multiple launch rocket systems", "launch sites", "launch vehicles": the bare stem before a noun is part of it.
        if (m[0].length === 6 && /^launch$/i.test(m[0]) && LAUNCH_COMPOUND.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
        if (notAVerbHere(m[0], slice, m.index)) continue;
        // What a cue's words speak for, worked out once per distinct matched text (callers only read it).
        let meaning = verbMeaning.get(m[0]);
        if (!meaning) {
          const g = verb.rowsFor(m[0]);
          const metrics: Metric[] = [];
          for (const r of g) if (!metrics.includes(r.metric)) metrics.push(r.metric);
          meaning = { metrics, subject: g.find((r) => r.subject_side)?.subject_side ?? "", participle: isParticiple(m[0]) };
          verbMeaning.set(m[0], meaning);
        }
        out.push({ start: from + m.index, end: from + m.index + m[0].length, metrics: meaning.metrics, subject: meaning.subject, participle: meaning.participle });
      }
      return out;
    },

    nounAfter(text, from, to) {
      // "a dozen of the bombers", "five of its jets": a part of a whole with no number of its own counts the whole's noun,
      // when that is a counted noun (not "seven of the dead", nor a share "of the country").
      // (PART_OF_WHOLE opens with a space or tab: nothing else is cut and matched.)
      const percentBefore = PERCENT_BEFORE.test(text.slice(Math.max(0, from - 8), from));
      const first = text.charCodeAt(from);
      const partOf = percentBefore || (first !== 32 && first !== 9) ? null : PART_OF_WHOLE.exec(text.slice(from, Math.min(to, from + 24)));
      if (partOf) {
        const whole = matcher.nounAfter(text, from + partOf[0].length, to);
        if (whole.kind === "noun" && !/^(?:dead|wounded|injured|killed|missing)$/i.test(text.slice(whole.start, whole.end))) return whole;
      }
      let pos = from;
      let unknown: { start: number; end: number } | null = null;
      let lastWasName = false;
      // The word just read was a name (not a name joined on by "and"): digits after it are a designation.
      let nameRightBefore = false;
      // "34% of the strategic bomber fleet": a share of something reads past "of the" to what it is a share of.
      let skipThe = percentBefore && OF_THE_AFTER.test(text.slice(from, from + 10));
      for (let n = 0; n < 7 && pos < to; n++) {
        TOKEN.lastIndex = pos;
        const t = TOKEN.exec(text);
        if (!t || t.index !== pos) return { kind: "none" };
        // TOKEN is spaces or tabs, then its word (group 1) or mark (group 2), which starts with no white space: the word
        // starts that many characters back (what trimming the match's spaces gives, without a new string).
        const wordStart = TOKEN.lastIndex - (t[1] !== undefined ? t[1].length : t[2].length);
        if (t[2] !== undefined) {
          // "one of six Project 636.3 submarines": a name followed by digits is a designation, whose noun is no counted one.
          if (nameRightBefore && t[2] >= "0" && t[2] <= "9") return { kind: "foreign", start: wordStart, end: wordStart + 1 };
          // Punctuation ends the noun phrase; a possessive "'s" attached to a name was part of the word.
          return unknown ? { kind: "foreign", ...(unknown as { start: number; end: number }) } : { kind: "none" };
        }
        noun.re.lastIndex = wordStart;
        const hit = noun.re.exec(text);
        if (hit && wordStart + hit[0].length <= to) {
          return headOf(text, { kind: "noun", start: wordStart, end: wordStart + hit[0].length, rows: noun.rowsFor(hit[0]) }, to);
        }
        const word = t[1];
        const lower = word.toLowerCase();
        pos = TOKEN.lastIndex;
        if (skipThe && lower === "the") {
          skipThe = false;
          continue;
        }
        // "Tu-95 and Tu-22 bombers": names joined by "and" still modify the noun after them.
        if ((lower === "and" || lower === "or") && lastWasName) {
          nameRightBefore = false;
          continue;
        }
        lastWasName = isUpperAsciiStart(word);
        nameRightBefore = lastWasName;
        // "shot down two A-50s over the sea": a model name with no counted noun after it is the aircraft itself
        // ("three Su-34 bombers" reads on to "bombers"; "two Su-34 pilots" to an unknown noun).
        if (AIRCRAFT_MODEL.test(word) && aircraftRows.length && !unknown) {
          TOKEN.lastIndex = pos;
          const after = TOKEN.exec(text);
          const nextWord = after && after.index === pos && after[1] !== undefined ? after[1] : null;
          const nextStart = nextWord ? TOKEN.lastIndex - nextWord.length : -1;
          let nextIsNoun = false;
          if (nextWord) {
            noun.re.lastIndex = nextStart;
            nextIsNoun = noun.re.exec(text) !== null;
          }
          const nextLower = nextWord?.toLowerCase() ?? "";
          // "two Su-30 fighters", "four Su-34 fighter-bombers": after a model, "fighters" are aircraft, not people.
          if (nextWord && nextStart + nextWord.length <= to && AIRCRAFT_HEAD.test(nextWord)) return { kind: "noun", start: wordStart, end: nextStart + nextWord.length, rows: aircraftRows };
          const ends = !nextWord || nextStart >= to || STOP.has(nextLower) || nextLower.endsWith("ed") || nextLower.endsWith("ly") || nextLower === "and" || nextLower === "or";
          if (!nextIsNoun && ends) return { kind: "noun", start: wordStart, end: pos, rows: aircraftRows };
        }
        if (SKIP.has(lower)) continue;
        if (STOP.has(lower)) return unknown ? { kind: "foreign", ...(unknown as { start: number; end: number }) } : { kind: "none" };
        // "10.4 Bcm", "1.2 GW", "500 tonnes": a measure, no count of anything a metric counts.
        if (MEASURE_WORD.test(word)) return { kind: "foreign", start: wordStart, end: pos };
        // A name or nationality ("Russian", "Shahed", "Ukraine's"), or a compound adjective ("long-range").
        if (isUpperAsciiStart(word) || word.includes("-")) continue;
        // A participle or -ly adverb: the number stands alone ("69 injured") unless a counted noun
        // follows it ("8 destroyed Tu-95 bombers"); the search goes on and ends as "none".
        if (endsEdIngLy(lower) || IRREGULAR_PARTICIPLES.has(lower)) {
          if (unknown) return { kind: "foreign", ...(unknown as { start: number; end: number }) };
          continue;
        }
        // An unknown word may be an adjective ("cruise missiles"); the noun has to come right after it.
        if (unknown) return { kind: "foreign", ...(unknown as { start: number; end: number }) };
        unknown = { start: wordStart, end: pos };
        TOKEN.lastIndex = pos;
        const t2 = TOKEN.exec(text);
        if (!t2 || t2[1] === undefined) return { kind: "foreign", ...(unknown as { start: number; end: number }) };
        const nextStart = TOKEN.lastIndex - t2[1].length;
        noun.re.lastIndex = nextStart;
        const hit2 = noun.re.exec(text);
        if (hit2 && nextStart + hit2[0].length <= to) return headOf(text, { kind: "noun", start: nextStart, end: nextStart + hit2[0].length, rows: noun.rowsFor(hit2[0]) }, to);
        return { kind: "foreign", ...(unknown as { start: number; end: number }) };
      }
      return unknown ? { kind: "foreign", ...(unknown as { start: number; end: number }) } : { kind: "none" };
    },

    candidates(unit, nounResult) {
      if (unit === "km2") return metricsWithUnit.get("km2") ?? [];
      if (unit === "GBP" || unit === "USD" || unit === "EUR") return metricsWithUnit.get("currency") ?? [];
      if (unit !== "count" && unit !== "percent") return [];
      if (nounResult.kind === "foreign") return [];
      if (nounResult.kind === "none") return unit === "count" ? metricsWithUnit.get("count") ?? [] : [];
      // A noun's rows are one array per cue text (rowsFor): its metrics per unit are worked out once.
      let perUnit = candidatesOfRows.get(nounResult.rows);
      if (!perUnit) candidatesOfRows.set(nounResult.rows, (perUnit = new Map()));
      let out = perUnit.get(unit);
      if (!out) {
        out = [];
        for (const r of nounResult.rows) if (r.unit === unit && !out.includes(r.metric)) out.push(r.metric);
        perUnit.set(unit, out);
      }
      return out;
    },
  };
  return matcher;
}

/** The subject side a noun cue implies ("defenders" → ukraine), or "". */
export function nounSubject(nounResult: NounResult, metric: Metric): SubjectSide | "" {
  if (nounResult.kind !== "noun") return "";
  // A noun's rows are one array per cue text, never changed (rowsFor): its side per metric is worked out once.
  let perMetric = subjectOfRows.get(nounResult.rows);
  if (!perMetric) subjectOfRows.set(nounResult.rows, (perMetric = new Map()));
  let side = perMetric.get(metric);
  if (side === undefined) {
    side = nounResult.rows.find((r) => r.metric === metric && r.subject_side)?.subject_side ?? "";
    perMetric.set(metric, side);
  }
  return side;
}
const subjectOfRows = new WeakMap<MetricCueRow[], Map<Metric, SubjectSide | "">>();

/** Metrics that count the same things: a bare number in a list stays in its family ("472 drones launched, of which 292 were shot down"). */
export const METRIC_FAMILY: Record<Metric, string> = {
  killed: "people", injured: "people", casualties: "people", troops: "people", prisoners_exchanged: "people",
  drones_launched: "drones", drones_downed: "drones", aircraft_hit: "aircraft", territory_gained: "land",
  territory_controlled: "land", settlements_captured: "settlements", damage: "money",
};

export interface MetricChoice {
  metric: Metric;
  cue: CueHit | null;
}

/**
 * Choose among candidate metrics by the nearest verb cue: first in the number's own coordinated
 * segment ("... and 69 injured"), then its clause, then the sentence (only a cue with no other figure
 * in between, and looking back only for a number with no noun of its own).
 */
export function chooseMetric(
  candidates: Metric[],
  cues: CueHit[],
  mention: { start: number; end: number },
  segment: { start: number; end: number },
  clause: { start: number; end: number },
  sentence: { start: number; end: number },
  otherFigures: { start: number; end: number }[],
  mayLookBack: boolean,
  /** The metric of the figure before in the sentence: a cue that serves it too keeps a list parallel ("34 drones were downed over Kursk, 21 over Bryansk"). */
  preferred: Metric | null = null,
  /** End of the counted noun: a cue right after it ("350,000 soldiers killed") is the nearest. */
  nounEnd = mention.end,
  /**
   * Whether [from, to) is only a list of further figures ("663 airplanes, 283 helicopters ... have been
   * destroyed"): a verb after such a list is shared by every item, so the figures in between do not hide it.
   */
  isListGap: ((from: number, to: number, afterNumber?: boolean) => boolean) | null = null,
): MetricChoice | null {
  if (candidates.length === 0) return null;
  const c: PickContext = { candidates, cues, mention, otherFigures, mayLookBack, preferred, nounEnd, isListGap };
  return (
    pick(c, segment.start, segment.end, false) ??
    pick(c, clause.start, clause.end, false) ??
    pick(c, sentence.start, sentence.end, true)
  );
}

/** What chooseMetric's cue search reads (a module-level function, not a closure per figure). */
interface PickContext {
  candidates: Metric[];
  cues: CueHit[];
  mention: { start: number; end: number };
  otherFigures: { start: number; end: number }[];
  mayLookBack: boolean;
  preferred: Metric | null;
  nounEnd: number;
  isListGap: ((from: number, to: number, afterNumber?: boolean) => boolean) | null;
}

/** The nearest cue in [lo, hi) that speaks for a candidate; with `guard`, only one with no other figure in between. */
function pick(ctx: PickContext, lo: number, hi: number, guard: boolean): MetricChoice | null {
  const { candidates, cues, mention, otherFigures, mayLookBack, preferred, nounEnd, isListGap } = ctx;
  let best: MetricChoice | null = null;
  let bestDistance = Infinity;
  for (const cue of cues) {
    if (cue.start < lo || cue.end > hi) continue;
    // A cue inside the number's own words ("1,000 prisoners exchanged" is fine; "in damage" after £ is fine).
    const before = cue.end <= mention.start;
    const distance = before ? mention.start - cue.end : Math.max(0, cue.start - Math.max(mention.end, cue.start >= nounEnd ? nounEnd : mention.end));
    // A cue farther than the best so far (or as far and no participle after the number, which alone wins a tie) cannot be
    // chosen: neither the figures between nor its metric are worked out (every test below only skips a cue).
    if (distance > bestDistance || (distance === bestDistance && (cue.participle !== true || before))) continue;
    if (guard) {
      const a = before ? cue.end : mention.end;
      const b = before ? mention.start : cue.start;
      // "has also lost 9,693 tanks, ..., 369 airplanes": a verb before a list is shared by its items, like one after it.
      if (before && !mayLookBack && !isListGap?.(a, b, false)) continue;
      let between = false;
      for (const f of otherFigures) if (f.start >= a && f.end <= b) { between = true; break; }
      if (between && !isListGap?.(a, b, !before)) continue;
    }
    let metric: Metric | undefined;
    if (preferred && candidates.includes(preferred) && cue.metrics.includes(preferred)) metric = preferred;
    else {
      // A sibling of the preferred metric first, else the first candidate the cue speaks for.
      if (preferred) for (const c of candidates) if (cue.metrics.includes(c) && METRIC_FAMILY[c] === METRIC_FAMILY[preferred]) { metric = c; break; }
      if (metric === undefined) for (const c of candidates) if (cue.metrics.includes(c)) { metric = c; break; }
    }
    if (!metric) continue;
    // "had lost 198,000 soldiers killed": a participle right after the counted noun says more than the verb before
    // the number, at the same distance.
    // Not a launch ("shot down three Tochka-U missiles fired by Ukraine"): that participle says which weapons, not what befell them.
    const afterNoun = cue.participle === true && !before && nounEnd > mention.end && cue.start >= nounEnd &&
      !(cue.metrics.length === 1 && cue.metrics[0] === "drones_launched") &&
      !otherFigures.some((f) => f.start >= mention.end && f.end <= cue.start);
    if (distance < bestDistance || (distance === bestDistance && afterNoun && best !== null && best.cue !== null && best.cue.end <= mention.start)) {
      bestDistance = distance;
      best = { metric, cue };
    }
  }
  return best;
}

/** A comma that breaks a clause: not one inside a date, nor one after a date that starts or ends a span. */
// The look-behinds follow the comma (and hold it), so they are tried only where a comma stands, not at every position.
const DATE_AWARE_COMMA = String.raw`(?:(?<!\d),|,(?!\d))(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},)(?<!\b(?:[Ff]rom|[Bb]etween|to|until|through|and)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4},)(?!\s+to\s(?<=\b[Ss]ince\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4},\s+to\s))`;
// Clause boundaries: punctuation, and words that open a new clause with its own subject ("since" only when no date
// follows: "losses since August 2024 had exceeded 67,000" is one clause). The comma inside a date ("February 24, 2022") is
// no break, nor the one after a date that ends or starts a span ("from February 24, 2022, to November 5, 2025, amount to");
// nor the one between a running total's start and its amount ("bringing its total losses since Feb. 24, 2022, to 259,850");
// the one after an opening date ("On November 5, 2025, officials said") still is.
// The words are grouped by first letter (alternation()): the same matches (checked over the 10 000-article corpus), and V8
// tries only the group of the letter in front of it (about 7 % less time over the corpus's sentences).
const CLAUSE_WORDS = [
  "when", "while", "whereas", "although", "though", "because", "after", "before", "which", "who", "where", "but",
  String.raw`as(?!\s+(?:many|much|few|little|high|low)\s+as\b)(?<!\b(?:many|much|few|little|high|low)\s+as)`,
  String.raw`since(?!\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\b|(?:early|late|mid-?)\s*(?:19|20)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:19|20)\d\d\b|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b))`,
  "if", "until", "unless", "whom", "whose",
];
const CLAUSE_BREAK = new RegExp(DATE_AWARE_COMMA + String.raw`|[;:()\u2013\u2014\u2012\u2015]|\s-\s|\b(?:${alternation(CLAUSE_WORDS)})\b`, "gi");
// "\band\b|\bplus\b" with the word boundary taken out of the alternation: the same matches, found faster.
const SEGMENT_BREAK = /\b(?:and|plus)\b/gi;
/**
 * Clause breaks for periods: brackets do not cut "502 km² (194 sq mi) of territory in July"; "since" opens a
 * period, not a clause. The same as CLAUSE_BREAK without "(", ")" and "since", so its matches are
 * CLAUSE_BREAK's without those (none of the three overlaps another match): read off the clause breaks.
 */
export const PERIOD_CLAUSE_BREAK = new RegExp(DATE_AWARE_COMMA + String.raw`|[;:\u2013\u2014\u2012\u2015]|\s-\s|\b(?:when|while|whereas|although|though|because|after|before|which|who|where|but|as(?!\s+(?:many|much|few|little|high|low)\s+as\b)(?<!\b(?:many|much|few|little|high|low)\s+as)|if|until|unless|whom|whose)\b`, "gi");

/** The breaks of one span, found once: every figure of a sentence asks for its clause. */
interface BreakList {
  text: string;
  from: number;
  to: number;
  starts: number[];
  ends: number[];
}
const breakMemo = new Map<RegExp, BreakList>();

function breaksIn(text: string, from: number, to: number, breaks: RegExp): BreakList {
  const known = breakMemo.get(breaks);
  if (known && known.text === text && known.from === from && known.to === to) return known;
  const list: BreakList = { text, from, to, starts: [], ends: [] };
  const slice = text.slice(from, to);
  breaks.lastIndex = 0;
  for (let m = breaks.exec(slice); m !== null; m = breaks.exec(slice)) {
    list.starts.push(from + m.index);
    list.ends.push(from + m.index + m[0].length);
  }
  breakMemo.set(breaks, list);
  return list;
}

/** The period clause breaks of a span: its clause breaks without brackets and "since". */
let periodMemo: BreakList | null = null;
function periodBreaksIn(text: string, from: number, to: number): BreakList {
  if (periodMemo && periodMemo.text === text && periodMemo.from === from && periodMemo.to === to) return periodMemo;
  const clauses = breaksIn(text, from, to, CLAUSE_BREAK);
  const list: BreakList = { text, from, to, starts: [], ends: [] };
  for (let k = 0; k < clauses.starts.length; k++) {
    const start = clauses.starts[k];
    const end = clauses.ends[k];
    const c = text.charCodeAt(start);
    if (end - start === 1 && (c === 40 || c === 41)) continue;
    if (end - start === 5 && text.slice(start, end).toLowerCase() === "since") continue;
    list.starts.push(start);
    list.ends.push(end);
  }
  periodMemo = list;
  return list;
}

/** The clause of `pos` for its period (PERIOD_CLAUSE_BREAK) inside the sentence [from, to). */
export function periodClauseAround(text: string, from: number, to: number, pos: number): { start: number; end: number } {
  return around(periodBreaksIn(text, from, to), from, to, pos);
}

function around({ starts, ends }: BreakList, from: number, to: number, pos: number): { start: number; end: number } {
  let start = from;
  let end = to;
  for (let k = 0; k < starts.length; k++) {
    if (ends[k] <= pos) start = ends[k];
    else if (starts[k] >= pos) {
      end = starts[k];
      break;
    }
  }
  return { start, end };
}

/** The clause of `pos` inside the sentence [from, to). */
export function clauseAround(text: string, from: number, to: number, pos: number, breaks: RegExp = CLAUSE_BREAK): { start: number; end: number } {
  return around(breaksIn(text, from, to, breaks), from, to, pos);
}

/** The coordinated segment ("... and 69 injured") of `pos` inside its clause. */
export function segmentAround(text: string, clause: { start: number; end: number }, pos: number): { start: number; end: number } {
  return clauseAround(text, clause.start, clause.end, pos, SEGMENT_BREAK);
}

/** Verbs of air defence: what brings an air target down, not what destroys a target on the ground. */
const AIR_DEFENCE_VERB = /^(?:shot\s+down|shooting\s+down|shot-down|downed|brought\s+down|intercept\w*|neutrali[sz]\w*)$/i;
const AIR_DEFENCE_WORDS = /\bair[\s-]+defen[cs]es?\b|\banti-?aircraft\b/i;

/**
 * Whether a count of bare "targets" is drones downed: only under an air-defence verb or with air defence in its
 * clause ("112 targets were neutralised", "air defences destroyed 30 targets"). "Forces destroyed 12 targets in the
 * Donetsk region" hit things on the ground. "air targets" and "aerial targets" are their own cues and always qualify.
 */
export function downedTargetsCount(text: string, noun: NounResult, cue: CueHit | null, clause: { start: number; end: number }): boolean {
  if (noun.kind !== "noun" || !/^targets$/i.test(text.slice(noun.start, noun.end))) return true;
  if (cue && AIR_DEFENCE_VERB.test(text.slice(cue.start, cue.end))) return true;
  return AIR_DEFENCE_WORDS.test(text.slice(clause.start, clause.end));
}
