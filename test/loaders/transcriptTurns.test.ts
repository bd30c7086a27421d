import { describe, expect, it } from "vitest";
import { transcriptTurns, turnAt } from "../../loaders/transcriptTurns.js";

const transcript = [
  "Zelensky on CNN: 'We need more air defence'",
  "",
  "Christiane Amanpour spoke to Volodymyr Zelensky in Kyiv; Sean Parnell briefed reporters.",
  "",
  "AMANPOUR: Mr President, how many drones did Russia send last night?",
  "",
  "ZELENSKY: Last night they sent 212 Shahed drones.",
  "",
  "Our air defense shot down 164 of them.",
  "",
  "Q: And the missiles?",
  "",
  "MR. PARNELL: We have seen the reporting.",
].join("\n");

describe("transcriptTurns", () => {
  it("reads speakers' labels in capitals, with titles dropped and names in title case", () => {
    const turns = transcriptTurns(transcript);
    expect(turns.map((t) => t.name)).toEqual(["Amanpour", "Zelensky", "", "Parnell"]);
  });
  it("gives a paragraph without a label the speaker of the turn it continues; a 'Q:' turn has none", () => {
    const turns = transcriptTurns(transcript);
    expect(turnAt(turns, transcript.indexOf("Our air defense"))?.name).toBe("Zelensky");
    expect(turnAt(turns, transcript.indexOf("Q: And"))?.name).toBe("");
    expect(turnAt(turns, 0)).toBeNull();
  });
  it("takes a label in title case only when it opens two lines or more ('Ivanayev:')", () => {
    // A label in capitals opening one line only ("TASS:") is taken when the text names it elsewhere.
    expect(transcriptTurns("Ivanayev: We liberated 18 settlements.\n\nTASS: And losses?\n\nIvanayev: Up to 9,400.").map((t) => t.name)).toEqual(["Ivanayev", "Ivanayev"]);
    expect(transcriptTurns("Kharkiv: 12 drones shot down.\n\nOdesa: 3 injured.")).toEqual([]);
  });
  it("takes no fact-check or live-blog label, and no dateline in capitals the text does not name again", () => {
    expect(transcriptTurns("Claim: 12,000 soldiers were killed.\n\nVerdict: False.\n\nClaim: 26 civilians were killed.\n\nVerdict: Misleading.")).toEqual([]);
    expect(transcriptTurns("NEW DELHI: India said 12 of its nationals were killed.")).toEqual([]);
    expect(transcriptTurns("UPDATE: The toll rose to 23.\n\nUPDATE: It rose to 25.")).toEqual([]);
    // A news site's rubrics: "Details:", "Quote:", "Key figures:" open paragraphs of the outlet's own text.
    expect(transcriptTurns("Details: Ukraine has brought home 175 defenders.\n\nDetails: The youngest is 23.\n\nQuote: \"The enemy lost 418 personnel.\"\n\nQuote: \"They have a conveyor belt.\"")).toEqual([]);
    expect(transcriptTurns("Key figures: Russia fired 6,297 drones.\n\nKey figures: 231 missiles.")).toEqual([]);
    expect(transcriptTurns("Claim: Russia lost 44,700 soldiers.\n\nDW Fact Check: Unverifiable. Its monthly claims would add up to 880,000.\n\nClaim: Ukraine lost 1,000.\n\nDW Fact Check: Misleading.")).toEqual([]);
  });
});
