/** The answers to "plan consult" and to every consult button: what happened, then the consult. */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { noticeMessage } from "../../../views/common.view.js";
import { joinOr, t } from "../../../views/i18n.js";
import type { Block, Message } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { ConsultAnswer, PlanResult, Refusal } from "../core/consult.result.js";
import type { NearestSlot } from "../core/slot-finder.policy.js";
import { consultView, icsMessage, participantEditBlocks, relativesMessage, when } from "./consult.view.js";

export function planView(
  result: PlanResult,
  lang: Lang,
  viewerId: string,
  windowText: string | null,
): Message[] {
  if (result.kind === "not-involved") {
    return [noticeMessage(lang, "warning", t(lang, "consult.not-involved", { code: result.caseCode }))];
  }
  const notes: Block[] = [];
  if (!result.windowUnderstood && windowText) {
    notes.push({
      type: "notice",
      tone: "info",
      content: [t(lang, "consult.propose.window-default", { text: windowText })],
    });
  }
  if (result.missingRoles.length > 0) {
    const roles = joinOr(
      lang,
      result.missingRoles.map((role) => roleLabel(lang, role)),
    );
    notes.push({
      type: "notice",
      tone: "warning",
      content: [t(lang, "consult.propose.missing-roles", { roles })],
    });
  }
  if (result.kind === "no-slots") {
    const blocks: Block[] = [
      { type: "heading", text: t(lang, "consult.heading", { code: result.caseCode }) },
      ...notes,
      { type: "notice", tone: "warning", content: [t(lang, "consult.propose.no-slots")] },
    ];
    if (result.nearest.length > 0)
      blocks.push({ type: "list", items: result.nearest.map((s) => [nearestLine(s, lang)]) });
    return [{ lang, summary: t(lang, "consult.propose.no-slots"), blocks, visibility: "shared" }];
  }
  if (result.nearest.length > 0)
    notes.push({ type: "notice", tone: "info", content: [t(lang, "consult.propose.nearest")] });
  const view = consultView(result.consult, lang, viewerId);
  const [heading, ...rest] = view.blocks;
  return [{ ...view, blocks: [heading!, ...notes, ...rest, ...participantEditBlocks(result.consult, lang)] }];
}

function nearestLine(slot: NearestSlot, lang: Lang): string {
  const label = formatLocal(slot.start, lang, "short");
  if (slot.kind === "outside-window") return t(lang, "consult.propose.option-outside", { when: label });
  const reason = slot.missingRequired[0]?.reason ?? "busy";
  return t(lang, "consult.propose.option-missing", {
    when: label,
    reason: t(lang, `consult.reason.${reason}`),
  });
}

const EVENT_NOTICE = {
  voted: "consult.vote.recorded",
  "participants-changed": "consult.participants.changed",
  "agenda-added": "consult.agenda.added",
  "outcome-recorded": "consult.outcome.recorded",
} as const;

/** The reply to a consult button: a notice, the consult as it stands, and private extras. */
export function answerView(answer: ConsultAnswer, lang: Lang, viewerId: string): Message[] {
  const { consult } = answer;
  const view = consultView(consult, lang, viewerId);
  if (answer.refusal) {
    return [noticeMessage(lang, "warning", refusalText(answer.refusal, answer, lang)), view];
  }
  const messages: Message[] = [];
  const notice = eventNotice(answer, lang);
  if (notice)
    messages.push(noticeMessage(lang, answer.event === "cancelled" ? "warning" : "success", notice));
  const extra =
    consult.status === "planning" && viewerId === consult.organizerId
      ? participantEditBlocks(consult, lang)
      : [];
  messages.push({ ...view, blocks: [...view.blocks, ...extra] });
  if (answer.ics) messages.push(icsMessage(answer.ics, lang));
  if (answer.forwardToRelatives) messages.push(relativesMessage(consult, answer.ics, lang));
  return messages;
}

function eventNotice(answer: ConsultAnswer, lang: Lang): string | null {
  const { consult } = answer;
  switch (answer.event) {
    case "confirmed":
      return t(lang, "consult.confirmed.notice", { when: when(consult, lang) });
    case "rescheduled":
      return t(lang, "consult.rescheduled.notice", { when: when(consult, lang) });
    case "cancelled":
      return consult.start
        ? t(lang, "consult.cancelled.notice", { when: when(consult, lang) })
        : t(lang, "consult.cancelled.planning");
    case "shown":
      return null;
    default:
      return t(lang, EVENT_NOTICE[answer.event]);
  }
}

export function refusalText(refusal: Refusal, answer: Pick<ConsultAnswer, "consult">, lang: Lang): string {
  const status = t(lang, `consult.status.${answer.consult.status}`);
  switch (refusal.kind) {
    case "changed-meanwhile":
    case "not-organiser":
    case "slot-unknown":
      return t(lang, `consult.refused.${refusal.kind}`);
    case "vote":
      return refusal.reason === "voting-closed"
        ? t(lang, "consult.refused.voting-closed", { status })
        : t(lang, `consult.refused.${refusal.reason}`);
    case "state":
      if (refusal.refusal.kind === "not-organiser") return t(lang, "consult.refused.not-organiser");
      return t(lang, `consult.refused.${refusal.refusal.kind}`, { status });
    case "slot":
      return slotRefusalText(refusal.refusal, lang, answer);
    case "outcome":
      if (refusal.refusal.kind === "wrong-status") return t(lang, "consult.refused.wrong-status", { status });
      if (refusal.refusal.kind === "not-organiser" || refusal.refusal.kind === "not-yet-held") {
        return t(lang, `consult.refused.${refusal.refusal.kind}`);
      }
      return t(lang, "consult.refused.input", { detail: outcomeDetail(refusal.refusal) });
    case "participants":
    case "agenda":
      return t(lang, "consult.refused.generic", { reason: refusal.reason });
  }
}

function outcomeDetail(refusal: Extract<Refusal, { kind: "outcome" }>["refusal"]): string {
  if (refusal.kind === "action-point-invalid") return `${refusal.index + 1}: ${refusal.problem}`;
  return refusal.kind;
}

function slotRefusalText(
  refusal: Extract<Refusal, { kind: "slot" }>["refusal"],
  lang: Lang,
  answer: Pick<ConsultAnswer, "consult">,
): string {
  switch (refusal.kind) {
    case "nonexistent-local-time":
      return t(lang, "consult.refused.nonexistent-local-time", {
        time: refusal.time,
        date: refusal.date,
        suggestion: formatLocal(refusal.firstValidStart, lang, "time"),
      });
    case "ambiguous-local-time":
      return t(lang, "consult.refused.ambiguous-local-time", { time: refusal.time, date: refusal.date });
    case "in-the-past":
      return t(lang, "consult.refused.in-the-past");
    case "not-a-working-day":
      return t(lang, "consult.refused.not-a-working-day", { date: refusal.date });
    case "participants-unavailable": {
      const who = refusal.missingRequired.map((m) => {
        const name =
          answer.consult.participants.find((p) => p.professionalId === m.participantId)?.name ??
          m.participantId;
        return `${name} (${t(lang, `consult.reason.${m.reason}`)})`;
      });
      return t(lang, "consult.refused.participants-unavailable", { who: who.join(", ") });
    }
  }
}
