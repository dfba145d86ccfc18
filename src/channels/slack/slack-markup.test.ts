import { describe, expect, it } from "vitest";
import { stripBotAddress } from "../../language/normalize.js";
import { cleanText, slackMessageText, stripSlackMarkup } from "./slack-markup.js";

describe("cleanText", () => {
  it("removes the bot's own mention and decodes Slack's entities", () => {
    expect(cleanText("<@UBOT> wie doet schulden &amp; &lt;x&gt;", "UBOT")).toBe("wie doet schulden & <x>");
    expect(cleanText("<@UBOT|wijkbot>   help ", "UBOT")).toBe("help");
    expect(cleanText(undefined)).toBe("");
  });

  it("leaves other mentions as they are", () => {
    expect(cleanText("<@UBOT> vraag <@U0ANNA>", "UBOT")).toBe("vraag <@U0ANNA>");
  });
});

describe("stripSlackMarkup", () => {
  it.each([
    ["<@U123ABC> wie doet schulden", "wie doet schulden"],
    ["<@U123|wijkbot> help", "help"],
    ["zie <https://example.org|de kaart> graag", "zie  de kaart  graag"],
    ["<!here> <#C0WIJK|wijk> schulden", "schulden"],
    ["wijk Limmel", "wijk Limmel"],
  ])("cleans %j", (input, expected) => {
    expect(stripSlackMarkup(input)).toBe(expected);
  });
});

describe("slackMessageText", () => {
  it("hands the bot only the words: entities decoded, mentions out, links by their label", () => {
    expect(slackMessageText("<@UBOT> vraag <@U0ANNA> over <https://x.nl|schulden> &amp; werk", "UBOT")).toBe(
      "vraag over schulden & werk",
    );
    expect(slackMessageText(undefined)).toBe("");
  });

  it("keeps an address to the bot for the parser, which removes it on every channel", () => {
    expect(slackMessageText("@Wijkbot wie doet schulden")).toBe("@Wijkbot wie doet schulden");
    expect(stripBotAddress(slackMessageText("<@U123|wijkbot> /wijk help"))).toBe("help");
  });
});
