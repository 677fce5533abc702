/**
 * (case, runner) pairs known to fail today, each with the part of issue 11 whose fix it waits for. They run as
 * node:test `todo` (reported, not failing); every other pair must pass, and a listed pair that passes fails
 * the suite so this list stays true. Regenerate with
 * `npm run build && node --import tsx test/conformance/regenerate-pending.ts` once fixes merge; empty it
 * when they all have. Generated: edit reasons freely, they are kept.
 */
export interface PendingPair {
  readonly case: string;
  /** Runner ids (see runners/index.ts) on which the case still fails. */
  readonly runners: readonly string[];
  readonly reason: string;
}

export const PENDING: readonly PendingPair[] = [];
