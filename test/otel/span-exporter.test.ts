import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanExporter } from '../../src/otel/index.js';

/** `ExportResultCode.FAILED` of @opentelemetry/core, which is not a dependency of this package. */
const FAILED = 1;
import { assertNoSecrets, plantedSecrets, spanData } from './support.js';

function exporting(kind: 'simple' | 'batch', inner: SpanExporter = new InMemorySpanExporter()) {
  const exporter = new RedactingSpanExporter(inner, { summary: true });
  // The SDK's own interface: a compile error here means the structural types drifted from the SDK's.
  const sdkExporter: SpanExporter = exporter;
  const processor = kind === 'simple' ? new SimpleSpanProcessor(sdkExporter) : new BatchSpanProcessor(sdkExporter);
  return { exporter, provider: new BasicTracerProvider({ spanProcessors: [processor] }) };
}

for (const kind of ['simple', 'batch'] as const) {
  test(`the exporter wrapper scrubs every span of a ${kind} processor's export`, async () => {
    const secrets = plantedSecrets(`exporter-${kind}`);
    const inner = new InMemorySpanExporter();
    const { exporter, provider } = exporting(kind, inner);
    const tracer = provider.getTracer('agent');
    const span = tracer.startSpan(`call ${secrets.name}`, { attributes: { input: secrets.attribute, 'gen_ai.prompt': secrets.genAiPrompt, n: 7 } });
    span.addEvent('exception', { 'exception.stacktrace': `Error\n at x ${secrets.exceptionStack}` });
    span.end();
    tracer.startSpan('clean', { attributes: { n: 1 } }).end();
    await provider.forceFlush();
    const exported = inner.getFinishedSpans();
    assert.equal(exported.length, 2);
    assertNoSecrets(exported.map(spanData), secrets);
    assert.equal(exported[0]!.attributes.n, 7);
    assert.equal(exported[0]!.attributes['logveil.redacted.count'], 4);
    assert.deepEqual(exporter.stats().processed, 2);
    assert.deepEqual(exporter.stats().redacted, 1);
  });
}

test('export results, forceFlush and shutdown pass through the wrapper', async () => {
  const calls: string[] = [];
  const inner: SpanExporter = {
    export: (spans: ReadableSpan[], done) => {
      calls.push(`export ${spans.length}`);
      done({ code: FAILED, error: new Error('collector down') });
    },
    forceFlush: async () => void calls.push('forceFlush'),
    shutdown: async () => void calls.push('shutdown'),
  };
  const exporter = new RedactingSpanExporter(inner);
  const results: number[] = [];
  exporter.export([], (result) => results.push(result.code));
  await exporter.forceFlush();
  await exporter.shutdown();
  assert.deepEqual(calls, ['export 0', 'forceFlush', 'shutdown']);
  assert.deepEqual(results, [FAILED]);
  await new RedactingSpanExporter({ export: inner.export, shutdown: inner.shutdown }).forceFlush();
});
