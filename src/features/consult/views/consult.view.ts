/**
 * The consult in chat: the proposal with a button per slot and answer, the confirmed consult
 * with place and agenda, and the .ics. The invite is text in a private message rather than a
 * download link: that works the same in Slack, Teams, the web and the CLI, needs no public URL
 * and no login on a download route, and the text saved as consult.ics opens in any calendar.
 * Relatives appear by their label only.
 */
import { formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { t } from "../../../views/i18n.js";
import type { Action, Block, Inline, Message } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { ConsultSnapshot } from "../core/consult.notices.js";
import { consultEnd } from "../core/consult.state.js";
import { agendaText } from "../core/consult-agenda.policy.js";
import { tallyVotes, VOTE_ANSWERS } from "../core/vote.policy.js";

export function when(consult: Pick<ConsultSnapshot, "start" | "durationMinutes">, lang: Lang): string {
  if (!consult.start) return t(lang, "consult.mine.planning");
  const end = consultEnd({ start: consult.start, durationMinutes: consult.durationMinutes })!;
  return `${formatLocal(consult.start, lang, "long")}–${formatLocal(end, lang, "time")}`;
}

function slotLabel(slot: { start: Date; end: Date }, lang: Lang): string {
  return `${formatLocal(slot.start, lang, "short")}–${formatLocal(slot.end, lang, "time")}`;
}

export function participantLines(consult: ConsultSnapshot, lang: Lang): Inline[][] {
  return consult.participants.map((p) => {
    const need = t(lang, p.required ? "consult.required" : "consult.optional");
    if (!p.professionalId) return [`${p.relativeLabel ?? ""} (${t(lang, "consult.relative")}, ${need})`];
    const person: Inline = {
      kind: "person",
      professionalId: p.professionalId,
      name: p.name ?? p.professionalId,
    };
    return [person, ` (${p.role ? roleLabel(lang, p.role) : "?"}, ${need})`];
  });
}

/** The proposal: one text line and one row of answer buttons per slot. */
export function proposalBlocks(consult: ConsultSnapshot, lang: Lang, viewerId: string): Block[] {
  const voters = consult.participants.flatMap((p) =>
    p.professionalId ? [{ id: p.professionalId, required: p.required }] : [],
  );
  const tallies = tallyVotes(consult.slots, voters, consult.votes);
  const organiser = viewerId === consult.organizerId;
  const blocks: Block[] = [{ type: "text", content: [t(lang, "consult.propose.intro")] }];
  for (const slot of consult.slots) {
    const tally = tallies.find((t) => t.slotId === slot.id);
    const mine = consult.votes.find((v) => v.slotId === slot.id && v.participantId === viewerId)?.answer;
    const counts = t(lang, "consult.propose.votes", {
      yes: tally?.yes.length ?? 0,
      ifNeeded: tally?.ifNeeded.length ?? 0,
      no: tally?.no.length ?? 0,
    });
    blocks.push({ type: "text", content: [{ kind: "strong", text: slotLabel(slot, lang) }, ` · ${counts}`] });
    const actions: Action[] = VOTE_ANSWERS.map((answer) => ({
      intent: "consult.vote",
      label: `${answer === mine ? "✓ " : ""}${t(lang, `consult.vote.${answer}`)}`,
      data: { consultId: consult.id, slotId: slot.id, answer },
      ...(answer === "yes" ? { style: "primary" as const } : {}),
    }));
    if (organiser) {
      actions.push({
        intent: "consult.confirm",
        label: t(lang, "consult.confirm.button"),
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
      ? "consult.heading.confirmed"
      : consult.status === "planning"
        ? "consult.heading"
        : (`consult.heading.${consult.status}` as const);
  const blocks: Block[] = [
    { type: "heading", text: t(lang, headingKey, { code: consult.caseCode }) },
    {
      type: "fields",
      fields: [
        { label: t(lang, "consult.status"), value: [t(lang, `consult.status.${consult.status}`)] },
        { label: t(lang, "consult.when"), value: [when(consult, lang)] },
        {
          label: t(lang, "consult.duration"),
          value: [t(lang, "consult.minutes", { n: consult.durationMinutes })],
        },
        { label: t(lang, "consult.place"), value: [consult.location ?? t(lang, "consult.place.none")] },
      ],
    },
    { type: "text", content: [{ kind: "strong", text: t(lang, "consult.participants") }] },
    { type: "list", items: participantLines(consult, lang) },
    { type: "text", content: [{ kind: "strong", text: t(lang, "consult.agenda") }] },
    consult.agenda.length > 0
      ? {
          type: "list",
          items: [...consult.agenda].sort((a, b) => a.position - b.position).map((a) => [a.text]),
        }
      : { type: "context", content: [t(lang, "consult.agenda.empty")] },
  ];
  if (consult.status === "planning") blocks.push(...proposalBlocks(consult, lang, viewerId));
  const actions = consultActions(consult, lang, viewerId);
  if (actions.length > 0) blocks.push({ type: "actions", actions });
  const summary = `${t(lang, headingKey, { code: consult.caseCode })}: ${when(consult, lang)}`;
  return { lang, summary, blocks, visibility: "shared" };
}

function consultActions(consult: ConsultSnapshot, lang: Lang, viewerId: string): Action[] {
  const data = { consultId: consult.id };
  const organiser = viewerId === consult.organizerId;
  const open = consult.status === "planning" || consult.status === "scheduled";
  const actions: Action[] = [];
  if (open) actions.push({ intent: "consult.agenda-add", label: t(lang, "consult.button.agenda"), data });
  if (consult.status === "scheduled")
    actions.push({ intent: "consult.invite", label: t(lang, "consult.button.invite"), data });
  if (organiser && consult.status === "planning")
    actions.push({ intent: "consult.participant-add", label: t(lang, "consult.button.add"), data });
  if (organiser && consult.status === "scheduled") {
    actions.push({ intent: "consult.reschedule", label: t(lang, "consult.button.reschedule"), data });
    actions.push({ intent: "consult.outcome", label: t(lang, "consult.button.outcome"), data });
    if (consult.participants.some((p) => p.relativeLabel)) {
      actions.push({ intent: "consult.relatives", label: t(lang, "consult.button.relatives"), data });
    }
  }
  if (organiser && open) {
    actions.push({
      intent: "consult.cancel",
      label: t(lang, "consult.button.cancel"),
      data,
      style: "danger",
      confirm: {
        title: t(lang, "consult.button.cancel"),
        text: t(lang, "consult.cancel.confirm"),
        yes: t(lang, "consult.yes"),
        no: t(lang, "consult.no"),
      },
    });
  }
  actions.push({ intent: "consult.attendance", label: t(lang, "consult.button.attendance"), data });
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
        label: t(lang, "consult.button.remove", { name }),
        data,
      };
      if (!p.professionalId) return [remove];
      const toggle: Action = {
        intent: "consult.participant-required",
        label: t(lang, p.required ? "consult.button.make-optional" : "consult.button.make-required", {
          name,
        }),
        data: { ...data, required: p.required ? "false" : "true" },
      };
      return [toggle, remove];
    });
  return actions.length > 0 ? [{ type: "actions", actions }] : [];
}

/** The .ics text, to save as a file: blocks for a private message or a notice. */
export function icsBlocks(ics: string, lang: Lang): Block[] {
  return [
    { type: "heading", text: t(lang, "consult.heading.ics") },
    { type: "context", content: [t(lang, "consult.ics.intro")] },
    { type: "text", content: [ics] },
  ];
}

export function icsMessage(ics: string, lang: Lang): Message {
  return {
    lang,
    summary: t(lang, "consult.heading.ics"),
    blocks: icsBlocks(ics, lang),
    visibility: "private",
  };
}

/** For the organiser: a text without names or case data, and the invite, to forward to relatives. */
export function relativesBlocks(consult: ConsultSnapshot, ics: string | null, lang: Lang): Block[] {
  const agenda = agendaText(consult.agenda);
  const text = t(lang, "consult.relatives.text", {
    when: when(consult, lang),
    place: consult.location ? ` (${consult.location})` : "",
    duration: consult.durationMinutes,
    agenda: agenda ? `\n${t(lang, "consult.agenda")}:\n${agenda}\n` : "",
  });
  return [
    { type: "heading", text: t(lang, "consult.heading.relatives") },
    { type: "text", content: [text] },
    ...(ics ? icsBlocks(ics, lang) : []),
  ];
}

export function relativesMessage(consult: ConsultSnapshot, ics: string | null, lang: Lang): Message {
  return {
    lang,
    summary: t(lang, "consult.heading.relatives"),
    blocks: relativesBlocks(consult, ics, lang),
    visibility: "private",
  };
}
