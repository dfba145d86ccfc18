/**
 * The format speaks Dutch where people write it by hand; the database stores the English codes
 * the rest of the program uses. One table per field, read in both directions.
 */
const CONSENT_FORMS = { mondeling: "verbal", schriftelijk: "written" } as const;
const CONTACT_CHANNELS = { telefoon: "phone", "inwoner-belt": "citizen-calls" } as const;

export type FormatConsentForm = keyof typeof CONSENT_FORMS;
export type FormatContactChannel = keyof typeof CONTACT_CHANNELS;

export function consentFormToDb(form: FormatConsentForm): string {
  return CONSENT_FORMS[form];
}

export function consentFormFromDb(form: string): FormatConsentForm {
  return reverse(CONSENT_FORMS, form, "consent form");
}

export function contactChannelToDb(channel: FormatContactChannel): string {
  return CONTACT_CHANNELS[channel];
}

export function contactChannelFromDb(channel: string): FormatContactChannel {
  return reverse(CONTACT_CHANNELS, channel, "contact channel");
}

function reverse<K extends string>(table: Record<K, string>, value: string, what: string): K {
  const hit = (Object.keys(table) as K[]).find((key) => table[key] === value);
  // A stored value outside the table is a broken invariant, not user input.
  if (hit === undefined) throw new Error(`No social-map value for ${what} "${value}"`);
  return hit;
}
