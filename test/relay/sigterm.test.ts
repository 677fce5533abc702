// SIGTERM while a request is in flight: an upstream still holding a batch, a request body still arriving, a
// client that stalls. What the relay acknowledged is delivered or spooled, nothing is lost, and the process
// exits by itself (exit 0, not the harness's SIGKILL) once its drain deadline is spent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import { logBodies, post, startReceiver, startRelayProcess, tempDir } from './support.js';
import type { AddressInfo } from 'node:net';
import type { RelayProcess } from './support.js';

const JSON_TYPE = { 'content-type': 'application/json' };

function logsRequest(texts: readonly string[]): string {
  return JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: texts.map((text) => ({ body: { stringValue: text } })) }] }] });
}

/** Polls until `check` holds; the bound only keeps a broken relay from hanging the test (not a speed check). */
async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting: ${what}`);
}

async function metric(relay: RelayProcess, name: string): Promise<number> {
  const text = await (await fetch(`${relay.url}/metrics`)).text();
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
  return match === null ? 0 : Number(match[1]);
}

const spooled = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.otlp'));

/** An upstream that reads every request and never answers: the relay's sends stay in flight. */
async function holdingUpstream(): Promise<{ url: string; held: () => number; close(): Promise<void> }> {
  let held = 0;
  const server = http.createServer((req) => {
    req.resume();
    req.on('end', () => held++);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held: () => held,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A POST whose first half is sent now; `finish()` sends the rest. The response (or the failure) is `answer`. */
function halfSent(url: string, body: string): { answer: Promise<{ status: number; body: string } | { failed: string }>; finish(): void } {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req = http.request(url, { method: 'POST', headers: { ...JSON_TYPE, 'content-length': bytes.length }, agent: false });
  const answer = new Promise<{ status: number; body: string } | { failed: string }>((resolve) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve({ failed: error.message }));
    });
    req.on('error', (error) => resolve({ failed: error.message }));
  });
  req.write(bytes.subarray(0, half));
  return { answer, finish: () => req.end(bytes.subarray(half)) };
}

test('SIGTERM while the upstream holds the batches: every acknowledged request stays spooled, the relay exits by itself, and a restart delivers them', async () => {
  const upstream = await holdingUpstream();
  const spool = tempDir('logveil-relay-sigterm-');
  const receiver = await startReceiver();
  try {
    const first = await startRelayProcess([
      '--upstream', upstream.url, '--spool', spool.path, '--drain-timeout', '1000', '--upstream-timeout', '120000', '--retry-initial', '50',
    ]);
    const texts = ['held 0', 'held 1', 'held 2'];
    for (const text of texts) assert.equal((await post(`${first.url}/v1/logs`, logsRequest([text]), JSON_TYPE)).status, 200);
    await until(() => upstream.held() >= 1, 'the upstream to hold a batch');
    // The drain deadline passes with batches still in flight: the relay must give up on them and exit.
    assert.equal(await first.stop(), 0, 'exits by itself with 0 (null would be the harness SIGKILL)');
    assert.equal(spooled(spool.path).length, texts.length, 'what was in flight is still in the spool');
    const stopped = JSON.parse(first.stderr().split('\n').find((line) => line.includes('"event":"stopped"'))!) as { items_left: number };
    assert.equal(stopped.items_left, texts.length, 'items_left counts the batches cut off in flight');

    const second = await startRelayProcess(['--upstream', receiver.url, '--spool', spool.path, '--retry-initial', '50']);
    try {
      await receiver.waitFor((received) => logBodies(received).length >= texts.length);
      assert.deepEqual([...new Set(logBodies(receiver.received))].sort(), texts);
      await until(() => spooled(spool.path).length === 0, 'delivered files to leave the spool');
    } finally {
      assert.equal(await second.stop(), 0);
    }
  } finally {
    await upstream.close();
    await receiver.close();
    spool.remove();
  }
});

test('SIGTERM while a request body is still arriving: that request is served to the end and delivered; a new one gets 503', async () => {
  const receiver = await startReceiver();
  const relay = await startRelayProcess(['--upstream', receiver.url, '--drain-timeout', '10000']);
  try {
    const streaming = halfSent(`${relay.url}/v1/logs`, logsRequest(['sent across the SIGTERM']));
    await until(async () => (await metric(relay, 'logveil_relay_requests_receiving')) === 1, 'the relay to be receiving the body');
    relay.child.kill('SIGTERM');
    await until(async () => (await fetch(`${relay.url}/healthz`)).status === 503, 'the relay to start draining');
    const late = await post(`${relay.url}/v1/logs`, logsRequest(['began after SIGTERM']), JSON_TYPE);
    assert.equal(late.status, 503);
    assert.match(String(late.headers['retry-after']), /^\d+$/);
    streaming.finish();
    const answer = await streaming.answer;
    assert.ok('status' in answer, `the request was cut off (${'failed' in answer ? answer.failed : ''})`);
    assert.equal(answer.status, 200);
    await receiver.waitFor((received) => logBodies(received).length >= 1);
    assert.equal(await relay.exited, 0, 'exits by itself once the queue is delivered');
    assert.deepEqual(logBodies(receiver.received), ['sent across the SIGTERM']);
  } finally {
    await relay.stop();
    await receiver.close();
  }
});

test('SIGTERM while a client stalls mid-body: the relay still exits by itself at its deadline, acknowledging nothing', async () => {
  const receiver = await startReceiver();
  const relay = await startRelayProcess(['--upstream', receiver.url, '--drain-timeout', '500', '--body-timeout', '120000']);
  try {
    const stalled = halfSent(`${relay.url}/v1/logs`, logsRequest(['never finished']));
    await until(async () => (await metric(relay, 'logveil_relay_requests_receiving')) === 1, 'the relay to be receiving the body');
    relay.child.kill('SIGTERM');
    assert.equal(await relay.exited, 0, 'exits by itself (null would be the harness SIGKILL)');
    const answer = await stalled.answer;
    assert.ok('failed' in answer || answer.status !== 200, 'a request that never arrived whole is not acknowledged');
    assert.equal(receiver.received.length, 0);
  } finally {
    await relay.stop();
    await receiver.close();
  }
});
