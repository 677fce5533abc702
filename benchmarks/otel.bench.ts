/**
 * Per-span cost of the redacting OpenTelemetry pipeline beside the plain one, measured in the same run:
 * `BatchSpanProcessor → exporter` against `RedactingSpanProcessor → BatchSpanProcessor → exporter`. The cost of
 * a span is everything the application pays for it: `startSpan` with its attributes, `end()`, and its share
 * of the batch export at the end of each round.
 *
 * Two exporters bracket reality: `serializing` encodes each span to JSON (what an OTLP/JSON or console exporter
 * does before anything leaves the process), `counting` does nothing (the cheapest possible pipeline, where
 * any added work shows largest). Rounds alternate plain and redacting (ABBA) and the ratio is the median of
 * the rounds' ratios, since a shared 2-core machine drifts between runs.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Attributes } from '@opentelemetry/api';
import { createRedactor } from '../src/index.js';
import { RedactingSpanProcessor } from '../src/otel/index.js';
import { withGithubChecksum } from '../src/validators/index.js';
import { fake } from '../detectors/lib/sample.js';
import type { BenchCheck, BenchOptions, BenchReport, BenchRow, BenchScenario } from './lib/scenario.js';

const GOAL_RATIO = 1.2;
const DIRTY_EVERY = 50; // 2% of spans carry one secret

interface Workload {
  readonly name: string;
  /** Attribute sets, rotated through; the dirty ones hold exactly one planted secret. */
  readonly spans: readonly { readonly name: string; readonly attributes: Attributes; readonly secret?: string }[];
}

/** A sink standing in for an exporter. `serialize` encodes each span as an OTLP/JSON exporter would. */
class SinkExporter implements SpanExporter {
  exported = 0;
  bytes = 0;
  captured: ReadableSpan[] | undefined;
  readonly #serialize: boolean;

  constructor(serialize: boolean, capture = false) {
    this.#serialize = serialize;
    if (capture) this.captured = [];
  }

  export(spans: ReadableSpan[], done: (result: { code: number }) => void): void {
    this.exported += spans.length;
    if (this.#serialize) {
      for (const span of spans) this.bytes += JSON.stringify(toJson(span)).length;
    }
    this.captured?.push(...spans);
    done({ code: 0 });
  }

  async shutdown(): Promise<void> {}
}

function toJson(span: ReadableSpan): unknown {
  const context = span.spanContext();
  return {
    traceId: context.traceId,
    spanId: context.spanId,
    name: span.name,
    kind: span.kind,
    start: span.startTime,
    end: span.endTime,
    attributes: span.attributes,
    events: span.events,
    links: span.links,
    status: span.status,
    resource: span.resource.attributes,
  };
}

function githubToken(seed: string): string {
  return 'ghp_' + withGithubChecksum(fake(seed, 30));
}

/** 20 attributes as an agent's tool-call span carries them: ids, names, paths, counts, a URL, a short text. */
function agentWorkload(count: number): Workload {
  const spans = [];
  for (let i = 0; i < count; i++) {
    const secret = i % DIRTY_EVERY === DIRTY_EVERY - 1 ? githubToken(`otel-bench-${i}`) : undefined;
    const attributes: Attributes = {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': ['web_search', 'read_file', 'http_request', 'run_sql'][i % 4]!,
      'gen_ai.tool.call.id': `call_${fake(`call-${i}`, 24)}`,
      'gen_ai.request.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.usage.input_tokens': 1200 + i,
      'gen_ai.usage.output_tokens': 80 + (i % 300),
      'agent.id': `agent-${i % 7}`,
      'agent.step': i % 40,
      'agent.session.id': fake(`session-${i % 97}`, 32),
      'http.request.method': 'GET',
      'http.response.status_code': 200,
      'url.full': `https://api.example.com/v1/items/${i}?page=${i % 5}&limit=50`,
      'server.address': 'api.example.com',
      'code.function': 'Agent.callTool',
      'code.filepath': '/srv/agent/src/tools/http.ts',
      'file.path': `/workspace/project/src/module_${i % 31}/index.ts`,
      'tool.result.summary': `Found ${i % 13} results for the query about quarterly revenue figures`,
      'tool.retry': i % 3 === 0,
      'user.locale': 'en-US',
      'deployment.environment.name': 'production',
    };
    if (secret !== undefined) attributes['tool.result.summary'] = `cloned the repository with token ${secret} and found 3 files`;
    spans.push({ name: `execute_tool ${String(attributes['gen_ai.tool.name'])}`, attributes, secret });
  }
  return { name: 'agent spans, 20 attributes, 98% clean', spans };
}

/** Chat spans whose `gen_ai.input.messages` (6.8 KB) and `gen_ai.output.messages` (1.1 KB) are JSON strings. */
function genAiWorkload(count: number): Workload {
  const paragraph =
    'The quarterly report lists revenue by region, with notes on currency effects, hiring plans and the open ' +
    'questions the finance team raised in the review meeting last Thursday. ';
  const spans = [];
  for (let i = 0; i < count; i++) {
    const secret = i % DIRTY_EVERY === DIRTY_EVERY - 1 ? githubToken(`otel-bench-genai-${i}`) : undefined;
    const history = [];
    for (let turn = 0; turn < 8; turn++) {
      history.push({ role: 'user', parts: [{ type: 'text', content: `Question ${turn} of session ${i}: ${paragraph.repeat(2)}` }] });
      history.push({ role: 'assistant', parts: [{ type: 'text', content: `Answer ${turn}: ${paragraph.repeat(2)}` }] });
    }
    if (secret !== undefined) history.push({ role: 'user', parts: [{ type: 'text', content: `use my token ${secret} for the repo` }] });
    const attributes: Attributes = {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-2024-08-06',
      'gen_ai.request.max_tokens': 1024,
      'gen_ai.request.temperature': 0.2,
      'gen_ai.response.id': `chatcmpl-${fake(`resp-${i}`, 29)}`,
      'gen_ai.usage.input_tokens': 1800 + i,
      'gen_ai.usage.output_tokens': 240,
      'gen_ai.input.messages': JSON.stringify(history),
      'gen_ai.output.messages': JSON.stringify([
        { role: 'assistant', parts: [{ type: 'text', content: paragraph.repeat(6) }], finish_reason: 'stop' },
      ]),
    };
    spans.push({ name: 'chat gpt-4o', attributes, secret });
  }
  return { name: 'gen_ai spans, ≈8 KB of message JSON, 98% clean', spans };
}

interface Pipeline {
  readonly provider: BasicTracerProvider;
  readonly sink: SinkExporter;
  readonly redacting: RedactingSpanProcessor | undefined;
}

function pipeline(redact: boolean, serialize: boolean, capture = false): Pipeline {
  const sink = new SinkExporter(serialize, capture);
  // Exports only on forceFlush, inside the timed round; the queue holds a whole round.
  const batch = new BatchSpanProcessor(sink, { maxQueueSize: 1 << 16, maxExportBatchSize: 512, scheduledDelayMillis: 1 << 30 });
  const redacting = redact ? new RedactingSpanProcessor(batch) : undefined;
  const provider = new BasicTracerProvider({ spanProcessors: [redacting ?? batch] });
  return { provider, sink, redacting };
}

/**
 * Garbage-collection pauses, kept apart so the rows can say how much of a pipeline's cost is GC: V8 reports
 * each pause to a `gc` PerformanceObserver, later than it happens, so pauses are collected for the whole run
 * and assigned to rounds by their time windows at the end.
 */
const gcPauses: { start: number; duration: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
});

function gcInside(window: { start: number; end: number }): number {
  let total = 0;
  for (const pause of gcPauses) if (pause.start >= window.start && pause.start < window.end) total += pause.duration;
  return total;
}

async function round(target: Pipeline, workload: Workload, spans: number, windows?: { start: number; end: number }[]): Promise<number> {
  const tracer = target.provider.getTracer('logveil-bench');
  const items = workload.spans;
  const windowStart = performance.now();
  const start = process.hrtime.bigint();
  for (let i = 0; i < spans; i++) {
    const item = items[i % items.length]!;
    tracer.startSpan(item.name, { attributes: item.attributes }).end();
  }
  await target.provider.forceFlush();
  const elapsed = Number(process.hrtime.bigint() - start) / spans;
  windows?.push({ start: windowStart, end: performance.now() });
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs the workload through both pipelines in alternating rounds; returns medians and the median ratio. */
async function compare(workload: Workload, serialize: boolean, rounds: number, spans: number) {
  const plain = pipeline(false, serialize);
  const redacting = pipeline(true, serialize);
  await round(plain, workload, spans); // warm-up: JIT, key caches, resource cache
  await round(redacting, workload, spans);
  const plainNs: number[] = [];
  const redactingNs: number[] = [];
  const ratios: number[] = [];
  const windows = new Map<Pipeline, { start: number; end: number }[]>([[plain, []], [redacting, []]]);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [plain, redacting] : [redacting, plain];
    const times = new Map<Pipeline, number>();
    for (const target of order) times.set(target, await round(target, workload, spans, windows.get(target)));
    plainNs.push(times.get(plain)!);
    redactingNs.push(times.get(redacting)!);
    ratios.push(times.get(redacting)! / times.get(plain)!);
  }
  const exportedOk = plain.sink.exported === redacting.sink.exported && plain.sink.exported === (rounds + 1) * spans;
  await plain.provider.shutdown();
  await redacting.provider.shutdown();
  // Let the observer deliver the last pauses before they are counted.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const gcNsPerSpan = (target: Pipeline) => median(windows.get(target)!.map((window) => (gcInside(window) * 1e6) / spans));
  return { plain: median(plainNs), redacting: median(redactingNs), ratio: median(ratios), exportedOk, plainGc: gcNsPerSpan(plain), redactingGc: gcNsPerSpan(redacting) };
}

/**
 * The engine's share of the redacting pipeline's cost: the scans a clean span needs (its short strings joined
 * into one text, each JSON-looking string through `redactLine`), timed alone on the same spans.
 */
function engineShare(workload: Workload, rounds: number, spans: number): number {
  const redactor = createRedactor();
  const work = workload.spans.map((item) => {
    const strings = [item.name, ...Object.values(item.attributes).filter((value): value is string => typeof value === 'string')];
    const json = strings.filter((value) => /^\s*[[{]/.test(value));
    return { text: strings.filter((value) => !json.includes(value)), json };
  });
  const times: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < spans; i++) {
      const item = work[i % work.length]!;
      redactor.scan(item.text.join('\n'));
      for (const value of item.json) redactor.redactLine(value);
    }
    if (r > 0) times.push(Number(process.hrtime.bigint() - start) / spans); // round 0 warms up
  }
  return median(times);
}

/** Not timed: every planted secret is gone from the redacting pipeline's output and present in the plain one's. */
async function verify(workload: Workload): Promise<BenchCheck[]> {
  const spans = workload.spans.length;
  const outputs: string[] = [];
  let stats;
  for (const redact of [false, true]) {
    const target = pipeline(redact, false, true);
    await round(target, workload, spans);
    outputs.push(JSON.stringify(target.sink.captured!.map(toJson)));
    stats = target.redacting?.stats();
    await target.provider.shutdown();
  }
  const secrets = workload.spans.flatMap((span) => (span.secret === undefined ? [] : [span.secret]));
  const planted = secrets.filter((secret) => outputs[0]!.includes(secret)).length;
  const leaked = secrets.filter((secret) => outputs[1]!.includes(secret)).length;
  const found = stats?.redaction.findings['github-pat'] ?? 0;
  return [
    { name: `${workload.name}: ${secrets.length} planted secrets reach the plain exporter`, ok: planted === secrets.length },
    { name: `${workload.name}: no planted secret reaches the redacting exporter`, ok: leaked === 0, detail: `${leaked} leaked` },
    { name: `${workload.name}: github-pat findings = ${secrets.length}`, ok: found === secrets.length, detail: `found ${found}` },
    { name: `${workload.name}: only dirty spans are copied`, ok: stats?.redacted === secrets.length, detail: `copied ${stats?.redacted}` },
  ];
}

export const otelScenario: BenchScenario = {
  name: 'otel',
  async run({ quick }: BenchOptions): Promise<BenchReport> {
    gcObserver.observe({ entryTypes: ['gc'] });
    const rounds = quick ? 6 : 16;
    const agentSpans = quick ? 2_000 : 10_000;
    const genAiSpans = quick ? 400 : 2_000;
    const workloads = [
      { workload: agentWorkload(1_000), spans: agentSpans },
      { workload: genAiWorkload(200), spans: genAiSpans },
    ];
    const rows: BenchRow[] = [];
    const checks: BenchCheck[] = [];
    const goals: BenchCheck[] = [];
    for (const { workload, spans } of workloads) {
      checks.push(...(await verify(workload)));
      rows.push({ name: `${workload.name}: engine scans alone`, metrics: { 'ns/span': Math.round(engineShare(workload, rounds, spans)) } });
      for (const serialize of [true, false]) {
        const sink = serialize ? 'serializing exporter' : 'counting exporter';
        const result = await compare(workload, serialize, rounds, spans);
        rows.push({ name: `${workload.name}, ${sink}: plain pipeline`, metrics: { 'ns/span': Math.round(result.plain), 'GC ns/span': Math.round(result.plainGc) } });
        rows.push({
          name: `${workload.name}, ${sink}: redacting pipeline`,
          metrics: { 'ns/span': Math.round(result.redacting), ratio: Number(result.ratio.toFixed(3)), 'GC ns/span': Math.round(result.redactingGc) },
        });
        checks.push({ name: `${workload.name}, ${sink}: every span exported by both pipelines`, ok: result.exportedOk });
        goals.push({
          name: `${workload.name}, ${sink}: ratio ${result.ratio.toFixed(2)} (goal <= ${GOAL_RATIO})`,
          ok: result.ratio <= GOAL_RATIO,
        });
      }
    }
    gcObserver.disconnect();
    return {
      scenario: 'otel',
      rows,
      checks,
      goals,
      notes: [
        'Per span: startSpan with attributes, end(), and its share of the batch export; medians over alternating rounds.',
        'A clean span costs one joined scan of its strings; gen_ai message JSON is scanned in full (redactLine), so its cost grows with the text.',
        '"engine scans alone" is the part of the added cost that is the detector engine; the rest is the adapter (and GC).',
        '"GC ns/span": garbage-collection pauses inside the rounds (PerformanceObserver gc entries), per span, median round; included in ns/span.',
      ],
    };
  },
};

export default otelScenario;
