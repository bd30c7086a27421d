// Figures of one article: sentences → numbers → qualifiers → metrics → subject side → claimant →
// period. One pass over the text finds number candidates; the sentence work runs only around them.

import type { Article, ClaimantSide, FigureRow, Metric, SubjectSide, Tables, Unit } from "./types.js";
import { figureId } from "./figureId.js";
import { lineAt, splitLine, type Span } from "./sentences.js";
import { createNumberScanner, type NumberMention } from "./numbers.js";
import { createQualifierReader } from "./qualifiers.js";
import { chooseMetric, clauseAround, type CueHit, createMetricMatcher, downedTargetsCount, METRIC_FAMILY as FAMILY_OF, nounSubject, periodClauseAround, segmentAround, type NounResult } from "./metrics.js";
import { IN_ARMED_FORCES, LOSS_FAMILY, opposite, SOLDIER_NOUN, subjectSide, VICTIM_METRICS } from "./sides.js";
import { ANALYST_ROLE, colonIntroduction, contrastBounds, createAttributor, SOURCE_LABEL, STATE_BODY, type Attribution } from "./attribution.js";
import { MONTH_AS_SUBJECT_AFTER, MONTH_RE, periodForFigure, periodsIn, previousMonths, sameMonths, startOfPhrase } from "./periods.js";
import { transcriptTurns, turnAt, type Turn } from "./transcriptTurns.js";
import { readShouting } from "./shouting.js";

/** The tables extraction reads; outlets (optional) give an outlet's country, for a ministry no nation names. */
export type ExtractorTables = Pick<Tables, "claimants" | "metrics" | "qualifiers"> & Partial<Pick<Tables, "outlets">>;

const FIGURE_UNITS: ReadonlySet<string> = new Set<Unit>(["count", "percent", "km2", "GBP", "USD", "EUR"]);
/** Words that make a number a part of the total before it ("including 40 near Moscow"). */
const PART_OF = /\b(?:including|of\s+which|of\s+them|among\s+them|among\s+which|of\s+whom|(?:a\s+(?:total|toll|figure|number)\s+)?(?:that|which)\s+includes?)\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|over|at\s+least|more\s+than|up\s+to|an\s+estimated|between)\s+)?$/i;
/** How far back a figure's side or an attack's direction is remembered (characters). */
const MEMORY = 1500;
const RELATED_LINK = /^\s*[*_]*\s*(?:Read\s+(?:also|more|next)|See\s+also|Related(?:\s+(?:stories|articles?|coverage|content|news|reading|links))?|Recommended|More\s+on\s+this|Top\s+stories|Most\s+read|Map|Watch|Video|Photos?|Gallery|Listen)\s*[:|\-–—‒―]/i;
/** Sentences before a figure's own that an anaphor ("the ministry said") may find its speaker in. */
const BACK_SENTENCES = 20;
/** A paragraph opening on the figures just before: "Of those,", "Of them", "Among them,". */
const PARTITIVE_OPENING = /^[\s\-*•–—‒―]*(?:(?:Of|Among)\s+(?:those|them|these|which|(?:the|this|that)\s+(?:total|number|figure|toll|tally))\b|(?:This|That|The|These|Those)\s+(?:figures?|numbers?|total|tally|toll|count|estimates?)\s+(?:includes?|comprises?|covers?|contains?)\b)/;
const WHEN_CLAUSE = /\bwhen$/i;
/** Bullets and markup that may open a sentence. */
const LEADING_MARKS = /^[\s#*>_•▪●◦‣–—-]+/;
/** "currently", "now": a holding stated as of now. */
const HELD_NOW = /\b(?:currently|now|today)\b/i;
/** A verb of stating: a "when" clause that holds one dates the statement, not its figure. */
const STATEMENT_VERB = /\b(?:said|says|announced|reported|stated|claimed|told|estimated|acknowledged|admitted|put|gave|revealed|disclosed)\b/;
/** "when, according to the same data, ": "when" and an aside set off by commas, before a clause. */
const WHEN_ASIDE = /\bwhen\s*,\s*(?:according\s+to|citing|per)\s+[^,;.]{1,60},\s*$/i;
/** "N of (the) M <noun>": the first number is a part of the second ("36 of 50 drones", "six of the city's 10 districts", "3,800 of the roughly 11,000 soldiers"). */
// "shot down 112 targets out of 215 launched": a noun may stand between the part and "out of".
const PARTITIVE_GAP = /^\s+(?:(?:[a-z][\w-]*\s+){1,2}out\s+of|(?:out\s+)?of)\s+(?:(?:the|its|their|his|her|our|all)\s+)?(?:[A-Z][\w-]*['’]s\s+|[a-z]+['’]s\s+)?(?:(?:some|about|around|roughly|approximately|nearly|almost|an\s+estimated|estimated)\s+)?$/;
/** Only a list separator between two figures ("1,270 drones, 39 missiles and nearly 1,100 glide bombs"). */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or|plus)\s+)?|(?:and|or|plus|as\s+well\s+as|along\s+with)\s+)$/i;
/** Words that end a list: a verb after them is not shared by the items before. */
const LIST_BREAK = /[;:.!?()]|\b(?:which|who|whom|whose|when|while|whereas|but|said|says|after|before|because|since|where|if|although|though|including|of)\b/i;
/** A sentence that compares figures without repeating their verb ("The June figure compares with 507 km² in May"). */
const COMPARISON = /\b(?:compar(?:es|ed|ing)\s+(?:with|to)|up\s+from|down\s+from|versus|as\s+against)\b/i;
/**
 * "put the losses at 1,000", "estimates losses ... at approximately 1,037,910 personnel", "The losses ..., where ...,
 * amounted to more than 220 servicemen", "losses in 2024 totaled about 430,790 personnel": the figure the cue before it names.
 */
/** An age right before a bare number: "aged 18 to 60", "the minimum age from 27 to 25", "the average age ... in 2024 was 39", "one aged 20 and the other 26". */
const AGE_BEFORE = /\b(?:ages?|aged)\b(?:[^\d.;:]|(?:19|20)\d\d){0,60}(?:(?:from|between)?\s*\d+\s+(?:to|and|from)\s+(?:the\s+(?:other|oldest|youngest|eldest)\s+|another\s+)?)?$|\bthe\s+(?:oldest|youngest|eldest)\s+(?:(?:was|is|being|aged)\s+)?$/i;
/** "1 in every 1,000", "one in five": the parts of a ratio. */
const RATIO_AFTER = /^\s+in\s+(?:every\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand)\b|^\s+in\s+every\s+\d|^\s+in\s+(?!(?:19|20)\d\d\b)\d[\d,]*\b|^\s*(?:times\b|-fold\b)/i;
const RATIO_BEFORE = /\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?$|\bfactor\s+of\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|almost\s+|nearly\s+|roughly\s+|around\s+|some\s+|over\s+|up\s+to\s+)?$/i;
const STARTED_WITH_BEFORE = /\b(?:began|begun|started|entered)\s+(?:the\s+(?:full-scale\s+)?(?:war|invasion|conflict)\s+)?with\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+|roughly\s+|fewer\s+than\s+|more\s+than\s+)?$/i;
// "groups of three to five": the high end of a range of sizes too.
const GROUP_SIZE_BEFORE = /\b(?:groups|teams|squads|pairs|waves|columns)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|just\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|or|-|–)\s*)?$/i;
/** "three or four wounded for every soldier killed", "five shells for each one fired back": a rate per one thing, not a count. */
const FOR_EVERY_AFTER = /^(?:\s+(?:or|to)\s+[\w.,]+)?\s+(?:[a-z-]+\s+){0,2}?for\s+(?:every|each)\s/i;
/** "said that ", "said earlier that ", "told reporters that ": a clause of saying opening right before a number or a period. */
const SAID_THAT_BEFORE = /\b(?:said|says|say|reported|reports|announced|stated|added|confirmed|claimed|wrote|noted|told\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3})(?:\s+(?:earlier|previously|later|on\s+\w+))?\s+that\s+$/i;
/** An article (and an adjective) before "one": "a larger one", "the one claimed". */
const ONE_PRONOUN_BEFORE = /\b(?:a|an|the|this|that|another|any|no|every|each)\s+(?:(?!other\b)[a-z]+\s+)?$/i;
/** A price of one item: "each Su-34 costs about $36 million", "$2 million apiece". */
const UNIT_PRICE_BEFORE = /\b(?:each|every|a\s+single|per)\s+[^,.;$]{1,40}?\bcosts?\s+(?:[a-z]+\s+){0,3}$/i;
// "a price cap of $60 a barrel": the price of a commodity's unit.
const UNIT_PRICE_AFTER = /^\s*(?:each|apiece|a\s+piece|per\s+(?:unit|piece|item)|(?:a|per)\s+(?:barrel|tonne|ton|litre|liter|gallon|cubic\s+met(?:re|er)|kilowatt-hour|megawatt-hour|kWh|MWh|share))\b/i;
/** The worth of one named item: "an A-50 aircraft, worth an estimated $350 million", "a frigate valued at $200 million". */
const ITEM_WORTH_BEFORE = /\b(?:an?|one|the)\s+[^,.;$]{0,60}?\b(?:aircraft|jet|plane|bomber|helicopter|ship|vessel|frigate|submarine|system|radar|tank)\s*,?\s+(?:worth|valued\s+at|priced\s+at|costing)\s+(?:(?:an\s+estimated|about|around|roughly|some|nearly|over|more\s+than)\s+)?$/i;
const MONEY_UNITS: ReadonlySet<string> = new Set(["USD", "EUR", "GBP"]);

const COUNTRY_AREA_BEFORE = /\b(?:(?:total|entire|whole|internationally\s+recogni[sz]ed)\s+(?:territory|area|land\s+area)|(?:country|nation)\s+(?:of|covering))\s+(?:of\s+)?(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?$/i;
const NAME_PAREN_BEFORE = /[A-Z][\w'’-]*\s*\(\s*(?:about\s+|some\s+|roughly\s+|around\s+)?$/;
const PERCENT_CHANGE_AFTER = /^\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger)\b/i;
/** A place's possessive right before an area: "Greater London's 1,572 square kilometres". */
const NAME_POSSESSIVE_BEFORE = /[A-Z][\w-]*['’]s\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$/;
/** "for every soldier killed, seven …", "for each drone downed, three more": the number is the other term of a ratio. */
/** A small unit's strength in a relative clause: "his unit, which numbered about 500 men". */
const UNIT_STRENGTH_BEFORE = /\b(?:unit|battalion|company|platoon|squad|detachment|regiment|brigade)\s*,\s*(?:which|that)\s+(?:once\s+|then\s+|had\s+)?number(?:ed|s)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|fewer\s+than|up\s+to)\s+)?$/i;
/** Right after a number, attacks as the thing counted: "missile strike", "drone attacks", "air raids". */
const STRIKES_COUNTED_AFTER = /^\s+(?:(?:massive|large-scale|combined|separate|overnight|further|more)\s+)?(?:missile|drone|air|rocket|aerial|bomb|glide[- ]bomb|artillery)\s+(?:and\s+[\d,]+\s+(?:[a-z]+\s+)?)?(?:strikes?|attacks?|raids?)\b(?![^\S\n]+(?:vehicles?|drones?|UAVs?|means|weapons?|aircraft|helicopters?|missiles?))/i;
/** "another 41 had surrendered", "12 surrendered": people who gave themselves up. */
const SURRENDERED_AFTER = /^\s+(?:(?:more|others|other\s+soldiers|soldiers|servicemen|troops)\s+)?(?:(?:had|have|has)\s+)?surrendered\b/i;
/** What a crowd does: "(people) calling for", "rallied", "marched", "gathered". */
const CROWD_AFTER = /^\s+(?:who\s+)?(?:calling|called|rallied|rallying|gathered|gathering|marched|marching|protested|protesting|demonstrated|demanding|demanded|chanting|holding\s+(?:placards|signs|banners))\b/i;
/** Words of a place's people, earlier in the sentence. */
const POPULATION_WORD = /\b(?:inhabitants|residents|population|people\s+lived|civilians|locals)\b/i;
/** A verb denied right after the number: "seven had not been hit", "three were not shot down". */
const NOT_DONE_AFTER = /^\s+(?:(?:of\s+them|of\s+these)\s+)?(?:had|have|has|were|was)\s+not\s+(?:been\s+)?[a-z]+(?:ed|en|wn|hit|shot)\b/i;
/** "a week or (two)", "a day or (two)": a span of time before the number. */
const TIME_OR_BEFORE = /\b(?:a|one)\s+(?:day|week|month|year|hour|minute)\s+or\s+$/i;
/** "(men) wrongly summoned had been sent home": people sent back from a call-up. */
const SENT_HOME_AFTER = /^(?:\s+[a-z]+){0,3}\s+(?:had\s+been|have\s+been|were|was|being)\s+(?:sent|allowed\s+to\s+go|released)\s+(?:back\s+)?home\b/i;
/** "(residents) of the district had been evacuated": people evacuated. */
const EVACUATED_AFTER = /^(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s+(?:had\s+been|have\s+been|were|was|being)\s+evacuated\b/i;
const FOR_EVERY = /\b[Ff]or\s+(?:every|each)\s+(?:\S+\s+){0,6}?(?:killed|lost|dead|downed|destroyed|wounded|injured|captured|fired|launched)(?:\s+\S+){0,4},\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|at\s+least|as\s+many\s+as)\s+)?$|\b[Ff]or\s+(?:every|each)\s+$/;
const SIZE_COMPARISON = /\b(?:larger|bigger|smaller)\s+than\b|\bthe\s+size\s+of\b/i;

const SUPPLY_VERB = /^(?:sent|send|sends|sending|supplied|delivered|provided|shipped|transferred)$/i;
const SUPPLIER = /\b(?:North\s+Korea|Pyongyang|the\s+North|Iran|Tehran|Belarus|Minsk|China|Beijing|the\s+(?:United\s+States|US|U\.S\.|UK|West)|Washington|Germany|Berlin|Britain|London|France|Paris|allies|partners)\b/;
const RANK_AFTER = /^\s+of\s+(?:the|its|their|Russia['’]s|Ukraine['’]s)\s+(?:most|least|[a-z]{3,}est)\b/i;

// Not a person's or a place's year ("a man born in 1969", "founded in 1875").
const EARLIER_WAR_YEAR = /(?<!\b(?:born|founded|built|established|created|formed|opened|died)\s+)\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]etween|[Ff]rom)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:1[0-9]\d\d|200\d|201[0-3])|(?:1[0-8]\d\d|19[0-8]\d))(?!\d|,\d)/;
const WAR_YEAR = /\b20(?:1[4-9]|[2-9]\d)\b/;
// Asked of every counted figure: the answer is kept for the sentence (most sentences hold no "1" followed by three digits).
let earlierWarText = "";
let earlierWarStart = -1;
let earlierWarAnswer = false;
function setInEarlierWar(text: string, sentence: Span): boolean {
  if (text === earlierWarText && sentence.start === earlierWarStart) return earlierWarAnswer;
  const words = text.slice(sentence.start, sentence.end);
  earlierWarText = text;
  earlierWarStart = sentence.start;
  earlierWarAnswer = OLD_YEAR_DIGITS.test(words) && EARLIER_WAR_YEAR.test(words) && !WAR_YEAR.test(words);
  return earlierWarAnswer;
}
const OLD_YEAR_DIGITS = /1[0-9]{3}|20(?:0\d|1[0-3])/;
/** A condition opening a sentence: "If …", "Should …", "Unless …" (the figure must come before its comma). */
const IF_OPENING = /^\W*(?:If|Should|Unless)\s/;
const CORRECTED_BEFORE = /\b(?:an?\s+earlier\s+(?:version|entry|update|post)\b[^.;]{0,50}?\b(?:said|stated|reported|gave|put)|(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|gave|put))\s+(?:that\s+)?(?:[^.;\d]{0,20}?\s)?$/i;
const POPULATION_BEFORE = /\b(?:half|third|quarter|most|much|all|many|some|share|percent|%)\s+of\s+(?:its|their|the\s+(?:town|city|village|region)['’]s)\s+(?:(?:pre-?war|former|original|roughly|about|some|around|nearly)\s+)*$/i;
const NONE_OF_BEFORE = /\b[Nn]one\s+of\s+(?:the|these|those|its|their)\s+$/;
const A_SCALE_OR_TWO = /^an?\s+(?:billion|million|thousand|hundred)\s+or\s+(?:two|three)\b/i;
const SCALE_OR_BEFORE = /\ban?\s+(?:billion|million|thousand|hundred)\s+or\s+$/i;
/** A population that fell, before its number. */
const POPULATION_DECLINE_BEFORE = /\bpopulation\b[^.;:]{0,80}?\b(?:fallen|fell|dropped|declined|shrunk|shrank|decreased|dwindled)\b/i;
/** Before a force's number in its clause: a force proposed, asked for, envisaged or allowed. */
const PROPOSED_FORCE_BEFORE = /\b(?:floated|floating|proposed|proposes|proposing|promised|promises|pledged|pledges|discussed|discussing|mooted|considering|plans?\s+to|planning\s+to|aims?\s+to|intends?\s+to|envisag(?:e|es|ed|ing)|(?:has|have|had)\s+asked|asked\s+\w+\s+to|calls?\s+for|called\s+for|would\s+(?:allow|let|permit|cap|limit|keep|include)|cap(?:s|ped|ping)?\s+(?:\w+\s+){0,3}?at|ceiling\s+of)\b[^.;]*$/i;
/** After soldiers: held by the enemy. */
const IN_HANDS_AFTER = /^\s+(?:[\w-]+\s+){0,4}?(?:remain(?:s|ed)?|are|were|still)\s+(?:held\s+)?(?:in\s+(?:Russian|Ukrainian|enemy|Russia['’]s|Ukraine['’]s)\s+(?:hands|captivity)|in\s+captivity|held\s+(?:captive|prisoner))/i;
/** A place's people, lost: "residents", "civilians", "people". */
const PLACE_PEOPLE = /^(?:residents|civilians|people|inhabitants|locals|villagers|children)$/i;
/** After a loss: the injured counted apart ("while another 61 were injured", "and 40 were wounded"). */
const INJURED_APART_AFTER = /^[^.;]{0,40}?\b(?:while|and|with)\s+(?:another|a\s+further|\d[\d,]*|[a-z]+)\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|had\s+been)?\s*(?:injured|wounded|hurt)\b/i;
/** After aircraft: sent up, not hit. */
const SCRAMBLED_AFTER = /^\s+(?:(?!that\b|which\b)[\w-]+\s+){0,7}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:took\s+off|scrambled|put\s+in(?:to)?\s+the\s+air|took\s+to\s+the\s+air|patrolled|were\s+sent\s+up|on\s+patrol|on\s+alert)\b/i;
/** "destroyed (more than) 340 …" right before a number. */
const DESTROYED_PEOPLE_BEFORE = /\b(?:destroyed|destroying|destroy)\s+(?:(?:up\s+to|more\s+than|over|about|some|nearly|almost|at\s+least|another)\s+)?$/i;
/** "two of the bases", "three of its airfields": a count of places. */
const PLACES_OF_AFTER = /^\s+of\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+)?(?:(?:bases|airbases|air\s+bases|airfields|airports|regions|oblasts|provinces|cities|towns|sites|facilities|locations|districts|areas|plants|refineries|ports|depots|directions|sectors|targets)\b)/i;
/** Right after a bare count: "(were still) missing", "(remain) unaccounted for". */
const MISSING_AFTER = /^\s+(?:(?:were|are|was|is|remain(?:ed|s)?|have\s+been|had\s+been|still|also|reported|listed\s+as|officially)\s+){0,3}(?:missing|unaccounted\s+for)\b/i;
const HOSPITAL_AFTER = /^\s*(?:of\s+them\s+)?(?:,\s*)?(?:(?:had|have|has|were|was|are|is|still)\s+)*(?:remain(?:ed|s)?\s+in\s+hospital|hospitali[sz]ed|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|in\s+intensive\s+care|(?:taken|rushed|admitted|brought|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:hospitals?|medical\s+facilit(?:y|ies)))\b/i;
const ALSO_LOST_BEFORE = /\b(?:has|have|had)\s+also\s+(?:lost|destroyed)\b/i;
const NUMBER_OF_OPENING = /^\W*(?:The\s+)?(?:number|toll|count)\s/i;
const ROSE_TO_BEFORE = /\b(?:risen|rose|rises|climbed|climbs|reached|reaches|increased|grown|grew|jumped)\s+to\s+(?:(?:at\s+least|more\s+than|over|about|nearly|almost)\s+)?$/i;
/** A death toll right before its value: "the death toll … has risen to", "put the death toll on the occupied bank at". */
const DEATH_TOLL_VALUE = /\b(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?dead)\b[^\d;:]{0,140}?\b(?:(?:risen|rose|climbed|jumped|increased|grown|gone\s+up|went\s+up)\s+to|reached|stands?\s+at|stood\s+at|(?:is|was|remains?|remained)(?:\s+now)?(?:\s+at)?|at|to)\s+$/i;
/** "among the dead", "Among the newly identified dead", "among those killed": the people a breakdown sorts. */
const AMONG_THE_DEAD = /\b[Aa]mong\s+(?:the\s+|those\s+)?(?:(?:newly\s+)?(?:confirmed|identified|reported|known|recorded|verified)\s+)?(dead|killed|wounded|injured)\b/;
/** A sentence opening on the dead or wounded a count belongs to: "Among the confirmed dead are". */
// "Among the dead, the journalists identified 1,967 mobilised men": the same with a clause of its own after a comma.
const AMONG_THE_LOST_BEFORE = /^Among\s+(?:the\s+|those\s+)?(?:(?:confirmed|identified|reported|known|recorded)\s+)?(dead|killed|wounded|injured)(?:\s+(?:are|were|have\s+been|had\s+been)|,\s+(?:[\w'’-]+\s+){1,5}?(?:identified|counted|found|confirmed|recorded|named|listed|documented))\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|roughly)\s+)?$/;
/** A swap named before a count of soldiers. */
const SWAP_WORD = /\b(?:swaps?|prisoner\s+exchanges?|exchanges?\s+of\s+prisoners)\b/i;
/** After projectiles: the guns that fired them. */
const SHELLING_AFTER = /^\s+(?:from|by|with|using)\s+(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|tanks?|howitzers?|Grads?|guns?|cannons?)\b/i;
/** Right after a count: a weapon system's name ("4 more HIMARS", "31 Abrams", "10 Leopard tanks"). */
const WEAPON_NAME_AFTER = /^\s+(?:(?:more|additional|new|extra|further|U\.S\.-made|American|German|British)\s+)*(?:HIMARS|ATACMS|NASAMS|MLRS|Abrams|Leopards?|Patriots?|Bradleys?|Strykers?|F-16s?|Challengers?|Marders?|Gepards?|IRIS-T|Caesars?|M777s?|Javelins?|Stingers?|Switchblades?|T-(?:62|64|72|80|90)[A-Z0-9]*s?|BMP-?[1-3]?s?|BTR-?\d*s?)\b/;
/** Right before a count of soldiers: words of a prosecution ("criminal cases against", "sentenced", "charged"). */
const LEGAL_COUNT_BEFORE = /\b(?:cases?\s+(?:against|into)|charges\s+against|charged|charging|convicted|sentenced|prosecuted|prosecuting|indicted|tried|trials?\s+of|verdicts?\s+(?:against|on))\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|another)\s+)?$/i;
/** An aid package's contents before a weapon: "The package includes", "the shipment contained". */
const AID_PACKAGE_BEFORE = /\b(?:package|shipment|consignment|delivery|deliveries|tranche)\b[^.;]{0,40}?\b(?:includes?|included|including|contains?|contained|comprises?|comprised)\b/i;
/** "knocked out power to about 700,000 residents": people left without a supply, not a toll. */
const SUPPLY_TO_BEFORE = /\b(?:power|electricity|heating|heat|water|gas|light|supplies)\s+(?:supplies?\s+|supply\s+)?(?:to|for)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly|at\s+least)\s+)?$/i;
/** After a counted noun: the base of a rate ("deaths per 10,000 men", "per 100,000 people"). */
const PER_BASE_AFTER = /^\s+(?:per|for\s+every)\s+(?:\d[\d,.]*|a\s+(?:hundred|thousand|million)|hundred|thousand|million)\b/i;
/** A sentence opening on a denial of harm to a group, up to a number in its relative clause: "None of the crew, who include". */
const NONE_OF_ROSTER = /^None\s+of\s+(?:the|these|those|its|their)\b[^.;]*?\b(?:who|which|including)\b[^.;]*$/;
const COMPARED_FROM_BEFORE = /\b(?:up|down)\s+from\s+(?:(?:about|around|nearly|some|roughly|almost)\s+)?$/i;
/** Units of goods and energy: a figure compared with one of them is no war figure. */
/** People living on in a place, earlier in the sentence: "218,000 residents remain", "civilians were still in the city". */
const PEOPLE_REMAIN_BEFORE = /\b(?:residents|inhabitants|civilians|people|locals)\s+(?:(?:still\s+)?remain(?:s|ed)?\b|(?:are|were|was|is)\s+still\s+(?:in|living)\b|still\s+live\b)/i;
const OTHER_QUANTITY = /\b(?:tons|tonnes|barrels|hectares|litres|liters|megawatts|gigawatts|bcm|cubic\s+met(?:re|er)s|kilowatt-hours|bushels)\b/i;
const RETURNED_TO_DUTY_AFTER = /^\s+(?:(?:had|have|has)\s+)?(?:returned|come\s+back|came\s+back)\s+to\s+(?:their\s+|the\s+)?(?:units?|service|duty|ranks)\b/i;
const AID_AFTER = /^\s+(?:(?:a|per)\s+year\s+|annually\s+|a\s+month\s+)?(?:in|of)\s+(?:(?:military|financial|humanitarian|budget(?:ary)?|economic|defen[cs]e)\s+)?(?:support|aid|assistance|funding|loans?|grants?)\b/i;
const MEMBERS_OF_AFTER = /^\s+of\s+(?:the\s+)?(?:NATO|EU|European\s+Union|G7|G20|alliance|bloc|[A-Z][\w-]*)(?:['’]s)?\s+(?:\d+|[a-z]+-?[a-z]*)\s+(?:members|member\s+states|member\s+countries|countries|states|allies|nations)\b/i;
/** "a father of two", "a mother of three": children in a family, not a toll. */
const FAMILY_OF_BEFORE = /\b(?:father|mother|parent|grandfather|grandmother|dad|mum|mom)\s+of\s+$/i;
/** "The average age of those killed", "the median age": the bare numbers after it are ages. */
const AVERAGE_AGE = /\b(?:average|median|mean)\s+age\b/i;
/** "a republic with fewer than", "a city with about": a place and the people it has. */
const PLACE_WITH_BEFORE = /\b(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|country|nation|republic|province|region|oblast|district|territory|community)\s+with\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|under|fewer\s+than|less\s+than)\s+)?$/i;
/** A word of loss right after the people counted: "people killed", "residents dead". */
const LOSS_WORD_AFTER = /^\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|wounded|injured|hurt|missing)\b/i;
/** "a city of about 1.4 million (people)": the place's population, not a toll. */
const PLACE_OF_BEFORE = /\b(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|country|nation|metropolis|port\s+city|region)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|under|fewer\s+than)\s+)?$/i;
/** "the number of people who have fled Ukraine has passed", "as refugee exodus passes": people who left, not a toll. */
const FLED_BEFORE = /\b(?:fled|refugees?|exodus|displaced|evacuees)\b[^.;:,\d]{0,40}$/i;
/** After a count: people held captive ("five are being held as prisoners of war"), neither lost nor exchanged. */
const HELD_CAPTIVE_AFTER = /^\s+(?:(?:are|were|is|was|remain|remains|remained|still)\s+)+(?:(?:being\s+)?held\s+(?:as\s+)?(?:prisoners|POWs|captives?|hostages?|in\s+captivity)|in\s+(?:(?:Russian|Ukrainian|enemy)\s+)?captivity)\b/i;
/** "fewer than 1,500 residents remain": a place's people still living there, not a toll (those in hospital or missing are). */
const PEOPLE_REMAIN_AFTER = /^\s+(?:(?:were|are|was|is)\s+)?still\s+(?:living|live|lives|sheltering)\b|^\s+(?:were|are|was|is)\s+still\s+in\s+(?:the|their|its|this|that)\s+(?:city|town|village|settlement|region|area|district|community)\b|^\s+(?:still\s+)?remain(?:s|ed)?\b(?!\s+(?:in\s+(?:hospital|critical|serious|intensive)|hospitali[sz]ed|missing|unaccounted|under\s+the\s+rubble|trapped|in\s+captivity))/i;
/** People being searched for, or believed trapped: not yet a toll. */
const SEARCHED_FOR_BEFORE = /\b(?:search(?:ing|ed)?|looking|hunt(?:ing)?)\s+for\s+(?:(?:at\s+least|more\s+than|about|some|another|up\s+to)\s+)?$/i;
const BELIEVED_TRAPPED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:believed|thought|feared)\s+(?:to\s+be\s+)?(?:trapped|missing|buried)\b/i;
/** "attacking ten, fifteen times a day": how often, not how many. */
const TIMES_AFTER = /^(?:\s*(?:,|or|to|-|–)\s*[\w-]+)?\s+times\b/i;
/** "Relatives of at least seven of the dead told Verstka": the outlet's sources among the dead's families, not a toll. */
const SOURCES_OF_DEAD_AFTER = /^\s+of\s+(?:the|those)\s+(?:dead|killed|victims|fallen|freed|released|wounded)\s+(?:have\s+)?(?:told|said|spoke|described|recalled)\b/i;
/** "several other deadly strikes, including one on Kryvyi Rih": "one" standing for an event named before it. */
const EVENT_ONE_BEFORE = /\b(?:strikes|attacks|raids|air\s+raids|assaults|incidents|bombings|shellings|explosions|blasts|operations|offensives)\b[^.;]{0,20}?,?\s+(?:including|among\s+them|such\s+as)\s+$/i;
/** A share "of Ukraine's population", "of the country's people": of people, not of land. */
const OF_POPULATION_AFTER = /^\s+of\s+(?:[A-Z][\w-]*['’]s|the\s+country['’]s|its|their|the)\s+(?:(?:pre-?war|total|entire|whole)\s+)?(?:population|people|residents|inhabitants)\b/;
/** Whether a number is an age, a term of a ratio or multiplier, or the price of one item, not a figure of the war. */
function notAFigure(text: string, mention: NumberMention, noun: NounResult, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
  // "which has pledged £3bn a year in military support": aid, not damage.
  if (MONEY_UNITS.has(mention.unit)) return UNIT_PRICE_BEFORE.test(before) || UNIT_PRICE_AFTER.test(after) || AID_AFTER.test(after) || ITEM_WORTH_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
  // "Ukraine's internationally recognised territory of 603,550 km²", "larger than Estonia (45,339 km²)": the size of a
  // country given for scale, not land taken or held.
  // "an area slightly larger than Greater London's 1,572 square kilometres": a place's size the gain is measured against.
  if (mention.unit === "km2") return COUNTRY_AREA_BEFORE.test(before) || ((NAME_PAREN_BEFORE.test(before) || NAME_POSSESSIVE_BEFORE.test(before)) && SIZE_COMPARISON.test(before));
  // "15 percent more territory than in June", "a share 3 percent higher": a change between two shares, not a share.
  // "nearly a quarter of Ukraine's population": a share of the people, not of the land.
  if (mention.unit === "percent") return PERCENT_CHANGE_AFTER.test(after) || OF_POPULATION_AFTER.test(after);
  if (mention.unit !== "count") return false;
  if (noun.kind !== "noun" && AGE_BEFORE.test(before)) return true;
  // "for every Ukrainian soldier killed in Bakhmut, seven Russians die": a ratio of losses, not a toll.
  const ratioWindow = text.slice(Math.max(sentence.start, mention.start - 120), mention.start);
  if (/[Ff]or\s+e/.test(ratioWindow) && FOR_EVERY.test(ratioWindow)) return true;
  // "Correction: an earlier version of this blog said eight people …", "incorrectly said 35 drones": a number the outlet
  // withdrew; "killed two people, not three": a number denied in place.
  if (CORRECTED_BEFORE.test(before) || /,\s*not\s+$/i.test(before)) return true;
  // "has lost about half of its 40,000 residents": a town's population, not its dead.
  if (POPULATION_BEFORE.test(before) && /^\s+(?:pre-?war\s+)?(?:residents|inhabitants|people|population)\b/i.test(after)) return true;
  // "None of the three ballistic missiles was intercepted": a count restated to deny it.
  if (NONE_OF_BEFORE.test(before)) return true;
  // "a father of two", "a city of about 1.4 million people", "refugee exodus passes 3.4 million": a family, a population, people
  // who fled; "five are being held as prisoners of war": people held captive.
  // These tests run on every count: each first looks for a word its pattern cannot match without, near the number.
  const tail = before.slice(-30).toLowerCase();
  const head = after.toLowerCase();
  // "launched one missile strike using two missiles", "carried out 40 drone attacks": attacks counted, not weapons.
  if ((head.includes("strike") || head.includes("attack") || head.includes("raid")) && STRIKES_COUNTED_AFTER.test(after)) return true;
  // "and that another 41 had surrendered": soldiers who gave themselves up are prisoners taken, no loss or swap.
  if (head.includes("surrender") && SURRENDERED_AFTER.test(after)) return true;
  // "a city that had 67,000 inhabitants before the war and where fewer than 5,000 remain": people living on, with the noun
  // left out.
  if (noun.kind !== "noun" && (head.includes("remain") || head.includes("still")) && PEOPLE_REMAIN_AFTER.test(after) && POPULATION_WORD.test(text.slice(sentence.start, mention.start))) return true;
  // "seven had not been hit as planned", "three were not shot down": a count denied by its own verb.
  if (head.includes("not") && NOT_DONE_AFTER.test(after)) return true;
  // "with only a week or two of training": a span of time, not a count.
  if (mention.value <= 10 && tail.includes(" or") && TIME_OR_BEFORE.test(before)) return true;
  // "Ukrainians welcomed 2025 under the wail of air raid sirens": a year with no noun, not a count.
  if (noun.kind === "none" && mention.value >= 1990 && mention.value <= 2040 && /^(?:19|20)\d\d$/.test(text.slice(mention.start, mention.end))) return true;
  // "flies at a speed of Mach 10": a speed.
  if (tail.endsWith("mach ")) return true;
  // "brokered a swap between the two in December 2022": the two sides, not two people.
  if (mention.value === 2 && tail.includes("between") && /\bbetween\s+the\s+$/i.test(before) && (noun.kind !== "noun" || /^(?:sides|countries|nations|parties|states|armies|governments|leaders|presidents)$/i.test(text.slice(noun.start, noun.end)))) return true;
  // "with several hundred people calling for faster exchanges": a crowd, not people swapped or killed.
  if (noun.kind === "noun" && /^(?:people|protesters|demonstrators|relatives|families|mothers|wives|supporters)$/i.test(text.slice(noun.start, noun.end)) && CROWD_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40)))) return true;
  // "his unit, which numbered about 500 men in December, had lost nearly 200": a unit's strength, not its losses.
  if (tail.includes("number") && UNIT_STRENGTH_BEFORE.test(before)) return true;
  if (mention.value <= 20 && tail.includes("of") && FAMILY_OF_BEFORE.test(before)) return true;
  if (tail.includes("of") && PLACE_OF_BEFORE.test(before) && (noun.kind !== "noun" || /^(?:people|residents|inhabitants|population)$/i.test(text.slice(noun.start, noun.end)))) return true;
  // "The average age of those killed in April was 38, compared with 35 a year earlier": ages, not tolls.
  if (noun.kind !== "noun" && AVERAGE_AGE.test(text.slice(sentence.start, mention.start))) return true;
  // "For Buryatia, a republic with fewer than a million residents, the losses …": a place's size, not a toll.
  if (tail.includes("with") && PLACE_WITH_BEFORE.test(before) && noun.kind === "noun" && /^(?:people|residents|inhabitants)$/i.test(text.slice(noun.start, noun.end)) && !LOSS_WORD_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 24)))) return true;
  if (noun.kind !== "noun" && FLED_BEFORE.test(before)) return true;
  if ((tail.includes("to") || tail.includes("for")) && SUPPLY_TO_BEFORE.test(before)) return true;
  // "Twenty-three of NATO's 32 members now meet the target": members of an alliance, not a toll.
  if (head.includes("of") && MEMBERS_OF_AFTER.test(after)) return true;
  // "down from 49 million the season before" after "about 40 million tons": a comparison in the unit of another quantity.
  if (noun.kind !== "noun" && COMPARED_FROM_BEFORE.test(before) && OTHER_QUANTITY.test(text.slice(sentence.start, mention.start))) return true;
  // "Some 218,000 residents remain in …, down from 1.67 million before the invasion": the population it is compared with.
  if (noun.kind !== "noun" && COMPARED_FROM_BEFORE.test(before) && PEOPLE_REMAIN_BEFORE.test(text.slice(sentence.start, mention.start))) return true;
  // "2,700 soldiers had returned to their units": soldiers back from absence, not prisoners freed.
  const afterNoun = noun.kind === "noun" ? text.slice(noun.end, Math.min(sentence.end, noun.end + 50)) : after;
  const afterNounLower = noun.kind === "noun" ? afterNoun.toLowerCase() : head;
  // "several hundred residents of the district had been evacuated": people moved to safety, not hurt.
  if (noun.kind === "noun" && afterNounLower.includes("evacuat") && EVACUATED_AFTER.test(afterNoun) && !/\b(?:wounded|injured)\b/i.test(text.slice(mention.end, noun.start))) return true;
  // "about 2,000 men wrongly summoned had been sent home": men sent back from a call-up are no force.
  if (noun.kind === "noun" && afterNounLower.includes("home") && SENT_HOME_AFTER.test(afterNoun)) return true;
  if (noun.kind === "noun" && (afterNounLower.includes("back") || afterNounLower.includes("returned")) && RETURNED_TO_DUTY_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40)))) return true;
  // "fewer than 1,500 residents remain", "searching for at least 20 residents believed to be trapped", "ten, fifteen times a
  // day", "seven of the dead told Verstka": people living on, sought or speaking, and a frequency.
  if (noun.kind === "noun" && PLACE_PEOPLE.test(text.slice(noun.start, noun.end)) && PEOPLE_REMAIN_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40)))) return true;
  if (tail.includes("for") && SEARCHED_FOR_BEFORE.test(before)) return true;
  // "My son was 19 when he was taken. He is 22 now": an age.
  if (noun.kind !== "noun" && mention.value <= 110 && (tail.endsWith("was ") || tail.endsWith("is ")) && /^\s+(?:when|now)\b/.test(after)) return true;
  if ((afterNounLower.includes("believed") || afterNounLower.includes("thought") || afterNounLower.includes("feared")) && BELIEVED_TRAPPED_AFTER.test(afterNoun)) return true;
  if (noun.kind !== "noun" && ((head.includes("times") && TIMES_AFTER.test(after)) || (head.includes("of") && SOURCES_OF_DEAD_AFTER.test(after)))) return true;
  // "since World War Two": the number of a war's name.
  if (mention.value <= 2 && tail.includes("war") && /\bWorld\s+War\s+$/i.test(before)) return true;
  // "37 confirmed deaths per 10,000 men": a rate's base, and the rate itself, are no counts.
  if ((tail.includes("per") && /\bper\s+$/i.test(before)) || (noun.kind === "noun" && (afterNounLower.includes("per") || afterNounLower.includes("every")) && PER_BASE_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 24))))) return true;
  // "None of the crew, who include 11 Indian and six Filipino seafarers, were hurt": a roster in a denial.
  if (text.startsWith("None", sentence.start) && NONE_OF_ROSTER.test(text.slice(sentence.start, mention.start))) return true;
  if ((afterNounLower.includes("held") || afterNounLower.includes("captivity")) && HELD_CAPTIVE_AFTER.test(afterNoun)) return true;
  // "…, who is 41, said": an age in a relative clause after a name or an apposition.
  if (noun.kind !== "noun" && /,\s*who\s+(?:is|was)\s+$/i.test(before) && mention.value < 110) return true;
  // "If Russia keeps losing 1,000 soldiers a day, it would lose …": a figure in a condition opening the sentence is supposed.
  if (IF_OPENING.test(text.slice(sentence.start, sentence.start + 12)) && !/[,;:]/.test(text.slice(sentence.start, mention.start))) return true;
  // "adds a billion or two to this figure": a loose amount of something else, neither end a count.
  if (noun.kind !== "noun" && (A_SCALE_OR_TWO.test(text.slice(mention.start, Math.min(sentence.end, mention.end + 16))) || SCALE_OR_BEFORE.test(before))) return true;
  // "12 killed, 16 missing", "six were still missing": people missing are no one's loss counted yet.
  if (noun.kind !== "noun" && MISSING_AFTER.test(after)) return true;
  // "22 residents remain unaccounted for", "12 soldiers are still missing": the same with the people named.
  if (noun.kind === "noun" && MISSING_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40)))) return true;
  // "destroyed or damaged at two of the bases", "hit three of the refineries": a count of the places, not of what was hit there.
  if (mention.value <= 50 && PLACES_OF_AFTER.test(after)) return true;
  // "On the first day of the Battle of the Somme, in July 1916, 19,240 British soldiers were killed": a sentence set in a
  // year before Ukraine's independence tells of another war.
  if (setInEarlierWar(text, sentence)) return true;
  // "Two of the most painful losses", "three of the largest strikes": a rank among things, not a count.
  if (mention.value <= 20 && RANK_AFTER.test(after)) return true;
  // "followed by a larger one", "than the one claimed by officials": "one" after an article is a pronoun.
  // "reported that one civilian was killed": "that" after a verb of saying opens a clause, and "one" counts.
  if (mention.value === 1 && /^one$/i.test(text.slice(mention.start, mention.end)) && ONE_PRONOUN_BEFORE.test(before) && !SAID_THAT_BEFORE.test(before)) return true;
  // "including one on Kryvyi Rih" after "strikes": one of the events; "One 34-year-old marine said": "one" as "a".
  if (mention.value === 1 && /^one$/i.test(text.slice(mention.start, mention.end)) && (EVENT_ONE_BEFORE.test(before) || /^\s+(?:\d{1,3}-year-old|called|described|said|told|wrote|added|(?:air\s+)?strikes?|attacks?|raids?|blasts?|explosions?|bombings?)\b/.test(after))) return true;
  // A ratio opens on a small number ("1 in 1,000", "one in five"); "50,000 in 2023" is a count in a year.
  // "which began the war with a few dozen MiG-29s", "entered the war with 120 jets": a force held at the start, not a loss.
  if (STARTED_WITH_BEFORE.test(before)) return true;
  // "They send groups of three, four people", "in teams of five": the size of each group, not a count of a force.
  if (mention.value <= 50 && GROUP_SIZE_BEFORE.test(before)) return true;
  if (mention.value <= 100 && FOR_EVERY_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 48)))) return true;
  // "which had a crew of about 80": the people a ship or aircraft carries, not a toll.
  if (tail.includes("crew") && CREW_OF_BEFORE.test(before)) return true;
  // "Russia's population fell by about 600,000 in 2024": a change of a population, not its dead.
  if (tail.includes("by") && POPULATION_CHANGE_BEFORE.test(before)) return true;
  return (mention.value <= 10 && RATIO_AFTER.test(after)) || RATIO_BEFORE.test(before);
}
const CREW_OF_BEFORE = /\bcrews?\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?$/i;
const POPULATION_CHANGE_BEFORE = /\bpopulation\s+(?:has\s+|had\s+)?(?:fell|fallen|declined|dropped|shrank|shrunk|decreased|contracted)\s+by\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;

/** "of Luhansk", "of the Kherson region", "of Donbas": a region whose share is counted. */
const PERCENT_OF_REGION = /^\s*of\s+(?:the\s+)?(?:Donetsk|Luhansk|Lugansk|Zaporizhzhia|Zaporizhia|Zaporozhye|Kherson|Kharkiv|Kharkov|Sumy|Mykolaiv|Dnipropetrovsk|Crimea|Donbas|Donbass|Kursk|Belgorod|Bryansk)\b|^\s*of\s+(?:the|its|their|[A-Z][a-z]+['’]s|the\s+country['’]s)\s+(?:[a-z]+\s+){0,2}?(?:territory|territories|region|oblast|province)\b(?!['’])/;

/** A comma (or bracket, dash) and a word of inclusion between a counted noun and a part of it. */
const APPOSITIVE_OPEN = /^\s*[,(\u2013\u2014\u2012\u2015]\s*(?:including|among\s+them|among\s+whom|of\s+whom)?\s*(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?$/i;
/** The rest of the part up to its closing comma: " of them children,", " children)". */
const APPOSITIVE_CLOSE = /^(?:\s+of\s+(?:them|whom))?[^,;()\u2013\u2014\u2012\u2015\d]{0,40}[,)\u2013\u2014\u2012\u2015]/;
function isAppositivePart(text: string, headEnd: number, part: Span, sentenceEnd: number): boolean {
  return part.start >= headEnd && APPOSITIVE_OPEN.test(text.slice(headEnd, part.start)) && APPOSITIVE_CLOSE.test(text.slice(part.end, Math.min(sentenceEnd, part.end + 50)));
}

/**
 * "and 12 others, including a boy, were injured", "and 30, most of them soldiers, were wounded": an aside of inclusion
 * set off by commas between a counted head and its own passive verb. The verb after the aside is the head's.
 */
const MORE_HEAD_AFTER = /^\s+more(?=\s*,)/;
const ASIDE_THEN_VERB = /^\s*,\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|[\w-]+\s+of\s+(?:them|whom))\s[^,;()\u2013\u2014\u2012\u2015]{1,60},\s*(?=(?:were|was|have\s+been|has\s+been|had\s+been)\s)/i;

/** "shrank by 29 percent", "up 4%": a change, not a share held. */
const SHARE_CHANGE_BEFORE = /\b(?:by|up|down)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than)\s+)?$/i;
/** The words of an economy: its percentages are no land. */
const ECONOMY = /\b(?:economy|economic|GDP|inflation|budget|spending|prices?|exports?|imports?|output|revenues?|interest\s+rates?|unemployment|growth)\b/i;
/** An army or a warring state before a bare share: "Moscow controlled almost 27 per cent". */
const LAND_HOLDER = /\b(?:Russia|Russian|Russians|Moscow|Kremlin|Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|forces|troops|army)\b/;

const AT_BEFORE = /\b(?:at|amounted\s+to|amounting\s+to|totall?ed|totall?ing|came\s+to|reached)\s+$/i;
/** Wounded people passed from one side to the other. */
const HANDED_OVER = /\b(?:hand(?:ed|s|ing)?\s+over|transferr(?:ed|ing)|receiv(?:ed|ing)|returned|released|freed|repatriat(?:ed|ing))\b/i;
/** A prisoner swap named in or just before the sentence. */
// "returned from the territory controlled by the Kiev regime": the Russian defence ministry's words for a swap.
const SWAP_CONTEXT = /\b(?:swap\w*|exchang\w*|prisoners?|captivity|POWs?|gesture\s+of\s+goodwill|(?:Kiev|Kyiv)\s+regime)\b/i;
const SWAP_CONTEXT_CHARS = 600;
/** "wounded" as an adjective: the people it describes come right after it ("wounded Ukrainian servicemen"). */
const WOUNDED_PEOPLE_AFTER = /^\s+(?:[A-Z][\w'’-]*\s+)?(?:servicemen|servicemembers|service\s+members|soldiers|prisoners|POWs|troops|fighters|defenders|civilians)\b/;

interface SentenceFigure {
  metric: Metric;
  /** End of its counted noun (its own end when it has none): where a list's next item may start. */
  nounEnd: number;
  /** The part of a partitive ("36 of 50 drones"). */
  part: boolean;
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
  // British papers call their own government's ministry "the MoD" with no nation ("the MoD said Russian casualties
  // averaged 1,030 a day"): in a British outlet that ministry is the UK's, a third party.
  const outletCountries = new Map((tables.outlets ?? []).map((o) => [o.outlet.toLowerCase(), o.country.trim()]));
  const britishOutlets = new Set((tables.outlets ?? []).filter((o) => BRITAIN.test(o.country.trim()) && o.affiliation !== "wire_agency").map((o) => o.outlet.toLowerCase()));

  return function extract(article: Article): FigureRow[] {
    // Lines in capitals (wire flashes) are read in prose case; quotes are cut from the article as written.
    const written = article.text;
    const text = readShouting(written);
    const rows: FigureRow[] = [];
    const mentions = scan(text).filter((m) => m.exclusion === null && FIGURE_UNITS.has(m.unit));
    // Repeats of (sentence text, figure words, metric), by sentence text first: one quote string per
    // sentence, whose hash the map computes once, instead of a long concatenated key per figure.
    const occurrences = new Map<string, Map<string, Map<string, number>>>();
    const recent = new Map<Metric, { side: SubjectSide; at: number }>();
    const recentUnit = new Map<string, { metric: Metric; at: number }>();
    const lineSplits = new Map<number, Span[]>();
    let attacker: { side: SubjectSide; at: number } | null = null;
    let lastPeriod: { start: string; end: string } | null = null;
    let lastOpenPeriod: { start: string; end: string } | null = null;
    // The calendar months the article's figures are set in, with how many figures each: the month a monthly round-up is
    // about is the one most of its figures are set in, the first of those on a tie ("retook around 30 square kilometres
    // during the month" after the October figures and a comparison with the whole of 2024).
    const articleMonths = new Map<string, { start: string; end: string; count: number }>();
    // "over the past week, from December 14 to 20": the dated reporting week, which an undated "over the
    // (past) week" elsewhere in the article names too (a weekly summary's figures all cover that week).
    const datedWeek = datedWeekOf(text, article.published);
    // "Source: Oleksandr Prokudin, Head of Kherson Oblast Military Administration, on Telegram" under the headline:
    // the source of every figure after it that names none of its own.
    const sourceLine = sourceLineOf(text);
    const backgroundFrom = sourceLine ? text.slice(sourceLine.end).search(BACKGROUND_LABEL) : -1;
    const backgroundAt = sourceLine && backgroundFrom >= 0 ? sourceLine.end + backgroundFrom : -1;
    let lastBelligerent: { attribution: Attribution; at: number } | null = null;
    // The claimant of the last figure whose words were attributed (not guessed), and where its sentence ends.
    let lastSpoken: { claimant: string; side: ClaimantSide; end: number } | null = null;
    const enemyClaim = (sentence: Span): Attribution | null => {
      const last = lastBelligerent;
      if (!last || sentence.start - last.at >= ENEMY_CARRY || !ENEMY_WORDS.test(text.slice(sentence.start, sentence.end)) || attributor.hasOwnSpeech(text, sentence)) return null;
      return { ...last.attribution, rule: "carried" };
    };
    let sourceAttribution: Attribution | null | undefined;
    const otherWarItems = new Map<number, boolean>();
    /** Whether the paragraph at `line`, with a short label line right before it, names another war or disaster and nothing of this war. */
    const otherWarItem = (line: Span): boolean => {
      let found = otherWarItems.get(line.start);
      if (found === undefined) {
        const own = text.slice(line.start, line.end);
        const labelStart = previousLineStart(text, line.start);
        const labelEnd = text.indexOf("\n", labelStart);
        const label = labelStart < line.start && labelEnd > labelStart && labelEnd - labelStart <= 60 && !/[.!?]["”’)]*\s*$/.test(text.slice(labelStart, labelEnd)) ? text.slice(labelStart, labelEnd) : "";
        // The other war named by the label, or by the paragraph's opening (its dateline, "KHARTOUM, Sudan (AP) —", or first words).
        found = (OTHER_WAR.test(label) || OTHER_WAR.test(own.slice(0, ITEM_OPENING))) && !THIS_WAR.test(own) && !THIS_WAR.test(label);
        otherWarItems.set(line.start, found);
      }
      return found;
    };
    let outletSideMemo: ClaimantSide | null | undefined;
    /** The outlet's side when the claimant table names it as a belligerent's (TASS, Ukrinform), else null. */
    const outletSide = (): ClaimantSide | null => {
      if (outletSideMemo === undefined) {
        const known = article.outlet ? attributor.sideOf(article.outlet, { start: 0, end: article.outlet.length }) : null;
        outletSideMemo = known && known.rule === "table" && (known.side === "ukraine" || known.side === "russia") ? known.side : null;
      }
      return outletSideMemo;
    };
    let bulletin: { lead: Span; attribution: Attribution } | null | undefined;
    /** The source of the regular bulletin the article's lead paragraph retells, for a figure in a later paragraph. */
    const bulletinSource = (sentence: Span): Attribution | null => {
      if (bulletin === undefined) {
        bulletin = null;
        const lead = leadParagraphOf(text);
        const noun = lead ? BULLETIN_NOUN.exec(text.slice(lead.start, lead.end)) : null;
        if (lead && noun) {
          const at = lead.start + noun.index;
          const said = splitLine(text, lead.start, lead.end).find((s) => s.start <= at && at < s.end);
          const found = said ? attributor.attribute(text, said, said.end, () => []) : null;
          if (found && found.side !== "unknown") bulletin = { lead, attribution: { ...found, rule: "carried" } };
        }
      }
      return bulletin && sentence.start > bulletin.lead.end ? bulletin.attribution : null;
    };
    // The line and sentence being read, for the helpers below. They are made once per article, not once
    // per line or sentence (a closure per sentence costs an allocation, and under tsx a name), and are only
    // called while that sentence is read.
    let sentences: Span[] = [];
    let lineStart = 0;
    let si = 0;
    let carriedCache = new Map<number, Attribution | null>();
    let pointedCache = new Map<number, Attribution | null>();
    const postCache = new Map<number, Attribution | null>();
    let introduction: Attribution | null | undefined;
    // The turns of a transcript (read on the first figure that needs a speaker) and their speakers.
    let turns: Turn[] | undefined;
    const turnSpeakers = new Map<number, Attribution>();
    let previousCache: Span[] | null = null;
    let cues: CueHit[] = [];
    let bulletSpeakerAt = -1;
    let bulletSpeakerFound: Attribution | null = null;
    /** The sentences before the current one (up to BACK_SENTENCES), over earlier lines as needed. */
    const previous = () =>
      (previousCache ??= si >= BACK_SENTENCES
        ? sentences.slice(si - BACK_SENTENCES, si)
        : [...previousSentences(text, lineStart, BACK_SENTENCES - si, lineSplits), ...sentences.slice(0, si)]);
    /** Whether [from, to) of the current sentence is only a list of further figures. */
    const isListGap = (from: number, to: number, afterNumber = false): boolean => {
      // "12 rockets of the U.S.-made HIMARS system and 1,164 drones": the dots of an abbreviation end no item.
      const written = text.slice(from, to);
      let gap = written.includes(".") ? written.replace(DOTTED_ABBREVIATION, "") : written;
      // "11,402 tanks (+3), 23,690 armored combat vehicles": a day's change after a total ends no item.
      if (gap.includes("(")) gap = gap.replace(DELTA_MARK, "");
      if (!/,|\band\b/.test(gap)) return false;
      // "..., and 33,891 units of special military vehicles have been destroyed": "of" inside an item breaks no list.
      if (isNumberList(gap, afterNumber) && !LIST_BREAK.test(gap.replace(/\bof\b/gi, ""))) return true;
      if (LIST_BREAK.test(gap)) return false;
      // A cue word inside the items' own nouns ("multiple launch rocket systems", "air defense systems") is no verb of its own.
      return !cues.some((c) => c.start >= from && c.end <= to) || isNumberList(gap, afterNumber);
    };
    /** The outlet itself, for a sentence that gives its own count ("By our estimate", "We estimate"): a third party unless the claimant table gives the outlet a side. */
    function ownEstimate(sentence: Span): Attribution | null {
      let own = OWN_ESTIMATE.exec(text.slice(sentence.start, sentence.end));
      // "Our model draws on obituaries … It suggests that …": a pronoun for the outlet's own model in the sentence before.
      if (!own) {
        const it = IT_FINDS.exec(text.slice(sentence.start, sentence.end));
        const before = it ? previous().at(-1) : undefined;
        if (it && before && OUR_DOCUMENT_OPENING.test(text.slice(before.start, before.end))) own = it;
      }
      if (!own) return null;
      const start = sentence.start + own.index;
      const claimant = article.outlet || own[0];
      const known = article.outlet ? attributor.sideOf(article.outlet, { start: 0, end: article.outlet.length }) : null;
      return { claimant, side: known && known.rule === "table" ? known.side : "third_party", rule: "fallback", start, end: start + own[0].length };
    }
    /** The sentence's own claimant, else one carried from a colon introduction ("AFP's analysis found:"). */
    function attributeFigure(text: string, sentence: Span, offset: number, previous: () => Span[], lineStart: number): Attribution | null {
      const own = attributor.attribute(text, sentence, offset, previous);
      // In a speaker's transcript turn, "I said it in February …", "they sent 212 drones": no one carried from a question
      // or an earlier turn speaks, the turn's speaker does.
      if (own && own.rule !== "carried" && !(own.side === "unknown" && /^(?:our|my)\s/i.test(own.claimant))) return own;
      const turn = turnSpeaker(text, lineStart);
      // "ZELENSKY: … our General Staff counted …": the speaker's own body, of the speaker's side.
      if (own && turn && own.rule !== "carried") return { ...own, side: turn.side };
      // Not a body named in the turn itself ("The Russian Defense Ministry says …, and it says it destroyed 57").
      if (turn && !(own && text.slice(turn.start, offset).includes(own.claimant))) return turn;
      if (own) return own;
      // "... the State Emergency Service reported. Another 117 people were injured.": a sentence without words
      // of saying of its own continues the claim of the sentence before it in the same paragraph.
      // A social-media post pasted as paragraphs under "X wrote on X:" and signed "— Name (@handle) date": the author's.
      const signed = postAuthor(text);
      if (signed) return signed;
      const carried = carriedInParagraph(text, sentences.indexOf(sentence), 2);

      if (carried) return carried;
      // "Russia attacked with 112 drones ...\n\nThis was reported by the Air Force on Telegram": a sentence right after that
      // points back names the claimant of what came before it.
      const pointed = pointedBack(text, sentences.indexOf(sentence));
      if (pointed) return pointed;
      if (introduction === undefined) {
        introduction = null;
        const intro = colonIntroduction(text, lineStart);
        if (intro) {
          const found = attributor.attribute(text, intro, intro.end, previousSentences(text, intro.start, BACK_SENTENCES, lineSplits));
          if (found && found.side !== "unknown") introduction = { ...found, rule: "carried" };
        }
      }
      return introduction;
    }

    /** The speaker whose transcript turn holds the line at `lineStart`, with the side the table or their introduction gives. */
    function turnSpeaker(text: string, lineStart: number): Attribution | null {
      turns ??= transcriptTurns(text);
      const turn = turns.length ? turnAt(turns, lineStart) : null;
      if (!turn || !turn.name) return null;
      let speaker = turnSpeakers.get(turn.start);
      if (!speaker) {
        // "SLUTSKY:" after "Stephen Sackur spoke to Leonid Slutsky, chairman of the State Duma's international affairs
        // committee": the table's side for the name, else the side of the words that introduce the person.
        let side = attributor.sideOf(turn.name, { start: 0, end: turn.name.length })?.side ?? "unknown";
        if (side === "unknown") {
          const surname = turn.name.split(" ").at(-1)!;
          const at = text.indexOf(surname);
          if (at >= 0 && at < turn.start) {
            // The words around the first mention, within its line: "the top U.S. commander in Europe, Army Gen.
            // Christopher Cavoli, told …" up to the verb after the name.
            const lineFrom = text.lastIndexOf("\n", at) + 1;
            const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
            const after = INTRODUCTION_END.exec(text.slice(at, Math.min(lineEnd, at + 160)));
            const introduced = { start: Math.max(lineFrom, at - 80), end: after ? at + after.index : Math.min(lineEnd, at + 160) };
            // "Michael Kofman, senior fellow at the Carnegie Endowment": a scholar no nation names is a third party.
            side = attributor.sideOf(text, introduced)?.side ?? (ANALYST_ROLE.test(text.slice(introduced.start, introduced.end)) ? "third_party" : "unknown");
          }
        }
        speaker = { claimant: turn.name, side, rule: "carried", start: turn.start, end: turn.start };
        turnSpeakers.set(turn.start, speaker);
      }
      return speaker;
    }

    /**
     * The claimant named by the sentence right after sentence `si` of this line (or by the first sentence of the next
     * paragraph, for a line's last sentence) when that sentence only points back to what was said: "This was reported
     * by the Air Force", "The General Staff reported this on Facebook".
     */
    function pointedBack(text: string, si: number): Attribution | null {
      // The same for every figure of the sentence: worked out once per sentence of the line.
      const known = pointedCache.get(si);
      if (known !== undefined) return known;
      const found = findPointedBack(text, si);
      pointedCache.set(si, found);
      return found;
    }
    function findPointedBack(text: string, si: number): Attribution | null {
      let next: Span | undefined = sentences[si + 1];
      if (!next && si === sentences.length - 1) {
        let at = sentences[si].end;
        const lineEnd = text.indexOf("\n", at);
        if (lineEnd === -1) return null;
        at = lineEnd + 1;
        // Over blank lines only: one paragraph on.
        while (at < text.length && (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 || text.charCodeAt(at) === 32)) at++;
        if (at >= text.length) return null;
        const line = lineAt(text, at);
        // Only a short sentence opening the paragraph can point back: split no more of the line than that.
        next = lineSplits.get(line.start)?.[0] ?? splitLine(text, line.start, Math.min(line.end, line.start + 400))[0];
      }
      if (!next) return null;
      if (!POINTS_BACK_CLAIM.test(text.slice(next.start, Math.min(next.end, next.start + 160)))) {
        // "The enemy attacked with 96 drones … Air defence shot down 72.\n\nThis was reported by the Air Force": a paragraph
        // after the line's last sentence that points back claims the whole line.
        return si < sentences.length - 1 ? pointedBack(text, sentences.length - 1) : null;
      }
      // "This follows from the daily reports of the General Staff of the Armed Forces of Ukraine, summarised by RBC-Ukraine":
      // the body whose reports the figures come from, up to the first comma.
      const from = REPORTS_OF.exec(text.slice(next.start, next.end));
      if (from) {
        const start = next.start + from[0].length;
        const comma = text.slice(start, next.end).search(/[,;.]/);
        const span = { start, end: comma < 0 ? next.end : start + comma };
        const side = attributor.sideOf(text, span);
        if (side && side.side !== "unknown") return { claimant: text.slice(span.start, span.end), side: side.side, rule: "carried", start: span.start, end: span.end };
      }
      const found = attributor.attribute(text, next, next.end, () => previousSentences(text, next!.start, BACK_SENTENCES, lineSplits));
      return found && found.side !== "unknown" ? { ...found, rule: "carried" } : null;
    }

    /**
     * The author of a social-media post the current line belongs to: a signature line ("— Oleksandr Syrskyi (@OSyrskyi)
     * October 2, 2025") within the next two paragraphs, and a line ending with a colon before the post ("Syrskyi gave an
     * update on X:"). Both must be there; the introduction's words give the side.
     */
    function postAuthor(text: string): Attribution | null {
      if (postCache.has(lineStart)) return postCache.get(lineStart)!;
      let found: Attribution | null = null;
      let at = text.indexOf("\n", lineStart);
      for (let n = 0; n < 2 && at >= 0 && !found; n++) {
        while (at < text.length && (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 || text.charCodeAt(at) === 32)) at++;
        if (at >= text.length) break;
        const next = lineAt(text, at);
        const sig = POST_SIGNATURE.exec(text.slice(next.start, next.end));
        if (sig) {
          const intro = postIntroduction(text, lineStart);
          if (intro) {
            const nameStart = next.start + sig.index + sig[0].indexOf(sig[1]);
            const side = attributor.sideOf(text, intro) ?? attributor.sideOf(text, { start: nameStart, end: nameStart + sig[1].length });
            found = { claimant: sig[1], side: side?.side ?? "unknown", rule: "carried", start: nameStart, end: nameStart + sig[1].length };
          }
          break;
        }
        at = text.indexOf("\n", next.end);
      }
      postCache.set(lineStart, found);
      return found;
    }

    /** Whether the paragraph before this line is one sentence that only says who said what came before it. */
    function pointsBackBefore(text: string): boolean {
      const before = previousSentences(text, lineStart, 1, lineSplits)[0];
      if (!before || lineAt(text, before.start).start !== before.start) return false;
      return POINTS_BACK_CLAIM.test(text.slice(before.start, Math.min(before.end, before.start + 160))) && lineAt(text, before.start).end <= before.end + 1;
    }

    /** The claimant of the sentences right before `si` on this line, for a sentence that says nothing of who speaks. */
    function carriedInParagraph(text: string, si: number, depth: number): Attribution | null {
      // The same for every figure of the sentence: worked out once per sentence of the line.
      const key = si * 4 + depth;
      if (carriedCache.has(key)) return carriedCache.get(key)!;
      let result: Attribution | null = null;
      if (si > 0 && depth > 0 && !attributor.hasOwnSpeech(text, sentences[si])) {
        const before = sentences[si - 1];
        const found = attributor.attribute(text, before, before.end, () => previousSentences(text, before.start, BACK_SENTENCES, lineSplits)) ?? carriedInParagraph(text, si - 1, depth - 1);
        // "The governor said five people were killed. Among them were two children.": a sentence breaking the figure before
        // down goes on with its speaker, even one of no known side.
        result = found && (found.side !== "unknown" || PARTITIVE_OPENING.test(text.slice(sentences[si].start, sentences[si].end))) ? { ...found, rule: "carried" } : null;
      } else if (si === 0 && depth > 0 && !attributor.hasOwnSpeech(text, sentences[0]) && (PARTITIVE_OPENING.test(text.slice(sentences[0].start, sentences[0].end)) || pointsBackBefore(text))) {
        // "Of those, 60 were shot down": a paragraph opening on the figures of the one before continues its claim.
        // So does one after a paragraph that only says who spoke ("This was reported by the Air Force on Telegram.").
        const before = previousSentences(text, lineStart, 1, lineSplits)[0];
        const found = before ? attributor.attribute(text, before, before.end, () => previousSentences(text, before.start, BACK_SENTENCES, lineSplits)) : null;
        result = found && found.side !== "unknown" ? { ...found, rule: "carried" } : null;
      }
      carriedCache.set(key, result);
      return result;
    }

    /**
     * A line "label – N" or "label: N" in a block of such lines under an introduction ending with a colon
     * ("Monthly Russian gains in 2024, according to DeepState:", "The total combat losses of the enemy ... are
     * estimated at:"). The introduction says what is counted, by whom, whose and when; the label narrows it
     * (a noun: "aircraft", "cruise missiles"; a month: "January"; a region: "Luhansk Oblast"). Pushes the row and
     * returns true when the line is such an item; an item whose label counts nothing in scope ("tanks") gives none.
     */
    function listItemFigure(line: Span, onLine: NumberMention[]): boolean {
      if (line.end - line.start > 160 || onLine.length === 0) return false;
      if (text.charCodeAt(line.start) === 124 /* | */) {
        // A table row: each figure in a cell of its own ("| 2022 | 7,957 | 12,568 |").
        let read = false;
        for (const m of onLine) if (tableRowFigure(line, m, qualifiers.qualify(text, m, line.start))) read = true;
        return read;
      }
      const mention = onLine[0];
      const q = qualifiers.qualify(text, mention, line.start);
      const label = LIST_LABEL.exec(text.slice(line.start, q.start));
      if (!label) return placeItemFigure(line, mention, q);
      // After the figure only a bracketed daily increment ("(+1,200)") and a list separator may follow.
      const tailFrom = mention.end;
      if (!LIST_TAIL.test(text.slice(tailFrom, line.end))) return false;
      const heading = listIntroduction(text, line.start);
      if (!heading) return false;
      return listItemRow(line, mention, q, labelSpan(line.start, label), heading);
    }

    /**
     * A bullet "- 126 over the Kursk region;" under "the drones were destroyed over the following regions:": the figure
     * first, then where it was counted. The place is the item's label; the introduction says what is counted.
     */
    function placeItemFigure(line: Span, mention: NumberMention, q: ReturnType<typeof qualifiers.qualify>): boolean {
      if (!BULLET.test(text.slice(line.start, q.start))) return false;
      const place = PLACE_ITEM_TAIL.exec(text.slice(mention.end, line.end));
      if (!place) return false;
      const heading = listIntroduction(text, line.start, ANY_BULLET);
      if (!heading) return false;
      return listItemRow(line, mention, q, labelSpan(mention.end, place), heading);
    }

    /**
     * A row "| January | 430 km² |" of a two-column Markdown table: the label cell, the figure cell, and the header row
     * as the introduction (its cue, else the sentences before the table, as for an introduction that points back).
     */
    function tableRowFigure(line: Span, mention: NumberMention, q: ReturnType<typeof qualifiers.qualify>): boolean {
      const open = TABLE_ROW_OPEN.exec(text.slice(line.start, q.start));
      if (!open) return false;
      const cellStart = line.start + open[0].length;
      const label = TABLE_LABEL.exec(text.slice(cellStart, q.start));
      if (label && TABLE_TAIL.test(text.slice(mention.end, line.end))) {
        const header = tableHeader(text, line.start);
        if (!header) return false;
        return listItemRow({ start: cellStart, end: mention.end }, mention, q, labelSpan(cellStart, label), header, true, PLACE_COLUMN.test(text.slice(header.start, header.end)));
      }
      // "| 2022 | 7,957 | 12,568 |" under "| Year | Killed | Injured |": a table of several columns, whose figure's column
      // header says what the figure counts, and whose first cell labels the row.
      const cells = tableCells(text, line);
      const at = cells.findIndex((c) => c.start <= q.start && mention.end <= c.end);
      if (at < 1 || text.slice(cells[at].start, q.start).trim() !== "" || !CELL_TAIL.test(text.slice(mention.end, cells[at].end))) return false;
      const first = cells[0];
      const firstText = text.slice(first.start, first.end);
      if (!ROW_LABEL_CELL.test(firstText)) return false;
      const header = tableHeader(text, line.start);
      if (!header) return false;
      const columns = tableCells(text, header);
      if (columns.length !== cells.length) return false;
      const column = trimSpan(text, columns[at]);
      if (column.start >= column.end) return false;
      const rowLabel = trimSpan(text, first);
      return listItemRow({ start: first.start, end: mention.end }, mention, q, rowLabel, column, true, PLACE_COLUMN.test(text.slice(header.start, header.end)));
    }

    /**
     * The row of one list item ("Kursk region — 124", "- July: 502 km²") under its heading: `line` is the item's own
     * text (its line, its stretch of an inline list, or a table row from its label cell), `label` the label match of
     * the words before its figure (relative to `line.start`); `pointsBack` when the heading is a table's header row.
     */
    function listItemRow(line: Span, mention: NumberMention, q: ReturnType<typeof qualifiers.qualify>, label: Span, heading: Span, pointsBack = false, placeRows = false): boolean {
      // "Air defences destroyed 214 drones overnight, the ministry said. By region:": a verbless heading ("By region:",
      // "Breakdown by grouping:") is read with the sentence before it on its line, which says what is counted and by whom.
      const before = BY_HEADING.test(text.slice(heading.start, heading.end)) ? splitLine(text, lineAt(text, heading.start).start, heading.start) : [];
      const intro = before.length ? { start: before[before.length - 1].start, end: heading.end } : heading;
      const { start: labelStart, end: labelEnd } = label;
      const labelText = text.slice(labelStart, labelEnd);
      const introText = text.slice(intro.start, intro.end);
      const monthLabel = MONTH_LABEL.exec(labelText);
      // "| 2023 | 44,800 |" under "| Year | Confirmed deaths |": a year labels the row, as a month does.
      // "| 2025 (Jan-Sep) | 2,097 |": the year, whatever part of it the brackets name.
      const yearLabel = YEAR_LABEL.exec(labelText.replace(YEAR_PART, ""));
      // "By region: Kursk — 64, Bryansk — 50": under a heading by place, a bare name is a place too.
      // "| Region | Share occupied |" over "| Luhansk | 99.8% |": a table's rows of places.
      const regionLabel = REGION_LABEL.test(labelText) || ((placeRows || BY_PLACE.test(introText)) && PLACE_NAME.test(labelText));
      let noun = metrics.nounAfter(text, labelStart, labelEnd);
      // "UAV operational-tactical level ‒ 77,543": a label whose first word is the counted noun and the rest a kind of it.
      if (noun.kind !== "noun") {
        const first = /^\s*[A-Za-z][\w-]*/.exec(labelText);
        const own = first && first[0].length < labelText.length ? metrics.nounAfter(text, labelStart, labelStart + first[0].length) : null;
        if (own?.kind === "noun") noun = own;
      }
      let candidates = metrics.candidates(mention.unit, noun);
      if (mention.unit === "percent" && regionLabel) candidates = ["territory_controlled", "territory_gained"];
      // "Kaluga region — 73" under "... destroyed 214 drones ... By region:": the region word names where, not what.
      if (mention.unit === "count" && regionLabel) candidates = metrics.candidates(mention.unit, { kind: "none" });
      if ((monthLabel || yearLabel) && mention.unit !== "km2" && mention.unit !== "percent") candidates = metrics.candidates(mention.unit, { kind: "none" });
      // "MLRS – 1,259", "tanks – 9,695": a label naming nothing the metrics count gives no figure.
      if (noun.kind !== "noun" && !monthLabel && !yearLabel && !regionLabel && mention.unit === "count") {
        // "- Battlegroup South: more than 1,250 troops;": a label naming a group, and the counted noun after the figure,
        // is a bullet read as a sentence (under its introduction's verb), not a "label – N" item.
        if (BULLET_LABEL.test(text.slice(line.start, q.start)) && /^\s*[A-Za-z]/.test(text.slice(mention.end, line.end))) return false;
        candidates = [];
      }
      // 'the "East" group: up to 160 troops': a named group's label, and the counted noun after the figure.
      if (mention.unit === "count" && GROUP_LABEL.test(labelText)) {
        const after = metrics.nounAfter(text, mention.end, line.end);
        if (after.kind === "noun") candidates = metrics.candidates(mention.unit, after);
        // '- "North": 1,200', "Pokrovsk direction — 12,000" under "... by group of forces:": a bare count takes the
        // introduction's metric.
        else candidates = metrics.candidates(mention.unit, { kind: "none" });
      }
      if (!candidates.length) return true;
      // "| Year | Tanks lost |": a row labelled only by its time counts what its heading names, here nothing in scope.
      if (pointsBack && (monthLabel || yearLabel) && mention.unit === "count" && countsOnlyForeign(intro)) return true;
      const introCues = metrics.verbCues(text, intro.start, intro.end).reverse();
      // "the drones were destroyed over the following regions:" over bare items ("Kursk region — 126"): the noun the
      // introduction counts chooses among its verb's metrics ("destroyed": drones downed, not aircraft hit).
      const introNoun = noun.kind !== "noun" && introCues.length ? countedNounMetrics(intro, mention.unit) : [];
      let metric: Metric | undefined;
      for (const cue of introCues) if ((metric = candidates.find((c) => cue.metrics.includes(c) && introNoun.includes(c)))) break;
      if (!metric) for (const cue of introCues) if ((metric = candidates.find((c) => cue.metrics.includes(c)))) break;
      // "Confirmed deaths by category": the introduction's metric for any people the label names ("career soldiers").
      if (!metric && noun.kind === "noun") {
        for (const cue of introCues) if ((metric = cue.metrics.find((m) => candidates.some((c) => FAMILY_OF[c] === FAMILY_OF[m])))) break;
      }
      // A list of losses: drones and missiles lost are drones downed.
      if (!metric && LOSS_LIST.test(introText) && candidates.includes("drones_downed")) metric = "drones_downed";
      // "The second half of the year, according to X, looked like this:", "The ministry gave the following breakdown:": an
      // introduction that only points back takes what is counted (and whose) from the sentence or two before it.
      // The total in that sentence ("destroyed 343 drones over ten regions") gives its parts its metric and side.
      let counted: Span = intro;
      let totalSide: SubjectSide | null = null;
      let totalRow: FigureRow | null = null;
      let countedCue: CueHit | null = null;
      if (!metric && !introCues.length && (pointsBack || POINTS_BACK.test(introText)) && !NOT_WAR_LIST.test(introText)) {
        for (const s of previousSentences(text, intro.start, 2, lineSplits).reverse()) {
          for (let r = rows.length - 1; r >= 0 && rows[r].figure_start >= s.start && !metric; r--) {
            const total = rows[r];
            if (total.figure_start < s.end && total.unit === mention.unit && total.value >= q.value && candidates.includes(total.metric)) {
              metric = total.metric;
              totalSide = total.subject_side;
              totalRow = total;
            }
          }
          if (!metric) {
            for (const cue of metrics.verbCues(text, s.start, s.end).reverse()) {
              if ((metric = candidates.find((c) => cue.metrics.includes(c)))) {
                countedCue = cue;
                break;
              }
            }
          }
          if (metric) {
            counted = s;
            break;
          }
        }
      }
      if (!metric) return true;
      const countedText = counted === intro ? introText : text.slice(counted.start, counted.end);
      const found = attributor.attribute(text, intro, intro.end, () => previousSentences(text, intro.start, BACK_SENTENCES, lineSplits));
      // Parts of a total are claimed by whoever claimed the total, unless the introduction names its own speaker.
      const fromTotal: Attribution | null = totalRow && totalRow.claimant_side !== "unknown" ? { claimant: totalRow.claimant, side: totalRow.claimant_side, rule: "carried", start: totalRow.char_start, end: totalRow.char_start } : null;
      const attribution = found ?? fromTotal ?? listIntroSpeaker(intro);
      const claimantSide: ClaimantSide = attribution?.side ?? "unknown";
      const remembered = recentSide(recent, metric, mention.start);
      const subject: SubjectSide = totalSide ??
        (VICTIM_METRICS.has(metric) && /\benemy\b/i.test(introText) && (claimantSide === "ukraine" || claimantSide === "russia")
          ? opposite(claimantSide)
          : remembered && !NATION_WORD.test(countedText.replace(ACCORDING_TO_TAIL, "")) // a breakdown of the figures before it ("Confirmed deaths by category:")
          ? remembered
          : subjectSide({
              text, metric, sentence: counted, clause: counted, mention, noun, nounSide: nounSubject(noun, metric), cue: countedCue, claimantSide,
              claimantSpan: attribution && attribution.rule !== "carried" ? { start: attribution.start, end: attribution.end } : null,
              context: null, sameSentence: [], recent: recentSide(recent, metric, mention.start),
            }));
      const periods = periodsIn(text, intro.start, intro.end, article.published);
      let periodStart = periods[0]?.period_start ?? "";
      let periodEnd = periods[0]?.period_end ?? "";
      if (monthLabel) {
        // "January" under "Monthly gains in 2024": the introduction's year, else the most recent such month.
        // "Here is how that broke down by month:" after "... 3,600 km² in 2024": the total's year.
        const year = /\b(\d{4})\b/.exec(periodStart || periodEnd || "")?.[1] ?? /\b((?:19|20)\d\d)\b/.exec(introText)?.[1] ?? /^(\d{4})/.exec(totalRow?.period_start || totalRow?.period_end || "")?.[1] ?? "";
        const phrase = `in ${monthLabel[0]}${year ? " " + year : ""}`;
        const own = periodsIn(phrase, 0, phrase.length, article.published)[0];
        periodStart = own?.period_start ?? "";
        periodEnd = own?.period_end ?? "";
      } else if (yearLabel) {
        periodStart = `${yearLabel[0]}-01-01`;
        periodEnd = `${yearLabel[0]}-12-31`;
      }
      // "Over the week, ... The breakdown was as follows:": the introduction's week, or the period of the figure before.
      if (periods[0]?.kind === "same" || (!periods.length && datedWeek && WEEK_WINDOW.test(introText))) {
        const week = datedWeek && WEEK_WINDOW.test(introText) ? datedWeek : periods[0]?.period_start === "year" ? null : lastPeriod;
        periodStart = week?.start ?? "";
        periodEnd = week?.end ?? "";
      }
      if (metric === "territory_controlled" && periodEnd) periodStart = "";
      const trimmed = trimSpan(text, line);
      const quote = written.slice(trimmed.start, trimmed.end);
      const figureText = written.slice(q.start, q.end);
      rows.push({
        figure_id: figureId({ article: article.id, metric, unit: mention.unit, quote, figureText, occurrence: 0 }),
        article: article.id, outlet: article.outlet, published: article.published, url: article.url,
        metric, unit: mention.unit as Unit, value: q.value, value_low: q.low, value_high: q.high, qualifier: q.qualifier,
        claimant: attribution?.claimant ?? "", claimant_side: claimantSide, claimant_rule: attribution ? "carried" : "none",
        subject_side: subject, period_start: periodStart, period_end: periodEnd,
        quote, char_start: trimmed.start, char_end: trimmed.end,
        figure_text: figureText, figure_start: q.start, figure_end: q.end, review: "auto",
      });
      recentUnit.set(mention.unit, { metric, at: mention.start });
      if (subject !== "unknown" && subject !== "both") recent.set(metric, { side: subject, at: mention.start });
      return true;
    }

    /**
     * "The ministry gave the following breakdown by region: Kursk region — 124, Moscow region — 95 and Tula region — 1.":
     * items "label — N" run inline after a heading's colon, each read like an item on its own line. True when every
     * figure of the sentence is such an item (rows pushed for those that count something).
     */
    function inlineListItems(sentence: Span, inSentence: NumberMention[]): boolean {
      if (inSentence.length < 2) return false;
      const colonAt = text.slice(sentence.start, inSentence[0].start).indexOf(":");
      if (colonAt < 0) return false;
      const colon = sentence.start + colonAt;
      const items: { item: Span; mention: NumberMention; q: ReturnType<typeof qualifiers.qualify>; label: Span }[] = [];
      let from = colon + 1;
      for (let k = 0; k < inSentence.length; k++) {
        const mention = inSentence[k];
        const next = k + 1 < inSentence.length ? inSentence[k + 1].start : sentence.end;
        // "tanks – 2,885 (+5), …": the General Staff's day's change in brackets is the item before's, over the past day (a
        // "(+0)" adds no row).
        const previous = items[items.length - 1];
        if (previous && INCREMENT_OPEN.test(text.slice(from, mention.start))) {
          const tail = INCREMENT_TAIL.exec(text.slice(mention.end, Math.min(next, mention.end + 60)));
          if (!tail) return false;
          if (mention.value > 0) items.push({ item: { start: from, end: mention.end }, mention, q: qualifiers.qualify(text, mention, mention.start), label: previous.label });
          from = mention.end + tail[0].length;
          continue;
        }
        from += INLINE_ITEM_SEPARATOR.exec(text.slice(from, mention.start))![0].length;
        const q = qualifiers.qualify(text, mention, from);
        const label = LIST_LABEL.exec(text.slice(from, q.start));
        if (!label) return false;
        // After the figure: the next item's separator, the day's change in brackets, or the sentence's end.
        if (!INLINE_ITEM_TAIL.test(text.slice(mention.end, Math.min(next, mention.end + 12)))) return false;
        items.push({ item: { start: from, end: mention.end }, mention, q, label: labelSpan(from, label) });
        from = mention.end;
      }
      if (!INLINE_LIST_END.test(text.slice(from, sentence.end))) return false;
      const heading = { start: sentence.start, end: colon + 1 };
      for (const { item, mention, q, label } of items) listItemRow(item, mention, q, label, heading);
      return true;
    }

    /** The metrics the counted nouns of a span may count in `unit` ("the drones were destroyed": drones launched, downed). */
    function countedNounMetrics(span: Span, unit: string): Metric[] {
      const out: Metric[] = [];
      WORD_START.lastIndex = span.start;
      for (let w = WORD_START.exec(text); w !== null && w.index < span.end; w = WORD_START.exec(text)) {
        const found = metrics.nounAfter(text, w.index, span.end);
        if (found.kind === "noun" && found.start === w.index) for (const m of metrics.candidates(unit, found)) if (!out.includes(m)) out.push(m);
      }
      return out;
    }

    /** Whether [span) names things counted outside the metrics ("tanks") and nothing the metrics count. */
    function countsOnlyForeign(span: Span): boolean {
      let foreign = false;
      WORD_START.lastIndex = span.start;
      for (let w = WORD_START.exec(text); w !== null && w.index < span.end; w = WORD_START.exec(text)) {
        const found = metrics.nounAfter(text, w.index, span.end);
        if (found.kind === "noun" && found.start === w.index) return false;
        if (found.kind === "foreign" && found.start === w.index) foreign = true;
      }
      return foreign;
    }

    /** The metrics of the last counted noun in [from, to) ("The loss of Tu-22M3s ...": aircraft hit), empty when none. */
    function lastCountedNoun(from: number, to: number, unit: string): Metric[] {
      // Word starts first (one cheap regex pass), then the nouns read back from the figure: the nearest one ends the search.
      const starts: number[] = [];
      WORD_START.lastIndex = from;
      for (let w = WORD_START.exec(text); w !== null && w.index < to; w = WORD_START.exec(text)) starts.push(w.index);
      for (let i = starts.length - 1; i >= 0; i--) {
        const found = metrics.nounAfter(text, starts[i], to);
        if (found.kind === "noun" && found.start === starts[i]) return metrics.candidates(unit, found);
      }
      return [];
    }

    const eventStarts = new Map<string, string>();
    /**
     * The day an operation the article names began ("the incursion began on August 6", "launched its offensive in the
     * Kharkiv region on May 10"), nearest before `at` else first after; else the last "since" date from `near` (the paragraph
     * before) to `at` other than the invasion's ("had lost 5,400 servicemen in the region since Aug. 6"). "" when the article
     * gives none.
     */
    function eventStart(noun: string, at: number, near: number): string {
      const key = `${noun}@${at}`;
      let found = eventStarts.get(key);
      if (found !== undefined) return found;
      found = "";
      const name = noun.startsWith("counter") ? "counter-?offensive" : noun;
      const dated = new RegExp(String.raw`\b${name}\b[^.;\n]{0,60}?\b(?:began|started|was\s+launched|got\s+under\s*way|kicked\s+off)\s+(?:on|in)\s+(${EVENT_DATE})|\b(?:launched|began|started|opened|mounted|(?:start|beginning|launch)\s+of)\s+${OWNER_OR_ARTICLE}\s+(?:[\w'’-]+\s+){0,3}?${name}\b[^.;\n]{0,60}?\b(?:on|in)\s+(${EVENT_DATE})`, "g");
      let before = "";
      let after = "";
      for (let m = dated.exec(text); m !== null; m = dated.exec(text)) {
        if (m.index < at) before = m[1] ?? m[2];
        else if (!after) after = m[1] ?? m[2];
      }
      const date = before || after;
      if (date) found = startOfPhrase(date, article.published);
      if (!found) {
        const since = periodsIn(text, near, at, article.published).filter((p) => p.kind === "since" && p.period_start && p.period_start !== "2022-02-24" && EXPLICIT_DAY.test(text.slice(p.start, p.end)));
        found = since.at(-1)?.period_start ?? "";
      }
      eventStarts.set(key, found);
      return found;
    }

    /** The period its introduction (or the sentences before it on the introduction's line) names for a bullet. */
    function bulletPeriod(lineFrom: number): { start: string; end: string } | null {
      const intro = listIntroduction(text, lineFrom, ANY_BULLET);
      if (!intro) return null;
      for (const s of [intro, ...splitLine(text, lineAt(text, intro.start).start, intro.start).reverse()]) {
        const p = periodsIn(text, s.start, s.end, article.published).filter((m) => !SAID_BEFORE.test(text.slice(Math.max(s.start, m.start - 32), m.start)))[0];
        if (datedWeek && WEEK_WINDOW.test(text.slice(s.start, s.end)) && (!p || p.kind === "same")) return datedWeek;
        if (!p) continue;
        if (p.kind === "same") return p.period_start === "year" ? null : lastPeriod;
        return p.period_start || p.period_end ? { start: p.period_start, end: p.period_end } : null;
      }
      return null;
    }

    /** The speaker of a bullet's block: its introduction's own, else the one of the sentence right before it (memoised per line). */
    function bulletSpeaker(lineFrom: number): Attribution | null {
      if (bulletSpeakerAt === lineFrom) return bulletSpeakerFound;
      const intro = listIntroduction(text, lineFrom, ANY_BULLET);
      bulletSpeakerAt = lineFrom;
      bulletSpeakerFound = intro ? attributor.attribute(text, intro, intro.end, () => previousSentences(text, intro.start, BACK_SENTENCES, lineSplits)) ?? listIntroSpeaker(intro) : null;
      return bulletSpeakerFound;
    }

    /** "X reported on Sunday.\n\nThe total losses are estimated at:": the speaker of the paragraph right before the introduction. */
    function listIntroSpeaker(intro: Span): Attribution | null {
      const before = previousSentences(text, intro.start, 1, lineSplits)[0];
      if (!before) return null;
      const found = attributor.attribute(text, before, before.end, () => previousSentences(text, before.start, BACK_SENTENCES, lineSplits));
      return found && found.side !== "unknown" ? { ...found, rule: "carried" } : null;
    }

    let i = 0;
    while (i < mentions.length) {
      const line = lineAt(text, mentions[i].start);
      const onLine: NumberMention[] = [];
      while (i < mentions.length && mentions[i].start < line.end) onLine.push(mentions[i++]);
      // "Read also: Russia launches 900 drones ...": a link to another article, not this one's figures.
      if (RELATED_LINK.test(text.slice(line.start, Math.min(line.end, line.start + 24)))) continue;
      // "RELATED COVERAGE" followed by headlines, or headlines after the article's end ("... contributed to this report").
      if (isTeaserLine(text, line)) continue;
      // "January – 66 km²", "aircraft – 369;", "- officers: 4,512": an item of a list introduced by a line ending with a colon.
      if (listItemFigure(line, onLine)) continue;
      sentences = splitLine(text, line.start, line.end);
      // Anaphors in later lines look back over this one: they read the same split (previousSentences).
      lineSplits.set(line.start, sentences);
      lineStart = line.start;
      carriedCache = new Map<number, Attribution | null>();
      pointedCache = new Map<number, Attribution | null>();
      introduction = undefined;

      let cursor = 0;
      for (si = 0; si < sentences.length; si++) {
        const sentence = sentences[si];
        // Mentions and sentences are both in order: walk them together (linear on one-line texts).
        while (cursor < onLine.length && onLine[cursor].start < sentence.start) cursor++;
        let inSentence: NumberMention[] = [];
        for (let c = cursor; c < onLine.length && onLine[c].start < sentence.end; c++) if (onLine[c].end <= sentence.end) inSentence.push(onLine[c]);
        if (!inSentence.length) continue;
        cues = metrics.verbCues(text, sentence.start, sentence.end);
        // "The ministry gave the following breakdown by region: Kursk region — 124, Moscow region — 95, ...", "By
        // direction, the losses were as follows: ...": only the heading before the colon may hold a cue.
        if (cues.every((c) => c.end <= inSentence[0].start || CUE_AFTER_INCREMENT.test(text.slice(Math.max(sentence.start, c.start - 40), c.start))) && inlineListItems(sentence, inSentence)) continue;
        // Whether the sentence compares figures: read only when it decides something (no cue, or a figure without a metric).
        let comparison: boolean | undefined = cues.length ? undefined : COMPARISON.test(text.slice(sentence.start, sentence.end));
        // Whether the sentence is about another war only (worked out once, for its first figure).
        let otherWar: boolean | undefined;
        // Whether the sentence names another war at all (worked out once, for the clause-level checks below).
        let otherWarNamed: boolean | undefined;
        // The side a body no nation names was given by what it counts, for its later figures in the sentence.
        let sentenceReported: { start: number; end: number; side: ClaimantSide } | null = null;
        // Without a cue only the rules for verbless figures can give one: troops where they stand, weapons that struck,
        // "the figure was", settlements beside land, a bullet under an introduction.
        if (comparison === false && !VERBLESS_FIGURE.test(text.slice(sentence.start, sentence.end)) && !(si === 0 && NUMBER_BULLET.test(text.slice(line.start, sentence.end)))) continue;
        // "Zelenskyy said in February that ...": the month a statement was made is not the period of its figures.
        // "In February Volodymyr Zelensky said 46,000 ...": a month opening a statement dates the statement too.
        // "estimated in November that Russia was losing about 1,000 soldiers a day": a rate stated then is the rate of then.
        // "said 2024 had been the costliest year": a year as the subject of what was said is no date of saying.
        const periods = periodsIn(text, sentence.start, sentence.end, article.published).filter((p) => (!SAID_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 32), p.start)) || RATE_AFTER.test(text.slice(p.end, sentence.end)) || p.opensClause) &&
          !(p.start - sentence.start <= 1 && saysWhenAfter(text.slice(p.end, Math.min(sentence.end, p.end + 90)))));
        // "over the past 12 months": a number inside a period phrase counts time, not losses.
        inSentence = inSentence.filter((m) => !periods.some((p) => m.start >= p.start && m.end <= p.end));
        // "259 km² in September and 464 in August", "19.1 percent, up from 18.7 in January": a bare number joined to a figure
        // of land or a share, with no noun of its own, is stated in the same unit.
        for (let k = 1; k < inSentence.length; k++) {
          const m = inSentence[k];
          const before = inSentence[k - 1];
          if (m.unit !== "count" || m.kind !== "digits" || m.range || (before.unit !== "km2" && before.unit !== "percent")) continue;
          if (!ELIDED_UNIT_GAP.test(text.slice(before.end, m.start)) || !ELIDED_UNIT_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 24)))) continue;
          inSentence[k] = { ...m, unit: before.unit };
        }
        // "– 41 and 28 km² respectively", "18 and 19 percent": a bare number joined by "and" to a figure of land or a share takes
        // its unit from the figure after it.
        for (let k = inSentence.length - 2; k >= 0; k--) {
          const m = inSentence[k];
          const after = inSentence[k + 1];
          if (m.unit !== "count" || m.kind !== "digits" || m.range || (after.unit !== "km2" && after.unit !== "percent")) continue;
          if (!/^\s*,?\s+(?:and|or)\s+$/.test(text.slice(m.end, after.start))) continue;
          inSentence[k] = { ...m, unit: after.unit };
        }
        previousCache = null;
        // The two sentences before: the attack or place they describe (read only when a side needs it). Before the
        // article's first figure the line before is the paragraph before, over any blank lines between them ("Russia
        // struck Kharkiv overnight, ...\n\nThree people were killed"); after it, the figures before say whose losses follow.
        const context = { start: Math.max(line.start === 0 ? 0 : rows.length ? text.lastIndexOf("\n", line.start - 2) + 1 : previousLineStart(text, line.start), sentence.start - 600), end: sentence.start };
        const figures: SentenceFigure[] = [];
        const spans = inSentence.map((m) => ({ start: m.start, end: m.end }));
        // "36 of 50 drones": mention k is a part of mention k+1, and counts the noun after it.
        const partitive = inSentence.map((m, k) => k + 1 < inSentence.length && PARTITIVE_GAP.test(text.slice(m.end, inSentence[k + 1].start)));
        let lastFigureOf = -1;
        let quote: string | null = null;
        let occurrencesOfQuote: Map<string, Map<string, number>> | undefined;

        for (let k = 0; k < inSentence.length; k++) {
          const mention = inSentence[k];
          const prevFigure = figures[figures.length - 1];
          // The whole of a partitive: launched drones when the part was shot down ("36 of 50 drones"), else context.
          let total = k > 0 && partitive[k - 1];
          // The whole of "3,800 of the 11,000 soldiers deployed there": a participle right after its noun is its own verb.
          let wholeChoice: { metric: Metric; cue: CueHit } | null = null;
          if (total && !(lastFigureOf === k - 1 && prevFigure?.metric === "drones_downed")) {
            const wholeNoun = metrics.nounAfter(text, mention.after, sentence.end);
            const wholeCandidates = wholeNoun.kind === "noun" ? metrics.candidates(mention.unit, wholeNoun) : [];
            for (const c of cues) {
              if (!c.participle || c.start < (wholeNoun as { end: number }).end || c.start - (wholeNoun as { end: number }).end > 2) continue;
              // "37 of 44 drones downed overnight": with no verb after it, the participle is the part's.
              if (!cues.some((o) => o.start > c.end)) continue;
              const m = wholeCandidates.find((x) => c.metrics.includes(x));
              if (m) {
                wholeChoice = { metric: m, cue: c };
                break;
              }
            }
            if (!wholeChoice) continue;
            total = false;
          }
          const rangeHigh = mention.range?.role === "low" && inSentence[k + 1]?.range?.role === "high" ? inSentence[k + 1] : null;
          // "between 120,000 and 140,000 soldiers killed": both ends of a range count the noun after the high end.
          const noun: NounResult = metrics.nounAfter(text, partitive[k] || rangeHigh ? inSentence[k + 1].after : mention.after, sentence.end);
          let candidates = metrics.candidates(mention.unit, noun);
          // "99 per cent of Luhansk", "about 70% of the Zaporizhzhia region": a share of a region is land.
          if (mention.unit === "percent" && !candidates.length && PERCENT_OF_REGION.test(text.slice(mention.after, Math.min(sentence.end, mention.after + 40)))) {
            candidates = ["territory_controlled", "territory_gained"];
          } else if (mention.unit === "percent" && noun.kind === "none" && !/^\s*of\b/.test(text.slice(mention.after, mention.after + 8)) &&
              LAND_HOLDER.test(text.slice(sentence.start, mention.start)) && !SHARE_CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 24), mention.start)) &&
              !ECONOMY.test(text.slice(sentence.start, sentence.end))) {
            // "At its peak Moscow controlled almost 27 per cent.": a bare share under a verb of holding land is land held.
            candidates = ["territory_controlled"];
          }
          // "the 1,000-for-1,000 exchange carried out in May": a swap stated per side counts prisoners, whatever the verb.
          const perSideSwap = mention.perSide && PER_SIDE_SWAP_NOUN.test(text.slice(mention.after, Math.min(sentence.end, mention.after + 40)));
          if (perSideSwap) candidates = ["prisoners_exchanged"];
          const clause = clauseAround(text, sentence.start, sentence.end, mention.start);
          const ownSegment = segmentAround(text, clause, mention.start);
          // A range is one figure: its low end reads the words up to the end of its high end's segment.
          let segment = rangeHigh && rangeHigh.end <= clause.end ? { start: ownSegment.start, end: Math.max(ownSegment.end, segmentAround(text, clause, rangeHigh.start).end) } : ownSegment;
          // An aside of inclusion after the head ("12 others, including a boy, were injured"): the head's own verb comes after
          // it, and is read before any cue the clause holds before the head ("killed and 12 others").
          // "nine more, including two children, were injured": "more" closes a head with no noun of its own.
          const headEnd = noun.kind === "noun" ? noun.end : mention.end + (MORE_HEAD_AFTER.exec(text.slice(mention.end, mention.end + 8))?.[0].length ?? 0);
          const aside = ASIDE_THEN_VERB.exec(text.slice(headEnd, Math.min(sentence.end, headEnd + 120)));
          if (aside) {
            const verbAt = headEnd + aside[0].length;
            segment = segmentAround(text, clauseAround(text, sentence.start, sentence.end, verbAt), verbAt);
          }
          // The high end of a range ("between 120,000 and 140,000 soldiers killed") is the same figure as its low end,
          // not another figure standing between the low end and the words after it.
          // "Five people, two of them children, were injured", "9 people, including 3 children, were killed": a part set off
          // by commas right after the counted noun does not stand between the whole and its verb.
          const others = spans.filter((sp, j) => j !== k && !(j === k + 1 && rangeHigh !== null) && !(j > k && isAppositivePart(text, headEnd, sp, sentence.end)));
          const standsAlone = noun.kind === "none" || mention.unit === "km2" || mention.unit === "GBP" || mention.unit === "USD" || mention.unit === "EUR";
          const prev = prevFigure;
          // A vague word with nothing counted after it is a pronoun ("several called for ..."), not an amount.
          if (mention.kind === "vague" && noun.kind !== "noun") continue;
          // Ages, ratios, multipliers and unit prices count nothing: "lowered the conscription age from 27 to 25", "the
          // average age of those killed was 41", "one in every 500 men", "by a factor of three", "each jet costs $40 million".
          if (notAFigure(text, mention, noun, sentence)) continue;
          // "has lost 12 F-16s so far, out of 85 delivered": the whole a figure before was taken out of is context.
          if (k > 0 && OUT_OF_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) continue;
          // "a casualty ratio of 3 to 1", "a 5:1 ratio": the terms of a ratio count nothing.
          if (RATIO_TERM.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 8))) || RATIO_TERM_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 12), mention.start))) {
            if (RATIO_WORD.test(text.slice(sentence.start, sentence.end))) continue;
          }
          // The qualifier's words are read up to the sentence start: "as many as 20" holds clause words ("as").
          const q = qualifiers.qualify(text, mention, sentence.start);
          const nounEnd = noun.kind === "noun" ? noun.end : mention.end;
          const mayLookBack = standsAlone || AT_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 16), q.start));
          // "3,800 of the 11,000 soldiers deployed there had been killed": a participle right after the whole's noun
          // describes the whole; the part counts what the clause's own verb says.
          let choice = total
            ? chooseMetric(candidates.includes("drones_launched") ? ["drones_launched"] : [], cues, mention, segment, clause, sentence, [], false, null, nounEnd)
            : chooseMetric(candidates, partitive[k] ? cues.filter((c) => !(c.participle && c.start >= nounEnd && c.start - nounEnd <= 2 && cues.some((o) => o.start > c.end))) : withoutWeaponDescription(text, cues, mention, nounEnd), mention, segment, clause, sentence, others, mayLookBack, prev?.metric ?? null, nounEnd, isListGap);
          if (total && !choice && candidates.includes("drones_launched")) choice = { metric: "drones_launched", cue: null };
          if (!choice && perSideSwap) choice = { metric: "prisoners_exchanged", cue: null };
          if (wholeChoice) choice = wholeChoice;
          // A further item of a list ("..., 39 missiles and nearly 1,100 glide bombs") counts what the item before counts.
          // "a breakdown after a colon or dash ("112 targets were shot down: 9 Kh-101 missiles, 1 Iskander-M and 102 drones";
          // "537 aerial weapons – 477 drones and decoys") lists parts of the figure before, and names may end an item.
          // An item that takes its metric from the figure before also takes its period when it names none.
          let alongWith = false;
          if (!choice && prev && noun.kind === "noun" && (LIST_SEPARATOR.test(text.slice(prev.nounEnd, q.start)) || NAMED_ITEM_SEPARATOR.test(text.slice(prev.nounEnd, q.start)) || BREAKDOWN.test(text.slice(prev.nounEnd, q.start)))) {
            const same = candidates.includes(prev.metric) ? prev.metric : candidates.find((c) => FAMILY_OF[c] === FAMILY_OF[prev.metric]);
            if (same) {
              choice = { metric: same, cue: null };
              alongWith = true;
            }
          }
          // "had lost more than 43,000 servicemen since June 4, along with 26 aircraft and 9 helicopters": an item tacked on
          // after a comma shares the verb of the sentence's earlier figure when that verb counts its noun too.
          if (!choice && prev && noun.kind === "noun" && candidates.length && ALONG_WITH_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) {
            for (let c = cues.length - 1; c >= 0; c--) {
              const cue = cues[c];
              if (cue.end > prev.start) continue;
              const m = candidates.find((x) => cue.metrics.includes(x));
              if (m) {
                choice = { metric: m, cue };
                alongWith = true;
                break;
              }
            }
            // "dropped more than 900 guided aerial bombs, along with nearly 400 attack drones": no verb counts the item, but
            // the figure before counts what it counts.
            if (!choice && candidates.includes(prev.metric)) {
              choice = { metric: prev.metric, cue: null };
              alongWith = true;
            }
          }
          // "112,660 km², or 18.7% of Ukraine's territory": the same quantity restated counts what the figure before counts.
          if (prev && candidates.includes(prev.metric) && RESTATED.test(text.slice(prev.nounEnd, q.start))) choice = { metric: prev.metric, cue: choice?.cue ?? null };
          // "captured 464 km² in July, up from 379 in June", "to 142, up from the 128 it had reported", "to 1,020 from the 1,200 it
          // had published": the figure a change is measured from counts what the changed figure counts.
          if (prev && standsAlone && candidates.includes(prev.metric) && CHANGED_FROM.test(text.slice(prev.nounEnd, q.start))) choice = { metric: prev.metric, cue: choice?.cue ?? null };
          // "1,050 civilians killed and 4,970 injured, up from 828 and 3,904": two earlier values, in the order of the two
          // coordinated figures they changed from.
          // "… sent 1,158 drones, of which 702 were shot down. That compares with 930 a week earlier": the value compared with
          // counts what the first figure of the sentence before counts.
          if (k === 0 && standsAlone || k === 0 && noun.kind === "noun") {
            const headline = comparedHeadline(text, sentence.start, q.start, rows, article.id);
            if (headline && candidates.includes(headline)) choice = { metric: headline, cue: choice?.cue ?? null };
          }
          // "… 95 prisoners of war had been returned home. Among the 95 were 22 soldiers who had been seriously wounded": a part of
          // a number the article gave counts what that number counts, whatever else its clause says of them.
          if (text.slice(sentence.start, sentence.start + 8).includes("Among")) {
            const whole = amongTheNumber(text, sentence.start, q.start, rows, article.id);
            if (whole) choice = { metric: whole, cue: null };
          }
          // "The total area liberated by the group in this period exceeds 1,100 square kilometers": land a participle names as
          // the subject of a verb of amounting.
          if (!choice && mention.unit === "km2") {
            // The verb may be the figure's qualifier: "exceeds 1,100".
            const verbQualifier = q.start < mention.start && /^(?:exceed|surpass|top)/i.test(text.slice(q.start, mention.start));
            const tally = AREA_TALLY_BEFORE.exec(text.slice(Math.max(sentence.start, q.start - 200), q.start) + (verbQualifier ? "is " : ""));
            const metric: Metric | null = tally ? (/^(?:occupied|controlled|held)$/i.test(tally[1]) ? "territory_controlled" : "territory_gained") : null;
            if (metric && candidates.includes(metric)) choice = { metric, cue: null };
          }
          let pairedSecond = false;
          if (prev && standsAlone && figures.length >= 2) {
            const pair = pairedEarlierValue(text, figures, mention, inSentence[k + 1]);
            if (pair && candidates.includes(pair.metric)) {
              choice = { metric: pair.metric, cue: choice?.cue ?? null };
              pairedSecond = pair.second;
            }
          }
          // "the number of Russian troops inside Ukraine had risen to about 710,000": the noun counted stands before the number.
          if (noun.kind === "none" && candidates.includes("troops") && text.slice(sentence.start, q.start).includes("number of") && NUMBER_OF_FORCE.test(text.slice(Math.max(sentence.start, q.start - 120), q.start))) choice = { metric: "troops", cue: null };
          // "after two of the injured died in hospital": people of the injured who died are dead.
          // "163 occupiers were neutralised …, 97 of them irretrievably": losses beyond recovery are the dead.
          if (candidates.includes("killed") && (WOUNDED_WHO_DIED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60))) || IRRETRIEVABLY_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40))))) choice = { metric: "killed", cue: null };
          // "had captured 3,300 km² since January, about 0.5% of Ukraine's territory": a share set off by a comma right after
          // an area restates it.
          // So does an area set off after a share ("controls around a fifth of Ukraine, roughly 113,000 square kilometres").
          if (!choice && prev && candidates.includes(prev.metric) && SHARE_APPOSITION.test(text.slice(prev.nounEnd, q.start)) &&
              ((prev.unit === "km2" && mention.unit === "percent" && /^\s+of\s/.test(text.slice(mention.end, mention.end + 4))) || (prev.unit === "percent" && mention.unit === "km2"))) {
            choice = { metric: prev.metric, cue: null };
          }
          // "roughly 600,000 Russian troops inside Ukraine", "about 880,000 soldiers on the front": a force counted where
          // it stands, with no verb. Small counts ("two soldiers in Kursk") are people, not a deployment.
          // A bullet's item is read under its introduction first ("the Ukrainian army lost up to 1,395 troops … as follows:\n-
          // Battlegroup West: up to 230 servicemen near Kupyansk"), then as a force where it stands.
          const bulletItem = BULLET.test(text.slice(line.start, q.start)) || BULLET_LABEL.test(text.slice(line.start, q.start));
          const forceWhere = !choice && noun.kind === "noun" && candidates.includes("troops") && q.value >= 100 && TROOPS_WHERE.test(text.slice(nounEnd, nounEnd + 80)) &&
              !HELD_WHERE.test(text.slice(nounEnd, nounEnd + 50));
          if (forceWhere && !bulletItem) choice = { metric: "troops", cue: null };
          // "Of the roughly 11,000 soldiers in the initial contingent, some 4,000 have been killed or wounded": the whole a
          // sentence opens on is the force the part was lost from; the part's verb is not the whole's.
          if (noun.kind === "noun" && candidates.includes("troops") && q.value >= 1000 && k + 1 < inSentence.length && OF_THE_OPENING.test(text.slice(sentence.start, q.start)) &&
              /^[^,;:]{0,80},/.test(text.slice(nounEnd, inSentence[k + 1].start)) && (!choice || choice.cue === null || choice.cue.start > inSentence[k + 1].start)) {
            choice = { metric: "troops", cue: null };
          }
          // "Of the 112 Shahed-type and decoy drones, 89 were downed": the whole a sentence opens on was launched; the part
          // after the comma is what the verb counts.
          if (noun.kind === "noun" && candidates.includes("drones_launched") && choice?.metric === "drones_downed" && k + 1 < inSentence.length &&
              OF_THE_OPENING.test(text.slice(sentence.start, q.start)) && /^[^,;:]{0,80},/.test(text.slice(nounEnd, inSentence[k + 1].start)) && (choice.cue === null || choice.cue.start > inSentence[k + 1].start)) {
            choice = { metric: "drones_launched", cue: null };
          }
          // "Russia launched 56 drones, 41 of which were shot down": a part's own verb comes after "of which were".
          const ofWhich = OF_WHICH_AFTER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 30)));
          if (ofWhich) {
            const from = mention.end + ofWhich[0].length;
            const cue = cues.find((c) => c.start >= from && c.start <= from + 2);
            const own = cue ? candidates.find((x) => cue.metrics.includes(x)) : undefined;
            if (cue && own) choice = { metric: own, cue };
          }
          // "six bodies had been recovered", "rescuers pulled three bodies from the rubble": bodies found are the dead.
          if (!choice && noun.kind === "noun" && candidates.includes("killed") && /^bodies$/i.test(text.slice(noun.start, noun.end)) &&
              BODIES_FOUND.test(text.slice(clause.start, clause.end))) {
            choice = { metric: "killed", cue: null };
          }
          // "about 700,000 soldiers are taking part in the special military operation", "880,000 people under arms", "1 million
          // Ukrainians serving in the Defence Forces": people in a force's service are its troops.
          if (!choice && noun.kind === "noun" && q.value >= 100 && (candidates.includes("troops") || FORCE_PEOPLE.test(text.slice(noun.start, noun.end))) &&
              IN_SERVICE_AFTER.test(text.slice(nounEnd, nounEnd + 90))) {
            choice = { metric: "troops", cue: null };
          }
          // "The June figure compares with 507 km² in May": the metric of the last figure in the same unit.
          if (!choice && (comparison ??= COMPARISON.test(text.slice(sentence.start, sentence.end)))) {
            const r = recentUnit.get(mention.unit);
            if (r && mention.start - r.at < MEMORY && (candidates.includes(r.metric) || noun.kind === "none")) choice = { metric: r.metric, cue: null };
          }
          // "1,300 square kilometers of the Kursk region and 100 settlements": settlements coordinated with land count
          // the settlements taken with it, whatever the land's verb ("control", "claimed").
          if (!choice && k > 0 && inSentence[k - 1].unit === "km2" && mention.unit === "count" && candidates.includes("settlements_captured") &&
              LAND_AND_SETTLEMENTS.test(text.slice(inSentence[k - 1].end, q.start))) choice = { metric: "settlements_captured", cue: null };
          // "are attacking near Kupyansk with about 4,000 personnel": the force an attack is made with is committed troops.
          // "the whole of 2024 brought Russia 4,168 sq km": what a span of time brought a side is land it gained.
          if (!choice && mention.unit === "km2" && candidates.includes("territory_gained") && BROUGHT_SIDE_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) {
            choice = { metric: "territory_gained", cue: null };
          }
          // "a contingent of 50,000 to 60,000 troops", "Russia's grouping near Kupiansk numbers around 45,000 troops": the size
          // of a force.
          // The high end of a range reads the words before its low end ("a contingent of 50,000 to 60,000 troops").
          const lead = mention.range?.role === "high" && inSentence[k - 1]?.range?.role === "low" ? inSentence[k - 1].start : q.start;
          // "Russia's invasion force now numbers some 600,000": the force is the counted noun.
          // "Ukraine's army numbers about 880,000 people": the people of a force are its troops.
          const forcePeople = noun.kind === "noun" && /^(?:people|persons)$/i.test(text.slice(noun.start, noun.end));
          if (!choice && (candidates.includes("troops") || forcePeople) && q.value >= 100 &&
              ((noun.kind === "noun" && ATTACKING_WITH_BEFORE.test(text.slice(Math.max(sentence.start, lead - 100), lead))) ||
                ((noun.kind === "noun" || (noun.kind === "none" && mention.unit === "count")) && FORCE_SIZE_BEFORE.test(text.slice(Math.max(sentence.start, lead - 80), lead))))) {
            choice = { metric: "troops", cue: null };
          }
          // "Russian forces, backed by some 12,000 North Korean soldiers, …": the soldiers a force is backed by are troops.
          if (!choice && noun.kind === "noun" && candidates.includes("troops") && q.value >= 100 && BACKED_BY_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) {
            choice = { metric: "troops", cue: null };
          }
          // "Ukraine says it has about 880,000 people in its armed forces": people in an army are its troops.
          if (!choice && (candidates.includes("troops") || forcePeople) && q.value >= 100 && IN_ARMED_FORCES.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 40)))) {
            choice = { metric: "troops", cue: null };
          }
          // "Putin's summer offensive cost Russia 100,000 men": the people an offensive cost a nation are its casualties.
          if (!choice && noun.kind === "noun" && candidates.includes("casualties") && COST_NATION_PEOPLE_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) {
            choice = { metric: "casualties", cue: null };
          }
          // "Hits by three missiles and 33 attack UAVs were recorded at 12 locations, with downed drones falling on four":
          // weapons whose hits are counted struck, whatever is said of others later in the sentence.
          if (noun.kind === "noun" && candidates.includes("drones_launched") && HITS_BY_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 60), q.start))) {
            choice = { metric: "drones_launched", cue: null };
          }
          // "Two Iskander-M missiles struck the city centre", "the city was hit by two ballistic missiles": weapons that
          // struck were launched.
          // "Russia dropped 120 guided aerial bombs on Ukrainian positions": bombs dropped were launched (only weapons: a
          // number that "dropped" fell).
          if (!choice && noun.kind === "noun" && candidates.includes("drones_launched") &&
              (WEAPONS_STRUCK.test(text.slice(nounEnd, nounEnd + 40)) || STRUCK_BY.test(text.slice(Math.max(sentence.start, q.start - 30), q.start)) ||
                DROPPED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start)) ||
                // "Ukraine has struck Russian refineries with at least 100 long-range drones": the weapons an attack is made with.
                ATTACK_WITH_WEAPONS_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 90), q.start)))) {
            choice = { metric: "drones_launched", cue: null };
          }
          // "the figure was about 470,000", "The previous record, 45,720, ...": a bare number restating the last figure in its unit.
          // "According to the Air Force, the enemy used:\n- 4 Iskander-M ballistic missiles from the Kursk region;": a bullet
          // with no verb of its own takes the verb of the introduction its block hangs from.
          let bulletIntro: Span | null = null;
          // "- Battlegroup West: up to 3,160 servicemen" under a label; "• 610 sq km in September" under "Russian forces gained:".
          if (!choice && (noun.kind === "noun" || mention.unit === "km2" || mention.unit === "percent") && bulletItem) {
            const intro = listIntroduction(text, line.start, ANY_BULLET);
            // "... inflicted losses of up to 9,610 personnel, the ministry said. The breakdown was as follows:": an
            // introduction with no verb of its own ("as follows") points back to the sentences before it on its line.
            const introSentences = intro ? [intro, ...splitLine(text, lineAt(text, intro.start).start, intro.start).reverse()] : [];
            for (const sentenceOfIntro of introSentences) {
              for (const cue of metrics.verbCues(text, sentenceOfIntro.start, sentenceOfIntro.end).reverse()) {
                const m = candidates.find((c) => cue.metrics.includes(c));
                if (m) {
                  choice = { metric: m, cue: null };
                  bulletIntro = sentenceOfIntro;
                  break;
                }
              }
              if (choice) break;
            }
          }
          if (!choice && forceWhere && bulletItem) choice = { metric: "troops", cue: null };
          let colonHead: Span | null = null;
          // "Ukraine's confirmed aircraft losses in 2025 were lower: nine fixed-wing aircraft, ... and four helicopters": an item
          // after a colon takes the cue of the words before it when no cue stands between the colon and the item.
          if (!choice && noun.kind === "noun" && candidates.length) {
            const colon = text.lastIndexOf(":", q.start);
            if (colon > sentence.start && !cues.some((c) => c.start > colon && c.start < q.start)) {
              for (let c = cues.length - 1; c >= 0 && !choice; c--) {
                const cue = cues[c];
                const m = cue.end <= colon ? candidates.find((x) => cue.metrics.includes(x)) : undefined;
                if (m) {
                  choice = { metric: m, cue: null };
                  colonHead = { start: sentence.start, end: colon };
                }
              }
            }
          }
          // "put the total number of North Korean troops in Russia at around 15,000": the number of a force where it stands.
          // "puts the number of Russian men killed in the war at approximately 165,000": whose, from the counted phrase;
          // "put the total number of North Korean troops in Russia at around 15,000": a force where it stands is troops.
          let forceSide: SubjectSide | null = null;
          const counted = noun.kind === "none" ? NUMBER_OF_AT.exec(text.slice(Math.max(sentence.start, q.start - 140), q.start)) : null;
          // "put the number of damaged buildings at 27": the number of something no metric counts is no figure.
          if (counted) {
            const countedStart = Math.max(sentence.start, q.start - 140) + counted.index + counted[0].indexOf(counted[1], 6);
            // "the number of injured rose to 39": the verb before "to" is no part of what is counted.
            const countedWords = counted[1].replace(NUMBER_OF_VERB, "");
            if (metrics.nounAfter(text, countedStart - 1, countedStart + countedWords.length).kind === "foreign") continue;
          }
          if (counted) {
            // "the number of Russian men killed in the war": the nation on the counted people, not on an attack after them
            // ("the number of people killed in Sunday night's Russian drone attack").
            const own = FORCE_NATION.exec(counted[1].split(/\b(?:killed|wounded|injured|in|on|during|by|from)\b/)[0]);
            if (own) forceSide = own[1] ? "ukraine" : "russia";
            if (!choice && candidates.includes("troops") && FORCE_PHRASE.test(counted[1])) choice = { metric: "troops", cue: null };
          }
          let restated = false;
          if (!choice && noun.kind === "none" && THE_FIGURE_WAS.test(text.slice(Math.max(sentence.start, q.start - 60), q.start))) {
            const r = recentUnit.get(mention.unit);
            if (r && mention.start - r.at < MEMORY) {
              choice = { metric: r.metric, cue: null };
              restated = true;
            }
          }
          // "Ukraine has brought home 150 of its citizens. The group included 135 soldiers and 15 civilians": a sentence that
          // opens on the group just counted breaks it down; its items count what that figure counted, for the same side.
          if (!choice && noun.kind !== "foreign" && mention.unit === "count" && GROUP_INCLUDED.test(text.slice(sentence.start, q.start))) {
            const r = recentUnit.get(mention.unit);
            // The group's second item ("… 23 defenders of Mariupol and 8 civilians") counts what its first did.
            if (r && (r.at < sentence.start || (prev !== undefined && prev.metric === r.metric)) && mention.start - r.at < MEMORY && (noun.kind === "none" || candidates.includes(r.metric) || PEOPLE_GROUP.test(text.slice(noun.start, noun.end)))) {
              choice = { metric: r.metric, cue: null };
              restated = true;
            }
          }
          const isPart = PART_OF.test(text.slice(Math.max(sentence.start, q.start - 40), q.start));
          // A part inside a total ("including 40 near Moscow") or a parallel item ("379 km² in April")
          // counts what the figure before it counts.
          let inherited = false;
          const ownClauseCue = choice?.cue != null && choice.cue.start >= clause.start && choice.cue.end <= clause.end;
          // A noun that counts nothing in this unit ("over 13 regions") is no part of anything; a count is no part of an area
          // ("1,263 square kilometres, including 93 settlements" counts settlements).
          if (prev && ((isPart && !ownClauseCue) || !choice) && noun.kind !== "foreign" && (noun.kind === "none" || candidates.length > 0) && (mention.unit === prev.unit || (isPart && mention.unit === "count" && !TERRITORY_METRICS.has(prev.metric)))) {
            if (isPart || noun.kind === "none" || (mention.unit !== "count" && candidates.includes(prev.metric))) {
              choice = { metric: prev.metric, cue: choice?.cue ?? null };
              inherited = true;
            }
          } else if (prev && isPart && !choice && mention.unit === "count" && TERRITORY_METRICS.has(prev.metric) && candidates.includes("settlements_captured")) {
            // "… 1,263 square kilometres, including 93 settlements": the settlements of the land taken or held.
            choice = { metric: "settlements_captured", cue: null };
            inherited = true;
          }
          // "36 of 50 drones ..., along with two of the three missiles": parallel parts count the same thing.
          const earlierPart = partitive[k] ? figures.find((f) => f.part) : undefined;
          if (earlierPart && candidates.includes(earlierPart.metric)) choice = { metric: earlierPart.metric, cue: choice?.cue ?? null };
          // "One grave held the remains of 17 Ukrainian soldiers": the dead found, with no word of killing.
          if (!choice && noun.kind === "noun" && candidates.includes("killed") && text.slice(Math.max(sentence.start, q.start - 60), q.start).includes("remains") && REMAINS_FOUND_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 60), q.start)) &&
              !BODIES_HANDED.test(text.slice(sentence.start, sentence.end))) choice = { metric: "killed", cue: null };
          // "more than 600 Ukrainian servicemen were destroyed", "60 servicemen, two armoured vehicles and four pickup trucks were
          // destroyed": the military passive of killing.
          if (!choice && noun.kind === "noun" && candidates.includes("killed") && SOLDIER_NOUN.test(text.slice(noun.start, noun.end))) {
            const rest = text.slice(noun.end, Math.min(sentence.end, noun.end + 120));
            if (/destroyed|eliminated/.test(rest) && DESTROYED_PASSIVE_AFTER.test(rest)) choice = { metric: "killed", cue: null };
          }
          // "Wagner sent 50,000 former prisoners to the front": convicts sent to fight are a force.
          if (noun.kind === "noun" && noun.end - noun.start <= 9 && /^(?:prisoners|convicts|inmates)$/i.test(text.slice(noun.start, noun.end)) &&
              /^\s+to\s+(?:the\s+)?(?:front|frontline|front\s+line|war|fight)\b/i.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 20))) &&
              /\b(?:sent|sends|send|sending|recruited|recruits|deployed|dispatched|threw|thrown)\s+(?:(?:about|around|some|more\s+than|over|nearly|at\s+least)\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) choice = { metric: "troops", cue: null };
          // "222,000 people have been drafted into the armed forces", "more than 200,000 people had been called up": people
          // mobilised are troops.
          if ((!choice || choice.metric !== "troops") && noun.kind === "noun" && /^(?:people|men|citizens)$/i.test(text.slice(noun.start, noun.end)) &&
              MOBILISED_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 50)))) choice = { metric: "troops", cue: null };
          // "Ukraine now controls 82 settlements": settlements held right after a verb of holding were taken.
          if (!choice && noun.kind === "noun" && candidates.includes("settlements_captured") && HOLDS_BEFORE.test(text.slice(Math.max(clause.start, q.start - 40), q.start))) choice = { metric: "settlements_captured", cue: null };
          if (!choice) continue;
          // "The loss of Tu-22M3s is painful: with at least seven confirmed destroyed": a bare number under a verb of several
          // metrics ("destroyed": drones or aircraft) counts the last thing the sentence named before it.
          if (noun.kind === "none" && !inherited && choice.cue && choice.cue.metrics.length > 1) {
            const named = lastCountedNoun(sentence.start, q.start, mention.unit);
            const m = named.find((x) => choice!.cue!.metrics.includes(x));
            if (m && !named.includes(choice.metric)) choice = { metric: m, cue: choice.cue };
          }
          // "tanks, of which 14 were delivered this spring, ... have taken heavy losses": a bare number with a passive verb
          // of its own that counts nothing takes no cue from another clause.
          if (noun.kind === "none" && choice.cue && !inherited) {
            const own = OWN_PASSIVE.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)));
            if (own && choice.cue.start !== mention.end + own[0].length - own[1].length) continue;
          }
          // "17 people had been evacuated and 5 killed": people with a passive verb of their own that counts nothing take
          // no cue after it; "20 people were reported killed" reports the cue, it does not replace it.
          if (noun.kind === "noun" && choice.cue && !inherited && choice.cue.start >= nounEnd) {
            const own = OWN_PASSIVE.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 40)));
            const ownAt = own ? nounEnd + own[0].length - own[1].length : -1;
            if (own && choice.cue.start > ownAt && !REPORTING_PARTICIPLE.test(own[1]) && !cues.some((c) => c.start === ownAt)) continue;
          }
          let metric = choice.metric;
          // "The number of people killed when a Russian missile hit a block of flats … has risen to 40": the opening names the toll,
          // not the verb of its "when" clause.
          // "The number of people killed … has risen to five, and 34 more were injured": the toll's noun, not the verb after.
          if (NUMBER_OF_OPENING.test(text.slice(sentence.start, sentence.start + 12))) {
            // The toll nearest before the number: "the number of people killed has risen to 12, and the number of injured to 40".
            let toll: RegExpExecArray | null = null;
            const opening = text.slice(sentence.start, q.start);
            NUMBER_OF_ANY_TOLL.lastIndex = 0;
            for (let t = NUMBER_OF_ANY_TOLL.exec(opening); t !== null; t = NUMBER_OF_ANY_TOLL.exec(opening)) toll = t;
            if (toll && ROSE_TO_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) metric = /^(?:killed|dead|deaths)$/i.test(toll[1]) ? "killed" : "injured";
          }
          // "The death toll from flooding after the destruction of the Kakhovka dam has risen to 10", "put the death toll on the
          // occupied bank at 17": the toll the figure is the value of decides, not a cue word in the phrase between them.
          if (metric !== "killed") {
            const opening = text.slice(sentence.start, q.start);
            if ((opening.includes("toll") || opening.includes("dead")) && DEATH_TOLL_VALUE.test(opening)) metric = "killed";
          }
          // "at least 12 people remained in hospital, two of them in a serious condition" after the dead: the wounded.
          if (metric === "killed" && HOSPITAL_AFTER.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 40)))) metric = "injured";
          // "Among the confirmed dead are more than 20,000 men recruited from prisons": the opening names what the people are.
          if ((metric === "troops" || metric === "casualties") && text.startsWith("Among", sentence.start)) {
            const among = AMONG_THE_LOST_BEFORE.exec(text.slice(sentence.start, q.start));
            if (among) metric = /^(?:dead|killed)$/i.test(among[1]) ? "killed" : "injured";
          }
          // A breakdown of the dead by who they were: "Among the newly identified dead are 410 men who had signed contracts and 97
          // mobilized soldiers", "the largest group among the dead, …, followed by convicts recruited from prisons (17,180)", "Of
          // them, 1,759 were men mobilised after the call-up" after a toll. Words of recruiting say who the dead were, not a force.
          if (metric === "troops") {
            const among = text.slice(sentence.start, q.start).includes("mong") ? AMONG_THE_DEAD.exec(text.slice(sentence.start, q.start)) : null;
            if (among) metric = /^(?:dead|killed)$/i.test(among[1]) ? "killed" : "injured";
            else if (PARTITIVE_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)))) {
              const whole = rows[rows.length - 1];
              if (whole && whole.article === article.id && whole.char_start >= line.start && whole.char_end <= sentence.start && LOSS_FAMILY.has(whole.metric)) metric = whole.metric;
            }
          }
          // "Ukraine received the bodies of 757 servicemen", "..., while Russia got back 19": the dead handed back are neither
          // prisoners nor a toll (see the repatriation rule below).
          if (metric === "prisoners_exchanged" && ((choice.cue && RECEIVED.test(text.slice(choice.cue.start, choice.cue.end)) &&
              BODIES.test(text.slice(sentence.start, sentence.end)) && !(noun.kind === "noun" && PRISONER_NOUN.test(text.slice(noun.start, noun.end)))) ||
              BODIES_OF_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 20), q.start)))) continue;
          // "Ukraine also received the bodies of 1,000 fallen soldiers": nor are they a toll when a word of dying ("fallen",
          // "killed") counts them (bodies "recovered" or "found" still are).
          // "agreed to exchange all seriously wounded prisoners, along with 6,000 bodies of soldiers killed in action": the same.
          if (metric === "killed" && (BODIES_OF_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 20), q.start)) || (noun.kind === "noun" && /^(?:bodies|dead)$/i.test(text.slice(noun.start, noun.end)))) &&
              // "the bodies of 1,000 fallen soldiers had also been repatriated": the handing over may come after the bodies.
              (BODIES_HANDED.test(text.slice(sentence.start, q.start)) || (BODIES_OF_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 20), q.start)) && BODIES_HANDED_AFTER.test(text.slice(q.end, sentence.end))))) continue;
          // "Two of them were captured alive": people taken prisoner, not places taken.
          if (metric === "settlements_captured" && choice.cue && /^\s+alive\b/.test(text.slice(choice.cue.end, choice.cue.end + 8))) continue;
          // "Russia transferred the bodies of 1,000 Ukrainian soldiers": the dead are no force.
          if (metric === "troops" && BODIES_OF_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 20), q.start))) continue;
          // "Ukrainian forces destroyed 12 targets in the Donetsk region": ground targets, not an air-defence tally.
          if (metric === "drones_downed" && !downedTargetsCount(text, noun, choice.cue, clause)) continue;
          // "handed over 22 severely wounded servicemen", "receiving 31 wounded soldiers" in a swap: the wounded are
          // prisoners exchanged, not people injured ("wounded" is an adjective between the number and its noun).
          if (metric === "injured" && noun.kind === "noun" && choice.cue && choice.cue.start >= mention.end && choice.cue.end <= nounEnd &&
              (candidates.includes("prisoners_exchanged") || WOUNDED_PEOPLE_AFTER.test(text.slice(nounEnd, nounEnd + 60))) && HANDED_OVER.test(text.slice(sentence.start, sentence.end)) &&
              SWAP_CONTEXT.test(text.slice(Math.max(0, sentence.start - SWAP_CONTEXT_CHARS), sentence.end))) metric = "prisoners_exchanged";
          if (q.value === 0 && mention.kind === "vague") continue;
          // "had advanced near three settlements", "fighting around two villages": places fought near were not taken.
          if (metric === "settlements_captured" && NEAR_PLACES_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) continue;
          // "took 700 soldiers prisoner", "taken 40 servicemen captive": prisoners taken, not exchanged.
          if (metric === "prisoners_exchanged" && noun.kind === "noun" && TOOK_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start)) &&
              (TAKEN_PRISONER.test(text.slice(nounEnd, nounEnd + 12)) || TAKEN_PRISONER.test(" " + text.slice(noun.start, nounEnd)))) continue;
          // "the North had sent about 220 ballistic missiles", "Iran has supplied 400 drones": weapons a third country sent
          // to a side are arms supplies, not an attack launched.
          if (metric === "drones_launched" && choice.cue && choice.cue.end <= mention.start && SUPPLY_VERB.test(text.slice(choice.cue.start, choice.cue.end)) &&
              SUPPLIER.test(text.slice(Math.max(clause.start, choice.cue.start - 40), choice.cue.start))) continue;
          // "Five were shot down and one was damaged" after six missiles: a bare number beside a figure of missiles or
          // drones counts the same weapons; "damaged" does not make it an aircraft.
          if (metric === "aircraft_hit" && noun.kind === "none" && prev && FAMILY_OF[prev.metric] === "drones") continue;
          // "About 5,000 people have returned to Kupiansk": people coming home with no swap, captivity or prisoners in the
          // sentence or the paragraphs before are no prisoners exchanged.
          if (metric === "prisoners_exchanged" && !SWAP_CONTEXT.test(text.slice(Math.max(0, sentence.start - SWAP_CONTEXT_CHARS), sentence.end))) continue;
          // "has captured hundreds of Russian soldiers, whom it hopes to exchange", "captured two North Korean soldiers":
          // soldiers captured are neither exchanged yet nor a force deployed.
          if ((metric === "prisoners_exchanged" || metric === "troops") && noun.kind === "noun" && CAPTURED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) continue;
          // "the enemy fired 486 shells at the region, 64 of them at the city": a part of a whole that counts nothing (shells)
          // counts nothing either.
          if (noun.kind === "none" && k > 0 && !inherited && OF_THEM_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 16)))) {
            const whole = inSentence[k - 1];
            const wholeNoun = metrics.nounAfter(text, whole.after, sentence.end);
            // Only in a sentence that gave no row before: a figure before counts something the part may share.
            if (figures.length === 0 && whole.unit === mention.unit && wholeNoun.kind !== "none" && UNCOUNTED_FIRE.test(text.slice(wholeNoun.start, wholeNoun.end)) &&
                !metrics.candidates(whole.unit, wholeNoun).includes(metric)) continue;
          }
          // "Russian courts have convicted at least 170 Ukrainian prisoners of war": prisoners tried or held, not released.
          if (metric === "prisoners_exchanged" && HELD_OR_TRIED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) continue;
          // "The Investigative Committee has charged 36 Ukrainian servicemen": soldiers tried are no force.
          if (metric === "troops" && TRIED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) continue;
          // "Qatar, which has mediated the return of children taken from occupied areas, said that 107 of them had been
          // reunited": a part of people named before takes no capture from another clause.
          if (metric === "settlements_captured" && noun.kind === "none" && !inherited && !prev && choice.cue && (choice.cue.start < clause.start || choice.cue.end > clause.end) &&
              OF_THEM_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 16)))) continue;
          // "which has 1.2 million active-duty troops", "a standing army of": the size of armed forces, not a deployment.
          if (metric === "troops" && noun.kind === "noun" && ARMY_SIZE.test(text.slice(mention.end, noun.start))) continue;
          // "Pentagon to send 4 more HIMARS", "send 31 Abrams": weapons sent, not soldiers; "troops on high readiness": a pool.
          if (metric === "troops" && (WEAPON_NAME_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 30))) || /\b(?:high|heightened)\s+readiness\b|\bparades?\b/i.test(text.slice(sentence.start, sentence.end)))) continue;
          // "Oryx has recorded 16 Bradleys and five Leopard 2s lost": vehicles lost, not people.
          if (LOSS_FAMILY.has(metric) && noun.kind !== "noun" && WEAPON_NAME_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 30)))) continue;
          // "56 former prisoners of war who signed new contracts": people who were prisoners once, not a release.
          if (metric === "prisoners_exchanged" && noun.kind === "noun" && /\bformer\s+$/i.test(text.slice(mention.end, noun.start))) continue;
          // "22 others were lost to electronic jamming", "47 were \"lost\", a term for drones jammed": drones gone
          // astray under electronic warfare, not people lost.
          if (metric === "casualties" && choice.cue && /^lost$/i.test(text.slice(choice.cue.start, choice.cue.end)) &&
              JAMMED.test(text.slice(sentence.start, sentence.end))) continue;
          // "lost 1,700 soldiers to desertion": soldiers gone absent without leave are no casualties.
          if (metric === "casualties" && LOST_TO_DESERTION.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 40)))) continue;
          // "caused $11.2 billion in damage …, and the ministry has put the cost of demining at $34.6 billion": a cost of
          // something else, after the damage cue, is no damage.
          if (MONEY_UNITS.has(mention.unit) && COST_OF_OTHER.test(text.slice(choice.cue && choice.cue.end <= mention.start ? choice.cue.end : prev && prev.end <= mention.start ? prev.end : sentence.start, mention.start))) continue;
          // "The Soviet Union lost about 15,000 soldiers in Afghanistan", "27 million deaths in World War II": the dead of
          // another war, in a sentence that names nothing of this one.
          // "Israel released nearly 2,000 Palestinian prisoners": any figure of a sentence only about another war.
          if ((otherWar ??= (otherWarNamed ??= OTHER_WAR.test(text.slice(sentence.start, sentence.end))) && !THIS_WAR.test(text.slice(sentence.start, sentence.end)))) continue;
          // "Myanmar\nA military air raid on a monastery in the Sagaing region killed 21 people": an item of a world news digest
          // whose paragraph or label names another war or disaster, and nothing of this one.
          if (otherWarItem(line)) continue;
          // "…, and Russian forces suffered about 14,000 deaths across the two Chechen wars": Russia fought other wars; its
          // name alone does not make a clause naming one of them this war.
          // "Russia has occupied about 20% of Georgia's territory since the August 2008 war": any figure of such a clause.
          if ((otherWarNamed ??= OTHER_WAR.test(text.slice(sentence.start, sentence.end))) && OTHER_WAR.test(text.slice(clause.start, clause.end)) && !UKRAINE_WAR.test(text.slice(clause.start, clause.end)) && !UKRAINE_WAR.test(text.slice(sentence.start, sentence.end))) continue;
          // "likened Russia's attacks to Hamas's October 7, 2023 onslaught, in which some 1,200 people were killed in southern
          // Israel": a relative clause of the comparison tells of the other war.
          if (LOSS_FAMILY.has(metric) && (otherWarNamed ??= OTHER_WAR.test(text.slice(sentence.start, sentence.end))) && IN_WHICH.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start)) && OTHER_WAR.test(text.slice(Math.max(sentence.start, mention.start - 80), Math.min(sentence.end, nounEnd + 60))) &&
              !THIS_WAR.test(text.slice(Math.max(sentence.start, mention.start - 40), Math.min(sentence.end, nounEnd + 60)))) continue;
          // "Putin is willing to lose 100,000 soldiers a month", "could cost Russia up to 50,000 casualties", "another 10,000
          // could die this winter": losses that might come are no losses ("may have been killed" is an estimate, and stays).
          if (LOSS_FAMILY.has(metric) && ((choice.cue && HYPOTHETICAL_BEFORE.test(text.slice(Math.max(sentence.start, choice.cue.start - 40), choice.cue.start))) ||
              HYPOTHETICAL_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)))) continue;
          // "Moscow could call up another 120,000 men if needed", "may send 50,000 more troops": men who might be raised or sent are
          // no force ("could concentrate up to 200,000 troops near the border" is a warning of a force, and stays).
          if (metric === "troops" && choice.cue && choice.cue.start < q.start && RAISE_OR_SEND.test(text.slice(choice.cue.start, choice.cue.end)) && MODAL_BEFORE.test(text.slice(Math.max(sentence.start, choice.cue.start - 30), choice.cue.start))) continue;
          // "has killed more than 24,000 people and driven some 14 million from their homes", "with at least 3,000 displaced":
          // people driven out, not killed.
          if (LOSS_FAMILY.has(metric) && DISPLACED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)))) continue;
          // "carried out 612 strikes on 16 settlements": settlements shelled, not taken.
          if (metric === "settlements_captured" && SETTLEMENTS_STRUCK_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) continue;
          // "There was one prisoner exchange in October", "the first month without one": a count of swaps, a pronoun.
          if (metric === "prisoners_exchanged" && q.value <= 20 && (SWAPS_COUNTED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 30))) || /\bwithout\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 8), q.start)))) continue;
          // "is meant to total 1,000 prisoners on each side", "expected a further 307 Ukrainians to be freed on Saturday": a
          // release to come is none yet.
          if (metric === "prisoners_exchanged" && (RELEASE_TO_COME_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 50), q.start)) ||
              TO_BE_FREED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40))))) continue;
          // "the ICRC has visited thousands of prisoners of war held by both sides": prisoners held, not released; "the bodies
          // of 909 people were repatriated … and 34 to the Russian Federation": the dead returned; "Moscow and Kyiv exchange
          // terms": no people exchanged.
          if (metric === "prisoners_exchanged" && (HELD_PRISONERS_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start)) ||
              HELD_PRISONERS_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40))) ||
              BODIES_RETURNED_BEFORE.test(text.slice(sentence.start, q.start)) ||
              (choice.cue && THINGS_EXCHANGED_AFTER.test(text.slice(choice.cue.end, Math.min(sentence.end, choice.cue.end + 20)))))) continue;
          // "more than 28,000 of those identified were mobilized men, while at least 19,600 were former prisoners recruited by
          // Wagner": what a counted group was, not a force sent or recruited.
          // "attacking in groups of two to four men": the size of an assault group, not a force massed.
          // "The first group of about 1,500 troops arrived": a contingent of a thousand or more is a force, whatever it is called.
          if (metric === "troops" && q.value < 1000 && GROUPS_OF_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) continue;
          // "the first swap, on March 24, 2022, which involved just 10 soldiers on each side": soldiers swapped, not a force.
          if (metric === "troops" && choice.cue && /^involv/i.test(text.slice(choice.cue.start, choice.cue.end)) && SWAP_WORD.test(text.slice(sentence.start, q.start))) metric = "prisoners_exchanged";
          // "two North Korean soldiers were captured alive", "confirms capture of 2 N. Korean soldiers": soldiers taken prisoner
          // are no force sent and no settlements taken.
          if ((metric === "troops" || metric === "settlements_captured") && noun.kind === "noun" && SOLDIER_NOUN.test(text.slice(noun.start, noun.end)) &&
              (CAPTURED_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40))) || /\bcapture\s+of\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 12), q.start)))) continue;
          // "More than 1,000 people were taking part in the rescue operation": rescuers, not a force.
          if (metric === "troops" && CIVIL_OPERATION_AFTER.test(text.slice(q.end, Math.min(sentence.end, q.end + 80)))) continue;
          // "talks on a further exchange of 1,000 prisoners were under way": a swap to come, no one released.
          if (metric === "prisoners_exchanged" && SWAP_TO_COME_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 60), q.start))) continue;
          // "opened criminal cases against more than 900 Ukrainian servicemen", "sentenced 45 soldiers": people tried, not a force.
          if (metric === "troops" && LEGAL_COUNT_BEFORE.test(text.slice(Math.max(clause.start, q.start - 40), q.start))) continue;
          // "firing 412 projectiles from artillery, mortars and tanks": shells fired, not missiles or drones.
          if ((metric === "drones_launched" || metric === "drones_downed") && noun.kind === "noun" && /^projectiles?$/i.test(text.slice(noun.start, noun.end)) &&
              SHELLING_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 40)))) continue;
          // Conscription ("the autumn conscription decree, calling up 135,000 men"): a draft for service, not a force for the war.
          // Conscripts named only in an aside of a force sent ("redeployed around 5,000 troops …, some of them conscripts") keep it.
          if (metric === "troops" && /\bconscript/i.test(text.slice(sentence.start, sentence.end)) &&
              (!CONSCRIPTS_ASIDE.test(text.slice(sentence.start, sentence.end)) || DRAFT_WORD.test(text.slice(sentence.start, sentence.end)))) continue;
          // "The package includes … 100 Switchblade drones": weapons supplied, not launched or downed.
          if ((metric === "drones_launched" || metric === "drones_downed") && AID_PACKAGE_BEFORE.test(text.slice(sentence.start, q.start))) continue;
          // "British officials have floated a contingent of around 30,000 troops", "would allow Ukraine to keep an army of up to
          // 800,000", "Warsaw has asked NATO to deploy 40,000 more troops": a force proposed, asked for or allowed is none in the
          // field. "around 8,000 of their soldiers remain in Russian hands": prisoners held, not a force.
          if (metric === "troops" && (PROPOSED_FORCE_BEFORE.test(text.slice(Math.max(clause.start, q.start - 60), q.start)) ||
              IN_HANDS_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 50))))) continue;
          // "the region lost 14 residents, while another 61 were injured": civilians a place lost, beside the injured counted
          // apart, are its dead.
          if (metric === "casualties" && choice.cue && /^lost$/i.test(text.slice(choice.cue.start, choice.cue.end)) && noun.kind === "noun" &&
              PLACE_PEOPLE.test(text.slice(noun.start, noun.end)) && INJURED_APART_AFTER.test(text.slice(nounEnd, sentence.end))) metric = "killed";
          // "Two Romanian Air Force F-16 fighter jets took off", "two F-16s were put in the air": aircraft scrambled, not hit.
          if (metric === "aircraft_hit" && SCRAMBLED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) continue;
          // "its units had destroyed 340 Russian soldiers": military English for killing them, not a force.
          if (metric === "troops" && DESTROYED_PEOPLE_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start)) && noun.kind === "noun" && SOLDIER_NOUN.test(text.slice(noun.start, noun.end))) metric = "killed";
          if (metric === "troops" && GROUP_MADE_OF_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) continue;
          // "capable of launching as many as 700 drones in a single night", "able to produce more than four million drones a
          // year": what a side can launch or makes is no launch.
          if (metric === "drones_launched" && (CAPABLE_BEFORE.test(text.slice(Math.max(sentence.start, (choice.cue?.start ?? q.start) - 40), choice.cue?.start ?? q.start)) ||
              PRODUCED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)))) continue;
          // "Several ballistic missiles could not be intercepted", "394 ballistic missiles that are harder to intercept":
          // weapons not downed, or hard to down, are no figure of downing; a part of a launch figure stays a launch.
          if (metric === "drones_downed" && choice.cue && NOT_DOWNED_BEFORE.test(text.slice(Math.max(sentence.start, choice.cue.start - 30), choice.cue.start))) {
            if (isPart && prev && prev.metric === "drones_launched") metric = "drones_launched";
            else continue;
          }
          // Drones made at a rate ("turn out some 2,700 drones a month, up from about 300 a month"): output, not launches.
          if (metric === "drones_launched" && RATE_AFTER_NUMBER.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 16))) &&
              PRODUCED_BEFORE_ANYWHERE.test(text.slice(sentence.start, q.start))) continue;
          // "Ukraine's population has fallen by 10 million": a number that fell is a decline, not the fallen.
          if (metric === "killed" && choice.cue && /^fallen$/i.test(text.slice(choice.cue.start, choice.cue.end)) && /^\s+by\s/.test(text.slice(choice.cue.end, choice.cue.end + 4))) continue;
          // "Ukraine's population … has fallen to an estimated 31 million, down from around 41 million": people living there.
          if (metric === "killed" && (!choice.cue || /^(?:fallen|fell)$/i.test(text.slice(choice.cue.start, choice.cue.end))) && POPULATION_DECLINE_BEFORE.test(text.slice(sentence.start, q.start))) continue;

          // "We put the most likely toll at …", "It suggests that …" after "Our model …": the outlet's own count, not a speaker
          // a pronoun would carry from further back.
          let ownWords = attributeFigure(text, sentence, mention.start, previous, line.start);
          // "…, the ministry said. Two Su-27 aircraft of the Ukrainian Air Force were also destroyed, according to the statement.":
          // a document or body the sentence names only by description is the one whose words the figures just before
          // reported, when it fits the description; not the nearest body the text mentions.
          if (ownWords && ownWords.rule === "carried" && lastSpoken && lastSpoken.claimant.replace(/^the\s+/i, "") !== ownWords.claimant.replace(/^the\s+/i, "") && sentence.start - lastSpoken.end < 400) {
            const head = DESCRIBED_SOURCE.exec(text.slice(ownWords.start, ownWords.end))?.[1].toLowerCase();
            // A body of the same side that fits the description too keeps the name the description was resolved to.
            if (head && fitsDescription(head, lastSpoken.claimant) && (lastSpoken.side !== ownWords.side || !fitsDescription(head, ownWords.claimant))) ownWords = { ...ownWords, claimant: lastSpoken.claimant, side: lastSpoken.side };
          }
          const found: Attribution | null = (ownWords && ownWords.rule === "carried" && !QUOTE_MARK.test(text.slice(sentence.start, sentence.end)) ? ownEstimate(sentence) : null) ?? ownWords ??
            (bulletIntro ? attributor.attribute(text, bulletIntro, bulletIntro.end, () => previousSentences(text, bulletIntro!.start, BACK_SENTENCES, lineSplits)) : null) ??
            // "The ministry said ... Ukrainian losses by grouping were:\n-- ...": a block's introduction with no speaker of its
            // own is claimed by the sentence right before it.
            (si === 0 && ANY_BULLET.test(text.slice(line.start, sentence.end)) ? bulletSpeaker(line.start) : null) ??
            // Ukrainska Pravda's lead paragraph comes before its "Source:" line; its "Background:" section after it tells of
            // earlier events, not the source's.
            (sourceLine && ((sourceLine.end <= sentence.start && (backgroundAt < 0 || sentence.start < backgroundAt)) || leadBeforeSource(text, sourceLine, line))
              ? (sourceAttribution ??= attributor.attribute(text, sourceLine, sourceLine.end, () => previousSentences(text, sourceLine.start, BACK_SENTENCES, lineSplits)))
              : null) ??
            // "The enemy lost up to 175 troops": an outlet does not speak of "the enemy" in its own voice; the belligerent
            // who spoke last in the article does.
            enemyClaim(sentence) ??
            bulletinSource(sentence) ??
            // "By our estimate, between 190,000 and 280,000 Russian soldiers have been killed": the outlet's own count.
            ownEstimate(sentence);
          // "… in past day - MoD" in TASS, "the General Staff said" in Ukrinform: a state body no nation names is the outlet's
          // country's, when the claimant table gives the outlet a belligerent's side.
          // "according to Le Monde's calculations": an outlet of the outlets table counting for itself has its country's side.
          const attribution: Attribution | null = found && found.side === "unknown" && STATE_BODY.test(found.claimant)
            ? { ...found, side: outletSide() ?? (BRITISH_MINISTRY.test(found.claimant) && britishOutlets.has(article.outlet.toLowerCase()) && !COMBATANT_CLAIM.test(text.slice(sentence.start, sentence.end)) ? "third_party" : bodyNationInArticle(text, found.claimant) ?? "unknown") }
            : found && found.side === "unknown" && outletCountries.size ? { ...found, side: outletClaimantSide(found.claimant, outletCountries) ?? "unknown" } : found;
          if (attribution && (attribution.side === "ukraine" || attribution.side === "russia")) lastBelligerent = { attribution, at: sentence.start };
          if (attribution && attribution.side !== "unknown" && attribution.rule !== "fallback") lastSpoken = { claimant: attribution.claimant, side: attribution.side, end: sentence.end };
          const claimantSide: ClaimantSide = attribution?.side ?? "unknown";
          // "Russia's ministry said it destroyed 39 Ukrainian drones. Ukraine's air force said Russia launched 188 drones.
          // Air defences shot down 76": drones downed after a launch figure are the launcher's, not those of an earlier count.
          const launchedLater = metric === "drones_downed" && (recent.get("drones_launched")?.at ?? -1) > (recent.get(metric)?.at ?? -1);
          const memory: SubjectSide | null = recentSide(recent, launchedLater ? "drones_launched" : metric, mention.start) ?? (metric === "drones_launched" && attacker && mention.start - attacker.at < MEMORY ? attacker.side : null);
          const restatedSide = restated ? recentSide(recent, metric, mention.start) : null;
          // "deployed 14,000 troops to Kursk, and some 6,000 of them were killed": a part of an earlier figure of
          // people in the sentence is that figure's side.
          // "Of the roughly 11,000 North Korean troops sent to Kursk, about 4,700 were killed or wounded": the same, with the
          // whole opening the sentence.
          const wholeBefore = prev && FAMILY_OF[prev.metric] === FAMILY_OF[metric] && (prev.subject === "ukraine" || prev.subject === "russia") &&
            (OF_THEM_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 16))) ||
              // "sent roughly 14,000 soldiers ..., of whom around 4,700 have been killed or wounded": the part named after the whole.
              (isPart && !nounSubject(noun, metric) && !NATION_IN.test(text.slice(mention.end, nounEnd))) ||
              (figures.length === 1 && OF_THE_OPENING.test(text.slice(sentence.start, prev.start)) && !text.slice(sentence.start, prev.start).includes(",") &&
                text.slice(prev.end, q.start).includes(",") && !/[;:]/.test(text.slice(prev.end, q.start)))) ? prev : null;
          // "of whom around 300 have been killed and 2,700 wounded", "187 occupiers were eliminated and 96 wounded": a bare
          // loss coordinated right after a loss is of the same people (its side only: its period is its own).
          const coordinatedLoss = prev && FAMILY_OF[prev.metric] === FAMILY_OF[metric] && (prev.subject === "ukraine" || prev.subject === "russia") &&
            (noun.kind === "none" || BARE_LOSS_NOUN.test(text.slice(noun.start, noun.end))) && VICTIM_METRICS.has(metric) && q.start - prev.end < 60 &&
            COORDINATED_LOSS_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)) && !NATION_IN.test(text.slice(Math.max(prev.end, prev.nounEnd), q.start));
          // "North Korea has sent some 11,000 troops to Kursk. Of those, about 4,000 have been killed or wounded": a sentence
          // opening on the figure of the one before takes the side of that figure (the last row, if of the same family).
          const lastRow = figures.length === 0 && !wholeBefore && !nounSubject(noun, metric) && !NATION_IN.test(text.slice(mention.end, nounEnd)) ? rows[rows.length - 1] : undefined;
          const wholeOpening = lastRow && lastRow.article === article.id && FAMILY_OF[lastRow.metric] === FAMILY_OF[metric] &&
            (lastRow.subject_side === "ukraine" || lastRow.subject_side === "russia") && sentence.start - lastRow.char_end < 8 &&
            PARTITIVE_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60))) ? lastRow.subject_side : null;
          // "Ukrainian losses by area of responsibility were:\n-- the Sever group: up to 1,385 servicemen": a bullet whose own
          // words name no side counts the losses its introduction names ("Ukrainian losses", "the enemy's losses").
          const introOfItem = bulletIntro ?? colonHead;
          const introLosses = introOfItem && VICTIM_METRICS.has(metric) && !nounSubject(noun, metric) && !NATION_IN.test(text.slice(bulletIntro ? line.start : introOfItem!.end, nounEnd))
            ? LOSSES_OF.exec(text.slice(introOfItem.start, introOfItem.end))
            : null;
          const introSide: SubjectSide | null = !introLosses
            ? null
            : /^enemy/i.test(introLosses[1])
            ? claimantSide === "ukraine" || claimantSide === "russia" ? opposite(claimantSide) : null
            : /^Ukrain/i.test(introLosses[1]) ? "ukraine" : "russia";
          // "Russia attacked with 60 drones ... Air defences shot down 35 of them": weapons downed out of an attack are the
          // attacker's, the side of the launch figure just before.
          const launchSide = metric === "drones_downed" && !wholeBefore && !(inherited && isPart && prev) && OF_LAUNCHED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)))
            ? recentSide(recent, "drones_launched", mention.start) : null;
          // "Ukraine shot down 20 of the 25 drones": the whole of a part shot down is the same side's drones.
          const partDowned = total && metric === "drones_launched" && lastFigureOf === k - 1 && prevFigure?.metric === "drones_downed" ? prevFigure : null;
          // "killed 12 people, including three Russian soldiers": a part that names its own nation is that nation's.
          // "The Kremlin has not disclosed its military death toll since September 2022, when Sergei Shoigu said 5,937 soldiers
          // had been killed": a belligerent speaking of its own toll counts its own dead.
          const ownToll = VICTIM_METRICS.has(metric) && (claimantSide === "russia" || claimantSide === "ukraine") && !nounSubject(noun, metric) &&
            !NATION_IN.test(text.slice(mention.end, nounEnd)) && OWN_TOLL_BEFORE.test(text.slice(sentence.start, q.start)) && nationsOnly(text.slice(sentence.start, q.start), claimantSide);
          const subject: SubjectSide = ownToll ? claimantSide as SubjectSide : (inherited && isPart && prev && !NATION_IN.test(text.slice(mention.end, nounEnd))) || wholeBefore || coordinatedLoss
            ? prev!.subject
            : wholeOpening
            ? wholeOpening
            : partDowned && (partDowned.subject === "ukraine" || partDowned.subject === "russia")
            ? partDowned.subject
            : launchSide === "russia" || launchSide === "ukraine"
            ? launchSide
            : restatedSide
            ? restatedSide
            : forceSide
            ? forceSide
            : introSide
            ? introSide
            : subjectSide({
                // "Ukraine said it shot down 40 drones, while Russia claimed ... 30 Ukrainian drones": the other half of a
                // contrasted sentence says nothing of this figure's side.
                text, metric, sentence: contrastSegment(text, sentence, mention.start), clause, mention, noun,
                nounSide: nounSubject(noun, metric), cue: choice.cue, claimantSide,
                claimantSpan: attribution && attribution.rule !== "carried" ? { start: attribution.start, end: attribution.end } : null,
                context: context.end > context.start ? context : null, sameSentence: figures, recent: memory, outletSide: outletSide(),
              });

          // "The strike destroyed 3 Su-34 jets, the General Staff said": a body no nation names that counts aircraft or
          // drones hit, downed or launched is their enemy's (armies count the other side's weapons).
          // So does one that counts soldiers lost ("The ministry, in its daily update, said 1,100 Russian soldiers were killed").
          let reportedSide: ClaimantSide = claimantSide === "unknown" && attribution?.rule === "fallback" && (subject === "russia" || subject === "ukraine") &&
            (ENEMY_COUNTED.has(metric) || (VICTIM_METRICS.has(metric) && noun.kind === "noun" && SOLDIER_NOUN.test(text.slice(noun.start, noun.end))))
            ? (opposite(subject) as ClaimantSide) : claimantSide;
          // "Russia had lost 1,150,000 troops since Feb. 24, 2022, including 1,080 over the past day, the General Staff said":
          // the same body in the same sentence has the side its first figure gave it.
          if (reportedSide === "unknown" && attribution && sentenceReported && sentenceReported.start === attribution.start && sentenceReported.end === attribution.end) reportedSide = sentenceReported.side;
          if (reportedSide !== "unknown" && attribution && claimantSide === "unknown") sentenceReported = { start: attribution.start, end: attribution.end, side: reportedSide };
          const next = inSentence[k + 1]?.start ?? sentence.end;
          const periodClause = periodClauseAround(text, sentence.start, sentence.end, mention.start);
          // A bullet or markup before the sentence ("- In January 2026, Russia launched …") does not keep a period from opening it.
          let period = periodForFigure(periods, mention, next, periodClause, sentence.start + (LEADING_MARKS.exec(text.slice(sentence.start, sentence.start + 6))?.[0].length ?? 0));
          // "Russia's losses since Feb. 24, 2022, amount to approximately 139,080": a time right after a tally's noun, before the verb
          // that gives its value.
          if (!period) {
            const before = periods.filter((p) => p.end <= q.start && (p.kind === "since" || p.kind === "span") && p.period_start).at(-1);
            if (before && TALLY_VERB_BETWEEN.test(text.slice(before.end, q.start)) && TALLY_NOUN_END.test(text.slice(Math.max(sentence.start, before.start - 30), before.start))) period = before;
          }
          // "Ukraine had lost 3,715 soldiers, 52 tanks, and 207 armored combat vehicles between June 4 and June 6": a time closing a
          // list of figures covers its first items too.
          if (!period && k + 1 < inSentence.length) {
            const closing = periods.find((p) => p.start > mention.end && p.period_start && p.start - mention.end < 200);
            const gap = closing ? text.slice(mention.end, closing.start) : "";
            // Not past an item with its own relative time ("930 drones a week earlier and 1,004 in the first week of April").
            if (closing && isNumberList(gap, true) && !LIST_BREAK.test(gap) && !VERB_IN_ITEMS.test(gap) && !EARLIER_AFTER.test(gap)) period = closing;
          }
          // "had gathered around 50,000 troops … and could attempt a new push there in July": a time in a clause of what may come
          // is no period of the figure before it.
          if (period && period.start >= mention.end && MAY_COME_BETWEEN.test(text.slice(mention.end, period.start))) period = null;
          // "12 civilians had been killed and 121 wounded, among them 10 children, since the incursion began": a period after
          // a part set off by commas covers the figures before the part too.
          if (!period && periods.length) {
            const trailing = periods.find((p) => p.start >= mention.end);
            if (trailing && PART_ASIDE_BEFORE_PERIOD.test(text.slice(mention.end, trailing.start))) period = trailing;
          }
          // "seized 0.8 percent in 2025 and currently occupy roughly 19.3 percent": land held now is no land of a period before.
          if (period && metric === "territory_controlled" && period.end <= mention.start && HELD_NOW.test(text.slice(period.end, mention.start))) period = null;
          // "losses from February 24, 2022 to November 14 are estimated at 1,151,280, including 1,090 over the past day": a
          // figure with its own daily window is that day's tally, not set in a period named before it.
          // "had lost 1,000 troops over the previous day and about 988,000 since February 2022": nor in one named after it for
          // the figure after.
          if (period && (period.end <= mention.start || period.start > next) && DAY_WINDOW_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) period = null;
          // "after a peak in November 2024, when Russian troops captured 725 km²": a "when" clause is set in the period before it.
          // "down from July, when, according to the same data, Russia fired 6,297 drones": an aside may follow "when".
          let whenAt = WHEN_CLAUSE.test(text.slice(Math.max(sentence.start, periodClause.start - 8), periodClause.start)) ? periodClause.start : -1;
          if (whenAt < 0) {
            const asideFrom = Math.max(sentence.start, periodClause.start - 80);
            const aside = WHEN_ASIDE.exec(text.slice(asideFrom, periodClause.start));
            if (aside) whenAt = asideFrom + aside.index + "when".length;
          }
          // "in September 2022, when then Defence Minister Sergei Shoigu said 5,937 …": the month dates the statement.
          let whenPeriod = false;
          if (!period && whenAt >= 0 && !STATEMENT_VERB.test(text.slice(whenAt, mention.start))) {
            period = periods.find((p) => p.end <= whenAt && /^\s*,?\s*when$/i.test(text.slice(p.end, whenAt))) ?? null;
            whenPeriod = period !== null;
            // "since March, when ...": the clause is set in March itself, not in the span since.
            if (period?.kind === "since" && period.period_start) period = { ...period, kind: "month", period_end: monthEnd(period.period_start) };
          }
          // "made their largest monthly gains in November, capturing 725 km²": a participle clause goes on with the act the
          // clause before it sets in time. Not a running total ("took 500 km² in May, bringing the total to ..."): the
          // period must open the sentence's figures, with none before it.
          if (!period && PARTICIPLE_CLAUSE.test(text.slice(periodClause.start, mention.start))) {
            const before = periods.filter((p) => p.end <= periodClause.start && p.start >= sentence.start).at(-1);
            if (before && before.kind !== "since" && !inSentence.some((f) => f.start < before.start)) period = before;
            // "struck its filling stations 23 times since January, killing two employees and injuring 11": a harm done by
            // the acts counted since then, when no figure came before it ("bringing the total to …" is no harm).
            else if (before && before.kind === "since" && HARM_PARTICIPLE.test(text.slice(before.end, mention.start)) && figures.every((f) => f.start > before.end)) period = before;
          }
          // "662 aircraft, 283 helicopters and 92,460 drones have been destroyed since the beginning of the special military
          // operation": the period right after the verb the items share covers each of them.
          if (!period && choice.cue && choice.cue.start >= mention.end) {
            const cueEnd = choice.cue.end;
            // Not "under Moscow's control before February 2022": a time before or after is no period of the figure.
            period = periods.find((p) => p.start >= cueEnd && p.start - cueEnd <= 24 && !inSentence.some((f) => f.start > cueEnd && f.start < p.start) &&
              !/\b(?:before|until|after|prior\s+to|by)\b/i.test(text.slice(cueEnd, p.start))) ?? null;
          }
          // "have taken about 6,000 km², so far this year, according to ...": a period phrase set off by a comma right
          // after the figure's clause covers it.
          if (!period) period = periods.find((p) => p.start >= periodClause.end && p.start < next && TRAILING_PERIOD_GAP.test(text.slice(periodClause.end, p.start))) ?? null;
          // "fired more than 1,270 drones, 39 missiles and nearly 1,000 glide bombs since the start of July": an item a comma
          // ends, right before the next item of the list, is set in the period that item's clause names after the list.
          if (!period && k + 1 < inSentence.length && periodClause.end - mention.end <= 40 && LIST_ITEM_GAP.test(text.slice(periodClause.end, inSentence[k + 1].start)) &&
              !/\d/.test(text.slice(mention.end, periodClause.end)) && !PART_OF_AFTER.test(text.slice(inSentence[k + 1].end, Math.min(sentence.end, inSentence[k + 1].end + 16)))) {
            const item = inSentence[k + 1];
            const itemPeriod = periodForFigure(periods, item, inSentence[k + 2]?.start ?? sentence.end, periodClauseAround(text, sentence.start, sentence.end, item.start), sentence.start);
            if (itemPeriod && itemPeriod.start > item.end) period = itemPeriod;
          }
          // "... aircraft losses in 2025 were lower: nine fixed-wing aircraft": an item after a colon is set in its heading's period.
          if (!period && colonHead) period = periods.filter((p) => p.end <= colonHead!.end).at(-1) ?? null;
          // "ISW put the figure for November lower, at 443 km²": a restated figure is set in the period its phrase names.
          if (!period && restated) period = periods.filter((p) => p.end <= q.start && p.start >= Math.max(sentence.start, q.start - 80)).at(-1) ?? null;
          // "Meanwhile, at the end of December, Ukrainian forces still held ...": a period after one opening word.
          if (!period) period = periods.find((p) => p.end <= mention.start && OPENING_WORD.test(text.slice(sentence.start, p.start))) ?? null;
          // "At its peak in late August 2024, Ukraine said it controlled ...": a period closing a short opening phrase.
          if (!period) period = periods.find((p) => p.end <= mention.start && text.charCodeAt(p.end) === 44 && OPENING_PHRASE.test(text.slice(sentence.start, p.start))) ?? null;
          // "According to the General Staff, since the start of the full-scale invasion and as of May 1, Russia's total losses
          // have reached …": two times joined by "and" open the sentence together ("since" then starts the point's total).
          if (!period) {
            period = periods.find((p, j) => j > 0 && p.end <= mention.start && text.charCodeAt(p.end) === 44 && /^\s+and\s+$/.test(text.slice(periods[j - 1].end, p.start)) &&
              (periods[j - 1].start === sentence.start || OPENING_PHRASE.test(text.slice(sentence.start, periods[j - 1].start)))) ?? null;
          }
          // "significantly below the record of December 2024 – 48,670": a month or year a dash sets the figure after (not a
          // colon's "given to reporters this month: roughly 600,000", where the time is the statement's).
          if (!period) period = periods.find((p) => p.end <= q.start && p.end >= q.start - 4 && (p.kind === "month" || p.kind === "year" || p.kind === "quarter") && /^\s*[\u2013\u2014]\s*$/.test(text.slice(p.end, q.start))) ?? null;
          // "… deaths that occurred in April; for March, the confirmed number currently stands at 3,112": a time opening a
          // clause after a semicolon opens it as it would open a sentence; not the time of a statement ("; in February, Zelensky
          // said that 46,000 …").
          if (!period) period = periods.find((p) => p.end <= mention.start && text.charCodeAt(p.end) === 44 && /;\s*$/.test(text.slice(Math.max(sentence.start, p.start - 3), p.start)) && !SAYING_BETWEEN.test(text.slice(p.end, q.start))) ?? null;
          // "Moskalkova said earlier that since the beginning of 2025, 1,472 servicemen have been returned": a period opening
          // the reported clause opens it as it would open the sentence.
          if (!period) period = periods.find((p) => p.end <= mention.start && SAID_THAT_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)) && /^\s*(?:alone\s*)?,/.test(text.slice(p.end, p.end + 10))) ?? null;
          // 'said in a statement on Wednesday: "In April, the enemy lost more than 37,000 soldiers': a period opening a quotation
          // after a colon opens what the speaker says.
          if (!period) period = periods.find((p) => p.end <= mention.start && text.charCodeAt(p.end) === 44 && QUOTATION_OPENING_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 4), p.start))) ?? null;
          // "said that April was the deadliest month for civilians since September 2024, with 209 killed": the month a clause is
          // about dates the figures it goes on to give.
          if (!period) period = periods.find((p) => p.kind === "month" && p.end <= mention.start && p.start >= sentence.start && MONTH_AS_SUBJECT_AFTER.test(text.slice(p.end, p.end + 40))) ?? null;
          // "the previous record of 6,297 drones, set in July, …": the time a record was set, in an aside after its figure, is
          // the figure's; it is no period later figures refer to ("the 3,300 launched in the same month last year").
          let asidePeriod = false;
          if (!period || period.start > mention.end + 40) {
            const set = periods.find((p) => p.start > mention.end && p.start - mention.end < 40 && (p.kind === "month" || p.kind === "year") && RECORD_SET_BETWEEN.test(text.slice(mention.end, p.start)));
            if (set) {
              period = set;
              asidePeriod = true;
            }
          }
          let periodStart = period?.period_start ?? "";
          let periodEnd = period?.period_end ?? "";
          // "1,650 km² between June 1 and August 31, up from 1,240 in the previous three months": the months before the
          // period of the figure before, not the months before publication.
          const monthsBefore = period?.kind === "relative" && lastPeriod ? previousMonths(text.slice(period.start, period.end)) : 0;
          if (monthsBefore && lastPeriod && /^\d{4}-\d{2}-01$/.test(lastPeriod.start)) {
            const [y, m] = lastPeriod.start.split("-").map(Number);
            periodStart = new Date(Date.UTC(y, m - 1 - monthsBefore, 1)).toISOString().slice(0, 10);
            periodEnd = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
          }
          // "356 km² in November, compared with 461 km² a month earlier": the month (or year) before the last figure's.
          // "102 km² between May 12 and May 18, up from 87 km² the week before": the week before the sentence's week.
          let shiftedBack = false;
          const earlier = (!period && lastPeriod) || (periodStart && periodEnd) ? EARLIER_AFTER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 40))) : null;
          if (earlier) {
            const unit = (earlier[1] ?? earlier[2]).toLowerCase();
            // "930 drones a week earlier and 1,004 in the first week of April": a time past the relative one is the next item's.
            const laterOwn = period !== null && period.start >= mention.end + earlier[0].length && lastPeriod !== null;
            const base = periodStart && periodEnd && !laterOwn ? { start: periodStart, end: periodEnd } : lastPeriod!;
            const shifted = unit === "week" ? shiftWeek(base) : periodStart && periodEnd && !(unit === "month" || unit === "year") ? null : shiftPeriod(base, unit === "year" ? 12 : 1);
            if (shifted) {
              ({ start: periodStart, end: periodEnd } = shifted);
              shiftedBack = Boolean(period);
            }
          }
          // "… injured over the previous week. He reported two deaths in that period.": "that period" is the window of the
          // undated figure just before in the paragraph, not a period named paragraphs earlier.
          const rowBefore = rows[rows.length - 1];
          if (period?.kind === "same" && rowBefore && rowBefore.char_start >= line.start && !rowBefore.period_start && !rowBefore.period_end && /\bthat\b/.test(text.slice(period.start, period.end))) period = null;
          // "over the same period" is the period of the figure before; a part inside a total shares the total's.
          if (period?.kind === "same" && periodStart === "year") {
            // "over the year": the calendar year of the figures before.
            const y = (lastPeriod?.end || lastPeriod?.start || "").slice(0, 4);
            periodStart = y ? `${y}-01-01` : "";
            periodEnd = y ? `${y}-12-31` : "";
          } else if (period?.kind === "same" && lastOpenPeriod && /\b(?:same|that)\b/.test(text.slice(period.start, period.end))) {
            ({ start: periodStart, end: periodEnd } = lastOpenPeriod);
            // "1,050 killed since the start of the year, up from 828 in the same period of 2024 (last year)": the running
            // total's start in that year.
            const after = text.slice(period.end, Math.min(sentence.end, period.end + 30));
            const ofYear = /^\s+(?:of|in)\s+((?:19|20)\d\d)\b/.exec(after);
            if (ofYear && /^\d{4}-/.test(periodStart)) periodStart = ofYear[1] + periodStart.slice(4);
            else if (/^\d{4}-/.test(periodStart) && SAME_A_YEAR_BACK.test(after)) periodStart = yearBefore(periodStart);
            // "In the same eight months of 2024" after a total since the start of 2025: those eight months, in 2024.
            const n = sameMonths(text.slice(period.start, period.end));
            if ((ofYear || SAME_A_YEAR_BACK.test(after)) && n > 1 && /^\d{4}-\d{2}-01$/.test(periodStart)) {
              const [y, m] = periodStart.split("-").map(Number);
              periodEnd = new Date(Date.UTC(y, m - 1 + n, 0)).toISOString().slice(0, 10);
            }
          }
          else if (period?.kind === "same" && articleMonths.size && THE_MONTH.test(text.slice(period.start, period.end))) ({ start: periodStart, end: periodEnd } = mostFrequent(articleMonths));
          else if (period?.kind === "same" && lastPeriod) {
            ({ start: periodStart, end: periodEnd } = lastPeriod);
            // "in the same month last year", "the same period a year earlier": the figure before's period, a year back.
            const yearBack = SAME_A_YEAR_BACK.test(text.slice(period.end, Math.min(sentence.end, period.end + 30))) ? shiftPeriod(lastPeriod, 12) : null;
            if (yearBack) ({ start: periodStart, end: periodEnd } = yearBack);
            // "over the same three months of 2024", "in the same period of 2024": the figure before's months, in that year.
            const ofYear = /^\s+(?:of|in)\s+((?:19|20)\d\d)\b/.exec(text.slice(period.end, Math.min(sentence.end, period.end + 12)));
            if (ofYear && /^\d{4}-/.test(periodStart) && periodEnd.slice(0, 4) === periodStart.slice(0, 4)) {
              periodStart = ofYear[1] + periodStart.slice(4);
              periodEnd = ofYear[1] + endOfMonthIn(ofYear[1], periodEnd.slice(4));
            }
            // "Over the same three months" after a figure for November: the three months ending with it.
            const n = sameMonths(text.slice(period.start, period.end));
            if (n > 1 && periodEnd) {
              const [y, m] = periodEnd.split("-").map(Number);
              const first = new Date(Date.UTC(y, m - n, 1));
              periodStart = first.toISOString().slice(0, 10);
            }
          }
          // "losses since February 24, 2022, at 1,037,910 as of July 12": a total from a start to a point.
          if (period?.kind === "point") {
            const since = periods.find((p) => p.kind === "since" && p.end <= mention.start);
            if (since) periodStart = since.period_start;
          }
          // "995,130 since February 2022, including 1,070 over the past day": a part with its own daily window is that
          // day's tally, not a share of the total's period.
          if (!period && (alongWith || (prev && AVERAGE_RESTATED.test(text.slice(Math.max(sentence.start, q.start - 24), q.start)))) && prev) ({ start: periodStart, end: periodEnd } = prev.period);
          // "between 230,000 and 260,000 soldiers killed": the high end of a range is the same figure as its low end, in its period.
          if (!period && !periodStart && !periodEnd && prev && mention.range?.role === "high" && inSentence[k - 1]?.range?.role === "low" && prev.start === inSentence[k - 1].start) ({ start: periodStart, end: periodEnd } = prev.period);
          // "launched 4,070 drones in August, along with 195 missiles": an item tacked on shares the period of the figure before.
          if (!period && !periodStart && !periodEnd && prev && FAMILY_OF[prev.metric] === FAMILY_OF[metric] && ALONG_WITH_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) ({ start: periodStart, end: periodEnd } = prev.period);
          // "at least 12,456 civilians had been killed since the invasion began, and more than 28,000 injured", "89 killed
          // since January 1, including seven children, and 602 wounded": a figure of the same family coordinated after one
          // with a period, naming none itself, shares it.
          if (!period && !periodStart && !periodEnd && prev && (prev.period.start || prev.period.end) && FAMILY_OF[prev.metric] === FAMILY_OF[metric] &&
              COORDINATED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 12), q.start)) && !periods.some((p) => p.start > mention.start) &&
              // Not a total after a rate: "about 1,100 casualties a day in November, and more than 1.1 million in total".
              !IN_TOTAL_AFTER.test(text.slice(mention.end, sentence.end)) && !RATE_AFTER.test(text.slice(prev.start, q.start))) ({ start: periodStart, end: periodEnd } = prev.period);
          // "Russia has lost 1,302,470 troops since the beginning of the full-scale invasion … According to the report, Russia has
          // also lost 11,712 tanks, … 435 airplanes": the daily tally's follow-on sentence goes on with the same running total.
          if (!period && !periodStart && !periodEnd && !periods.length && ALSO_LOST_BEFORE.test(text.slice(sentence.start, q.start))) {
            // "… from February 24, 2022 to June 13, 2023 are approximately 219,170 personnel. The Russian army has also lost 3,869
            // tanks, 312 aircraft": a dated running total's span, when a figure of the sentence right before has it (the last
            // one may be a part with its own day: "…, including 640 over the past day").
            const last = rows[rows.length - 1];
            let dated = last && last.article === article.id && sentence.start - last.char_end < 8 ? last : undefined;
            if (dated && si > 0) for (let j = rows.length - 1; j >= 0 && rows[j].article === article.id && rows[j].char_start >= sentences[si - 1].start; j--) if (rows[j].period_start === "2022-02-24" && rows[j].period_end) { dated = rows[j]; break; }
            if (dated && dated.period_start === "2022-02-24" && dated.period_end) ({ period_start: periodStart, period_end: periodEnd } = dated);
            else if (lastOpenPeriod?.start === "2022-02-24") periodStart = lastOpenPeriod.start;
          }
          // "31 civilians have been killed in the region since the start of the incursion", "since the offensive began": a start
          // the sentence does not date is the one the article gives that operation ("the incursion began on August 6").
          if (!period && !periodStart && !periodEnd && !periods.length && text.slice(sentence.start, sentence.end).includes("ince") && !DAY_WINDOW_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) {
            const undated = UNDATED_EVENT_SINCE.exec(text.slice(sentence.start, sentence.end));
            if (undated) periodStart = eventStart((undated[1] ?? undated[2]).toLowerCase(), sentence.start, previousLineStart(text, line.start));
          }
          // "… the 58th since the start of Russia's full-scale invasion in February 2022. … 3,767 Ukrainians have been brought home
          // since then": "since then" starts where the last "since" or span of the sentences before starts.
          if (!period && !periodStart && !periodEnd && text.slice(mention.end, Math.min(sentence.end, nounEnd + 60)).includes("since th") && SINCE_THEN_AFTER.test(text.slice(mention.end, Math.min(sentence.end, nounEnd + 60))) && context.end > context.start) {
            const before = periodsIn(text, context.start, context.end, article.published).filter((p) => (p.kind === "since" || p.kind === "span") && p.period_start);
            if (before.length) periodStart = before[before.length - 1].period_start;
          }
          // "Between February 1 and March 10, strikes killed at least 43 civilians. Among the dead were two children.": a part
          // opening the next sentence shares the total's period.
          if (!period && !periodStart && !periodEnd && !periods.length && text.startsWith("Among", sentence.start) && AMONG_THE_LOST_BEFORE.test(text.slice(sentence.start, q.start))) {
            const total = rows[rows.length - 1];
            if (total && total.char_end <= sentence.start && total.char_start >= line.start && FAMILY_OF[total.metric] === FAMILY_OF[metric] && (total.period_start || total.period_end)) {
              periodStart = total.period_start;
              periodEnd = total.period_end;
            }
          }
          if (!period && (isPart || wholeBefore) && prev && !DAY_WINDOW_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) ({ start: periodStart, end: periodEnd } = prev.period);
          // "2,035 civilians were killed in October. Among those killed were 17 children": a part opening the next sentence
          // is set in the period of its whole, the last figure, of the same family; so is "… accounted for 640 of those
          // casualties" later in it.
          if (!period && !periodStart && !periodEnd && figures.length === 0) {
            const whole = rows[rows.length - 1];
            const pointsBack = PART_OF_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 20)));
            if (whole && whole.article === article.id && FAMILY_OF[whole.metric] === FAMILY_OF[metric] && sentence.start - whole.char_end < 8 &&
                (PARTITIVE_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60))) || pointsBack) &&
                !DAY_WINDOW.test(text.slice(mention.end, sentence.end))) {
              // Not a part with a day of its own ("This number includes 1,730 casualties that Russian forces suffered over the past day").
              // "5,638 drones had been launched, up from 1,339 in the same month last year. … shot down 4,962 of them": "of
              // them" is the sentence's first figure of the family, not a comparison after it.
              const first = pointsBack
                ? rows.find((r) => r.article === article.id && r.char_start === whole.char_start && FAMILY_OF[r.metric] === FAMILY_OF[metric]) ?? whole
                : whole;
              [periodStart, periodEnd] = [first.period_start, first.period_end];
            }
          }
          // "Over the week, Russian forces inflicted ... The breakdown was as follows:\n- North: the enemy lost up to 470 troops":
          // a bullet without a period of its own is set in the period of its block's introduction.
          if (!period && !periodStart && !periodEnd && ANY_BULLET.test(text.slice(line.start, line.end))) {
            const own = bulletPeriod(line.start);
            if (own) ({ start: periodStart, end: periodEnd } = own);
          }
          // "Over the past week, air defences shot down 11 missiles": the week the article dates elsewhere.
          if ((!period || period.kind === "same" || period.kind === "span") && datedWeek && WEEK_WINDOW.test(text.slice(sentence.start, sentence.end)) && (!period || period.kind !== "span" || (period.period_start === datedWeek.start && period.period_end === datedWeek.end))) ({ start: periodStart, end: periodEnd } = datedWeek);
          // "Russian forces occupied 3,643 km² in 2024": land occupied over a span of time was gained in it.
          // So was land occupied "over the past week" (a tally's window, which sets no period).
          // "the enemy managed to occupy 239 square kilometers last month": the verb in any tense.
          if (metric === "territory_controlled" && choice.cue && /^occup(?:ied|y|ies|ying)$/i.test(text.slice(choice.cue.start, choice.cue.end)) &&
              ((period && (SPAN_KINDS.has(period.kind) || period.kind === "relative")) || TALLY_WINDOW_AFTER.test(text.slice(mention.end, periodClause.end)) ||
                // "since the beginning of 2026, Russia has occupied 4,980 km²", "since the beginning of October": since a
                // start after the invasion's, gained.
                (period?.kind === "since" && periodStart > "2023"))) {
            metric = "territory_gained";
          }
          // "The area under Russian control grew by 4,000 sq km": a growth of land held is land gained.
          if (metric === "territory_controlled" && GREW_BY_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) metric = "territory_gained";
          // "97% of the Luhansk region had been liberated", with no span of time: a share taken is a share held.
          // A small share ("0.7% of Ukraine") is a gain whose period went unread; a share "of the territory previously captured"
          // is a share recaptured.
          if (metric === "territory_gained" && mention.unit === "percent" && q.value >= 5 && !period && !periodStart && !periodEnd &&
              !RECAPTURED_SHARE_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 80)))) metric = "territory_controlled";
          // Land held is a state at a moment: "at the end of May" or the end of the stated period.
          if (metric === "territory_controlled" && periodEnd) periodStart = "";

          // "when 15,000 died between 1979 and 1989": a figure of a time before Ukraine's independence is of another war.
          if (periodEnd && periodEnd < "1991") continue;
          if (quote === null) {
            quote = written.slice(sentence.start, sentence.end);
            occurrencesOfQuote = occurrences.get(quote);
            if (!occurrencesOfQuote) occurrences.set(quote, (occurrencesOfQuote = new Map()));
          }
          const figureText = written.slice(q.start, q.end);
          // Then by metric (a constant string) and figure words: no concatenated key to hash.
          // "Air defences shot down 20 of the 25 drones launched by Russia": the part takes the side its whole names.
          if (partDowned && partDowned.subject === "unknown" && (subject === "ukraine" || subject === "russia")) {
            const partRow = rows[rows.length - 1];
            if (partRow && partRow.metric === "drones_downed" && partRow.figure_start === partDowned.start) partRow.subject_side = subject;
            partDowned.subject = subject;
          }
          // "…, up from 828 and 3,904 in the same period of 2024": the time after the second value is the first one's too.
          if (pairedSecond && (periodStart || periodEnd)) {
            const first = figures[figures.length - 1];
            const firstRow = rows[rows.length - 1];
            if (firstRow && firstRow.figure_start === first.start && first.metric !== metric) {
              firstRow.period_start = first.period.start = periodStart;
              firstRow.period_end = first.period.end = periodEnd;
            }
          }
          let ofMetric = occurrencesOfQuote!.get(metric);
          if (!ofMetric) occurrencesOfQuote!.set(metric, (ofMetric = new Map()));
          const occurrence = ofMetric.get(figureText) ?? 0;
          ofMetric.set(figureText, occurrence + 1);
          rows.push({
            figure_id: figureId({ article: article.id, metric, unit: mention.unit, quote, figureText, occurrence }),
            article: article.id, outlet: article.outlet, published: article.published, url: article.url,
            metric, unit: mention.unit as Unit, value: q.value, value_low: q.low, value_high: q.high, qualifier: q.qualifier,
            claimant: attribution?.claimant ?? "", claimant_side: reportedSide, claimant_rule: attribution?.rule ?? "none",
            subject_side: subject, period_start: periodStart, period_end: periodEnd,
            quote, char_start: sentence.start, char_end: sentence.end,
            figure_text: figureText, figure_start: q.start, figure_end: q.end, review: "auto",
          });
          if (isCalendarMonth(periodStart, periodEnd)) {
            const month = articleMonths.get(periodStart);
            if (month) month.count++;
            else articleMonths.set(periodStart, { start: periodStart, end: periodEnd, count: 1 });
          }
          figures.push({ metric, nounEnd: partitive[k] ? mention.end : nounEnd, part: partitive[k], subject, start: mention.start, end: mention.end, unit: mention.unit, period: { start: periodStart, end: periodEnd } });
          lastFigureOf = k;
          recentUnit.set(mention.unit, { metric, at: mention.start });
          // "It was the smallest advance since March, when Russia seized 240 sq km": a time a comparison tells of is not the
          // period "over the same period" after it means.
          // A period shifted back for a comparison ("121 km² the week before") is no period later figures refer to.
          if (periodEnd && !whenPeriod && !shiftedBack && !asidePeriod) lastPeriod = { start: periodStart, end: periodEnd };
          // A "since" period has no end; it is still what "over the same period" right after it means (not "during the week").
          lastOpenPeriod = periodStart && !periodEnd ? { start: periodStart, end: "" } : periodEnd ? null : lastOpenPeriod;
          if (subject !== "unknown" && subject !== "both") {
            recent.set(metric, { side: subject, at: mention.start });
            if (metric === "drones_launched" || metric === "drones_downed") attacker = { side: subject, at: mention.start };
            else if (VICTIM_METRICS.has(metric) && metric !== "prisoners_exchanged") attacker = { side: opposite(subject), at: mention.start };
          }
        }
      }

    }

    checkInvariants(written, rows);
    return rows;
  };
}

/** Words only a belligerent uses of the other side. */
const ENEMY_WORDS = /\b(?:the\s+enemy|enemy['’]s|the\s+adversary)\b/i;
/** How far back (characters) the last belligerent speaker still claims "the enemy"'s figures. */
const ENEMY_CARRY = 3000;
/** After soldiers "lost": gone to desertion, not to death or wounds. */
const LOST_TO_DESERTION = /^\s+(?:\w+\s+){0,3}?to\s+(?:desertion|defections?|AWOL|going\s+AWOL)\b|^\s+(?:who\s+)?(?:deserted|went\s+AWOL|defected)\b/i;
/** Metrics an army counts of its enemy: aircraft hit, drones and missiles downed or launched at it. */
const ENEMY_COUNTED: ReadonlySet<string> = new Set(["aircraft_hit", "drones_downed", "drones_launched"]);
/** "and 2,700 wounded": a participle read as the counted noun, which names no people of its own. */
const BARE_LOSS_NOUN = /^(?:wounded|injured|killed|dead|missing)$/i;
/** "…, and (more than) N", "…, while N": a figure coordinated with the one before it. */
const COORDINATED_BEFORE = /(?:,\s*|\s)(?:and|while|whereas)\s+$/i;
/** "…, and N", "and wounded a further N": a loss coordinated with the one before, with or without a verb of its own. */
const COORDINATED_LOSS_BEFORE = /(?:,\s*|\s)(?:and|while|whereas)\s+(?:(?:killed|wounded|injured|maimed)\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?)?$/i;
const GROUPS_OF_BEFORE = /\b(?:groups?|teams?|squads?|pairs|waves)\s+of\s+(?:up\s+to\s+|between\s+|from\s+)?$/i;
const IN_TOTAL_AFTER = /\b(?:in\s+total|in\s+all|overall|all\s+told|altogether)\b/i;
const ALONG_WITH_BEFORE = /,\s*(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+$/i;
/** A short phrase opening a sentence before a period set off by a comma: "At its peak in …,", "For comparison, in …,", "According to X, since …,". */
const OPENING_PHRASE = /^[\s#*>_"“-]*(?:(?:At|By|As\s+of|Around|Until|Before|After)\s+(?:[a-z]+\s+){0,3}|[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+|According\s+to\s+[^,;.:]{1,60},\s+|As\s+[^,;.:]{1,40}?\s+(?:reported|said|wrote|noted)(?:\s+(?:earlier|previously))?,\s+)$/;
/** A verb of saying between a time and a figure: the time is the statement's. */
const SAYING_BETWEEN = /\b(?:said|says|say|told|tells|reported|reports|announced|announces|claimed|claims|stated|states|wrote|writes|added|noted|estimated|estimates)\b/;
/** Between a figure and the time it was set: "6,297 drones, set in July", "a high of 812, recorded in March". */
const RECORD_SET_BETWEEN = /^(?:\s+[\w-]+){0,2}\s*,\s*(?:which\s+was\s+)?(?:set|recorded|registered|reached|posted|seen)\s+(?:back\s+)?$/;
/** "during the month", "over the month": the month the article is about, not the period of the figure before. */
const THE_MONTH = /^(?:[Oo]ver|[Dd]uring|[Ii]n|[Tt]hroughout)\s+the\s+month$/;
/** The entry with the highest count, the first inserted on a tie. */
function mostFrequent<T extends { count: number }>(map: ReadonlyMap<string, T>): T {
  let best: T | undefined;
  for (const v of map.values()) if (!best || v.count > best.count) best = v;
  return best!;
}
/** Whether start..end is one whole calendar month ("2025-10-01".."2025-10-31"). */
function isCalendarMonth(start: string, end: string): boolean {
  // Character checks first: asked of every row, most of which have no period or not a month's.
  if (end.length !== 10 || start.length !== 10 || start.charCodeAt(8) !== 48 || start.charCodeAt(9) !== 49 || !end.startsWith(start.slice(0, 8))) return false;
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return Number(end.slice(8, 10)) === days;
}
/** "Le Monde", "Le Monde's calculations", "the Kyiv Post's count" (or "a count by Le Monde"): an outlet's name, then what it counted by. */
const OUTLET_COUNT = /^(?:the\s+)?(.+?)(?:['’]s?\s+(?:own\s+)?(?:calculations?|analysis|count|tally|estimates?|data|reckoning|review|investigation|research|reporting|sources))?$/i;
/** The side of a claimant that is an outlet of the outlets table: its country's (Ukraine, Russia), else a third party's. */
function outletClaimantSide(claimant: string, countries: ReadonlyMap<string, string>): ClaimantSide | null {
  // "a count by Le Monde": the outlet after "by".
  const by = /^(?:an?\s+|the\s+)?(?:count|tally|analysis|calculations?|estimates?|review)\s+by\s+(.+)$/i.exec(claimant.trim());
  const name = OUTLET_COUNT.exec(by ? by[1] : claimant.trim())?.[1].toLowerCase();
  const country = name === undefined ? undefined : countries.get(name) ?? countries.get(`the ${name}`);
  if (country === undefined) return null;
  return /^ukraine$/i.test(country) ? "ukraine" : /^russia/i.test(country) ? "russia" : "third_party";
}
/** A belligerent's own toll before its figure: "its military death toll", "an official count of its dead", "its own casualty figures". */
const OWN_TOLL_BEFORE = /\b(?:its|their)\s+(?:own\s+)?(?:official\s+|overall\s+)?(?:military\s+)?(?:death\s+toll|dead|war\s+dead|casualty\s+(?:figures|count|toll|numbers)|losses|toll)\b/;
/** Whether every nation `s` names is `side`'s ("Russia", "Russian", "Moscow", "the Kremlin" for Russia). */
function nationsOnly(s: string, side: ClaimantSide): boolean {
  const other = side === "russia" ? /\b(?:Ukrain|Kyiv|Kiev)/ : /\b(?:Russia|Moscow|Kremlin)/;
  return !other.test(s);
}
/** A source named by description only: "the statement", "the department", "the ministry's report". */
const DESCRIBED_SOURCE = /^(?:according\s+to\s+)?(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(statement|report|summary|update|briefing|bulletin|department|ministry|agency|service|data)$/i;
/** Whether a claimant can be what a description's head names: a ministry or department for those, any body for a document. */
function fitsDescription(head: string, claimant: string): boolean {
  if (head === "department" || head === "ministry") return /\b(?:[Mm]inistry|MoD|[Dd]epartment|[Dd]efen[cs]e)\b/.test(claimant);
  if (head === "agency" || head === "service") return /\b(?:[Aa]gency|[Ii]ntelligence|[Ss]ecurity\s+[Ss]ervice|SBU|HUR|GUR|FSB|NIS)\b/.test(claimant);
  return /^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*(?:[A-Z][\w'’.-]*|[Ss]taff|[Mm]inistry|[Ff]orces?|[Cc]ommand)(?:\s+(?:of|for)\s+.*)?$/.test(claimant) && !/^(?:the\s+)?(?:statement|report)$/i.test(claimant);
}
/**
 * "Russia loses another 1,060 soldiers in a day – General Staff" over "… Ukraine's General Staff reported": the nation the
 * article gives a state body no nation names, when it gives it only one.
 */
let bodyNationText = "";
const bodyNationMemo = new Map<string, ClaimantSide | null>();
function bodyNationInArticle(text: string, claimant: string): ClaimantSide | null {
  // Asked for every figure such a body claims: worked out once per article and body.
  if (text !== bodyNationText) {
    bodyNationText = text;
    bodyNationMemo.clear();
  }
  const known = bodyNationMemo.get(claimant);
  if (known !== undefined) return known;
  const found = findBodyNation(text, claimant);
  bodyNationMemo.set(claimant, found);
  return found;
}
function findBodyNation(text: string, claimant: string): ClaimantSide | null {
  const body = claimant.replace(/^the\s+/i, "").trim();
  if (!/^[A-Z][\w ]{2,40}$/.test(body)) return null;
  const name = body.replace(/\s+/g, "\\s+");
  const found = new Set<ClaimantSide>();
  const re = new RegExp(String.raw`\b(Ukraine['’]s|Ukrainian|Russia['’]s|Russian)\s+${name}\b|\b${name}\s+of\s+(?:the\s+Armed\s+Forces\s+of\s+)?(Ukraine|Russia)\b`, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.add(/^Ukrain/.test(m[1] ?? m[2]) ? "ukraine" : "russia");
  return found.size === 1 ? [...found][0] : null;
}
/** A colon and an opening quotation mark right before a phrase: 'said: "In April, …'. */
const QUOTATION_OPENING_BEFORE = /:\s*["“]$/;
/** "48,670 troops, or an average of 1,570 per day": a rate restating the figure before, over its period. */
const AVERAGE_RESTATED = /,\s*(?:or\s+)?(?:an\s+)?average\s+of\s+$/i;
// "lost more than 100,000 soldiers, killed or wounded, over the same three months": an aside of what the losses were is no gap.
/** Between two items of a list: ", ", ", and ", with the next item's qualifier. */
const LIST_ITEM_GAP = /^[\s,]*(?:and\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|roughly|another|a\s+further)\s+)?$/i;
/** "39 of them", "12 of which", "640 of those (casualties)": a part of a figure before, not an item of its own. */
const PART_OF_AFTER = /^\s+of\s+(?:them|which|whom|those|these)\b/i;
/** "the cost of demining", "reconstruction costs": a cost other than the damage. */
const COST_OF_OTHER = /\b(?:cost|costs|price|bill)\s+of\s+(?!(?:the\s+|that\s+|this\s+|Russia['’]s\s+|Moscow['’]s\s+)?(?:damage|destruction|losses|war|conflict|invasion|attacks?|strikes?|shelling|bombing|bombardment)\b)[a-z]|\b(?:reconstruction|recovery|rebuilding|demining)(?:\s+and\s+(?:reconstruction|recovery|rebuilding))?(?:\s+(?:of\s+)?(?:the\s+)?(?:country|Ukraine|infrastructure|economy|grid|cities))?\s+(?:(?:would|will|could|may|might)\s+)?(?:costs?|needs|bill)\b|\bneeds\s+for\s+(?:the\s+)?(?:reconstruction|recovery|rebuilding|repairs?)\b|\beconomic\s+losses\b|\blost\s+(?:output|revenue|income|production)\b|\brepairs?\s+worth\b|\bfinanc\w*\s+(?:the\s+)?repairs?\b/i;
/** Where the words introducing a person end: a sentence's end or the verb after the name ("…, told the Senate"). */
const INTRODUCTION_END = /[.!?](?:\s|$)|\s(?:told|said|says|spoke|speaks|asked|added|was|is|has|had)\b/;
/** After "1,000-for-1,000": the swap's noun ("exchange", "prisoner swap", "format"). */
const PER_SIDE_SWAP_NOUN = /^[\s-]*(?:(?:prisoner|prisoners|POW|PoW|body|bodies)\s+)?(?:exchanges?|swaps?|trades?|deals?|formula|format|basis)\b/i;
const IRRETRIEVABLY_AFTER = /^\s+of\s+(?:them|whom|these|those)\s+(?:were\s+)?(?:irretrievabl[ey]|irrecoverabl[ey])\b/i;
/** "(two) of the injured (later) died", "of the wounded succumbed to their injuries". */
const WOUNDED_WHO_DIED_AFTER = /^\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt)\s+(?:(?:later|subsequently|since|have|had|has)\s+)*(?:died|succumbed)\b/i;
/** Between a figure and the one it changed from: ", up from (the)", ", down from", " from (the)" right after it. */
const CHANGED_FROM = /^(?:\s+(?:in|on|during|over|by|since|this|last)\s+[\w ,.-]{1,30}?)?\s*(?:,\s*(?:up|down)\s+from|,?\s+from)\s+(?:the\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly)\s+)?$/i;
/** "Among the 95 were", "Among those 1,200 freed are": a sentence opening on a part of a number given before. */
const AMONG_THE_NUMBER = /^[\s"“]*Among\s+(?:the|those|these)\s+(\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been)\s+(?:(?:about|around|some|at\s+least|more\s+than|nearly|almost|over)\s+)?$/;
/** The metric of the figure, among the article's last rows, whose value an "Among the N were" opening names; else null. */
function amongTheNumber(text: string, sentenceStart: number, at: number, rows: readonly FigureRow[], article: string): Metric | null {
  const m = AMONG_THE_NUMBER.exec(text.slice(sentenceStart, at));
  if (!m) return null;
  const value = Number(m[1].replace(/,/g, ""));
  for (let j = rows.length - 1; j >= 0 && j >= rows.length - 12 && rows[j].article === article && sentenceStart - rows[j].char_end < 1500; j--) if (rows[j].value === value) return rows[j].metric;
  return null;
}
/**
 * "shot down four Neptune missiles, seven rockets fired from HIMARS launchers and 1,390 drones": a launch participle right
 * after an item's noun, followed by "from" or "by", says which weapons they were, when a verb before the number counts
 * them otherwise; the cues without it.
 */
function withoutWeaponDescription(text: string, cues: CueHit[], mention: NumberMention, nounEnd: number): CueHit[] {
  // The participle right after a plural noun ("rockets fired from"), not after a verb ("were fired from").
  const describes = (c: CueHit) => c.participle && c.metrics.length === 1 && c.metrics[0] === "drones_launched" && /^\s+(?:from|by)\b/.test(text.slice(c.end, c.end + 6)) &&
    (c.start >= nounEnd ? c.start - nounEnd <= 2 : /[a-z]s\s+$/.test(text.slice(Math.max(0, c.start - 12), c.start)) && !/\b(?:were|was|been|being|are|is)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)));
  const described = cues.filter(describes);
  // "shot down by two missiles fired by a Patriot system": the missiles did the shooting; they were fired.
  if (!described.length || /\bby\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start))) return cues;
  const first = described[0].start;
  if (!cues.some((o) => o.end <= Math.min(first, mention.start) && !describes(o) && o.metrics.some((m) => m !== "drones_launched"))) return cues;
  return cues.filter((c) => !describes(c));
}
/** Land named by a participle, then a verb of amounting, before a figure: "the total area liberated by the group … exceeds". */
const AREA_TALLY_BEFORE = /\b(?:area|territory|land)\s+(?:(?:that\s+)?(?:has\s+been|have\s+been|had\s+been|was|were)\s+)?(liberated|captured|seized|taken|gained|retaken|recaptured|regained|occupied|controlled|held)\b[^.;:!?]{0,100}?\b(?:exceeds|exceeded|is|was|totals|totalled|totaled|stands\s+at|stood\s+at|amounts\s+to|amounted\s+to|has\s+reached|reached|comes\s+to|came\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|approximately)\s+)?$/i;
/** A sentence opening on the comparison of the figure before: "That compares with", "This is up from", "The figure was down from". */
const COMPARED_OPENING = /^[\s"“]*(?:That|This|It|The\s+(?:figure|number|total|tally|count))\s+(?:compares|compared|is|was|marks|marked)\s+(?:(?:up|down|a\s+(?:rise|jump|increase|drop|fall|decline))\s+)?(?:with|to|from|against|on)\s+(?:the\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly|just)\s+)?$/;
/** The metric of the first figure of the sentence right before `sentenceStart`, when this sentence opens on a comparison with it. */
function comparedHeadline(text: string, sentenceStart: number, at: number, rows: readonly FigureRow[], article: string): Metric | null {
  if (at - sentenceStart > 60 || !COMPARED_OPENING.test(text.slice(sentenceStart, at))) return null;
  const last = rows[rows.length - 1];
  if (!last || last.article !== article || sentenceStart - last.char_end > 3) return null;
  let j = rows.length - 1;
  while (j > 0 && rows[j - 1].article === article && rows[j - 1].char_start === last.char_start) j--;
  return rows[j].metric;
}
/** Between the second of two coordinated figures and the first of two values they changed from: ", up from", ", compared with". */
const PAIR_CHANGED_FROM = /^(?:\s+(?:in|on|during|over|by|since|this|last)\s+[\w ,.-]{1,30}?)?\s*,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$/i;
const AND_BETWEEN = /^\s*,?\s*and\s+$/;
/** Between two coordinated figures, after the first's noun: " and ", " killed and " (a participle after the noun). */
const PAIR_AND_BETWEEN = /^(?:\s+[a-z][\w-]*){0,2}\s*,?\s*and\s+$/;
/**
 * "X killed and Y injured, up from C and D": the metric of C (of X) or of D (of Y, `second`), when the mention is one of the
 * two values joined by "and" right after the two coordinated figures of different metrics; else null.
 */
function pairedEarlierValue(text: string, figures: readonly SentenceFigure[], mention: NumberMention, next: NumberMention | undefined): { metric: Metric; second: boolean } | null {
  const n = figures.length;
  // The first value: the two figures before it are the pair, and "and" + the second value follows it.
  const [x, y] = [figures[n - 2], figures[n - 1]];
  if (next && x.metric !== y.metric && AND_BETWEEN.test(text.slice(mention.end, next.start)) && PAIR_CHANGED_FROM.test(text.slice(y.nounEnd, mention.start)) && PAIR_AND_BETWEEN.test(text.slice(x.nounEnd, y.start))) return { metric: x.metric, second: false };
  // The second value: the first value, then the pair, before it.
  if (n >= 3) {
    const [x2, y2, c] = [figures[n - 3], figures[n - 2], figures[n - 1]];
    if (c.metric === x2.metric && x2.metric !== y2.metric && AND_BETWEEN.test(text.slice(c.end, mention.start)) && PAIR_CHANGED_FROM.test(text.slice(y2.nounEnd, c.start)) && PAIR_AND_BETWEEN.test(text.slice(x2.nounEnd, y2.start))) return { metric: y2.metric, second: true };
  }
  return null;
}
const TRAILING_PERIOD_GAP = /^[\s,]*(?:(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)[\s,]+)?$/;
/** A daily or weekly tally's window after a figure: "158 sq km over the past week", "in the last 24 hours". */
// "occupied 96 square kilometres of Ukraine in a week": a window of time with no date is one too.
const TALLY_WINDOW_AFTER = /\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:day|week|month|24\s+hours|seven\s+days|7\s+days)\b)|\b(?:in|within|over)\s+(?:a|one|a\s+single)\s+(?:day|week|month)\b/i;
/** A quotation mark: "our" inside a quotation is the speaker's, not the outlet's. */
const QUOTE_MARK = /["“”]/;
/** A sentence opening on a pronoun and a verb of finding: "It suggests that", "This shows". */
const IT_FINDS = /^\W*(?:It|This)\s+(?:also\s+)?(?:suggests?|shows?|finds?|found|estimates?|puts?|indicates?)\b/;
/** A sentence opening on the outlet's own document: "Our model draws on …", "Our own analysis". */
const OUR_DOCUMENT_OPENING = /^\W*Our\s+(?:own\s+|latest\s+|new\s+)?(?:model|analysis|estimates?|count|tally|calculations?|data)\b/;
/** An outlet giving its own count: "By our estimate", "our analysis suggests", "we estimate". */
const OWN_ESTIMATE = /\b(?:[Bb]y\s+our\s+(?:own\s+)?(?:estimates?|count|calculations?|tally|reckoning)|[Oo]ur\s+(?:own\s+)?(?:estimates?|analysis|count|tally|model|calculations?|data)(?:\s*,\s*(?:which|that|based|produced|compiled|drawn|built)\s[^;.]{0,160}?,)?\s+(?:suggests?|shows?|puts?|finds?|found|showed|put|indicates?|counts?)|[Ww]e\s+(?:estimate|reckon|calculate|count|put))\b/;
/** After a figure: the period before the last figure's ("461 km² a month earlier", "in the previous year"). */
const EARLIER_AFTER = /^\s*(?:[^\s\d,;.]+\s+){0,2}?(?:(?:a|one|the)\s+(month|year|week)\s+(?:earlier|before(?=\s*(?:[,.;:)]|$)))|(?:in\s+|over\s+)?the\s+(?:previous|preceding|prior)\s+(month|year|week))\b/i;
/** The seven days before a week's ("2025-05-12".."2025-05-18" → "2025-05-05".."2025-05-11"), else null. */
function shiftWeek(p: { start: string; end: string }): { start: string; end: string } | null {
  const start = Date.parse(p.start + "T00:00:00Z");
  const end = Date.parse(p.end + "T00:00:00Z");
  if (!(end - start === 6 * 86_400_000)) return null;
  const day = (t: number) => new Date(t - 7 * 86_400_000).toISOString().slice(0, 10);
  return { start: day(start), end: day(end) };
}
/** After "the same month": "last year", "a year earlier", "of the previous year". */
const SAME_A_YEAR_BACK = /^\s*(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:of|in)\s+(?:the\s+)?(?:previous|preceding|last)\s+year)\b/i;
/** A whole month or year `months` months before `p` ("2026-11-01".."2026-11-30" → October); any other span a year back when `months` is 12; else null. */
function shiftPeriod(p: { start: string; end: string }, months: number): { start: string; end: string } | null {
  const m = /^(\d{4})-(\d{2})-01$/.exec(p.start);
  // "between January 1 and October 25, 2026, compared with 3,490 over the same period last year": any span, a year back.
  if (!m && months === 12 && /^\d{4}-\d{2}-\d{2}$/.test(p.start) && /^\d{4}-\d{2}-\d{2}$/.test(p.end)) return spanYearBefore(p);
  if (!m || !p.end) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const isYear = mo === 0 && p.end === `${y}-12-31`;
  const isMonth = new Date(Date.UTC(y, mo + 1, 0)).toISOString().slice(0, 10) === p.end;
  if (isYear) return months === 12 ? { start: `${y - 1}-01-01`, end: `${y - 1}-12-31` } : null;
  if (!isMonth) return months === 12 ? spanYearBefore(p) : null;
  const first = new Date(Date.UTC(y, mo - months, 1));
  const last = new Date(Date.UTC(y, mo - months + 1, 0));
  return { start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10) };
}
/**
 * A span a year back: a span inside one year moves whole ("January 1 to October 25"); a running total over years keeps its
 * start and ends a year earlier ("damage between February 2022 and December 2025 at $183bn, up from $152bn a year earlier").
 */
function spanYearBefore(p: { start: string; end: string }): { start: string; end: string } {
  return p.start.slice(0, 4) === p.end.slice(0, 4) ? { start: yearBefore(p.start), end: yearBefore(p.end) } : { start: p.start, end: yearBefore(p.end) };
}
/** The same day a year before (29 February becomes the 28th). */
function yearBefore(day: string): string {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${y}-${md}`;
}
/** A clause opened by a participle of taking, hitting or killing, up to its figure: ", capturing 725 km²". */
const HARM_PARTICIPLE = /^\s*,\s*(?:killing|injuring|wounding|leaving|causing)\b[^;:.]*$/i;
const PARTICIPLE_CLAUSE = /^[\s,]*(?:capturing|seizing|taking|gaining|occupying|killing|injuring|wounding|downing|destroying|launching|firing|shooting\s+down|hitting|striking|damaging|liberating|retaking|recapturing)\s[^,;]*$/i;
const NEAR_PLACES_BEFORE = /\b(?:near|nearby|towards?|around|outside|approaching|close\s+to|on\s+the\s+(?:outskirts\s+of|approaches\s+to)|in\s+the\s+direction\s+of)\s+$/i;
const OF_THEM_AFTER = /^\s+of\s+(?:them|those|these|whom)\b/i;
/** "35 of them", "two of the missiles", "all but three of the 40 drones": a part of weapons named before. */
const OF_LAUNCHED_AFTER = /^\s+of\s+(?:them|those|these|the\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:drones|missiles|UAVs))\b/i;
/** A sentence opening on the whole its figures are parts of: "Of the roughly ", "Among the ". */
/** "-MM-DD" of a period's end moved to `year`: the last day of that month in that year ("-02-29" in a year without one is "-02-28"). */
function endOfMonthIn(year: string, monthDay: string): string {
  const [m, d] = monthDay.slice(1).split("-").map(Number);
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return `-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
/** Right after a part: "of which were", "of them had been" (and adverbs), before the part's own verb. */
const OF_WHICH_AFTER = /^\s+of\s+(?:which|them|whom|these|those)\s+(?:were|was|had\s+been|have\s+been|are|got)\s+(?:(?:reportedly|later|successfully|either|subsequently)\s+)?/i;
const OF_THE_OPENING = /^\s*(?:Of|Among)\s+(?:the|these|those|its|their|some)\s+(?:[a-z]+\s+){0,2}$/;
/** A bound that may stand between a verb and the count it governs ("convicted at least 170"), to the count's start. */
const BOUND_BEFORE_COUNT = String.raw`(?:(?:at\s+least|about|some|around|nearly|more\s+than|over)\s+)?$`;
/** Fire the tables do not count: shells, rounds, strikes, attacks. */
const UNCOUNTED_FIRE = /^(?:shells|rounds|munitions|mortars|bombs|strikes|attacks|times|shellings|assaults)$/i;
/** Prisoners held or tried: "convicted at least 170", "sentenced 12", "is holding 8,000". */
/** Verbs of trying people in court. */
const TRIED = "convicted|sentenced|tried|charged|indicted|prosecuted|jailed|imprisoned";
const TRIED_BEFORE = new RegExp(String.raw`\b(?:${TRIED})\b[^.;\d]{0,24}$`, "i");
const HELD_OR_TRIED_BEFORE = new RegExp(String.raw`\b(?:${TRIED}|tortured|executed|holding|holds|held|detaining|detains|interrogated)\s+${BOUND_BEFORE_COUNT}`, "i");
const TAKEN_PRISONER = /^\s+(?:prisoners?|captives?|POWs?)\b/i;
const CAPTURED_BEFORE = new RegExp(String.raw`\b(?:captured|capturing|capture|captures|detained|detaining)\s+${BOUND_BEFORE_COUNT}`, "i");
const TOOK_BEFORE = /\b(?:took|taken|take|takes|taking)\s+(?:[a-z]+\s+){0,2}$/i;
const ARMY_SIZE = /\b(?:active(?:[-\s]duty)?|standing)\b/i;
/** Participles that report or estimate what follows ("were reported killed", "are believed dead"), not what was done. */
const REPORTING_PARTICIPLE = /^(?:reported|confirmed|believed|feared|thought|known|estimated|listed|recorded|registered|presumed|assumed|declared|counted|found|identified|said|expected|understood)$/i;
const OWN_PASSIVE = /^\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+([a-z]+ed)\b/;

/** ", or 18.7%", ", i.e. 40%", "19% of the country's territory, or some 115,000 km²": the figure after restates the one before in another unit. */
const RESTATED = /^(?:[^,;:.()\d]{1,50}?,\s*|\s*,?\s*)(?:or|i\.e\.|that\s+is)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
/** Between an area and a share of land set off after it: " since January, ". */
// ", an area of nearly 125,000 square kilometres" names what the area is.
const SHARE_APPOSITION = /^[^,;:.()\d]{0,50}?,\s*(?:(?:an?\s+)?(?:area|territory|expanse)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?)?$/i;
/** Between a land figure and a settlements count coordinated with it: "of the Kursk region and ". */
const LAND_AND_SETTLEMENTS = /^(?:\s+(?:of|in)\s+[^,;:.()\d]{0,60}?)?\s*,?\s*(?:and|as\s+well\s+as|plus)\s+$/i;
/** "servicemen remain in Russian prisons", "soldiers in captivity": people held, not a force deployed. */
const HELD_WHERE = /\b(?:captivity|prisons?|custody|detention|jails?|hospitals?|camps?)\b/i;
/** Before a troop count: the force it backs ("backed by some 12,000 North Korean soldiers"). */
const BACKED_BY_BEFORE = /\b(?:backed|supported|reinforced|bolstered|joined|aided|helped)\s+by\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$/i;
/** After a troop noun with no verb: where the force stands ("inside Ukraine", "on the front", "in Russia's Kursk region"). */
const TROOPS_WHERE = /^\s+(?:(?:(?:are|were|is|was)\s+(?:currently\s+|still\s+|now\s+|already\s+|reportedly\s+)?)?(?:in|inside|on|at|along|near|across|within)(?:\s+(?:and|or)\s+(?:around|near))?\s+(?:the\s+)?(?:front(?:line|\s+line|\s+lines)?\b|(?:area|region|sector|direction|zone|border\s+(?:area|region))\b|[A-Z])|(?:(?:are|were|is|was)\s+)?(?:currently\s+|still\s+|now\s+)?(?:fighting|serving|stationed|based|massed|operating|active|present|remain(?:s|ed|ing)?)\s+(?:(?:deployed|stationed)\s+)?(?:in|on|at|along|near|inside|around|across)\b|to\s+(?:Russia|Ukraine|the\s+front(?:line)?)\b)/;
/** Verbs of finding the dead: "recovered", "pulled (from the rubble)". */
const BODIES_FOUND = /\b(?:recovered|found|pulled|retrieved|discovered|unearthed|exhumed)\b/i;
/** After a count of people: in a force's service ("under arms", "serving in the army", "taking part in the operation"). */
const IN_SERVICE_AFTER = /^\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+(?:currently\s+|still\s+|now\s+|already\s+)?)?(?:under\s+arms\b|serving\s+(?:in|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|armed\s+forces|forces|military|ranks|troops|navy)\b|(?:taking|take|took|taken)\s+part\s+in\s+(?:["“]?[\w'’-]+\s+){0,8}?["“]?(?:special\s+military\s+)?(?:operation|war|fighting|hostilities|invasion|offensive|assault|combat)\b|(?:involved|engaged|participating)\s+in\s+(?:[\w'’-]+\s+){0,6}?(?:operation|war|fighting|hostilities|invasion|offensive|combat)\b)/i;
/** A count of people who may be a force's troops when in its service: "people", "men", "Ukrainians". */
const FORCE_PEOPLE = /^(?:people|persons|men|Ukrainians|Russians)$/i;
/** "the (total) number of <what is counted> at", right before its number: the counted phrase. */
/** The verb closing "the number of X rose (to)": "rose", "has climbed", "increased". */
const NUMBER_OF_VERB = /\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|increased|grown|grew|jumped|soared|reached|fell|fallen|dropped|stands|stood)$/i;
const NUMBER_OF_AT = /\bnumber\s+of\s+([^,.;:\d]{1,100}?)\s+(?:at|to)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|at\s+least|an\s+estimated|approximately)\s+)?$/i;
/** A nation on a counted phrase: group 1 Ukraine's, else Russia's (North Korea fights on Russia's side). */
const FORCE_NATION = /\b(?:(Ukrainian|Ukraine['’]s)|Russian|Russia['’]s|North\s+Korean)\b/;
/** A counted phrase that is a force where it stands ("North Korean troops in Russia"), not people a verb counts ("soldiers killed"). */
const FORCE_PHRASE = /^(?:[\w-]+\s+){0,3}?(?:troops|soldiers|servicemen|personnel|forces)\b(?:\s+(?:in|inside|near|on|along|deployed|stationed|massed|fighting)\b.*)?$/i;
/** An attack or advance "with" a force, right before its number. */
const ATTACKING_WITH_BEFORE = /\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|offensive|push(?:es|ed|ing)?|invad(?:e|es|ed|ing)|storm(?:s|ed|ing)?)\b[^.;:]{0,60}?\bwith\s+(?:(?:about|around|some|roughly|up\s+to|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?$/i;
/** A span of time that "brought" a side land, right before the area. */
const BROUGHT_SIDE_BEFORE = /\b(?:brought|gave|handed)\s+(?:Russia|Moscow|Russian\s+(?:forces|troops)|Ukraine|Kyiv|Ukrainian\s+(?:forces|troops))\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|just\s+over|at\s+least)\s+)?$/;
/** The size of a force, right before its number: "a contingent of", "the grouping near Kupiansk numbers around". */
/** Metrics of land, whose units are areas and shares, never counts. */
/** A verb of holding right before a number: "controls 82", "held some 40". */
const HOLDS_BEFORE = /\b(?:control(?:s|led|ling)?|hold(?:s|ing)?|held)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$/;
const BRITAIN = /^(?:united\s+kingdom|uk|britain|great\s+britain)$/i;
/** The names a British paper gives its own defence ministry. */
const BRITISH_MINISTRY = /^(?:the\s+)?(?:MoD|MOD|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)$/i;
/** "86% of the territory previously captured by the enemy", "of the land Ukraine had seized": a share won back. */
const RECAPTURED_SHARE_AFTER = /^\s+of\s+(?:the\s+)?(?:territory|territories|land|area)\s+(?:(?:previously|once|earlier|that|which)\s+)?(?:[\w'’-]+\s+){0,2}?(?:captured|seized|occupied|taken|held)\b/i;
/** "the number of Russian troops inside Ukraine had risen to about": a force's size, its noun before the number. */
const NUMBER_OF_FORCE = /\bnumber\s+of\s+(?:(?:Russian|Ukrainian|North\s+Korean|Wagner|enemy|foreign)\s+)?(?:troops|soldiers|servicemen|personnel|forces|fighters|mercenaries)\b(?:(?!\b(?:killed|dead|died|deaths|wounded|injured|lost|losses|casualties|captured|missing)\b)[^.;:]){0,60}?\b(?:risen|rose|grown|grew|increased|reached|stands|stood|climbed|totals|totalled|totaled|at)\s+(?:to\s+|at\s+|between\s+)?(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to|an\s+estimated)\s+)?$/i;
/** The rest of a clause, then a part set off by commas, right before a period: " wounded, among them 10 children, ". */
const PART_ASIDE_BEFORE_PERIOD = /^[^.;:,]*,\s+(?:among\s+them|among\s+whom|including|of\s+whom|of\s+them)\s+[^,;:.]*,\s*$/i;
/** An operation whose start an article may date elsewhere, and the words that own it ("the", "its", "Kyiv's"). */
const EVENT_NOUN = String.raw`(?:incursion|offensive|counter-?offensive|operation|campaign|assault|fighting|battle)`;
const OWNER = String.raw`(?:the|its|their|this|Ukraine['’]s|Kyiv['’]s|Russia['’]s|Moscow['’]s)`;
const OWNER_OR_ARTICLE = String.raw`(?:${OWNER}|his|a|an)`;
/** "since the start of the incursion", "since the offensive began": an operation's start the clause does not date. */
const UNDATED_EVENT_SINCE = new RegExp(String.raw`\b[Ss]ince\s+(?:the\s+(?:start|beginning|launch|outbreak)\s+of\s+${OWNER}\s+(?:[\w-]+\s+){0,2}?(${EVENT_NOUN})\b(?!\s+(?:on|in)\s+(?:early\s+|mid-|late\s+)?(?:\d|[A-Z][a-z]+\s+\d))|${OWNER}\s+(?:[\w-]+\s+){0,2}?(${EVENT_NOUN})\s+(?:began|started|was\s+launched|got\s+under\s*way)\b(?!\s+(?:on|in)\s))`);
/** A day or month an operation began on: "August 6", "Aug. 6, 2024", "6 August", "early June 2023". */
const EVENT_DATE = String.raw`${MONTH_RE}\s+\d{1,2}\b(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_RE}(?:\s+\d{4})?|(?:early\s+|mid-|late\s+)?${MONTH_RE}(?:\s+\d{4})?`;
/** A "since" that names a day or month, not a weekday or "last year". */
const EXPLICIT_DAY = new RegExp(String.raw`^[Ss]ince\s+(?:${EVENT_DATE})`);
/** Between a tally's time and its value: ", amount to", " stand at", " have reached", " are". */
const TALLY_VERB_BETWEEN = /^\s*,?\s+(?:amount(?:s|ed)?\s+to|(?:now\s+)?stand(?:s)?\s+at|stood\s+at|total(?:s|led|ed)?|(?:is|are|was|were)(?:\s+now)?|(?:has|have|had)\s+(?:reached|exceeded|surpassed|risen\s+to|climbed\s+to)|reached|exceeded|rose\s+to|climbed\s+to)\s+$/;
/** A tally's noun right before its time: "Russia's losses since …", "the death toll since …". */
const TALLY_NOUN_END = /\b(?:losses|toll|number|total|tally|casualties|count|gains?)\s+$/;
/** A verb inside list items ("2,100 were former prisoners …, and 412 died since August 2024"): the items are clauses, not nouns. */
const VERB_IN_ITEMS = /\b(?:were|was|are|is|had|have|has|been|died|killed|wounded|injured|recruited|captured|destroyed|shot|downed|launched)\b/i;
/** "since then", "since that time" after a figure: a start the sentences before name. */
const SINCE_THEN_AFTER = /\bsince\s+(?:then|that\s+(?:time|date|day))\b/i;
/** Words of what may come, between a figure and a time after it. */
const MAY_COME_BETWEEN = /\b(?:could|will|would|may|might|(?:plans?|planning|intends?|intending|aims?|aiming|threatens?|threatening|expects?|expected|prepares?|preparing)\s+to)\s/;
/** People mobilised, right after their noun: "have been drafted", "had been called up", "were mobilised". */
const MOBILISED_AFTER = /^\s+(?:(?:have|has|had)\s+(?:already\s+)?been|were|are|being)\s+(?:drafted|called\s+up|mobili[sz]ed)\b/i;
/** "(people were) taking part in the rescue operation": an operation of rescue, search or relief. */
const CIVIL_OPERATION_AFTER = /^\s+(?:[a-z]+\s+){0,3}?(?:taking\s+part|took\s+part|involved|participating|participated|engaged)\s+in\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:rescue|search|relief|recovery|evacuation|clean-?up|firefighting|humanitarian)\b/i;
/** "talks on a further exchange of", "a proposed swap of": an exchange not yet made. */
const SWAP_TO_COME_BEFORE = /\b(?:talks|negotiations|discussions|proposals?|possible|potential|future)\s+(?:on|for|about|of)?\s*(?:a\s+|an\s+|the\s+)?(?:further\s+|new\s+|another\s+|possible\s+|large\s+)?(?:exchange|swap|prisoner\s+swap|prisoner\s+exchange)\s+(?:of|involving)\s+(?:(?:about|around|some|up\s+to|more\s+than|over|nearly)\s+)?$/i;
/** After soldiers (and a list of equipment): "were destroyed", "had been destroyed". */
const DESTROYED_PASSIVE_AFTER = /^(?:\s*,\s*(?:and\s+)?(?:[\w-]+\s+){0,5}?[\w-]+|\s+and\s+(?:[\w-]+\s+){0,5}?[\w-]+)*\s+(?:were|had\s+been|have\s+been|was)\s+(?:also\s+)?(?:destroyed|eliminated)\b/i;
/** People taken prisoner, after their noun: "were captured alive", "had been taken prisoner". */
const CAPTURED_AFTER = /^\s+(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:captured|taken\s+(?:prisoner|captive)|detained)\b/i;
/** A grave or site that held, or teams that found, the remains: "held the remains of", "exhumed the remains of". */
const REMAINS_FOUND_BEFORE = /\b(?:held|holds|contained|contains|found|exhumed|discovered|recovered|unearthed|uncovered)\s+(?:the\s+)?remains\s+of\s+(?:(?:about|around|some|at\s+least|more\s+than|nearly)\s+)?$/i;
/** A combatant's claim of its own operations: a ministry that shot down or took something is a belligerent's, not London's. */
const COMBATANT_CLAIM = /\b(?:shot\s+down|downed|intercepted|destroyed|repelled|repulsed|liberated|captured|took\s+control|eliminated|neutrali[sz]ed)\b/i;
/** Any "number of … killed/injured" toll, anywhere before the figure. */
const NUMBER_OF_ANY_TOLL = /\b(?:number|toll|count)\s+of\s+(?:[\w-]+\s+){0,3}?(killed|dead|deaths|injured|wounded)\b/gi;
/** Handing over after the bodies: "had also been repatriated", "were handed over", "returned to Ukraine". */
const BODIES_HANDED_AFTER = /\b(?:repatriat\w+|hand(?:s|ed|ing)?\s+(?:over|back)|returned\s+to\s+(?:Ukraine|Russia|Kyiv|Moscow|their\s+(?:families|homeland))|exchang\w+|swap\w*)\b/i;
/** A call-up's words: a draft of conscripts is no force sent. */
const DRAFT_WORD = /\b(?:decree|draft|call(?:s|ed|ing)?\s+up|call-up|conscription)\b/i;
const TERRITORY_METRICS: ReadonlySet<string> = new Set(["territory_gained", "territory_controlled"]);
const FORCE_SIZE_BEFORE = /\b(?:contingent|grouping|garrison|(?:military|invasion|strike|assault)\s+force|forces|force|army|armed\s+forces)\s+(?:(?:in|near|around|at|on|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:now|currently|still)\s+)?(?:of|numbers|number|numbering|totals|totalling|totaling|comprises|comprising|(?:is\s+)?estimated\s+at|stands\s+at)\s+(?:(?:about|around|some|roughly|up\s+to|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|approximately)\s+)?$/i;
/** "grew by", "increased by": a change of what is held. */
const GREW_BY_BEFORE = /\b(?:grew|grown|grows|increased|expanded|rose|risen|widened)\s+by\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly|another|a\s+further)\s+)?$/i;
/** "dropped 120 bombs": weapons dropped (a number that "dropped to" has no noun of a weapon). */
const DROPPED_BEFORE = /\b(?:dropped|drops|dropping)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$/i;
/** Before a weapon count: the attack made with it ("struck Russian refineries with", "attacked Kyiv overnight using"). */
const ATTACK_WITH_WEAPONS_BEFORE = /\b(?:struck|strikes|striking|attack|attacked|attacks|attacking|targeted|targeting|hit|hitting|pounded|bombarded|shelled)\b[^.;:]{0,60}?\b(?:with|using)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|a\s+total\s+of)\s+)?$/i;
/** After a weapon noun: it struck ("Two missiles struck the city centre", "the two missiles hit"). */
const WEAPONS_STRUCK = /^\s+(?:(?:had|have|has)\s+)?(?:(?:also|reportedly|later)\s+)?(?:struck|hit|slammed\s+into|smashed\s+into|crashed\s+into|rained\s+down)\b/i;
/** Before a count of people: the nation an offensive cost them ("cost Russia 100,000 men"). */
const COST_NATION_PEOPLE_BEFORE = /\bcost(?:s|ing)?\s+(?:the\s+)?(?:Ukraine|Kyiv|Russia|Moscow|the\s+Kremlin)(?:['’]s\s+(?:army|forces|military))?\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|up\s+to)\s+)?$/;
/** Before a weapon count: its hits counted ("Hits by three missiles and 33 attack UAVs"). */
const HITS_BY_BEFORE = /\b(?:hits|impacts)\s+(?:by|of|from)\s+[^.;:()\d]{0,50}?(?:\d[\d,]*\s+[^.;:()\d]{0,40}?(?:,|\band)\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$/i;
/** Before a weapon count: a place struck by it ("was hit by two ballistic missiles"). */
const STRUCK_BY = /\b(?:hit|struck|targeted|pounded)\s+by\s+$/i;
/** A sentence opening on a group just counted and what it held: "The group included", "Those freed comprised". */
const GROUP_INCLUDED = /^[\s"“]*(?:(?:[^.;:"“]{0,120}?\b(?:said|says|reported|added|noted|stated|announced)\s+(?:that\s+)?(?=[a-z]))?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+(?:(?:latest|last|first|second|third|new)\s+)?(?:group|swap|exchange|batch|released|freed|returned|list)\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of|was\s+made\s+up\s+of|were|are)|Among\s+(?:them|those|these)(?:\s+(?:freed|released|returned|exchanged|swapped))?\s*,?\s+(?:were|are)|Of\s+(?:them|those|these)(?:\s+(?:freed|released|returned|exchanged|swapped))?\s*,)\b[^.;:]*$/;
/** People a group is made of (soldiers, civilians, servicemen, ...). */
const PEOPLE_GROUP = /^(?:soldiers|civilians|servicemen|servicewomen|service\s+members|troops|fighters|defenders|officers|marines|guardsmen|border\s+guards|women|men|children|medics|people|prisoners|POWs|citizens)$/i;
const THE_FIGURE_WAS = /\b(?:the|that|this|its|a)\s+(?:(?:previous|earlier|new|latest|overall|total|official|final)\s+)?(?:figure|number|total|tally|count|estimate|record)\s*(?:,|\s(?:was|is|stood\s+at|stands\s+at|had\s+been|has\s+been|would\s+be|was\s+put\s+at))\s*$|\b(?:the|that|this|its)\s+(?:(?:previous|earlier|new|latest|overall|total|official|final)\s+)?(?:figure|number|total|tally|count|estimate)\s+(?:(?:had|has|have|was|were|is)\s+)?(?:been\s+)?(?:later\s+|since\s+|then\s+)?(?:rose|risen|climbed|grew|grown|jumped|increased|fell|fallen|dropped|corrected|revised|raised|lowered|updated|adjusted)(?:\s+(?:up|down|upwards?|downwards?))?\s+to\s*$|\b(?:put|puts|putting|placed|places)\s+(?:the|that|this|its|their)\s+(?:(?:previous|earlier|new|latest|overall|total|official|final|own|monthly)\s+)?(?:figure|number|total|tally|count|estimate)(?:\s+(?:for|in|of)\s+[^,.;:\d]{1,30}?)?(?:\s+(?:much\s+|slightly\s+|far\s+|a\s+little\s+)?(?:lower|higher))?,?\s+at\s*$/i;
/** Words of the rules that give a figure with no verb cue in the sentence (a sentence with none of them is skipped). */
const VERBLESS_FIGURE = /\b(?:brought|among|cost|costs|costing|attack|hits|impacts|troops|soldiers|servicemen|service\s+members|personnel|forces|force|contingent|grouping|garrison|army|fighters|figure|number|total|tally|count|estimate|record|struck|hit|dropped|drops|dropping|settlements|villages|towns|localities|under\s+arms|serving|participating|involved|engaged|bodies)\b/i;
const LIST_ITEM_SPLIT = /(?<!\d),(?!\d)|\s+and\s+(?=\d)/;
const OPENS_WITH_NUMBER = /^(?:and\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;
/**
 * Whether a gap is only comma-separated items that each open with a number ("9,693 tanks, 1,033 air defense systems, ");
 * after a number its first piece is that number's own noun (" aircraft, 283 helicopters, ... have been ").
 */
/** Words that frame a list's total before its first item: "a total of", "in all". */
const LIST_LEAD = /^(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall)\s+/i;
function isNumberList(gap: string, afterNumber: boolean): boolean {
  if (/[;:.!?()]/.test(gap)) return false;
  const pieces = gap.split(LIST_ITEM_SPLIT);
  if (pieces.length < 2) return false;
  for (let n = 0; n < pieces.length; n++) {
    // "destroyed a total of 658 aircraft, 283 helicopters and 38,418 drones": a total's frame opens the first item.
    const piece = n === 0 ? pieces[n].trim().replace(LIST_LEAD, "") : pieces[n].trim();
    if (n === 0 && afterNumber) continue;
    if (piece === "" || (n === pieces.length - 1 && piece === "and")) continue;
    if (!OPENS_WITH_NUMBER.test(piece)) return false;
  }
  return true;
}
/** Between two list items, the first ending with a name ("1 Iskander-M and 102 drones"). */
const NAMED_ITEM_SEPARATOR = /^\s+[A-Z][\w\/-]*(?:\s+[A-Z][\w\/-]*)*\s*(?:,\s*(?:(?:and|or|plus)\s+)?|(?:and|or|plus)\s+)$/;
/** A day's change in brackets after a total: "11,402 tanks (+3)". */
const DELTA_MARK = /\s*\(\s*[+\u2212-]\s*\d[\d,]*\s*\)/g;
/** "U.S.", "U.K.", "E.U.": capitals with dots. */
const DOTTED_ABBREVIATION = /\b(?:[A-Z]\.){2,}/g;
/** A breakdown opening after a figure: a colon or dash with a few words before it ("were shot down: ", "at Ukraine – "),
 * or after the speaker's words ("at Ukraine overnight, the air force said: "). */
const BREAKDOWN = /^[^.;!?:\u2013\u2014\u2012\u2015\d]{0,40}?\s*[:\u2013\u2014\u2012\u2015]\s*$|^[^.;!?:\u2013\u2014\u2012\u2015\d]{0,40}?,\s*[^.;!?:\u2013\u2014\u2012\u2015\d]{2,60}?\s(?:said|says|reported|reports|announced|stated|added)\s*[:\u2013\u2014\u2012\u2015]\s*$/;
/** The side whose losses a list's introduction names: "Ukrainian losses", "Russia's casualties", "the enemy's losses". */
const LOSSES_OF = /\b(Ukrainian|Ukraine['’]s|Russian|Russia['’]s|enemy(?:['’]s)?)\s+(?:(?:total|combat|military|personnel|overall|estimated|confirmed|documented|reported|irrecoverable|human|aircraft|equipment|army|troop|daily|weekly|monthly)\s+){0,2}(?:losses|casualties)\b/i;
/** A nation's name or adjective: words of a bullet that name a side of their own. */
const NATION_IN = /\b(?:Ukrain|Russia|Kyiv|Moscow|enemy)/i;
/** A bullet line's mark and nothing else before its first figure ("- 4 Iskander-M missiles ..."). */
const BULLET = /^\s*(?:-{1,2}|[•*\u2013\u2014\u2012\u2015▪●◦])\s+$/;
/** A bullet line opening with its figure ("- 8 Kh-101 cruise missiles launched from ..."). */
const NUMBER_BULLET = /^\s*(?:-{1,2}|[•*\u2013\u2014\u2012\u2015▪●◦])\s+(?:["“]?(?:the\s+)?[A-Z][^:\n\d]{0,40}:\s+)?(?:[a-z]+\s+){0,3}\d/;
/** A bullet's mark and a short capitalised label before its figure ("- Battlegroup West: up to 3,160 servicemen"). */
const BULLET_LABEL = /^\s*(?:-{1,2}|[•*\u2013\u2014\u2012\u2015▪●◦])\s+["“]?(?:the\s+)?[A-Z][^:\n\d]{0,40}:\s+$/;
/** Any bullet line: the items of a block under an introduction. */
const ANY_BULLET = /^\s*(?:-{1,2}|[•*\u2013\u2014\u2012\u2015▪●◦])\s+\S/;
/** Period kinds that cover a span of time (not a point). */
const SPAN_KINDS: ReadonlySet<string> = new Set(["year", "month", "span", "first", "quarter", "days", "ytd", "months", "season"]);
/** A day's window anywhere after a figure: "over the past day", "in the last 24 hours". */
// "including 105 on the night of 5 July alone": one dated night inside a month's total is that night's tally too.
const DAY_WINDOW = /\b(?:(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)|on\s+the\s+night\s+of)\b/;
/** A daily window right after a figure (and its noun): "1,070 over the past day", "40 troops in the last 24 hours". */
const DAY_WINDOW_AFTER = new RegExp(String.raw`^(?:\s+[a-z-]+){0,3}?\s+` + DAY_WINDOW.source);

/** A reporting week named without dates: "over the past week", "over the week", "in the last week". */
const WEEK_WINDOW = /\b(?:over|in|during|for|within)\s+the\s+(?:(?:past|last|previous)\s+)?week\b/i;

/** The week an article dates once ("over the past week, from December 14 to 20", "last week (Dec. 14-20)"): a span of
 * at most eight days right after a week phrase; null when there is none, or two that differ. */
function datedWeekOf(text: string, published: string): { start: string; end: string } | null {
  if (!text.includes("week")) return null;
  let found: { start: string; end: string } | null = null;
  const re = /\bweek\b[\s,(]*(?=[Ff]rom|[Bb]etween)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const span = periodsIn(text, at, Math.min(text.length, at + 60), published).find((p) => p.start === at && p.kind === "span");
    if (!span) continue;
    const days = (Date.parse(span.period_end) - Date.parse(span.period_start)) / 86400000;
    if (!(days >= 0 && days <= 8)) continue;
    if (found && (found.start !== span.period_start || found.end !== span.period_end)) return null;
    found = { start: span.period_start, end: span.period_end };
  }
  return found;
}

/** Between a figure of land or a share and a bare number stated in its unit: a list joint or a comparison, no figure words. */
const ELIDED_UNIT_GAP = /^(?:[^\d;:()]|\b(?:19|20)\d\d\b|\([A-Z][A-Za-z]{1,7}\)){0,160}?(?:,|\band|\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from|\bversus|\bvs\.?|\bagainst|\bthan(?:\s+the)?|\bfrom)\s+(?:(?:more\s+than|less\s+than|fewer\s+than|over|under|about|around|roughly|nearly|almost|some|just|only|a\s+further|another)\s+)?$/i;
/** What may follow such a bare number: the end of its clause or a phrase of time, not a verb or noun of its own. */
const ELIDED_UNIT_AFTER = /^(?:\s*(?:[,.;)]|$)|\s+(?:in|during|over|for|by|last|since|the\s+(?:previous|same|month|year|week)|a\s+(?:month|year|week)|earlier|previously|before|a\s+year\s+earlier)\b)/i;
/** The part of a sentence between the contrasts ("while", "but", ";") around `at`: one side's claim of a contrasted pair. */
function contrastSegment(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of contrastBounds(text, sentence)) {
    if (b <= at && b > start) start = b;
    else if (b > at && b < end) end = b;
  }
  if (start === sentence.start && end === sentence.end) return sentence;
  // Only a contrast of two claims: the other half has words of saying of its own ("while Russia claimed ...").
  const other = text.slice(sentence.start, start) + " " + text.slice(end, sentence.end);
  return OTHER_CLAIM.test(other) ? { start, end } : sentence;
}
/** Words of saying: the other half of a contrasted sentence is a claim of its own. */
const OTHER_CLAIM = /\b(?:said|says|claimed|claims|reported|reports|stated|states|insisted|insists|according\s+to)\b/i;

/**
 * "… the General Staff of the Armed Forces of Ukraine said in its morning update", "This is according to the Defence
 * Ministry's daily briefing": a report of a body's regular bulletin. An article that opens on one retells that bulletin,
 * so its later figures that name no source of their own are the bulletin's.
 */
const BULLETIN_KIND = "(?:daily|morning|evening|nightly|weekly|latest|regular|operational|official|intelligence|situation)";
/** Its bulletin's noun: owned ("its morning update", "the ministry's daily briefing"), of a kind ("the morning report"), or named ("the General Staff summary"); not a bare "the report". */
const BULLETIN_NOUN = new RegExp(`\\b(?:(?:its|their|[A-Z][\\w-]*['’]s)\\s+(?:${BULLETIN_KIND}\\s+){0,2}|(?:the|a|an)\\s+(?:${BULLETIN_KIND}\\s+){1,2}|[A-Z][\\w-]*\\s+)(?:report|update|summary|bulletin|briefing|sitrep)\\b(?!\\s+(?:said|says|that)\\b)`);
/** The lead paragraph: the first line among an article's first lines that is a paragraph of sentences, not a headline or byline. */
function leadParagraphOf(text: string): Span | null {
  let start = 0;
  for (let n = 0; n < SOURCE_LINE_WINDOW && start < text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end - start >= 100 && /[.!?]["”’)]*\s*$/.test(text.slice(Math.max(start, end - 4), end))) return { start, end };
    start = end + 1;
  }
  return null;
}

/** The line "Source: …" among an article's first lines, if it has one. */
function sourceLineOf(text: string): Span | null {
  let start = 0;
  for (let n = 0; n < SOURCE_LINE_WINDOW && start < text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (SOURCE_LABEL.test(text.slice(start, Math.min(end, start + 12)))) {
      // "Source: The Guardian\nPublished: 2024-03-16", "Source: https://…": the article's own metadata, not a claimant.
      const around = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
      if (METADATA_LINE.test(around) || /^\S+:\s*\S*(?:https?:\/\/|www\.)/.test(text.slice(start, end))) return null;
      return { start, end };
    }
    start = end + 1;
  }
  return null;
}
/** A line of an article's metadata block: the outlet named on a "Source:" line beside it is the publisher. */
const METADATA_LINE = /^(?:Published|Byline|Date|Dateline|By|URL|Link|Author|Authors|Updated|Outlet|Publisher)\s*:/im;
const SOURCE_LINE_WINDOW = 12;
/** Whether `line` is the lead paragraph right before the "Source:" line: a blank line between, ending a sentence (not a headline). */
function leadBeforeSource(text: string, sourceLine: Span, line: Span): boolean {
  return line.start < sourceLine.start && previousLineStart(text, sourceLine.start) === line.start && /\n[^\S\n]*\n/.test(text.slice(line.end, sourceLine.start)) &&
    /[.!?]["”’)]*\s*$/.test(text.slice(line.start, line.end));
}
/** "— Oleksandr Syrskyi (@OSyrskyi) October 2, 2025": the signature under a pasted post. */
const POST_SIGNATURE = /^\s*[—–-]\s*([A-Z][^\s()@]*(?:\s+[A-Z][^\s()@]*){0,3})\s*\(@\w+\)/;
/** The line ending with a colon that introduces a pasted post (one or two paragraphs before `lineStart`): its span. */
function postIntroduction(text: string, lineStart: number): Span | null {
  let start = lineStart;
  for (let n = 0; n < 3 && start > 0; n++) {
    start = previousLineStart(text, start);
    const line = lineAt(text, start);
    const own = text.slice(line.start, line.end).trimEnd();
    if (own.endsWith(":")) return own.length <= 240 ? { start: line.start, end: line.start + own.length } : null;
  }
  return null;
}
/** "Background:", "Prehistory:": a section of earlier events under a "Source:" line (Ukrainska Pravda). */
const BACKGROUND_LABEL = /^(?:Background|Prehistory|Context)\s*:/m;

/** Start of the last line before `lineStart` holding anything but white space (0 when there is none). */
function previousLineStart(text: string, lineStart: number): number {
  let end = lineStart - 1;
  while (end > 0 && (text.charCodeAt(end - 1) <= 32)) end--;
  return end > 0 ? text.lastIndexOf("\n", end - 1) + 1 : 0;
}

/** A rate ("a day", "per week", "daily"): what a statement dated by its period says of that time. */
const RATE_AFTER = /\b(?:a|per|each|every)\s+(?:day|week|month)\b|\bdaily\b/i;
/** A speech verb right before a period phrase: "said in February". */
const SAID_BEFORE = /\b(?:said|says|told(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?|announced|reported|stated|claimed|wrote|estimated|assessed|confirmed|acknowledged|admitted|warned|noted)\s+(?:(?:earlier|previously|again|also)\s+)?(?:in\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+)?(?:interview|statement|briefing|address|speech|post|report|update|video)\s+)?$|\b(?:leaked|published|released|obtained|made\s+public|posted|declassified)(?:\s+online)?\s+$/i;
/**
 * Whether a period opening a sentence is followed by who said it, dating the statement ("In February Zelensky said …"); not
 * when the speaker is set off by commas inside what was said ("In the whole of October, he said, strikes killed 27").
 */
function saysWhenAfter(after: string): boolean {
  const said = SAID_AFTER.exec(after);
  return said !== null && !(after.charCodeAt(0) === 44 && /^\s*,/.test(after.slice(said[0].length)));
}
/** After a period opening a sentence: a named speaker and a verb of saying ("In February Volodymyr Zelensky said"). */
// "Last August, US officials told the New York Times": capitalised words, then a plural role.
// "In December, presidential adviser Mykhailo Podolyak said": a role in lower case before the name.
const SAID_AFTER = /^,?\s+(?:(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){1,5}(?:(?:intelligence\s+|military\s+|defen[cs]e\s+)?(?:officials|sources|analysts|officers|experts|commanders|diplomats)\s+)?|(?:it|he|she|they)\s+|(?:a|an|the|two|three|several|senior|unnamed)\s+(?:(?!\d)[\w'’.-]+\s+){1,10}?|(?:[a-z][\w'’-]*\s+){1,4}(?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|told|announced|stated|claimed|wrote|put|puts|estimated|assessed|acknowledged|admitted)\b/;
/** One opening word and its comma before a period phrase ("Meanwhile, at the end of December, ..."). */
const OPENING_WORD = /^["“]?[A-Z][a-z]+,\s+$/;
/** A list item's label before its figure: "January – ", "- career soldiers: ", "personnel – " (no digits in it). */
const LIST_LABEL = /^\s*(?:(?:-{1,2}|[•*▪●◦])\s+)?(["“]?[A-Za-z\u00C0-\u024F][^\d\n:–—‒―]{0,80}?)\s*(?:[:–—‒―]|\s-)\s*$/;
/** What may follow a list item's figure: a bracketed daily increment and a separator. */
const LIST_TAIL = /^\s*(?:\(\s*[+-]?[\d,.]+\s*\))?\s*(?:[a-z]+)?\s*[;,.]?\s*$/;
/** Before an inline list item's label: the separator after the item before ("124, ", "95; ", ", and "). */
const INLINE_ITEM_SEPARATOR = /^\s*(?:[,;]\s*)?(?:and\s+)?/;
/** After an inline list item's figure: a separator and the next label, or the end ("— 95, Bryansk", "— 1."). */
const INLINE_ITEM_TAIL = /^\s*(?:[,;.]|and\b|\(\+|$)/;
/** A cue in the words after a day's change: "(+510) people were liquidated". */
const CUE_AFTER_INCREMENT = /\(\+\s*[\d,]+\s*\)(?:\s+[a-z]+){0,3}\s+$/;
/** Right before a day's change in brackets: " (+". */
const INCREMENT_OPEN = /^\s*\(\+\s*$/;
/** After a day's change: the bracket, a few words ("people were liquidated"), then the next item's comma or the end. */
const INCREMENT_TAIL = /^\s*\)(?:\s+[a-z]+){0,4}?\s*(?=[,;.]|and\b|$)/;
/** What may close an inline list: its last separator. */
const INLINE_LIST_END = /^\s*[.;]?\s*$/;
/** A line shaped like a list item: a label, a dash or colon, then a number (an amount's currency sign before it: "energy – $9.2 billion"). */
const LIST_ITEM_SHAPE = /^\s*(?:(?:-{1,2}|[•*▪●◦])\s+)?["“]?[A-Za-z\u00C0-\u024F][^\d\n:–—‒―]{0,80}(?:[:–—‒―]|\s-)\s*(?:[a-z]+\s+){0,2}(?:US\$|[$€£₴])?\d/;
/** After a bullet's figure, where it was counted: " over the Kursk region;", " in Kharkiv Oblast". */
const PLACE_ITEM_TAIL = /^\s+(?:over|in|above|across|near|on)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Rr]epublic|[Dd]istrict))?)\s*[;,.]?\s*$/;
/** A word's first letter. */
const WORD_START = /\b[A-Za-z]/g;
/** The span of a label match's group 1 in the text, for a match made on the slice from `from`. */
function labelSpan(from: number, label: RegExpExecArray): Span {
  const start = from + label.index + label[0].indexOf(label[1]);
  return { start, end: start + label[1].length };
}
const YEAR_LABEL = /^(?:19|20)\d\d$/;
const YEAR_PART = /\s*\([^()\d]*\)$/;
/** A table header whose first column names places: "| Region | Share occupied |". */
const PLACE_COLUMN = /^\|\s*(?:Region|Oblast|Province|Area|City|Place|Territory)s?\s*\|/i;
const MONTH_LABEL = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const REGION_LABEL = /\b(?:Oblast|oblast|[Rr]egion|[Pp]rovince|[Kk]rai|[Rr]epublic)$|^Crimea$/;
/** A verbless list heading: "By region:", "Breakdown by grouping:", "Broken down by oblast:". */
const BY_HEADING = /^\s*(?:(?:the\s+)?breakdown\s+|broken\s+down\s+)?by\s+[a-z]+(?:\s+[a-z]+)?\s*:\s*$/i;
/** A list item's label naming a unit of troops: 'the "East" group', '"East"', "Battlegroup Centre", "the Kupiansk direction". */
const GROUP_LABEL = /(?:^["“][^"”]{2,30}["”]|["“][^"”]{2,30}["”]\s+(?:group|grouping|force)s?|\b(?:group|grouping|battlegroup|direction|sector))$|^(?:battle\s*group|group(?:ing)?(?:\s+of\s+forces)?)\s+["“]?[A-Z]/i;
/** A sentence that only says who said what came before it: "This was reported by the Air Force", "The ministry reported this". */
/** "This follows from the daily reports of ", "The figures are based on data from ": the words before a source's name. */
const REPORTS_OF = /^(?:This|That|It|These\s+figures|The\s+figures?|The\s+data|The\s+numbers)\s+(?:follows?|comes?|is\s+based|are\s+based|is\s+taken|are\s+taken|is\s+drawn|are\s+drawn)\s+(?:from|on)\s+(?:(?:the|its|their)\s+)?(?:(?:daily|weekly|monthly|latest|official|regular|morning|evening|operational)\s+)*(?:reports?|data|figures|statistics|updates?|summaries|summary|bulletins?|briefings?)\s+(?:of|from|by|published\s+by|released\s+by)\s+/i;
// "This follows from the daily reports of the General Staff", "The figures are based on data from the air force": the
// source of what came before.
const POINTS_BACK_CLAIM = /^(?:(?:This|That|It|The\s+information)\s+(?:was|is|has\s+been|had\s+been)\s+(?:reported|announced|stated|said|confirmed|posted|written|claimed|declared)\s+(?:by|in|on)\b|(?:This|That|It|These\s+figures|The\s+figures?|The\s+data|The\s+numbers)\s+(?:follows?|comes?|is\s+based|are\s+based|is\s+taken|are\s+taken|is\s+drawn|are\s+drawn)\s+(?:from|on)\b|(?:\S+\s+){1,12}?(?:reported|announced|stated|said|wrote|confirmed|posted|claimed)\s+this\b(?!\s+(?:year|month|week|morning|evening|is|was|would|will|could)\b))/;
/** ", out of", ", out of a total of" right before a number: the whole of a figure before it. */
const OUT_OF_BEFORE = /,\s*out\s+of\s+(?:a\s+total\s+of\s+|the\s+|some\s+|about\s+|around\s+)?$/i;
/** The terms of a ratio: "3 to 1", "5:1", "one to five". */
const RATIO_TERM = /^\s*(?:to|:)\s*(?:1|one)\b(?![.,]\d)/i;
const RATIO_TERM_BEFORE = /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|:)\s*$/i;
const RATIO_WORD = /\b(?:ratio|odds|proportion|outnumber\w*)\b/i;
/** Verbs of getting people back, which bodies are got back with too. */
const RECEIVED = /^(?:received|receiving|got\s+back|welcomed\s+home|returned|handed\s+over)$/i;
const BODIES_OF_BEFORE = /\b(?:bodies|remains)\s+of\s+(?:the\s+)?$/i;
const BODIES = /\b(?:bod(?:y|ies)|remains)\b/i;
const BODIES_HANDED = /\b(?:received|receiving|receives|return|returns|returned|returning|hand(?:s|ed|ing)?\s+(?:over|back)|handed|give\s+back|repatriat\w+|got\s+back|exchang\w+|transferred|swap\w*)\b/i;
const PRISONER_NOUN = /^(?:prisoners?|POWs?|PoWs?|captives?|detainees?)\b/;
/** After a count: "(of those identified) were mobilized men", "were former prisoners": what the group counted was. */
/** "…, some of them conscripts", "…, including conscripts": conscripts as a part of a force, the sentence's only mention of them. */
const CONSCRIPTS_ASIDE = /^(?:(?!conscript)[\s\S])*,\s+(?:(?:some|many|most|several|a\s+few|a\s+number)\s+of\s+them|including|among\s+them)\s+(?:\w+\s+)?conscripts\b(?![\s\S]*conscript)/i;
const GROUP_MADE_OF_AFTER = /^(?:\s+of\s+(?:those|them|whom|these)(?:\s+[a-z]+)?)?\s+(?:were|was|are|is)\s+(?:former\s+|ex-)?(?:mobili[sz]ed\s+men|mobili[sz]ed|prisoners|convicts|inmates|contract\s+soldiers|conscripts|volunteers|career\s+soldiers|officers)\b/i;
/** How much of a digest item's paragraph opens it: a dateline and the first words of its first sentence. */
const ITEM_OPENING = 120;
/** After a small count: the exchanges themselves ("one prisoner exchange", "three swaps"). */
const SWAPS_COUNTED_AFTER = /^\s+(?:(?:more|further|other|separate|prisoner|POW|large)\s+){0,2}(?:exchanges?|swaps?|rounds?)\b/i;
/** After a count: people driven from their homes. */
const DISPLACED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:displaced|made\s+homeless|left\s+homeless|from\s+their\s+homes|uprooted)\b/i;
/** Before settlements: strikes on them. */
const SETTLEMENTS_STRUCK_BEFORE = /\b(?:strikes?|attacks?|shelling|shellings|shelled|struck|hit|attacked|targeted|bombarded|bombed|assaults?)\s+(?:on|at|against|of)?\s*(?:(?:some|about|at\s+least|more\s+than|over|nearly)\s+)?$/i;
/** Before a number of prisoners: a release to come ("is meant to total", "expected a further"). */
const RELEASE_TO_COME_BEFORE = /\b(?:(?:is|are|was|were)\s+(?:meant|set|due|scheduled|planned|supposed|expected|to\s+be\s+expected)\s+to\s+(?:total|include|involve|cover|reach|free|release|return|swap|exchange)|expect(?:s|ed|ing)?|hop(?:e|es|ed|ing)\s+to\s+(?:free|release|exchange|swap|return|bring\s+home))\s+(?:(?:a\s+further|another|some|about|around|up\s+to|more\s+than|over|at\s+least|nearly|roughly)\s+)?$/i;
/** After a number of people: "… to be freed", "… to be released on Saturday": a release to come. */
const TO_BE_FREED_AFTER = /^\s+(?:[\w-]+\s+){0,3}?to\s+be\s+(?:freed|released|exchanged|swapped|returned|repatriated|handed\s+over)\b/i;
/** Prisoners held, visited or registered, not released. */
const HELD_PRISONERS_BEFORE = /\b(?:visit(?:s|ed|ing)?|register(?:s|ed|ing)?|interview(?:s|ed|ing)?|tortur(?:e|es|ed|ing)|detain(?:s|ed|ing)?|holds|holding)\s+(?:(?:some|about|around|more\s+than|over|nearly|at\s+least|up\s+to)\s+)?$/i;
const HELD_PRISONERS_AFTER = /^\s+(?:Russian\s+|Ukrainian\s+)?(?:prisoners|POWs|PoWs|captives|detainees)(?:\s+of\s+war)?\s+(?:(?:still|currently|now)\s+)?(?:held|being\s+held|in\s+captivity|detained|who\s+remain)\b/;
/** "the bodies of 909 people were repatriated … and 34 …": the dead, named last before the number with no prisoners since. */
const BODIES_RETURNED_BEFORE = /\b(?:bodies|remains)\s+of\b(?![^]*\b(?:prisoners|POWs|PoWs|captives|detainees|soldiers\s+alive)\b)/i;
/** "exchange terms", "exchanged memorandums": the things exchanged are not people. */
const THINGS_EXCHANGED_AFTER = /^\s+(?:terms|views|memorand\w*|documents?|proposals?|drafts?|fire|blows|letters|notes|lists|accusations|greetings|ideas|positions|words|barbs|insults|information|data)\b/i;
/** A capability right before a verb of launching: "capable of", "able to", "can". */
const CAPABLE_BEFORE = /\b(?:capable\s+of|capacity\s+to|able\s+to|can|could|would|enough\s+to)\s+(?:(?:still|now|also|easily|soon|eventually|one\s+day)\s+)?$/i;
/** Weapons made or bought, right before their number: "produce more than four million drones". */
/** "could not be", "were not", "failed to", "harder to", "impossible to" before a verb of downing. */
// "none of which were intercepted", "None of the three ballistic missiles was intercepted": none downed.
const NOT_DOWNED_BEFORE = /\b(?:not|n['’]t|never|failed\s+to|unable\s+to|hard(?:er)?\s+to|difficult\s+to|impossible\s+to|tough(?:er)?\s+to|none\s+of\s+(?:which|them|these|those)\s+(?:were|was|had\s+been|have\s+been))\s+(?:(?:be|been|get|being)\s+)?$/i;
/** "a month", "per day", "each year" after a count: a rate. */
const RATE_AFTER_NUMBER = /^\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b/i;
/** Verbs of making: "turn out", "produce", "manufacture". */
const PRODUCTION_VERB = String.raw`(?:turn|churn|roll)(?:s|ed|ing)?\s+out|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)`;
/** A verb of making anywhere before: "can now turn out", "produces", "manufacturing", "production". */
const PRODUCED_BEFORE_ANYWHERE = new RegExp(String.raw`\b(?:${PRODUCTION_VERB}|production|output)\b`, "i");
const PRODUCED_BEFORE = new RegExp(String.raw`\b(?:${PRODUCTION_VERB}|mak(?:e|es|ing)|made|build(?:s|ing)?|built|assembl(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?|procur(?:e|es|ed|ing)|stockpil(?:e|es|ed|ing))\s+(?:(?:up\s+to|more\s+than|over|about|some|nearly|almost|around|roughly|at\s+least|an\s+estimated)\s+)?$`, "i");
/** Verbs of raising or sending men: "call up", "mobilise", "draft", "recruit", "send". */
const RAISE_OR_SEND = /^(?:call(?:ing)?[\s-]+up|mobili[sz]\w*|draft\w*|recruit\w*|conscript\w*|send\w*)$/i;
/** A modal of what may come right before a verb ("could", "may", "might"; not "would", the future of reported speech: "said Pyongyang would send 1,000 deminers"). */
const MODAL_BEFORE = /\b(?:could|might|may)\s+(?:(?:still|also|easily|potentially|eventually|soon|well|yet)\s+)?$/;
/** A modal right before a verb, not a perfect ("could die", "willing to lose"; not "may have been killed"). */
// Case-sensitive: "In May 500 soldiers were killed" is the month.
const HYPOTHETICAL_BEFORE = /\b(?:could|would|might|may|will|willing\s+to|prepared\s+to|ready\s+to|expected\s+to|likely\s+to|threaten(?:s|ed)?\s+to|tried\s+to|attempted\s+to|trying\s+to)\s+(?:(?:still|also|easily|potentially|eventually|soon)\s+)?(?:cost\s+(?:\w+\s+){0,3}?)?$/;
/** Another war or its places: its dead are not this war's. */
const OTHER_WAR = /\b(?:Afghanistan|Chechnya|Chechen\s+wars?|Vietnam|Iraq|Korean\s+War|World\s+War\s+(?:I{1,2}|One|Two|1|2)|(?:First|Second)\s+World\s+War|WWI{1,2}|Great\s+Patriotic\s+War|Gaza|Syria|Georgia\s+in\s+2008|Hamas|Israel|Pearl\s+Harbor|Tajikistan|Kyrgyzstan|Azerbaijan|Armenia|Nagorno-Karabakh|Karabakh|Sudan|Yemen|Libya|Mali|Myanmar|Nepal|Nigeria|Haiti|Somalia|Congo|Ethiopia|Lebanon|West\s+Bank|Kashmir|Darfur|El\s+Fasher|Khartoum|Sagaing|Rapid\s+Support\s+Forces|Srebrenica|Bosnia|Bosnian|Kosovo|Rwanda|Georgia['’]s\s+territory|South\s+Ossetia|Abkhazia|Soviet\s+(?:troops|soldiers|forces|army|Union|losses)|(?:19\d\d|200\d|201[0-3])\s+war|[Ff]lood(?:s|ing)?|[Ee]arthquakes?|[Ww]ildfires?|[Hh]urricanes?|[Tt]ornado(?:es)?|[Tt]yphoons?|[Ll]andslides?)\b/;
/** A relative clause opening right before a figure: "in which", "during which". */
const IN_WHICH = /\b(?:in|during)\s+which\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$/i;
/** Words only of the war in Ukraine (Russia has fought others). */
const UKRAINE_WAR = /\b(?:Ukrain\w*|Kyiv|Kiev|Donbas|Donbass|Donetsk|Luhansk|Kharkiv|Zaporizh\w*|Kherson|Crimea|Kursk|Belgorod|Bakhmut|Avdiivka|Pokrovsk|special\s+military\s+operation)\b/;
/** Words of the war in Ukraine: a sentence holding one compares with another war, it is not about that war alone. */
const THIS_WAR = /\b(?:Ukrain\w*|Russia\w*|Moscow|Kremlin|Zelensk\w*|Putin|Kyiv|Kiev|Donbas|Donbass|Donetsk|Luhansk|Kharkiv|Zaporizh\w*|Kherson|Crimea|Kursk|Belgorod|Bakhmut|Avdiivka|Pokrovsk|special\s+military\s+operation)\b/;
/** A heading of a breakdown by place ("By region:", "the following breakdown by oblast:"). */
const BY_PLACE = /\b(?:by|(?:over|in|across)\s+(?:the\s+following|these|\w+))\s+(?:region|oblast|province|area|city|territor(?:y|ies)|settlement|village|town|communit(?:y|ies)|hromada|district)s?\b/i;
/** A place's bare name as a label: one to three capitalised words ("Kursk", "Nizhny Novgorod"). */
const PLACE_NAME = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$/;
const ACCORDING_TO_TAIL = /\baccording\s+to\b[^:]*/i;
const NATION_WORD = /\b(?:Russia|Russian|Russians|Ukraine|Ukrainian|Ukrainians|Moscow|Kyiv|Kiev)\b/;
/** Electronic warfare words: drones "lost" to them went astray, nobody died. */
const JAMMED = /\b(?:jamm(?:ing|ed)|electronic\s+(?:warfare|countermeasures|suppression)|locationally)\b/i;
const LOSS_LIST = /\b(?:losses|lost|destroyed|downed|shot\s+down)\b/i;
/** An introduction that only points back to what was just said: "looked like this:", "as follows:", "the following breakdown". */
const POINTS_BACK = /\b(?:as\s+follows|(?:of|among)\s+(?:that|this|these|those|them|the\s+total)(?=\s*:)|like\s+this|the\s+following|(?:a|the)\s+breakdown|broken\s+down|(?:by|per)\s+(?:region|oblast|province|sector|month|category|type|direction|group|area)s?)\b/i;
/** A list about something the war figures do not count (its items are prices, votes, scores, a timetable, pages). */
const NOT_WAR_LIST = /\b(?:prices?|cost\s+of\s+living|turnout|votes?|voters|ballots?|elections?|polls?|results?|scores?|standings|fixtures|schedule|timetable|contents|chapters?|pages?|temperatures?|weather|forecast|rainfall|exchange\s+rates?|tariffs?|salar(?:y|ies)|wages?|pensions?|sales|exports?|imports?|harvest|yields?|points|goals|wins|medals|seats|population|inhabitants|aid|pledge[sd]?|assistance|funding|donations?|loans?|grants?)\b/i;

/** After a figure in its table cell: a unit word at most. */
const CELL_TAIL = /^[ \t]*(?:[a-z²]+[ \t]*)?$/;
/** A row's first cell as its label: words, or a year and words ("2025 (Jan-Sep)"), with no other number. */
const ROW_LABEL_CELL = /^[ \t]*(?:(?:19|20)\d\d\b)?[^\d|\n]*$/;
/** The cells of a Markdown table row: the spans between its pipes. */
function tableCells(text: string, line: Span): Span[] {
  const cells: Span[] = [];
  let at = text.indexOf("|", line.start);
  while (at >= 0 && at < line.end) {
    const next = text.indexOf("|", at + 1);
    if (next < 0 || next > line.end) break;
    cells.push({ start: at + 1, end: next });
    at = next;
  }
  return cells;
}
/** `span` without the white space at its ends. */
function trimSpan(text: string, span: Span): Span {
  const raw = text.slice(span.start, span.end);
  const start = span.start + (raw.length - raw.trimStart().length);
  return { start, end: start + raw.trim().length };
}
/** A Markdown table row's opening pipe before a label cell. */
const TABLE_ROW_OPEN = /^\|[ \t]*(?=[^|\d\s]|(?:19|20)\d\d[ \t]*(?:\([^()\d|]*\)[ \t]*)?\|)/;
/** A table's label cell up to the pipe before the figure ("January | "). */
const TABLE_LABEL = /^([^|\d\n]{1,80}?|(?:19|20)\d\d)\s*\|\s*$/;
/** After a table row's figure: a unit word and the closing pipe (two columns only). */
const TABLE_TAIL = /^[ \t]*(?:[a-z²]+[ \t]*)?\|[ \t]*$/;
/** A Markdown table's separator row ("|---|:---:|"). */
const TABLE_SEPARATOR = /^\s*\|[\s:|-]*-[\s:|-]*\|?\s*$/;

/** The header row of the Markdown table a row belongs to (above its separator row); null when there is none. */
function tableHeader(text: string, lineStart: number): Span | null {
  let end = lineStart - 1;
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.charCodeAt(0) !== 124 || line.length > 400) return null;
    if (TABLE_SEPARATOR.test(line)) {
      const headerStart = text.lastIndexOf("\n", start - 2) + 1;
      const header = text.slice(headerStart, start - 1);
      return header.charCodeAt(0) === 124 && !TABLE_SEPARATOR.test(header) ? { start: headerStart, end: start - 1 } : null;
    }
    end = start - 1;
  }
  return null;
}

/**
 * The introduction of a list item's block: the sentence ending with a colon on the nearest line above that is
 * not itself an item (blank lines skipped); null when another kind of line comes first.
 */
function listIntroduction(text: string, lineStart: number, itemShape: RegExp = LIST_ITEM_SHAPE): Span | null {
  let end = lineStart - 1;
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    // An introduction is a sentence or two; an item is short: a long line is neither, and is not copied.
    if (end - start > 1200) return null;
    const line = text.slice(start, end).trim();
    if (line === "") {
      end = start - 1;
      continue;
    }
    if (line.endsWith(":")) {
      const colonAt = text.lastIndexOf(":", end);
      const spans = splitLine(text, start, colonAt + 1);
      return spans.length ? spans[spans.length - 1] : null;
    }
    if (line.length > 160 || !itemShape.test(line)) return null;
    end = start - 1;
  }
  return null;
}

const RELATED_HEADING = /^\s*(?:(?:other|in\s+other)\s+(?:news|stories|articles|topics(?:\s+of\s+interest)?|headlines)|related(?:\s+(?:coverage|articles?|stories|news|content|reading|links))?|read\s+(?:more|also|next)(?:\s+(?:on|at|from|in)\s+[^\n:]{1,40})?|more\s+(?:from|on|stories|news|coverage)\b.{0,40}|most\s+(?:read|popular|viewed)|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|latest(?:\s+(?:news|stories))?|trending(?:\s+(?:now|news|stories))?|see\s+also|top\s+stories|editor['’]s\s+picks?|further\s+reading)\s*:?\s*$/i;
const ARTICLE_END = /contributed\s+to\s+this\s+report|^\s*follow\s+.{0,60}\bcoverage\b|^\s*(?:tags?|topics)\s*:/i;
/** A headline-like line: short, with no sentence end (/^[^\n]{1,160}$/ without running it over long lines). */
const HEADLINE_LIKE = { test: (line: string) => line.length >= 1 && line.length <= 160 && !line.includes("\n") };
const SENTENCE_END_AT_LINE_END = /[.!?"”’)]\s*$/;

/**
 * Whether a line is a teaser of another article: a headline-like line in a block of such lines that
 * follows a "Related coverage" heading or the end of the article ("... contributed to this report").
 */
function isTeaserLine(text: string, line: Span): boolean {
  const own = text.slice(line.start, line.end);
  if (!HEADLINE_LIKE.test(own) || SENTENCE_END_AT_LINE_END.test(own)) return false;
  let end = line.start - 1;
  for (let n = 0; n < 16 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const before = text.slice(start, end);
    end = start - 1;
    if (before.trim() === "") continue;
    if (RELATED_HEADING.test(before) || ARTICLE_END.test(before)) return true;
    if (!HEADLINE_LIKE.test(before) || SENTENCE_END_AT_LINE_END.test(before)) return false;
  }
  return false;
}

/** The last day of the month of an ISO date. */
function monthEnd(isoDate: string): string {
  const [y, m] = isoDate.split("-").map(Number);
  return `${y}-${String(m).padStart(2, "0")}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

function recentSide(recent: Map<Metric, { side: SubjectSide; at: number }>, metric: Metric, at: number): SubjectSide | null {
  const r = recent.get(metric);
  return r && at - r.at < MEMORY ? r.side : null;
}

/** Up to `n` sentences before `offset`, nearest last, over earlier lines as needed. */
export function previousSentences(text: string, offset: number, n: number, lineCache?: Map<number, Span[]>): Span[] {
  const out: Span[] = [];
  let end = offset;
  let budget = 12000;
  while (out.length < n && end > 0 && budget > 0) {
    const line = lineAt(text, Math.max(0, end - 1));
    // Whole earlier lines are split once per article (many anaphors look back over the same lines).
    let spans: Span[];
    if (lineCache && line.end <= end) {
      spans = lineCache.get(line.start) ?? splitLine(text, line.start, line.end);
      lineCache.set(line.start, spans);
    } else spans = splitLine(text, line.start, Math.min(line.end, end));
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
