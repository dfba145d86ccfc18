/**
 * Reads a submitted handover form (flat strings from any channel) into a typed request, or the
 * errors per field. Pure. Error values are message keys (features/handover/views/handover-form.messages.ts).
 *
 * Consent: "verbal" or "written" records a new consent now, with when, for which service (this one
 * or any) and purpose and until when; "existing" relies on a consent already on the case. Whether
 * the consent is valid is decided after, by consent.policy, so the refusal can name the reason.
 */
import { addDays, dayNumber, localDate, startOfLocalDay } from "../../../core/calendar/amsterdam-time.js";
import type { ConsentForm, ContactChannel, Urgency } from "./handover.ports.js";
import { HANDOVER_PURPOSE, REASON_MAX } from "./handover.ports.js";

export interface HandoverRequestInput {
  caseCode: string | null;
  /** For a new case, when no code is given. */
  wijkId: string | null;
  topicId: string;
  serviceId: string;
  receiverId: string | null;
  reason: string;
  urgency: Urgency;
  contactChannel: ContactChannel;
  phone: string | null;
  bestTime: string | null;
  consent: NewConsentInput | "existing";
}

export interface NewConsentInput {
  form: ConsentForm;
  recordedAt: Date;
  scope: "service" | "any";
  purpose: string;
  validUntil: Date | null;
}

export type FormReading =
  | { ok: true; input: HandoverRequestInput }
  | { ok: false; errors: Record<string, string> };

const CODE = /^[A-Z]{3}-\d{3,}$/;
// Digits with the usual separators and an optional +: enough to call, nothing else.
const PHONE = /^\+?[0-9][0-9 ()-]{5,18}[0-9]$/;

export function readHandoverForm(data: Record<string, string>, now: Date): FormReading {
  const errors: Record<string, string> = {};
  const get = (name: string) => (data[name] ?? "").trim();
  const code = get("caseCode").toUpperCase();
  const wijkId = get("wijkId");
  if (code && !CODE.test(code)) errors.caseCode = "handover.form.error.code";
  if (!code && !wijkId) errors.wijkId = "handover.form.error.case-or-wijk";
  const topicId = get("topicId");
  if (!topicId) errors.topicId = "handover.form.error.required";
  const serviceId = get("serviceId");
  if (!serviceId) errors.serviceId = "handover.form.error.required";
  const reason = get("reason");
  if (!reason) errors.reason = "handover.form.error.required";
  else if (reason.length > REASON_MAX) errors.reason = "handover.form.error.reason-long";
  const contactChannel = get("contactChannel") === "citizen-calls" ? "citizen-calls" : "phone";
  const phone = get("phone");
  if (contactChannel === "phone" && !PHONE.test(phone)) errors.phone = "handover.form.error.phone";
  const consent = readConsent(get, now, errors);
  if (Object.keys(errors).length > 0 || consent === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      caseCode: code || null,
      wijkId: code ? null : wijkId,
      topicId,
      serviceId,
      receiverId: get("receiverId") || null,
      reason,
      urgency: get("urgency") === "urgent" ? "urgent" : "normal",
      contactChannel,
      phone: contactChannel === "phone" ? phone : null,
      bestTime: get("bestTime").slice(0, 100) || null,
      consent,
    },
  };
}

function readConsent(
  get: (name: string) => string,
  now: Date,
  errors: Record<string, string>,
): NewConsentInput | "existing" | null {
  const form = get("consent");
  if (form === "existing") return "existing";
  if (form !== "verbal" && form !== "written") {
    errors.consent = "handover.form.error.consent";
    return null;
  }
  const today = localDate(now);
  const day = get("consentDate") || today;
  const until = get("consentUntil");
  if (!isDay(day)) errors.consentDate = "handover.form.error.date";
  if (until && !isDay(until)) errors.consentUntil = "handover.form.error.date";
  if (errors.consentDate || errors.consentUntil) return null;
  return {
    form,
    // Recorded today counts from now; an earlier day from its start; a later day stays in the
    // future, which consent.policy refuses ("recorded in the future" is no consent yet).
    recordedAt: day === today ? now : startOfLocalDay(day),
    scope: get("consentScope") === "any" ? "any" : "service",
    purpose: get("consentPurpose").slice(0, 100) || HANDOVER_PURPOSE,
    // Valid through the whole day named: until the next day's start.
    validUntil: until ? startOfLocalDay(addDays(until, 1)) : null,
  };
}

function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    dayNumber(text);
    return true;
  } catch {
    return false; // "2026-02-30"
  }
}
