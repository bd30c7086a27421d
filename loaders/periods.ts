// The period a figure covers, resolved against the article's publication date: "in May" is the most
// recent May on or before publication; "since the beginning of the year" starts on January 1 (its end is not stated);
// "at the end of May" is a point in time (start left empty). A single-day incident keeps no period.

import { addDays, endOfMonth, endOfQuarter, isValid, parseISO, startOfMonth, startOfQuarter, subDays, subMonths, subYears } from "date-fns";

export interface PeriodMention {
  start: number;
  end: number;
  /** ISO dates; period_start is "" for a point in time ("at the end of May"). */
  period_start: string;
  period_end: string;
  /** "same": "over the same period", which the caller resolves to the period of the figure before. */
  kind: "month" | "span" | "since" | "relative" | "point" | "quarter" | "year" | "same" | "first" | "days" | "ytd" | "months" | "season";
  /** The phrase is set off by commas before the clause it dates: "A year earlier, in August 2024, Russia captured 477 sq km". */
  opensClause?: boolean;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
/** A month opening a date: the month a bare day ("from December 14 to 20") belongs to. */
const LEADING_MONTH = new RegExp(`^${MONTH_RE}`);
/** A month's name anywhere in a date phrase. */
const MONTH_WORD = new RegExp(MONTH_RE);
// A date: "May 31, 2025", "31 May 2025", "May 2025", "May"; day first in figures, as Ukrainian and Russian bodies
// write it ("from 24.02.22 to 05.11.25").
const NUMERIC_DATE_RE = "\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?![\\d.]\\d)";
const DATE_RE = `(?:${NUMERIC_DATE_RE}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+\\d{4})?|${MONTH_RE}(?:\\s+\\d{4})?|\\d{4})`;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 3 };

/** A test that a slice holds at least one of `parts`: what a pattern cannot match without. */
// One scan of the slice for all the literals (an alternation of plain strings), not one includes() per literal.
// Patterns that need the same literals share one test (its index in NEEDS), run at most once per slice: nine patterns
// need "ince".
const NEEDS: RegExp[] = [];
const needIndex = new Map<string, number>();
const words = (...parts: string[]): number => {
  const source = [...parts].sort().map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  let index = needIndex.get(source);
  if (index === undefined) {
    index = NEEDS.length;
    NEEDS.push(new RegExp(source));
    needIndex.set(source, index);
  }
  return index;
};

/** The day the full-scale invasion began, as it is written after "since the invasion (began)": "on Feb. 24, 2022", "in
 * February last year". Optional: the phrase before it already names the invasion. */
const INVASION_DAY = String.raw`(?:\s+(?:in|on)\s+(?:(?:February|Feb\.?)\s+24(?:th)?,?\s+2022|24\s+(?:February|Feb\.?),?\s+2022|February\s+2022|February\s+(?:of\s+)?last\s+year|2022))?`;
/**
 * "since", not after a superlative: "the largest attack since ..." dates a record, not a figure's period. The look-behind
 * follows the literal "since", so it is tried only where "since" stands, not at every position.
 */
const SUPERLATIVE = String.raw`(?:first|largest|biggest|most|highest|worst|deadliest|heaviest|greatest|lowest|fastest|slowest)`;
const SINCE_NOT_AFTER_SUPERLATIVE = String.raw`\b[Ss]ince(?<!\b${SUPERLATIVE}\s+(?:[\w'’-]+\s+){0,9}[Ss]ince)`;
/** What a month does as a clause's subject: "(June) saw", "(April) was the deadliest month". */
const MONTH_SUBJECT_VERB = String.raw`saw|brought|proved|was\s+the\s+(?:deadliest|worst|bloodiest|busiest|heaviest|most)`;
/** Right after a month: it is the clause's subject ("said that April was the deadliest month, with 209 killed"). */
export const MONTH_AS_SUBJECT_AFTER = new RegExp(String.raw`^\s+(?:${MONTH_SUBJECT_VERB})\b`);
// `need` is a necessary condition of its pattern (a literal every match holds, in the pattern's case):
// most sentences fail it, and a failed substring search is far cheaper than the regex's look-behinds.
const PATTERNS: { kind: PeriodMention["kind"]; need: number; re: RegExp }[] = [
  { kind: "same", need: words("same", "week", "month", "period", "that time"), re: /\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or)\s+the\s+same\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)\s+(?=months|weeks|days))?(?:period|time|timeframe|month|months|weeks?|days|year)\b|\b(?:[Oo]ver|[Dd]uring)\s+the\s+(?:week|month|period)\b|\b(?:[Oo]ver|[Dd]uring|[Ii]n)\s+that\s+(?:period|time)\b|\bthat\s+(?:month|week)\b(?<!\b(?:said|says|reported|announced|added|noted|told\s+\w+)\s+that\s+(?:month|week))(?!\s+(?:alone|earlier|later|before|after)\b)/g },
  // "in the first six months of 2025", "in the first half of the year".
  // "in the second half of 2024": July to December.
  { kind: "first", need: words("first", "second half"), re: /\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or|[Tt]hroughout)\s+the\s+(?:first\s+(?:(half)|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)|(second)\s+half)\s+of\s+(?:(\d{4})|(?:the|this)\s+year)\b/g },
  // "between late November and early December": from the first month's first day to the second's last.
  { kind: "span", need: words("etween", "rom"), re: new RegExp(`\\b(?:[Bb]etween|[Ff]rom)\\s+(?:early|mid|late)[-\\s]+(${MONTH_RE}(?:\\s+\\d{4})?)\\s+(?:and|to|until|through)\\s+(?:early|mid|late)[-\\s]+(${MONTH_RE}(?:\\s+\\d{4})?)\\b`, "g") },
  // A Ukrainian bulletin's days and months with no year: "from 24.02 to 12.10".
  { kind: "span", need: words("rom"), re: /\b[Ff]rom\s+((?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))\s*(?:to|until|till|through|[-–])\s*((?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))\b/g },
  // The UN's monitoring updates: "From 4 a.m. on 24 February 2022, when the Russian Federation's armed attack against Ukraine
  // started, to 24:00 midnight on 19 June 2022": clock times before the days, and an aside after the first.
  { kind: "span", need: words("rom"), re: new RegExp(`\\b[Ff]rom\\s+(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|hours|hrs)?\\s+on\\s+)?(${DATE_RE}),\\s+(?:when|as)\\s[^,;.]{1,120},\\s+(?:to|until|till|through)\\s+(?:(?:\\d{1,2}:\\d\\d|midnight|noon)(?:\\s+(?:midnight|hours|hrs))?\\s+on\\s+)?(${DATE_RE})`, "g") },
  { kind: "span", need: words("rom", "etween", " and "), re: new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+(${DATE_RE}|\\d{1,2}(?:st|nd|rd|th)?(?=\\s+(?:to|until|till|through|and|[-\u2013])\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}))(?:,(?=\\s+(?:to|until|till|through)\\s))?\\s+(?:to|until|till|through|and|[-\u2013])\\s*(?:the\\s+end\\s+of\\s+(?=${MONTH_RE}))?(${DATE_RE}|\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:[,.]\\d|%|per)))`, "g") },
  // "in 2024 and 2025", "during 2023 and 2024": both years.
  { kind: "span", need: words(" and "), re: /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|[Ff]or)\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)/g },
  // "so far this year", "this year so far": from the first of the year, the end not stated.
  { kind: "since", need: words("so far", "So far"), re: /\b(?:[Ss]o\s+far\s+(?=this\s)|(?=this\s+year\s+so\s+far\b))this\s+(year)\b(?:\s+so\s+far\b)?/g },
  // "so far in 2025", "in 2025 so far": from that year's first day, the end not stated.
  { kind: "since", need: words("so far"), re: /\bso\s+far\s+in\s+()((?:19|20)\d\d)\b|\b[Ii]n\s+()((?:19|20)\d\d)\s+so\s+far\b/g },
  // "since the start of its counter-offensive on June 4", "since the launch of the Kursk incursion in August 2024".
  { kind: "since", need: words("ince"), re: new RegExp(`\\b[Ss]ince\\s+the\\s+(?:start|beginning|launch)\\s+of\\s+(?:(?:its|the|their|[A-Z][\\w]+['’]s)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:counter-?offensive|offensive|incursion|operation|campaign|assault|hostilities|fighting)\\s+(?:in\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+(?:area|region|direction|oblast))?\\s+)?(?:on|in)\\s+(?:(?:early|late|mid)[-\\s]+)?()(${DATE_RE})`, "g") },
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:the\\s+(?:beginning|start)\\s+of\\s+(?:(?:the|this)\\s+(year)|(${DATE_RE}))|the\\s+(?:(?:start|beginning)\\s+of\\s+(?:the|its|Russia['’]s|Moscow['’]s|Putin['’]s)\\s+)?["“]?(full-scale\\s+(?:invasion|war)|invasion|(?:special\\s+)?military\\s+operation|(?<=(?:start|beginning)\\s+of\\s+the\\s+)war)${INVASION_DAY}|(?:(?:early|late|mid-?)\\s*(?=${MONTH_RE}))?(${DATE_RE})|((?:Russia|Moscow|Putin|the\\s+Kremlin|Russian\\s+(?:forces|troops))\\s+(?:(?:launched|began|started)\\s+(?:its|the|his|a)\\s+(?:full-scale\\s+)?(?:invasion|war)(?:\\s+(?:of|against|on)\\s+Ukraine)?|invaded(?:\\s+Ukraine)?)|(?:launching|starting|beginning)\\s+(?:its|the|a|their|his)\\s+(?:full-scale\\s+)?(?:invasion|war)(?:\\s+(?:of|against|on)\\s+Ukraine)?|(?:the|Russia['’]s|Moscow['’]s)\\s+(?:full-scale\\s+)?(?:invasion|war)(?:\\s+(?:of|in|against)\\s+Ukraine)?\\s+(?:began|started))${INVASION_DAY})`, "g") },
  // "since Russia's full-scale invasion", "since Moscow's invasion of Ukraine in February 2022": the invasion's day.
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:Russia['’]s|Moscow['’]s|Putin['’]s)\\s+()()((?:full-scale|large-scale|all-out)\\s+(?:invasion|war)|invasion)(?:\\s+(?:of|on|against)\\s+Ukraine)?${INVASION_DAY}\\b`, "g") },
  // "since the start of what Moscow calls its 'special military operation'": the invasion's day, in the Kremlin's words.
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:the\\s+(?:start|beginning|launch)\\s+of\\s+)?what\\s+(?:Moscow|Russia|the\\s+Kremlin|Putin|Russian\\s+officials)\\s+(?:calls|called|terms|termed|dubs|dubbed)\\s+(?:its|a|the)\\s+["“'‘]?()()(special\\s+military\\s+operation)\\b`, "g") },
  // "since last year", "since the start of last month", "since they were deployed to Kursk last year": from that year's or
  // month's first day, the end not stated.
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:[\\w'’-]+\\s+){0,7}?last\\s+()()()()()(year|month)\\b`, "g") },
  // "said on Friday … had destroyed 788 drones since Tuesday": a running tally from the last such day before publication.
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:last\\s+)?()()()()()()()()()(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`, "g") },
  // "since the start of the month": the month of publication, from its first day.
  // "so far this month": the same start, the end not stated (as "so far this year").
  { kind: "since", need: words("of the month", "of this month", "so far this month"), re: /\b(?:[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)|[Ss]o\s+far\s+this)\s+()()()()()()()()(month)\b/g },
  // "since the autumn of 2024", "since summer 2023": the season's first day (a season needs its year here: "since last
  // autumn" in November may mean the autumn just gone or the one before).
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:the\\s+)?(?:early\\s+|(late)\\s+)?()()()()()(spring|summer|autumn|fall)\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b`, "g") },
  // "since they were deployed in October 2024", "since the offensive began in August": a since-clause's date starts it.
  { kind: "since", need: words("ince"), re: new RegExp(`${SINCE_NOT_AFTER_SUPERLATIVE}\\s+(?:[\\w'’-]+\\s+){1,7}?(?:in|on)\\s+()(${DATE_RE})\\b(?!\\s*\\d)`, "g") },
  { kind: "point", need: words("end", "of"), re: new RegExp(`\\b(?:[Aa]t|[Bb]y|[Aa]s\\s+of)\\s+the\\s+end\\s+of\\s+(${MONTH_RE}(?:\\s+\\d{4})?|\\d{4})(?!\\s*\\d)|\\b[Aa]s\\s+of\\s+(?:the\\s+(?:morning|evening|afternoon|night)\\s+of\\s+)?(${DATE_RE})`, "g") },
  // "in 2024", "throughout 2023", "the whole of 2024": a calendar year; not the year an event happened ("since the war began in 2022",
  // "the areas it seized in 2014").
  { kind: "year", need: words("20", "19"), re: /(?<!\b(?:began|begun|started|erupted|invaded|launched|annexed|seized|occupied|so\s+far|born|founded|built|established)\s+)\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ff]or|[Oo]ver|[Tt]he\s+whole\s+of|[Aa]ll\s+of)(?:\s+the\s+course\s+of)?\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)(?!\s+so\s+far\b)/g },
  // "said 2024 had been the costliest year for Moscow's forces, with an estimated 430,000 killed": a year as the subject.
  // (The only pattern whose whole match is a bare year: periodsIn marks it as dating its sentence.)
  { kind: "year", need: words("20", "19"), re: /\b((?:19|20)\d\d)(?=\s+(?:had\s+been|has\s+been|was|saw|brought|proved)\s+(?:the|a|an|its|another)\s+(?:[\w-]+\s+){0,2}(?:year|one)\b)/g },
  // "over the year", "during the year": the year of the figures before (resolved by the caller).
  { kind: "same", need: words("year"), re: /\b(?:[Oo]ver|[Dd]uring|[Tt]hroughout)\s+the\s+(year)\b/g },
  { kind: "relative", need: words("ast", "previous"), re: /\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ff]or|[Ww]ithin)\s+the\s+(?:past|last|previous)\s+(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+)?(days?|weeks?|months?|years?)\b/g },
  // "Last month Russian troops seized ...": capitalised at the start of a sentence too.
  // Not the date of an event: "since the full-scale invasion began in February last year".
  // Not the year of a month: "in November last year" is that month (kind "month").
  { kind: "relative", need: words("ast", "his"), re: /(?<!\b(?:began|begun|started|erupted|invaded|annexed|seized|occupied)\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+(?:of\s+)?)?)(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)\b([Ll]ast|[Tt]his|[Pp]ast)\s+(week|month|year)\b/g },
  // "in the first 10 days of November", "in the first two weeks of January", "during the first week of May": that month's
  // first days.
  { kind: "days", need: words("days of", "week"), re: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or)\\s+the\\s+(?:first|(last|final))\\s+(?:(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+)?(days|weeks?)\\s+of\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, "g") },
  // "June saw Russia gain ...", "October 2025 brought ...": a month opening a sentence (or a reported clause: "said that April
  // was the deadliest month") as its subject.
  { kind: "month", need: words("saw", "brought", "proved", "was the"), re: new RegExp(`(?:(?<![\\w,]\\s*)(?<![\\w,])|(?<=\\b(?:said|says|noted|reported|added)\\s+(?:that\\s+)?))\\b(${MONTH_RE})(?:\\s+(\\d{4}))?()(?=\\s+(${MONTH_SUBJECT_VERB}))\\b`, "g") },
  // "from the start of the year through the end of October": January 1 to that month's end.
  { kind: "ytd", need: words("of the year"), re: new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+the\\s+(?:start|beginning)\\s+of\\s+the\\s+year\\s+(?:through|to|until|till|and)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_RE})\\b(?!\\s*\\d)`, "g") },
  // "in late October and early November", "in May and June": both months, the second's year.
  { kind: "months", need: words(" and "), re: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\\s+(?:(?:early|mid|late)[-\\s]+)?(${MONTH_RE})\\s+and\\s+(?:(?:early|mid|late)[-\\s]+)?(${MONTH_RE})(?:\\s+(\\d{4}))?\\b(?!\\s*\\d{1,2}\\b)`, "g") },
  // "over the summer", "in the spring of 2024": a season (not winter, which spans two years; not inside a "since" clause).
  // "last fall", "this summer" date an event ("sent 11,000 troops last fall"), as "last week" does: no period.
  { kind: "season", need: words("spring", "summer", "autumn", "fall"), re: /\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout)\s+(?:the\s+)?()(spring|summer|autumn|fall)\b(?<!\b[Ss]ince\b[^,.;]{0,60})(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?(?!\s+(?:of\s+)?(?:offensive|campaign|counteroffensive|counter-offensive)\b)(?!\s+of\s+(?!(?:19|20)\d\d\b))/g },
  { kind: "quarter", need: words("quarter", "Q"), re: /\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+the\s+(first|second|third|fourth|last)\s+quarter(?:\s+of\s+(\d{4}))?|\bQ([1-4])\s+(\d{4})\b/g },
  // A month right after "since" that no "since" pattern took follows a superlative ("the largest attack since February
  // 2022"): it dates a record, not a figure, so this pattern does not take it either, unless a clause tells what happened
  // then ("the deadliest since January 2023, when a missile killed 46 people").
  { kind: "month", need: words("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), re: new RegExp(`(?:(?<!\\b(?:began|begun|started|erupted|invaded|annexed|seized|occupied)\\s+(?=[Ii]n\\s))\\b(?:[Ii]n|[Dd]uring|[Ff]or|[Tt]hroughout|of|[Oo]ver|[Tt]hrough|[Ll]ast)\\s+(?:the\\s+(?:whole|entire|course)\\s+of\\s+)?(?:(?:early|mid|late)[-\\s]+)?|(?<!\\d\\s)(?<!\\d)(?<!\\b(?:began|begun|started|erupted|invaded|annexed|seized|occupied)\\s+(?:in|on)\\s+)\\b)(${MONTH_RE})(?:(?<!\\b[Ss]ince\\s+(?:(?:early|late|mid)[-\\s]*)?[A-Za-z.]+)|(?=(?:\\s+\\d{4})?,\\s+when\\b))(?:\\s+(\\d{4})|\\s+(last|this)\\s+year)?\\b(?!\\.?\\s*\\d{1,2}\\b)`, "g") },
];

// date-fns' format is general and slow; a figure's dates only need the ISO day.
const pad2 = (n: number) => (n < 10 ? "0" + n : String(n));
const iso = (d: Date) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

/** The most recent occurrence of month `m` (0-based) on or before `published`; the year when given. */
function monthStart(m: number, year: number | null, published: Date | null): Date | null {
  if (year !== null) return new Date(year, m, 1);
  if (!published) return null;
  const y = published.getFullYear();
  return m <= published.getMonth() ? new Date(y, m, 1) : new Date(y - 1, m, 1);
}

/**
 * The first day of a date phrase read as a start, as "since" reads it ("August 6", "Aug. 6, 2024", "early June 2023"; the
 * invasion's month is its day), against the publication date; "" when the phrase names no date.
 */
export function startOfPhrase(phrase: string, published: string): string {
  const p = phrase.trim().replace(/^(?:early|late|mid)[-\s]*/i, "");
  if (/^(?:2022|Feb(?:ruary|\.)?\s+2022)$/.test(p)) return "2022-02-24";
  const pub = published ? isoDay(published) ?? parseISO(published) : null;
  const d = resolveDate(p, pub && isValid(pub) ? pub : null);
  return d ? iso(d.first) : "";
}

/** A date phrase → its first and last day ("May 2025" → May 1..31; "May 31" → that day). */
function resolveDate(phrase: string, published: Date | null): { first: Date; last: Date } | null {
  const p = phrase.trim();
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(p);
  if (numeric) {
    const [day, month, yy] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const d = new Date(yy < 100 ? 2000 + yy : yy, month - 1, day);
    // "31.02.22" is no day: the date rolled over into another month.
    return month >= 1 && month <= 12 && d.getDate() === day ? { first: d, last: d } : null;
  }
  const year = /\b(\d{4})\b/.exec(p);
  const y = year ? Number(year[1]) : null;
  if (/^\d{4}$/.test(p)) return { first: new Date(y!, 0, 1), last: new Date(y!, 11, 31) };
  const monthWord = MONTH_WORD.exec(p);
  if (!monthWord) return null;
  const m = monthIndex(monthWord[0]);
  const day = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?(?:\s|,|$)/.exec(p.replace(/\b\d{4}\b/, ""));
  const start = monthStart(m, y, published);
  if (!start) return null;
  if (day) {
    let d = new Date(start.getFullYear(), m, Number(day[1]));
    // A day later than publication without a year belongs to the previous year.
    if (y === null && published && d > published) d = new Date(d.getFullYear() - 1, m, Number(day[1]));
    return { first: d, last: d };
  }
  return { first: start, last: endOfMonth(start) };
}

/** Period phrases in [from, to) of `text`, resolved against `published` (YYYY-MM-DD or ""). */
// Words without which no pattern below can match: most sentences are skipped on this one test.
const TRIGGER = /\b(?:first|week|month|period|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Ss]ince|[Pp]ast|[Ll]ast|previous|[Tt]his|quarter|spring|summer|autumn|fall|same|year|(?:19|20)\d\d|Q[1-4]|\d{1,2}\.\d{1,2}\.\d\d|[Ff]rom\s+\d{1,2}\.\d\d)\b/;
let lastPublished = "";
let lastPubDate: Date | null = null;
/** Publication days already read (a Date at local midnight costs a time-zone look-up): nothing changes a Date here. */
const pubDates = new Map<string, Date | null>();
/** Per call of periodsIn: each NEEDS test's result on its slice, 0 when not run yet, 1 found, 2 not found. */
const needState = new Uint8Array(NEEDS.length);

export function periodsIn(text: string, from: number, to: number, published: string): PeriodMention[] {
  const slice = text.slice(from, to);
  if (!TRIGGER.test(slice)) return [];
  if (published !== lastPublished) {
    let date = pubDates.get(published);
    if (date === undefined) {
      const pub = published ? isoDay(published) ?? parseISO(published) : null;
      date = pub && isValid(pub) ? pub : null;
      if (pubDates.size >= 4096) pubDates.clear();
      pubDates.set(published, date);
    }
    lastPubDate = date;
    lastPublished = published;
  }
  const pubDate = lastPubDate;
  const out: PeriodMention[] = [];
  needState.fill(0);
  for (const { kind, need, re } of PATTERNS) {
    let found = needState[need];
    if (found === 0) needState[need] = found = NEEDS[need].test(slice) ? 1 : 2;
    if (found === 2) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (overlapsAny(out, start, end)) continue;
      const rest = slice.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "compared with July, when Russian troops seized 634 sq km": a bare month is a time when a clause tells what happened
      // then (the caller sets that clause in it). Not after "since": "the largest since early July, when …" dates a record
      // (a "since" pattern takes the others). Nor a clause of saying: "in September 2022, when Shoigu said 5,937 had been
      // killed" dates the statement.
      // After a superlative's "since" no "since" pattern takes the month: "the largest since late August, when Russia fired 598
      // drones" is the time of its "when" clause as well.
      const whenAfter = WHEN_AFTER.test(rest) && (!SINCE_JUST_BEFORE.test(slice.slice(Math.max(0, m.index - 20), m.index)) || SUPERLATIVE_SINCE_BEFORE.test(slice.slice(Math.max(0, m.index - 120), m.index))) &&
        !SAID_IN_CLAUSE.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 100));
      // "nearly twice July's 301 sq km", "put Russia's October gains at 430 sq km", "the July figure": a bare month as a
      // figure's modifier is its period too.
      const modifies = kind === "month" && MONTH_MODIFIER_AFTER.test(rest);
      const resolved = kind === "since" && m[9] ? sinceStartOfMonth(slice.slice(0, m.index), pubDate) : resolve(kind, m, pubDate, whenAfter || modifies);
      if (resolved) {
        // Not a "since" phrase: "since September 2022, when Shoigu said 5,937 had been killed" dates the statement.
        // A year as the subject ("2024 had been the costliest year, with 430,000 killed") dates its sentence the same way.
        const opensClause = (kind !== "since" && !whenAfter && SET_OFF_AFTER.test(rest) && SET_OFF_BEFORE.test(slice.slice(Math.max(0, m.index - 24), m.index))) ||
          (kind === "year" && /^\d{4}$/.test(m[0]));
        out.push(opensClause ? { start, end, kind, ...resolved, opensClause } : { start, end, kind, ...resolved });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** After a time: a clause of what happened then ("July, when …"). */
const WHEN_AFTER = /^\s*,\s+when\b/;
const MONTH_MODIFIER_AFTER = /^['’]s\s+(?:[\d$]|(?:record|total|figure|gains?|losses|toll|tally|advance)\b)|^\s+(?:gains?|losses|toll|figure|tally|total|advance)\s+(?:at|of|was|were|is|stood|came|reached)\b/;
const SAID_IN_CLAUSE = /^[^.;\d]*?\b(?:said|says|announced|reported|claimed|stated|told|admitted|acknowledged|estimated|wrote)\b/;
/** A superlative's "since" right before a time: "the largest attack since (late) …". */
const SUPERLATIVE_SINCE_BEFORE = new RegExp(String.raw`\b${SUPERLATIVE}\s+(?:[\w'’-]+\s+){0,9}[Ss]ince\s+(?:(?:early|late|mid)[-\s]*)?$`);
const SINCE_JUST_BEFORE = /\b[Ss]ince\s+(?:(?:early|late|mid)[-\s]*)?$/;
/**
 * Before a time set off by commas: a comma ending the phrase before it ("A year earlier, in August 2024, Russia captured"),
 * or the slice's start; not a verb of saying ("had earlier estimated, in February, that" dates the estimate).
 */
const SET_OFF_BEFORE = /(?:^|(?<!\b(?:said|says|estimated|estimates|reported|reports|announced|claimed|stated|told|wrote|added|noted|insisted)\s*),)\s*$/;
const SET_OFF_AFTER = /^\s*,\s+(?!that\b)/;
/** A day named before "since the start of the month" ("said on August 10 that …"): the month is that day's. */
const DAY_BEFORE = new RegExp(`\\b(?:${MONTH_RE})\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:${MONTH_RE})\\b`, "g");
function sinceStartOfMonth(before: string, pub: Date | null): { period_start: string; period_end: string } | null {
  const day = [...before.matchAll(DAY_BEFORE)].at(-1);
  const date = day ? resolveDate(day[0], pub)?.first ?? null : pub;
  return date ? { period_start: iso(startOfMonth(date)), period_end: "" } : null;
}

/** `timeOfClause`: the phrase opens a clause of what happened then ("July, when …"), so a bare month is a time. */
function resolve(kind: PeriodMention["kind"], m: RegExpExecArray, pub: Date | null, timeOfClause = false): { period_start: string; period_end: string } | null {
  switch (kind) {
    case "same":
      // "over the year" marks itself with "year" in its start: the caller takes the year of the period before.
      return { period_start: m[1] === "year" ? "year" : "", period_end: "" };
    case "year":
      return { period_start: `${m[1]}-01-01`, period_end: `${m[1]}-12-31` };
    case "span": {
      // "24.02" → "24 february": the day-and-month form read as words.
      for (const k of [1, 2]) {
        const dm = /^(\d{1,2})\.(\d{2})$/.exec(m[k]?.trim() ?? "");
        // The General Staff's running total starts "from 24.02": the day of the invasion, 2022.
        if (dm) m[k] = k === 1 && dm[1] === "24" && dm[2] === "02" ? "24 February 2022" : `${Number(dm[1])} ${MONTHS[Number(dm[2]) - 1].replace(/^./, (c) => c.toUpperCase())}`;
      }
      // "from December 14 to 20": a bare day ends the span in the first date's month (and year).
      const bareDay = /^\d{1,2}(?:st|nd|rd|th)?$/.exec(m[2].trim());
      const firstMonth = bareDay ? LEADING_MONTH.exec(m[1].trim())?.[0] : undefined;
      if (bareDay && !firstMonth) return null;
      // "from 1 to 15 May": a bare first day is in the second date's month (and year).
      const bareFirst = /^\d{1,2}(?:st|nd|rd|th)?$/.exec(m[1].trim());
      if (bareFirst) {
        const month = MONTH_WORD.exec(m[2])?.[0];
        const year = /\d{4}/.exec(m[2])?.[0];
        const a = month ? resolveDate(`${m[1].trim()} ${month}${year ? ` ${year}` : ""}`, pub) : null;
        const b = resolveDate(m[2], pub);
        return a && b && a.first <= b.last ? { period_start: iso(a.first), period_end: iso(b.last) } : null;
      }
      const firstYear = /\d{4}/.exec(m[1])?.[0];
      let b = resolveDate(bareDay ? `${firstMonth} ${m[2].trim()}${firstYear ? `, ${firstYear}` : ""}` : m[2], pub);
      // "Between September and November 2022": the first date takes the second's year.
      const yearOfSecond = /\b(\d{4})\b/.exec(m[2]);
      let a = !/\d{4}/.test(m[1]) && yearOfSecond && !/^\d{4}$/.test(m[1].trim()) ? resolveDate(`${m[1]} ${yearOfSecond[1]}`, pub) : resolveDate(m[1], pub);
      if (!a || !b) return null;
      // "from June 2024 to May 2025"; "From July 1 to July 30" keeps the stated days.
      // A span with no year at all ends on or before publication: "between January and December" (published in
      // February) and "from June to May" start in the year before their end, not end in the year after.
      if (b.last < a.first && !/\d{4}/.test(m[1]) && !/\d{4}/.test(m[2])) a = { first: subYears(a.first, 1), last: subYears(a.last, 1) };
      else if (b.last < a.first && !/\d{4}/.test(m[2])) b = { first: subYears(b.first, -1), last: subYears(b.last, -1) };
      return { period_start: iso(a.first), period_end: iso(b.last) };
    }
    case "since": {
      let first: Date | null = null;
      const date = (m[2] ?? m[4] ?? "").trim();
      // A season's first month; "since late summer 2024" its last month.
      if (m[10]) first = pub ? subDays(pub, ((pub.getDay() - WEEKDAYS.indexOf(m[10]) + 6) % 7) + 1) : null;
      else if (m[7]) first = new Date(Number(m[8]), { spring: 2, summer: 5, autumn: 8, fall: 8 }[m[7] as "spring"]! + (m[1] ? 2 : 0), 1);
      else if (m[6]) first = !pub ? null : m[6] === "year" ? new Date(pub.getFullYear() - 1, 0, 1) : subMonths(startOfMonth(pub), 1);
      // The full-scale invasion began on a fixed day: "since 2022" and "since February 2022" name it, not the month.
      else if (m[3] || m[5] || /^(?:2022|Feb(?:ruary|\.)?\s+2022)$/.test(date)) first = new Date(2022, 1, 24);
      else if (m[1]) first = pub ? new Date(pub.getFullYear(), 0, 1) : null;
      else {
        const d = resolveDate(date, pub);
        first = d ? d.first : null;
      }
      // The text names the start only; the end ("so far") is not stated, so it is not invented from the
      // publication date (SCHEMA.md: periods are filled where the text names "a 'since' start").
      return first ? { period_start: iso(first), period_end: "" } : null;
    }
    case "point": {
      const d = resolveDate(m[1] ?? m[2], pub);
      return d ? { period_start: "", period_end: iso(d.last) } : null;
    }
    case "relative": {
      if (!pub) return null;
      // A window of a day or a week ("over the past day", "in the past week") is the reporting window of a
      // daily or weekly tally, not a period the figure is about: left empty, like a single-day incident.
      if (/^(?:days?|weeks?)$/.test(m[2])) return null;
      const which = m[1]?.toLowerCase();
      if (which === "last" || which === "this" || which === "past") {
        const unit = m[2];
        if (which === "this") {
          // "shot down 31,600 drones this year": a year or month still under way, counted from its first day; its end is not
          // stated (as "so far this year").
          if (unit === "year") return { period_start: `${pub.getFullYear()}-01-01`, period_end: "" };
          if (unit === "month") return { period_start: iso(startOfMonth(pub)), period_end: "" };
          return { period_start: iso(subDays(pub, 6)), period_end: iso(pub) };
        }
        if (which === "last" && unit === "month") {
          const prev = subMonths(startOfMonth(pub), 1);
          return { period_start: iso(prev), period_end: iso(endOfMonth(prev)) };
        }
        if (which === "last" && unit === "year") return { period_start: `${pub.getFullYear() - 1}-01-01`, period_end: `${pub.getFullYear() - 1}-12-31` };
        return { period_start: iso(back(pub, 1, unit)), period_end: iso(pub) };
      }
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()] ?? 1) : 1;
      return { period_start: iso(back(pub, n, m[2])), period_end: iso(pub) };
    }
    case "first": {
      const y = m[4] ? Number(m[4]) : pub ? pub.getFullYear() : null;
      if (y !== null && m[3]) return { period_start: `${y}-07-01`, period_end: `${y}-12-31` };
      const months = m[1] ? 6 : /^\d+$/.test(m[2]) ? Number(m[2]) : NUMBER_WORDS[m[2].toLowerCase()];
      if (y === null || !months || months > 12) return null;
      return { period_start: `${y}-01-01`, period_end: iso(endOfMonth(new Date(y, months - 1, 1))) };
    }
    case "days": {
      // "the first week of May" is seven days; "the first two weeks", fourteen; "the last week of October", its last seven.
      const count = m[2] === undefined ? 1 : /^\d+$/.test(m[2]) ? Number(m[2]) : NUMBER_WORDS[m[2].toLowerCase()];
      const n = m[2] === undefined && m[3] === "days" ? 0 : m[3].startsWith("week") ? 7 * count : count;
      const start = monthStart(monthIndex(m[4]), m[5] ? Number(m[5]) : null, pub);
      if (!start || !n || n > 27) return null;
      if (m[1]) return { period_start: iso(addDays(endOfMonth(start), 1 - n)), period_end: iso(endOfMonth(start)) };
      return { period_start: iso(start), period_end: iso(addDays(start, n - 1)) };
    }
    case "ytd": {
      const end = monthStart(monthIndex(m[1]), null, pub);
      return end ? { period_start: `${end.getFullYear()}-01-01`, period_end: iso(endOfMonth(end)) } : null;
    }
    case "months": {
      const second = monthStart(monthIndex(m[2]), m[3] ? Number(m[3]) : null, pub);
      if (!second) return null;
      const a = monthIndex(m[1]);
      const first = new Date(a <= second.getMonth() ? second.getFullYear() : second.getFullYear() - 1, a, 1);
      return { period_start: iso(first), period_end: iso(endOfMonth(second)) };
    }
    case "season": {
      const first = { spring: 2, summer: 5, autumn: 8, fall: 8 }[m[2] as "spring"]!;
      let y = m[3] ? Number(m[3]) : pub ? pub.getFullYear() : null;
      if (y === null) return null;
      // The season that has begun by publication ("over the summer" in November).
      if (!m[3] && pub && pub.getMonth() < first) y -= 1;
      // A season still under way at publication ends there, as "this year" does.
      const end = endOfMonth(new Date(y, first + 2, 1));
      return { period_start: iso(new Date(y, first, 1)), period_end: iso(pub && !m[3] && end > pub ? pub : end) };
    }
    case "quarter": {
      const q = m[1] ? ["first", "second", "third", "fourth"].indexOf(m[1].toLowerCase()) : Number(m[3]) - 1;
      const year = m[2] ?? m[4];
      let y = year ? Number(year) : pub ? pub.getFullYear() : null;
      if (y === null) return null;
      let qi = q;
      if (qi < 0) qi = pub ? Math.floor(pub.getMonth() / 3) - 1 : 3; // "the last quarter"
      if (qi < 0) {
        qi = 3;
        y -= 1;
      }
      let first = startOfQuarter(new Date(y, qi * 3, 1));
      if (!year && pub && first > pub) first = subYears(first, 1);
      return { period_start: iso(first), period_end: iso(endOfQuarter(first)) };
    }
    case "month": {
      const mi = monthIndex(m[1]);
      // "in November last year", "in March this year": the year counted from publication.
      const year = m[2] ? Number(m[2]) : m[3] && pub ? pub.getFullYear() - (m[3] === "last" ? 1 : 0) : null;
      let start = monthStart(mi, year, pub);
      if (!start) return null;
      // A bare month name with no preposition and no year is too weak a signal ("May" is also a verb).
      // "compared with July, when …" is a time all the same.
      if (year === null && !m[4] && !timeOfClause && !/^\s*(?:in|during|for|throughout|of|over|through|last)\s/i.test(m[0])) return null;
      // "last July", published in July: the July a year before.
      if (year === null && pub && /^\s*last\s/i.test(m[0]) && start.getMonth() === pub.getMonth() && start.getFullYear() === pub.getFullYear()) start = subYears(start, 1);
      return { period_start: iso(start), period_end: iso(endOfMonth(start)) };
    }
    default:
      return null;
  }
}

/** The day a span of `n` units ending on `pub` starts ("the past 12 months" → a year and a day later). */
function back(pub: Date, n: number, unit: string): Date {
  const u = unit.replace(/s$/, "");
  if (u === "day") return subDays(pub, n);
  if (u === "week") return subDays(pub, 7 * n);
  if (u === "month") return addDays(subMonths(pub, n), 1);
  return addDays(subYears(pub, n), 1);
}

const MONTHS_COUNTED = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+months\\b";
const SAME_MONTHS = new RegExp(`\\bsame\\s+${MONTHS_COUNTED}`, "i");
const PREVIOUS_MONTHS = new RegExp(`\\b(?:previous|preceding|prior)\\s+${MONTHS_COUNTED}`, "i");

/** How many months "the same three months" runs (0 for any other "same" phrase). */
export function sameMonths(phrase: string): number {
  return monthsCounted(SAME_MONTHS, phrase);
}

/** "in the previous three months", "the preceding two months": how many months before the figure before; 0 if none. */
export function previousMonths(phrase: string): number {
  return monthsCounted(PREVIOUS_MONTHS, phrase);
}

/** The number of months (1 to 12) a pattern of MONTHS_COUNTED finds in `phrase`; 0 if none. */
function monthsCounted(re: RegExp, phrase: string): number {
  const m = re.exec(phrase);
  const n = m ? (/^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]) : 0;
  return n >= 1 && n <= 12 ? n : 0;
}

/**
 * The period of a figure among its sentence's period phrases: the first phrase after the figure and
 * before the next figure ("507 km² in May, 379 km² in April"), else the nearest phrase before it
 * ("In May 2025, ... nearly 400 km²"). Span and since phrases cover the whole sentence.
 */
export function periodForFigure(
  mentions: PeriodMention[],
  figure: { start: number; end: number },
  nextFigureStart: number,
  clause: { start: number; end: number },
  sentenceStart: number,
): PeriodMention | null {
  if (!mentions.length) return null;
  // After the figure: in its own clause (a clause may end right where the phrase starts: "... since February 2022").
  const after = mentions.find((m) => m.start >= figure.end && m.start < nextFigureStart && m.start <= clause.end);
  if (after) return after;
  // Before it: in its clause, or opening the sentence ("In May 2025, ...", "From June 2024 to May 2025 Russia gained").
  let before: PeriodMention | null = null;
  for (const m of mentions) if (m.end <= figure.start && (m.start >= clause.start || m.start - sentenceStart <= 1)) before = m;
  if (before) return before;
  // "In total, between March 15 and March 21, Russian troops liberated six settlements": a dated span earlier in the
  // sentence, with no other period between it and the figure, covers it.
  const lastBefore = mentions.filter((m) => m.end <= figure.start && m.start >= sentenceStart).pop();
  if (lastBefore?.kind === "span" || lastBefore?.opensClause) return lastBefore;
  // "232 civilians were killed and 1,343 injured in June": a period closing the clause covers each figure in it.
  return mentions.find((m) => m.start >= figure.end && m.start <= clause.end) ?? null;
}

/** A "YYYY-MM-DD" day at local midnight, as parseISO gives it; null for any other string (parseISO decides those). */
function isoDay(s: string): Date | null {
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || y < 100) return null;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** Whether [start, end) overlaps a phrase already found. */
function overlapsAny(found: PeriodMention[], start: number, end: number): boolean {
  for (const o of found) if (start < o.end && o.start < end) return true;
  return false;
}
