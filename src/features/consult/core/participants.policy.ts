/**
 * Who is invited to a palliative consult: proposed from the case roster and a role template
 * (GP and district nurse required; Wmo-consultant, spiritual caregiver and relatives optional),
 * then edited by the organiser. Relatives are known by a label only ("partner"), never by name,
 * and cannot be required: they have no office hours in the directory, so the slot finder could
 * never satisfy them; they get the text and .ics to forward instead.
 */

export interface RosterMember {
  professionalId: string;
  /** CaseMember.role, e.g. "huisarts". */
  role: string;
}

export interface RelativeRef {
  relativeId: string;
  label: string;
}

export interface RoleTemplate {
  required: readonly string[];
  optional: readonly string[];
  /** Whether the case's relatives are proposed (always as optional). */
  relatives: boolean;
}

export const PALLIATIVE_TEMPLATE: RoleTemplate = {
  required: ["huisarts", "wijkverpleegkundige"],
  optional: ["wmo-consulent", "geestelijk-verzorger"],
  relatives: true,
};

export const RELATIVE_LABEL_MAX = 40;

export type ProposedParticipant =
  | { kind: "professional"; professionalId: string; role: string; required: boolean }
  | { kind: "relative"; relativeId: string | null; label: string; required: false };

export interface ParticipantProposal {
  /** Organiser first, then required roles in template order, optional roles, relatives. */
  participants: ProposedParticipant[];
  /** Required roles nobody on the roster has: the organiser is asked to add someone. */
  missingRoles: string[];
  /** Roster members whose role the template does not name, to offer as extra participants. */
  others: RosterMember[];
}

export function proposeParticipants(input: {
  roster: readonly RosterMember[];
  relatives: readonly RelativeRef[];
  organizer: RosterMember;
  template?: RoleTemplate;
}): ParticipantProposal {
  const template = input.template ?? PALLIATIVE_TEMPLATE;
  const roster = input.roster.filter((m) => m.professionalId !== input.organizer.professionalId);
  const withRole = (roles: readonly string[], required: boolean) =>
    roles.flatMap((role) =>
      roster.filter((m) => m.role === role).map((m) => professional(m.professionalId, m.role, required)),
    );
  const participants: ProposedParticipant[] = [
    professional(input.organizer.professionalId, input.organizer.role, true),
    ...withRole(template.required, true),
    ...withRole(template.optional, false),
    ...(template.relatives ? input.relatives.map((r) => relative(r.relativeId, r.label)) : []),
  ];
  const present = new Set([input.organizer.role, ...roster.map((m) => m.role)]);
  const named = new Set([...template.required, ...template.optional]);
  return {
    participants,
    missingRoles: template.required.filter((role) => !present.has(role)),
    others: roster.filter((m) => !named.has(m.role)),
  };
}

/** Stable key for edits: the professional id, or "relative:<id or label>". */
export function participantKey(p: ProposedParticipant): string {
  return p.kind === "professional" ? p.professionalId : `relative:${p.relativeId ?? p.label}`;
}

export type ParticipantEdit =
  | { kind: "add-professional"; professionalId: string; role: string; required: boolean }
  | { kind: "add-relative"; relativeId: string | null; label: string }
  | { kind: "remove"; key: string }
  | { kind: "set-required"; key: string; required: boolean };

export type ParticipantEditRefusal =
  | "not-organiser"
  | "already-participant"
  | "unknown-participant"
  | "organiser-stays"
  | "relative-cannot-be-required"
  | "label-invalid";

export type ParticipantEditResult =
  | { ok: true; participants: ProposedParticipant[] }
  | { ok: false; reason: ParticipantEditRefusal };

/** The organiser's changes; the organiser stays in and required. */
export function editParticipants(
  participants: readonly ProposedParticipant[],
  edit: ParticipantEdit,
  actor: { actorId: string; organizerId: string },
): ParticipantEditResult {
  if (actor.actorId !== actor.organizerId) return { ok: false, reason: "not-organiser" };
  if (edit.kind === "add-professional" || edit.kind === "add-relative") return add(participants, edit);
  const index = participants.findIndex((p) => participantKey(p) === edit.key);
  const target = participants[index];
  if (!target) return { ok: false, reason: "unknown-participant" };
  if (edit.key === actor.organizerId) return { ok: false, reason: "organiser-stays" };
  if (edit.kind === "remove") return { ok: true, participants: participants.filter((_, i) => i !== index) };
  if (target.kind === "relative" && edit.required)
    return { ok: false, reason: "relative-cannot-be-required" };
  const changed = target.kind === "professional" ? { ...target, required: edit.required } : target;
  return { ok: true, participants: participants.map((p, i) => (i === index ? changed : p)) };
}

function add(
  participants: readonly ProposedParticipant[],
  edit: Extract<ParticipantEdit, { kind: "add-professional" | "add-relative" }>,
): ParticipantEditResult {
  let added: ProposedParticipant;
  if (edit.kind === "add-relative") {
    const label = edit.label.trim();
    if (label === "" || label.length > RELATIVE_LABEL_MAX) return { ok: false, reason: "label-invalid" };
    added = relative(edit.relativeId, label);
  } else {
    added = professional(edit.professionalId, edit.role, edit.required);
  }
  if (participants.some((p) => participantKey(p) === participantKey(added))) {
    return { ok: false, reason: "already-participant" };
  }
  return { ok: true, participants: [...participants, added] };
}

function professional(professionalId: string, role: string, required: boolean): ProposedParticipant {
  return { kind: "professional", professionalId, role, required };
}

function relative(relativeId: string | null, label: string): ProposedParticipant {
  return { kind: "relative", relativeId, label, required: false };
}
