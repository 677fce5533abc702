import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { LogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { defineDetector } from '../../src/engine/detector.js';
import { RedactingLogRecordProcessor, RedactingSpanExporter, RedactingSpanProcessor } from '../../src/otel/index.js';
import { githubToken, tracing } from '../otel/support.js';

const TOKEN = githubToken('otel-faults');
const REDACTED = '[REDACTED:github-pat]';
const MB = 1_000_000;

function logging(processor: RedactingLogRecordProcessor) {
  const provider = new LoggerProvider({ processors: [processor] });
  return { provider, logger: provider.getLogger('agent') };
}

/** Replaces process.stderr.write while `run` runs; returns what was written. */
async function stderrOf(run: () => Promise<void> | void): Promise<string[]> {
  const written: string[] = [];
  const original = process.stderr.write;
  process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stderr.write = original;
  }
  return written;
}

test('a span with a 1 MB attribute and a 200k-string array attribute is scrubbed to its last item', async () => {
  const fixture = tracing('simple');
  const items = Array.from({ length: 200_000 }, (_, i) => (i === 199_999 ? TOKEN : `item ${i}`));
  const span = fixture.provider.getTracer('agent').startSpan('tool call', {
    attributes: { 'tool.output': `${'x'.repeat(MB)} ${TOKEN}`, 'tool.items': items, 'tool.note': 'ghp_'.repeat(250_000) },
  });
  span.addEvent('chunk', { 'chunk.text': `${'y'.repeat(MB)}\n${TOKEN}` });
  span.end();
  const [exported] = await fixture.finished();
  const { attributes } = exported!;
  assert.equal(attributes['tool.output'], `${'x'.repeat(MB)} ${REDACTED}`);
  const scrubbed = attributes['tool.items'] as string[];
  assert.equal(scrubbed.length, 200_000);
  assert.deepEqual([scrubbed[0], scrubbed[199_998], scrubbed[199_999]], ['item 0', 'item 199998', REDACTED]);
  assert.equal(attributes['tool.note'], 'ghp_'.repeat(250_000));
  assert.equal(exported!.events[0]!.attributes!['chunk.text'], `${'y'.repeat(MB)}\n${REDACTED}`);
});

test('log bodies nested 5,000 deep, or holding BigInt, Symbol, toJSON and Proxy values, are scrubbed without a throw', async () => {
  const exporter = new InMemoryLogRecordExporter();
  const processor = new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }));
  const { provider, logger } = logging(processor);
  let deep: unknown = `at the bottom ${TOKEN}`;
  for (let i = 0; i < 5_000; i++) deep = { c: deep };
  class Session {
    toJSON() {
      return { token: TOKEN };
    }
  }
  const hostile = {
    big: 12n,
    symbol: Symbol('note'),
    session: new Session(),
    proxy: new Proxy({ remote: TOKEN }, {}),
    trap: new Proxy({}, { ownKeys: () => { throw new Error(TOKEN); } }),
    text: `${'z'.repeat(MB)} ${TOKEN}`,
  };
  assert.doesNotThrow(() => {
    logger.emit({ body: deep as never });
    logger.emit({ body: hostile as never, attributes: { items: Array.from({ length: 200_000 }, (_, i) => (i % 50_000 === 0 ? TOKEN : 'ok')) } });
    logger.emit({ body: `${'w'.repeat(MB)} ${TOKEN}` });
  });
  await provider.forceFlush();
  const [nested, shaped, long] = exporter.getFinishedLogRecords();
  const text = (value: unknown): string => JSON.stringify(value, (_, item) => (typeof item === 'bigint' ? `${item}n` : typeof item === 'symbol' ? item.toString() : item));
  assert.ok(!text(nested!.body).includes(TOKEN));
  assert.match(text(nested!.body), /\[REDACTED:max-depth\]/);
  assert.ok(!text(shaped!.body).includes(TOKEN), 'a hostile body leaked');
  assert.ok(!text(shaped!.attributes).includes(TOKEN), 'the array attribute leaked');
  assert.equal((shaped!.body as unknown as { big: bigint }).big, 12n);
  assert.equal((shaped!.body as Record<string, unknown>).trap, '[REDACTED:unreadable]');
  assert.equal(long!.body, `${'w'.repeat(MB)} ${REDACTED}`);
  assert.deepEqual([processor.stats().failed, processor.stats().dropped], [0, 0]);
});

test('a span processor that throws inside the wrapper never throws into span.start/end; counted and said once', async () => {
  const broken: SpanProcessor = {
    onStart: () => { throw new Error(`start failed ${TOKEN}`); },
    onEnd: (span) => { throw new TypeError(`end failed for ${span.name}`); },
    forceFlush: () => { throw new Error('flush failed'); },
    shutdown: () => Promise.reject(new Error('shutdown failed')),
  };
  const processor = new RedactingSpanProcessor(broken);
  const provider = new BasicTracerProvider({ spanProcessors: [processor] });
  const said = await stderrOf(() => {
    for (let i = 0; i < 3; i++) provider.getTracer('agent').startSpan(`step ${TOKEN}`).end();
  });
  assert.equal(processor.stats().downstreamErrors, 6);
  assert.deepEqual(said, ['logveil/otel: the span processor inside RedactingSpanProcessor (onStart) threw (Error); caught, and counted in stats().downstreamErrors\n']);
  // The SDK expects promises from these: a throw becomes a rejection, which the SDK reports or hands back.
  await assert.rejects(processor.forceFlush(), /flush failed/);
  await assert.rejects(provider.forceFlush());
  await assert.rejects(provider.shutdown(), /shutdown failed/);
});

test('an exporter that throws inside RedactingSpanExporter becomes a failed export, not a throw', async () => {
  const results: number[] = [];
  const throwing: SpanExporter = {
    export: () => { throw new Error('socket closed'); },
    shutdown: async () => {},
  };
  const exporter = new RedactingSpanExporter(throwing);
  const spans: ReadableSpan[] = [];
  const recorder = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(recorder)] });
  provider.getTracer('agent').startSpan(`call ${TOKEN}`).end();
  await provider.forceFlush();
  spans.push(...recorder.getFinishedSpans());
  await stderrOf(() => {
    assert.doesNotThrow(() => exporter.export(spans, (result) => results.push(result.code)));
  });
  assert.deepEqual(results, [1]);
  assert.equal(exporter.stats().downstreamErrors, 1);
  // Behind the SDK's own processor, the failure goes where the SDK sends export failures, not to the app.
  const sdk = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  await stderrOf(async () => {
    assert.doesNotThrow(() => sdk.getTracer('agent').startSpan('step').end());
    await sdk.forceFlush().catch(() => {});
  });
  assert.equal(exporter.stats().downstreamErrors, 2);
});

test('a log record processor that throws inside the wrapper never throws into logger.emit', async () => {
  const broken: LogRecordProcessor = {
    onEmit: () => { throw new RangeError('queue full'); },
    enabled: () => { throw new Error('enabled failed'); },
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  const processor = new RedactingLogRecordProcessor(broken);
  const { logger } = logging(processor);
  const said = await stderrOf(() => {
    for (let i = 0; i < 3; i++) assert.doesNotThrow(() => logger.emit({ body: `step ${TOKEN}` }));
  });
  assert.equal(processor.enabled({} as never), true);
  assert.ok(processor.stats().downstreamErrors >= 4);
  assert.equal(said.length, 1);
  assert.match(said[0]!, /^logveil\/otel: the log record processor inside RedactingLogRecordProcessor \((onEmit|enabled)\) threw \((RangeError|Error)\)/);
});

test('a custom detector whose validator throws fails closed in spans and log records: the candidate is redacted, counted', async () => {
  const acme = defineDetector({
    id: 'acme-ticket',
    description: 'ACME ticket',
    category: 'secret',
    keywords: ['acme_'],
    pattern: String.raw`\bacme_[a-z0-9]{8,}\b`,
    validate: (secret) => {
      if (secret.includes('boom')) throw new Error(`cannot judge ${secret}`);
      return true;
    },
    samples: { positive: ['acme_abcd1234'], negative: ['acme_'] },
  });
  const fixture = tracing('simple', { detectors: [acme] });
  fixture.provider.getTracer('agent').startSpan('step', { attributes: { ticket: 'open acme_boom1234 now', other: 'acme_good1234' } }).end();
  const [span] = await fixture.finished();
  assert.deepEqual(span!.attributes, { ticket: 'open [REDACTED:acme-ticket] now', other: '[REDACTED:acme-ticket]' });
  assert.ok(fixture.processor.stats().redaction.detectorErrors['acme-ticket']! >= 1);

  const exporter = new InMemoryLogRecordExporter();
  const processor = new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), { detectors: [acme] });
  const { provider, logger } = logging(processor);
  logger.emit({ body: { note: 'acme_boom5678' }, attributes: { line: 'x acme_boom9999' } });
  await provider.forceFlush();
  const [record] = exporter.getFinishedLogRecords();
  assert.deepEqual([record!.body, record!.attributes], [{ note: '[REDACTED:acme-ticket]' }, { line: 'x [REDACTED:acme-ticket]' }]);
  assert.ok(processor.stats().redaction.detectorErrors['acme-ticket']! >= 2);
});

// OTLP drops Symbol values, but an exporter that prints records (util.inspect, String(value)) shows the
// description, so the engine scrubs it.
test('a Symbol in a log body whose description holds a secret does not reach the exporter', async () => {
  const exporter = new InMemoryLogRecordExporter();
  const { provider, logger } = logging(new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter })));
  logger.emit({ body: { tag: Symbol(TOKEN) } as never });
  await provider.forceFlush();
  const [record] = exporter.getFinishedLogRecords();
  assert.ok(!String((record!.body as { tag: unknown }).tag).includes(TOKEN), 'the Symbol description reached the exporter');
});
