/**
 * Services write notifications to the outbox inside their transaction; after the commit they call
 * `queued()` so delivery starts at once instead of at the next sweep. Never call it inside the
 * transaction (PGlite deadlock, and a rolled-back change must not trigger a send).
 */
export interface Notifier {
  queued(): void;
}

export const noNotifier: Notifier = { queued: () => undefined };
