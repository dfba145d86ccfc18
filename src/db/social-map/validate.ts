/**
 * Validation of a social map: shape (zod) and references, all problems at once, each with the
 * JSON path a person can find in the file (`services[3].wijken[1]: unknown wijk "…"`).
 * Warnings do not stop an import: a handover without consent is imported but never sendable.
 */
import type { z } from "zod/v4";
import { COLLECTIONS, type Collection, type SocialMap, socialMapSchema } from "./social-map.schema.js";
import { checkReferences, type KnownIds, type Problem } from "./validate-references.js";

export type { KnownIds, Problem } from "./validate-references.js";

export type ValidationResult =
  | { ok: true; map: SocialMap; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export const NOT_SENDABLE_WARNING = "imported but not sendable: no consent";

export const NO_KNOWN_IDS: KnownIds = {
  municipalities: new Set(),
  wijken: new Set(),
  topics: new Set(),
  organizations: new Set(),
  services: new Set(),
  professionals: new Set(),
  cases: new Set(),
};

/** `known`: ids already in the database, which a partial file may refer to. */
export function validateSocialMap(input: unknown, known: KnownIds = NO_KNOWN_IDS): ValidationResult {
  const parsed = socialMapSchema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map(fromIssue);
  problems.push(...checkReferences(input, known));
  const warnings = consentWarnings(input);
  if (!parsed.success || problems.length > 0) return { ok: false, problems: sortByPath(problems), warnings };
  return { ok: true, map: parsed.data, warnings };
}

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function fromIssue(issue: z.core.$ZodIssue): Problem {
  return { path: jsonPath(issue.path), message: issue.message };
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function consentWarnings(input: unknown): Problem[] {
  const handovers = (input as { handovers?: unknown } | null)?.handovers;
  if (!Array.isArray(handovers)) return [];
  return handovers.flatMap((h, i) =>
    h && typeof h === "object" && (h as { consent?: unknown }).consent === null
      ? [{ path: `handovers[${i}].consent`, message: NOT_SENDABLE_WARNING }]
      : [],
  );
}

/** File order: problems of records[2] before records[10], shape and reference problems mixed. */
function sortByPath(problems: Problem[]): Problem[] {
  const key = (p: Problem) => {
    const top = COLLECTIONS.indexOf(p.path.split(/[.[]/)[0] as Collection);
    return `${String(top + 1).padStart(2, "0")}${p.path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(8, "0")}]`)}`;
  };
  return problems
    .map((p, order) => ({ p, order, k: key(p) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.order - b.order))
    .map(({ p }) => p);
}
