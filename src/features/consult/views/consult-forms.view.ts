/** The consult's forms: a Slack modal, a Teams input card, a web form (views/message.ts). */
import { localDate, localTime } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import type { Intent } from "../../../language/intents.js";
import { t } from "../../../views/i18n.js";
import type { FormField, Message } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { ConsultRecord } from "../core/consult.ports.js";
import { ACTION_TEXT_MAX, AGENDA_TEXT_MAX, OUTCOME_TEXT_MAX } from "../core/consult-agenda.policy.js";
import { RELATIVE_LABEL_MAX, type RosterMember } from "../core/participants.policy.js";

/** How many action points the outcome form offers; more can follow in a second round. */
export const OUTCOME_ACTION_ROWS = 3;

function formMessage(
  lang: Lang,
  id: string,
  title: string,
  fields: FormField[],
  intent: Intent,
  data: Record<string, string>,
  errors?: Record<string, string>,
): Message {
  return {
    lang,
    summary: title,
    blocks: [
      {
        type: "form",
        form: {
          id,
          title,
          fields,
          submit: { intent, label: t(lang, "consult.form.save"), data: { ...data, submitted: "true" } },
          ...(errors ? { errors } : {}),
        },
      },
    ],
    visibility: "private",
  };
}

export function agendaForm(consult: ConsultRecord, lang: Lang): Message {
  return formMessage(
    lang,
    `consult-agenda-${consult.id}`,
    t(lang, "consult.form.agenda"),
    [
      {
        kind: "text",
        name: "text",
        label: t(lang, "consult.form.agenda.text"),
        required: true,
        maxLength: AGENDA_TEXT_MAX,
        multiline: true,
      },
    ],
    "consult.agenda-add",
    { consultId: consult.id },
  );
}

export function rescheduleForm(consult: ConsultRecord, lang: Lang, errors?: Record<string, string>): Message {
  return formMessage(
    lang,
    `consult-reschedule-${consult.id}`,
    t(lang, "consult.form.reschedule"),
    [
      {
        kind: "date",
        name: "date",
        label: t(lang, "consult.form.date"),
        required: true,
        ...(consult.start ? { value: localDate(consult.start) } : {}),
      },
      {
        kind: "time",
        name: "time",
        label: t(lang, "consult.form.time"),
        required: true,
        ...(consult.start ? { value: localTime(consult.start) } : {}),
      },
    ],
    "consult.reschedule",
    { consultId: consult.id },
    errors,
  );
}

export function outcomeForm(consult: ConsultRecord, lang: Lang, errors?: Record<string, string>): Message {
  const professionals = consult.participants.filter((p) => p.professionalId);
  const owners = [
    { value: "", label: t(lang, "consult.form.none") },
    ...professionals.map((p) => ({ value: p.professionalId!, label: p.name ?? p.professionalId! })),
  ];
  const fields: FormField[] = [
    {
      kind: "text",
      name: "outcome",
      label: t(lang, "consult.form.outcome.text"),
      required: true,
      maxLength: OUTCOME_TEXT_MAX,
      multiline: true,
    },
    ...professionals.map(
      (p): FormField => ({
        kind: "toggle",
        name: `attended.${p.professionalId}`,
        label: t(lang, "consult.form.attended", { name: p.name ?? p.professionalId! }),
        value: p.attended ?? true,
      }),
    ),
  ];
  for (let n = 1; n <= OUTCOME_ACTION_ROWS; n += 1) {
    fields.push(
      {
        kind: "text",
        name: `action${n}.text`,
        label: t(lang, "consult.form.action", { n }),
        required: false,
        maxLength: ACTION_TEXT_MAX,
      },
      {
        kind: "select",
        name: `action${n}.owner`,
        label: t(lang, "consult.form.action.owner", { n }),
        required: false,
        options: owners,
      },
      {
        kind: "date",
        name: `action${n}.due`,
        label: t(lang, "consult.form.action.due", { n }),
        required: false,
      },
    );
  }
  return formMessage(
    lang,
    `consult-outcome-${consult.id}`,
    t(lang, "consult.form.outcome"),
    fields,
    "consult.outcome",
    { consultId: consult.id },
    errors,
  );
}

export function addParticipantForm(
  consult: ConsultRecord,
  roster: readonly (RosterMember & { name: string })[],
  lang: Lang,
): Message {
  const taken = new Set(consult.participants.map((p) => p.professionalId));
  const options = [
    { value: "", label: t(lang, "consult.form.none") },
    ...roster
      .filter((m) => !taken.has(m.professionalId))
      .map((m) => ({ value: m.professionalId, label: `${m.name} (${roleLabel(lang, m.role)})` })),
  ];
  return formMessage(
    lang,
    `consult-add-${consult.id}`,
    t(lang, "consult.form.add"),
    [
      {
        kind: "select",
        name: "professionalId",
        label: t(lang, "consult.form.add.professional"),
        required: false,
        options,
      },
      {
        kind: "text",
        name: "relativeLabel",
        label: t(lang, "consult.form.add.relative"),
        required: false,
        maxLength: RELATIVE_LABEL_MAX,
      },
    ],
    "consult.participant-add",
    { consultId: consult.id },
  );
}
