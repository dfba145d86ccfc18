import { ensureTemplates } from "./database-templates.js";

/** Runs once per vitest project before its workers start: builds the database templates. */
export default async function setup(): Promise<void> {
  await ensureTemplates();
}
