/**
 * What the daily retention job (src/features/cases/jobs/retention.job.ts) needs from storage.
 * Implemented in src/features/handover/db/retention.repository.ts.
 */
export interface RetentionStore {
  /** Closed before `closedBefore` (a calendar date column), not yet purged. */
  purgeClosedCases(closedBefore: Date, now: Date): Promise<number>;
  /** Audit records older than `before`; the table's trigger refuses any younger than five years. */
  deleteOldAudit(before: Date): Promise<number>;
}
