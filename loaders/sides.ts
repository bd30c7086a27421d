// Whose losses or gains a figure is about. Two kinds of metric read different words:
// - losses (killed, injured, aircraft hit, drones downed, damage, prisoners): whose people or things,
//   from the adjective on the counted noun ("41 Russian warplanes"), the place ("in Russia's Kursk
//   region", "Kharkiv"), or the attack ("Russian forces launched a strike ... killing 12" → Ukraine's);
// - actions (drones launched, land gained or held, villages captured, troops massed): who acted, from
//   the adjective ("Ukrainian drones") or the actor before the verb ("Moscow has captured").

import type { ClaimantSide, Metric, SubjectSide } from "./types.js";
import type { CueHit, NounResult } from "./metrics.js";

type Side = "ukraine" | "russia";

/** Major places of each country, for "in Kharkiv" or "over the Belgorod region". Crimea and other occupied areas are left out: their side is disputed. */
export const UKRAINIAN_PLACES = [
  "Kyiv", "Kiev", "Kharkiv", "Kharkov", "Odesa", "Odessa", "Dnipro", "Dnipropetrovsk", "Zaporizhzhia", "Zaporizhia",
  "Zaporozhye", "Kherson", "Mykolaiv", "Nikolaev", "Sumy", "Chernihiv", "Poltava", "Donetsk", "Luhansk", "Lviv",
  "Kramatorsk", "Sloviansk", "Slovyansk", "Pokrovsk", "Bakhmut", "Avdiivka", "Izyum", "Izium", "Kupiansk",
  "Kupyansk", "Chasiv Yar", "Toretsk", "Kostiantynivka", "Kryvyi Rih", "Vinnytsia", "Zhytomyr", "Rivne", "Lutsk",
  "Ternopil", "Khmelnytskyi", "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Cherkasy", "Kropyvnytskyi",
  "Bila Tserkva", "Nikopol", "Marhanets", "Vovchansk", "Lyman", "Siversk", "Kurakhove", "Druzhkivka", "Myrnohrad",
  "Bucha", "Irpin", "Brovary", "Kremenchuk", "Pavlohrad", "Shostka", "Okhtyrka", "Konotop", "Kostiantynivka",
  "Volyn", "Zakarpattia", "Bilhorod-Dnistrovskyi", "Izmail",
];
export const RUSSIAN_PLACES = [
  "Moscow", "Kursk", "Belgorod", "Bryansk", "Voronezh", "Rostov", "Krasnodar", "Novorossiysk", "Tula", "Oryol",
  "Orel", "Lipetsk", "Tambov", "Saratov", "Engels", "Ryazan", "Kaluga", "Smolensk", "Tver", "Yaroslavl",
  "St Petersburg", "St. Petersburg", "Saint Petersburg", "Leningrad", "Murmansk", "Olenya", "Olenegorsk",
  "Irkutsk", "Belaya", "Ivanovo", "Amur", "Ukrainka", "Tatarstan", "Kazan", "Bashkortostan", "Samara",
  "Volgograd", "Astrakhan", "Dagestan", "Chechnya", "Siberia", "Nizhny Novgorod", "Pskov", "Taganrog", "Sudzha",
  "Shebekino", "Rylsk", "Lgov", "Novosibirsk", "Yekaterinburg", "Perm", "Chelyabinsk", "Krasnodar Krai",
  "Tuapse", "Yeysk", "Millerovo", "Morozovsk", "Khabarovsk", "Vladivostok", "Dyagilevo", "Shaykovka", "Kazan",
  "Rostov-on-Don", "Rostov-na-Donu", "Syzran", "Novokuibyshevsk", "Kstovo", "Ust-Luga", "Primorsko-Akhtarsk",
];

const POSS = "(?:'s|’s)?";
// "AFU" and "ZSU" (the Armed Forces of Ukraine, as Russian and Ukrainian sources abbreviate them) are Ukraine's too.
const UKR = `Ukrainians|Ukrainian|Ukraine${POSS}|Kyiv${POSS}|Kiev${POSS}|AFU|ZSU`;
// North Korean soldiers fight on Russia's side: their troops and losses are Russia's; so do Wagner's and the Russian-run
// "people's republics'" (DPR, LPR) forces.
const RUS = `Russians|Russian|Russia${POSS}|Moscow${POSS}|Kremlin${POSS}|Putin['’]s(?=\\s+(?:army|armies|forces|troops|military|soldiers|men|war\\s+machine|generals))|Russian-backed|Russian-installed|pro-Russian|North\\s+Korean|North\\s+Korea${POSS}|N\\.\\s?Korean|N\\.\\s?Korea${POSS}|Pyongyang${POSS}|Wagner${POSS}|DPR|LPR|DNR|LNR`;
const alt = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/g, "\\.").replace(/ /g, "\\s+")).join("|");

// Compiled once per process: every regex below runs on one sentence at a time.
const NATION = new RegExp(`(?<![\\w-])(?:(${UKR})|(${RUS}))(?![\\w-])`, "g");
const PLACE = new RegExp(`\\b(?:(${alt(UKRAINIAN_PLACES)})|(${alt(RUSSIAN_PLACES)}))(?![\\w-])`, "g");
const PARTICIPLES_NATION = new RegExp(`^\\s+(?:killed|wounded|injured)(?:\\s+(?:and|or)\\s+(?:killed|wounded|injured))?\\s+(?:(${UKR})|(${RUS}))(?![\\w-])`, "i");
const NATION_AS_PLACE_BEFORE = /\b(?:in|inside|into|across|over|on|of|near|within|throughout)\s+(?:the\s+)?(?:(?:north-?|south-?)?(?:eastern|western)\s+|(?:northern|southern|central|occupied)\s+)?$/i;
const PLACE_NOUN_AFTER = /^\s+(?:border\s+|port\s+|frontline\s+|front-line\s+)?(?:city|town|village|port|region|oblast|province)\b/;
const REGION_AFTER = /^\s+(?:[a-z-]+\s+)?(?:[A-Z][\w-]+\s+)(?:and\s+[A-Z][\w-]+\s+)?(?:border\s+)?(?:regions?|oblasts?|provinces?|city|cities|districts?|territory|republic|krai)\b/;
// Not after a share's "of": "hit about a third of Russia's strategic cruise missile carriers" names what was hit, not who
// attacked ("a barrage of Russian missiles" still names the attacker).
const ATTACKER = new RegExp(
  `(?<![\\w-])(?<!(?:\\b(?:thirds?|quarters?|fifths?|half|tenths?|percent|cent)|%)[^\\S\\n]+of[^\\S\\n]+)(?:(${UKR})|(${RUS}))[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+){0,2}?(?:strikes?|attacks?|shelling|missiles?|drones?|forces|troops|army|military|bombardments?|air[^\\S\\n]?strikes?|offensive|assault|shells?|bombs?|artillery|aviation|invasion|units|soldiers|barrage|launched|attacked|struck|fired|shelled|bombed|hit|pounded|pounds|pounding|hits|bombards|bombarded|pummel(?:s|ed|led)|batter(?:s|ed))\\b` +
    // "Russian military bloggers", "Ukrainian military officials": people who speak about the war, not an attacker.
    `(?![^\\S\\n]+(?:bloggers?|analysts?|officials?|sources?|experts?|channels?|commentators?|correspondents?|spokes(?:man|woman|person)|observers?|media|journalists?)\\b)`,
  "g",
);
// The words between the preposition and the nation are no clause's opening ("on Monday as Ukrainian drones struck"), and no
// passive's agent ("hit by Ukrainian drones" names the attacker).
const TARGET = new RegExp(
  `\\b(?:on|against|at|targeting|targeted|hit|struck|attacked|attacking|into|damage[^\\S\\n]+to|losses[^\\S\\n]+(?:to|of)|destruction[^\\S\\n]+of|(?:positions?|points?|bases?|concentrations?|columns?|convoys?|camps?|command[^\\S\\n]+posts?|depots?|gatherings?)["”]?[^\\S\\n]+of)[^\\S\\n]+(?:a|an|the)?[^\\S\\n]*(?:(?!(?:as|when|while|after|before|and|but|since|because|with|by)\\b)[\\w-]+[^\\S\\n]+){0,2}?(?:(?:deep[^\\S\\n]+)?(?:in|inside|within|across)[^\\S\\n]+)?(?:(${UKR})|(${RUS}))(?![\\w-])`,
  "g",
);
// Who lost: "Russia has suffered", "Russian forces had lost", "Ukrainian losses", "Russian casualties", "the Ukrainian army's
// losses"; also with the speaker
// set off between them ("Russia, he said, had lost 198,000 soldiers").
const LOSER = new RegExp(
  `(?<![\\w-])(?:(${UKR})|(${RUS}|occupiers|invaders|occupying\\s+forces))(?:\\s*,\\s*(?:he|she|they|it|[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3})\\s+(?:said|says|added|claimed|noted|stated|estimated)\\s*,)?\\s+(?:(?:[\\w'’-]+\\s+){0,2}?(?:(?:in|near|around|at)\\s+the\\s+[A-Z][\\w-]*\\s+(?:area|direction|sector|region)\\s+)?(?:(?:has|have|had|was|were|is|are)\\s+)?)?(?:(?:also|already|reportedly|likely|probably)\\s+)?(?:suffered|suffering|suffers|suffer|lost|loses|lose|losing|sustained|sustaining|incurred|incurring|casualties|losses|dead|deaths|death\\s+toll|(?:men|soldiers|troops|servicemen)\\s+killed(?=\\s+(?:in|since|during|so\\s+far)\\b)|troop\\s+losses|personnel\\s+losses|military\\s+casualties)\\b`,
  "g",
);
/** Only list items between a verb and a later item: " 3,686 tanks, ", " a total of 3,686 tanks, 12 ships and ". */
const LIST_ITEMS_BETWEEN = /^\s+(?:a\s+total\s+of\s+)?(?:\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$/;
/** Further list items, then their owner: ", 283 helicopters and 103,455 drones of the Ukrainian armed forces". */
const LIST_OWNER_AFTER = /^(?:\s*,\s*(?:and\s+)?[\d][\d,.]*\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+and\s+[\d][\d,.]*\s+(?:[\w-]+\s+){0,3}?[\w-]+)*\s+(?:belonging\s+to|of)\s+(?:the\s+)?(Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:armed\s+forces|army|air\s+force|military|forces|navy)\b/;
/** After people: their army in an "of" phrase ("of war of the Ukrainian armed forces", "of the Armed Forces of Ukraine"). */
const PEOPLE_OWNER_AFTER = /^(?:\s+of\s+war)?(?:\s+of\s+the\s+(?:[\w-]+\s+){0,5}?(?:brigades?|regiments?|battalions?|divisions?|corps|units?|groups?|formations?))?\s+(?:of|from)\s+(?:the\s+)?(?:(Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:armed\s+forces|army|military|forces|navy|air\s+force)|Armed\s+Forces\s+of\s+(Ukraine|Russia|the\s+Russian\s+Federation)|(AFU|ZSU))\b/i;
/** A Russian target of damage: its refineries, its regions, its own economy. */
const RUSSIAN_TARGET = /\b(?:Russia|Russian|Moscow|Kremlin|refiner(?:y|ies)|Belgorod|Kursk|Bryansk|Crimea|Sevastopol)\b/;
/** The side of the army named after people at `nounEnd` ("of the Armed Forces of Ukraine"), else null. */
function peopleOwnerAfter(text: string, nounEnd: number, sentenceEnd: number): "ukraine" | "russia" | null {
  const owner = PEOPLE_OWNER_AFTER.exec(text.slice(nounEnd, Math.min(sentenceEnd, nounEnd + 100)));
  if (!owner) return null;
  return /^(?:Ukrain|AFU|ZSU)/i.test(owner[1] ?? owner[2] ?? owner[3]) ? "ukraine" : "russia";
}
/** Losses named before their owner: "losses of the Russian army", "casualties among Ukrainian troops". */
const LOSSES_OF_NATION = new RegExp(`\\b(?:losses|casualties|death\\s+toll|dead)\\s+(?:of|among|suffered\\s+by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:(${UKR})|(${RUS}))(?![\\w-])`, "g");
const ENEMY_LOSER = /\benemy(?:['’]s)?\s+(?:(?:has|had|have)\s+)?(?:lost|losses|casualties|personnel)\b|\b(?:losses|casualties)\b[^.;]{0,60}\bon\s+the\s+enemy\b|\b(?:losses|casualties)\s+of\s+the\s+enemy\b/i;
const PER_SIDE = /\b(?:per|each|both)\s+sides?\b|\bapiece\b|\beach\b|\bfor\s+(?:each|both)\b|-for-|\b\d[\d,]*\s+for\s+\d/i;
/** The speaker's own forces as the actor right before a verb: "its forces had", "our troops have". */
// "Syrskyi said his troops controlled 1,294 km²": a commander's troops are his side's too.
const OWN_FORCES = /\b(?:its|their|our|his|her)\s+(?:own\s+)?(?:forces|troops|army|units|soldiers|military)\s+(?:(?:have|has|had|also|already|reportedly|now|still|currently)\s+){0,2}["“]?$/i;
/** A receiving side right before a prisoner count: "Ukraine secured the release of", "Kyiv also received". */
const RECEIVER_BEFORE = /\b(Ukraine|Kyiv|Kiev|Russia|Moscow)\s+(?:(?:also|has|have|had|later|then)\s+){0,2}(?:secured\s+the\s+(?:release|return)\s+of|receiv(?:ed|es|ing)|got\s+back|(?:brought|brings|bringing|bring)\s+(?:home|back)|(?:welcomed|welcomes|welcoming)\s+(?:home|back)|won\s+the\s+release\s+of)\s+(?:(?:a\s+further|another|an?\s+additional|some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$/;
/** A pronoun receiving a prisoner count: "it had also received", "they got back". */
const PRONOUN_RECEIVER_BEFORE = /\b(?:it|they|we)\s+(?:(?:has|have|had|also|later|then)\s+){0,2}(?:receiv(?:ed|es)|got\s+back|(?:brought|brings)\s+(?:home|back)|secured\s+the\s+(?:release|return)\s+of)\s+(?:(?:a\s+further|another|some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;
/** A count handed to a side: "handed over to Ukraine 175", "returned to Russia 90". */
const HANDED_TO_BEFORE = /\b(?:handed\s+over|transferred|returned|repatriated|sent\s+back)\s+to\s+(Ukraine|Kyiv|Kiev|Russia|Moscow)\s+(?:(?:a\s+further|another|an?\s+additional|some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$/;
/** Wound words between a prisoner count and its nationality: "22 seriously wounded Ukrainian servicemen". */
/** After a counted noun: "(have died) fighting for Ukraine", "who had joined the Russian army", "serving in Russia's army". */
const FOUGHT_FOR_AFTER = /^[^.;:]{0,40}?\b(?:fighting|fought|serving|served|who\s+(?:had\s+|have\s+)?(?:joined|enlisted\s+in|signed\s+up\s+(?:with|for)|fought\s+for|served\s+(?:in|with)))\s+(?:(?:for|in|with|alongside|on\s+the\s+side\s+of)\s+)?(?:the\s+)?(Ukrain(?:e|ian)|Russia|Russian)(?:['’]s)?(?:\s+(?:army|armed\s+forces|military|forces|side))?\b/;
const WOUNDED_BEFORE_NATION = /^\s+(?:(?:severely|seriously|critically|badly|gravely)\s+)?(?:wounded|injured|sick|ill)\s+(?:Russian|Ukrainian)\b/;
const SWAP = /\b(?:exchang\w*|swap\w*|trade\w*)\b/i;
const RUSSIAN_ONLY_AIRCRAFT = /\b(?:strategic|long-range)\s+(?:[\w-]+\s+)?(?:aviation|bombers?|aircraft|warplanes|planes)\b|\bTu-\d+|\bA-50\b|\bIl-\d+|\bBe-12\b|\bSu-(?:30|34|35|57)|\bKa-52|\bMi-28/i;
const UKRAINIAN_ONLY_AIRCRAFT = /\bF-16s?\b|\bMirage\b|\bGripens?\b/;
/** Drones and missiles only one side fires: whose they are when no nation word says it. */
const RUSSIAN_ONLY_WEAPONS = /\b(?:Shaheds?|Gerans?|Lancets?|Orlans?|Gerberas?|Kalibrs?|Iskanders?|Kinzhals?|Oniks|Onyx|Zircons?|Tsirkons?)\b|\bKh-\d+/i;
const UKRAINIAN_ONLY_WEAPONS = /\b(?:Storm\s+Shadows?|SCALPs?|ATACMS|Neptunes?|Flamingos?|Lyutyi|Liutyi|Bayraktars?|Palianytsias?|Peklo|HIMARS|JDAMs?|JDAM-ERs?|GLSDBs?|AASMs?)\b/;
const CAPITAL_AS_GOVERNMENT = /^(?:['’]s\b|\s+(?:has|had|have|is|was|says|said|claims|claimed|will|would|announced|reported|denies|denied|insists|accused|wants|agreed|rejected|estimates|estimated)\b)/;
/** "246 of its servicemen", "their soldiers": the claimant's own people or things. */
/** A claim of one's own deed right before its verb: "claimed to control", "claiming to have captured". */
const CLAIMS_TO_BEFORE = /\bclaim(?:s|ed|ing)?\s+to\s+(?:have\s+)?$/i;
/** A speaker saying it lost what was counted before it: "(troops) Kyiv says it has lost". */
const SPEAKER_LOST_AFTER = /^\s+(?:says|said|claims|claimed|admits|admitted|acknowledges|acknowledged)\s+(?:that\s+)?(?:it|they|we)\s+(?:has\s+|have\s+|had\s+)?lost\b/i;
/** A verb of repelling right before a nation word: the nation is its object ("pushed back Russian troops"). */
const REPELLED_BEFORE = /\b(?:pushed\s+back|repelled|repulsed|drove\s+(?:back|out)|driven\s+(?:back|out)|defeated|routed|ousted|expelled|dislodged|forced\s+(?:back|out))\s+(?:the\s+)?$/i;
/** A sentence whose subject is "it" or "they", after an opening time phrase at most ("This year it has gained …"). */
const PRONOUN_SUBJECT = /^[\s"“]*(?:(?:This|Last|In|Since|Over|By|So\s+far|Since\s+then)\b[^,.;]{0,30}?,?\s+)?(?:it|they)\s+(?:(?:has|have|had|is|are|was|were|now|also|already)\s+)*[a-z]+(?:ed|s|en)\b/i;
/** The side of a pronoun subject: the first nation (not a place) of the sentence before, when the sentence names none. */
function pronounSubject(input: SideInput): SubjectSide | null {
  const { text, sentence, context } = input;
  if (!context || context.end <= context.start || !PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.end))) return null;
  const before = text.slice(context.start, Math.max(context.start, context.end - 2));
  const lastBreak = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"), before.lastIndexOf("\n"));
  const from = lastBreak >= 0 ? context.start + lastBreak + 1 : context.start;
  const first = nationsIn(input, from, context.end)[0];
  return first ? first.side : null;
}

/** Losses of both armies together: "combined Russian and Ukrainian casualties", "on both sides", "both armies". */
const BOTH_SIDES = /\b(?:Russian\s+and\s+Ukrainian|Ukrainian\s+and\s+Russian|Russia\s+and\s+Ukraine|Ukraine\s+and\s+Russia)(?:['’]s)?\s+(?:(?:combined|total|military|battlefield|troop)\s+)?(?:casualties|losses|deaths|dead|soldiers|troops|servicemen)\b|\b(?:on|from|among)\s+both\s+sides\b|\bboth\s+(?:armies|sides['’])/i;
/** A country followed by a dash: a dateline ("KYIV, Ukraine — "), not an actor. */
const DATELINE_DASH_AFTER = /^\s*[\u2013\u2014-]\s/;
/** A loss given as the price of an action: "at the cost of roughly 240,000 casualties", "costing them 1,000 men",
 * "pays for each village with thousands of soldiers' lives". */
const COST_OF_BEFORE = /\b(?:at\s+(?:the|a)\s+(?:\w+\s+)?cost\s+of|costing\s+(?:it|them|Russia|Ukraine|Moscow|Kyiv)?|pa(?:ys|id|ying|y)\s+for\s+[^,;.\d]{1,40}?\s+with)\s+(?:(?:some|about|roughly|around|nearly|almost|more\s+than|over|at\s+least|an\s+estimated)\s+)?$/i;
/** The nation an amount cost: "has cost Ukraine's economy", "cost Russia". */
const COST_NATION_BEFORE = /\bcost(?:s|ing)?\s+(?:the\s+)?(Ukraine|Ukrainian|Kyiv|Russia|Russian|Moscow)\b/;
// "Ukraine's army, for its part, says it has retaken": an aside may stand between the speaker and the verb of saying.
const PRONOUN_ACTOR = /(?:^|[,\s])\s*(?:said|says|claimed|claims|announced|stated|reported)\s+(?:that\s+)?(?:it|they|we)\s+(?:(?:had|has|have|now|still|already|also|then|later|subsequently|since|recently|successfully)\s+)*$/i;
const OWN_POSSESSIVE = /\b(?:its|their|our|his)\b/i;
/** "brought home 5,000 people from Russian captivity": people freed from one side's captivity are the other side's. */
const FROM_CAPTIVITY = /^[^.;]{0,30}?\bfrom\s+(?:(Russian)|Ukrainian)\s+(?:captivity|prisons|detention)\b/;
/** "put the losses at", "lost": a speaker talking of losses without naming whose talks of its own. */
const OWN_LOSS_WORD = /\b(?:losses|lost)\b/i;
/** Damage to a country's economy, homes or services ("damage to the country's energy system", "to the farm sector"). */
// "Ukraine's energy sector alone has suffered more than $20 billion in damage": the same, the sector as the sufferer.
const CIVIL_DAMAGE = /\b(?:sector|system|grid|infrastructure|industry|economy)\s+(?:alone\s+)?(?:(?:has|have|had)\s+)?suffered\b|\bdamage\s+(?:\w+\s+){0,2}?(?:to|in)\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+|(?:our|its|national)\s+)?(?:[\w-]+\s+){0,2}?(?:energy|power|electricity|gas|farm(?:s|ing)?|agricultur\w*|housing|homes|residential|infrastructure|economy|industry|industrial|sports?|education(?:al)?|schools?|hospitals?|health(?:care)?|cultur\w*|heritage|environment\w*|transport|railways?|roads?|ports?|grid|sector|enterprises|businesses)\b/i;
/** The noun of soldiers (not civilians): their dead are an army's losses. */
export const SOLDIER_NOUN = /^(?:soldiers?|troops|servicemen|serviceman|service\s+members|personnel|fighters|mercenaries|conscripts|military\s+personnel|occupiers|invaders|militants|paratroopers|marines)$/i;
const CIVILIAN_NOUN = /^(?:people|persons?|civilians?|children|child|kids|residents?|men|man|women|woman|passengers?|victims?|workers?|employees?|teenagers?|minors|infants?|babies|baby|boys?|girls?|rescuers?|firefighters?|medics?|paramedics|volunteers?|pensioners?|students?|pupils|teachers|doctors|nurses|journalists?|drivers?|athletes|coaches|engineers|electricians|railway\s+workers|energy\s+workers)$/i;

/** "2,700 injured", "550,000 wounded": the loss word itself standing for the people. */
const BARE_LOSS_NOUN = /^(?:injured|wounded|dead|killed)$/i;
export const LOSS_FAMILY: ReadonlySet<Metric> = new Set<Metric>(["killed", "injured", "casualties"]);
/** The words between two coordinated figures: "... killed since 2022, and some ", "killed and ". */
const COORDINATED_GAP = /^[^.;:"“”]*\b(?:and|while|with)\s+(?:[a-z]+\s+){0,2}$/;
export const VICTIM_METRICS: ReadonlySet<Metric> = new Set<Metric>(["killed", "injured", "casualties", "aircraft_hit", "drones_downed", "damage", "prisoners_exchanged"]);

export function opposite(side: SubjectSide | ClaimantSide): SubjectSide {
  return side === "ukraine" ? "russia" : side === "russia" ? "ukraine" : "unknown";
}

function sideOf(m: RegExpExecArray): Side {
  return m[1] !== undefined ? "ukraine" : "russia";
}

interface Hit {
  start: number;
  end: number;
  side: Side;
}

// Every figure of a sentence reads the same spans (its sentence, the context before it) with the same
// patterns: each pattern's hits in a span are found once per article. Callers only read the arrays.
let memoText = "";
const memo = new Map<RegExp, Map<number, Hit[]>>();

/** What hits() gives for an empty span: no pattern here matches an empty string. Callers only read it. */
const NO_HITS: Hit[] = [];

function hits(re: RegExp, text: string, from: number, to: number): Hit[] {
  if (from >= to) return NO_HITS;
  if (text !== memoText) {
    memo.clear();
    placeMemo.clear();
    memoText = text;
  }
  // A span's key: unique for spans of a text under 2^26 characters (longer texts are not memoised).
  if (text.length >= 67108864) return findHits(re, text, from, to);
  let spans = memo.get(re);
  if (!spans) memo.set(re, (spans = new Map()));
  const key = from * (text.length + 1) + to;
  let found = spans.get(key);
  if (!found) spans.set(key, (found = findHits(re, text, from, to)));
  return found;
}

function findHits(re: RegExp, text: string, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length, side: sideOf(m) });
  return out;
}

/** Places in [from, to): gazetteer names, and "Russia's X region" / "in Ukraine". */
export function placesIn(text: string, from: number, to: number): Hit[] {
  // Memoised per article like hits(): a sentence's and its context's places are asked for by each figure.
  if (text !== memoText) {
    memo.clear();
    placeMemo.clear();
    memoText = text;
  }
  if (text.length >= 67108864) return findPlaces(text, from, to);
  const key = from * (text.length + 1) + to;
  let found = placeMemo.get(key);
  if (!found) placeMemo.set(key, (found = findPlaces(text, from, to)));
  return found;
}
const placeMemo = new Map<number, Hit[]>();

function findPlaces(text: string, from: number, to: number): Hit[] {
  // "Kyiv's claim", "Moscow's forces": a capital with a possessive stands for its government, not a place.
  // "Kyiv had claimed", "Moscow says": a capital doing what governments do stands for the government too.
  const out = hits(PLACE, text, from, to).filter((h) => !isCapital(text.slice(h.start, h.end)) || !CAPITAL_AS_GOVERNMENT.test(text.slice(h.end, h.end + 16)));
  for (const n of hits(NATION, text, from, to)) {
    const word = text.slice(n.start, n.end);
    if (isCapital(word)) continue; // already places in the gazetteer
    if (word.includes("-")) continue;
    const before = text.slice(Math.max(from, n.start - 24), n.start);
    // "the war in Ukraine", "the invasion of Ukraine": the war's name, not where its figure happened.
    if (NATION_AS_PLACE_BEFORE.test(before) && !word.startsWith("Russian") && !word.startsWith("Ukrainian") && !WAR_NAME_BEFORE.test(before)) out.push(n);
    // "in the Russian city of Rostov-on-Don", "a Ukrainian village": the adjective of a place names its country.
    else if ((word === "Russian" || word === "Ukrainian") && PLACE_NOUN_AFTER.test(text.slice(n.end, Math.min(to, n.end + 48)))) out.push(n);
    else if ((word.endsWith("'s") || word.endsWith("’s")) && REGION_AFTER.test(text.slice(n.end, Math.min(to, n.end + 48)))) out.push(n);
  }
  return out.sort((a, b) => a.start - b.start);
}
/** /^(?:Kyiv|Kiev|Moscow)$/ without a regex. */
const isCapital = (word: string) => word === "Kyiv" || word === "Kiev" || word === "Moscow";

/** The side an attack in [from, to) hit: its target, or the opposite of its attacker; null when unclear. */
export function attackedSide(text: string, from: number, to: number, exclude: { start: number; end: number } | null = null): Side | null {
  const targets = hits(TARGET, text, from, to).filter((h) => outside(h, exclude));
  const attackers = hits(ATTACKER, text, from, to).filter((a) => outside(a, exclude) && !targets.some((t) => a.start < t.end && t.start < a.end));
  let ukr = 0;
  let rus = 0;
  for (const t of targets) t.side === "ukraine" ? ukr++ : rus++;
  for (const a of attackers) a.side === "ukraine" ? rus++ : ukr++;
  if (ukr === rus) return null;
  return ukr > rus ? "ukraine" : "russia";
}

export interface SideInput {
  text: string;
  metric: Metric;
  sentence: { start: number; end: number };
  clause: { start: number; end: number };
  mention: { start: number; end: number };
  noun: NounResult;
  /** A side the noun cue implies (metrics.csv subject_side), or "". */
  nounSide: SubjectSide | "";
  cue: CueHit | null;
  claimantSide: ClaimantSide;
  /** The claimant's words in the sentence, whose nation words are not the subject's. */
  claimantSpan: { start: number; end: number } | null;
  /** A few sentences before this one, for the attack or place they describe. */
  context: { start: number; end: number } | null;
  /** Earlier figures of the same sentence: a part inside a total takes the total's side. */
  sameSentence: { metric: Metric; subject: SubjectSide; start?: number; nounEnd?: number }[];
  /** The side of the last figure of the same metric in the recent text, if any. */
  recent: SubjectSide | null;
  /** The outlet's own side when it is a belligerent's (Ukrinform, TASS): whose "enemy" an unattributed sentence means. */
  outletSide?: ClaimantSide | null;
}

function outside(h: Hit, span: { start: number; end: number } | null): boolean {
  return !span || h.end <= span.start || h.start >= span.end;
}

/** The subject side of one figure. */
export function subjectSide(input: SideInput): SubjectSide {
  const { text, metric, sentence, clause, mention, noun } = input;
  const nounEnd = noun.kind === "noun" ? noun.end : mention.end;
  const nounPhrase = text.slice(mention.start, nounEnd);
  if (OWN_POSSESSIVE.test(nounPhrase) && (input.claimantSide === "ukraine" || input.claimantSide === "russia") && metric !== "aircraft_hit" && metric !== "drones_downed") return input.claimantSide;

  // "combined Russian and Ukrainian casualties at more than 1.5 million", "a million soldiers on both sides": both armies'.
  if (LOSS_FAMILY.has(metric) && !hits(NATION, text, mention.end, nounEnd).length) {
    // "The number of Ukrainian and Russian troops killed or wounded since … is nearing 500,000": no other figure between.
    const from = Math.max(sentence.start, mention.start - 160);
    const both = BOTH_SIDES.exec(text.slice(from, Math.min(sentence.end, nounEnd + 40)));
    if (both && !/\d/.test(text.slice(from + both.index + both[0].length, mention.start))) return "both";
  }
  // Prisoners: a swap stated per side is both sides'.
  if (metric === "prisoners_exchanged") {
    // "22 severely wounded Ukrainian servicemen": the nationality after a wound word still names whose they are.
    const wounded = WOUNDED_BEFORE_NATION.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)));
    const adjective = hits(NATION, text, mention.end, wounded ? mention.end + wounded[0].length : nounEnd)[0];
    if (adjective) return adjective.side;
    if (input.nounSide) return input.nounSide;
    const captivity = FROM_CAPTIVITY.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 60)));
    if (captivity) return captivity[1] ? "ukraine" : "russia";
    const owner = peopleOwnerAfter(text, nounEnd, sentence.end);
    if (owner) return owner;
    // "Ukraine secured the release of 215 fighters", "with Kyiv also receiving 31 soldiers", "handed over to Ukraine 175
    // prisoners": the side that gets them back, named right before the figure (a per-side total elsewhere in the
    // sentence does not make these both sides').
    const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
    const receiver = RECEIVER_BEFORE.exec(before) ?? HANDED_TO_BEFORE.exec(before);
    if (receiver) return /^(?:Russia|Moscow)/.test(receiver[1]) ? "russia" : "ukraine";
    // "Moscow said it had also received two civilians": the speaker received them.
    if ((input.claimantSide === "ukraine" || input.claimantSide === "russia") && PRONOUN_RECEIVER_BEFORE.test(before)) return input.claimantSide;
    // "with 185 Ukrainian servicemen and 20 civilians returning home": a further item of a list is the item before's side.
    const last = input.sameSentence.at(-1);
    if (last && last.metric === "prisoners_exchanged" && (last.subject === "ukraine" || last.subject === "russia") && last.nounEnd !== undefined &&
        /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)$/.test(text.slice(last.nounEnd, mention.start))) return last.subject;
    const s = text.slice(sentence.start, sentence.end);
    if (PER_SIDE.test(s) || SWAP.test(s)) return "both";
    return input.claimantSide === "ukraine" || input.claimantSide === "russia" ? input.claimantSide : "unknown";
  }

  // "reported 1,510 killed and wounded Russian soldiers": the nation after the loss participles before the noun.
  if (noun.kind === "none" && VICTIM_METRICS.has(metric)) {
    const after = PARTICIPLES_NATION.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 48)));
    if (after) return after[1] ? "ukraine" : "russia";
  }
  // The adjective on the counted noun: "41 Russian warplanes", "34 percent of Russia's bombers".
  if (metric !== "territory_gained" && metric !== "territory_controlled" && metric !== "settlements_captured") {
    const adjective = hits(NATION, text, mention.end, nounEnd).filter((h) => !/^(?:Russian-backed|Russian-installed|pro-Russian)$/.test(text.slice(h.start, h.end)));
    if (adjective.length) return adjective[adjective.length - 1].side;
    // "two Japanese nationals have died fighting for Ukraine", "Indian nationals who had joined the Russian army": foreigners
    // are the losses of the side they fought for.
    if (LOSS_FAMILY.has(metric)) {
      const fought = FOUGHT_FOR_AFTER.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 70)));
      if (fought) return /^Ukrain/.test(fought[1]) ? "ukraine" : "russia";
    }
    // "150 servicemen of the 59th brigade of the Ukrainian army": the owner named after the people, as Russian and Ukrainian
    // official English puts it (prisoners above).
    if (LOSS_FAMILY.has(metric) || metric === "troops") {
      const owner = peopleOwnerAfter(text, nounEnd, sentence.end);
      if (owner) return owner;
    }
    if (input.nounSide) return input.nounSide;
  }
  // "667 aircraft, 283 helicopters and 103,455 drones of the Ukrainian armed forces have been destroyed": the owner named
  // once after a list's last item owns every item.
  if (metric === "aircraft_hit" || metric === "drones_downed") {
    const owner = LIST_OWNER_AFTER.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 200)));
    if (owner) return /^Ukrain/.test(owner[1]) ? "ukraine" : "russia";
  }
  if (metric === "aircraft_hit" || metric === "damage") {
    if (RUSSIAN_ONLY_AIRCRAFT.test(nounPhrase)) return "russia";
    if (UKRAINIAN_ONLY_AIRCRAFT.test(nounPhrase)) return "ukraine";
    // "12 aircraft, including Tu-95 and Tu-160 strategic bombers": the types the apposition names.
    const including = INCLUDING_AFTER.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 80)));
    if (including && metric === "aircraft_hit") {
      const types = including[0];
      if (RUSSIAN_ONLY_AIRCRAFT.test(types) && !UKRAINIAN_ONLY_AIRCRAFT.test(types)) return "russia";
      if (UKRAINIAN_ONLY_AIRCRAFT.test(types) && !RUSSIAN_ONLY_AIRCRAFT.test(types)) return "ukraine";
    }
    // "Ukrainian forces downed two Mi-8s": the side named as the shooter before the verb lost none of them.
    const cue = input.cue;
    // "Ukrainian defenders have also destroyed 3,686 tanks, 308 aircraft": a list's verb before its first item is its later
    // items' too, and so is that verb's subject.
    const listed = metric === "aircraft_hit" && cue && cue.end <= mention.start && cue.start < clause.start && cue.start >= sentence.start && LIST_ITEMS_BETWEEN.test(text.slice(cue.end, mention.start));
    if (metric === "aircraft_hit" && cue && cue.end <= mention.start && (cue.start >= clause.start || listed) && SHOOTING_VERB.test(text.slice(cue.start, cue.end))) {
      const from = listed ? Math.max(sentence.start, text.lastIndexOf(";", cue.start) + 1, text.lastIndexOf(":", cue.start) + 1) : clause.start;
      const shooters = hits(NATION, text, from, cue.start).filter((h) => outside(h, input.claimantSpan) && !NATION_AS_PLACE_BEFORE.test(text.slice(Math.max(from, h.start - 24), h.start)));
      // The clause's subject, its first nation: not a nation on the object ("destroyed six Russian aircraft and damaged eight").
      if (shooters.length) return opposite(shooters[0].side);
    }
  }
  if (metric === "drones_downed" || metric === "drones_launched") {
    if (RUSSIAN_ONLY_WEAPONS.test(nounPhrase)) return "russia";
    if (UKRAINIAN_ONLY_WEAPONS.test(nounPhrase)) return "ukraine";
  }

  if (!VICTIM_METRICS.has(metric)) return actorSide(input);

  // "300 North Korean soldiers have been killed and 2,700 injured": a bare number coordinated with a loss figure
  // whose noun named a nation shares its side.
  if ((noun.kind === "none" || (noun.kind === "noun" && BARE_LOSS_NOUN.test(text.slice(noun.start, noun.end)))) && LOSS_FAMILY.has(metric)) {
    const last = input.sameSentence[input.sameSentence.length - 1];
    if (last && last.start !== undefined && last.nounEnd !== undefined && last.nounEnd <= mention.start && LOSS_FAMILY.has(last.metric) &&
        (last.subject === "ukraine" || last.subject === "russia") && hits(NATION, text, last.start, last.nounEnd).length) {
      const gap = text.slice(last.nounEnd, mention.start);
      if (gap.length <= 160 && COORDINATED_GAP.test(gap) && !hits(NATION, text, last.nounEnd, mention.start).length) return last.subject;
    }
  }
  const same = input.sameSentence.find((f) => f.metric === metric && f.subject !== "unknown");
  if (metric === "damage") {
    const other = input.sameSentence.find((f) => f.subject !== "unknown" && VICTIM_METRICS.has(f.metric));
    if (other) return other.subject;
    // "The war has cost Ukraine's economy an estimated $524 billion": the nation it cost.
    const cost = COST_NATION_BEFORE.exec(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
    if (cost) return /^(?:Ukrain|Kyiv)/.test(cost[1]) ? "ukraine" : "russia";
  }
  // "Putin's summer offensive cost Russia 100,000 men": the nation it cost lost them.
  if (LOSS_FAMILY.has(metric)) {
    const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const cost = COST_NATION_BEFORE.exec(before);
    if (cost && !/\d/.test(before.slice(cost.index + cost[0].length))) return /^(?:Ukrain|Kyiv)/.test(cost[1]) ? "ukraine" : "russia";
  }
  const flip = metric === "drones_downed"; // drones downed over Russia are Ukraine's drones
  if (flip) {
    const launched = input.sameSentence.find((f) => f.metric === "drones_launched" && f.subject !== "unknown");
    if (launched) return launched.subject;
    // "Ukrainian forces downed 277 drones": the side named as the shooter before the verb lost none of them.
    const cue = input.cue;
    if (!same && cue && cue.end <= mention.start) {
      // "Russian forces have destroyed 662 aircraft, ..., 52,340 unmanned aerial vehicles": an item of a list reads the
      // shooter in the clause of the verb it shares.
      // A verb of losing ("Russia has lost ..., 21,571 drones") names the owner, not the shooter.
      const losing = /^los/i.test(text.slice(cue.start, cue.end));
      const from = cue.start < clause.start ? Math.max(sentence.start, text.lastIndexOf(",", cue.start) + 1) : clause.start;
      if (losing && cue.start < clause.start) {
        const owners = hits(NATION, text, from, cue.start).filter((h) => outside(h, input.claimantSpan));
        if (owners.length) return owners[owners.length - 1].side;
      }
      const shooters = losing ? [] : hits(NATION, text, from, cue.start).filter((h) => outside(h, input.claimantSpan) && !NATION_AS_PLACE_BEFORE.test(text.slice(Math.max(from, h.start - 24), h.start)));
      if (shooters.length) return opposite(shooters[shooters.length - 1].side);
    }
  }
  // "Russia has suffered roughly 1.1 million casualties, while Ukraine has suffered about 400,000": another loser named
  // between a figure of the same kind and this one is this one's.
  if (same && metric !== "drones_downed") {
    const lastSame = input.sameSentence.filter((f) => f.metric === metric && f.subject !== "unknown").at(-1)!;
    const between = hits(LOSER, text, lastSame.nounEnd ?? lastSame.start ?? sentence.start, mention.start).filter((h) => outside(h, input.claimantSpan));
    if (between.length) return between[between.length - 1].side;
  }
  if (same) return same.subject;
  // "Russian troops have captured 3,600 km², at the cost of roughly 240,000 casualties": the cost is the actor's own.
  if (LOSS_FAMILY.has(metric) && COST_OF_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start))) {
    // Not a dateline's country ("KYIV, Ukraine — Russia ends 2024 ..."), nor a place ("in eastern Ukraine").
    const actors = nationsIn(input, sentence.start, mention.start).filter((h) => !DATELINE_DASH_AFTER.test(text.slice(h.end, h.end + 4)));
    if (actors.length) return actors[0].side;
    const pronoun = pronounSubject(input);
    if (pronoun) return pronoun;
  }
  // "repelled a Ukrainian attack in Belgorod, killing 200 soldiers": the dead of a repelled attack are the attacker's.
  if (LOSS_FAMILY.has(metric)) {
    const repelled = REPELLED_ATTACK_BEFORE.exec(text.slice(Math.max(sentence.start, mention.start - 160), mention.start));
    if (repelled) return /^Ukrain/.test(repelled[1]) ? "ukraine" : "russia";
  }
  // "one of roughly 43,000 troops Kyiv says it has lost": the speaker's own losses.
  if ((input.claimantSide === "ukraine" || input.claimantSide === "russia") && input.claimantSpan && input.claimantSpan.start > mention.end &&
      SPEAKER_LOST_AFTER.test(text.slice(input.claimantSpan.end, Math.min(sentence.end, input.claimantSpan.end + 40)))) return input.claimantSide;
  // "the enemy lost up to 470 troops", "inflicted losses of 2,530 personnel on the enemy": the speaker's enemy.
  if (ENEMY_LOSER.test(text.slice(sentence.start, sentence.end)) && (input.claimantSide === "ukraine" || input.claimantSide === "russia")) return opposite(input.claimantSide);
  // "The total combat losses of the Russian army in Ukraine … amount to about 1,151,280 personnel": whose losses they are,
  // named after the word for them (before a place the war is in).
  if (LOSS_FAMILY.has(metric)) {
    const of = hits(LOSSES_OF_NATION, text, sentence.start, mention.start).filter((h) => outside(h, input.claimantSpan)).at(-1);
    if (of) return of.side;
  }
  if (metric !== "drones_downed") {
    let losers = hits(LOSER, text, sentence.start, sentence.end).filter((h) => outside(h, input.claimantSpan));
    // "Ukraine says Russia lost 500,000 soldiers": a speaker's name read as a loser over its verb hides the loser after it.
    const span = input.claimantSpan;
    if (!losers.length && span && span.start >= sentence.start && span.end < sentence.end) losers = hits(LOSER, text, span.end, sentence.end);
    // "Russia has suffered roughly 1.1 million casualties, …, while Ukraine has suffered about 400,000": the loser named
    // last before the figure, else the first after it.
    if (losers.length) return (losers.findLast((h) => h.start < mention.start) ?? losers[0]).side;
    // "Ukraine's own air force, which began the war with a few dozen MiG-29s, has lost at least 97 aircraft": the loser
    // before a relative clause set off by commas.
    const relative = RELATIVE_LOSER.exec(text.slice(sentence.start, mention.start));
    if (relative) return /^(?:Ukrain|Kyiv|Kiev)/.test(relative[1]) ? "ukraine" : "russia";
  }
  // (Module-level helpers rather than closures: a closure per figure costs an allocation, and a name under tsx.)
  const found =
    placeSide(input, flip, clause.start, clause.end) ??
    attackedSubject(input, flip, sentence.start, sentence.end) ??
    (flip ? null : weaponTarget(input.text, sentence.start, sentence.end)) ??
    placeSide(input, flip, sentence.start, sentence.end) ??
    international(input) ??
    input.recent ??
    (input.context ? attackedSubject(input, flip, input.context.start, input.context.end) ?? placeSide(input, flip, input.context.start, input.context.end) : null);
  if (found) return found;

  // "claimed the lives of seven people ... and left 19 others wounded": the dead and the wounded of one sentence are
  // the same side's, when nothing else tells.
  if (LOSS_FAMILY.has(metric)) {
    const sibling = input.sameSentence.find((f) => LOSS_FAMILY.has(f.metric) && (f.subject === "ukraine" || f.subject === "russia"));
    if (sibling) return sibling.subject;
  }
  // "since the beginning of the special military operation, 670 aircraft, 283 helicopters … have been destroyed": hardware
  // destroyed, counted in Russia's own words for its war, is Ukraine's.
  if ((metric === "aircraft_hit" || metric === "drones_downed") && SPECIAL_OPERATION.test(text.slice(sentence.start, sentence.end))) return "ukraine";
  // Last resort: who is speaking. Officials count their own civilian dead; armies count enemy hardware.
  const claimant = input.claimantSide;
  // "Direct damage to buildings and infrastructure reached $152 billion, the World Bank said": damage to homes, power and
  // an economy that no speaker of a side and no Russian target names is the war's damage to Ukraine, where it is fought.
  if (metric === "damage" && claimant !== "ukraine" && claimant !== "russia" && CIVIL_DAMAGE.test(text.slice(sentence.start, sentence.end)) &&
      !RUSSIAN_TARGET.test(text.slice(sentence.start, sentence.end))) return "ukraine";
  if (claimant !== "ukraine" && claimant !== "russia") return "unknown";
  // "Ukrainian officials say the damage to the country's energy system has exceeded $20 billion", "the ministry puts the
  // damage to sports infrastructure at $460m": damage to a nation's economy or homes is counted by its own officials.
  if (metric === "damage" && CIVIL_DAMAGE.test(text.slice(sentence.start, sentence.end))) return claimant;
  if (metric === "aircraft_hit" || metric === "drones_downed" || metric === "damage") {
    // "Russian military bloggers put the losses at 13 aircraft": losses spoken of without an owner are the speaker's own.
    return metric === "aircraft_hit" && OWN_LOSS_WORD.test(text.slice(clause.start, mention.start)) ? claimant : opposite(claimant);
  }
  if (noun.kind === "none" || (noun.kind === "noun" && CIVILIAN_NOUN.test(text.slice(noun.start, noun.end)))) return claimant;
  return "unknown";
}

/** The side of the place in [from, to) nearest the figure (outside the claimant's words); `flip` for drones downed over it. */
function placeSide(input: SideInput, flip: boolean, from: number, to: number): SubjectSide | null {
  const ps = placesIn(input.text, from, to).filter((h) => outside(h, input.claimantSpan));
  if (!ps.length) return null;
  const at = input.mention.start;
  const nearest = ps.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
  return flip ? opposite(nearest.side) : nearest.side;
}

/** The side an attack in [from, to) hit; `flip` for drones downed. */
function attackedSubject(input: SideInput, flip: boolean, from: number, to: number): SubjectSide | null {
  const a = attackedSide(input.text, from, to, input.claimantSpan);
  return a === null ? null : flip ? opposite(a) : a;
}

/**
 * "Two Iskander missiles hit the city centre, killing 35 people": a weapon only one side fires, named in the sentence and
 * no nation word, struck the other side's people. Both sides' weapons named: no answer.
 */
function weaponTarget(text: string, from: number, to: number): SubjectSide | null {
  const slice = text.slice(from, to);
  const russian = RUSSIAN_ONLY_WEAPONS.test(slice);
  const ukrainian = UKRAINIAN_ONLY_WEAPONS.test(slice);
  if (russian === ukrainian) return null;
  return russian ? "ukraine" : "russia";
}

/**
 * Civilian dead and injured counted by an international body ("the UN mission in Ukraine said 232 civilians
 * were killed") are Ukraine's unless a place in Russia is named: where the body works, else Ukraine.
 */
function international(input: SideInput): SubjectSide | null {
  const { text, metric, noun } = input;
  if (input.claimantSide !== "third_party" || (metric !== "killed" && metric !== "injured" && metric !== "casualties")) return null;
  if (noun.kind === "noun" && SOLDIER_NOUN.test(text.slice(noun.start, noun.end))) return null;
  const own = input.claimantSpan ? placesIn(text, input.claimantSpan.start, input.claimantSpan.end) : [];
  if (own.length) return own[0].side;
  // "Mediazona estimates the real toll at 200,000": an independent count of an army's dead, named in the sentence or
  // the ones before ("the war takes its toll on the Russian army"), is that army's side, not the civilians'.
  const army = lastArmy(text, input.sentence.start, input.sentence.end) ?? (input.context ? lastArmy(text, input.context.start, input.context.end) : null);
  if (army) return army;
  // "Mediazona and BBC Russian have counted 124,000 deaths": the projects that count one army's dead by name speak of
  // that army when the sentence names none.
  const counter = input.claimantSpan ? ARMY_DEAD_COUNTER.exec(text.slice(input.claimantSpan.start, input.claimantSpan.end)) : null;
  if (counter) return counter[1] ? "russia" : "ukraine";
  return "ukraine";
}

/** Projects that count one army's war dead by name: Russia's (Mediazona, BBC Russian, iStories), Ukraine's (UALosses). */
const ARMY_DEAD_COUNTER = /\b(?:(Mediazona|BBC(?:['’]s)?\s+(?:News\s+)?Russian|iStories|Important\s+Stories|Novaya\s+Gazeta)|(UALosses))\b/;

/** A nation's army or soldiers, in the nation words every side pattern here uses: "the Russian army", "Ukrainian soldiers", "Kyiv's forces". */
const NATION_ARMY = new RegExp(`(?<![\\w-])(?:(${UKR})|(${RUS}))\\s+(?:(?:armed\\s+)?forces|army|military|soldiers|troops|servicemen|service\\s+members|war\\s+dead|combatants|casualties|losses)\\b`, "g");

function lastArmy(text: string, from: number, to: number): SubjectSide | null {
  const found = hits(NATION_ARMY, text, from, to);
  return found.length ? found[found.length - 1].side : null;
}

/** Nation words in [from, to) outside the claimant's words and not naming a place ("in Russia's"). */
function nationsIn(input: SideInput, from: number, to: number): Hit[] {
  const text = input.text;
  return hits(NATION, text, from, to).filter((h) => outside(h, input.claimantSpan) && (!NATION_AS_PLACE_BEFORE.test(text.slice(Math.max(from, h.start - 24), h.start)) || FORCES_OF_BEFORE.test(text.slice(Math.max(from, h.start - 24), h.start))));
}
/** "the Armed Forces of Ukraine", "the Defence Forces of Ukraine": the nation of an army, not a place. */
const FORCES_OF_BEFORE = /\b(?:Armed|Defen[cs]e|Ground|Naval|Air)\s+Forces\s+of\s+(?:the\s+)?$/;

/** The last match of a global regex in `s` (what [...s.matchAll(re)].at(-1) gives), without an array of all of them. */
function lastMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last;
}
/** The first match of a global regex in `s` (what [...s.matchAll(re)][0] gives). */
function firstMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m ?? undefined;
}

/** A side's hold on land as one adjective: "Ukrainian-held", "Russian-controlled", "Russia-occupied". */
const HELD_BY = /\b(Ukrainian|Ukraine|Kyiv|Russian|Russia|Moscow)[-\u2010\u2011](?:held|controlled|occupied)\b/g;

/** The side that held land before it was taken back: "the territory previously occupied by Ukrainian forces". */
const FORMER_HOLDER = /^[^.;]{0,40}?\b(?:territory|territories|land|areas?|villages?|settlements?)\s+(?:(?:previously|earlier|once|formerly)\s+)?(?:occupied|held|controlled|seized|captured)\s+by\s+(?:the\s+)?(Ukrainian|Ukraine|Russian|Russia)/;
/** "the war in", "the invasion of", "the conflict in": a nation after them names the war, not a place. */
const WAR_NAME_BEFORE = /\b(?:war|conflict|invasion|fighting)\s+(?:in|of|on|against)\s+$/i;
/** A word opening a contrasted clause, whose subject may be another side. */
const CONTRAST_WORD = /\b(?:while|whereas|but)\b/g;
/** Land or places passing to a side: "fell under Russian control", "came back under Ukraine's control", "have come under
 * the control of Russian forces". */
const UNDER_CONTROL = /^[^.;]{0,60}?\b(?:fell|fallen|came|come|passed|went|gone|returned|back)\s+(?:back\s+)?(?:under|into)\s+(?:(Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Kyiv['’]s|Moscow['’]s)\s+control\b|the\s+control\s+of\s+(?:the\s+)?(Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv)\b)/;

/** An apposition of types after a counted noun: ", including Tu-95 and Tu-160 strategic bombers", " (two Su-34s)". */
const INCLUDING_AFTER = /^\s*(?:,\s*(?:including|among\s+them|mostly|mainly)|\(|[-–—:])[^.;)]{0,70}/;
/** Verbs of shooting down or destroying, whose subject is the other side's. */
const SHOOTING_VERB = /^(?:downed|shot\s+down|shoot\s+down|shooting\s+down|destroyed|destroy|destroying|hit|struck|damaged|intercepted|eliminated)$/i;
/** Verbs of losing land, and the passive of being pushed out of it. */
const LOSING_LAND = /^(?:lost|lose|loses|losing)\b/i;
const PUSHED_OUT = /\b(?:were|was|been|being|are|is)\s+(?:pushed|driven|forced|ousted)\s+out\b/i;
/** A nation (or its forces) and a relative clause of it, then its loss: "Ukraine's own air force, which ..., has lost". */
const RELATIVE_LOSER = /\b(Russia|Ukraine|Moscow|Kyiv|Kiev)(?:['’]s)?(?:\s+own)?(?:\s+(?:air\s+force|army|armed\s+forces|forces|military|navy|troops))?\s*,\s*(?:which|who)\s[^,;.]{0,120},\s*(?:has|have|had)\s+(?:also\s+)?(?:lost|suffered)\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost)\s+)?$/;
/** A nation and a relative clause of it, up to a figure: "Russia, which controls just under ". */
const RELATIVE_ACTOR = /\b(Russia|Moscow|the\s+Kremlin|Ukraine|Kyiv|Kiev)(?:['’]s\s+(?:forces|army|troops|military))?\s*,\s*(?:which|who)\s+[^,;.]{0,70}$/;
/** An attack verb right before its object: "attacked Ukraine", "struck the Russian". */
const ATTACK_VERB_BEFORE = /\b(?:attacked|attacking|attacks|attack|struck|strikes|striking|targeted|targeting|targets|hit|hitting|bombarded|shelled|pounded)\s+(?:the\s+)?$/i;
/** After people counted: the army they are in ("880,000 people in its armed forces"); the word before the army is kept. */
export const IN_ARMED_FORCES = /^\s+(?:serving\s+)?in\s+(its|their|the|Ukraine['’]s|Russia['’]s|the\s+(?:Ukrainian|Russian))\s+(?:armed\s+forces|army|military|ranks)\b/;
/** Before the dead of an attack repelled: "repelled a Ukrainian attack in Belgorod, killing". */
const REPELLED_ATTACK_BEFORE = /\b(?:repelled|repulsed|repels|repel|repelling|thwarted|foiled)\s+(?:an?\s+|the\s+)?(?:attempted\s+|major\s+|large-scale\s+)?(Ukrainian|Russian)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensive|incursion|raids?|attempts?|breakthrough)\b[^.;]{0,80}?\b(?:killing|eliminating|wounding|inflicting)\s+(?:(?:more\s+than|over|about|some|at\s+least|up\s+to|nearly|almost|around)\s+)?$/;
/** Russia's own name for its war: hardware counted in it is Ukraine's. */
const SPECIAL_OPERATION = /\bspecial\s+military\s+operation\b/i;
/** "they" right before a verb, and a sentence opening on the occupiers it stands for. */
const THEY_BEFORE = /\bthey\s+(?:(?:have|had)\s+)?(?:(?:also|reportedly|already)\s+)?$/i;
const SUBJECT_OCCUPIERS = /^[\s"“]*(?:The\s+)?(?:occupiers|invaders|Russian\s+(?:occupiers|invaders))\b/i;
/** The actor right before a verb: the speaker's enemy ("the enemy", "enemy forces"), or Russia's forces in Ukrainian words (group 1). */
const ENEMY_ACTOR = /(?:\b(?:the\s+)?enemy(?:\s+(?:forces|troops|army|units|soldiers))?|\b(?:the\s+)?(occupiers|invaders|occupation\s+forces|occupying\s+forces|Russian\s+occupiers))\s+(?:(?:has|have|had)\s+)?(?:(?:also|reportedly|allegedly|already)\s+)?$/i;

/** Who acted: the adjective on the counted noun, else the nation named nearest before the verb. */
function actorSide(input: SideInput): SubjectSide {
  const { text, metric, sentence, clause, mention, noun, cue } = input;
  // "the remaining Ukrainian-held part is still about 6,600 km²", "Russian-occupied territory of 113,000 km²": the holder.
  if (metric === "territory_controlled") {
    const held = lastMatch(HELD_BY, text.slice(clause.start, mention.start)) ?? firstMatch(HELD_BY, text.slice(mention.end, Math.min(clause.end, mention.end + 60)));
    if (held) return /^(?:Russia|Moscow)/.test(held[1]) ? "russia" : "ukraine";
  }
  // "14 settlements that fell under Russian control", "villages that came back under Ukrainian control": the new holder.
  if (metric === "settlements_captured" || metric === "territory_gained") {
    const under = UNDER_CONTROL.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 80)));
    if (under) return /^(?:Russia|Moscow)/.test(under[1] ?? under[2]) ? "russia" : "ukraine";
    // "86 percent of the territory previously occupied by Ukrainian forces ... had been retaken": taken back from them.
    const former = FORMER_HOLDER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 80)));
    if (former) return /^Russia/.test(former[1]) ? "ukraine" : "russia";
  }
  if (metric === "drones_launched" || metric === "troops") {
    const nounEnd = noun.kind === "noun" ? noun.end : mention.end;
    const adjective = hits(NATION, text, mention.end, nounEnd);
    if (adjective.length) return adjective[adjective.length - 1].side;
    // "About 700,000 servicemen are taking part in the special military operation": Russia's name for its own war.
    if (metric === "troops" && SPECIAL_OPERATION.test(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 120)))) return "russia";
    // "Ukraine says it has about 880,000 people in its armed forces": the army "its" stands for, the sentence's first nation.
    const army = metric === "troops" ? IN_ARMED_FORCES.exec(text.slice(nounEnd, Math.min(sentence.end, nounEnd + 40))) : null;
    if (army && /^(?:its|their)$/.test(army[1])) {
      // The speaker may be that nation ("Ukraine says it has …"): its words count here.
      const owner = hits(NATION, text, sentence.start, mention.start).filter((h) => !NATION_AS_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 24), h.start)))[0];
      if (owner) return owner.side;
    }
  }
  // "50 drones Russia launched overnight": the actor named between the counted noun and its verb.
  if (cue && cue.start >= mention.end) {
    const nounEnd = noun.kind === "noun" ? noun.end : mention.end;
    const between = hits(NATION, text, nounEnd, cue.start).filter((h) => outside(h, input.claimantSpan));
    if (between.length && cue.start - nounEnd < 24) return between[between.length - 1].side;
  }
  // "Ukraine's army lost control of about 300 km²", "Ukrainian forces were pushed out of 800 sq km": land or places a side
  // lost were gained by the other side.
  if ((metric === "territory_gained" || metric === "settlements_captured") && cue && cue.end <= mention.start &&
      (LOSING_LAND.test(text.slice(cue.start, cue.end)) || PUSHED_OUT.test(text.slice(Math.max(sentence.start, cue.start - 12), Math.min(sentence.end, cue.end + 8))))) {
    const losers = nationsIn(input, Math.min(clause.start, cue.start), cue.start);
    if (losers.length) return opposite(losers[losers.length - 1].side);
  }
  // "Russia, which controls just under a fifth of Ukraine, ...": the nation a relative clause hangs from acts in it.
  const relative = RELATIVE_ACTOR.exec(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
  if (relative) return /^(?:Ukrain|Kyiv|Kiev)/.test(relative[1]) ? "ukraine" : "russia";
  const anchor = cue && cue.end <= mention.start ? cue.start : mention.start;
  // "DeepState said the enemy occupied 428 km²": the speaker's enemy acts; "the occupiers seized 3 villages": Russia's
  // forces (a Ukrainian word for them).
  if (cue && cue.end <= mention.start) {
    const actor = ENEMY_ACTOR.exec(text.slice(Math.max(clause.start, cue.start - 40), cue.start));
    if (actor && actor[1]) return "russia";
    if (actor && (input.claimantSide === "ukraine" || input.claimantSide === "russia")) return opposite(input.claimantSide);
    // "The enemy launched two missiles" with no speaker, in Ukrinform: the outlet's enemy.
    if (actor && input.claimantSide === "unknown" && (input.outletSide === "ukraine" || input.outletSide === "russia")) return opposite(input.outletSide);
    // "The occupiers were most active near Pokrovsk, where they seized 7 settlements": "they" is the sentence's subject.
    if (THEY_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 16), cue.start)) && SUBJECT_OCCUPIERS.test(text.slice(sentence.start, cue.start))) return "russia";
  }
  // "Russia's defence ministry said its forces had liberated 189 settlements": the speaker's own forces act.
  if ((input.claimantSide === "ukraine" || input.claimantSide === "russia") && OWN_FORCES.test(text.slice(Math.max(clause.start, anchor - 40), anchor))) return input.claimantSide;
  // "Ukraine said it controlled about 1,300 km²", "Moscow says they have taken 12 villages": the pronoun is the speaker.
  if ((input.claimantSide === "ukraine" || input.claimantSide === "russia") && cue && cue.end <= mention.start && input.claimantSpan &&
      input.claimantSpan.end <= cue.start && PRONOUN_ACTOR.test(text.slice(Math.max(input.claimantSpan.end, cue.start - 60), cue.start))) return input.claimantSide;
  // "Ukraine claimed to control about 1,300 km² of Russian territory", "Kyiv ..., claiming to have captured": the one
  // claiming acts, not the nation whose land it is.
  if ((input.claimantSide === "ukraine" || input.claimantSide === "russia") && cue && cue.end <= mention.start && input.claimantSpan &&
      input.claimantSpan.end <= cue.start && CLAIMS_TO_BEFORE.test(text.slice(Math.max(input.claimantSpan.end, cue.start - 24), cue.start))) return input.claimantSide;
  // "Ukrainian forces have pushed back Russian troops and regained 10 km²": the nation a verb of repelling takes as its
  // object is not the one acting in the verb coordinated after it.
  const inClause = nationsIn(input, Math.min(clause.start, anchor), anchor);
  const lastHit = inClause[inClause.length - 1];
  if (inClause.length > 1 && REPELLED_BEFORE.test(text.slice(Math.max(clause.start, lastHit.start - 24), lastHit.start))) inClause.pop();
  if (inClause.length) {
    const last = inClause[inClause.length - 1];
    // "the enemy attacked Ukraine with 112 drones": the nation an attack verb takes as its object is the target.
    if (metric === "drones_launched" && ATTACK_VERB_BEFORE.test(text.slice(Math.max(sentence.start, last.start - 16), last.start))) return opposite(last.side) as SubjectSide;
    return last.side;
  }
  // "Ukraine has 880,000 people under arms, …, while Russia, according to Ukrainian intelligence, has roughly 710,000
  // troops": a nation after a contrast word, past the figures before it, is the subject of its own clause.
  const earlier = input.sameSentence.at(-1);
  if (earlier?.start !== undefined) {
    const contrast = lastMatch(CONTRAST_WORD, text.slice(earlier.start, anchor));
    const subject = contrast ? nationsIn(input, earlier.start + contrast.index + contrast[0].length, anchor)[0] : undefined;
    if (subject) return subject.side;
  }
  const same = input.sameSentence.find((f) => f.metric === metric && f.subject !== "unknown");
  if (same) return same.subject;
  const inSentence = nationsIn(input, sentence.start, anchor);
  if (inSentence.length) return inSentence[inSentence.length - 1].side;
  // "Russia now holds about 116,000 km². This year it has gained around 4,500 sq km": the pronoun's nation.
  const pronoun = pronounSubject(input);
  if (pronoun) return pronoun;
  // A passive with its agent after ("were launched by Russia") or its target ("at Ukraine").
  const after = text.slice(mention.end, sentence.end);
  const by = /\bby\s+(?:the\s+)?(Russian|Russia|Moscow|Ukrainian|Ukraine|Kyiv|Kiev)\b/.exec(after);
  if (by) return /^(?:Russian|Russia|Moscow)$/.test(by[1]) ? "russia" : "ukraine";
  if (metric === "drones_launched") {
    const a = attackedSide(text, sentence.start, sentence.end);
    if (a) return opposite(a);
    if (input.recent) return input.recent;
    if (input.context) {
      const c = attackedSide(text, input.context.start, input.context.end);
      if (c) return opposite(c);
    }
  }
  if (input.recent) return input.recent;
  // Officials count the drones launched at their own side.
  if (metric === "drones_launched" && (input.claimantSide === "ukraine" || input.claimantSide === "russia")) return opposite(input.claimantSide);
  // "its forces had taken control of two villages", said the ministry: armies claim their own gains.
  if ((metric === "settlements_captured" || metric === "territory_gained") && (input.claimantSide === "ukraine" || input.claimantSide === "russia")) return input.claimantSide;
  return "unknown";
}
