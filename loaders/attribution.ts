// Who made a claim. Only words of saying name a claimant ("according to X", "X said", "said X",
// "X: ..."); a figure in the outlet's own voice has none. The claimant's side comes from
// data/tables/claimants.csv, else from a nationality word ("Ukrainian officials"), else, for unnamed
// local "officials", from the place the sentence is about.

import type { ClaimantRule, ClaimantSide, ClaimantTableRow } from "./types.js";
import { escapeRegExp } from "./numbers.js";
import { alternation } from "./alternation.js";
import { placesIn } from "./sides.js";

export interface Attribution {
  claimant: string;
  side: ClaimantSide;
  rule: ClaimantRule;
  /** The claimant's words in the text (for an anaphor resolved to an earlier sentence, the anaphor's). */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** The object of a verb of estimating: "the damage", "the death toll", "its losses", "the number of ...". */
const FIGURE_OBJECT = /^(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:damage|toll|losses|number|figure|cost|costs|total|count|tally|casualties)\b/i;
/** A name before its apposition: "DTEK, the largest private energy company" → "DTEK". */
// "Andrei Kartapolov, head of the Duma defence committee": an office with no article, as wire copy writes it.
const APPOSED_NAME = /^((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}),\s+(?:the|a|an|its|one\s+of|(?:[\w-]+\s+){0,2}?(?:head|chief|director|spokes(?:man|woman|person)|governor|mayor|minister|commander|secretary|chair(?:man|woman)?|leader|deputy|founder|editor|president)\s+of)\s+[^,]+$|^((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}),\s+(?:[a-z][\w-]*\s+){0,3}(?:minister|spokes(?:man|woman|person)|commander|governor|mayor|chief|secretary|adviser|advisor|director)$/;
/** Unnamed sources, named by where they work: "sources", "NV's sources", "a source", "officials", "a spokesperson". */
const SOURCE_HEAD = /^(?:(?:[A-Z][\w.-]*['’]s|the|a|an|two|three|several|unnamed|anonymous|senior|military|intelligence)\s+){0,2}(?:sources?|officials?|representatives?|spokes(?:person|man|woman)|insiders?)$/i;
/** A time phrase opening a sentence before its speaker: "In February ", "On Monday, ", "Last week ", "In mid-2024 ". */
const TIME_PHRASE = String.raw`(?:(?:In|On|During|By|Since|Earlier|Later|Last|This)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d|week|month|year|spring|summer|autumn|winter)(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|Earlier|Later|Meanwhile|Separately|Yesterday|Today)`;
const LEADING_TIME = new RegExp(String.raw`^${TIME_PHRASE},?\s+(?=[A-Z]|the\s|(?:it|they|he|she)\b)`);

/** "the project's analysts", "the group's data", "the mission's report": what belongs to a body named by a common noun. */
const OWNED_BY_DESCRIPTION = /^the\s+(project|group|mission|monitors|agency|ministry|service|institute|think\s+tank|organi[sz]ation|outlet|site|team|office|department|committee|directorate|command|staff)['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:analysts?|researchers|experts|spokes(?:man|woman|person)|head|chief|data|count|figures|estimates?|reports?|statement|tally|calculations?|maps?)$/i;

/** "As " opening a sentence or a clause (after a comma, semicolon, colon, bracket, quotation mark or "and"). */
const AS_OPENING_CLAUSE = /(?:^|[,;:(“"]\s*|\band\s+)[Aa]s\s+$/;
/** Before a speaker in a comparison with someone's claim: "than", "as many as", "the same as", "such as". */
const COMPARED_WITH_CLAIM_BEFORE = /\b(?:than|(?:many|much|same|high|higher|low|lower|large|big|few|little|great|twice|half|such|so|as|just|exactly|roughly)\s+as)\s+$/i;
/** A span that is only a time: "In September", "On Monday,", "Last year". */
const ONLY_TIME = new RegExp(String.raw`^${TIME_PHRASE}\s*,?\s*$`);

/** Claimant rows that are news outlets relaying a claim: another claimant in the sentence wins over them. */
const RELAY_ROWS = new Set(["Wire agencies", "Russian state media", "Ukrainian media"]);

/** Words of saying (one regex alternative each, tried in this order). */
const SPEECH_VERBS = [
  "said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "report", "estimated", "estimates",
  "estimate", "assess", "believe", "confirm", "announce", "allege", "admit", "announced", "announces", "told",
  "tells", "stated", "states", "noted", "notes", "added", "adds", "wrote", "writes", "posted", "confirmed",
  "confirms", "declared", "declares", "insisted", "insists", "alleged", "alleges", "acknowledged", "acknowledges",
  "admitted", "admits", "found", "finds", "accused", "showed", "shows", "show", "put", "puts", "counted", "tallied",
  "recorded", "registered", "updated", "informed", "warned", "assessed", "assesses", "believes", "believed",
  "documented", "documents", "verified", "verifies", "calculated", "calculates",
  "reiterated", "reiterates", "explained", "specified", "disclosed", "revealed", "stressed", "emphasised", "emphasized",
  "asserted", "boasted", "conceded", "lists", "listed", "communicated",
  // "Western officials cautioned that Russian forces still hold about 70%": a warning that states a fact.
  String.raw`cautioned(?=\s+that\b)`,
  // "The Ministry of Defence also recalled that …", "reminded that": officials' English for repeating a fact.
  // "Gladkov's daily summary, which Meduza reproduces here, reads:": a statement printed whole after its owner.
  String.raw`recalled(?=\s+that\b)`, String.raw`reminded(?=\s+that\b)`, String.raw`reads(?=\s*:)`,
  // "ACLED records 268 civilian fatalities", "have established the names of 111,387 servicemen": a monitor's count.
  String.raw`records(?=\s+(?:(?:more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?\d)`, String.raw`established(?=\s+the\s+(?:names|identities)\s+of)`,
  // "The Kyiv School of Economics reckons the war has caused …": British and magazine prose's verb of estimating.
  "reckons", "reckoned", String.raw`reckon(?=\s+that\b)`,
  // "Defence Intelligence judges that …": the British intelligence update's verb of assessment.
  String.raw`judges(?=\s+that\b)`, String.raw`judged(?=\s+that\b)`,
  // Title-case headlines ("Ukraine Says Russia Has Amassed 110,000 Troops", "Officials Say").
  "Says", "Said", "Say", "Claims", "Claimed", "Reports", "Reported", "Estimates", "Confirms", "Confirmed",
  // "Satellite imagery suggested that at least 12 aircraft ...": a finding put forward, only before its "that" clause.
  // "Data from DeepState suggest Russian troops captured ...": a clause of the war's sides or a number follows.
  String.raw`suggest(?:ed|s)?(?=\s+(?:that\b|(?:Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv)\b|(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over)\s+)?\d))`, String.raw`indicat(?:ed|es)(?=\s+that\b)`,
  String.raw`identified(?=\s+(?:by\s+name\s+)?(?:(?:the\s+names\s+of|more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?\d)`,
  String.raw`read(?=\s*(?:[.;]|,\s|$))`,
  String.raw`gave(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|figure|estimate|count))`,
  String.raw`given(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|figure|estimate|count))`,
  // "Governor X later raised the number of injured to 11", "the ministry revised its toll down to 9": an update of a
  // count names its source.
  // "raised to 89 the number of soldiers killed": the amount before its noun, as wire copy writes it.
  String.raw`(?:raised|revised|lowered|corrected)(?=\s+(?:(?:up|down)\s+)?(?:to\s+(?:(?:about|around|more\s+than|at\s+least|over|some|nearly)\s+)?[\d,]+\s+)?(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|tally|figure|estimate|count|number)\b)`,
];
/**
 * A noun phrase cut to its first MAX_NP_WORDS words, but never inside a name: "an AFP analysis of data from the
 * US-based Institute for the Study of War" keeps "of War" rather than ending on "the Study".
 */
function cutNounPhrase(np: string): string {
  const words = np.split(/\s+/);
  let n = MAX_NP_WORDS;
  // "… the Institute for the Study of | War": a cut right after a name's joiner takes the capitalised word it joins.
  if (n < words.length && NAME_JOINER.test(words[n - 1]) && /^[A-Z]/.test(words[n - 2]) && /^[A-Z]/.test(words[n])) n++;
  while (n < words.length && n < MAX_NP_WORDS + NAME_RUN_WORDS && /^[A-Z]/.test(words[n - 1]) &&
    (/^[A-Z]/.test(words[n]) || (NAME_JOINER.test(words[n]) && n + 1 < words.length && /^[A-Z]/.test(words[n + 1])))) n += /^[A-Z]/.test(words[n]) ? 1 : 2;
  return words.slice(0, n).join(" ");
}
const NAME_RUN_WORDS = 6;
const NAME_JOINER = /^(?:of|for|the|and|on|de)$/;
const SPEECH_VERB = new RegExp(String.raw`\b(?:${alternation(SPEECH_VERBS, { caseSensitive: true })})\b`, "g");
const PARTICIPLE = /\b(?:noting|adding|saying|claiming|reporting|estimating|announcing|confirming|stating|writing|citing)\b/g;
/** "quoted the ministry as saying", "was quoted as saying": the quoted one is the speaker. */
const QUOTED_AS = /\bquoted\s+(?!as\b)((?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+as\s+(?:saying|telling)\b|\b(?:was|were|is|has\s+been)\s+quoted\s+(?:by\s+[^,.;]{1,40}?\s+)?as\s+(?:saying|telling)\b/g;
/** A participle aside after a subject: "posted on Facebook", "published on Monday", "released late on Sunday". */
const PARTICIPLE_ASIDE = /^\s*(?:posted|published|released|issued|shared|updated|circulated|seen\s+by)\b[^,]{0,80}$/i;
/** The end of a subject before a verb of saying: "has been able to", "was unable to", "could not". */
const ABLE_TO_TAIL = /\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:able|unable)\s+to$|\s+(?:could|can|managed\s+to|sought\s+to)(?:\s+not)?$/i;
/**
 * "figures provided by X", "data compiled by X", "the agency, citing X,": a source named after a participle; "This is
 * stated in X"; "fewer than the 41 claimed by the SBU", a reduced passive of claiming after a number.
 */
const PASSIVE_SOURCE = /\b(?:(?:provided|released|published|compiled|issued|collected|gathered)\s+by|claimed\s+by(?<=\d[\d,.]*\s+(?:[a-z]+\s+)?claimed\s+by)|citing|quoting|(?:is|was|are|were)\s+(?:stated|said|reported|indicated|given)\s+in)\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z])/g;
/** "This is stated in the General Staff summary": the bulletin's noun after the body that issues it. */
const BULLETIN_AFTER_NAME = /\s+(?:(?:daily|morning|evening|nightly|weekly|latest|regular|operational|official)\s+)*(?:summary|report|update|bulletin|briefing|statement)$/i;
/** "Per the General Staff," — "per" before a name or "the" and a name (not "per day", "per cent"). */
// "…, per the air force.": a body in lower case after "per the" too (not "per day", "per cent").
const PER_SOURCE = /(?<![\w-])[Pp]er\s+(?=(?:the\s+)?[A-Z]|the\s+(?:air\s+force|military|(?:defen[cs]e\s+)?ministry|general\s+staff|governor|mayor|police|authorities|officials|regional\s+administration|army)\b)/g;
/** Right after a name: its possessive ("Putin's commanders"). */
const POSSESSIVE_NEXT = /^['’]s/;
/** After the word a noun phrase was cut at, a capitalised word: a name may run on ("Strategic and International Studies"). */
const NAME_GOES_ON = /^\s+\w+\s+[A-Z]/;
/** "For the French military intelligence directorate (DRM), Russia has lost …": a source the sentence opens on, as French and German reporting write it. */
const FOR_SOURCE = /^[\s"“]*For\s+((?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:intelligence|directorate|ministry|institute|agency|agencies|services?|analysts|experts|researchers)\b(?:\s+\([A-Z]{2,6}\))?)\s*,/;
/** A state body named without its nation: "General Staff", "MoD", "the Defence Ministry". */
export const STATE_BODY = /^(?:the\s+)?(?:General\s+Staff|MoD|MOD|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Air\s+Force|Armed\s+Forces)$/i;
const lineStartOf = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1;
/** A source after a dash at the end of a headline: "Russia lost 1,200 troops – Ukraine's General Staff". */
const DASH_SOURCE = /(?:\s[–—‒―-]|:)\s+([^–—‒―\n.!?:"“”]{2,60}?)\s*$/;
/**
 * Whether DASH_SOURCE may match: its name, or a dash or colon before spaces, is the last character before the spaces
 * ending the text, and none of those is a period, "!", "?" or a quotation mark (most sentences end on one).
 */
function mayEndOnSource(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isRegExpSpace(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c !== 46 && c !== 33 && c !== 63 && c !== 34 && c !== 0x201c && c !== 0x201d;
}
/** A line opening on "Source:" (Ukrainska Pravda's and others' format): the source named after it. */
export const SOURCE_LABEL = /^[\s*_]*Sources?\s*:[\s*_]*/;
/** A dash set off by spaces inside a phrase: " – ", " - ". */
const SPACED_DASH = /\s[-–—‒―]\s/;
const ACCORDING_TO = /\baccording\s+to\s+/gi;
/** A count and its lower-case noun before a capitalised name ("000 troops Kyiv", "12 villages Moscow"). */
const COUNTED_BEFORE_NAME = /^\s*(?:(?:[Tt]he|some|about|roughly|around|nearly|almost|over)\s+)?\d[\d,.]*\s+(?:[a-z][\w'’-]*\s+){1,3}(?=[A-Z])/;
const NP_BREAK = /[,;:.!?"“”()\[\]]|\s[-–—‒―]\s|\b(?:that|what|which|who|where|and|but|while|when|as|because|if|after|before|so(?!\s+far\b)|then)\b/gi;
const TRAILING_ADVERBS = /(?:\s+(?:also|earlier|later|previously|separately|has|have|had|had also|has also|would|will|on\s+\w+|last\s+\w+|this\s+\w+|in\s+a\s+(?:statement|post|report|briefing|video|interview)|repeatedly|again|already|then|now|since|further|yesterday|today|on\s+Telegram|initially|originally|first|briefly|subsequently|quickly|officially|publicly|so\s+far|thus\s+far))+$/i;
const LEADING_WORDS = /^(?:(?:and|but|so|meanwhile|however|earlier|later|separately|also|in\s+response|then|here\s+is|here's)\s*,?\s+)+/i;
const PRONOUN = /^(?:he|she|it|they|we|i|him|her|them|officials?|authorities|the\s+other|another)$/i;
const ANAPHOR = /^(?:(?:one|two|some|several|both|each|either|neither|another|all|many|most)\s+of\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(official|officials|agency|ministry|site|governor|spokes(?:man|woman|person)|leader|president|military|service|army|authorities|source|sources|statement|report|analysis|command|staff|administration|office|mayor|minister|head|chief|monitor|mission|force|forces|navy|committee|department|blogger|channel|outlet|institute|think tank|group|groups|company|operator|general|commander|analysts?|outlets|researchers|monitors|investigators|data|figures|tally|count|assessment|update|estimate|estimates|study|survey|summary|bulletin|briefing|agency's|headquarters|centre|center)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?$/i;
const SPEAKER_NP = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he)\s+)?\b(?:Ukrainian|Russian|Ukraine(?:'s|’s)|Russia(?:'s|’s)|Kyiv(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin|US|U\.S\.|American|British|UK|Western|European|German|French|Polish|NATO|UN|U\.K\.|South\s+Korea(?:n|'s|’s))\s+(?:[\w-]+\s+){0,3}(?:[Oo]fficials?|[Ss]pokes(?:man|woman|person)|[Mm]inistry|[Mm]ilitary|[Gg]overnor|[Ii]ntelligence|[Aa]uthorities|[Ss]ources?|[Ll]eader|[Pp]resident|[Cc]ommander|[Aa]gency|[Ss]ervice|[Aa]rmy|[Ff]orces|[Nn]avy|[Cc]ommand|[Aa]dministration|[Mm]inister|side|analysts?|experts?|[Mm]ayor|[Oo]mbudsman|prosecutors?|[Pp]olice)\b`,
  "g",
);
const NATION_SIDE: [RegExp, ClaimantSide][] = [
  [/\b(?:Ukrainian|Ukraine(?:'s|’s)?|Kyiv(?:'s|’s)?|Kiev(?:'s|’s)?)(?![\w-])/, "ukraine"],
  [/\b(?:Russian|Russia(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin)(?![\w-])|\b(?:Moscow|Russian|Kremlin|Russia)-(?:installed|occupied|controlled|backed|appointed)\b/, "russia"],
  [/\b(?:U\.S\.|U\.K\.)(?!\w)|\b(?:US|American|British|UK|Britain(?:'s)?|Western|European|German|French|Polish|Turkish|NATO|UN|U\.N\.|EU|Estonian|Latvian|Lithuanian|Finnish|Dutch|Canadian|Japanese|Chinese|Israeli|South\s+Korean?(?:'s|’s)?|Seoul(?:'s|’s)?|UAE|Emirati|United\s+Arab\s+Emirates|Qatari?|Saudi|Swiss|Norwegian|Swedish|Danish|Czech|Italian|Spanish|Australian|Vatican|international|Romanian|Moldovan|Hungarian|Slovak|Bulgarian|Belgian|Austrian|Irish|Indian|Brazilian|Emiratis|Qataris|Saudis|Americans|Britons|Turks|Lithuania|Latvia|Estonia|Poland|Germany|France|Finland|Norway|Sweden|Denmark|Netherlands|Canada|Japan|China|Israel|Turkey|Türkiye|Italy|Spain|Australia|Switzerland|Romania|Moldova|Hungary|Slovakia|Bulgaria|Belgium|Austria|Ireland|India|Brazil)(?:['’]s)?\b/, "third_party"],
];
// "Krasnodar krai's emergency headquarters": a place's own office, named by the place before it.
const LOCAL_OFFICIALS = /^(?:the\s+)?(?:[A-Z][\w-]+(?:\s+(?:krai|region|oblast|republic|Krai|Region|Oblast|Republic))?['’]s\s+)?(?:(?:local|regional|city|emergency|operational|oblast|military|region|city['’]s|region['’]s|oblast['’]s)\s+){0,2}(?:officials|authorities|rescuers|emergency services|police|mayor|governor|governors|mayors|administration|military administration|council|prosecutors?|prosecutor['’]s\s+office|prosecutors['’]\s+office|(?<=(?:emergency|operational|regional|['’]s)\s+)(?:headquarters|crisis\s+(?:centre|center)))$/i;
const REVIEWED_BY = /\b(?:reviewed|analy[sz]ed|examined|verified|studied|geolocated|assessed)\s+by\b/i;
const EVIDENCE_HEAD = /^(?:the\s+|new\s+|recent\s+|latest\s+)?(?:satellite\s+|drone\s+|video\s+)?(?:images?|imagery|footage|videos?|photos?|photographs?|pictures?)\b/i;
/** A capital's dot (an initial) or a title's before a name, masked in a phrase after a verb of saying. */
const TITLE_DOT = /\b([A-Z]|(?:Gov|Sen|Rep|Gen|Col|Lt|Maj|Sgt|Adm|Capt|Cpl|Pvt|Cmdr)(?=\.\s+[A-Z]))\./g;
/** A title's abbreviation before a name ("Gov. Yuri Slyusar"): its dot ends no noun phrase. Not an honorific ("Mr."). */
const TITLE_ABBREVIATION = /\b(?:Gov|Sen|Rep|Gen|Col|Lt|Maj|Sgt|Adm|Capt|Cpl|Pvt|Lt\.\s*Gen|Maj\.\s*Gen)$/;
/** "Udmurtia region head Alexander Brechalov", "the Russian-installed governor": an office of a place, whose side is the place's. */
/** A named body that may speak jointly with another: "Lithuania's military intelligence", "the State Security Department". */
const JOINED_BODY = /^(?:the\s+)?[A-Z][\w.-]*(?:['’]s)?(?:\s+(?:[A-Z][\w.-]*|of|for|and|military|defence|defense|foreign|national|state|security|intelligence)){0,5}\s+(?:intelligence|[Mm]inistry|[Ss]ervice|[Dd]epartment|[Aa]gency|[Oo]ffice|[Ii]nstitute|[Pp]roject|[Gg]roup|[Cc]ommand|[Ss]taff|[Cc]ommittee|[Mm]ission|[Cc]ouncil|[Hh]eadquarters|[Cc]entre|[Cc]enter|[A-Z][\w.-]*)$/;
/** ", the regional governor, " right before a name: the office the name holds. */
// "…, the head of the city military administration, Roman Mrochko, said": the office may name its body after "of".
// "in the Sumy region, its governor, Oleh Hryhorov, said": "its" as "the".
const OFFICE_APPOSED_BEFORE = /,\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:governor|mayor|head|chief|administrator)(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:administration|region|oblast|city|council|district|community))?\s*,\s*$/i;
/** Two to four capitalised words: a person's name. */
const NAME_WORDS = /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$/;
const OFFICE_WORD = /\b(?:governor|Gov(?=\.)|mayor|head|administration|authorities|officials|council|chief|prosecutors?|police)\b/i;
/** "a Reuters tally of Ukrainian air force data": the one who tallied is the claimant, not the source of the data. */
const ANALYSIS_BY_OF = /\b(?:tally|analysis|count|review|calculations?|compilation|estimates?|assessment)\s+by\s+([^,;]{1,40}?)\s+of\b/i;
// "Reuters calculations based on Ukrainian air force data", "calculations using data from DeepState": the same.
/** The name before an analysis: "an NPR ", "a Breaking Defense ", "a FRANCE 24 ". */
const NAMED_ANALYST = /^(?:an?\s+|the\s+)?((?:[A-Z][\w.&'’-]*|\d+)(?:\s+(?:[A-Z][\w.&'’-]*|\d+)){0,3})(?:['’]s)?\s+(?:[a-z-]+\s+)?$/;
const ANALYSIS_OF = /\b(?:tally|analysis|count|review|calculations?|compilation|estimates?|assessment)\s+(?:of|based\s+on|using|drawing\s+on|from)\b/i;
/** "preliminary information from the city's military administration": the claimant is the source named after "from". */
// "according to the morning report of the General Staff", "the latest update from the Air Force": the body, not its bulletin.
const INFORMATION_FROM = /^(?:(?:preliminary|initial|official|the|a|an|latest|updated|new|early|morning|evening|daily|nightly|weekly|regular|operational|intelligence|situation)\s+)*(?:information|data|figures|reports?|statements?|numbers|updates?|summary|summaries|bulletins?|briefings?|estimates?|calculations|assessments?)\s+(?:(?:published|released|provided|compiled|issued|posted|made)\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+\s+|(?:this|last)\s+(?:week|month)\s+|today\s+|yesterday\s+)?)?(?:from|of|by)\s+/i;
/** "which Moscow has claimed as its own": claiming land, not a figure. */
const CLAIMED_AS = /^\s+as\b/;
const IN_WHAT = /\bin\s+what\s+((?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)){0,6}?)\s+(?:described|called|termed|dubbed|characteri[sz]ed|hailed)\s+as\b/;
/** A digit that is no ordinal's ("47th"): a count. */
const NUMBER_NOT_ORDINAL = /\d(?![\d,.]*(?:st|nd|rd|th)\b)/;
const NO_EVIDENCE_AFTER = /^\s+(?:no|little)\s+(?:evidence|proof|sign|signs|record|basis|confirmation)\b/i;
/** How far back (characters) the last named speaker still answers "it said" or "the ministry said". */
const SPEAKER_MEMORY = 3000;
/** "according to the statement", "the update says": a document of the last speaker. */
const DOCUMENT_HEAD = /^(?:statement|report|update|data|figures|tally|count|assessment|estimates?|analysis|study|survey|summary)$/;
const MAX_NP_WORDS = 12;
/** The words up to a break after "according to" (with the periods of initials and titles masked). */
const NP_HEAD = /^[^,;:.!?"“”()\[\]]*/;
/** The marks the layout pattern of a claimant's words can strip: first characters, last characters (after a trim). */
const LAYOUT_FIRST = "#*>_•▪●◦‣-";
const LAYOUT_LAST = "*_";
/** A short bracket inside a name: "(SBU)", "(ISW)". */
const PAREN = /\([^()\n]{1,40}\)/g;
/** A speaker's name before an apposition: capitalised ("Yevgeny Balitsky", "The Institute for the Study of War", "Pentagon officials"). */
const SPEAKER_NAME = /^(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.()-]*|_{3,}|of|for|the|and|on|officials|sources|spokesperson|spokesman|spokeswoman))*$/;
// "Details:", "Quote:", "Background:": Ukrainian outlets' section labels (Ukrainska Pravda), no speakers either.
const COLON_RUBRIC = /\b(?:latest|live|update[sd]?|news|war|analysis|explainer|opinion|watch|video|photos?|photograph|map|timeline|factbox|day\s+\d+|breaking|exclusive|comment|editorial|read more|source|credit|details|quote|background|reference|context|summary|highlights|key\s+facts|note|what\s+preceded|for\s+reference)\b/i;
/** A speech verb shortly after a phrase ("... official, who asked not to be named, said"). */
const SPEAKS_AFTER = /^[^.;]{0,30}?\b(?:said|says|told|claimed|claims|reported|reports|announced|stated|estimated|confirmed|declared|wrote|posted|noted|added)\b/;
const BACK_SENTENCES = 6;
/** How many sentences back the place of unnamed local officials ("officials said", "acting Mayor X") is looked for: as far as "he said" looks for its speaker. */
const PLACE_SENTENCES = 6;
/** A word of saying that is also a noun, and an adjective of its kind before it ("Earlier reports put the toll at 18"). */
const NOUN_LIKE_VERB = /^(?:reports?|estimates?|claims?|documents|Reports|Estimates|Claims)$/;
const NOUN_ADJECTIVE_BEFORE = /(?:^|\s)(?:[Ll]eaked|[Ii]nternal|[Cc]lassified|[Ss]ecret|[Cc]ourt|[Ee]arlier|[Pp]revious|[Ii]nitial|[Pp]reliminary|[Ff]irst|[Ll]atest|[Nn]ew|[Mm]edia|[Oo]fficial|[Uu]nconfirmed|[Cc]onflicting|[Ss]eparate|[Ll]ocal|[Ss]ome|[Oo]ther|[Ss]everal|[Mm]any|[Ss]uch|[Ww]estern|[Pp]ress|[Ii]ndependent|[Cc]onservative|[Rr]ough|[Oo]utside|[Ee]xternal)\s+$/;
/** "an estimated", "the reported", "the number of confirmed deaths": a determiner or preposition right before a speech verb makes it an adjective. */
const DETERMINER_BEFORE = /(?:^|\s)(?:an?|the|its|their|his|her|our|this|that|these|those|of|with|among|including)\s+$/i;
/** A verb inside a phrase after "said": the phrase is what was said ("said Russia had lost"), not who said it. */
const FINITE_VERB = /\b(?:had|has|have|was|were|is|are|would|will|could|can|did|does|may|might|must|should)\b/;
/**
 * The length of up to `n` words ending right before `to` (each followed by spaces or tabs), in their clause, read back
 * from `to` no further than `from`: what `(?:(?:[A-Z]\.){2,}[ \t]+|[^\s,;.:!?()"“”\n–—‒―]+[ \t]+){0,n}$` matches in
 * text[from, to), without trying that pattern at every character before. A word is an abbreviation ("U.S.", so "Two
 * U.S. officials" holds three) or a run of characters that are no space, period or break; the farthest word may be the
 * end of a longer run ("xU.S. ", "(Kyiv ").
 */
function wordsBeforeLength(text: string, from: number, to: number, n: number): number {
  let i = to - 1;
  if (i < from || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9)) return 0;
  let start = to;
  for (let k = 0; k < n; k++) {
    while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    if (i < from) break;
    // The run of characters other than spaces and tabs ending at i, and the earliest start of a word ending it.
    let run = i;
    while (run > from && text.charCodeAt(run - 1) !== 32 && text.charCodeAt(run - 1) !== 9) run--;
    let j = i;
    if (text.charCodeAt(i) === 46) {
      let pairs = 0;
      for (; j - 1 >= run && text.charCodeAt(j) === 46 && text.charCodeAt(j - 1) >= 65 && text.charCodeAt(j - 1) <= 90; j -= 2) pairs++;
      if (pairs < 2) break;
    } else {
      while (j >= run && isPreWordChar(text.charCodeAt(j))) j--;
      if (j === i) break;
    }
    start = j + 1;
    if (start !== run) break;
    i = run - 1;
  }
  return to - start;
}
/** [^\s,;.:!?()"“”\n–—‒―]: a character of a word before a mention. */
function isPreWordChar(c: number): boolean {
  return !isRegExpSpace(c) && c !== 44 && c !== 59 && c !== 46 && c !== 58 && c !== 33 && c !== 63 && c !== 40 && c !== 41 && c !== 34 &&
    c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2012 && c !== 0x2015;
}
/** "…, which publishes a daily tally, said Tuesday that": when it was said, not who said it. */
const WHEN_SAID = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/;
/** "… said it had": a verb of saying and a pronoun ending a phrase before a second verb. */
const SAID_PRONOUN_TAIL = /\s+(?:said|says|say|told\s+\w+|reported|added|announced|stated)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|last\s+week|this\s+week)\s+)?(?:that\s+)?(?:it|they|he|she|we)(?:\s+(?:had|has|have|also|now|already))*\s*$/;
/** An aside set off by commas right before a verb of saying: "Ukraine, meanwhile, said". */
const ASIDE_WORDS = String.raw`meanwhile|however|in\s+turn|for\s+(?:its|his|her|their)\s+part|too|also|though|separately|instead|in\s+response|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand`;
const ASIDE_BEFORE = new RegExp(String.raw`,\s*(?:${ASIDE_WORDS})\s*,\s*$`, "i");
/** After an inverted speaker ("…, said a drone strike on a bus had killed"): the words up to the next break hold a verb of
 * their own, so the phrase was the subject of what was said, not its speaker. A relative clause ("the governor, who …") is no verb of it. */
const CLAUSE_GOES_ON = /^[^,;:.!?"“”()]*?\b(?:had|has|have|was|were|is|are|would|will|could|killed|injured|wounded|hit|struck|destroyed|damaged|downed|left)\b(?<!\b(?:who|which|that)\b[^,;:.!?"“”()]*)/;
/** "Pentagon officials, speaking on condition of anonymity, said": an apposition that is a participle or relative clause. */
/** "its last count, on Sept. 21, 2022, put": a date between commas, no apposition of a name. */
const DATE_APPOSITION = /^on\s+(?:[A-Z][a-z]+[._]?\s+\d|\w+day\b)/i;
const CLAUSE_APPOSITION = new RegExp(String.raw`^(?:speaking|who|whose|which|${ASIDE_WORDS}|asking|requesting|declining|citing|quoting|briefing|writing|talking|working|drawing|using|relying|based\s+(?:in|on)|together\s+with|in\s+(?:cooperation|partnership|collaboration)\s+with|in\s+a\s+statement|in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|update|report|briefing|post|video|address|interview|message|summary|bulletin)|(?:also\s+)?known\s+as)\b`, "i");
/** "the military said", "the forces": heads of an actor in the fighting, mentioned often without speaking: only a mention that speaks answers them. */
const ACTOR_HEAD = /^(?:military|army|forces|force|navy|command)$/;
/** Words naming a body rather than a person. */
const BODY_WORD = /\b(?:[Mm]inistry|[Ss]taff|[Ss]ervice|[Ff]orces?|[Cc]ommand|[Aa]gency|[Oo]ffice|[Aa]dministration|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Hh]eadquarters|[Cc]ommittee|[Dd]epartment|[Mm]ission|[Ii]nstitute|[Gg]roup|[Cc]entre|[Cc]enter|MoD|MOD)\b/;
/** The head of "the analysts", "the researchers": people who study the war, not a party to it. */
const ANALYST_HEAD = /^(?:analysts?|researchers|experts|demographers|journalists|reporters)$/;

/** A person's name ending a phrase or before its apposition: two or three capitalised words ("Artem Kobzar", "acting Sumy Mayor Artem Kobzar, the …"). */
const PERSON_NAME = /(?:^|\s)(?:(?:Mr|Ms|Mrs|Dr|Gov|Gen|Col|Lt)\.?\s+)?[A-Z][a-z\u00C0-\u024F'’-]+(?:\s+[A-Z][a-z\u00C0-\u024F'’-]+){1,2}(?=$|,)/;

/** "By DeepState's count", "by the ministry's latest tally": group 1 is the owner. */
// "By the Institute for the Study of War's count": small words of a name between its capitalised ones.
const BY_OWN_COUNT = /\b[Bb]y\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][\w.'’-]*){0,5}|the\s+(?:mission|ministry|agency|monitors?|military|army|project|group|outlet|institute|service|office|authorities|government|researchers|analysts))['’]s\s+(?:(?:own|latest|new|updated|official|running|preliminary)\s+)?(?:count|estimates?|tally|calculations?|reckoning)\b|\b[Bb]y\s+the\s+(?:count|tally|estimates?|reckoning)\s+of\s+((?:the\s+)?(?:[A-Z][\w.'’-]*|regional|local|city|military|authorities|officials)(?:\s+(?:[A-Z][\w.'’-]*|regional|local|city|military|authorities|officials|administration)){0,4})/g;
/** "Analysts at the consultancy Kpler", "experts from the Kyiv School of Economics": people of a body, not a party to the war. */
const ANALYSTS_AT = /^(?:(?:some|independent|military|other)\s+)?(?:analysts|experts|researchers)\s+(?:at|from|with)\s+/i;

/** "Its spokesman Andriy Yusov", "their commander, Col. …": a possessive role before a capitalised name. */
const POSSESSIVE_ROLE = /^(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|head|chief|commander|director|representative|deputy|press\s+secretary|officer|official)\s+(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*$)/;

/** "The city's acting mayor": an office of a place named before. */
const PLACE_POSSESSIVE = /\b(?:city|town|region|oblast|province|village)['’]s\b/i;
/** How far back (characters) "the city's" looks for the city. */
const PLACE_LOOKBACK = 600;

/** Heads of a description of a person who is no body's voice: a commander in the field, a blogger, researchers. */
/** An unnamed person introduced by a lower-case role: "a battalion commander", "a senior official", "an officer in the 93rd". */
const INDEFINITE_ROLE = /^[Aa]n?\s+(?:[a-z][\w-]*\s+){0,3}(?:commander|officer|official|soldier|serviceman|spokes(?:man|woman|person)|source|adviser|advisor|aide|medic|doctor|surgeon|paramedic|rescuer|volunteer|pilot|fighter|marine|sergeant|lieutenant|colonel|captain|major|general|diplomat|lawmaker|deputy|prosecutor|investigator|resident|witness|analyst|expert)(?:\s+(?:in|of|from|with|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?$/;
const NEW_PERSON_HEAD = /^(?:commander|general|governor|mayor|blogger|researchers|investigators)$/;
/** Heads of a body (not a person): a description of one is answered by its own kind, or by the sentence's subject. */
const BODY_HEAD = /^(?:ministry|military|army|command|staff|forces|force|navy|service|agency|administration|office|committee|department)$/;
/** Heads of a state body of one side: "the ministry", "the military", "the command". */
const ARMED_BODY_HEAD = /^(?:ministry|military|army|command|staff|forces|force|navy)$/;
/** "In Russia, the defence ministry said": a sentence opening with the country its description belongs to. */
const LOCATIVE_INTRO = /^[\s#*>_-]*(?:(?:meanwhile|separately|elsewhere)\s*,?\s+)?(?:in|inside)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,\s*$/i;
/** What may stand between a relative pronoun and its verb of saying ("which initially said"). */
const RELATIVE_REST = /^\s*(?:(?:[a-z]+ly|also|later|earlier|had|has|have|then|previously|first)\s+)*$/;
/** Lower-case words of a role, ending on its noun, before a capitalised name: "Military analyst", "war blogger". */
const ROLE_BEFORE_NAME = /^(?:[A-Z]?[a-z-]+\s+){0,3}?(?:analyst|expert|researcher|scholar|fellow|professor|historian|economist|commentator|observer|blogger|journalist|correspondent)\s+(?=[A-Z])/;
/** Unnamed analysts of no nation: "analysts", "military experts", "some observers". */
const UNNAMED_ANALYSTS = /^(?:(?:some|many|most|several|other|independent|military|defen[cs]e|security|open-source|OSINT)\s+){0,2}(?:analysts|experts|observers|researchers|military\s+analysts|demographers|statisticians|economists|scholars|academics|historians|investigators)$|^independent\s+(?:estimates|counts|tallies|assessments|studies|calculations)$/i;
/** A scholar's role: an independent analyst when nothing else names a side. */
/** "trauma surgeon Oleksandr Petrenko", "Local official John Smith": lower-case words of a role before a name of two or three words. */
const LOWER_ROLE_BEFORE_NAME = /^(?:[A-Z]?[a-z-]+\s+){1,3}(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}$)/;
/** Roles held in a place: a doctor, a rescuer, a local official. */
const LOCAL_ROLE = /\b(?:surgeon|doctor|physician|medic|paramedic|nurse|rescuer|firefighter|police(?:man|woman)?|official|mayor|governor|head|chief|administrator|councillor|councilor|priest|teacher|principal)\s+$/i;
export const ANALYST_ROLE = /\b(?:[Aa]nalysts?|[Ee]xperts?|[Rr]esearchers?|[Ss]cholars?|[Ff]ellows?|[Pp]rofessors?|[Hh]istorians?|[Ee]conomists?|[Dd]emographers?|[Ss]tatisticians?|[Dd]ata\s+scientists?)\b/;
/** A courtesy title before a surname ("Ms. Bell"): the surname is what an earlier mention holds. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|Prof)\.?\s+/;
/** "Sept. 21, 2022", "March 3, 2024": the comma of a date. */
const DATE_COMMA = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b/g;
/** Whether DATE_COMMA matches at all: a test is far cheaper than a replace that changes nothing. */
const DATE_COMMA_ANY = new RegExp(DATE_COMMA.source);
/** Whether `at` is inside a quotation opened after `from`: an odd number of straight quotes, or a curly one left open. */
function insideQuotes(text: string, from: number, at: number): boolean {
  const slice = text.slice(from, at);
  let straight = 0;
  for (let i = slice.indexOf('"'); i >= 0; i = slice.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1 || slice.lastIndexOf("“") > slice.lastIndexOf("”");
}
/** "... and said", "but later said": a verb coordinated with the one before it, sharing its subject. */
const COORDINATED_BEFORE = /\b(?:and|but)\s+(?:(?:also|later|then|further|eventually|subsequently|at\s+one\s+point|at\s+its\s+peak)\s+)?$/;
/** Between a speaker and its verb, a relative clause set off by commas: ", which controls a fifth of Ukraine, has". */
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\s[^,;]*,\s*(?:(?:has|have|had|also|again|previously|repeatedly)\s+)*$/;
/** A form of "to be" right before a verb of saying: a passive ("were estimated", "is believed", "has been reported"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:(?:also|now|currently|widely|generally|officially|previously|initially|independently)\s+)?$/i;
/** Up to a passive's agent: "at 1,000 a day by " (a capitalised name or a body after "by"). */
// "reported by the head of the Donetsk Regional Military Administration, Vadym Filashkin": an office held by a person.
const PASSIVE_AGENT = /^[^.;:]{0,80}?\bby\s+(?=(?:the\s+)?[A-Z]|(?:[a-z]+\s+)?(?:officials|intelligence|analysts|experts|authorities|monitors|investigators|head|chief|governor|mayor|spokes(?:man|woman|person)|commander|minister|ministry|press\s+service)\b)/;
/** "has never", "could not", "did not": a negation right before a verb of saying. */
const NEGATED_BEFORE = /\b(?:not|never|n['’]t)\s+(?:(?:yet|independently|publicly|officially|immediately|been\s+able\s+to|be|been)\s+)*$/i;
/** Verbs of saying whose subject never follows them: what follows is their object ("puts the number at", "found that"). */
const NO_INVERSION = /^(?:told|tells|put|puts|gave|given|raised|revised|lowered|corrected|found|finds|showed|shows|show|counted|tallied|recorded|registered|documented|documents|verified|verifies|calculated|calculates|accused|informed|warned|read)$/;
/** "the ministry's estimates", "Mr. Novak's count": a document of its owner, who is the claimant. */
const OWNED_DOCUMENT = /^(.+?)['’]s\s+(?:[\w-]+\s+){0,2}?(?:estimates?|figures?|data|count|tally|numbers?|assessment|analysis|statement|report|calculations?|maps?|toll|update|summary|bulletin|briefing|review)$/i;
/** "Mr. Novak's count, given on Monday: 40,000", "The ministry's tally: 1,200": an owned count introducing its figure. */
const OWNED_COLON = /^((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*|the\s+[a-z]+)['’]s\s+(?:(?!(?:death|casualty|civilian|military|loss|losses)\b)[\w-]+\s+){0,2}?(?:count|estimates?|tally|figures?|numbers?|data|assessment|calculations?)(?:,[^:\n]{0,60})?:\s/;
/** Material that "shows" something is no speaker: "Data show", "Videos show". */
const MATERIAL = /^(?:the\s+)?(?:Data|Figures|Videos?|Images|Photos?|Photographs?|Footage|Statistics|Records|Numbers|Maps?)$/;
/** "their tally stood at", "the agency's count reached" (not "Ukraine's death toll reached", a toll of a side): an owned count (group 1) and its verb of standing (group 2). */
const OWNED_TALLY = /(?<![\w'’-])((?:its|their|his|her|(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?['’]s)\s+(?:(?!(?:death|casualty|civilian|military|loss|losses)\b)[\w-]+\s+){0,2}?(?:count|tally|estimates?|figures?))(\s+(?:(?:had|has|have)\s+)?(?:(?:stood|stands|reached|reaches|rose|climbed|grew)\s+(?:to|at)\b|reached\b))/gi;
/** A verb OWNED_TALLY cannot match without: tested first, because OWNED_TALLY tries its possessive at every word. */
const TALLY_VERB = /stood|stands|reach|rose|climbed|grew/i;
/** Words of saying that are also nouns of a document ("their estimate", "its report"). */
const DOCUMENT_NOUN = /^(?:estimates?|reports?|count)$/;
/** A possessive pronoun and up to two modifiers right before a word: "their latest statistical ". */
const POSSESSIVE_BEFORE = /(?<![\w'’-])((?:its|their|his|her)\s+(?:[a-z-]+\s+){0,2})$/i;
/** "its figures", "their latest estimate": a document of the speaker named before. */
/** A body a possessive pronoun owns: "Its defence ministry", "their General Staff". */
const POSSESSIVE_BODY = /^(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:ministry|military|army|staff|command|forces|navy|intelligence|government)$/i;
const PRONOUN_DOCUMENT = /^(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|figures?|data|count|tally|numbers?|assessment|analysis|statement|report|calculations?|maps?|toll)$/i;
/** How many sentences back a named head ("the Defence Ministry", "Defence Intelligence") is looked for. */
const HEAD_SENTENCES = 20;

/** A claimant alias, compiled, with what a cheap check needs to skip it where it cannot match. */
interface AliasPattern {
  re: RegExp;
  row: ClaimantTableRow;
  length: number;
  /** Length of its first word, and the first character of its second word (-1 for a one-word alias). */
  firstLength: number;
  second: number;
  /** An alias with a capital matches case-sensitively. */
  exactCase: boolean;
  /** Its words, when `aliasEnd` decides a match as its regex would; null for a case-insensitive alias with letters beyond ASCII. */
  tokens: string[] | null;
}

/**
 * Where the alias's regex, `words joined by \s+` then `(?![\w-])`, sticky at `start`, ends its match; -1 for none. Its
 * words hold no space, so each `\s+` takes the whole run of spaces; without the "i" flag a character matches only
 * itself, with it (and no "u") an ASCII letter matches only its two cases, and any other ASCII character and "’" only
 * themselves.
 */
function aliasEnd(text: string, start: number, alias: AliasPattern): number {
  const tokens = alias.tokens!;
  const n = text.length;
  let j = start;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (t > 0) {
      if (j >= n || !isRegExpSpace(text.charCodeAt(j))) return -1;
      do j++;
      while (j < n && isRegExpSpace(text.charCodeAt(j)));
    }
    if (j + token.length > n) return -1;
    for (let k = 0; k < token.length; k++) {
      const c = text.charCodeAt(j + k);
      const d = token.charCodeAt(k);
      if (c === d) continue;
      if (alias.exactCase) return -1;
      const folded = d | 32;
      if (folded < 97 || folded > 122 || (c | 32) !== folded) return -1;
    }
    j += token.length;
  }
  if (j < n) {
    const c = text.charCodeAt(j);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45) return -1;
  }
  return j;
}

/**
 * Whether the alias's second word can start where the text's does: most aliases sharing a first word
 * ("Russian Defence Ministry", "Russian military") differ in their second, and a failed character
 * comparison is far cheaper than a failed regex. Only a necessary condition: the regex still decides.
 */
function secondWordMayMatch(c: number, alias: AliasPattern): boolean {
  if (alias.second < 0) return true;
  if (c < 0) return false;
  if (alias.exactCase) return c === alias.second;
  // A case-insensitive regex folds non-ASCII letters too: compare only ASCII characters.
  if (c >= 128 || alias.second >= 128) return true;
  return (c >= 65 && c <= 90 ? c + 32 : c) === (alias.second >= 65 && alias.second <= 90 ? alias.second + 32 : alias.second);
}

/** The first character of the word after the spaces at `j` (where a first word ends), or -1 for no space there or no word after. */
function secondWordAt(text: string, j: number): number {
  if (!isRegExpSpace(text.charCodeAt(j))) return -1;
  while (isRegExpSpace(text.charCodeAt(j))) j++;
  return j < text.length ? text.charCodeAt(j) : -1;
}

/** `s.split(/\s+/).length` without the array: one more than the runs of spaces (JavaScript's \s) in `s`. */
function pieceCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isRegExpSpace(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isRegExpSpace(s.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** JavaScript's \s: what `\s+` between an alias's words matches. */
function isRegExpSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface AliasHit {
  start: number;
  end: number;
  row: ClaimantTableRow;
}

export interface Attributor {
  /** The claimant of the figure at `offset` in `sentence`; `previous` are the sentences before it, nearest last. */
  attribute(text: string, sentence: Span, offset: number, previous: Span[] | (() => Span[])): Attribution | null;
  /** Side of a claimant's words ("Ukraine's Army Press Service" → ukraine). */
  sideOf(text: string, span: Span): { side: ClaimantSide; rule: "table" | "fallback" } | null;
  /** Whether the sentence has words of saying of its own ("said", "according to", "noting"). */
  hasOwnSpeech(text: string, sentence: Span): boolean;
}

export function createAttributor(rows: ClaimantTableRow[]): Attributor {
  // Aliases are indexed by their first word (lower-cased); a hit is then checked in place. Aliases
  // with a capital match case-sensitively ("UN", "AP"), lower-case ones in any case. One pass over
  // the words of a span, a map look-up per word: no large alternation to run.
  const byFirstWord = new Map<string, AliasPattern[]>();
  for (const r of rows)
    for (const a of r.aliases.split("|")) {
      const alias = a.trim();
      if (!alias) continue;
      const words = alias.split(/\s+/);
      const first = words[0].toLowerCase();
      const exactCase = /[A-Z]/.test(alias);
      const re = new RegExp(`${escapeRegExp(alias).replace(/\s+/g, "\\s+")}(?![\\w-])`, exactCase ? "y" : "iy");
      const list = byFirstWord.get(first) ?? [];
      const second = words.length > 1 ? words[1].charCodeAt(0) : -1;
      // Matched in place, without the regex, when each of its characters matches only itself or its other ASCII case.
      const tokens = exactCase || /^[\x00-\x7f’]*$/.test(alias) ? words : null;
      list.push({ re, row: r, length: alias.length, firstLength: words[0].length, second, exactCase, tokens });
      list.sort((x, y) => y.length - x.length);
      byFirstWord.set(first, list);
    }
  // Every look-up key, as a hash of its characters: most words of a text are no alias's first word, and
  // a word whose hash is not here is passed over without building its lower-cased forms.
  const keyBits = new Uint8Array(KEY_MASK + 1);
  // The keys by hash (a few may share one): a word of ASCII letters (and ’) is looked up by the hash its scan
  // computed, compared in place, with no lower-cased copy of it built.
  const byHash = new Map<number, { key: string; list: AliasPattern[] }[]>();
  for (const [key, list] of byFirstWord) {
    keyBits[hashOfKey(key) & KEY_MASK] = 1;
    const same = byHash.get(hashOfKey(key));
    if (same) same.push({ key, list });
    else byHash.set(hashOfKey(key), [{ key, list }]);
  }
  /** The aliases whose first word is text[start, start + length) lower-cased (ASCII capitals folded), of hash `hash`. */
  function listAt(text: string, start: number, length: number, hash: number): AliasPattern[] | undefined {
    const entries = byHash.get(hash);
    if (!entries) return undefined;
    for (const { key, list } of entries) {
      if (key.length !== length) continue;
      let j = 0;
      for (; j < length; j++) {
        const c = text.charCodeAt(start + j);
        if ((c >= 65 && c <= 90 ? c + 32 : c) !== key.charCodeAt(j)) break;
      }
      if (j === length) return list;
    }
    return undefined;
  }
  /** The first alias of `list` matching at `start` and ending by `to`, pushed to `out`. */
  function firstMatch(text: string, start: number, to: number, list: AliasPattern[], out: AliasHit[]): void {
    // The aliases of a list share their first word: its second word is read once (for each length of the first).
    let readFor = -1;
    let second = -1;
    for (const cand of list) {
      if (cand.second >= 0 && cand.firstLength !== readFor) {
        second = secondWordAt(text, start + cand.firstLength);
        readFor = cand.firstLength;
      }
      if (!secondWordMayMatch(second, cand)) continue;
      let end = -1;
      if (cand.tokens) end = aliasEnd(text, start, cand);
      else {
        cand.re.lastIndex = start;
        const m = cand.re.exec(text);
        if (m) end = start + m[0].length;
      }
      if (end >= 0 && end <= to) {
        out.push({ start, end, row: cand.row });
        break;
      }
    }
  }

  // The last span's hits: a claimant's span is read by sideOf and then again for its relay check.
  let memoText = "";
  let memoFrom = -1;
  let memoTo = -1;
  let memoHits: AliasHit[] = [];
  function aliasHits(text: string, from: number, to: number): AliasHit[] {
    if (from === memoFrom && to === memoTo && text === memoText) return memoHits;
    const hits = findAliasHits(text, from, to);
    memoText = text;
    memoFrom = from;
    memoTo = to;
    memoHits = hits;
    return hits;
  }

  function findAliasHits(text: string, from: number, to: number): AliasHit[] {
    const out: AliasHit[] = [];
    // The words of [from, to): a letter, digit or Latin letter, then word characters, apostrophes,
    // periods, ampersands and hyphens (the span's edges cut words).
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] !== 2 : !isWordStart(c)) {
        i++;
        continue;
      }
      const start = i;
      // Hashes of the lower-cased word, and of it without its last one and two characters (a final
      // period, a possessive): the forms a key may have.
      let h = 0;
      let h1 = 0;
      let h2 = 0;
      let plain = true;
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_WORD[d] === 0 && i > start) break;
        } else {
          if (i > start && !isWordPart(d)) break;
          if (d !== 0x2019) plain = false;
        }
        h2 = h1;
        h1 = h;
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
      }
      // Most words: no key's hash shares their low bits (a bit table), else no key has their hash.
      if (plain && keyBits[h & KEY_MASK] === 0 && keyBits[h1 & KEY_MASK] === 0 && keyBits[h2 & KEY_MASK] === 0) continue;
      if (plain) {
        // ASCII letters (and ’), which lower-case as the hash folds them: the word, then its form without a possessive
        // ("ukraine's" → "ukraine") or a final period ("u.s." → "u.s"), as the keys of the general case below.
        const length = i - start;
        const list = listAt(text, start, length, h);
        if (list) firstMatch(text, start, to, list, out);
        const last = text.charCodeAt(i - 1);
        if (length >= 2 && (last === 115 || last === 83) && (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019)) {
          const bare = listAt(text, start, length - 2, h2);
          if (bare) firstMatch(text, start, to, bare, out);
        } else if (last === 46) {
          const noDot = listAt(text, start, length - 1, h1);
          if (noDot) firstMatch(text, start, to, noDot, out);
        }
        continue;
      }
      // A word may carry a possessive or a final period: look up its bare forms too.
      const word = text.slice(start, i).toLowerCase();
      const noDot = word.endsWith(".") ? word.slice(0, -1) : word;
      const bare = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : noDot;
      for (let k = 0; k < 3; k++) {
        const key = k === 0 ? word : k === 1 ? bare : noDot;
        if (k > 0 && (key === word || (k === 2 && key === bare))) continue;
        const list = byFirstWord.get(key);
        if (list) firstMatch(text, start, to, list, out);
      }
    }
    if (out.length < 2) return out;
    // Keep the longest of overlapping hits ("Russian Defense Ministry" over "Russian military").
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out.filter((h, i) => !out.some((o, j) => j !== i && o.start <= h.start && o.end >= h.end && (o.end - o.start) > (h.end - h.start)));
  }

  function sideOf(text: string, span: Span): { side: ClaimantSide; rule: "table" | "fallback" } | null {
    const words = text.slice(span.start, span.end);
    // "an analysis by Reuters of data from DeepState": the analyst named after "by" speaks.
    const analysisBy = ANALYSIS_BY_OF.exec(words);
    if (analysisBy) {
      const from = span.start + analysisBy.index + analysisBy[0].length - analysisBy[1].length - " of".length;
      const analyst = aliasHits(text, from, from + analysisBy[1].length)[0];
      if (analyst) return { side: analyst.row.side, rule: "table" };
    }
    const analysis = ANALYSIS_OF.exec(words);
    if (analysis) {
      // The analyst before "tally of" speaks, even an outlet ("a Reuters tally of Ukrainian air force data").
      const analyst = aliasHits(text, span.start, span.start + analysis.index)[0];
      if (analyst) return { side: analyst.row.side, rule: "table" };
      // "an NPR analysis of Ukrainian air force data", "a Breaking Defense analysis of …": a named analyst the table does
      // not know is independent of the side whose data it reads (a nation's own analysis keeps its nation).
      const name = NAMED_ANALYST.exec(words.slice(0, analysis.index));
      if (name && !NATION_SIDE.some(([re]) => re.test(name[1]))) return { side: "third_party", rule: "fallback" };
    }
    const hits = aliasHits(text, span.start, span.end);
    const own = hits.find((h) => !RELAY_ROWS.has(h.row.claimant)) ?? hits[0];
    if (own) return { side: own.row.side, rule: "table" };
    for (const [re, side] of NATION_SIDE) if (re.test(words)) return { side, rule: "fallback" };
    return null;
  }

  /** The noun phrase ending right before `end` (back to a clause break), trimmed of adverbs. */
  function npBefore(text: string, from: number, end: number): Span | null {
    // A short bracket ("Ukraine's Security Service (SBU) said") is part of the name: mask it, keeping offsets.
    let slice = text.slice(from, end);
    if (slice.includes("(")) slice = slice.replace(PAREN, (m) => "_".repeat(m.length));
    // "on Sept. 21, 2022,": the period and comma inside a date are no breaks.
    if (DATE_COMMA_ANY.test(slice)) slice = slice.replace(DATE_COMMA, (m) => m.replace(/[.,]/g, "_"));
    const breaks: { at: number; end: number; comma: boolean }[] = [];
    NP_BREAK.lastIndex = 0;
    for (let m = NP_BREAK.exec(slice); m !== null; m = NP_BREAK.exec(slice)) {
      // A period inside an abbreviation ("U.S.", "Two U.S. officials") is not a break.
      if (m[0] === "." && (/[A-Z]\.$/.test(slice.slice(0, m.index + 1)) && /^[A-Z]/.test(slice.slice(m.index + 1)) || /(?:^|[^\w.])(?:[A-Z]\.){2,}$/.test(slice.slice(Math.max(0, m.index - 8), m.index + 1)))) continue;
      // "regional Gov. Yuri Slyusar": a title's abbreviation is no break either.
      if (m[0] === "." && TITLE_ABBREVIATION.test(slice.slice(Math.max(0, m.index - 6), m.index)) && /^\s+[A-Z]/.test(slice.slice(m.index + 1, m.index + 4))) continue;
      breaks.push({ at: m.index, end: m.index + m[0].length, comma: m[0] === "," });
    }
    let start = breaks.length ? breaks[breaks.length - 1].end : 0;
    /** The trimmed words of the slice's [a, b), as a span of the text, when they are eight words or fewer. */
    const shortPhrase = (a: number, b: number): Span | null => {
      const raw = slice.slice(a, b);
      const np = raw.trim();
      if (!np || pieceCount(np) > 8) return null;
      const at = a + raw.length - raw.trimStart().length;
      return { start: from + at, end: from + at + np.length };
    };
    // "The General Staff's morning update, posted on Facebook with the usual infographic, put …": a participle aside between
    // the subject and its verb; the subject before it speaks.
    // Not the last name of a list ("by the World Bank, the UN and the Ukrainian government, released on Monday, puts").
    if (breaks.length >= 2 && breaks[breaks.length - 1].comma && breaks[breaks.length - 2].comma && slice.slice(start).trim() === "" &&
        (breaks.length === 2 || !breaks[breaks.length - 3].comma && !/^and$/i.test(slice.slice(breaks[breaks.length - 3].at, breaks[breaks.length - 3].end))) &&
        PARTICIPLE_ASIDE.test(slice.slice(breaks[breaks.length - 2].end, breaks[breaks.length - 1].at))) {
      const np = shortPhrase(breaks.length >= 3 ? breaks[breaks.length - 3].end : 0, breaks[breaks.length - 2].at);
      if (np) return np;
    }
    // "…, Lithuania's military intelligence and the State Security Department said": two bodies joined by "and" speak
    // together (the first one's nation names their side).
    const joint = breaks[breaks.length - 1];
    if (joint && /^and$/i.test(slice.slice(joint.at, joint.end)) && (breaks.length === 1 || breaks[breaks.length - 2].comma)) {
      const firstFrom = breaks.length >= 2 ? breaks[breaks.length - 2].end : 0;
      // The second must open with "the": "the Center for Strategic and International Studies" is one name.
      const second = slice.slice(joint.end).trim();
      if (/^the\s/i.test(second) && JOINED_BODY.test(slice.slice(firstFrom, joint.at).trim()) && JOINED_BODY.test(second)) start = firstFrom;
    }
    // "one of roughly 43,000 troops Kyiv says it has lost": a count and its noun before a name are the object of a
    // reduced relative clause; the name speaks.
    const counted = COUNTED_BEFORE_NAME.exec(slice.slice(start));
    if (counted) start += counted[0].length;
    // "revealed by South Korean intelligence, which initially said": the one a relative pronoun stands for speaks.
    const last = breaks[breaks.length - 1];
    if (last && breaks.length >= 2 && /^(?:which|who)$/i.test(slice.slice(last.at, last.end)) && RELATIVE_REST.test(slice.slice(last.end))) {
      const comma = breaks[breaks.length - 2];
      if (comma.comma && slice.slice(comma.end, last.at).trim() === "") {
        const clauseStart = breaks.length >= 3 ? breaks[breaks.length - 3].end : 0;
        const clause = slice.slice(clauseStart, comma.at);
        const after = /.*\b(?:by|from|to|with|at|citing|quoting|cited|quoted|and)\s+/s.exec(clause);
        const tailStart = clauseStart + (after ? after[0].length : clause.length - clause.trimStart().length);
        const tail = slice.slice(tailStart, comma.at).trim();
        if (!tail || pieceCount(tail) > 8) return null;
        return { start: from + tailStart, end: from + tailStart + tail.length };
      }
    }
    // "Independent analysts who studied satellite images said": a short relative clause without commas; its antecedent speaks.
    if (last && /^who$/i.test(slice.slice(last.at, last.end)) && !/[,;:]/.test(slice.slice(last.end)) && pieceCount(slice.slice(last.end).trim()) <= 8) {
      const np = shortPhrase(breaks.length >= 2 ? breaks[breaks.length - 2].end : 0, last.at);
      if (np) return np;
    }
    // "Mediazona and the BBC Russian Service, which count obituaries, social media posts and official announcements, said":
    // a relative clause with commas of its own between the speaker and its verb; the one it hangs from speaks.
    if (last && last.comma && breaks.length >= 3 && RELATIVE_REST.test(slice.slice(last.end))) {
      for (let b = breaks.length - 2; b >= 1; b--) {
        const word = slice.slice(breaks[b].at, breaks[b].end);
        if (!/^(?:which|who)$/i.test(word)) {
          if (breaks[b].comma || /^and$/i.test(word)) continue;
          break;
        }
        const comma = breaks[b - 1];
        if (!comma.comma || slice.slice(comma.end, breaks[b].at).trim() !== "" || pieceCount(slice.slice(breaks[b].end, last.at)) > 25) break;
        const npFrom = b >= 2 ? breaks[b - 2].end : 0;
        // "Mediazona and the BBC Russian Service": a name joined by "and" runs back over it.
        const joined = b >= 2 && /^and$/i.test(slice.slice(breaks[b - 2].at, breaks[b - 2].end)) ? (b >= 3 ? breaks[b - 3].end : 0) : npFrom;
        const raw = slice.slice(joined, comma.at);
        const np = raw.trim();
        // "Our own model, which draws on …, suggests": the outlet's own estimate (extract.ts reads it), no speaker here.
        if (/^(?:Our|My)\b/.test(np)) return null;
        if (np && pieceCount(np) <= 10 && /^(?:the\s+)?[A-Z]/.test(np)) {
          const at = joined + raw.length - raw.trimStart().length;
          return { start: from + at, end: from + at + np.length };
        }
        break;
      }
    }
    // "Vasyl Malyuk, the head of the SBU, said": the speaker is the name and its apposition; a long
    // apposition ("Pentagon officials, speaking on condition of anonymity because ..., said") leaves the name.
    // "Mediazona, an independent Russian outlet, has confirmed": an auxiliary after the apposition is no name.
    // The words after the last break without their trailing adverbs: read here and, when this returns nothing, below.
    const tail = slice.slice(start).trimEnd().replace(TRAILING_ADVERBS, "");
    if (breaks.length && tail.trim() === "" && breaks[breaks.length - 1].comma) {
      const last = breaks.length - 1;
      let prevComma = -1;
      for (let b = last - 1; b >= 0; b--) if (breaks[b].comma) { prevComma = b; break; }
      const appStart = last > 0 ? breaks[last - 1].end : 0;
      start = appStart;
      let stop = breaks[last].at;
      if (prevComma >= 0) {
        const nameStart = prevComma > 0 ? breaks[prevComma - 1].end : 0;
        const name = slice.slice(nameStart, breaks[prevComma].at).trim();
        // "Open-source analysts at the Finnish group Black Bird Group, who track ..., estimated": a relative clause may follow a longer name.
        const appText = slice.slice(breaks[prevComma].end).trimStart();
        // "The UALosses project, which tracks obituaries, has counted": "which" after a name; not after a phrase of its own
        // ("based on data from the Registry, which records ..., puts").
        const clauseApposition = (CLAUSE_APPOSITION.test(appText) || DATE_APPOSITION.test(appText)) && pieceCount(name) <= 10 &&
          (!/^which\b/i.test(appText) || /^(?:the\s+|The\s+)?[A-Z]/.test(name));
        if ((SPEAKER_NAME.test(name) && pieceCount(name) <= 8) || clauseApposition) {
          const whole = slice.slice(nameStart, breaks[last].at).trim();
          start = nameStart;
          if (clauseApposition || pieceCount(whole) > MAX_NP_WORDS || breaks[last - 1] !== breaks[prevComma]) stop = breaks[prevComma].at;
        }
      }
      const np = slice.slice(start, stop).trim();
      if (!np || pieceCount(np) > MAX_NP_WORDS) return null;
      const s = from + start + (slice.slice(start).length - slice.slice(start).trimStart().length);
      return { start: s, end: s + np.length };
    }
    let np = tail;
    const lead = LEADING_WORDS.exec(np.trimStart());
    const trimmedLead = np.length - np.trimStart().length + (lead ? lead[0].length : 0);
    np = np.slice(trimmedLead).trimEnd();
    // "the analysis of data from the US-based Institute for the Study of War shows": an analysis names its source, a longer phrase.
    if (!np || pieceCount(np) > (ANALYSIS_OF.test(np) ? MAX_NP_WORDS + 4 : MAX_NP_WORDS)) return null;
    const s = from + start + trimmedLead;
    return { start: s, end: s + np.length };
  }

  /** The noun phrase starting at `start` (to a break, at most a dozen words). */
  function npAfter(text: string, start: number, to: number): Span | null {
    // "the Washington, D.C.-based Institute for the Study of War": the comma of a place's name ends no name (same length).
    const raw = text.slice(start, Math.min(to, start + 160));
    const slice = raw.includes(", D.C.") ? raw.replace(/, D\.C\./g, "_ D.C.") : raw;
    // An initial's dot and a title's ("according to regional Gov. Serhiy Lysak", "Lt. Gen. Kyrylo Budanov") end no name.
    // Masking a period changes nothing before the first break when that break is no period.
    const unmasked = NP_HEAD.exec(slice);
    const m = unmasked && slice.charCodeAt(unmasked[0].length) !== 46 ? unmasked : NP_HEAD.exec(slice.replace(TITLE_DOT, "$1_"));
    // "according to DeepState – an area slightly larger than …": a spaced dash ends the name too.
    const dash = m ? SPACED_DASH.exec(m[0]) : null;
    const whole = m ? (dash ? m[0].slice(0, dash.index) : m[0]) : "";
    // "the General Staff summary as of 08:00": the time of the report is no part of the name.
    // "according to AFP calculations based on ISW data": what the count was drawn from is no part of the name either.
    let np = whole.replace(/\s+(?:and|that|who|which|on|in|as\s+of|based\s+on|drawn\s+from|derived\s+from|compiled\s+from|using)\s.*$/s, "").trimEnd();
    // "according to sources in the SBU", "officials at the General Staff": the body they speak from is the claimant's name.
    if (SOURCE_HEAD.test(np) && /^\s+(?:in|at|within|from|with)\s+(?:the\s+)?[A-Z]/.test(whole.slice(np.length))) np = whole.replace(/\s+(?:and|that|who|which|on|as\s+of)\s.*$/s, "").trimEnd();
    // "the Center for Strategic and International Studies": a known name runs on over the word the cut stopped at.
    if (np.length < whole.trimEnd().length && NAME_GOES_ON.test(whole.slice(np.length))) {
      for (const h of aliasHits(text, start, start + whole.length)) if (h.start < start + np.length && h.end > start + np.length) np = text.slice(start, h.end);
    }
    if (!np) return null;
    if (pieceCount(np) > MAX_NP_WORDS) np = cutNounPhrase(np);
    return { start, end: start + np.length };
  }

  /** Candidate claimant phrases of a sentence, each with its rule. */
  function candidates(text: string, sentence: Span): { span: Span; rule: ClaimantRule; anchor: number }[] {
    const out: { span: Span; rule: ClaimantRule; anchor: number }[] = [];
    const s = text.slice(sentence.start, sentence.end);
    // Whether any of the three patterns of saying matches: hasOwnSpeech asks it of the same sentence next.
    let speech = false;
    ACCORDING_TO.lastIndex = 0;
    for (let m = ACCORDING_TO.exec(s); m !== null; m = ACCORDING_TO.exec(s)) {
      speech = true;
      let from = sentence.start + m.index + m[0].length;
      const info = INFORMATION_FROM.exec(text.slice(from, Math.min(sentence.end, from + 80)));
      if (info) from += info[0].length;
      const np = npAfter(text, from, sentence.end);
      if (np) out.push({ span: np, rule: "according_to", anchor: sentence.start + m.index });
    }
    // "Source: Oleksandr Prokudin, Head of Kherson Oblast Military Administration": a label naming the report's source.
    const label = SOURCE_LABEL.exec(s);
    if (label) {
      speech = true;
      const np = npAfter(text, sentence.start + label[0].length, sentence.end);
      if (np) out.push({ span: np, rule: "according_to", anchor: sentence.start });
    }
    // "By DeepState's count, Russian forces captured …": the owner of the count is the source.
    BY_OWN_COUNT.lastIndex = 0;
    for (let m = BY_OWN_COUNT.exec(s); m !== null; m = BY_OWN_COUNT.exec(s)) {
      speech = true;
      // "By DeepState's count", or "By the count of the regional authorities".
      const who = m[1] ?? m[2];
      const from = sentence.start + m.index + m[0].indexOf(who, 3);
      out.push({ span: { start: from, end: from + who.length }, rule: "according_to", anchor: sentence.start + m.index });
    }
    // "The figure, provided by Ukraine's General Staff", "the agency, citing the air force, said": the source named after.
    PASSIVE_SOURCE.lastIndex = 0;
    for (let m = PASSIVE_SOURCE.exec(s); m !== null; m = PASSIVE_SOURCE.exec(s)) {
      speech = true;
      let np = npAfter(text, sentence.start + m.index + m[0].length, sentence.end);
      const bulletin = np && m[0].endsWith("in ") ? BULLETIN_AFTER_NAME.exec(text.slice(np.start, np.end)) : null;
      if (np && bulletin && bulletin.index > 0) np = { start: np.start, end: np.start + bulletin.index };
      // "The 41 aircraft claimed by the SBU were not all destroyed": the name ends where its clause's verb begins.
      const verb = np && m[0].startsWith("claimed") ? /\s+(?:were|was|is|are|has|have|had|will|would|could)\b/.exec(text.slice(np.start, np.end)) : null;
      if (np && verb) np = { start: np.start, end: np.start + verb.index };
      if (np) out.push({ span: np, rule: "according_to", anchor: sentence.start + m.index });
    }
    const forSource = FOR_SOURCE.exec(s);
    if (forSource) {
      speech = true;
      const from = sentence.start + forSource[0].indexOf(forSource[1]);
      out.push({ span: { start: from, end: from + forSource[1].length }, rule: "according_to", anchor: sentence.start });
    }
    // "Per Ukraine's General Staff, Russia lost ...": "per" before a name is "according to".
    PER_SOURCE.lastIndex = 0;
    for (let m = PER_SOURCE.exec(s); m !== null; m = PER_SOURCE.exec(s)) {
      speech = true;
      const np = npAfter(text, sentence.start + m.index + m[0].length, sentence.end);
      if (np) out.push({ span: np, rule: "according_to", anchor: sentence.start + m.index });
    }
    // "…, in what the Ukrainian air force described as the largest attack of the war": the one describing the event gives
    // its figures.
    const inWhat = s.includes("what") && s.includes("in what") ? IN_WHAT.exec(s) : null;
    if (inWhat) {
      speech = true;
      const from = sentence.start + inWhat.index + inWhat[0].indexOf(inWhat[1], 7);
      out.push({ span: { start: from, end: from + inWhat[1].length }, rule: "according_to", anchor: sentence.start + inWhat.index });
    }
    SPEECH_VERB.lastIndex = 0;
    for (let m = SPEECH_VERB.exec(s); m !== null; m = SPEECH_VERB.exec(s)) {
      const at = sentence.start + m.index;
      // "an estimated $176bn", "hits were recorded at 12 locations": an adjective or a passive with no agent is no one's
      // words, and leaves the sentence free to go on with the claim of the one before (hasOwnSpeech).
      if (!(DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, at - 11), at)) ||
          (PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, at - 24), at)) && !PASSIVE_AGENT.test(text.slice(at + m[0].length, Math.min(sentence.end, at + m[0].length + 120)))))) speech = true;
      if (CLAIMED_AS.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // "AFP Fact Check found no evidence that 12,000 soldiers were killed": a finding against a figure does not claim it.
      if (NO_EVIDENCE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      // "Their latest statistical estimate ... puts": a document of a speaker named before, not a verb.
      const ownerBefore = DOCUMENT_NOUN.test(m[0]) ? POSSESSIVE_BEFORE.exec(text.slice(Math.max(sentence.start, at - 40), at)) : null;
      if (ownerBefore) {
        out.push({ span: { start: at - ownerBefore[1].length, end: at + m[0].length }, rule: "speech_verb", anchor: at });
        continue;
      }
      // "an estimated $176bn", "the reported toll", "the number of confirmed deaths": a participle used as an adjective,
      // not words of saying.
      if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, at - 11), at))) continue;
      // "Earlier reports put the toll at 18", "Initial estimates": a noun after an adjective of its kind, not a verb.
      if (NOUN_LIKE_VERB.test(m[0]) && NOUN_ADJECTIVE_BEFORE.test(text.slice(Math.max(sentence.start, at - 14), at))) continue;
      // "a claim Moscow has never confirmed", "a figure the outlet could not verify": a denial of saying names no claimant.
      if (NEGATED_BEFORE.test(text.slice(Math.max(sentence.start, at - 24), at))) continue;
      // "Russian losses were estimated at 1,000 a day by British intelligence": a passive's subject is what was said; its
      // agent after "by", if any, said it.
      if (PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, at - 24), at))) {
        const agent = PASSIVE_AGENT.exec(text.slice(at + m[0].length, Math.min(sentence.end, at + m[0].length + 120)));
        const np = agent ? npAfter(text, at + m[0].length + agent[0].length, sentence.end) : null;
        if (np) out.push({ span: np, rule: "according_to", anchor: at });
        continue;
      }
      const before = text.slice(Math.max(sentence.start, at - 3), at);
      // "..., puts the number at", "..., gave a toll of": verbs that take an object after them never invert ("said the ministry").
      // "Ukraine, meanwhile, said Russia launched …": a comma closing an aside after the subject inverts nothing.
      if (/[,"”’]\s*$/.test(before) && !NO_INVERSION.test(m[0]) && !ASIDE_BEFORE.test(text.slice(Math.max(sentence.start, at - 40), at))) {
        const np = npAfter(text, at + m[0].length + 1, sentence.end);
        // "..., said Russia had lost ...": a phrase with a verb of its own opens what was said, it does not say it.
        // "DTEK, the largest energy company, estimated the damage at ...": a figure's noun after the verb is its object.
        // "The governor of the Kursk region, Alexander Khinshtein, said a Ukrainian drone strike … had killed": the comma
        // closes an apposition, and the phrase after the verb goes on into a verb of its own, so it is what was said.
        // "DeepState, the Ukrainian monitoring group, says Russian forces took 505 sq km": a phrase holding a number is what
        // was said. "…, said regional governor Dmytro Lunin": a role in lower case before the name.
        if (np && /^(?:the\s|a\s|an\s|[A-Z]|(?:regional|local|acting|deputy|former|senior|top|chief)\s+[A-Z]|(?:(?:regional|local|acting|deputy|former|senior|top|chief|military|presidential|provincial|city|district|foreign|defen[cs]e|interior)\s+){0,2}(?:governor|mayor|spokes(?:man|woman|person)|advis[eo]r|minister|commander|official|head|prosecutor|ombudsman|president)\s+[A-Z])/.test(text.slice(np.start, np.end)) && !WHEN_SAID.test(text.slice(np.start, np.end)) && !NUMBER_NOT_ORDINAL.test(text.slice(np.start, np.end)) && !FINITE_VERB.test(text.slice(np.start, np.end)) && !FIGURE_OBJECT.test(text.slice(np.start, np.end)) &&
            !CLAUSE_GOES_ON.test(text.slice(np.end, Math.min(sentence.end, np.end + 80)))) {
          out.push({ span: np, rule: "speech_verb", anchor: at });
          continue;
        }
      }
      let np = npBefore(text, sentence.start, at);
      // "The Mission said it had verified …": the second verb's phrase holds the first's; its subject speaks.
      if (np) {
        const saidIt = SAID_PRONOUN_TAIL.exec(text.slice(np.start, np.end));
        if (saidIt && saidIt.index > 0) np = { start: np.start, end: np.start + saidIt.index };
      }
      // "BBC Verify has been able to confirm", "Reuters was unable to verify": what the speaker could do is no part of its name.
      if (np) {
        const could = ABLE_TO_TAIL.exec(text.slice(np.start, np.end));
        if (could && could.index > 0) np = { start: np.start, end: np.start + could.index };
      }
      // "The Center for Strategic and International Studies estimated": a name the table knows runs over the words that
      // broke the phrase ("and").
      if (np) {
        const own = np;
        const across = aliasHits(text, Math.max(sentence.start, own.start - 60), own.end).find((h) => h.start < own.start && h.end > own.start);
        if (across) np = { start: across.start, end: own.end };
      }
      // "fewer than Kyiv had claimed": a comparison with someone's claim, not this figure's claimant.
      // Not "even as Western estimates put ...", a clause of its own.
      // Not the "as" of time ("The strike comes as Britain's Ministry of Defence said that …"): only "than" and the "as" of a
      // comparison ("as many as", "the same as", "such as").
      // "As Ukrinform reported, …", "…, as Kyiv claimed": an "as" opening a clause relays or compares, it does not claim.
      if (np && (COMPARED_WITH_CLAIM_BEFORE.test(text.slice(Math.max(sentence.start, np.start - 16), np.start)) || AS_OPENING_CLAUSE.test(text.slice(Math.max(sentence.start, np.start - 8), np.start))) && !/\beven\s+as\s+$/i.test(text.slice(Math.max(sentence.start, np.start - 9), np.start)) ||
          (np && /^\w+\s+than\b/i.test(text.slice(np.start, np.end)))) continue;
      // "According to the General Staff report, …": "report" is the noun of the phrase "according to" opens, not a verb.
      if (np && /^according\s+to\b/i.test(text.slice(np.start, np.start + 13))) continue;
      if (np) out.push({ span: np, rule: "speech_verb", anchor: at });
      else if (COORDINATED_BEFORE.test(text.slice(Math.max(sentence.start, at - 20), at))) {
        // "X rejected the report and said ...": a second verb of the sentence's subject, its first named body or speaker.
        // Not a name quoted as the object of the first verb ('had struck "a training center of the Armed Forces of Ukraine"').
        const named = aliasHits(text, sentence.start, at).filter((h) => !RELAY_ROWS.has(h.row.claimant) && !insideQuotes(text, sentence.start, h.start));
        if (named.length) out.push({ span: { start: named[0].start, end: named[0].end }, rule: "speech_verb", anchor: at });
      }
    }
    // "agencies quoted the defence ministry as saying", "the ministry was quoted as saying": the one quoted speaks.
    QUOTED_AS.lastIndex = 0;
    for (let m = s.includes("quoted") ? QUOTED_AS.exec(s) : null; m !== null; m = QUOTED_AS.exec(s)) {
      speech = true;
      const at = sentence.start + m.index;
      if (m[1]) {
        const from = at + m[0].indexOf(m[1], "quoted".length);
        out.push({ span: { start: from, end: from + m[1].length }, rule: "speech_verb", anchor: at });
        continue;
      }
      const np = npBefore(text, sentence.start, at);
      if (np) out.push({ span: np, rule: "speech_verb", anchor: at });
    }
    PARTICIPLE.lastIndex = 0;
    for (let m = PARTICIPLE.exec(s); m !== null; m = PARTICIPLE.exec(s)) {
      speech = true;
      // "Zelenskyy expressed delight ..., noting ...": the speaker is the sentence's subject.
      const at = sentence.start + m.index;
      // "Russia fired 36 missiles, the air force said, adding that 476 drones had been intercepted": the one who said
      // goes on saying.
      const said = out.filter((c) => c.rule === "speech_verb" && c.anchor < at && c.span.end <= at).at(-1);
      if (said && /^,\s*$/.test(text.slice(said.anchor, at).replace(/^\w+/, ""))) {
        out.push({ span: said.span, rule: "speech_verb", anchor: at });
        continue;
      }
      const named = aliasHits(text, sentence.start, at).filter((h) => !RELAY_ROWS.has(h.row.claimant));
      if (named.length) {
        out.push({ span: { start: named[0].start, end: named[0].end }, rule: "speech_verb", anchor: at });
        continue;
      }
      const subject = /^(?:(?:The|the|A|a|An|an)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:has|had|have|was|is|were|are|[a-z]+ed|[a-z]+s)\b)/.exec(text.slice(sentence.start, at));
      if (subject) out.push({ span: { start: sentence.start, end: sentence.start + subject[0].length }, rule: "speech_verb", anchor: at });
    }
    // "Zelensky: Russia lost ..." — a short speaker before a colon at the start of a line; not a
    // rubric ("Ukraine war latest:", "LIVE:") nor a caption label ("Photograph:").
    // Both patterns of a colon need one.
    const hasColon = s.includes(":");
    const colon = hasColon ? /^([^:\n]{2,60}):\s/.exec(s) : null;
    if (colon && pieceCount(colon[1]) <= 6 && !COLON_RUBRIC.test(colon[1]) &&
        (aliasHits(text, sentence.start, sentence.start + colon[1].length).length > 0 || ((SPEAKER_NP.lastIndex = 0), SPEAKER_NP.test(colon[1])) || /^(?:[A-Z][\w'’.-]+\s?){1,3}$/.test(colon[1]))) {
      out.push({ span: { start: sentence.start, end: sentence.start + colon[1].length }, rule: "colon", anchor: sentence.start });
    }
    // "when their tally stood at 4,100", "the ministry's count reached 900": an owned count speaks for its owner.
    OWNED_TALLY.lastIndex = 0;
    for (let m = TALLY_VERB.test(s) ? OWNED_TALLY.exec(s) : null; m !== null; m = OWNED_TALLY.exec(s)) {
      speech = true;
      const from = sentence.start + m.index + m[0].length - m[1].length - m[2].length;
      out.push({ span: { start: from, end: from + m[1].length }, rule: "speech_verb", anchor: from });
    }
    // "Mr. Novak's count, given to reporters on Monday: 40,000": the owner of a count before a colon.
    const ownedColon = hasColon ? OWNED_COLON.exec(s) : null;
    if (ownedColon && !(colon && pieceCount(colon[1]) <= 6 && out.some((c) => c.rule === "colon"))) {
      out.push({ span: { start: sentence.start, end: sentence.start + ownedColon[1].length }, rule: "colon", anchor: sentence.start });
    }
    // "Russia lost 1,200 troops in a day – Ukraine's General Staff", "N. Korea has sent 3,000 more troops to Russia: JCS": a
    // headline's source after a dash or colon, when the table knows it.
    const dash = mayEndOnSource(s) ? DASH_SOURCE.exec(s) : null;
    if (dash) {
      const from = sentence.start + dash.index + dash[0].length - dash[1].length;
      const span = { start: from, end: from + dash[1].trimEnd().length };
      // Only a bare name: "– the General Staff", not "– a blow to the Russian military".
      // "– General Staff", "- MoD": a state body no nation names (its side is the outlet's, worked out by the caller).
      if (aliasHits(text, span.start, span.end).some((h) => !RELAY_ROWS.has(h.row.claimant) && h.end === span.end && /^(?:the\s+)?$/i.test(text.slice(span.start, h.start))) ||
          (STATE_BODY.test(text.slice(span.start, span.end)) && sentence.start === lineStartOf(text, sentence.start))) {
        speech = true;
        out.push({ span, rule: "colon", anchor: span.start });
      }
    }
    if (text === cacheText) speechCache.set(spanKey(text, sentence), speech);
    return out;
  }

  /** An anaphor ("the agency", "he") resolved to the latest named speaker in earlier sentences. */
  function resolveAnaphor(text: string, head: string, previous: Span[], headOnly = false): Antecedent | null {
    // A head ("the ministry") may name a speaker further back; any speaker ("he", "it") only a nearby one.
    const recent = previous.slice(head ? -HEAD_SENTENCES : -BACK_SENTENCES).reverse();
    let any: { span: Span; side: ClaimantSide } | null = null;
    for (let n = 0; n < recent.length; n++) {
      // Beyond the nearest sentences only a speaker holding the head counts: skip sentences without its words.
      if ((n >= BACK_SENTENCES || headOnly) && head && !containsLower(text, head, recent[n])) continue;
      const found = speakersIn(text, recent[n]);
      for (const f of found) {
        if (head && f.lower.includes(head)) return f;
        // "as Vladimir Putin's commanders threw …": a possessive owns something; it says nothing for "it said" to carry.
        if (!any && !headOnly && n < BACK_SENTENCES && !(f.lower.endsWith("'s") || f.lower.endsWith("’s") || POSSESSIVE_NEXT.test(text.slice(f.span.end, f.span.end + 2)))) any = f;
      }
      if (any && !head) return any;
    }
    return any;
  }

  /**
   * A definite description ("the ministry", "the General Staff", "the governor"): the place the sentence
   * opens with ("In Russia, the defence ministry said"), else a speaker holding its head in the sentences
   * before, else the latest mention holding it anywhere earlier in the article, else (for a common noun
   * only) the nearest speaker. A name of its own ("the General Staff") named nowhere before takes no
   * other body's claimant.
   */
  function resolveDescription(text: string, sentence: Span, span: Span, words: string, head: string, previous: Span[]): Antecedent | null {
    const desc = words.replace(/^(?:the|this|that|these|those)\s+/i, "");
    const capital = /^[A-Z]/.test(desc);
    const intro = LOCATIVE_INTRO.exec(text.slice(sentence.start, span.start));
    if (intro) {
      // Only a country: a region may be where the other side's army fights ("In Kursk, the military said").
      let side: ClaimantSide | null = null;
      for (const [re, s] of NATION_SIDE) if (!side && re.test(intro[1])) side = s;
      if (side === "ukraine" || side === "russia") return { span, side, claimant: words };
    }
    const near = resolveAnaphor(text, head, previous, true);
    if (near) return near;
    const needles = capital ? [desc.toLowerCase()] : [...new Set([desc.toLowerCase(), head])];
    for (const needle of needles) {
      const m = mentionBefore(text, needle, sentence.start, ACTOR_HEAD.test(head));
      if (m) return m;
    }
    if (capital) return null;
    // "Russian forces took 3 villages, the defence ministry said": a body named nowhere before is the body of the
    // sentence's own subject before it is the nearest speaker of another kind.
    // "The Russian Ministry of Defence said … . In total, 667 aircraft of the Ukrainian Air Force have been destroyed …, the
    // department specified": "the department" is the ministry that spoke just before, not the nation of what it counts.
    if (head === "department") {
      const spoke = resolveAnaphor(text, "", previous);
      if (spoke && /\b(?:ministry|department)\b/i.test(spoke.claimant ?? text.slice(spoke.span.start, spoke.span.end))) return spoke;
    }
    if (BODY_HEAD.test(head)) {
      const side = subjectNation(text, sentence, span);
      if (side) return { span, side, claimant: words, guessed: true };
    }
    const nearest = resolveAnaphor(text, "", previous);
    // '"We lost 3 soldiers," said the battalion commander': a commander, governor or blogger named nowhere before is
    // someone new, not the last body (a ministry, a staff) that spoke; he keeps his words, with the side of the
    // sentence's subject if any. The last person who spoke may be him ("Valery Gerasimov ... The general said").
    if (NEW_PERSON_HEAD.test(head) && (!nearest || BODY_WORD.test(nearest.claimant ?? text.slice(nearest.span.start, nearest.span.end)))) {
      // Researchers named nowhere before are independent (SCHEMA.md: a third party), whichever army's dead they count.
      return { span, side: UNNAMED_ANALYSTS.test(desc) ? "third_party" : subjectNation(text, sentence, span) ?? "unknown", claimant: words, guessed: true };
    }
    return nearest;
  }

  /** The latest mention before `before` holding `needle` (lower case, whole words) whose side is known. */
  function mentionBefore(text: string, needle: string, before: number, speakingOnly: boolean, depth = 0): Antecedent | null {
    const list = mentionsOf(text, needle, depth);
    // The last mention ending by `before` (the list is in text order): a binary search, then back over those that do not speak.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at + needle.length <= before) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) if (!speakingOnly || list[k].speaks) return list[k].mention;
    return null;
  }

  /** Every mention of `needle` in the article whose side is known, in text order: worked out once per article and needle. */
  function mentionsOf(text: string, needle: string, depth: number): { at: number; mention: Antecedent; speaks: boolean }[] {
    if (mentionText !== text) {
      mentionCache.clear();
      mentionText = text;
    }
    const key = depth + ":" + needle;
    const cached = mentionCache.get(key);
    if (cached) return cached;
    const out: { at: number; mention: Antecedent; speaks: boolean }[] = [];
    mentionCache.set(key, out);
    lowerText ??= text.toLowerCase();
    if (needle && lowerText.length === text.length) {
      for (let i = lowerText.indexOf(needle); i >= 0; i = lowerText.indexOf(needle, i + 1)) {
        const end = i + needle.length;
        if (i > 0 && isNameChar(lowerText.charCodeAt(i - 1))) continue;
        if (end < text.length && isNameChar(lowerText.charCodeAt(end))) continue;
        const m = mentionAt(text, i, end, depth);
        if (m) out.push({ at: i, mention: m, speaks: speaks(text, m.span) });
      }
    }
    return out;
  }
  let mentionText = "";
  const mentionCache = new Map<string, { at: number; mention: Antecedent; speaks: boolean }[]>();

  /**
   * The side of the mention at [s, e): an alias in the name around it ("Belgorod Governor Vyacheslav
   * Gladkov"), a nation word just before it ("Russia's foreign ministry"), the place of an office
   * ("Kharkiv regional Governor Oleh Synyehubov"), else what its apposition says ("Danielle Bell, the head of the Mission").
   */
  function mentionAt(text: string, s: number, e: number, depth: number, appositionOnly = false): Antecedent | null {
    const capital = /[A-Z]/.test(text[s]);
    let start = s;
    let end = e;
    // A name runs on over capitalised words, "of the", and a short bracket ("(SBU)").
    for (let m = NAME_RIGHT.exec(text.slice(end, end + 60)); m; m = NAME_RIGHT.exec(text.slice(end, end + 60))) end += m[0].length;
    // 'a fact-checking site "warfakes"': a quoted name right after a common noun is its name.
    const quoted = capital ? null : /^[ \t]+["“][^"”\n]{1,40}["”]/.exec(text.slice(end, end + 50));
    if (quoted) end += quoted[0].length;
    // "a source in the SBU", "officials at the Pentagon": a common noun placed inside a named body belongs to it.
    const inside = capital || quoted ? null : /^[ \t]+(?:in|at|within|inside)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}/.exec(text.slice(end, end + 70));
    if (inside) end += inside[0].length;
    if (capital) {
      const left = nameLeftStart(text, Math.max(0, start - 80), start);
      if (left >= 0) start -= text.slice(left, start).replace(/^(?:(?:of|for|on|the)[ \t]+)+/, "").length;
    }
    // The words just before the name in its clause: up to three for a name, two for a common noun.
    // "two U.S. officials": an abbreviation's periods are no break (the longer pattern only where a period stands).
    const winStart = start - wordsBeforeLength(text, Math.max(0, start - 60), start, capital ? 3 : 2);
    const hits = appositionOnly ? [] : aliasHits(text, winStart, end).filter((h) => !RELAY_ROWS.has(h.row.claimant));
    if (hits.length) {
      const h = hits.find((x) => x.start <= s && x.end >= e) ?? hits[hits.length - 1];
      return { span: { start: h.start, end: h.end }, side: h.row.side };
    }
    const span = { start, end };
    const win = text.slice(winStart, end);
    if (!appositionOnly) {
      for (const [re, side] of NATION_SIDE) if (re.test(win)) return { span, side };
      if (OFFICE_WORD.test(win)) {
        const place = placesIn(text, winStart, end)[0];
        if (place) return { span, side: place.side as ClaimantSide };
      }
    }
    if (!capital || depth > 0) return null;
    // "A Ukrainian military spokesman, Viktor Trehubov, said": the role the name stands in apposition to.
    const role = /^\s*,/.test(text.slice(end, end + 3)) ? roleBefore(text, Math.max(0, start - 82), start) : null;
    if (role) {
      const from = role.start;
      const side = sideOf(text, role);
      if (side) return { span, side: side.side };
      // "Kharkiv's regional governor, Oleh Syniehubov,", "The city's acting mayor, Artem Kobzar,": an office of a place, named
      // in the role or, for "the city's", in the sentences just before.
      const place = officePlace(text, role, from);
      if (place) return { span, side: place };
    }
    // "Danielle Bell, the head of the Mission": the body of the apposition.
    const app = /^,[ \t]+([^,.;:\n]{3,80})/.exec(text.slice(end, end + 90));
    if (!app) return null;
    const from = end + app[0].length - app[1].length;
    const own = sideOf(text, { start: from, end: from + app[1].length });
    if (own) return { span, side: own.side };
    // "the governor of Zaporizhzhia", "Artem Kobzar, the city's acting mayor": an office of a place.
    const place = officePlace(text, { start: from, end: from + app[1].length }, s);
    if (place) return { span, side: place };
    const body = /\bthe\s+([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)\s*$/.exec(app[1]);
    const ante = body ? mentionBefore(text, body[1].toLowerCase(), s, false, depth + 1) : null;
    return ante ? { span, side: ante.side } : null;
  }

  /**
   * The side of an office of a place ("the governor of Zaporizhzhia"): the place named in it, or for "the city's acting
   * mayor" the place named last in the PLACE_LOOKBACK characters before `before`.
   */
  function officePlace(text: string, office: Span, before: number): ClaimantSide | null {
    const words = text.slice(office.start, office.end);
    if (!OFFICE_WORD.test(words)) return null;
    const place = placesIn(text, office.start, office.end)[0] ?? (PLACE_POSSESSIVE.test(words) ? placesIn(text, Math.max(0, before - PLACE_LOOKBACK), before).at(-1) : undefined);
    return place ? (place.side as ClaimantSide) : null;
  }

  /** The person who spoke in the sentence right before (a capitalised name of two words or more, not a body), with its side if known. */
  function personBefore(text: string, previous: Span[]): Antecedent | null {
    const last = previous[previous.length - 1];
    if (!last) return null;
    const people = candidates(text, last).filter((c) => c.rule === "speech_verb" && PERSON_NAME.test(text.slice(c.span.start, c.span.end)) && !BODY_WORD.test(text.slice(c.span.start, c.span.end)));
    const c = people[people.length - 1];
    if (!c) return null;
    // The name and the office before it ("acting Sumy Mayor Artem Kobzar"), not its apposition after a comma.
    const words = text.slice(c.span.start, c.span.end).split(",")[0].trim();
    const span = { start: c.span.start, end: c.span.start + words.length };
    const side = sideOf(text, span)?.side ?? mentionAt(text, span.start, span.end, 0)?.side ?? "unknown";
    return { span, side, claimant: words };
  }

  /** Whether the words at `span` speak: "X said", "according to X", "said X". */
  function speaks(text: string, span: Span): boolean {
    return SPEAKS_AFTER.test(text.slice(span.end, span.end + 40)) || /\b(?:according\s+to|said|says|told|reported)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, span.start - 20), span.start));
  }

  /** The speakers named in a sentence, nearest the end first: computed once per sentence of an article. */
  function speakersIn(text: string, sent: Span): { span: Span; side: ClaimantSide; lower: string }[] {
    const key = spanKey(text, sent);
    const cached = speakerCache.get(key);
    if (cached) return cached;
    const found: { span: Span; side: ClaimantSide; lower: string }[] = [];
    for (const h of aliasHits(text, sent.start, sent.end)) {
      if (RELAY_ROWS.has(h.row.claimant)) continue;
      found.push({ span: h, side: h.row.side, lower: text.slice(h.start, h.end).toLowerCase() });
    }
    SPEAKER_NP.lastIndex = 0;
    const slice = text.slice(sent.start, sent.end);
    for (let m = SPEAKER_NP.exec(slice); m !== null; m = SPEAKER_NP.exec(slice)) {
      const span = { start: sent.start + m.index, end: sent.start + m.index + m[0].length };
      // Only a phrase that speaks is an antecedent for "the official said": "X said", "according to X".
      const cited = /according\s+to\s+$/i.test(text.slice(Math.max(sent.start, span.start - 16), span.start));
      if (!cited && !SPEAKS_AFTER.test(text.slice(span.end, Math.min(sent.end, span.end + 40)))) continue;
      const side = sideOf(text, span);
      if (side) found.push({ span, side: side.side, lower: m[0].toLowerCase() });
    }
    // "The General Staff said ...": a capitalised speaker the table does not know, whose side an earlier mention gives.
    for (const c of candidates(text, sent)) {
      if (c.rule === "colon" || found.some((f) => f.span.start < c.span.end && c.span.start < f.span.end)) continue;
      const words = text.slice(c.span.start, c.span.end);
      const desc = words.replace(/^the\s+/i, "");
      if (!/^[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*$/.test(desc) || PRONOUN.test(desc) || /^(?:The|This|That|It|They|He|She|We|I)$/.test(desc) || sideOf(text, c.span)) continue;
      const ante = mentionBefore(text, desc.toLowerCase(), c.span.start, false);
      if (ante) found.push({ span: c.span, side: ante.side, lower: words.toLowerCase() });
    }
    found.sort((a, b) => b.span.start - a.span.start);
    speakerCache.set(key, found);
    return found;
  }
  const speakerCache = new Map<number | string, { span: Span; side: ClaimantSide; lower: string }[]>();
  /** Per sentence of the current article: whether it has words of saying (filled while its candidates are read). */
  const speechCache = new Map<number | string, boolean>();
  let lowerText: string | null = null;
  /** Whether `needle` (lower case) occurs inside `span`, reading one lower-cased copy of the article. */
  function containsLower(text: string, needle: string, span: Span): boolean {
    lowerText ??= text.toLowerCase();
    // toLowerCase keeps UTF-16 offsets for the scripts of news text; a length change (rare letters) falls back to the slice.
    if (lowerText.length !== text.length) return text.slice(span.start, span.end).toLowerCase().includes(needle);
    // Search the span only, not the rest of the article after it.
    return lowerText.slice(span.start, span.end).includes(needle);
  }

  // Every figure of a sentence shares its candidate claimants: resolve them once per sentence.
  let cacheText = "";
  const cache = new Map<number | string, (Attribution & { relay: boolean; anchor: number })[]>();
  /** The latest speaker of a known side in this article: what "it said" and "the ministry said" fall back to. */
  let lastSpeaker: { claimant: string; side: ClaimantSide; at: number } | null = null;
  // The last speaker of any side named in its own sentence: "he"/"she" right after it is that speaker, even one the
  // table does not know ('said the battalion commander. He said 11 others were wounded').
  let lastPerson: { claimant: string; side: ClaimantSide; at: number } | null = null;

  function attribute(text: string, sentence: Span, offset: number, previous: Span[] | (() => Span[])): Attribution | null {
    if (text !== cacheText) {
      cache.clear();
      speakerCache.clear();
      speechCache.clear();
      lowerText = null;
      cacheText = text;
      lastSpeaker = null;
      lastPerson = null;
    }
    const key = spanKey(text, sentence);
    let resolved = cache.get(key);
    if (!resolved) {
      resolved = resolveSentence(text, sentence, typeof previous === "function" ? previous : () => previous);
      // '"Air defence downed 20 drones. The rest were jammed," Ihnat said.': a quotation's first sentences are
      // claimed by the words of saying after it closes.
      if (!resolved.length) {
        const tail = quotationTail(text, sentence);
        if (tail) resolved = resolveSentence(text, tail, typeof previous === "function" ? previous : () => previous);
      }
      cache.set(key, resolved);
      const named = resolved.find((r) => !r.relay && r.side !== "unknown");
      if (named) lastSpeaker = { claimant: named.claimant, side: named.side, at: sentence.start };
      const person = resolved.find((r) => !r.relay && r.rule !== "carried");
      if (person) lastPerson = { claimant: person.claimant, side: person.side, at: sentence.start };
    }
    // 'Claim: A video … says Ukrainian drones killed 26 civilians': a phrase holding the figure itself names no one.
    if (resolved.some((r) => r.start <= offset && offset < r.end)) resolved = resolved.filter((r) => !(r.start <= offset && offset < r.end));
    if (resolved.length) {
      // Prefer a claimant over an outlet relaying it, then a known side, then the one nearest the figure.
      // "Ukraine said it shot down 40 drones, while Russia claimed ...": a speaker across a contrast ("while", "whereas",
      // "but", ";") from the figure speaks for the other half of the sentence, not for this figure.
      let inScope = resolved;
      if (resolved.length > 1) {
        const bounds = contrastBounds(text, sentence);
        if (bounds.length) {
          const own = resolved.filter((r) => !bounds.some((b) => b > Math.min(r.anchor, offset) && b < Math.max(r.anchor, offset)));
          if (own.length) inScope = own;
        }
      }
      const best = inScope.length === 1 ? inScope[0] : [...inScope].sort((a, b) => Number(a.relay) - Number(b.relay) || Number(a.side === "unknown") - Number(b.side === "unknown") || Math.abs(a.anchor - offset) - Math.abs(b.anchor - offset))[0];
      // "Russia, which controls just under a fifth of Ukraine, has said it wants ...": a figure in a relative clause set
      // off by commas is the outlet's background, not what the verb after the clause says.
      if (best.anchor > offset && best.start < offset && RELATIVE_ASIDE.test(text.slice(best.end, best.anchor)) && text.indexOf(",", offset) < best.anchor) return null;
      return { claimant: best.claimant, side: best.side, rule: best.rule, start: best.start, end: best.end };
    }
    return null;
  }

  function resolveSentence(text: string, sentence: Span, previousOf: () => Span[]): (Attribution & { relay: boolean; anchor: number })[] {
    const resolved: (Attribution & { relay: boolean; anchor: number })[] = [];
    for (let c of candidates(text, sentence)) {
      // "In February Volodymyr Zelensky said": the time of the statement opening the sentence is no part of the speaker.
      const time = LEADING_TIME.exec(text.slice(c.span.start, c.span.end));
      if (time && time[0].length < c.span.end - c.span.start) c = { ...c, span: { start: c.span.start + time[0].length, end: c.span.end } };
      // "In September, confirmed deaths averaged 127 a day": a time alone, before an adjective that looks like a verb of
      // saying, is nobody.
      if (!time && ONLY_TIME.test(text.slice(c.span.start, c.span.end))) continue;
      // "according to the ministry's estimates": the owner of the document speaks, when the document itself names no side.
      const owned = OWNED_DOCUMENT.exec(text.slice(c.span.start, c.span.end));
      if (owned && !sideOf(text, c.span)) c = { ...c, span: { start: c.span.start, end: c.span.start + owned[1].length } };
      // Markdown marks ("## ", "**") are layout, not words of the claimant.
      // Bullets ("• Zelensky said") too.
      const trimmed = text.slice(c.span.start, c.span.end).trim();
      const words = trimmed && (LAYOUT_FIRST.includes(trimmed[0]) || LAYOUT_LAST.includes(trimmed[trimmed.length - 1])) ? trimmed.replace(/^[#*>_\s•▪●◦‣-]+|[*_\s]+$/g, "") : trimmed;
      if (!words) continue;
      // "Satellite images of a Russian airbase in Crimea show that …": pictures are evidence the outlet reads, not a speaker
      // ("Satellite images reviewed by CNN show": the one who reviewed them reads them, and speaks).
      if (EVIDENCE_HEAD.test(words) && !REVIEWED_BY.test(words)) continue;
      const side = sideOf(text, c.span);
      const relay = aliasHits(text, c.span.start, c.span.end).every((h) => RELAY_ROWS.has(h.row.claimant)) && side?.rule === "table";
      if (side) {
        resolved.push({ claimant: words.replace(POSSESSIVE_ROLE, ""), side: side.side, rule: side.rule === "fallback" && c.rule !== "according_to" && c.rule !== "colon" ? "fallback" : c.rule, start: c.span.start, end: c.span.end, relay, anchor: c.anchor });
        continue;
      }
      if (c.rule === "colon") {
        // "… in past day - MoD": a state body with no nation speaks, its side left to the caller (the outlet's country).
        if (STATE_BODY.test(words)) resolved.push({ claimant: words, side: "unknown", rule: "colon", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      // "The intelligence chief said" after "Ukraine's military intelligence chief Kyrylo Budanov": a mention holding
      // the description's words answers it before the place the sentence is about.
      const described = ANAPHOR.exec(words);
      if (described && OFFICE_WORD.test(words) && !DOCUMENT_HEAD.test(described[1].toLowerCase())) {
        const desc = words.replace(/^(?:the|this|that|these|those)\s+/i, "").toLowerCase();
        const m = desc.includes(" ") ? mentionBefore(text, desc, sentence.start, false) : null;
        if (m) {
          resolved.push({ claimant: m.claimant ?? text.slice(m.span.start, m.span.end), side: m.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
      }
      // "…, the regional governor, Mykola Kalashnyk, said": a name with its office set before it in commas.
      const apposedOffice = !OFFICE_WORD.test(words) && NAME_WORDS.test(words) ? OFFICE_APPOSED_BEFORE.exec(text.slice(Math.max(sentence.start, c.span.start - 60), c.span.start)) : null;
      // "…, the officials said" after "two U.S. officials said": the officials who spoke before, when a side is known for them.
      if (/^the\s+officials$/i.test(words)) {
        const m = mentionBefore(text, "officials", sentence.start, true);
        if (m && sentence.start - m.span.start < SPEAKER_MEMORY) {
          resolved.push({ claimant: m.claimant ?? text.slice(m.span.start, m.span.end), side: m.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
      }
      // "…, the Moscow-appointed mayor, Alexei Kulemzin, said": an office that names its side speaks for it, whatever the place.
      const officeSide = apposedOffice ? NATION_SIDE.find(([re]) => re.test(apposedOffice[0])) : undefined;
      if (officeSide) {
        resolved.push({ claimant: words, side: officeSide[1], rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      if (LOCAL_OFFICIALS.test(words) || OFFICE_WORD.test(words) || apposedOffice) {
        // Unnamed local officials speak for the place the sentence is about ("Udmurtia region head ..." for its own place).
        const own = apposedOffice ? placesIn(text, c.span.start - apposedOffice[0].length, c.span.end) : placesIn(text, c.span.start, c.span.end);
        let places = own.length ? own : placesIn(text, sentence.start, sentence.end);
        // "Earlier, officials had put the toll at 14", "acting Mayor X gave a toll": no place in the sentence,
        // so the place of the report is the one the sentences just before are about.
        if (!places.length) {
          const before = previousOf().slice(-PLACE_SENTENCES);
          for (let n = before.length - 1; n >= 0 && !places.length; n--) places = placesIn(text, before[n].start, before[n].end);
        }
        if (places.length) {
          resolved.push({ claimant: words, side: places[0].side, rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
        // "The Russian strikes killed 14 civilians over the weekend, regional officials said": no place named anywhere near,
        // so the officials of the nation the sentence is about; named nowhere, they still keep their words.
        // ("the officials" points back: an anaphor, resolved below.)
        if (LOCAL_OFFICIALS.test(words) && !described && !PRONOUN.test(words)) {
          resolved.push({ claimant: words, side: subjectNation(text, sentence, c.span) ?? "unknown", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
      }
      if (PRONOUN_DOCUMENT.test(words)) {
        // "Moscow does not publish its own figures; its last count put ...": the owner named earlier in the sentence,
        // else the nearest speaker before.
        const own = aliasHits(text, sentence.start, c.span.start).filter((h) => !RELAY_ROWS.has(h.row.claimant));
        if (own.length) {
          const h = own[own.length - 1];
          resolved.push({ claimant: text.slice(h.start, h.end), side: h.row.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
        const nation = subjectNation(text, sentence, c.span);
        if (nation) {
          resolved.push({ claimant: words, side: nation, rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
        const ante = resolveAnaphor(text, "", previousOf());
        if (ante) resolved.push({ claimant: ante.claimant ?? text.slice(ante.span.start, ante.span.end), side: ante.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      // "Russia fired 309 drones at Ukraine overnight, the country's air force said": the country the sentence is about
      // (the attacked one, when another attacked it).
      if (/^the\s+country['’]s\s/i.test(words)) {
        resolved.push({ claimant: words, side: subjectNation(text, sentence, c.span) ?? "unknown", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      if (POSSESSIVE_BODY.test(words)) {
        // "Russia says it has recaptured ... Its defence ministry has claimed ...": the body of the nation that is the
        // subject (the first nation named) earlier in the sentence, else in the nearest sentence before naming one.
        let owner: ClaimantSide | null = null;
        for (const span of [{ start: sentence.start, end: c.span.start }, ...previousOf().slice(-2).reverse()]) {
          const head = text.slice(span.start, span.end);
          let at = Infinity;
          for (const [re, side] of NATION_SIDE) {
            const m = side === "third_party" ? null : re.exec(head);
            if (m && m.index < at) [at, owner] = [m.index, side];
          }
          if (owner) break;
        }
        if (owner) {
          resolved.push({ claimant: words, side: owner, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
      }
      // "…, the project's analysts said", "the group's data show": people or papers of a body the article named before by
      // a common noun ("DeepState, an open-source project, …") speak for that body.
      const ownedBy = c.rule === "speech_verb" || c.rule === "according_to" ? OWNED_BY_DESCRIPTION.exec(words) : null;
      if (ownedBy) {
        const owner = resolveDescription(text, sentence, c.span, "the " + ownedBy[1], ownedBy[1].toLowerCase(), previousOf());
        if (owner && !owner.guessed) {
          const name = owner.claimant ?? text.slice(owner.span.start, owner.span.end);
          resolved.push({ claimant: /^[A-Z]/.test(name.replace(/^the\s+/i, "")) ? name : words, side: owner.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
      }
      const anaphor = ANAPHOR.exec(words);
      if (anaphor || PRONOUN.test(words)) {
        const head = anaphor ? anaphor[1].toLowerCase() : "";
        // "The Defense Ministry did not comment, but it said ...": a subject named earlier in the same sentence.
        const own = aliasHits(text, sentence.start, c.span.start).filter((h) => !RELAY_ROWS.has(h.row.claimant) && (!head || text.slice(h.start, h.end).toLowerCase().includes(head)));
        if (own.length && /^(?:it|they|he|she|him|her|them)$/i.test(words) === !head) {
          const h = own[own.length - 1];
          resolved.push({ claimant: text.slice(h.start, h.end), side: h.row.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
          continue;
        }
        let ante = anaphor && !DOCUMENT_HEAD.test(head) ? resolveDescription(text, sentence, c.span, words, head, previousOf()) : resolveAnaphor(text, head, previousOf());
        // "he" is a person: not a body mentioned after the last person who spoke ("Zelensky said …, a rare disclosure of
        // Ukraine's military losses. Russia, he said, had lost …").
        const anteIsBody = ante !== null && !BODY_WORD.test(lastPerson?.claimant ?? "") && BODY_WORD.test(ante.claimant ?? text.slice(ante.span.start, ante.span.end));
        if (/^(?:he|she)$/i.test(words) && lastPerson && (!ante || ante.span.start < lastPerson.at || anteIsBody) && sentence.start - lastPerson.at < SPEAKER_MEMORY) {
          const prev = previousOf();
          // Only the speaker of one of the two sentences right before.
          if (prev.length && prev[Math.max(0, prev.length - 2)].start <= lastPerson.at) ante = { span: { start: lastPerson.at, end: lastPerson.at }, side: lastPerson.side, claimant: lastPerson.claimant };
        }
        // '"This was a deliberate strike," said Artem Kobzar, the city's acting mayor. He said the toll had risen to 16': a
        // person who spoke in the sentence right before, with no figure of his own, is "he" too.
        if (/^(?:he|she)$/i.test(words)) {
          const person = personBefore(text, previousOf());
          if (person && (!ante || ante.span.start < person.span.start || (BODY_WORD.test(ante.claimant ?? text.slice(ante.span.start, ante.span.end)) && ante.span.start < person.span.end))) ante = person;
        }
        // "…, the air force said … Air defence units shot down 17 of the drones, it said": "it" is a body, the last one that
        // spoke, not a person named before it.
        if (/^it$/i.test(words) && lastSpeaker && sentence.start - lastSpeaker.at < SPEAKER_MEMORY && BODY_WORD.test(lastSpeaker.claimant) &&
            (!ante || (ante.span.start < lastSpeaker.at && !BODY_WORD.test(ante.claimant ?? text.slice(ante.span.start, ante.span.end))))) {
          ante = { span: { start: lastSpeaker.at, end: lastSpeaker.at }, side: lastSpeaker.side, claimant: lastSpeaker.claimant };
        }
        if (ante) {
          resolved.push({ claimant: ante.claimant ?? text.slice(ante.span.start, ante.span.end), side: ante.side, rule: ante.guessed ? "fallback" : "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        } else if (lastSpeaker && sentence.start - lastSpeaker.at < SPEAKER_MEMORY && (!head || lastSpeaker.claimant.toLowerCase().includes(head) || DOCUMENT_HEAD.test(head) || /^(?:it|they|he|she)$/i.test(words))) {
          // "..., it said": the last named speaker of the article.
          resolved.push({ claimant: lastSpeaker.claimant, side: lastSpeaker.side, rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        } else if (anaphor && (/^[A-Z]/.test(words.replace(/^the\s+/i, "")) || ARMED_BODY_HEAD.test(head))) {
          // "the Defence Ministry said", "the ministry said", named nowhere before: the ministry of the sentence's own subject.
          // A body no nation names keeps its words with an unknown side: the figure it counts may still tell whose it is.
          const side = subjectNation(text, sentence, c.span);
          resolved.push({ claimant: words, side: side ?? "unknown", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        } else if (anaphor && ANALYST_HEAD.test(head)) {
          // "the analysts said", "the researchers found", no one named before: independent analysts, a third party (SCHEMA.md).
          resolved.push({ claimant: words, side: "third_party", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        } else if (/^(?:officials|authorities)$/i.test(words)) {
          // "Russia fired 43 missiles at Ukraine overnight, officials said", no one before to point back to: the officials of
          // the nation the sentence is about (as "regional officials said").
          resolved.push({ claimant: words, side: subjectNation(text, sentence, c.span) ?? "unknown", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        }
        continue;
      }
      // "Its spokesman Andriy Yusov said": a person of a body named before; the body's side, the person's name.
      const ownedRole = POSSESSIVE_ROLE.exec(words);
      if (ownedRole && (c.rule === "speech_verb" || c.rule === "according_to")) {
        const own = aliasHits(text, sentence.start, c.span.start).filter((h) => !RELAY_ROWS.has(h.row.claimant));
        const owner = own.length ? own[own.length - 1].row.side : resolveAnaphor(text, "", previousOf())?.side;
        resolved.push({ claimant: words.slice(ownedRole[0].length), side: owner ?? "unknown", rule: "carried", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      // A named speaker the table does not know ("Professor Wang"): a claimant of unknown side, only
      // when it looks like a name or an organisation (capitalised), not "experts" or "it".
      if (c.rule !== "speech_verb" && c.rule !== "according_to") continue;
      // "..., analysts said", "military experts estimate": unnamed independent analysts, a third party (SCHEMA.md).
      if (UNNAMED_ANALYSTS.test(words) || ANALYSTS_AT.test(words)) {
        resolved.push({ claimant: words, side: "third_party", rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      // "A battalion commander, speaking on condition of anonymity, told Le Monde": someone new, named by a role only; the
      // side of the nation the sentence is about, if any ("A senior US defense official" has a nation word of its own).
      if (INDEFINITE_ROLE.test(words)) {
        // No side is guessed for an unnamed person: the nation a sentence is about is as often the enemy's as the speaker's.
        const side: ClaimantSide = /(?:analyst|expert)$/.test(words) ? "third_party" : "unknown";
        resolved.push({ claimant: words, side, rule: "fallback", start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      // "DTEK, the largest private energy company, estimated": a name and its apposition.
      // "Military analyst Franz-Stefan Gady said": a role in lower case before the name is no part of the name.
      const role = ROLE_BEFORE_NAME.exec(words) ?? LOWER_ROLE_BEFORE_NAME.exec(words);
      const apposed = APPOSED_NAME.exec(words);
      const named = (apposed ? apposed[1] ?? apposed[2] : undefined) ?? (role ? words.slice(role[0].length) : words);
      // "The 24th Mechanized Brigade said it had shot down 73 Russian drones": a numbered unit is a name too; no table
      // knows it, so its side is the enemy of the nation whose losses it counts.
      if (NUMBERED_UNIT.test(words)) {
        const struck = STRUCK_NATION.exec(text.slice(c.span.end, sentence.end)) ?? NATION_LOST_AFTER.exec(text.slice(c.span.end, sentence.end));
        const side: ClaimantSide = struck ? (/^Russ/.test(struck[1]) ? "ukraine" : "russia") : "unknown";
        resolved.push({ claimant: words, side, rule: c.rule, start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
        continue;
      }
      if (/^(?:the\s+)?\p{Lu}[\p{L}\p{M}\d_'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}\d_'’.-]+)*$/u.test(named) && !/^(?:The|This|That|It|They|He|She|We|I)$/.test(named) && !MATERIAL.test(named)) {
        // "Defence Intelligence also assessed": a short form of a speaker named earlier ("British Defence Intelligence").
        const name = named.replace(/^the\s+/i, "").replace(HONORIFIC, "");
        // "Synyehubov said", "Ms. Bell added": a surname whose full mention ("Kharkiv regional Governor Oleh
        // Synyehubov", "Danielle Bell, the head of the Mission") came earlier in the article.
        // "said Yuri Malashko, the governor of Zaporizhzhia": its own apposition first.
        const ante = mentionAt(text, c.span.start, c.span.end, 0, true) ?? resolveAnaphor(text, name.toLowerCase(), previousOf(), true) ?? mentionBefore(text, name.toLowerCase(), sentence.start, false);
        // "Analyst Michael Kofman", "Michael Kofman, a senior fellow at ...": a scholar no nation or table names is an
        // independent analyst, a third party (SCHEMA.md).
        // "At the regional hospital in Kharkiv, trauma surgeon Oleksandr Petrenko said": a local office's holder speaks for
        // the place the sentence names.
        let side = ante?.side ?? (ANALYST_ROLE.test(words) ? "third_party" : role && LOCAL_ROLE.test(role[0]) ? placesIn(text, sentence.start, sentence.end)[0]?.side ?? "unknown" : "unknown");
        // "… the Donetsk Operational-Tactical Group said. Spokesperson Viktor Trehubov told …": a bare spokesperson speaks
        // for the body that spoke in the sentence before.
        if (side === "unknown" && /^(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+secretary)\s/.test(words) && lastSpeaker && sentence.start - lastSpeaker.at < SPEAKER_MEMORY &&
            previousOf().at(-1) !== undefined && previousOf().at(-1)!.start <= lastSpeaker.at) side = lastSpeaker.side;
        resolved.push({ claimant: words, side, rule: c.rule, start: c.span.start, end: c.span.end, relay: false, anchor: c.anchor });
      }
    }
    return resolved;
  }

  /** Whether a sentence has words of saying of its own: such a sentence never inherits the one before's claimant. */
  function hasOwnSpeech(text: string, sentence: Span): boolean {
    if (text === cacheText) {
      const known = speechCache.get(spanKey(text, sentence));
      if (known !== undefined) return known;
    }
    return saysSomething(text.slice(sentence.start, sentence.end));
  }

  return { attribute, sideOf, hasOwnSpeech };
}

/**
 * For a sentence opening a quotation it does not close ('"Air defence downed 20 drones.'), the words after the
 * quotation closes in the same paragraph, up to the end of that sentence ('," Ihnat said.').
 */
function quotationTail(text: string, sentence: Span): Span | null {
  const s = text.slice(sentence.start, sentence.end);
  const open = /^[\s#*>_-]*(["“])/.exec(s);
  if (!open) return null;
  const closer = open[1] === "“" ? "”" : '"';
  if (s.indexOf(closer, open[0].length) >= 0) return null;
  const limit = Math.min(text.length, sentence.end + 600);
  const close = text.indexOf(closer, sentence.end);
  // Only a quotation that hands over to its speaker ('…jammed," Ihnat said'), not one that ends a sentence of its own.
  if (close < 0 || close >= limit || text.slice(sentence.end, close).includes("\n") || !/[,–—‒―-]\s*$/.test(text.slice(close - 2, close))) return null;
  const end = /[.!?](?=\s|$)/.exec(text.slice(close + 1, Math.min(text.length, close + 200)));
  if (!end || text.slice(close + 1, close + 1 + end.index).includes("\n")) return null;
  return { start: close, end: close + 2 + end.index };
}

/**
 * Offsets in a sentence where one claim gives way to another: "while", "whereas", "but", a semicolon, and the comma
 * closing an opening "While …," / "Whereas …," / "Although …," clause.
 */
export function contrastBounds(text: string, sentence: Span): number[] {
  // Every figure of a sentence asks for the same bounds: keep the last sentence's.
  if (text === boundsText && sentence.start === boundsStart && sentence.end === boundsEnd) return boundsMemo;
  const s = text.slice(sentence.start, sentence.end);
  const out: number[] = [];
  boundsText = text;
  boundsStart = sentence.start;
  boundsEnd = sentence.end;
  boundsMemo = out;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(s); m !== null; m = CONTRAST.exec(s)) if (m.index > 0) out.push(sentence.start + m.index);
  const opening = OPENING_CONTRAST.exec(s);
  if (opening) out.push(sentence.start + opening[0].length - 1);
  return out;
}
let boundsText = "";
let boundsStart = -1;
let boundsEnd = -1;
let boundsMemo: number[] = [];
const CONTRAST = /\b(?:while|whereas|but|even\s+as|even\s+though|although|though)\b|;/g;
const OPENING_CONTRAST = /^[\s"“]*(?:While|Whereas|Although|Though)\b[^,;]{3,200},/;

/** The nation of a sentence's subject: a nation word among its first words, outside the claimant's own words. */
function subjectNation(text: string, sentence: Span, claimant: Span): ClaimantSide | null {
  const head = text.slice(sentence.start, Math.min(sentence.end, claimant.start, sentence.start + 60));
  let best: { at: number; side: ClaimantSide; end: number } | null = null;
  for (const [re, side] of NATION_SIDE) {
    if (side === "third_party") continue;
    const m = re.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, side, end: m.index + m[0].length };
  }
  if (!best) return null;
  // The nation is looked for near the start; what it did may run on past that ("In the first two weeks of January, Russia
  // launched 1,200 drones, the air force said").
  const after = text.slice(sentence.start + best.end, Math.min(sentence.end, claimant.start, sentence.start + best.end + 80));
  // "Russia lost 1,200 troops, the General Staff said": a nation that lost is the enemy of the one counting its losses;
  // "Air defences destroyed 48 Ukrainian drones, the Defence Ministry said": so is the nation of what was destroyed.
  // "Russia fired 810 drones at Ukraine overnight, the air force said": the nation attacked counts the attack on it.
  // "Russia fired 36 missiles and 554 drones, the air force said": an air force counts the launches at it, even with no
  // target named (a ministry with no target named is the attacker's own).
  // "Russian strikes caused $2 billion in damage, the ministry said": a body telling of the other nation's strikes is
  // the struck nation's.
  if (LOSER_AFTER.test(after) || STRUCK_BEFORE.test(head.slice(0, best.at)) || ATTACKED_OTHER_AFTER.test(after) || ATTACK_NOUN_AFTER.test(after) ||
      (LAUNCHED_AFTER.test(after) && AIR_DEFENCE_BODY.test(text.slice(claimant.start, claimant.end)))) return best.side === "russia" ? "ukraine" : "russia";
  return best.side;
}
/** A numbered unit: "the 24th Mechanized Brigade", 'the 425th Separate Assault Regiment "Skelia"'. */
const NUMBERED_UNIT = /^(?:the\s+|The\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w'’.-]*\s+){0,4}(?:Brigade|Regiment|Battalion|Corps|Division|Army|Detachment|Squadron|Unit|Group)(?:\s+["“][^"”]{1,30}["”])?$/;
/** A nation struck after a unit's verb: "had shot down 73 Russian …", "killed 40 Ukrainian …". */
const STRUCK_NATION = /\b(?:destroyed|downed|shot\s+down|intercepted|eliminated|killed|wounded|neutrali[sz]ed|hit|struck)\s+(?:(?:more\s+than|over|about|some|at\s+least|up\s+to|nearly|almost|around)\s+)?[\d,]+\s+(?:[a-z-]+\s+){0,2}?(Russian|Ukrainian)\b/;
/** A nation that lost after a unit's verb: "said Russian troops lost 3,100 men". */
const NATION_LOST_AFTER = /^\s*(?:said|says|reported|reports|estimated|estimates)\s+(?:that\s+)?(Russian|Ukrainian)\s+(?:troops|forces|army|soldiers|units)\s+(?:(?:had|have|has)\s+)?(?:lost|suffered)\b/;
/** A verb of striking before a nation word: the nation is what was struck ("destroyed 48 Ukrainian drones"). */
const STRUCK_BEFORE = /\b(?:destroyed|downed|shot\s+down|intercepted|eliminated|killed|repelled|repulsed|neutralised|neutralized|hit|struck)\b/i;
/** An attack right after a nation word, on the other nation: "Russia fired 810 drones at Ukraine", "Ukraine launched 337 drones on Russia". */
const ATTACKED_OTHER_AFTER = /^\s+(?:(?:forces|troops|army|military)\s+)?(?:has\s+|have\s+|had\s+)?(?:(?:fired|launched|attacked|sent)\b[^.;:]{0,60}?\b(?:at|on|against|towards|into)\s+|(?:pounded|struck|hit|bombarded|battered|targeted|attacked)\s+)(?:Ukraine|Ukrainian|Russia|Russian)\b/;
/** An attack named by its weapons or kind right after a nation word, as a subject: "Russian strikes", "Ukrainian drone attacks". */
const ATTACK_NOUN_AFTER = /^\s+(?:(?:missile|drone|air|artillery|rocket|aerial)\s+)?(?:strikes|attacks|shelling|bombardments?)\s+(?:on\s+[^,;.]{1,40}?\s+)?(?:have\s+|has\s+|had\s+)?(?:killed|injured|wounded|caused|damaged|destroyed|left|hit)\b/;
/** A launch of weapons with no target named: "Russia fired 36 missiles and 554 drones". */
const LAUNCHED_AFTER = /^\s+(?:(?:forces|troops|army|military)\s+)?(?:has\s+|have\s+|had\s+)?(?:fired|launched)\s+[^.;:]{0,40}?\b(?:drones?|missiles?|UAVs?|Shaheds?|rockets?|glide\s+bombs?)\b/;
/** A body that counts the weapons flown at it: "the air force", "air defence". */
const AIR_DEFENCE_BODY = /\bair\s+(?:force|defen[cs]es?)\b/i;
/** A loss right after a nation word: "Russia lost", "Russian forces have lost", "Russia's losses". */
const LOSER_AFTER = /^(?:(?:['’]s)?\s+(?:(?:military\s+|battlefield\s+|troop\s+|combat\s+)?(?:losses|casualties))\b|\s+(?:(?:forces|troops|army|military)\s+)?(?:has\s+|have\s+|had\s+)?(?:lost|loses|suffered)\b)/;

/**
 * The sentence that introduces the text at `lineStart` with a colon ("Here is what AFP's analysis
 * found:"), when every line in between is a full sentence paragraph: such a claim runs on over the
 * paragraphs it introduces, up to a heading, a caption, or `maxLines` lines.
 */
export function colonIntroduction(text: string, lineStart: number, maxLines = 8): Span | null {
  let end = lineStart - 1;
  for (let n = 0; n < maxLines * 2 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line === "") {
      end = start - 1;
      continue;
    }
    if (line.endsWith(":")) {
      const colonAt = text.lastIndexOf(":", end);
      let sentStart = Math.max(start, lastSentenceStart(text, start, colonAt));
      // "..., according to the ministry. The breakdown was as follows:": an introduction without words of saying
      // continues the claim of the sentence before it in its paragraph.
      if (sentStart > start && !saysSomething(text.slice(sentStart, colonAt))) sentStart = Math.max(start, lastSentenceStart(text, start, sentStart - 1));
      return { start: sentStart, end: colonAt + 1 };
    }
    // "According to X, Russian forces hold:\n• 99 per cent of A\n• 67 per cent of B": the items of a list under it too.
    if (!/[.!?"”’)]$/.test(line) && !LIST_ITEM.test(line)) return null;
    end = start - 1;
  }
  return null;
}

/** Whether a text has words of saying ("said", "according to", "noting", "per"). */
function saysSomething(s: string): boolean {
  SPEECH_VERB.lastIndex = 0;
  PARTICIPLE.lastIndex = 0;
  ACCORDING_TO.lastIndex = 0;
  PER_SOURCE.lastIndex = 0;
  PASSIVE_SOURCE.lastIndex = 0;
  return SPEECH_VERB.test(s) || PARTICIPLE.test(s) || ACCORDING_TO.test(s) || PER_SOURCE.test(s) || PASSIVE_SOURCE.test(s);
}

/** A line that is an item of a list: a bullet or a dash before it. */
const LIST_ITEM = /^(?:[•●▪◦·*]|[-–—‒―](?=\s))\s*\S/;

function lastSentenceStart(text: string, lineStart: number, at: number): number {
  const slice = text.slice(lineStart, at);
  const m = /.*[.!?]\s+(?=[A-Z"“])/s.exec(slice);
  return lineStart + (m ? m[0].length : 0);
}

interface Antecedent {
  span: Span;
  side: ClaimantSide;
  /** The claimant's words when they are not the span's ("In Russia, the defence ministry"). */
  claimant?: string;
  /** A side read from the sentence's subject, not from a mention of the claimant ("fallback"). */
  guessed?: boolean;
}

/** A name going on to the right: capitalised words, "of the", a short bracket. */
const NAME_RIGHT = /^(?:[ \t]+(?:of|for|on|the)(?=[ \t]+(?:the[ \t]+)?[A-Z]))*[ \t]+(?:[A-Z][\w'’.-]*|\([A-Z][^()\n]{0,38}\))/;
/**
 * A name going on to the left of `to`, read back no further than `from`: capitalised words and "of", "the", "for", "on"
 * between them, each before spaces or tabs. The start of what `(?<![\w'’.-])(?:(?:[A-Z][\w'’.-]*|of|for|on|the)[ \t]+)+$`
 * matches in text[from, to), or -1, without trying that pattern at every character before.
 */
function nameLeftStart(text: string, from: number, to: number): number {
  let i = to - 1;
  if (i < from || !isSpaceOrTab(text.charCodeAt(i))) return -1;
  let found = -1;
  for (;;) {
    while (i >= from && isSpaceOrTab(text.charCodeAt(i))) i--;
    if (i < from) break;
    let run = i;
    while (run > from && !isSpaceOrTab(text.charCodeAt(run - 1))) run--;
    // A word starts after the last character of the run that is no name's ([\w'’.-]): the look-behind holds there only.
    let q = i + 1;
    while (q > run && isNameWordChar(text.charCodeAt(q - 1))) q--;
    if (q > i) break;
    const c = text.charCodeAt(q);
    const length = i + 1 - q;
    if (!(c >= 65 && c <= 90) && !(length === 2 && (text.startsWith("of", q) || text.startsWith("on", q))) && !(length === 3 && (text.startsWith("for", q) || text.startsWith("the", q)))) break;
    found = q;
    if (q !== run) break;
    i = run - 1;
  }
  return found;
}
const isSpaceOrTab = (c: number) => c === 32 || c === 9;
/** [\w'’.-] */
function isNameWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 46 || c === 45;
}
/**
 * "A Ukrainian military spokesman, " right before `to`, read back no further than `from`: the 3 to 80 characters before the
 * comma that ends text[from, to) (with spaces or tabs after it), up to a break. What `([^,.;:!?\n"“”()]{3,80}),[ \t]*$`
 * captures in text[from, to), without trying that pattern at every character before.
 */
function roleBefore(text: string, from: number, to: number): Span | null {
  let i = to - 1;
  while (i >= from && isSpaceOrTab(text.charCodeAt(i))) i--;
  if (i < from || text.charCodeAt(i) !== 44) return null;
  let p = i;
  while (p > from && p > i - 80 && isRoleChar(text.charCodeAt(p - 1))) p--;
  return i - p >= 3 ? { start: p, end: i } : null;
}
/** [^,.;:!?\n"“”()] */
function isRoleChar(c: number): boolean {
  return c !== 44 && c !== 46 && c !== 59 && c !== 58 && c !== 33 && c !== 63 && c !== 10 && c !== 34 && c !== 0x201c && c !== 0x201d && c !== 40 && c !== 41;
}

/** A character of a name's word: a letter, digit, underscore or hyphen. */
function isNameChar(c: number): boolean {
  return isWordStart(c) || c === 95 || c === 45;
}

/** The hash aliasHits computes over a word's characters (ASCII capitals folded), for a lower-cased key. */
function hashOfKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

const KEY_MASK = 0xffff;
/** ASCII characters of words: 2 for what a word starts with (a letter or digit), 1 for what it goes on with, 0 for neither. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordStart(c) ? 2 : isWordPart(c) ? 1 : 0;

/** [A-Za-z0-9\u00C0-\u024F]: what a word starts with. */
function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/** [\w\u00C0-\u024F'’.&-]: what a word goes on with. */
function isWordPart(c: number): boolean {
  return isWordStart(c) || c === 95 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

/** A number for a span of `text`, unique among the spans of that text (a string past 2^26 characters). */
function spanKey(text: string, span: Span): number | string {
  return text.length < 67108864 ? span.start * (text.length + 1) + span.end : span.start + ":" + span.end;
}
