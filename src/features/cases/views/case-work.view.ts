/** What running a case comes to, in words and buttons (issue 16). Codes and colleagues' names only. */
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { t } from "../../../views/i18n.js";
import type { Action, Block, Message } from "../../../views/message.js";
import { CASE_OUTCOMES, type CaseOutcome } from "../core/case-work.model.js";
import type { CaseWorkResult } from "../core/case-work.result.js";

export function outcomeText(lang: Lang, outcome: CaseOutcome): string {
  return t(lang, `case.outcome.${outcome}`);
}

export function showButton(lang: Lang, code: string): Action {
  return { intent: "case.show", label: t(lang, "case.button.show", { code }), data: { code } };
}

/** The answer to the one who acted. Private: it names a case and colleagues on it. */
export function caseWorkMessage(result: CaseWorkResult, lang: Lang): Message {
  const say = (tone: "info" | "warning" | "success" | "error", text: string) =>
    noticeMessage(lang, tone, text, "private");
  switch (result.kind) {
    case "unknown-person":
      return say("warning", t(lang, "case.unknown-person", { text: result.text }));
    case "ambiguous-person":
      return say(
        "warning",
        t(lang, "case.ambiguous-person", {
          text: result.text,
          names: result.candidates.map((p) => p.name).join(", "),
        }),
      );
    case "inactive-person":
      return say("warning", t(lang, "case.inactive-person", { name: result.person.name }));
    case "need-wijk":
      return say(
        "warning",
        result.suggestions.length > 0
          ? t(lang, "case.need-wijk-suggest", { names: result.suggestions.join(", ") })
          : t(lang, "case.need-wijk"),
      );
    case "created":
      return withShow(
        say(
          "success",
          result.regie
            ? t(lang, "case.created-regie", { code: result.code, name: result.regie.name })
            : t(lang, "case.created", { code: result.code, wijk: result.wijkName }),
        ),
        lang,
        result.code,
      );
    case "not-allowed":
      return say(
        "warning",
        result.regieName
          ? t(lang, "case.not-allowed", { code: result.code, regie: result.regieName })
          : t(lang, "case.not-allowed-nobody", { code: result.code }),
      );
    case "choose-outcome":
      return closeQuestion(result.code, result.open.actionPoints, lang);
    case "close-blocked":
      return withShow(
        say("warning", t(lang, "case.close-blocked", { code: result.code, ...result.open })),
        lang,
        result.code,
      );
    case "closed": {
      const text = t(lang, "case.closed-done", {
        code: result.code,
        outcome: outcomeText(lang, result.outcome),
      });
      const points = result.settledActionPoints;
      return say(
        "success",
        points > 0 ? `${text} ${t(lang, "case.closed-points", { count: points })}` : text,
      );
    }
    case "already":
      return say(
        "info",
        t(lang, result.status === "open" ? "case.already-open" : "case.already-closed", result),
      );
    default:
      return say(TONE[result.kind], t(lang, TEXT[result.kind], varsOf(result)));
  }
}

type Simple = Exclude<
  CaseWorkResult,
  | { kind: "unknown-person" | "ambiguous-person" | "inactive-person" | "need-wijk" | "created" }
  | { kind: "not-allowed" | "choose-outcome" | "close-blocked" | "closed" | "already" }
>;

const TEXT = {
  involved: "case.involved-done",
  "already-involved": "case.already-involved",
  released: "case.released-done",
  "not-involved": "case.not-involved",
  "release-regiehouder": "case.release-regiehouder",
  "regie-offered": "case.regie-offered",
  "regie-assigned": "case.regie-assigned",
  "regie-already": "case.regie-already",
  "regie-accepted": "case.regie-accepted",
  "regie-refused": "case.regie-refused",
  "no-regie-offer": "case.no-regie-offer",
  reopened: "case.reopened-done",
  "task-done": "case.task-done",
  "task-already-done": "case.task-already-done",
  conflict: "case.conflict",
} as const satisfies Record<Simple["kind"], string>;

const TONE: Record<Simple["kind"], "info" | "warning" | "success"> = {
  involved: "success",
  "already-involved": "info",
  released: "success",
  "not-involved": "info",
  "release-regiehouder": "warning",
  "regie-offered": "success",
  "regie-assigned": "success",
  "regie-already": "info",
  "regie-accepted": "success",
  "regie-refused": "info",
  "no-regie-offer": "info",
  reopened: "success",
  "task-done": "success",
  "task-already-done": "info",
  conflict: "warning",
};

function varsOf(result: Simple): Record<string, string> {
  return { code: result.code, ...("person" in result ? { name: result.person.name } : {}) };
}

function withShow(message: Message, lang: Lang, code: string): Message {
  return { ...message, blocks: [...message.blocks, { type: "actions", actions: [showButton(lang, code)] }] };
}

/** "How did WYC-014 end?": one button per outcome; open action points lapse, and it says so. */
export function closeQuestion(code: string, openActionPoints: number, lang: Lang): Message {
  const question = t(lang, "case.close-question", { code });
  const blocks: Block[] = [{ type: "text", content: [{ kind: "strong", text: question }] }];
  if (openActionPoints > 0)
    blocks.push({ type: "context", content: [t(lang, "case.close-points", { count: openActionPoints })] });
  blocks.push({
    type: "actions",
    actions: CASE_OUTCOMES.map((outcome) => ({
      intent: "case.close",
      label: outcomeText(lang, outcome),
      data: { code, outcome },
    })),
  });
  return { lang, summary: question, blocks, visibility: "private" };
}
