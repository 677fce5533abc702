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

export const PENDING: readonly PendingPair[] = [
  {
    case: "userinfo-short-password",
    runners: ["redactString", "redactValue", "redactLine", "pino-transport", "otel-span-name", "otel-span-attribute", "otel-span-event", "otel-span-status", "otel-log-body-text", "cli-scrub", "cli-scan", "relay-log-body", "llm-guard-fetch"],
    reason: "issue 11 item 1: URL userinfo and query parameters in the engine, for any text",
  },
  {
    case: "prose-password-is",
    runners: ["redactString", "redactValue", "redactLine", "pino-transport", "otel-span-name", "otel-span-attribute", "otel-span-event", "otel-span-status", "otel-log-body-text", "cli-scrub", "cli-scan", "relay-log-body", "llm-guard-fetch"],
    reason: "issue 11 item 3: free-text credentials (whole value, short passwords after a key, typos)",
  },
  {
    case: "userinfo-tilde-password",
    runners: ["redactString", "redactValue", "redactLine", "pino-transport", "otel-span-name", "otel-span-attribute", "otel-span-event", "otel-span-status", "otel-log-body-text", "cli-scrub", "relay-log-body", "llm-guard-fetch"],
    reason: "a catalog detector misses this agent-log shape through this door (detectors/ or the door)",
  },
  {
    case: "pretty-json-password-and-pass",
    runners: ["redactString", "redactValue", "pino-transport", "otel-span-attribute", "otel-span-event", "otel-span-status", "otel-log-body-text", "cli-scrub", "relay-log-body", "llm-guard-fetch"],
    reason: "issue 11 item 1: strings holding JSON walked as structure, for any door",
  },
];
