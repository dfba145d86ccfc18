/**
 * The directory fields that can be changed in chat, named as in the social-map format, so that
 * an import can tell which of its fields were edited since (and keep them, reporting a conflict).
 */
export const SERVICE_EDIT_FIELDS = [
  "intake.phone",
  "intake.hours",
  "responseWorkingDays",
  "wijken",
  "topics",
] as const;
export type ServiceEditField = (typeof SERVICE_EDIT_FIELDS)[number];

export const PROFESSIONAL_EDIT_FIELDS = ["absence"] as const;
export type ProfessionalEditField = (typeof PROFESSIONAL_EDIT_FIELDS)[number];

export type EditedEntity = "service" | "professional";

/** A professional's absence in the format's terms: days YYYY-MM-DD, deputy a professional id. */
export interface AbsenceValue {
  from: string;
  to: string;
  deputy: string | null;
}

/** The value of one field, as the social-map format writes it. */
export type EditValue = string | number | string[] | AbsenceValue | null;

/** One change made in chat, as the edit history keeps it. */
export interface DirectoryEditRecord {
  entity: EditedEntity;
  entityId: string;
  field: ServiceEditField | ProfessionalEditField;
  value: EditValue;
  previous: EditValue;
  byId: string;
  channel: string;
}
