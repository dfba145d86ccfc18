/** When a failed delivery is tried again, and what of the failure is kept. */
/**
 * Exponential backoff with "equal jitter" (half fixed, half random) so that many messages failing
 * together do not come back together. A rate limit's Retry-After is a floor, not a suggestion.
 */
export function retryDelayMs(
  attempts: number,
  retryAfter: number | null,
  settings: { baseDelaySeconds: number; maxDelaySeconds: number },
  random: () => number,
): number {
  if (retryAfter !== null) return retryAfter * 1000 + Math.floor(random() * 1000);
  const ceiling = Math.min(settings.maxDelaySeconds, settings.baseDelaySeconds * 2 ** (attempts - 1)) * 1000;
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** Channels put `retryAfter` (seconds) on the error of an HTTP 429. */
export function retryAfterSeconds(error: unknown): number | null {
  const value = (error as { retryAfter?: unknown } | null)?.retryAfter;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Channels set `permanent: true` when retrying cannot help (user gone, bot removed). */
export function isPermanent(error: unknown): boolean {
  return (error as { permanent?: unknown } | null)?.permanent === true;
}

// API error texts carry codes ("channel_not_found", "429"), not message content; cut anyway.
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 300);
}
