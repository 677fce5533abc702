/**
 * Shared fixtures for the OpenTelemetry adapter tests: fake secrets the built-in detectors find, tracer and
 * logger providers wired to in-memory exporters, and leak assertions. Secrets are generated from their
 * formats (checksums included), never pasted.
 */
import assert from 'node:assert/strict';
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { Resource } from '@opentelemetry/resources';
import { withGithubChecksum } from '../../src/validators/index.js';
import { fake } from '../../detectors/lib/sample.js';
import { RedactingSpanProcessor } from '../../src/otel/index.js';
import type { OtelRedactionOptions } from '../../src/otel/index.js';
import type { Redactor } from '../../src/redactor.js';

export const githubToken = (seed: string): string => 'ghp_' + withGithubChecksum(fake(seed, 30));
export const stripeKey = (seed: string): string => `sk_live_${fake(seed, 24)}`;
export const email = (seed: string): string => `${fake(`${seed}-a`, 6, 'abcdefghijklmnopqrstuvwxyz')}.doe@corp.example.org`;
/** No detector knows this shape: only `knownSecrets` can find it. */
export const KNOWN_SECRET = 'vault-root-4cd1ab9f7e2c';

/** One distinct secret per field, so a leak names the field it came from. */
export function plantedSecrets(prefix: string): Record<string, string> {
  const fields = [
    'name', 'attribute', 'arrayItem', 'eventName', 'exceptionMessage', 'exceptionStack', 'linkAttribute',
    'statusMessage', 'resource', 'genAiInput', 'genAiOutput', 'genAiPrompt', 'urlQuery',
  ];
  return Object.fromEntries(fields.map((field, i) => [field, i % 3 === 2 ? stripeKey(`${prefix}-${field}`) : githubToken(`${prefix}-${field}`)]));
}

/** Fails with the field name of every secret found in `exported` (never printing the secret itself). */
export function assertNoSecrets(exported: unknown, secrets: Record<string, string>): void {
  const text = JSON.stringify(exported);
  const leaked = Object.entries(secrets).filter(([, secret]) => text.includes(secret)).map(([field]) => field);
  assert.deepEqual(leaked, [], `secrets leaked from fields: ${leaked.join(', ')}`);
}

/** The fields of a span an exporter reads, as plain data, to compare or search. */
export function spanData(span: ReadableSpan): Record<string, unknown> {
  return {
    name: span.name,
    kind: span.kind,
    context: span.spanContext(),
    parent: span.parentSpanContext,
    attributes: span.attributes,
    events: span.events,
    links: span.links,
    status: span.status,
    resource: span.resource.attributes,
    scope: span.instrumentationScope,
    startTime: span.startTime,
    endTime: span.endTime,
    duration: span.duration,
    ended: span.ended,
    dropped: [span.droppedAttributesCount, span.droppedEventsCount, span.droppedLinksCount],
  };
}

export type ProcessorKind = 'simple' | 'batch';

export interface TracingFixture {
  readonly provider: BasicTracerProvider;
  readonly exporter: InMemorySpanExporter;
  readonly processor: RedactingSpanProcessor;
  /** Every span the SDK ended, as it ended: the objects the redacting processor received. */
  readonly originals: ReadableSpan[];
  finished(): Promise<ReadableSpan[]>;
}

/** A provider whose only exporting processor sits inside a RedactingSpanProcessor. */
export function tracing(kind: ProcessorKind, options?: OtelRedactionOptions | Redactor, resource?: Resource): TracingFixture {
  const exporter = new InMemorySpanExporter();
  const inner: SpanProcessor = kind === 'simple' ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const processor = new RedactingSpanProcessor(inner, options);
  const originals: ReadableSpan[] = [];
  const recorder: SpanProcessor = {
    onStart: () => {},
    onEnd: (span) => void originals.push(span),
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  // The SDK's own interface: a compile error here means the structural types drifted from the SDK's.
  const sdkProcessor: SpanProcessor = processor;
  const provider = new BasicTracerProvider({
    spanProcessors: [recorder, sdkProcessor],
    resource: resource ?? resourceFromAttributes({ 'service.name': 'agent-under-test' }),
  });
  return {
    provider,
    exporter,
    processor,
    originals,
    async finished() {
      await provider.forceFlush();
      return exporter.getFinishedSpans();
    },
  };
}

/** Structured clone of what a span held, to check later that nobody wrote to it. */
export function snapshot(span: ReadableSpan): unknown {
  return structuredClone(spanData(span));
}
