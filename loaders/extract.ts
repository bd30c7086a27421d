// Figures of one article: sentences → numbers → qualifiers → metrics → subject side → claimant →
// period. One pass over the text finds number candidates; the sentence work runs only around them.

import type { Article, ClaimantSide, FigureRow, Metric, SubjectSide, Tables, Unit } from "./types.js";
import { figureId } from "./figureId.js";
import { lineAt, splitLine, type Span } from "./sentences.js";
import { createNumberScanner, type NumberMention } from "./numbers.js";
import { createQualifierReader } from "./qualifiers.js";
import { chooseMetric, clauseAround, createMetricMatcher, nounSubject, segmentAround, type NounResult } from "./metrics.js";
import { opposite, subjectSide, VICTIM_METRICS } from "./sides.js";
import { colonIntroduction, createAttributor, type Attribution } from "./attribution.js";
import { periodForFigure, periodsIn } from "./periods.js";

export type ExtractorTables = Pick<Tables, "claimants" | "metrics" | "qualifiers">;

const FIGURE_UNITS: ReadonlySet<string> = new Set<Unit>(["count", "percent", "km2", "GBP", "USD", "EUR"]);
/** Words that make a number a part of the total before it ("including 40 near Moscow"). */
const PART_OF = /\b(?:including|of\s+which|of\s+them|among\s+them|among\s+which|of\s+whom)\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|over|at\s+least|more\s+than|up\s+to|an\s+estimated)\s+)?$/i;
/** How far back a figure's side or an attack's direction is remembered (characters). */
const MEMORY = 1500;
const RELATED_LINK = /^\s*(?:Read\s+(?:also|more|next)|See\s+also|Related|Recommended|More\s+on\s+this|Map|Watch|Video|Photos?|Gallery|Listen)\s*[:|\-–—]/i;
/** Clause breaks for periods: brackets do not cut "502 km² (194 sq mi) of territory in July"; "since" opens a period, not a clause. */
const PERIOD_CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:\u2013\u2014]|\s-\s|\b(?:when|while|whereas|although|though|because|after|before|which|who|where|but|as|if|until|unless|whom|whose)\b/gi;
const BACK_SENTENCES = 6;

interface SentenceFigure {
  metric: Metric;
  subject: SubjectSide;
  start: number;
  end: number;
  unit: string;
  period: { start: string; end: string };
}

/** An extractor with every table pattern compiled once. */
export function createExtractor(tables: ExtractorTables): (article: Article) => FigureRow[] {
  const scan = createNumberScanner(tables.qualifiers.filter((q) => q.kind === "vague"));
  const qualifiers = createQualifierReader(tables.qualifiers);
  const metrics = createMetricMatcher(tables.metrics);
  const attributor = createAttributor(tables.claimants);

  return function extract(article: Article): FigureRow[] {
    const text = article.text;
    const rows: FigureRow[] = [];
    const mentions = scan(text).filter((m) => m.exclusion === null && FIGURE_UNITS.has(m.unit));
    const occurrences = new Map<string, number>();
    const recent = new Map<Metric, { side: SubjectSide; at: number }>();
    let attacker: { side: SubjectSide; at: number } | null = null;
    let lastPeriod: { start: string; end: string } | null = null;

    let i = 0;
    while (i < mentions.length) {
      const line = lineAt(text, mentions[i].start);
      const onLine: NumberMention[] = [];
      while (i < mentions.length && mentions[i].start < line.end) onLine.push(mentions[i++]);
      // "Read also: Russia launches 900 drones ...": a link to another article, not this one's figures.
      if (RELATED_LINK.test(text.slice(line.start, Math.min(line.end, line.start + 24)))) continue;
      const sentences = splitLine(text, line.start, line.end);
      let introduction: Attribution | null | undefined;

      let cursor = 0;
      for (let si = 0; si < sentences.length; si++) {
        const sentence = sentences[si];
        // Mentions and sentences are both in order: walk them together (linear on one-line texts).
        while (cursor < onLine.length && onLine[cursor].start < sentence.start) cursor++;
        let inSentence: NumberMention[] = [];
        for (let c = cursor; c < onLine.length && onLine[c].start < sentence.end; c++) if (onLine[c].end <= sentence.end) inSentence.push(onLine[c]);
        if (!inSentence.length) continue;
        const cues = metrics.verbCues(text, sentence.start, sentence.end);
        if (!cues.length) continue;
        const periods = periodsIn(text, sentence.start, sentence.end, article.published);
        // "over the past 12 months": a number inside a period phrase counts time, not losses.
        inSentence = inSentence.filter((m) => !periods.some((p) => m.start >= p.start && m.end <= p.end));
        let previousCache: Span[] | null = null;
        const previous = () =>
          (previousCache ??= si >= BACK_SENTENCES
            ? sentences.slice(si - BACK_SENTENCES, si)
            : [...previousSentences(text, line.start, BACK_SENTENCES - si), ...sentences.slice(0, si)]);
        // The two sentences before: the attack or place they describe (read only when a side needs it).
        const context = { start: Math.max(line.start > 0 ? text.lastIndexOf("\n", line.start - 2) + 1 : 0, sentence.start - 600), end: sentence.start };
        const figures: SentenceFigure[] = [];
        const spans = inSentence.map((m) => ({ start: m.start, end: m.end }));

        for (let k = 0; k < inSentence.length; k++) {
          const mention = inSentence[k];
          const noun: NounResult = metrics.nounAfter(text, mention.after, sentence.end);
          const candidates = metrics.candidates(mention.unit, noun);
          const clause = clauseAround(text, sentence.start, sentence.end, mention.start);
          const segment = segmentAround(text, clause, mention.start);
          const others = spans.filter((_, j) => j !== k);
          const standsAlone = noun.kind === "none" || mention.unit === "km2" || mention.unit === "GBP" || mention.unit === "USD" || mention.unit === "EUR";
          const prev = figures[figures.length - 1];
          // A vague word with nothing counted after it is a pronoun ("several called for ..."), not an amount.
          if (mention.kind === "vague" && noun.kind !== "noun") continue;
          let choice = chooseMetric(candidates, cues, mention, segment, clause, sentence, others, standsAlone, prev?.metric ?? null, noun.kind === "noun" ? noun.end : mention.end);
          const isPart = PART_OF.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start));
          // A part inside a total ("including 40 near Moscow") or a parallel item ("379 km² in April")
          // counts what the figure before it counts.
          let inherited = false;
          const ownClauseCue = choice?.cue != null && choice.cue.start >= clause.start && choice.cue.end <= clause.end;
          if (prev && ((isPart && !ownClauseCue) || !choice) && noun.kind !== "foreign" && (mention.unit === prev.unit || (isPart && mention.unit === "count"))) {
            if (isPart || noun.kind === "none" || (mention.unit !== "count" && candidates.includes(prev.metric))) {
              choice = { metric: prev.metric, cue: choice?.cue ?? null };
              inherited = true;
            }
          }
          if (!choice) continue;
          const metric = choice.metric;
          const q = qualifiers.qualify(text, mention, clause.start);
          if (q.value === 0 && mention.kind === "vague") continue;

          const attribution = attributeFigure(text, sentence, mention.start, previous, line.start);
          const claimantSide: ClaimantSide = attribution?.side ?? "unknown";
          const memory: SubjectSide | null = recentSide(recent, metric, mention.start) ?? (metric === "drones_launched" && attacker && mention.start - attacker.at < MEMORY ? attacker.side : null);
          const subject: SubjectSide = inherited && isPart && prev
            ? prev.subject
            : subjectSide({
                text, metric, sentence, clause, mention, noun,
                nounSide: nounSubject(noun, metric), cue: choice.cue, claimantSide,
                claimantSpan: attribution && attribution.rule !== "carried" ? { start: attribution.start, end: attribution.end } : null,
                context: context.end > context.start ? context : null, sameSentence: figures, recent: memory,
              });

          const next = inSentence[k + 1]?.start ?? sentence.end;
          const periodClause = clauseAround(text, sentence.start, sentence.end, mention.start, PERIOD_CLAUSE_BREAK);
          const period = periodForFigure(periods, mention, next, periodClause, sentence.start);
          let periodStart = period?.period_start ?? "";
          let periodEnd = period?.period_end ?? "";
          // "over the same period" is the period of the figure before; a part inside a total shares the total's.
          if (period?.kind === "same" && lastPeriod) ({ start: periodStart, end: periodEnd } = lastPeriod);
          if (!period && isPart && prev) ({ start: periodStart, end: periodEnd } = prev.period);
          // Land held is a state at a moment: "at the end of May" or the end of the stated period.
          if (metric === "territory_controlled" && periodEnd) periodStart = "";

          const quote = text.slice(sentence.start, sentence.end);
          const figureText = text.slice(q.start, q.end);
          const key = quote + "\u0000" + figureText + "\u0000" + metric;
          const occurrence = occurrences.get(key) ?? 0;
          occurrences.set(key, occurrence + 1);
          rows.push({
            figure_id: figureId({ article: article.id, metric, unit: mention.unit, quote, figureText, occurrence }),
            article: article.id, outlet: article.outlet, published: article.published, url: article.url,
            metric, unit: mention.unit as Unit, value: q.value, value_low: q.low, value_high: q.high, qualifier: q.qualifier,
            claimant: attribution?.claimant ?? "", claimant_side: claimantSide, claimant_rule: attribution?.rule ?? "none",
            subject_side: subject, period_start: periodStart, period_end: periodEnd,
            quote, char_start: sentence.start, char_end: sentence.end,
            figure_text: figureText, figure_start: q.start, figure_end: q.end, review: "auto",
          });
          figures.push({ metric, subject, start: mention.start, end: mention.end, unit: mention.unit, period: { start: periodStart, end: periodEnd } });
          if (periodEnd) lastPeriod = { start: periodStart, end: periodEnd };
          if (subject !== "unknown" && subject !== "both") {
            recent.set(metric, { side: subject, at: mention.start });
            if (metric === "drones_launched" || metric === "drones_downed") attacker = { side: subject, at: mention.start };
            else if (VICTIM_METRICS.has(metric) && metric !== "prisoners_exchanged") attacker = { side: opposite(subject), at: mention.start };
          }
        }
      }

      /** The sentence's own claimant, else one carried from a colon introduction ("AFP's analysis found:"). */
      function attributeFigure(text: string, sentence: Span, offset: number, previous: () => Span[], lineStart: number): Attribution | null {
        const own = attributor.attribute(text, sentence, offset, previous);
        if (own) return own;
        if (introduction === undefined) {
          introduction = null;
          const intro = colonIntroduction(text, lineStart);
          if (intro) {
            const found = attributor.attribute(text, intro, intro.end, previousSentences(text, intro.start, BACK_SENTENCES));
            if (found && found.side !== "unknown") introduction = { ...found, rule: "carried" };
          }
        }
        return introduction;
      }
    }

    checkInvariants(text, rows);
    return rows;
  };
}

function recentSide(recent: Map<Metric, { side: SubjectSide; at: number }>, metric: Metric, at: number): SubjectSide | null {
  const r = recent.get(metric);
  return r && at - r.at < MEMORY ? r.side : null;
}

/** Up to `n` sentences before `offset`, nearest last, over earlier lines as needed. */
export function previousSentences(text: string, offset: number, n: number): Span[] {
  const out: Span[] = [];
  let end = offset;
  let budget = 4000;
  while (out.length < n && end > 0 && budget > 0) {
    const line = lineAt(text, Math.max(0, end - 1));
    const spans = splitLine(text, line.start, Math.min(line.end, end));
    out.unshift(...spans.filter((s) => s.end <= offset));
    budget -= end - line.start;
    end = line.start - 1;
  }
  return out.slice(-n);
}

/** The contract every row keeps: its quote and words are where it says, and its bounds hold its value. */
function checkInvariants(text: string, rows: FigureRow[]): void {
  for (const r of rows) {
    if (text.slice(r.char_start, r.char_end) !== r.quote) throw new Error(`figure ${r.figure_id}: quote does not match its span`);
    if (text.slice(r.figure_start, r.figure_end) !== r.figure_text) throw new Error(`figure ${r.figure_id}: figure_text does not match its span`);
    if (r.value_low !== null && r.value_low > r.value) throw new Error(`figure ${r.figure_id}: value_low ${r.value_low} > value ${r.value}`);
    if (r.value_high !== null && r.value_high < r.value) throw new Error(`figure ${r.figure_id}: value_high ${r.value_high} < value ${r.value}`);
  }
}

/** Extract the figures of one article (compiles the tables' patterns; reuse createExtractor for many). */
export function extractFigures(article: Article, tables: ExtractorTables): FigureRow[] {
  return createExtractor(tables)(article);
}
