// The OpenTelemetry JS SDK's own OTLP exporters (http/protobuf, http/json, grpc) send traces, logs and metrics
// to `logveil relay`, which forwards to a receiver here. The same telemetry is also exported straight to the
// receiver, so what went through the relay is compared field by field with what the SDK really sends.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { OTLPTraceExporter as TraceProto } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as TraceJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as TraceGrpc } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPLogExporter as LogsProto } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPLogExporter as LogsJson } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as LogsGrpc } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPMetricExporter as MetricsProto } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPMetricExporter as MetricsJson } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as MetricsGrpc } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { startReceiver, startRelayProcess, tempDir, writeTemp } from './support.js';
import type { Receiver, Received, RelayProcess } from './support.js';
import type { SignalName } from '../../src/relay/signals.js';

/** One known secret per field, so a field the relay forgets shows up by name. */
const FIELDS = [
  'resourceAttr', 'scopeName', 'spanName', 'spanAttr', 'spanArrayAttr', 'eventName', 'eventAttr', 'linkAttr', 'statusMessage',
  'logBody', 'logMapBody', 'logAttr', 'logNestedAttr', 'logEventName', 'logBytesBody', 'metricAttr', 'metricDescription',
] as const;
const SECRETS = Object.fromEntries(FIELDS.map((field) => [field, `kx${randomBytes(12).toString('hex')}`])) as Record<(typeof FIELDS)[number], string>;
const ALL_SECRETS = Object.values(SECRETS);

interface Exporter<T> {
  export(items: T, done: (result: { code: number; error?: Error }) => void): void;
  shutdown(): Promise<void>;
}

function exportWith<T>(exporter: Exporter<T>, items: T): Promise<void> {
  return new Promise((resolve, reject) =>
    exporter.export(items, (result) => (result.code === 0 ? resolve() : reject(result.error ?? new Error('export failed')))),
  );
}

const resource = resourceFromAttributes({ 'service.name': 'agent', 'deployment.note': `key ${SECRETS.resourceAttr}` });

async function makeSpans(): Promise<unknown[]> {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(memory)] });
  const tracer = provider.getTracer(`lib-${SECRETS.scopeName}`, '1.2.3');
  const linked = tracer.startSpan('linked');
  linked.end();
  const span = tracer.startSpan(`call ${SECRETS.spanName}`, {
    attributes: { 'http.method': 'POST', 'gen_ai.prompt': `use ${SECRETS.spanAttr} now`, tags: ['plain', SECRETS.spanArrayAttr], 'retry.count': 3, ratio: 0.5, ok: true },
    links: [{ context: linked.spanContext(), attributes: { note: `link ${SECRETS.linkAttr}` } }],
  });
  span.addEvent(`event ${SECRETS.eventName}`, { detail: `detail ${SECRETS.eventAttr}`, attempt: 2 });
  span.setStatus({ code: SpanStatusCode.ERROR, message: `failed with ${SECRETS.statusMessage}` });
  span.end();
  await provider.forceFlush();
  return memory.getFinishedSpans();
}

async function makeLogs(): Promise<unknown[]> {
  const memory = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter: memory })] });
  const logger = provider.getLogger('agent-logger');
  logger.emit({ body: `login with ${SECRETS.logBody}`, severityText: 'INFO', severityNumber: 9, attributes: { user: 'bob', token_note: `t ${SECRETS.logAttr}` } });
  logger.emit({
    body: { message: 'structured', nested: { inner: `x ${SECRETS.logMapBody}` }, count: 7 },
    eventName: `evt.${SECRETS.logEventName}`,
    attributes: { deep: { level1: { level2: [`y ${SECRETS.logNestedAttr}`, 5] } }, password: 'hunter2-plain' },
  });
  logger.emit({ body: new TextEncoder().encode(`bytes ${SECRETS.logBytesBody}`) });
  await provider.forceFlush();
  return memory.getFinishedLogRecords();
}

async function makeMetrics(): Promise<unknown> {
  const memory = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: memory, exportIntervalMillis: 3_600_000 });
  const provider = new MeterProvider({ resource, readers: [reader] });
  const meter = provider.getMeter('agent-meter');
  meter.createCounter('agent.calls', { description: `calls ${SECRETS.metricDescription}` }).add(3, { route: '/chat', note: `n ${SECRETS.metricAttr}` });
  meter.createHistogram('agent.latency').record(12.5, { route: '/chat' });
  await reader.forceFlush();
  const collected = memory.getMetrics();
  await provider.shutdown();
  return collected[0];
}

/** Proto3 cannot tell a default from an absent field, and JSON exporters write some defaults: drop them. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const normal = normalize(inner);
    if (normal === 0 || normal === '0' || normal === '' || normal === false || (Array.isArray(normal) && normal.length === 0)) continue;
    if (normal !== null && typeof normal === 'object' && !Array.isArray(normal) && Object.keys(normal).length === 0 && key !== 'body' && key !== 'value') continue;
    out[key] = normal;
  }
  return out;
}

/** Resource lists of every request for a signal, in arrival order (the relay may merge requests). */
function resources(received: readonly Received[], signal: SignalName): unknown[] {
  const field = signal === 'traces' ? 'resourceSpans' : signal === 'logs' ? 'resourceLogs' : 'resourceMetrics';
  return received.filter((request) => request.signal === signal).flatMap((request) => (request.tree[field] ?? []) as unknown[]);
}

function hasSecret(text: string): boolean {
  return ALL_SECRETS.some((secret) => text.includes(secret));
}

/** Where the SDK's own value holds a planted secret, the relay's must not; everywhere else they are equal. */
function compare(direct: unknown, relayed: unknown, path: string, changed: string[]): void {
  if (typeof direct === 'string') {
    if (hasSecret(direct) || direct === 'hunter2-plain') {
      assert.equal(typeof relayed, 'string', `${path} arrives as a string`);
      assert.ok(!hasSecret(relayed as string) && relayed !== 'hunter2-plain', `${path} arrives without its secret`);
      changed.push(path);
      return;
    }
    if (path.endsWith('bytesValue') && hasSecret(Buffer.from(direct, 'base64').toString('utf8'))) {
      assert.ok(!hasSecret(Buffer.from(String(relayed), 'base64').toString('utf8')), `${path} arrives without its secret`);
      changed.push(path);
      return;
    }
  }
  if (Array.isArray(direct)) {
    assert.ok(Array.isArray(relayed), `${path} is an array`);
    assert.equal(relayed.length, direct.length, `${path} keeps its length`);
    direct.forEach((item, index) => compare(item, relayed[index], `${path}[${index}]`, changed));
    return;
  }
  if (direct !== null && typeof direct === 'object') {
    assert.ok(relayed !== null && typeof relayed === 'object', `${path} is an object`);
    assert.deepEqual(Object.keys(relayed as object).sort(), Object.keys(direct).sort(), `${path} keeps its fields`);
    for (const [key, inner] of Object.entries(direct)) compare(inner, (relayed as Record<string, unknown>)[key], `${path}.${key}`, changed);
    return;
  }
  assert.deepEqual(relayed, direct, `${path} arrives unchanged`);
}

type Protocol = 'http/protobuf' | 'http/json' | 'grpc';

function exporters(relay: RelayProcess | { url: string; grpcUrl: string }, signal: SignalName, protocol: Protocol): Exporter<unknown> {
  const base = relay.url;
  const grpcUrl = 'grpcUrl' in relay ? relay.grpcUrl : `http://127.0.0.1:${relay.grpcPort}`;
  const url = `${base}/v1/${signal}`;
  const table = {
    traces: { 'http/protobuf': () => new TraceProto({ url }), 'http/json': () => new TraceJson({ url }), grpc: () => new TraceGrpc({ url: grpcUrl }) },
    logs: { 'http/protobuf': () => new LogsProto({ url }), 'http/json': () => new LogsJson({ url }), grpc: () => new LogsGrpc({ url: grpcUrl }) },
    metrics: { 'http/protobuf': () => new MetricsProto({ url }), 'http/json': () => new MetricsJson({ url }), grpc: () => new MetricsGrpc({ url: grpcUrl }) },
  } as const;
  return table[signal][protocol]() as unknown as Exporter<unknown>;
}

describe('the SDK exporters through logveil relay', () => {
  let receiver: Receiver;
  let direct: Receiver;
  let relay: RelayProcess;
  const dir = tempDir('logveil-relay-sdk-');
  const telemetry: Partial<Record<SignalName, unknown>> = {};

  before(async () => {
    receiver = await startReceiver();
    direct = await startReceiver();
    const secretsFile = writeTemp(dir.path, 'secrets.txt', `${ALL_SECRETS.join('\n')}\n`);
    relay = await startRelayProcess(['--grpc-listen', '127.0.0.1:0', '--upstream', receiver.url, '--known-secrets', secretsFile]);
    telemetry.traces = await makeSpans();
    telemetry.logs = await makeLogs();
    telemetry.metrics = await makeMetrics();
  });

  after(async () => {
    await relay?.stop();
    await receiver?.close();
    await direct?.close();
    dir.remove();
  });

  for (const signal of ['traces', 'logs', 'metrics'] as const) {
    for (const protocol of ['http/protobuf', 'http/json', 'grpc'] as const) {
      test(`${signal} sent over ${protocol} arrive with every planted secret gone and every other field equal`, async () => {
        // The baseline: what this exporter sends with no relay in between (gRPC carries the protobuf encoding).
        const baselineProtocol = protocol === 'grpc' ? 'http/protobuf' : protocol;
        const before = direct.received.length;
        const baseline = exporters({ url: direct.url, grpcUrl: '' }, signal, baselineProtocol);
        await exportWith(baseline, telemetry[signal]);
        await baseline.shutdown();
        const expected = normalize(resources(direct.received.slice(before), signal));

        const already = receiver.received.length;
        const exporter = exporters(relay, signal, protocol);
        await exportWith(exporter, telemetry[signal]);
        await exporter.shutdown();
        await receiver.waitFor((received) => resources(received.slice(already), signal).length >= (expected as unknown[]).length);
        const arrived = receiver.received.slice(already);
        for (const request of arrived) assert.deepEqual(ALL_SECRETS.filter((s) => request.raw.toString("latin1").includes(s)).map((s) => FIELDS[ALL_SECRETS.indexOf(s)]), [], "no planted secret in the forwarded bytes");
        const changed: string[] = [];
        compare(expected, normalize(resources(arrived, signal)), signal, changed);
        // Every secret planted for this signal was found and replaced (the comparison counted each field).
        const planted = JSON.stringify(resources(direct.received.slice(before), signal));
        const plantedCount = ALL_SECRETS.filter((secret) => planted.includes(secret) || planted.includes(Buffer.from(`bytes ${secret}`).toString('base64'))).length;
        assert.ok(changed.length >= plantedCount, `${changed.length} fields changed for ${plantedCount} planted secrets`);
      });
    }
  }
});
