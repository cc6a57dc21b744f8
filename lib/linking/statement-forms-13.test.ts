import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import type { GazetteerEntry } from "./types";
import { entryBuilders, readTriples, testEntries } from "@/tests/helpers/test-gazetteer";

// Texts written for these tests (not taken from the labelled fixtures): a state speaking at a meeting or giving a
// speech there; a text signed by a count of states described by a word ("28 attendee countries") and by one body
// named after it; one of a body's undertakings launched by states; joining a body as a founding member at a stated
// time; "agreed the <text>"; "As fellow members of <bodies>, A and B …".
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 8100 });
  all.push(country("PER", "Peru", "秘鲁"), country("CHL", "Chile", "智利"));
  all.push(org("andean-community", "Andean Community", "安第斯共同体", ["CAN"]));
  all.push({ id: nextId(), kind: "event", slug: "andean-ai-summit-2024", nameEn: "Andean AI Summit", nameZh: "安第斯人工智能峰会", date: "2024-09-09", aliases: [] });
  all.push({ id: nextId(), kind: "initiative", slug: "andean-ai-charter", nameEn: "Andean AI Charter", nameZh: "安第斯人工智能宪章", date: "2024-09-10", aliases: [] });
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const triples = readTriples({ gazetteer: gz });

describe("a state speaking at a meeting", () => {
  it("'speaking at' and 'speaks at', like 'spoke at', say it took part", () => {
    expect(triples("Speaking at the Andean AI Summit, Peru called for shared rules on data.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Chile speaks at the Andean AI Summit on Monday.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
  });
  it("'delivering a keynote speech at', 'delivers the opening address at': so does giving a speech there", () => {
    expect(triples("Despite Peru delivering a keynote speech at the Andean AI Summit, it did not sign.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Chile delivers the opening address at the Andean AI Summit.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
  });
  it("speaking about a meeting is not taking part in it", () => {
    expect(triples("Peru is speaking about the Andean AI Summit to reporters.")).toEqual([]);
  });
});

describe("a text signed by a count of states and one body", () => {
  it("'signed by 28 attendee countries and the Andean Community': the body named after the count signed", () => {
    expect(triples("The Andean AI Charter was signed by 28 attendee countries and the Andean Community.")).toEqual([["andean-community", "signatory", "andean-ai-charter"]]);
    expect(triples("The Andean AI Charter was signed by 12 participating states and the Andean Community.")).toEqual([["andean-community", "signatory", "andean-ai-charter"]]);
  });
  it("a count alone gives no signatory", () => {
    expect(triples("The Andean AI Charter was signed by 28 attendee countries.")).toEqual([]);
  });
});

describe("'to participate' and 'will participate'", () => {
  it("the bare verb says taking part, as 'participated' does", () => {
    expect(triples("Chile will participate in the Andean AI Summit next week.")).toEqual([["CHL", "participant", "andean-ai-summit-2024"]]);
    expect(triples("Peru sent its minister to participate in the Andean AI Summit.")).toEqual([["PER", "participant", "andean-ai-summit-2024"]]);
  });
  it("being invited or welcomed to participate is not taking part; the inviter did not take part either", () => {
    expect(triples("Peru invited Chile to participate in the Andean AI Summit.")).toEqual([]);
    expect(triples("Peru welcomes all parties to participate in the Andean AI Summit.")).toEqual([]);
  });
});

describe("launching or beginning its chairship of a body", () => {
  it("'launched its Chairship of', 'began its presidency of': the state chairs the body", () => {
    expect(triples("Peru formally launched its Chairship of the Andean Community on Friday.")).toEqual([["PER", "chair", "andean-community"]]);
    expect(triples("Chile began its rotating presidency of the Andean Community in January.")).toEqual([["CHL", "chair", "andean-community"]]);
  });
  it("launching the body itself is still founding it", () => {
    expect(triples("Peru launched the Andean Community in 1969.")).toEqual([["PER", "founder", "andean-community"]]);
  });
});

describe("one of a body's undertakings launched by states ('a G7 initiative launched by A and B')", () => {
  it("the states did not found the body whose initiative it is", () => {
    expect(triples("The forum has its root in an Andean Community initiative launched by Peru and Chile.")).toEqual([]);
    expect(triples("It began as an Andean Community project led by Peru.")).toEqual([]);
  });
  it("the body itself launched by them is still founded by them", () => {
    expect(triples("The Andean Community was launched by Peru and Chile.")).toEqual([
      ["CHL", "co-founder", "andean-community"],
      ["PER", "co-founder", "andean-community"],
    ]);
  });
});

describe("joined a body, at a time, as one of its founding members, alongside others", () => {
  it("'joined the Andean Community in June 2020 as one of the founding members, alongside Chile': both founded it and joined it", () => {
    expect(triples("Peru joined the Andean Community in June 2020 as one of the founding members, alongside Chile.")).toEqual([
      ["CHL", "founder", "andean-community"],
      ["CHL", "member", "andean-community"],
      ["PER", "founder", "andean-community"],
      ["PER", "member", "andean-community"],
    ]);
  });
  it("joining at a time without the words 'founding member' is membership only", () => {
    expect(triples("Peru joined the Andean Community in June 2020, alongside Chile.")).toEqual([
      ["CHL", "member", "andean-community"],
      ["PER", "member", "andean-community"],
    ]);
  });
});

describe("'agreed the <text>', in British usage, is agreeing to it", () => {
  it("'A, B and C agreed the Andean AI Charter': each subscribed to it", () => {
    expect(triples("Peru and Chile agreed the Andean AI Charter on 10 September.")).toEqual([
      ["CHL", "signatory", "andean-ai-charter"],
      ["PER", "signatory", "andean-ai-charter"],
    ]);
  });
  it("agreeing a date or a thing not named is no subscribing", () => {
    expect(triples("Peru and Chile agreed the date of the Andean AI Summit.")).toEqual([]);
    expect(triples("Peru and Chile agreed the text would be ready before the Andean AI Summit.")).toEqual([]);
  });
});

describe("'As fellow members of <bodies> …, A and B …': the bodies listed are what the states belong to", () => {
  it("no body in the list is read as a member of the last one named", () => {
    const body = "As fellow members of the Andean Community, the G20 and permanent members of the UN Security Council, Peru and Chile will work together.";
    expect(triples(body).filter(([s]) => s !== "PER" && s !== "CHL")).toEqual([]);
  });
  it("a state named as a member of a body is still read ('As a member of the Andean Community, Peru …')", () => {
    expect(triples("As a member of the Andean Community, Peru supports the plan.")).toEqual([["PER", "member", "andean-community"]]);
  });
});
