/**
 * Every entry point the conformance suite drives. A new door (the relay, the LLM guard...) joins by adding a
 * runner file beside these and one line here; see ../README.md.
 */
import { cliScanRunner } from './cli-scan.js';
import { cliScrubRunner } from './cli-scrub.js';
import { llmRunner } from './llm.js';
import { otelLogStructuredRunner, otelLogTextRunner } from './otel-log.js';
import { otelSpanAttributeRunner, otelSpanEventRunner, otelSpanNameRunner, otelSpanStatusRunner } from './otel-span.js';
import { pinoTransportRunner } from './pino-transport.js';
import { redactLineRunner } from './redact-line.js';
import { redactStringRunner } from './redact-string.js';
import { redactValueRunner } from './redact-value.js';
import { relayRunner } from './relay.js';
import type { Runner } from './types.js';

export const RUNNERS: readonly Runner[] = [
  redactStringRunner,
  redactValueRunner,
  redactLineRunner,
  pinoTransportRunner,
  otelSpanNameRunner,
  otelSpanAttributeRunner,
  otelSpanEventRunner,
  otelSpanStatusRunner,
  otelLogTextRunner,
  otelLogStructuredRunner,
  cliScrubRunner,
  cliScanRunner,
  relayRunner,
  llmRunner,
];

export type { RunContext, Runner } from './types.js';
