import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Redactor } from '../../src/redactor.js';
import { FAIL_CLOSED_MARKER, RedactingLogRecordProcessor, RedactingSpanProcessor } from '../../src/otel/index.js';
import type { ResourceLike } from '../../src/otel/index.js';
import { assertNoSecrets, plantedSecrets, tracing } from './support.js';

/** A redactor that breaks on the first scan after `armed` is set: an engine bug, as the processor sees it. */
class BrokenRedactor extends Redactor {
  armed = false;

  override scan(text: string) {
    if (this.armed) throw new Error(`scan failed on: ${text}`);
    return super.scan(text);
  }
}

test('a span that cannot be scrubbed is exported with every string replaced, and counted', async () => {
  const redactor = new BrokenRedactor();
  const secrets = plantedSecrets('fail-span');
  const fixture = tracing('simple', redactor);
  const span = fixture.provider.getTracer('agent').startSpan(`call ${secrets.name}`, {
    attributes: { input: secrets.attribute, args: ['a', secrets.arrayItem], status: 500, retried: true },
  });
  span.addEvent('exception', { 'exception.message': secrets.exceptionMessage });
  span.setStatus({ code: SpanStatusCode.ERROR, message: secrets.statusMessage });
  redactor.armed = true;
  span.end();
  const [exported] = await fixture.finished();
  assertNoSecrets([exported!.name, exported!.attributes, exported!.events, exported!.status], secrets);
  assert.equal(exported!.name, FAIL_CLOSED_MARKER);
  assert.deepEqual(exported!.attributes, { input: FAIL_CLOSED_MARKER, args: [FAIL_CLOSED_MARKER, FAIL_CLOSED_MARKER], status: 500, retried: true });
  assert.deepEqual(exported!.events[0]!.attributes, { 'exception.message': FAIL_CLOSED_MARKER });
  assert.equal(exported!.status.message, FAIL_CLOSED_MARKER);
  assert.deepEqual(exported!.spanContext(), fixture.originals[0]!.spanContext());
  const stats = fixture.processor.stats();
  assert.deepEqual([stats.processed, stats.failed, stats.dropped], [1, 1, 0]);
});

test('a resource that cannot be scrubbed is replaced by a marked one', async () => {
  const redactor = new BrokenRedactor();
  const secrets = plantedSecrets('fail-resource');
  const resource = resourceFromAttributes({ 'service.name': 'agent', notes: `deployed with ${secrets.resource}` });
  const fixture = tracing('simple', redactor, resource);
  redactor.armed = true;
  fixture.provider.getTracer('agent').startSpan('step').end();
  const [exported] = await fixture.finished();
  assert.deepEqual(exported!.resource.attributes, { 'service.name': FAIL_CLOSED_MARKER, notes: FAIL_CLOSED_MARKER });
});

test('a span whose fields cannot even be read is dropped and counted, not thrown into the SDK', () => {
  const ended: ReadableSpan[] = [];
  const processor = new RedactingSpanProcessor({
    onStart: () => {},
    onEnd: (span) => void ended.push(span as ReadableSpan),
    forceFlush: async () => {},
    shutdown: async () => {},
  });
  const unreadable = new Proxy({} as ReadableSpan, {
    get: () => {
      throw new Error('detached');
    },
  });
  assert.doesNotThrow(() => processor.onEnd(unreadable));
  assert.deepEqual(ended, []);
  assert.equal(processor.stats().dropped, 1);
});

test('a log record that cannot be scrubbed is exported with its text replaced, and counted', async () => {
  const redactor = new BrokenRedactor();
  const secrets = plantedSecrets('fail-log');
  const exporter = new InMemoryLogRecordExporter();
  const processor = new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), redactor);
  const provider = new LoggerProvider({ processors: [processor] });
  redactor.armed = true;
  provider.getLogger('agent').emit({
    body: { msg: secrets.name, n: 1 },
    eventName: secrets.eventName,
    attributes: { input: secrets.attribute, count: 2 },
  });
  await provider.forceFlush();
  const [record] = exporter.getFinishedLogRecords();
  assert.equal(record!.body, FAIL_CLOSED_MARKER);
  assert.equal(record!.eventName, FAIL_CLOSED_MARKER);
  assert.deepEqual(record!.attributes, { input: FAIL_CLOSED_MARKER, count: 2 });
  assert.equal(processor.stats().failed, 1);
});

test('the marker itself passes through a later redaction unchanged', () => {
  const redactor = new Redactor();
  assert.equal(redactor.redactString(FAIL_CLOSED_MARKER), FAIL_CLOSED_MARKER);
  const marked: ResourceLike = { attributes: { a: FAIL_CLOSED_MARKER }, merge: () => marked, getRawAttributes: () => [] };
  assert.equal(redactor.redactValue(marked.attributes), marked.attributes);
});
