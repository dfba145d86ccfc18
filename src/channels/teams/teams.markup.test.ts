import { describe, expect, it } from "vitest";
import { stripBotAddress } from "../../language/normalize.js";
import { teamsMessageText } from "./teams.markup.js";

describe("teamsMessageText", () => {
  it.each([
    ["<at>Wijkbot</at>&nbsp;wie doet schulden?", "Wijkbot wie doet schulden?"],
    ["vraag <at>Anna de Vries</at> over schulden", "vraag Anna de Vries over schulden"],
    ["<p>schulden &amp; werk in <b>Wyckerpoort</b></p>", "schulden & werk in Wyckerpoort"],
    ["zeg &quot;hallo&quot;", 'zeg "hallo"'],
    [undefined, ""],
  ])("cleans %j", (input, expected) => {
    expect(teamsMessageText(input)).toBe(expected);
  });

  it("leaves the address to the bot for the parser, which removes it on every channel", () => {
    expect(stripBotAddress(teamsMessageText("<at>Wijkbot</at>&nbsp;wie doet schulden?"))).toBe(
      "wie doet schulden?",
    );
  });
});
