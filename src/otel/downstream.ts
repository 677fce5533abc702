import type { OtelCounters } from './stats.js';

/**
 * The processor or exporter a redacting wrapper hands items to is the user's, and it may throw. The SDK
 * calls processors without a guard (`MultiSpanProcessor.onEnd`, `MultiLogRecordProcessor.onEmit`), so a
 * throw would reach the app's `span.end()` or `logger.emit()`; the SDK's own processors never throw there
 * (they hand errors to `globalErrorHandler`). The wrappers keep that contract: the error is caught, counted
 * in `stats().downstreamErrors`, and the first one is said on stderr by class name only (a message may
 * quote the item). logveil/otel loads no OpenTelemetry package, so it cannot reach `globalErrorHandler`.
 */
export function downstreamFailed(counters: OtelCounters, where: string, error: unknown): void {
  counters.downstreamErrors++;
  if (counters.downstreamErrors > 1) return;
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const reason = /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : 'Error';
  process.stderr.write(`logveil/otel: ${where} threw (${reason}); caught, and counted in stats().downstreamErrors\n`);
}

/** A downstream `forceFlush` or `shutdown` that throws instead of rejecting: the SDK expects a promise. */
export function asPromise(run: () => Promise<void>): Promise<void> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
}
