// Test support for the relay: an OTLP receiver that records what arrives, and a relay run as a child process
// (`node bin/logveil.js relay ...`) on a free loopback port. Everything stops by itself.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { otlpType } from '../../src/relay/otlp-schema.js';
import { SIGNALS } from '../../src/relay/signals.js';
import type { AddressInfo } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import type { SignalName } from '../../src/relay/signals.js';

const BIN = new URL('../../bin/logveil.js', import.meta.url).pathname;

export interface Received {
  readonly signal: SignalName;
  readonly headers: http.IncomingHttpHeaders;
  readonly raw: Buffer;
  /** The request as a plain tree: int64 as strings, bytes as base64 (OTLP/JSON ids are turned to base64 too). */
  readonly tree: Record<string, unknown>;
}

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** Status codes (and Retry-After) to answer the next requests with, before answering 200 again. */
  readonly script: { status: number; retryAfter?: string }[];
  waitFor(predicate: (received: readonly Received[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export function toTree(signal: SignalName, raw: Buffer, json: boolean): Record<string, unknown> {
  const type = otlpType(SIGNALS[signal].request);
  if (!json) return type.toObject(type.decode(raw), { longs: String, bytes: String, json: true }) as Record<string, unknown>;
  // OTLP/JSON ids are hex; decode through the relay-independent route: parse, hex ids to base64, compare trees.
  const tree = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  const fix = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(fix);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'traceId' || key === 'spanId' || key === 'parentSpanId') && typeof inner === 'string') {
          (value as Record<string, unknown>)[key] = Buffer.from(inner, 'hex').toString('base64');
        } else fix(inner);
      }
    }
  };
  fix(tree);
  return type.toObject(type.fromObject(tree), { longs: String, bytes: String, json: true }) as Record<string, unknown>;
}

/** An OTLP/HTTP receiver (protobuf or JSON, gzip or not) on a free loopback port. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const script: { status: number; retryAfter?: string }[] = [];
  const waiters = new Set<() => void>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const next = script.shift();
      if (next !== undefined) {
        res.writeHead(next.status, next.retryAfter === undefined ? {} : { 'retry-after': next.retryAfter });
        res.end();
        return;
      }
      const signal = Object.values(SIGNALS).find((candidate) => candidate.path === req.url)?.name;
      let raw = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
      const json = (req.headers['content-type'] ?? '').startsWith('application/json');
      if (signal !== undefined) received.push({ signal, headers: req.headers, raw, tree: toTree(signal, raw, json) });
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' });
      res.end(json ? '{}' : undefined);
      for (const wake of waiters) wake();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script,
    waitFor(predicate, timeoutMs = 20_000) {
      if (predicate(received)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the receiver did not get what was expected in ${timeoutMs} ms (${received.length} requests)`));
        }, timeoutMs);
        const check = (): void => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface RelayProcess {
  readonly url: string;
  readonly port: number;
  readonly grpcPort: number | undefined;
  readonly child: ChildProcess;
  readonly stderr: () => string;
  /** The exit code once the process exits by itself (null if a signal ended it). Sends nothing. */
  readonly exited: Promise<number | null>;
  /** Sends SIGTERM and waits for the exit code (SIGKILL after 20 s, so a test never hangs). */
  stop(): Promise<number | null>;
}

/** Starts `logveil relay` on a free loopback port and waits for its "listening" line. */
export async function startRelayProcess(args: readonly string[], env: Record<string, string> = {}): Promise<RelayProcess> {
  const child = spawn(process.execPath, [BIN, 'relay', '--listen', '127.0.0.1:0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const listening = new Promise<{ port: number; grpcPort: number | undefined }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the relay did not start: ${stderr.slice(0, 500)}`));
    }, 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /"event":"listening","http":"127\.0\.0\.1:(\d+)"(?:,"grpc":(\d+))?/.exec(stderr);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), grpcPort: match[2] === undefined ? undefined : Number(match[2]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the relay exited (${code}) before listening: ${stderr.slice(0, 500)}`));
    });
  });
  const { port, grpcPort } = await listening;
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    grpcPort,
    child,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function writeTemp(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

export async function post(url: string, body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The log body strings of every request a receiver got, in order. */
export function logBodies(received: readonly Received[]): string[] {
  const out: string[] = [];
  for (const request of received) {
    for (const resource of (request.tree.resourceLogs ?? []) as { scopeLogs?: { logRecords?: { body?: { stringValue?: string } }[] }[] }[]) {
      for (const scope of resource.scopeLogs ?? []) for (const record of scope.logRecords ?? []) out.push(record.body?.stringValue ?? '');
    }
  }
  return out;
}

/**
 * The relay as a door for the conformance suite: all strings go through one running relay in one OTLP/JSON
 * export request, each the body of one log record, and come back as the upstream received them, by position
 * (a record the relay withheld is `undefined`). Starts and stops its own relay and receiver; `args` are extra
 * relay flags (detector options).
 */
export async function relayRoundTrip(strings: readonly string[], args: readonly string[] = []): Promise<(string | undefined)[]> {
  const receiver = await startReceiver();
  let relay: RelayProcess | undefined;
  const base = 1_700_000_000_000_000_000n;
  try {
    relay = await startRelayProcess(['--upstream', receiver.url, '--upstream-protocol', 'http/json', ...args]);
    const body = {
      resourceLogs: [{ scopeLogs: [{ logRecords: strings.map((text, index) => ({ timeUnixNano: String(base + BigInt(index)), body: { stringValue: text } })) }] }],
    };
    const response = await post(`${relay.url}/v1/logs`, JSON.stringify(body), { 'content-type': 'application/json' });
    if (response.status !== 200) throw new Error(`the relay answered ${response.status}`);
    const answer = JSON.parse(response.body || '{}') as { partialSuccess?: { rejectedLogRecords?: string | number } };
    const expected = strings.length - Number(answer.partialSuccess?.rejectedLogRecords ?? 0);
    await receiver.waitFor((received) => logBodies(received).length >= expected);
    const out: (string | undefined)[] = strings.map(() => undefined);
    for (const request of receiver.received) {
      for (const resource of (request.tree.resourceLogs ?? []) as { scopeLogs?: { logRecords?: { timeUnixNano?: string; body?: { stringValue?: string } }[] }[] }[]) {
        for (const scope of resource.scopeLogs ?? []) {
          for (const record of scope.logRecords ?? []) out[Number(BigInt(record.timeUnixNano ?? '0') - base)] = record.body?.stringValue ?? '';
        }
      }
    }
    return out;
  } finally {
    await relay?.stop();
    await receiver.close();
  }
}
