/**
 * The result of reading a file in another format: a partial social map in our own format
 * (wijkbot-social-map/1) that then goes through the same validation and import as our JSON,
 * plus where each record came from, so that a problem found later still points into the file.
 */
import type { SocialMapInput } from "../social-map.schema.js";
import type { Problem } from "../validate.js";
import type { Where } from "./where.js";

export type ConvertedCollection = "organizations" | "services" | "professionals";

export interface Converted {
  format: string;
  map: SocialMapInput;
  origins: Partial<Record<ConvertedCollection, Where[]>>;
  problems: Problem[];
  warnings: Problem[];
}

/** `services[3].intake.phone` -> `services.csv row 5 (intake.phone)`: the record in the file, our field. */
export function locate(problem: Problem, origins: Converted["origins"]): Problem {
  const match = /^(organizations|services|professionals)\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const where = match ? origins[match[1] as ConvertedCollection]?.[Number(match[2])] : undefined;
  if (!where) return problem;
  return { path: match![3] ? `${where()} (${match![3]})` : where(), message: problem.message };
}
