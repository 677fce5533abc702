/**
 * `logveil relay` end to end: a client POSTs OTLP/protobuf trace requests to a relay child process, which
 * scrubs them and forwards them to a sink in this process. The same relay binary with every detector and the
 * key-name rules off is the pass-through baseline, measured in the same run (ABAB rounds). Reported: spans/s,
 * MB/s of request bytes, the ratio to pass-through, the p99 acknowledgement latency at half of the measured
 * maximum rate (against the baseline's at the same rate), and the relay's peak RSS under a 10x overload.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otlpType } from '../src/relay/otlp-schema.js';
import { decodeRequest, encodeProtobuf } from '../src/relay/codec.js';
import { RequestScrubber } from '../src/relay/scrub-request.js';
import { SIGNALS } from '../src/relay/signals.js';
import { createRedactor } from '../src/index.js';
import { measureRounds } from './lib/measure.js';
import { peakRssMb } from './lib/process-memory.js';
import type { AddressInfo } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import type { BenchOptions, BenchReport, BenchRow, BenchScenario, BenchCheck } from './lib/scenario.js';

const BIN = new URL('../bin/logveil.js', import.meta.url).pathname;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const RSS_MARGIN_MB = 150;

function awsKeyId(): string {
  return `AKIA${[...randomBytes(16)].map((byte) => BASE32[byte % 32]).join('')}`;
}

interface Workload {
  readonly name: string;
  readonly body: Buffer;
  readonly spans: number;
  readonly secrets: number;
}

function encode(spans: object[]): Buffer {
  const type = otlpType('ExportTraceServiceRequest');
  const tree = { resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'agent' } }] }, scopeSpans: [{ scope: { name: 'bench' }, spans }] }] };
  return Buffer.from(type.encode(type.fromObject(tree)).finish());
}

function span(index: number, attributes: object[]): object {
  return {
    traceId: randomBytes(16), spanId: randomBytes(8), name: `tool.call ${index % 7}`, kind: 1,
    startTimeUnixNano: String(1_700_000_000_000_000_000n + BigInt(index)), endTimeUnixNano: String(1_700_000_000_000_500_000n + BigInt(index)), attributes,
  };
}

function cleanSpans(): Workload {
  let secrets = 0;
  const spans = Array.from({ length: 512 }, (_, index) => {
    const attributes = Array.from({ length: 20 }, (_, a) =>
      a % 4 === 0 ? { key: `attr.count.${a}`, value: { intValue: String(index * a) } } : { key: `attr.field.${a}`, value: { stringValue: `value ${a} for step ${index} of the planner run` } },
    );
    // 2% of spans (every 50th) carry one credential.
    if (index % 50 === 0) {
      attributes[1] = { key: 'attr.field.1', value: { stringValue: `called with ${awsKeyId()} as the key` } };
      secrets++;
    }
    return span(index, attributes);
  });
  return { name: '512 spans x 20 attributes (98% clean)', body: encode(spans), spans: spans.length, secrets };
}

function genAiSpans(): Workload {
  const prose = 'The assistant reviewed the quarterly report and summarised the main risks for the team. ';
  const message = prose.repeat(Math.ceil(8192 / prose.length)).slice(0, 8192);
  const spans = Array.from({ length: 64 }, (_, index) =>
    span(index, [
      { key: 'gen_ai.system', value: { stringValue: 'openai' } },
      { key: 'gen_ai.request.model', value: { stringValue: 'gpt-4o' } },
      { key: 'gen_ai.input.messages', value: { stringValue: JSON.stringify([{ role: 'user', content: message }]) } },
      { key: 'gen_ai.usage.input_tokens', value: { intValue: '1800' } },
    ]),
  );
  return { name: 'gen_ai spans, 8 KB messages', body: encode(spans), spans: spans.length, secrets: 0 };
}

async function sink(delayMs = 0): Promise<{ url: string; bytes: () => number; close: () => Promise<void> }> {
  let bytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => setTimeout(() => res.writeHead(200).end(), delayMs));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: () => bytes,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function relay(args: string[]): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'relay', '--listen', '127.0.0.1:0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /"listening","http":"127\.0\.0\.1:(\d+)"/.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`relay exited: ${stderr.slice(0, 300)}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** One POST; a kept-alive socket the server closed meanwhile (ECONNRESET on reuse) is retried on a new one. */
async function postOnce(url: string, body: Buffer, attempts = 3): Promise<number> {
  try {
    return await postRaw(url, body);
  } catch (error) {
    if (attempts > 1 && (error as NodeJS.ErrnoException).code === 'ECONNRESET') return postOnce(url, body, attempts - 1);
    throw error;
  }
}

function postRaw(url: string, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/v1/traces`, { method: 'POST', agent, headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests back to back from `concurrency` clients; returns requests per second. */
async function maxRate(url: string, body: Buffer, requests: number, concurrency = 4): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const status = await postOnce(url, body);
        if (status !== 200) throw new Error(`relay answered ${status}`);
      }
    }),
  );
  return requests / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Requests at a fixed rate (open loop); returns the acknowledgement latencies in ms. */
async function latencies(url: string, body: Buffer, rate: number, requests: number): Promise<number[]> {
  const out: number[] = [];
  const interval = 1000 / rate;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < requests; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(postOnce(url, body).then(() => void out.push(performance.now() - sent)));
  }
  await Promise.all(pending);
  return out;
}

/**
 * What one request costs the relay's event loop, in this process: decode, scrub, encode, with the engine and
 * with everything off (the pass-through relay's config), in alternating rounds. Unlike latency over HTTP on a
 * shared 2-core machine, this does not depend on what else runs: it is the time a request adds for the one
 * queued behind it.
 */
function serviceTimes(body: Buffer, rounds: number): { scrub: number; pass: number } {
  const run = (scrubber: RequestScrubber) => () => {
    const message = decodeRequest(SIGNALS.traces, body, 'protobuf');
    scrubber.scrub('traces', message);
    return encodeProtobuf(SIGNALS.traces, message).length;
  };
  const times = measureRounds(
    [
      { name: 'scrub', pass: run(new RequestScrubber(createRedactor(), 32)) },
      { name: 'pass', pass: run(new RequestScrubber(createRedactor({ builtins: false, keyNames: false }), 32)) },
    ],
    1,
    rounds,
  );
  return { scrub: times.get('scrub')! / 1e6, pass: times.get('pass')! / 1e6 };
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

async function findings(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return [...text.matchAll(/^logveil_relay_findings_total\{detector="[^"]+"\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

async function run(options: BenchOptions): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const checks: BenchCheck[] = [];
  const goals: BenchCheck[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'logveil-relay-bench-'));
  const offConfig = join(dir, 'off.json');
  writeFileSync(offConfig, JSON.stringify({ builtins: false, keyNames: false }));
  const upstream = await sink();
  const scrubbing = await relay(['--upstream', upstream.url]);
  const passing = await relay(['--upstream', upstream.url, '--config', offConfig]);
  const requests = options.quick ? 40 : 150;
  try {
    for (const workload of [cleanSpans(), genAiSpans()]) {
      await maxRate(scrubbing.url, workload.body, 5);
      await maxRate(passing.url, workload.body, 5);
      const before = await findings(scrubbing.url);
      const rates = { scrub: [] as number[], pass: [] as number[] };
      for (let round = 0; round < 2; round++) {
        rates.scrub.push(await maxRate(scrubbing.url, workload.body, requests));
        rates.pass.push(await maxRate(passing.url, workload.body, requests));
      }
      const scrubRate = Math.max(...rates.scrub);
      const passRate = Math.max(...rates.pass);
      const ratio = scrubRate / passRate;
      const found = (await findings(scrubbing.url)) - before;
      checks.push({ name: `${workload.name}: findings = ${workload.secrets} x ${requests * 2}`, ok: found === workload.secrets * requests * 2, detail: `found ${found}` });
      const mb = workload.body.length / 1e6;
      rows.push({ name: `${workload.name}, scrubbing`, metrics: { 'spans/s': Math.round(scrubRate * workload.spans), 'MB/s': +(scrubRate * mb).toFixed(1), 'ratio': +ratio.toFixed(2) } });
      rows.push({ name: `${workload.name}, pass-through`, metrics: { 'spans/s': Math.round(passRate * workload.spans), 'MB/s': +(passRate * mb).toFixed(1), 'ratio': 1 } });
      // Latency at half of the scrubbing relay's maximum rate, both relays at that same rate, one at a time (the
      // machine has two cores) in alternating blocks (ABAB), so drift and neighbours hit both alike; the
      // percentiles are over each relay's pooled samples.
      const rate = scrubRate / 2;
      const perBlock = options.quick ? 30 : 150;
      const scrubbed: number[] = [];
      const passed: number[] = [];
      for (let block = 0; block < 4; block++) {
        scrubbed.push(...(await latencies(scrubbing.url, workload.body, rate, perBlock)));
        passed.push(...(await latencies(passing.url, workload.body, rate, perBlock)));
      }
      const [scrub50, pass50, scrub99, pass99] = [percentile(scrubbed, 0.5), percentile(passed, 0.5), percentile(scrubbed, 0.99), percentile(passed, 0.99)];
      const added99 = scrub99 - pass99;
      const service = serviceTimes(workload.body, options.quick ? 9 : 31);
      rows.push({
        name: `${workload.name}, one request in process (decode, scrub, encode)`,
        metrics: { 'scrub ms': +service.scrub.toFixed(2), 'pass ms': +service.pass.toFixed(2), 'added ms': +(service.scrub - service.pass).toFixed(2) },
      });
      rows.push({
        name: `${workload.name}, ack latency at ${rate.toFixed(0)} req/s`,
        metrics: { 'scrub p50 ms': +scrub50.toFixed(2), 'pass p50 ms': +pass50.toFixed(2), 'scrub p99 ms': +scrub99.toFixed(2), 'pass p99 ms': +pass99.toFixed(2), 'added p99 ms': +added99.toFixed(2) },
      });
      goals.push({ name: `${workload.name}: ${ratio.toFixed(2)}x of pass-through (goal >= 0.7)`, ok: ratio >= 0.7 });
      goals.push({ name: `${workload.name}: added p99 ${added99.toFixed(2)} ms at half max rate (goal < 5 ms)`, ok: added99 < 5 });
    }

    // Overload: an upstream that does not answer (every send waits for its timeout), 8 clients, a 4 MB queue; clients push far more than it drains, and are told 429.
    const slow = await sink(60_000);
    const queueMb = 4;
    const overloaded = await relay(['--upstream', slow.url, '--queue-bytes', String(queueMb * 1024 * 1024), '--concurrency', '1', '--batch-bytes', '1048576', '--upstream-timeout', '60000']);
    try {
      const body = cleanSpans().body;
      let refused = 0;
      let accepted = 0;
      const rest = peakRssMb(overloaded.child.pid!) ?? 0;
      const duration = options.quick ? 8_000 : 15_000;
      const deadline = Date.now() + duration;
      let halfway = 0;
      const halfwayTimer = setTimeout(() => (halfway = peakRssMb(overloaded.child.pid!) ?? 0), duration / 2);
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (Date.now() < deadline) {
            const status = await postOnce(overloaded.url, body);
            if (status === 200) accepted++;
            else if (status === 429) refused++;
          }
        }),
      );
      clearTimeout(halfwayTimer);
      const rss = peakRssMb(overloaded.child.pid!) ?? 0;
      rows.push({ name: `overload: slow upstream, ${queueMb} MB queue`, metrics: { accepted, '429s': refused, 'RSS at rest MB': Math.round(rest), 'peak RSS halfway MB': Math.round(halfway), 'peak RSS MB': Math.round(rss) } });
      checks.push({ name: 'overload: clients were told 429', ok: refused > 0 });
      goals.push({ name: `overload: peak RSS ${Math.round(rss)} MB (goal < rest ${Math.round(rest)} MB + queue ${queueMb} MB + ${RSS_MARGIN_MB} MB)`, ok: rss < rest + queueMb + RSS_MARGIN_MB });
      goals.push({ name: `overload: no growth in the second half (peak ${Math.round(rss)} MB vs ${Math.round(halfway)} MB halfway, goal < +10%)`, ok: rss < halfway * 1.1 });
      notes.push(`RSS margin (${RSS_MARGIN_MB} MB): the bodies being received (8 clients here), the one request being decoded and scrubbed (a decoded 512-span request is tens of MB of objects) and V8's heap slack.`);
    } finally {
      await overloaded.stop();
      await slow.close();
    }
  } finally {
    await scrubbing.stop();
    await passing.stop();
    await upstream.close();
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
  return { scenario: 'relay', rows, checks, goals, notes };
}

const scenario: BenchScenario = { name: 'relay: OTLP/HTTP through logveil relay against the same relay with detection off', run };
export default scenario;
