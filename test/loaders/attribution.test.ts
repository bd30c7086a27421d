import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colonIntroduction, createAttributor } from "../../loaders/attribution.js";
import { parseExtractionTables } from "../../loaders/defaultTables.js";
import { extractFigures } from "../../loaders/extract.js";
import { splitSentences } from "../../loaders/sentences.js";

const read = (n: string) => readFileSync(new URL(`../../data/tables/${n}.csv`, import.meta.url), "utf8");
const tables = parseExtractionTables({ claimants: read("claimants"), metrics: read("metrics"), qualifiers: read("qualifiers") });
const attributor = createAttributor(tables.claimants);

/** Claimant, side and rule of the figure `figure` in the last sentence of `text`. */
function claimOf(text: string, figure: string) {
  const sentences = splitSentences(text);
  const offset = text.lastIndexOf(figure);
  const k = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const a = attributor.attribute(text, sentences[k], offset, sentences.slice(0, k));
  return a ? [a.claimant, a.side, a.rule] : null;
}

describe("claimants", () => {
  it("reads 'according to X' and looks X up in the claimants table", () => {
    expect(claimOf("In Ukraine's Kherson region, three people were killed, according to Oleksandr Prokudin, head of the region's military administration.", "three")).toEqual(["Oleksandr Prokudin", "ukraine", "according_to"]);
    expect(claimOf("At least seven people were injured in Kursk, according to the acting local governor Alexander Khinshtein and Russia's state-owned news agency, TASS.", "seven")).toEqual(["the acting local governor Alexander Khinshtein", "russia", "according_to"]);
  });

  it("reads 'X said' with adverbs and datelines trimmed", () => {
    expect(claimOf("On Wednesday, the Russian Defense Ministry said it had destroyed nearly 300 Ukrainian drones.", "300")).toEqual(["the Russian Defense Ministry", "russia", "speech_verb"]);
    expect(claimOf("Ukrainian officials also said Moscow has captured four villages.", "four")).toEqual(["Ukrainian officials", "ukraine", "fallback"]);
  });

  it("prefers the claimant over the news agency relaying it", () => {
    expect(claimOf("The Ukrainian leader says Russia has assembled more than 50,000 troops near Sumy, according to Reuters.", "50,000")?.[1]).toBe("ukraine");
  });

  it("reads a name with its apposition before 'said'", () => {
    expect(claimOf("Vasyl Malyuk, the head of the SBU, said 34% of Russia's strategic bombers had been hit.", "34%")).toEqual(["Vasyl Malyuk, the head of the SBU", "ukraine", "speech_verb"]);
  });

  it("resolves 'the official said' and 'according to the agency' to the speaker named before", () => {
    const text = "A Ukrainian intelligence official said this was the first such attack. The official said drones were hidden in sheds. A total of 41 Russian warplanes were hit, the official said.";
    expect(claimOf(text, "41")).toEqual(["A Ukrainian intelligence official", "ukraine", "carried"]);
    const sbu = "Late on Sunday, Ukraine's Security Service (SBU) declared that it had launched a special operation. According to the agency, roughly 34 percent of Russia's bombers were hit.";
    expect(claimOf(sbu, "34")?.slice(1)).toEqual(["ukraine", "carried"]);
  });

  it("resolves 'the site claimed' to the named site of the sentence before", () => {
    const text = 'In response, a Russian fact-checking site "warfakes" accused Ukraine of exaggerating. The site claimed that a maximum of two long-range aircraft were destroyed.';
    expect(claimOf(text, "two")?.slice(1)).toEqual(["russia", "carried"]);
  });

  it("takes the subject of the sentence as the speaker of a participle", () => {
    expect(claimOf('Zelenskyy expressed delight at the "absolutely brilliant outcome," noting 117 drones had been used in the attack.', "117")).toEqual(["Zelenskyy", "ukraine", "speech_verb"]);
  });

  it("gives unnamed local officials the side of the place they speak about", () => {
    expect(claimOf("Officials said at least one person had also been injured in explosions in the cities of Kharkiv and Izyum.", "one")).toEqual(["Officials", "ukraine", "fallback"]);
  });

  it("reads inverted attribution and the colon form of headlines", () => {
    expect(claimOf('"Regarding the remaining aircraft, nothing is certain," said the Russian Defence Ministry.', "aircraft")?.[1]).toBe("russia");
    expect(claimOf("Zelensky: Russia lost 1,000 soldiers in a day", "1,000")).toEqual(["Zelensky", "ukraine", "colon"]);
  });

  it("reads 'an estimated' and 'the reported' as adjectives, not as words of saying", () => {
    expect(claimOf("Shelling has caused an estimated $40bn in damage to Ukrainian railways, the European Commission said.", "$40bn")).toEqual(["the European Commission", "third_party", "speech_verb"]);
  });

  it("does not take a clause with its own verb after 'said' for the speaker", () => {
    expect(claimOf("A Western diplomat, briefing journalists in Brussels, said Moscow had lost about 900 tanks this year.", "900")?.[1]).toBe("third_party");
    expect(claimOf("The chief of the Odesa City Military Administration, Hennadii Trukhanov, said the number of wounded had grown to nine.", "nine")).not.toEqual(expect.arrayContaining(["the number of wounded had grown to nine"]));
  });

  it("keeps the name before an apposition that is a participle ('speaking on condition of anonymity')", () => {
    expect(claimOf("A senior U.S. military official, speaking on condition of anonymity, said about 2,000 Russian soldiers were killed in a week.", "2,000")).toEqual(["A senior U.S. military official", "third_party", "fallback"]);
  });

  it("gives governments beyond the two sides, written 'U.K.', 'South Korea's', 'the UAE', to third_party", () => {
    expect(claimOf("The U.K. Defence Ministry estimated that Russia lost 1,200 soldiers a day.", "1,200")?.[1]).toBe("third_party");
    expect(claimOf("South Korea's intelligence service says some 400 North Korean troops have been killed.", "400")?.[1]).toBe("third_party");
    expect(claimOf("The UAE said the swap freed 300 captives in total.", "300")?.[1]).toBe("third_party");
  });

  it("resolves 'it said' to a speaker named earlier in the same sentence before looking back", () => {
    const text = "President Zelensky visited the city. The Russian Defence Ministry gave no details, but it said air defences had shot down 31 Ukrainian drones.";
    expect(claimOf(text, "31")).toEqual(["Russian Defence Ministry", "russia", "carried"]);
  });

  it("keeps a speaker before an aside such as 'for its part' or 'in turn'", () => {
    expect(claimOf("Russia's defence ministry, for its part, says it has destroyed 120 Ukrainian aircraft.", "120")?.[1]).toBe("russia");
  });

  it("reads 'documented', 'verified' and 'calculated' as words of saying, and 'according to him' and 'the general said' as anaphors", () => {
    expect(claimOf("Oryx has documented at least 40 Russian helicopters destroyed.", "40")).toEqual(["Oryx", "third_party", "speech_verb"]);
    expect(claimOf("Valery Gerasimov addressed the meeting. According to him, Ukrainian units now hold less than 300 square kilometres.", "300")?.[1]).toBe("russia");
    expect(claimOf("Valery Gerasimov addressed the meeting. The general said the enemy had lost 5,000 servicemen.", "5,000")?.[1]).toBe("russia");
  });

  it("gives unnamed local officials and an unlisted mayor the place of the sentences just before", () => {
    expect(claimOf("A glide bomb struck a school in Zaporizhzhia. Later, officials put the number of wounded at 17.", "17")?.[1]).toBe("ukraine");
    expect(claimOf("Drones hit an oil depot in Belgorod. The acting mayor Ivan Petrov gave a preliminary toll of four injured.", "four")?.[1]).toBe("russia");
  });

  it("gives an unlisted mayor the nearest place named in the sentences before, several sentences up", () => {
    const text = "- A missile hit the centre of Chernihiv on Friday, rescuers said. At least 40 people were hurt, the service added.\n- The strike came during a holiday. Crowds had gathered on the square. President Zelensky condemned the attack.\n- Earlier, acting Mayor Pavlo Demchuk had given a toll of 12 dead.";
    expect(claimOf(text, "12")?.[1]).toBe("ukraine");
  });

  it("reads a capitalised office ('The U.K. Defence Ministry said') as the antecedent of 'it'", () => {
    const text = "President Zelensky said the front was holding. The U.K. Defence Ministry said Moscow was losing ground. It estimated Russian casualties at over 600,000.";
    expect(claimOf(text, "600,000")?.[1]).toBe("third_party");
  });

  it("resolves a description with a head ('the General Staff', 'the ministry') to the latest mention holding it anywhere earlier in the article", () => {
    const far = "Ukraine's General Staff publishes its tallies every morning. " + "Fighting went on near the front. ".repeat(25) +
      "Russia's Defence Ministry said its troops had advanced. The General Staff said 35 drones were downed overnight.";
    expect(claimOf(far, "35")).toEqual(["Ukraine's General Staff", "ukraine", "carried"]);
    const foreign = "Drones struck Odesa at night. Ukraine's foreign ministry summoned the envoy. The Pentagon said it was watching. The ministry said 12 people were hurt.";
    expect(claimOf(foreign, "12")?.[1]).toBe("ukraine");
  });

  it("gives a capitalised description named nowhere before no other body's claimant", () => {
    const text = "Russia's Defence Ministry said its troops had advanced near Pokrovsk. The General Staff said 52 drones were downed.";
    expect(claimOf(text, "52")?.[1]).not.toBe("russia");
  });

  it("gives a description after an opening place ('In Russia, the defence ministry said') that place's side", () => {
    const text = "The Pentagon said it would send more interceptors. In Russia, the defence ministry said air defences destroyed 27 drones.";
    expect(claimOf(text, "27")).toEqual(["the defence ministry", "russia", "carried"]);
  });

  it("reads 'the military said' after a capitalised speaker whose side an earlier mention gives", () => {
    const text = "The losses were reported by the General Staff of the Armed Forces of Ukraine on Monday. " + "Assaults continued near Kupiansk. ".repeat(8) + "The General Staff said the week was the hardest yet. Heavy losses, 9,100 soldiers killed or wounded, were recorded in the month, the military said.";
    expect(claimOf(text, "9,100")?.[1]).toBe("ukraine");
  });

  it("gives a surname the side of its full mention earlier in the article, by office, place or apposition", () => {
    const governor = "The toll rose to 9, Odesa regional Governor Oleksiy Dmytrenko said on Friday. Rescuers worked through the night. Dmytrenko said 31 people had been wounded.";
    expect(claimOf(governor, "31")).toEqual(["Dmytrenko", "ukraine", "speech_verb"]);
    const apposition = 'The UN Human Rights Monitoring Mission in Ukraine published its report. "The toll keeps rising," said Maria Holm, the head of the Mission. Ms. Holm added that 640 civilians had been killed in the month.';
    expect(claimOf(apposition, "640")?.[1]).toBe("third_party");
  });

  it("reads the antecedent of a relative pronoun as the speaker ('first reported by Japanese intelligence, which said')", () => {
    expect(claimOf("The transfer was first reported by Japanese intelligence, which initially said 800 engineers had arrived.", "800")).toEqual(["Japanese intelligence", "third_party", "fallback"]);
  });

  it("gives an unlisted speaker after 'said' the side of the office of a place in its apposition", () => {
    expect(claimOf("The shelling wounded 14 people, said Maksym Horodnyi, the governor of Mykolaiv.", "14")).toEqual(["Maksym Horodnyi", "ukraine", "speech_verb"]);
  });

  it("keeps the name before an apposition 'known as'", () => {
    expect(claimOf("Ukraine's military intelligence agency, known as HUR, said 450 North Korean soldiers had died.", "450")?.[1]).toBe("ukraine");
  });

  it("reads 'quoted X as saying' and 'X was quoted as saying' as X's words", () => {
    expect(claimOf("State media quoted Kursk governor Alexander Khinshtein as saying 6 people were hurt.", "6")?.[1]).toBe("russia");
    const text = "Russia's Defence Ministry said strikes hit Ukrainian depots. Some 85 drones were destroyed, the ministry was quoted as saying by Interfax.";
    expect(claimOf(text, "85")?.[1]).toBe("russia");
  });

  it("gives a name after a role and a comma the role's side ('A Ukrainian army spokesman, Ivan Sydorenko, said')", () => {
    expect(claimOf("A Ukrainian army spokesman, Ivan Sydorenko, said 35 assaults were repelled.", "35")).toEqual(["Ivan Sydorenko", "ukraine", "speech_verb"]);
  });

  it("reads 'Per X,' as 'according to X', but not 'per day'", () => {
    expect(claimOf("Per Ukraine's General Staff, Russia lost 1,180 troops in a day.", "1,180")).toEqual(["Ukraine's General Staff", "ukraine", "according_to"]);
    expect(claimOf("Russia fired 6 missiles per day at the city.", "6")).toBeNull();
  });

  it("reads a known source after a dash at the end of a headline, not a phrase holding a name", () => {
    expect(claimOf("Russia lost 1,300 troops in a day – Ukraine's General Staff", "1,300")).toEqual(["Ukraine's General Staff", "ukraine", "colon"]);
    expect(claimOf("Drones hit 4 depots — a blow to the Russian military.", "4")).toBeNull();
  });

  it("keeps a name before its apposition when an auxiliary follows ('Oryx, a Dutch open-source site, has documented')", () => {
    expect(claimOf("Oryx, a Dutch open-source site, has documented 3,200 Russian tanks destroyed.", "3,200")).toEqual(["Oryx, a Dutch open-source site", "third_party", "speech_verb"]);
  });

  it("gives human rights organisations and the IAEA by its full name to third_party", () => {
    expect(claimOf("Human Rights Watch said 16 civilians died in the strikes.", "16")?.[1]).toBe("third_party");
    expect(claimOf("The International Atomic Energy Agency said 2 drones hit the plant.", "2")?.[1]).toBe("third_party");
  });

  it("gives a capitalised or armed-body description ('the ministry') named nowhere before the side of the sentence's subject, or its enemy's when the nation lost or was struck", () => {
    expect(claimOf("Russian forces captured 3 villages in the east, the Defence Ministry said.", "3")?.[1]).toBe("russia");
    expect(claimOf("Russia lost 1,070 troops over the past day, the General Staff said.", "1,070")?.[1]).toBe("ukraine");
    expect(claimOf("Russia's losses reached 1,070 troops over the past day, the General Staff said.", "1,070")?.[1]).toBe("ukraine");
    expect(claimOf("Air defence units shot down 61 Ukrainian drones overnight, the Defence Ministry said.", "61")?.[1]).toBe("russia");
    expect(claimOf("Air defence units shot down 61 Ukrainian drones overnight, the ministry said.", "61")).toEqual(["the ministry", "russia", "fallback"]);
  });

  it("names no claimant when the outlet states a figure in its own voice", () => {
    expect(claimOf("Russia currently controls about 20% of Ukraine's territory.", "20%")).toBeNull();
    expect(claimOf("The SBU's operation hit 41 aircraft.", "41")).toBeNull();
  });
});

describe("claimants, round 2: documents, negations, appositions", () => {
  it("takes the owner of a document as the claimant ('according to the ministry's estimates', 'the FT's count')", () => {
    expect(claimOf("Ukraine's defence ministry said on Monday that the front had held. In all, Russia has lost 2,300 tanks since the spring, according to the ministry's estimates.", "2,300")?.[1]).toBe("ukraine");
    expect(claimOf("Russian forces gained 320 sq km in March, according to the FT's count.", "320")?.[1]).toBe("third_party");
    // A document that names its own side keeps it.
    expect(claimOf("Russia has lost 900 artillery systems, according to the Pentagon's estimates.", "900")?.[1]).toBe("third_party");
  });

  it("reads a possessive pronoun's document as its owner's ('Kyiv does not publish its figures; its last count put ...')", () => {
    expect(claimOf("Kyiv does not publish its own losses; its last official count, on March 3, 2023, put the toll at 9,100.", "9,100")?.[1]).toBe("ukraine");
  });

  it("names no claimant in a denial of saying ('a figure Moscow has never confirmed')", () => {
    expect(claimOf("Kyiv said its drones destroyed 12 jets, a figure Moscow has never confirmed.", "12")?.[1]).toBe("ukraine");
    expect(claimOf("The strike destroyed four radars, which the Kremlin has not confirmed.", "four")).toBeNull();
  });

  it("reads 'the statement read' after a quotation as the last speaker's document", () => {
    expect(claimOf("The Russian Defence Ministry published its daily summary on Sunday. \"Air defences intercepted 14 rockets over the past day,\" the statement read.", "14")?.[1]).toBe("russia");
    // "read" as a verb of reading, not of a text's words: no claimant.
    expect(claimOf("Residents read that 40 homes were damaged.", "40")).toBeNull();
  });

  it("reads 'X denied/rejected ... and said' as X's claim, and a bare denial as none", () => {
    expect(claimOf("The commander of Ukraine's ground forces, Mykhailo Drapatyi, denied the report and said 700 Russian soldiers had been killed.", "700")?.[1]).toBe("ukraine");
    expect(claimOf("Russia's Defence Ministry rejected the claim but later said 12 servicemen were wounded.", "12")?.[1]).toBe("russia");
    // A denial of a figure is no claim of it.
    expect(claimOf("Russia denied that 300 of its soldiers had died in the strike.", "300")).toBeNull();
  });

  it("never reads the object of 'puts', 'found' or 'shows' as a speaker after the verb", () => {
    const a = claimOf("Their latest tally, drawn from court records, puts the number of Russian men killed at 41,000.", "41,000");
    expect(a?.[0] ?? "").not.toMatch(/number/);
  });

  it("reads a long named group before a relative clause, and a long 'analysis of data from X' subject", () => {
    expect(claimOf("Volunteer analysts at the independent investigative group Conflict Intelligence Team, who geolocate combat footage, estimated that 45 tanks were lost.", "45")?.[1]).toBe("third_party");
    expect(claimOf("Moscow seized 310 square kilometres in May, the analysis of geolocated combat footage compiled over the spring by the volunteers of Oryx shows.", "310")?.[1]).toBe("third_party");
  });
});

describe("claimants, round 2: bodies and tallies", () => {
  it("resolves 'the source said' to 'a source in <body>' named before", () => {
    const text = "Drones hit an oil depot near Bryansk overnight, a source in the HUR told reporters on Monday. The attack was the third this month. The source estimated the damage at $15 million.";
    expect(claimOf(text, "$15 million")?.[1]).toBe("ukraine");
  });

  it("reads an owned tally that 'stood at' or 'reached' a figure as its owner's claim", () => {
    expect(claimOf("Russia's occupation authorities in Luhansk stopped publishing casualty data in 2023, when their tally stood at 2,100 servicemen killed.", "2,100")?.[1]).toBe("russia");
    expect(claimOf("By Friday, the Ukrainian ombudsman's count had reached 37 children.", "37")?.[1]).toBe("ukraine");
    // A toll owned by no one is the outlet's.
    expect(claimOf("By Friday, the death toll stood at 37.", "37")).toBeNull();
  });
});

describe("claimants, round 2: a speaker's own estimate, counting projects", () => {
  const rows = (text: string) => extractFigures({ id: "t", text, url: "", outlet: "", published: "2025-03-01", title: "" } as Parameters<typeof extractFigures>[0], tables);

  it("reads 'their latest estimate, …, puts' as the document of the speaker named before", () => {
    const text = "Researchers at Oryx have catalogued 3,800 destroyed Russian tanks from photographs. Their latest statistical estimate, drawn from satellite imagery, which covers only open ground, puts the number of Russian tanks lost at about 4,500.";
    expect(claimOf(text, "4,500")?.[1]).toBe("third_party");
    // "Ukrainian officials estimate" stays a verb of saying.
    expect(claimOf("Ukrainian officials estimate that 600 Russian soldiers were killed.", "600")?.[1]).toBe("ukraine");
  });

  it("reads 'has identified N' as a counting project's claim, and not 'identified as'", () => {
    expect(claimOf("The volunteer project UALosses has identified more than 52,000 Ukrainian soldiers killed by name.", "52,000")?.[1]).toBe("third_party");
    expect(claimOf("The two men identified as the attackers were detained, and 14 people were hurt.", "14")).toBeNull();
  });

  it("gives 'the number of Russian men killed in the war at N' to Russia, and keeps 'Russian soldiers killed N civilians' the victims'", () => {
    const r = rows("Mediazona's editors put the number of Russian men killed in the war at approximately 90,000.").find((x) => x.value === 90000);
    expect([r?.claimant_side, r?.subject_side]).toEqual(["third_party", "russia"]);
    const v = rows("Russian soldiers killed 12 civilians in the village, Ukrainian prosecutors said.").find((x) => x.value === 12);
    expect(v?.subject_side).toBe("ukraine");
  });
});

describe("claimants, round 2: descriptions of bodies", () => {
  it("answers a body named nowhere before ('the defence ministry said') by the sentence's subject, not the nearest speaker of another kind", () => {
    const before = "Ukraine's General Staff said on Monday that 1,100 Russian troops were lost. ";
    expect(claimOf(before + "Russian forces captured 3 villages in the east, the defence ministry said.", "3")?.[1]).toBe("russia");
    expect(claimOf("President Zelensky said on Monday that 1,100 Russian troops were lost. Russian air defences downed 30 Ukrainian drones overnight, the ministry said.", "30")?.[1]).toBe("russia");
    // No nation in the sentence: the nearest speaker still answers it; a person ("the official") always takes the nearest speaker.
    expect(claimOf(before + "In the south, 40 villages were shelled, the defence ministry said.", "40")?.[1]).toBe("ukraine");
    expect(claimOf("President Zelensky said on Monday that 1,100 Russian troops were lost. The official said 30 Russian drones were downed.", "30")?.[1]).toBe("ukraine");
  });
});

describe("claimants, round 2: listeners, passive sources, occupied places", () => {
  it("never takes the one told ('told the BBC') for the speaker", () => {
    expect(claimOf("Russia's foreign minister, Sergei Lavrov, told Al Jazeera that 70 Western instructors had been killed.", "70")?.[1]).toBe("russia");
    // "said X" still inverts.
    expect(claimOf("\"We downed 25 drones,\" said Mykola Oleshchuk, the air force commander.", "25")?.[1]).toBe("ukraine");
  });

  it("reads a source after 'provided by', 'compiled by', 'citing'", () => {
    expect(claimOf("The total, compiled by Russia's defence ministry, includes 410 drones.", "410")?.[1]).toBe("russia");
    expect(claimOf("The agency, citing Ukraine's navy, said 3 boats were sunk.", "3")?.[1]).toBe("ukraine");
    // "hit by" names an attacker, not a source.
    expect(claimOf("The depot was hit by Russian missiles and 5 workers were injured.", "5")).toBeNull();
  });

  it("reads 'data from X show' as X's claim", () => {
    expect(claimOf("Figures from Ukraine's border service show 2,400 men were stopped.", "2,400")?.[1]).toBe("ukraine");
  });

  it("gives officials of a Russian-occupied or Moscow-backed place Russia's side", () => {
    expect(claimOf("Officials in the Russian-occupied town of Nova Kakhovka said 2 people were killed.", "2")?.[1]).toBe("russia");
    expect(claimOf("Moscow-backed authorities in Luhansk said 6 civilians were wounded.", "6")?.[1]).toBe("russia");
  });
});

describe("claimants, round 2: quotations and roles named before", () => {
  it("gives a quotation's first sentences to the speaker named after it closes", () => {
    expect(claimOf("\"Our units repelled 31 assaults. The enemy keeps pushing,\" Voloshyn, a Ukrainian army spokesman, said.", "31")?.[1]).toBe("ukraine");
    // A quotation that ends a sentence of its own hands nothing to the next sentence's speaker.
    expect(claimOf("\"Our units repelled 31 assaults. The enemy keeps pushing.\" Russia's defence ministry said it lost none.", "31")).toBeNull();
  });

  it("answers 'the intelligence chief said' by the earlier mention holding those words, before the place the sentence names", () => {
    const text = "Ukraine's military intelligence chief Kyrylo Budanov spoke on Monday.\n\nThe intelligence chief said 12,000 North Korean troops were in Kursk.";
    expect(claimOf(text, "12,000")?.[1]).toBe("ukraine");
    // Named nowhere before: the place rule still answers a governor.
    expect(claimOf("Belgorod was shelled again. The regional governor said 3 people were wounded.", "3")?.[1]).toBe("russia");
  });
});

describe("claimants, round 2: what must not name a claimant", () => {
  it("reads a side's own toll or casualty figures as the outlet's voice, not that side's claim", () => {
    expect(claimOf("Ukraine's civilian death toll has reached 12,000.", "12,000")).toBeNull();
    expect(claimOf("Russia's casualty figures reached 1,000 a day in November.", "1,000")).toBeNull();
    expect(claimOf("Ukraine's death toll: 9,000 civilians.", "9,000")).toBeNull();
  });

  it("takes no material that 'shows' something for a speaker", () => {
    expect(claimOf("Videos show 3 jets destroyed.", "3")).toBeNull();
    expect(claimOf("Data show 40 tanks were lost.", "40")).toBeNull();
  });
});

describe("subject side from the speaker's enemy", () => {
  const rows = (text: string) => extractFigures({ id: "t", text, url: "", outlet: "", published: "2025-03-01", title: "" } as Parameters<typeof extractFigures>[0], tables);

  it("gives 'the enemy lost' and 'losses … on the enemy' to the side opposite the claimant", () => {
    const a = rows("Over the week, Ukrainian forces inflicted losses of more than 3,100 personnel on the enemy, the General Staff said.").find((r) => r.value === 3100);
    expect([a?.claimant_side, a?.subject_side]).toEqual(["ukraine", "russia"]);
    const b = rows("In the Kupiansk sector the enemy lost up to 280 troops, Russia's Defence Ministry said.").find((r) => r.value === 280);
    expect(b?.subject_side).toBe("ukraine");
  });

  it("keeps an attack by 'the enemy' on the victims' side", () => {
    const c = rows("The enemy shelled Kherson overnight, killing 3 civilians, Ukrainian officials said.").find((r) => r.value === 3);
    expect(c?.subject_side).toBe("ukraine");
  });
});

describe("colon introductions", () => {
  it("carries 'Here is what AFP's analysis found:' over the paragraphs it introduces, up to a caption", () => {
    const text = "Here is what AFP's analysis found:\n\nThe Russian army took 507 square kilometres in May.\n\nUkraine regained 85 square kilometres.\n\nUkrainian units train near Kharkiv. Photograph: EPA\nRussia took 10 villages.";
    const intro = colonIntroduction(text, text.indexOf("Ukraine regained"))!;
    expect(text.slice(intro.start, intro.end)).toBe("Here is what AFP's analysis found:");
    expect(colonIntroduction(text, text.indexOf("Russia took 10"))).toBeNull();
  });
});

describe("colon introductions, round 2: lists and owned counts", () => {
  it("carries an introduction over the bulleted items of its list", () => {
    const text = "According to Oryx data, Russian units lost:\n\n• 30 tanks in June\n\n• 45 tanks in July\n\n• 12 tanks in August";
    const intro = colonIntroduction(text, text.indexOf("• 12"))!;
    expect(text.slice(intro.start, intro.end)).toBe("According to Oryx data, Russian units lost:");
    // A heading between the list and the introduction ends its reach.
    const broken = "According to Oryx data, Russian units lost:\n\nLosses by month\n\n• 12 tanks in August";
    expect(colonIntroduction(broken, broken.indexOf("• 12"))).toBeNull();
  });

  it("reaches back to the sentence before an introduction that has no words of saying", () => {
    const text = "Ukrainian forces destroyed 310 vehicles over the week, the General Staff said. The figures by sector were as follows:\n- Sector A: 120 vehicles;";
    const intro = colonIntroduction(text, text.indexOf("- Sector"))!;
    expect(text.slice(intro.start, intro.end)).toBe("Ukrainian forces destroyed 310 vehicles over the week, the General Staff said. The figures by sector were as follows:");
    const own = "Losses rose again in June. The General Staff said on Monday:\n- 120 vehicles;";
    const ownIntro = colonIntroduction(own, own.indexOf("- 120"))!;
    expect(own.slice(ownIntro.start, ownIntro.end)).toBe("The General Staff said on Monday:");
  });

  it("reads 'X's count, given ...: N' as X's claim", () => {
    expect(claimOf("Mr. Budanov's count, shared with journalists last week: about 11,000 North Korean soldiers in Kursk.", "11,000")?.[1]).toBe("ukraine");
    // A count of no one named: no claimant.
    expect(claimOf("The final count: 11,000 soldiers.", "11,000")).toBeNull();
  });
});

describe("claims carried over a paragraph break", () => {
  it("carries the claim of a paragraph into the next one when it opens on its figures ('Of those, ...')", () => {
    const text = "Ukraine's air force said Russia launched 120 drones overnight.\n\nOf those, 85 were shot down and 20 were lost to jamming.";
    const rows = extractFigures({ id: "t", text, url: "", outlet: "", published: "2025-03-01", title: "" } as Parameters<typeof extractFigures>[0], tables);
    const downed = rows.find((r) => r.value === 85);
    expect([downed?.claimant, downed?.claimant_side, downed?.claimant_rule]).toEqual(["Ukraine's air force", "ukraine", "carried"]);
  });
});
