import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createRedactor, ErrorCodes, isLogveilError } from '../../src/index.js';
import { RedactingLogRecordProcessor, RedactingSpanProcessor } from '../../src/otel/index.js';
import type { OtelRedactionOptions } from '../../src/otel/index.js';
import { KNOWN_SECRET, tracing } from './support.js';

const next = () => new SimpleSpanProcessor(new InMemorySpanExporter());

function rejects(options: unknown, names: string): void {
  assert.throws(
    () => new RedactingSpanProcessor(next(), options as OtelRedactionOptions),
    (error: unknown) => isLogveilError(error) && error.code === ErrorCodes.BAD_OPTION && error.message.includes(names),
  );
}

test('bad adapter options are refused with a code and the option name', () => {
  rejects({ summary: 'yes' }, '"summary"');
  rejects({ urlParams: 'sig' }, '"urlParams"');
  rejects({ urlAttributes: [1] }, '"urlAttributes"');
  rejects({ redactor: {} }, '"redactor"');
  rejects({ redactor: createRedactor(), presets: ['secrets'] }, 'presets');
  rejects('strict', 'options must be an object');
});

test('core options are checked by the core, unknown ones included', () => {
  rejects({ sumary: true }, 'unknown option "sumary"');
  rejects({ maxDepth: 0 }, '"maxDepth"');
});

test('an error about known secrets never repeats them', () => {
  assert.throws(
    () => new RedactingSpanProcessor(next(), { knownSecrets: [KNOWN_SECRET], redaction: { default: 'hash' } }),
    (error: unknown) => isLogveilError(error) && !error.message.includes(KNOWN_SECRET),
  );
});

test('one redactor can serve spans and logs, and its counters add up', async () => {
  const redactor = createRedactor({ knownSecrets: [KNOWN_SECRET] });
  const spans = tracing('simple', { redactor, summary: true });
  const logs = new RedactingLogRecordProcessor(
    { onEmit: () => {}, forceFlush: async () => {}, shutdown: async () => {} },
    redactor,
  );
  spans.provider.getTracer('agent').startSpan('step', { attributes: { out: `got ${KNOWN_SECRET}` } }).end();
  const [span] = await spans.finished();
  assert.equal(span!.attributes.out, 'got [REDACTED:known-secret]');
  assert.equal(span!.attributes['logveil.redacted.secret'], 1);
  assert.equal(logs.stats().redaction.findings['known-secret'], 1);
  assert.deepEqual(spans.processor.stats().redaction, logs.stats().redaction);
});
