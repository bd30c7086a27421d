// Transcripts and Q&A interviews: "ZELENSKY: Last night they sent 212 drones …", "MR. PARNELL: …", "Q: …". A speaker's
// label opening a paragraph makes that person the speaker of the paragraph and of the ones after it, up to the next label.

/** A label opening a line: an optional title, one to four capitalised words, a colon. */
const TURN_LABEL = /[ \t]*(?:(?:MR|MS|MRS|DR|GEN|LT|COL|ADM|SEN|REP|AMB|PROF|MAJ|CAPT|Mr|Ms|Mrs|Dr|Gen|Sen|Rep|Amb|Prof)\.?[ \t]+)?([A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){0,3})[ \t]*:[ \t]+(?=\S)/y;
/** Labels of a fact-check, a live blog or a page's furniture, not of a person. */
// "DW Fact Check: Unverifiable.": a fact-checker's verdict label answers a "Claim:", it does not speak the claim's figures.
const NOT_A_SPEAKER = /^(?:[\w ]{0,30}fact[\s-]?check(?:er)?|claim|verdict|rating|fact|source|sources|update|updated|note|editor'?s note|read|read also|read more|see also|photo|photos|video|watch|related|context|background|correction|breaking|live|total|overall|summary|key points|what we know|why it matters|the bottom line|analysis|opinion|headline|caption|credit|image|map|chart|table|timeline|by|published|kyiv|moscow|warning|disclaimer|transcript|excerpt|q|a|question|answer|details|quote|quotes|key figures|key facts|key numbers|facts|figures|numbers|the numbers|by the numbers|in numbers|data|statistics|stats|reminder|recall|also|meanwhile|earlier|previously|result|results|tally|losses)$/i;
const TITLE = /^(?:MR|MS|MRS|DR|GEN|LT|COL|ADM|SEN|REP|AMB|PROF|MAJ|CAPT|Mr|Ms|Mrs|Dr|Gen|Sen|Rep|Amb|Prof)\.?\s+/;

/** One turn of a transcript: where its label starts, and the speaker's name as written in running text ("Zelensky"). */
export interface Turn {
  start: number;
  /** The label's name in title case; empty for an interviewer's "Q:" (whose turn ends the speaker's before it). */
  name: string;
}

const titleCase = (word: string) => (/[a-z]/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase());

/**
 * The turns of a transcript in `text`, in order. A label in capitals ("SLUTSKY:", "GEN. CHRISTOPHER CAVOLI:") is a
 * speaker's; one in title case ("Ivanayev:") only when it opens two lines or more, as speakers' labels do. "Q:" and
 * "Question:" open an interviewer's turn. A text with no speaker's label has no turns.
 */
export function transcriptTurns(text: string): Turn[] {
  if (!text.includes(":")) return [];
  const found: { start: number; label: string }[] = [];
  const count = new Map<string, number>();
  // Only a line with a colon near its start can open with a label: the pattern is tried at those line starts alone.
  // The first colon at or after the line's start, looked for again only once the lines have passed it.
  let colon = -1;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    if (colon < at) colon = text.indexOf(":", at);
    if (colon >= 0 && colon < end && colon - at <= 60) {
      TURN_LABEL.lastIndex = at;
      const m = TURN_LABEL.exec(text);
      if (m) {
        const label = m[1].trim();
        found.push({ start: at, label });
        count.set(label, (count.get(label) ?? 0) + 1);
      }
    }
    if (colon < 0) break;
    at = end + 1;
  }
  const turns: Turn[] = [];
  let speakers = 0;
  for (const { start, label } of found) {
    if (/^(?:Q|Question|Interviewer)$/i.test(label)) {
      turns.push({ start, name: "" });
      continue;
    }
    if (NOT_A_SPEAKER.test(label)) continue;
    const name = label.replace(TITLE, "").split(/\s+/).map(titleCase).join(" ");
    // One label in capitals is a speaker's when the text names that person elsewhere ("Leonid Slutsky, chairman of …"),
    // not a dateline ("NEW DELHI:").
    const capitals = label === label.toUpperCase() && /[A-Z]{3}/.test(label);
    if ((count.get(label) ?? 0) < 2 && !(capitals && text.includes(name.split(" ").at(-1)!))) continue;
    turns.push({ start, name });
    speakers++;
  }
  return speakers ? turns : [];
}

/** The turn the line at `lineStart` belongs to: the last one opening at or before it. */
export function turnAt(turns: readonly Turn[], lineStart: number): Turn | null {
  let found: Turn | null = null;
  for (const t of turns) {
    if (t.start > lineStart) break;
    found = t;
  }
  return found;
}
