import type { ServiceEditField } from "./directory-edit.model.js";
import type { Vocabulary } from "./vocabulary.model.js";

/** A service as its edit form shows it. */
export interface EditableService {
  id: string;
  name: string;
  contactIds: string[];
  intakePhone: string | null;
  intakeHours: string | null;
  responseWorkingDays: number;
  wijkIds: string[];
  topicIds: string[];
}

/** The new value of each field that changed, in the format's terms (see directory-edit.model.ts). */
export type ServiceChanges = Partial<{
  "intake.phone": string | null;
  "intake.hours": string | null;
  responseWorkingDays: number;
  wijken: string[];
  topics: string[];
}>;

export interface ServiceEditStore {
  service(id: string): Promise<EditableService | null>;
  /** The services this professional is a contact person of. */
  servicesOf(professionalId: string): Promise<EditableService[]>;
  /** Services whose name contains `text` (for administrators). */
  servicesNamed(text: string): Promise<EditableService[]>;
  /** Wijken and topics, to read the names typed in the form. */
  names(): Promise<Pick<Vocabulary, "wijken" | "topics">>;
  /** Writes the changes, a version and an audit record per field, in one transaction. */
  save(change: {
    service: EditableService;
    changes: ServiceChanges;
    byId: string;
    channel: string;
    at: Date;
  }): Promise<void>;
}

export type { ServiceEditField };
