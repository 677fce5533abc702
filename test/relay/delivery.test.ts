// Delivery faults: the upstream down then back, the upstream pushing back with 429/503 and Retry-After, a
// full queue, SIGTERM mid-stream and a restart on the same spool. Nothing acknowledged is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { logBodies, post, startReceiver, startRelayProcess, tempDir } from './support.js';
import type { Receiver } from './support.js';

const JSON_TYPE = { 'content-type': 'application/json' };

function logsRequest(texts: readonly string[]): string {
  return JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: texts.map((text) => ({ body: { stringValue: text } })) }] }] });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A receiver on a chosen port (the one the relay was told about while nothing listened there). */
async function receiverOn(port: number): Promise<Receiver> {
  const receiver = await startReceiver();
  // Re-home it: startReceiver picks a free port; the test needs this one, so proxy to it.
  const proxy = http.createServer((req, res) => {
    const upstream = http.request(`${receiver.url}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy.listen(port, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
  return {
    ...receiver,
    received: receiver.received,
    script: receiver.script,
    waitFor: receiver.waitFor,
    async close() {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await receiver.close();
    },
  };
}

async function metric(url: string, line: RegExp): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = line.exec(text);
  return match === null ? 0 : Number(match[1]);
}

test('requests accepted while the upstream is down all arrive once it is back', async () => {
  const port = await freePort();
  const relay = await startRelayProcess(['--upstream', `http://127.0.0.1:${port}`, '--retry-initial', '50', '--retry-max', '300']);
  let receiver: Receiver | undefined;
  try {
    const texts = Array.from({ length: 6 }, (_, index) => `while down ${index}`);
    for (const text of texts) assert.equal((await post(`${relay.url}/v1/logs`, logsRequest([text]), JSON_TYPE)).status, 200);
    assert.ok((await metric(relay.url, /logveil_relay_queue_bytes (\d+)/)) > 0, 'the accepted requests wait in the queue');
    receiver = await receiverOn(port);
    await receiver.waitFor((received) => logBodies(received).length >= texts.length);
    assert.deepEqual(logBodies(receiver.received).sort(), [...texts].sort());
    assert.ok((await metric(relay.url, /logveil_relay_retries_total\{signal="logs"\} (\d+)/)) >= 1);
  } finally {
    await relay.stop();
    await receiver?.close();
  }
});

test('an upstream answering 429 and 503 with Retry-After gets the batch again, once it takes it', async () => {
  const receiver = await startReceiver();
  receiver.script.push({ status: 429, retryAfter: '1' }, { status: 503, retryAfter: '1' });
  const relay = await startRelayProcess(['--upstream', receiver.url, '--retry-initial', '10']);
  try {
    assert.equal((await post(`${relay.url}/v1/logs`, logsRequest(['pushed back']), JSON_TYPE)).status, 200);
    await receiver.waitFor((received) => received.length >= 1);
    assert.deepEqual(logBodies(receiver.received), ['pushed back']);
    assert.equal(receiver.script.length, 0);
    assert.equal(await metric(relay.url, /logveil_relay_retries_total\{signal="logs"\} (\d+)/), 2);
  } finally {
    await relay.stop();
    await receiver.close();
  }
});

test('a full queue answers 429 with Retry-After, and what it accepted before still arrives', async () => {
  const port = await freePort();
  const relay = await startRelayProcess(['--upstream', `http://127.0.0.1:${port}`, '--queue-bytes', '2000', '--retry-initial', '50', '--retry-max', '200']);
  let receiver: Receiver | undefined;
  try {
    const accepted: string[] = [];
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let index = 0; index < 100 && refused === undefined; index++) {
      const text = `fill ${index} ${'x'.repeat(200)}`;
      const response = await post(`${relay.url}/v1/logs`, logsRequest([text]), JSON_TYPE);
      if (response.status === 200) accepted.push(text);
      else refused = response;
    }
    assert.ok(refused !== undefined, 'the queue filled up');
    assert.equal(refused.status, 429);
    assert.match(String(refused.headers['retry-after']), /^\d+$/);
    assert.ok(accepted.length > 0);
    receiver = await receiverOn(port);
    await receiver.waitFor((received) => logBodies(received).length >= accepted.length);
    assert.deepEqual(logBodies(receiver.received).sort(), accepted.sort());
  } finally {
    await relay.stop();
    await receiver?.close();
  }
});

test('with --spool a request is on disk when acknowledged, survives SIGTERM, and is sent after a restart', async () => {
  const port = await freePort();
  const spool = tempDir('logveil-relay-spool-');
  const args = ['--upstream', `http://127.0.0.1:${port}`, '--spool', spool.path, '--drain-timeout', '1500', '--retry-initial', '50', '--retry-max', '200'];
  let receiver: Receiver | undefined;
  try {
    const first = await startRelayProcess(args);
    const texts = Array.from({ length: 5 }, (_, index) => `spooled ${index}`);
    for (const [index, text] of texts.entries()) {
      assert.equal((await post(`${first.url}/v1/logs`, logsRequest([text]), JSON_TYPE)).status, 200);
      // Acknowledged means written: the spool holds one file per accepted request at the moment of the 200.
      assert.equal(readdirSync(spool.path).filter((name) => name.endsWith('.otlp')).length, index + 1);
    }
    const stopping = first.stop();
    // While draining, the relay says it is not ready and refuses new data with 503 + Retry-After.
    let health = 200;
    for (let attempt = 0; attempt < 20 && health === 200; attempt++) {
      health = await fetch(`${first.url}/healthz`).then((response) => response.status, () => 0);
    }
    assert.notEqual(health, 200);
    assert.equal(await stopping, 0);
    assert.equal(readdirSync(spool.path).filter((name) => name.endsWith('.otlp')).length, texts.length);

    receiver = await receiverOn(port);
    const second = await startRelayProcess(args);
    try {
      await receiver.waitFor((received) => logBodies(received).length >= texts.length);
      assert.deepEqual([...new Set(logBodies(receiver.received))].sort(), [...texts].sort());
      for (let attempt = 0; attempt < 100 && readdirSync(spool.path).length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(readdirSync(spool.path), [], 'delivered files leave the spool');
      assert.equal(await metric(second.url, /logveil_relay_spool_restored_items_total (\d+)/), texts.length);
    } finally {
      await second.stop();
    }
  } finally {
    await receiver?.close();
    spool.remove();
  }
});
