import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanStatusCode } from '@opentelemetry/api';
import type { Context } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from '../../src/otel/index.js';
import { assertNoSecrets, plantedSecrets, snapshot, spanData, tracing } from './support.js';
import type { ProcessorKind, TracingFixture } from './support.js';

/** Ends one span with a secret in every field the processor scrubs. */
function recordLeakySpan(fixture: TracingFixture, secrets: Record<string, string>): void {
  const tracer = fixture.provider.getTracer('agent', '1.0.0');
  const linked = tracer.startSpan('upstream');
  linked.end();
  const span = tracer.startSpan(`fetch ${secrets.name}`, {
    attributes: {
      'tool.input': `clone with ${secrets.attribute}`,
      'tool.args': ['--depth=1', `--token=${secrets.arrayItem}`],
      'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: `my key is ${secrets.genAiInput}` }] }]),
      'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: secrets.genAiOutput }] }]),
      'gen_ai.prompt': `Use ${secrets.genAiPrompt} to call the API`,
      'url.full': `https://api.example.com/v1/repos?sig=${secrets.urlQuery}&page=2`,
      'http.response.status_code': 401,
      'gen_ai.usage.input_tokens': 1234,
      'tool.name': 'http_request',
    },
    links: [{ context: linked.spanContext(), attributes: { 'link.reason': `retry after ${secrets.linkAttribute}` } }],
  });
  span.addEvent(`token rotated: ${secrets.eventName}`, { 'event.kind': 'rotation' });
  const error = new Error(`401 for token ${secrets.exceptionMessage}`);
  error.stack = `Error: 401\n    at call (tools.js:1:1) token=${secrets.exceptionStack}`;
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: `rejected ${secrets.statusMessage}` });
  span.end();
}

function leakyResource(secrets: Record<string, string>) {
  return resourceFromAttributes({ 'service.name': 'agent', 'deployment.notes': `deployed with ${secrets.resource}` });
}

for (const kind of ['simple', 'batch'] as ProcessorKind[]) {
  test(`no planted secret reaches the exporter behind a ${kind} span processor`, async () => {
    const secrets = plantedSecrets(`span-${kind}`);
    const fixture = tracing(kind, {}, leakyResource(secrets));
    recordLeakySpan(fixture, secrets);
    const exported = await fixture.finished();
    assert.equal(exported.length, 2);
    assertNoSecrets(exported.map(spanData), secrets);
    // The recorder outside the wrapper got the SDK's own spans, secrets and all: the plant is real.
    assert.ok(JSON.stringify(fixture.originals.map(spanData)).includes(secrets.exceptionStack!));
  });
}

test('benign attributes, numbers, ids and timings arrive unchanged beside redacted ones', async () => {
  const secrets = plantedSecrets('span-benign');
  const fixture = tracing('simple');
  recordLeakySpan(fixture, secrets);
  const [upstream, span] = await fixture.finished();
  const original = fixture.originals[1]!;
  assert.equal(span!.attributes['http.response.status_code'], 401);
  assert.equal(span!.attributes['gen_ai.usage.input_tokens'], 1234);
  assert.equal(span!.attributes['tool.name'], 'http_request');
  assert.equal(span!.attributes['tool.input'], 'clone with [REDACTED:github-pat]');
  assert.deepEqual(span!.attributes['tool.args'], ['--depth=1', '--token=[REDACTED:stripe-secret-key]']);
  assert.equal(span!.attributes['url.full'], 'https://api.example.com/v1/repos?sig=[REDACTED:github-pat]&page=2');
  assert.equal(span!.status.message, 'rejected [REDACTED:github-pat]');
  assert.equal(span!.events[1]!.attributes!['exception.type'], 'Error');
  assert.deepEqual(span!.spanContext(), original.spanContext());
  assert.deepEqual(span!.links[0]!.context, upstream!.spanContext());
  for (const field of ['kind', 'startTime', 'endTime', 'duration', 'ended', 'droppedAttributesCount'] as const) {
    assert.deepEqual(span![field], original[field], field);
  }
  assert.equal(span!.instrumentationScope, original.instrumentationScope);
  assert.deepEqual(Object.keys(span!.attributes), Object.keys(original.attributes));
});

test('the span the SDK ended is never written to', async () => {
  const secrets = plantedSecrets('span-untouched');
  const fixture = tracing('batch', {}, leakyResource(secrets));
  recordLeakySpan(fixture, secrets);
  const before = fixture.originals.map(snapshot);
  const resourceBefore = structuredClone(fixture.originals[1]!.resource.attributes);
  const exported = await fixture.finished();
  assert.notEqual(exported[1], fixture.originals[1]);
  assert.deepEqual(fixture.originals.map(snapshot), before);
  assert.deepEqual(fixture.originals[1]!.resource.attributes, resourceBefore);
});

test('a clean span is handed on as the SDK made it, without a copy', async () => {
  const fixture = tracing('simple');
  const span = fixture.provider.getTracer('agent').startSpan('plan step', { attributes: { 'agent.step': 3, 'tool.name': 'search' } });
  span.end();
  const [exported] = await fixture.finished();
  assert.equal(exported, fixture.originals[0]);
  assert.deepEqual(fixture.processor.stats().processed, 1);
  assert.deepEqual(fixture.processor.stats().redacted, 0);
});

test('spans of one resource share one scrubbed resource object', async () => {
  const secrets = plantedSecrets('span-resource');
  const fixture = tracing('batch', {}, leakyResource(secrets));
  const tracer = fixture.provider.getTracer('agent');
  for (const name of ['a', 'b', 'c']) tracer.startSpan(name).end();
  const exported = await fixture.finished();
  assert.equal(exported[0]!.resource, exported[1]!.resource);
  assert.equal(exported[1]!.resource, exported[2]!.resource);
  assert.equal(exported[0]!.resource.attributes['deployment.notes'], 'deployed with [REDACTED:stripe-secret-key]');
  assert.equal(exported[0]!.resource.attributes['service.name'], 'agent');
});

test('summary attributes count what was redacted, never the values', async () => {
  const fixture = tracing('simple', { summary: true });
  const secrets = plantedSecrets('span-summary');
  const tracer = fixture.provider.getTracer('agent');
  tracer.startSpan('call', { attributes: { a: `t ${secrets.attribute}`, 'http.request.header.authorization': 'Basic abc', to: 'jane.roe@corp.example.org' } }).end();
  tracer.startSpan('clean', { attributes: { a: 'b' } }).end();
  const [dirty, clean] = await fixture.finished();
  assert.equal(dirty!.attributes['logveil.redacted.count'], 3);
  assert.equal(dirty!.attributes['logveil.redacted.secret'], 2);
  assert.equal(dirty!.attributes['logveil.redacted.pii'], 1);
  assert.equal(clean!.attributes['logveil.redacted.count'], undefined);
});

test('onStart, onEnding, forceFlush and shutdown reach the wrapped processor', async () => {
  const calls: string[] = [];
  const inner: SpanProcessor = {
    onStart: (_span: unknown, _context: Context) => void calls.push('onStart'),
    onEnding: () => void calls.push('onEnding'),
    onEnd: (span: ReadableSpan) => void calls.push(`onEnd ${span.name}`),
    forceFlush: async () => void calls.push('forceFlush'),
    shutdown: async () => void calls.push('shutdown'),
  };
  const processor = new RedactingSpanProcessor(inner);
  const fixture = tracing('simple');
  const span = fixture.provider.getTracer('agent').startSpan('x');
  processor.onStart(span as never, {} as Context);
  processor.onEnding(span as never);
  span.end();
  processor.onEnd(fixture.originals[0]!);
  await processor.forceFlush();
  await processor.shutdown();
  assert.deepEqual(calls, ['onStart', 'onEnding', 'onEnd x', 'forceFlush', 'shutdown']);
});

test('shutdown of the provider flushes the batch through the wrapper', async () => {
  const secrets = plantedSecrets('span-shutdown');
  const fixture = tracing('batch');
  fixture.provider.getTracer('agent').startSpan(`late ${secrets.name}`).end();
  const exported = [...fixture.exporter.getFinishedSpans()];
  assert.equal(exported.length, 0);
  // InMemorySpanExporter forgets its spans on shutdown, so capture them on the way out.
  const seen: string[] = [];
  const original = fixture.exporter.export.bind(fixture.exporter);
  fixture.exporter.export = (spans, done) => {
    seen.push(...spans.map((span) => span.name));
    original(spans, done);
  };
  await fixture.provider.shutdown();
  assert.deepEqual(seen, ['late [REDACTED:github-pat]']);
});

test('a custom redaction function that ends spans of its own does not disturb the span being scrubbed', async () => {
  const secrets = plantedSecrets('span-reentrant');
  let fixture!: TracingFixture;
  const audit = () => fixture.provider.getTracer('audit').startSpan('audit: token redacted').end();
  fixture = tracing('simple', {
    redaction: { detectors: { 'github-pat': () => (audit(), '[gone]') } },
  });
  fixture.provider.getTracer('agent').startSpan('step', {
    attributes: { a: `one ${secrets.name}`, b: 'plain', c: `two ${secrets.attribute}`, d: `three ${secrets.linkAttribute}` },
  }).end();
  const exported = await fixture.finished();
  assertNoSecrets(exported.map(spanData), secrets);
  const step = exported.find((span) => span.name === 'step')!;
  assert.deepEqual(step.attributes, { a: 'one [gone]', b: 'plain', c: 'two [gone]', d: 'three [gone]' });
  assert.equal(exported.filter((span) => span.name === 'audit: token redacted').length, 3);
});
