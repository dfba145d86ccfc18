import type { AbsenceValue } from "./directory-edit.model.js";

export interface PersonName {
  id: string;
  name: string;
}

/** One change of a professional's own absence, recorded as a chat edit (versioned, audited). */
export interface AbsenceChange {
  professionalId: string;
  absence: AbsenceValue | null;
  byId: string;
  channel: string;
  at: Date;
}

export interface AbsenceStore {
  /** Active professionals whose name is `text` (any case), else whose name contains it. */
  peopleNamed(text: string): Promise<PersonName[]>;
  /** The professional's absence now, in the format's terms. */
  absenceOf(professionalId: string): Promise<AbsenceValue | null>;
  /** Sets (or with null clears) the absence, writes the edit's version and an audit record. */
  setAbsence(change: AbsenceChange): Promise<void>;
}
