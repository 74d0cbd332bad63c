/** What one attempt came to: delivered, worth another try, or refused for good. */
export type Outcome = { ok: true } | { ok: false; error: string; final?: boolean };

/** How long one attempt may take before it counts as failed. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

export const failure = (e: unknown): Outcome => ({
  ok: false,
  error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
});
