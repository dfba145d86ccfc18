/**
 * The consult in chat: the proposal with a button per slot and answer, the confirmed consult
 * with place and agenda, and the .ics. The invite is text in a private message rather than a
 * download link: that works the same in Slack, Teams, the web and the CLI, needs no public URL
 * and no login on a download route, and the text saved as consult.ics opens in any calendar.
 * Relatives appear by their label only.
 */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import type { Action, Block, Inline, Message } from "../../../views/message.js";
import type { ConsultSnapshot } from "../core/consult.notices.js";
import { consultEnd } from "../core/consult.state.js";
import { agendaText } from "../core/consult-agenda.policy.js";
import { tallyVotes, VOTE_ANSWERS } from "../core/vote.policy.js";
import { ct } from "./consult.texts.js";

export function when(consult: Pick<ConsultSnapshot, "start" | "durationMinutes">, lang: Lang): string {
  if (!consult.start) return ct(lang, "mine.planning");
  const end = consultEnd({ start: consult.start, durationMinutes: consult.durationMinutes })!;
  return `${formatLocal(consult.start, lang, "long")}–${formatLocal(end, lang, "time")}`;
}

function slotLabel(slot: { start: Date; end: Date }, lang: Lang): string {
  return `${formatLocal(slot.start, lang, "short")}–${formatLocal(slot.end, lang, "time")}`;
}

export function participantLines(consult: ConsultSnapshot, lang: Lang): Inline[][] {
  return consult.participants.map((p) => {
    const need = ct(lang, p.required ? "required" : "optional");
    if (!p.professionalId) return [`${p.relativeLabel ?? ""} (${ct(lang, "relative")}, ${need})`];
    const person: Inline = {
      kind: "person",
      professionalId: p.professionalId,
      name: p.name ?? p.professionalId,
    };
    return [person, ` (${p.role ?? "?"}, ${need})`];
  });
}

/** The proposal: one text line and one row of answer buttons per slot. */
export function proposalBlocks(consult: ConsultSnapshot, lang: Lang, viewerId: string): Block[] {
  const voters = consult.participants.flatMap((p) =>
    p.professionalId ? [{ id: p.professionalId, required: p.required }] : [],
  );
  const tallies = tallyVotes(consult.slots, voters, consult.votes);
  const organiser = viewerId === consult.organizerId;
  const blocks: Block[] = [{ type: "text", content: [ct(lang, "propose.intro")] }];
  for (const slot of consult.slots) {
    const tally = tallies.find((t) => t.slotId === slot.id);
    const mine = consult.votes.find((v) => v.slotId === slot.id && v.participantId === viewerId)?.answer;
    const counts = ct(lang, "propose.votes", {
      yes: tally?.yes.length ?? 0,
      ifNeeded: tally?.ifNeeded.length ?? 0,
      no: tally?.no.length ?? 0,
    });
    blocks.push({ type: "text", content: [{ kind: "strong", text: slotLabel(slot, lang) }, ` · ${counts}`] });
    const actions: Action[] = VOTE_ANSWERS.map((answer) => ({
      intent: "consult.vote",
      label: `${answer === mine ? "✓ " : ""}${ct(lang, `vote.${answer}`)}`,
      data: { consultId: consult.id, slotId: slot.id, answer },
      ...(answer === "yes" ? { style: "primary" as const } : {}),
    }));
    if (organiser) {
      actions.push({
        intent: "consult.confirm",
        label: ct(lang, "confirm.button"),
        data: { consultId: consult.id, slotId: slot.id },
      });
    }
    blocks.push({ type: "actions", actions });
  }
  return blocks;
}

/** The consult as it stands, for `viewerId`: proposal while planning, details once scheduled. */
export function consultView(consult: ConsultSnapshot, lang: Lang, viewerId: string): Message {
  const headingKey =
    consult.status === "scheduled"
      ? "heading.confirmed"
      : consult.status === "planning"
        ? "heading"
        : (`heading.${consult.status}` as const);
  const blocks: Block[] = [
    { type: "heading", text: ct(lang, headingKey, { code: consult.caseCode }) },
    {
      type: "fields",
      fields: [
        { label: ct(lang, "status"), value: [ct(lang, `status.${consult.status}`)] },
        { label: ct(lang, "when"), value: [when(consult, lang)] },
        { label: ct(lang, "duration"), value: [ct(lang, "minutes", { n: consult.durationMinutes })] },
        { label: ct(lang, "place"), value: [consult.location ?? ct(lang, "place.none")] },
      ],
    },
    { type: "text", content: [{ kind: "strong", text: ct(lang, "participants") }] },
    { type: "list", items: participantLines(consult, lang) },
    { type: "text", content: [{ kind: "strong", text: ct(lang, "agenda") }] },
    consult.agenda.length > 0
      ? {
          type: "list",
          items: [...consult.agenda].sort((a, b) => a.position - b.position).map((a) => [a.text]),
        }
      : { type: "context", content: [ct(lang, "agenda.empty")] },
  ];
  if (consult.status === "planning") blocks.push(...proposalBlocks(consult, lang, viewerId));
  const actions = consultActions(consult, lang, viewerId);
  if (actions.length > 0) blocks.push({ type: "actions", actions });
  const summary = `${ct(lang, headingKey, { code: consult.caseCode })}: ${when(consult, lang)}`;
  return { lang, summary, blocks, visibility: "shared" };
}

function consultActions(consult: ConsultSnapshot, lang: Lang, viewerId: string): Action[] {
  const data = { consultId: consult.id };
  const organiser = viewerId === consult.organizerId;
  const open = consult.status === "planning" || consult.status === "scheduled";
  const actions: Action[] = [];
  if (open) actions.push({ intent: "consult.agenda-add", label: ct(lang, "button.agenda"), data });
  if (consult.status === "scheduled")
    actions.push({ intent: "consult.invite", label: ct(lang, "button.invite"), data });
  if (organiser && consult.status === "planning")
    actions.push({ intent: "consult.participant-add", label: ct(lang, "button.add"), data });
  if (organiser && consult.status === "scheduled") {
    actions.push({ intent: "consult.reschedule", label: ct(lang, "button.reschedule"), data });
    actions.push({ intent: "consult.outcome", label: ct(lang, "button.outcome"), data });
    if (consult.participants.some((p) => p.relativeLabel)) {
      actions.push({ intent: "consult.relatives", label: ct(lang, "button.relatives"), data });
    }
  }
  if (organiser && open) {
    actions.push({
      intent: "consult.cancel",
      label: ct(lang, "button.cancel"),
      data,
      style: "danger",
      confirm: {
        title: ct(lang, "button.cancel"),
        text: ct(lang, "cancel.confirm"),
        yes: ct(lang, "yes"),
        no: ct(lang, "no"),
      },
    });
  }
  actions.push({ intent: "consult.attendance", label: ct(lang, "button.attendance"), data });
  return actions;
}

/** The organiser's buttons to change who takes part (while planning). */
export function participantEditBlocks(consult: ConsultSnapshot, lang: Lang): Block[] {
  const actions: Action[] = consult.participants
    .filter((p) => p.professionalId !== consult.organizerId)
    .flatMap((p) => {
      const name = p.name ?? p.relativeLabel ?? "?";
      const data = { consultId: consult.id, participantId: p.id };
      const remove: Action = {
        intent: "consult.participant-remove",
        label: ct(lang, "button.remove", { name }),
        data,
      };
      if (!p.professionalId) return [remove];
      const toggle: Action = {
        intent: "consult.participant-required",
        label: ct(lang, p.required ? "button.make-optional" : "button.make-required", { name }),
        data: { ...data, required: p.required ? "false" : "true" },
      };
      return [toggle, remove];
    });
  return actions.length > 0 ? [{ type: "actions", actions }] : [];
}

/** The .ics text, to save as a file: blocks for a private message or a notice. */
export function icsBlocks(ics: string, lang: Lang): Block[] {
  return [
    { type: "heading", text: ct(lang, "heading.ics") },
    { type: "context", content: [ct(lang, "ics.intro")] },
    { type: "text", content: [ics] },
  ];
}

export function icsMessage(ics: string, lang: Lang): Message {
  return { lang, summary: ct(lang, "heading.ics"), blocks: icsBlocks(ics, lang), visibility: "private" };
}

/** For the organiser: a text without names or case data, and the invite, to forward to relatives. */
export function relativesBlocks(consult: ConsultSnapshot, ics: string | null, lang: Lang): Block[] {
  const agenda = agendaText(consult.agenda);
  const text = ct(lang, "relatives.text", {
    when: when(consult, lang),
    place: consult.location ? ` (${consult.location})` : "",
    duration: consult.durationMinutes,
    agenda: agenda ? `\n${ct(lang, "agenda")}:\n${agenda}\n` : "",
  });
  return [
    { type: "heading", text: ct(lang, "heading.relatives") },
    { type: "text", content: [text] },
    ...(ics ? icsBlocks(ics, lang) : []),
  ];
}

export function relativesMessage(consult: ConsultSnapshot, ics: string | null, lang: Lang): Message {
  return {
    lang,
    summary: ct(lang, "heading.relatives"),
    blocks: relativesBlocks(consult, ics, lang),
    visibility: "private",
  };
}
