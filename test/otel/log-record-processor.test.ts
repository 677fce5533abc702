import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { LogRecordProcessor, ReadableLogRecord, SdkLogRecord } from '@opentelemetry/sdk-logs';
import { RedactingLogRecordProcessor } from '../../src/otel/index.js';
import type { OtelRedactionOptions } from '../../src/otel/index.js';
import { assertNoSecrets, plantedSecrets } from './support.js';

function logging(kind: 'simple' | 'batch', options?: OtelRedactionOptions, extra: LogRecordProcessor[] = []) {
  const exporter = new InMemoryLogRecordExporter();
  const inner = kind === 'simple' ? new SimpleLogRecordProcessor({ exporter }) : new BatchLogRecordProcessor({ exporter });
  const processor = new RedactingLogRecordProcessor(inner, options);
  const originals: SdkLogRecord[] = [];
  const recorder: LogRecordProcessor = {
    onEmit: (record) => void originals.push(record),
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  // The SDK's own interface: a compile error here means the structural types drifted from the SDK's.
  const sdkProcessor: LogRecordProcessor = processor;
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ 'service.name': 'agent' }),
    processors: [recorder, sdkProcessor, ...extra],
  });
  return {
    provider,
    processor,
    originals,
    logger: provider.getLogger('agent', '1.0.0'),
    async finished(): Promise<ReadableLogRecord[]> {
      await provider.forceFlush();
      return exporter.getFinishedLogRecords();
    },
  };
}

const recordData = (record: ReadableLogRecord) => ({
  body: record.body,
  attributes: record.attributes,
  eventName: record.eventName,
  severityText: record.severityText,
  severityNumber: record.severityNumber,
  resource: record.resource.attributes,
});

for (const kind of ['simple', 'batch'] as const) {
  test(`no planted secret reaches the log exporter behind a ${kind} processor`, async () => {
    const secrets = plantedSecrets(`log-${kind}`);
    const fixture = logging(kind);
    fixture.logger.emit({ body: `tool failed with ${secrets.name}`, eventName: `auth.${secrets.eventName}`, attributes: { input: secrets.attribute } });
    fixture.logger.emit({
      body: { message: `prompt ${secrets.genAiPrompt}`, nested: { list: ['ok', secrets.arrayItem] }, authorization: 'Basic abc' },
      attributes: { 'gen_ai.input.messages': JSON.stringify([{ role: 'user', content: secrets.genAiInput }]), retries: 2 },
    });
    fixture.logger.emit({ body: JSON.stringify({ level: 'error', msg: secrets.exceptionMessage }), exception: new Error(secrets.exceptionStack) });
    const exported = await fixture.finished();
    assert.equal(exported.length, 3);
    assertNoSecrets(exported.map(recordData), secrets);
    assert.ok(JSON.stringify(fixture.originals.map(recordData)).includes(secrets.exceptionStack!));
  });
}

test('bodies keep their shape: text, JSON text and structured values', async () => {
  const secrets = plantedSecrets('log-shape');
  const fixture = logging('simple');
  fixture.logger.emit({ body: `clone ${secrets.name}`, severityNumber: SeverityNumber.WARN, severityText: 'WARN' });
  fixture.logger.emit({ body: JSON.stringify({ msg: `token ${secrets.attribute}`, n: 1 }) });
  fixture.logger.emit({ body: { msg: `token ${secrets.eventName}`, n: 1, bytes: new Uint8Array([1, 2]) } });
  const [text, json, structured] = await fixture.finished();
  assert.equal(text!.body, 'clone [REDACTED:github-pat]');
  assert.equal(text!.severityNumber, SeverityNumber.WARN);
  assert.equal(text!.severityText, 'WARN');
  assert.deepEqual(JSON.parse(json!.body as string), { msg: 'token [REDACTED:github-pat]', n: 1 });
  assert.deepEqual(structured!.body, { msg: 'token [REDACTED:github-pat]', n: 1, bytes: new Uint8Array([1, 2]) });
});

test('event names and nested attributes are scrubbed; the emitted record is left as it was', async () => {
  const secrets = plantedSecrets('log-untouched');
  const fixture = logging('batch');
  fixture.logger.emit({ body: 'ok', eventName: `deploy ${secrets.eventName}`, attributes: { args: { token: 'abc', path: `/x/${secrets.attribute}` }, count: 3 } });
  const exported = await fixture.finished();
  const original = fixture.originals[0]!;
  assert.equal(exported[0]!.eventName, 'deploy [REDACTED:github-pat]');
  assert.deepEqual(exported[0]!.attributes, { args: { token: '[REDACTED:sensitive-key]', path: '/x/[REDACTED:github-pat]' }, count: 3 });
  assert.equal(original.eventName, `deploy ${secrets.eventName}`);
  assert.deepEqual(original.attributes, { args: { token: 'abc', path: `/x/${secrets.attribute}` }, count: 3 });
  assert.equal(exported[0]!.instrumentationScope, original.instrumentationScope);
  assert.deepEqual(exported[0]!.hrTime, original.hrTime);
});

test('a clean record is handed on as the SDK made it', async () => {
  const fixture = logging('simple');
  fixture.logger.emit({ body: 'step 3 done', attributes: { step: 3 } });
  const [exported] = await fixture.finished();
  assert.equal(exported, fixture.originals[0]);
  assert.equal(fixture.processor.stats().redacted, 0);
});

test('values set on the copy by processors inside the wrapper are scrubbed as well', async () => {
  const secrets = plantedSecrets('log-setters');
  const exporter = new InMemoryLogRecordExporter();
  const enricher: LogRecordProcessor = {
    onEmit: (record) => {
      record.setAttribute('late', `added ${secrets.attribute}`);
      record.setBody(`replaced ${secrets.name}`);
      record.setEventName(`renamed ${secrets.eventName}`);
    },
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  const both: LogRecordProcessor = {
    onEmit: (record, context) => {
      enricher.onEmit(record, context);
      new SimpleLogRecordProcessor({ exporter }).onEmit(record, context);
    },
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  const provider = new LoggerProvider({ processors: [new RedactingLogRecordProcessor(both, { summary: true })] });
  provider.getLogger('agent').emit({ body: `first ${secrets.statusMessage}`, attributes: { a: 1 } });
  await provider.forceFlush();
  const [record] = exporter.getFinishedLogRecords();
  assert.equal(record!.body, 'replaced [REDACTED:github-pat]');
  assert.equal(record!.eventName, 'renamed [REDACTED:github-pat]');
  assert.equal(record!.attributes.late, 'added [REDACTED:github-pat]');
  assert.equal(record!.attributes['logveil.redacted.count'], 1);
});

test('enabled, forceFlush and shutdown reach the wrapped processor', async () => {
  const calls: string[] = [];
  const inner: LogRecordProcessor = {
    onEmit: () => void calls.push('onEmit'),
    enabled: (options) => (calls.push(`enabled ${options.severityNumber}`), options.severityNumber !== SeverityNumber.DEBUG),
    forceFlush: async () => void calls.push('forceFlush'),
    shutdown: async () => void calls.push('shutdown'),
  };
  const provider = new LoggerProvider({ processors: [new RedactingLogRecordProcessor(inner)] });
  const logger = provider.getLogger('agent');
  logger.emit({ body: 'dropped', severityNumber: SeverityNumber.DEBUG });
  logger.emit({ body: 'kept', severityNumber: SeverityNumber.INFO });
  await provider.forceFlush();
  await provider.shutdown();
  assert.deepEqual(calls, [`enabled ${SeverityNumber.DEBUG}`, `enabled ${SeverityNumber.INFO}`, 'onEmit', 'forceFlush', 'shutdown']);
  assert.equal(new RedactingLogRecordProcessor({ ...inner, enabled: undefined }).enabled({} as never), true);
});
