import { describe, expect, it } from "vitest";
import { readShouting } from "../../loaders/shouting.js";

const flash = "Kyiv says two killed\n\n0431 GMT - KYIV MAYOR KLITSCHKO SAYS TWO PEOPLE KILLED, 16 WOUNDED IN RUSSIAN ATTACK ON CAPITAL\n\n" +
  "KYIV, July 15 (Reuters) - Russia hit Ukraine overnight, according to Kyiv Mayor Vitali Klitschko.";

describe("readShouting", () => {
  it("reads a line in capitals with the article's own case for its words, nations capitalised, the rest in lower case", () => {
    const read = readShouting(flash).split("\n")[2];
    expect(read).toBe("0431 GMT - Kyiv Mayor Klitschko says two people killed, 16 wounded in Russian attack on capital".replace("GMT", "gmt"));
  });
  it("keeps the text's length and every offset, so quotes cut from the article still match", () => {
    const read = readShouting(flash);
    expect(read.length).toBe(flash.length);
    expect([...read].map((c, i) => c.toLowerCase() === flash[i].toLowerCase()).every(Boolean)).toBe(true);
  });
  it("leaves prose, short labels in capitals and acronyms inside sentences as they are", () => {
    const prose = "FLASHES\n\nNATO said the UN and the EU met in Kyiv on Tuesday.";
    expect(readShouting(prose)).toBe(prose);
  });
  it("a word the article writes in lower case elsewhere is lower case in the shouted line", () => {
    const text = "RUSSIAN DEFENCE MINISTRY SAYS AIR DEFENCES DESTROYED 62 DRONES\n\nThe air defences of Russia's Defence Ministry were busy.";
    expect(readShouting(text).split("\n")[0]).toBe("Russian Defence Ministry says air defences destroyed 62 drones");
  });
  it("reads the capitals opening a paragraph in a magazine's style ('RUSSIA'S ARMY captured …') in prose case, but not one acronym ('ISW said')", () => {
    expect(readShouting("RUSSIA'S ARMY captured 431 square kilometres of Ukrainian land.")).toBe("Russia's army captured 431 square kilometres of Ukrainian land.");
    expect(readShouting("EVERY FEW weeks, it seems, brings a new record.")).toBe("Every few weeks, it seems, brings a new record.");
    expect(readShouting("ISW said Russia took 40 sq km.")).toBe("ISW said Russia took 40 sq km.");
  });
});
