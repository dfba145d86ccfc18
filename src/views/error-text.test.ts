import { describe, expect, it } from "vitest";
import { AppError } from "../core/shared/app-error.js";
import { errorNotice, errorText } from "./error-text.js";

describe("errorText, the one path from an error to what a person reads", () => {
  it("uses the text an AppError names, with its details filled in", () => {
    const error = new AppError("INPUT_INVALID", "bad date", {
      userMessageKey: "error.input-invalid",
      details: { detail: "gebruik JJJJ-MM-DD" },
    });
    expect(errorText("nl", error)).toBe("Dat begrijp ik niet helemaal: gebruik JJJJ-MM-DD");
  });

  it("turns an error code into its text when the error names none", () => {
    const outage = new AppError("DATABASE_UNAVAILABLE", "database unavailable");
    expect(errorText("nl", outage)).toBe(
      "Wijkbot kan de gegevens nu niet bereiken. Probeer het over een minuut opnieuw.",
    );
    expect(errorText("en", outage)).toBe(
      "Wijkbot cannot reach its data right now. Please try again in a minute.",
    );
  });

  it("says the generic line for other errors and for a text key that does not exist", () => {
    const generic = "Er ging iets mis aan onze kant. Probeer het zo nog eens; het is gelogd.";
    expect(errorText("nl", new Error("Bel mevrouw Jansen"))).toBe(generic);
    expect(errorText("nl", new AppError("INTERNAL", "bug"))).toBe(generic);
    expect(errorText("nl", new AppError("ACCESS_FORBIDDEN", "x", { userMessageKey: "no.such.key" }))).toBe(
      generic,
    );
    expect(errorText("en", "a thrown string")).toMatch(/^Something went wrong on our side/);
  });

  it("makes the same text a warning notice for the chat", () => {
    const notice = errorNotice("en", new Error("x"));
    expect(notice.blocks).toEqual([
      { type: "notice", tone: "warning", content: [errorText("en", new Error("x"))] },
    ]);
  });
});
