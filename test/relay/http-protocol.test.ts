// OTLP/HTTP as a client without an SDK sees it: the specification's example payload sent curl-style, and the
// refusals (400, 401, 404, 413, 415) and timeouts that keep a bad or slow client from doing harm.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { otlpType } from '../../src/relay/otlp-schema.js';
import { post, startReceiver, startRelayProcess, tempDir, writeTemp } from './support.js';
import type { Receiver, RelayProcess } from './support.js';

const TOKEN = 'relay-client-token-for-tests';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const JSON_TYPE = { 'content-type': 'application/json', ...AUTH };
const PROTO_TYPE = { 'content-type': 'application/x-protobuf', ...AUTH };
// A credential the built-in detectors know (an AWS access key id shape), not in a known-secrets list.
const AWS_KEY = 'AKIA' + 'QWERTYUIOPASDFGH'.replace(/O/g, '2');

/** The OTLP specification's example trace request (opentelemetry-proto examples/trace.json), plus a credential. */
function specExample(): Record<string, unknown> {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'my.service' } }] },
        scopeSpans: [
          {
            scope: { name: 'my.library', version: '1.0.0', attributes: [{ key: 'my.scope.attribute', value: { stringValue: 'some scope attribute' } }] },
            spans: [
              {
                traceId: '5B8EFFF798038103D269B633813FC60C',
                spanId: 'EEE19B7EC3C1B174',
                parentSpanId: 'EEE19B7EC3C1B173',
                name: "I'm a server span",
                startTimeUnixNano: '1544712660000000000',
                endTimeUnixNano: '1544712661000000000',
                kind: 2,
                attributes: [
                  { key: 'my.span.attr', value: { stringValue: 'some value' } },
                  { key: 'aws.key', value: { stringValue: `using ${AWS_KEY}` } },
                  { key: 'password', value: { stringValue: 'correct horse battery' } },
                  { key: 'retries', value: { intValue: '9007199254740993' } },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('OTLP/HTTP requests from a plain HTTP client', () => {
  let receiver: Receiver;
  let relay: RelayProcess;
  const dir = tempDir('logveil-relay-http-');

  before(async () => {
    receiver = await startReceiver();
    const tokenFile = writeTemp(dir.path, 'token', `${TOKEN}\n`);
    relay = await startRelayProcess([
      '--upstream', receiver.url, '--auth-token-file', tokenFile, '--max-body-bytes', '65536', '--max-decompressed-bytes', '1048576',
      '--max-depth', '8', '--body-timeout', '1500', '--header-timeout', '1500',
    ]);
  });

  after(async () => {
    await relay?.stop();
    await receiver?.close();
    dir.remove();
  });

  test("the specification's example request arrives with ids, times and numbers intact and its credentials gone", async () => {
    const before = receiver.received.length;
    const response = await post(`${relay.url}/v1/traces`, JSON.stringify(specExample()), JSON_TYPE);
    assert.equal(response.status, 200);
    assert.deepEqual(JSON.parse(response.body), {});
    await receiver.waitFor((received) => received.length > before);
    const arrived = receiver.received[before]!;
    assert.equal(arrived.headers['content-type'], 'application/x-protobuf');
    assert.ok(!arrived.raw.includes(AWS_KEY) && !arrived.raw.includes('correct horse battery'));
    const span = (arrived.tree as any).resourceSpans[0].scopeSpans[0].spans[0];
    assert.equal(Buffer.from(span.traceId, 'base64').toString('hex'), '5b8efff798038103d269b633813fc60c');
    assert.equal(Buffer.from(span.spanId, 'base64').toString('hex'), 'eee19b7ec3c1b174');
    assert.equal(Buffer.from(span.parentSpanId, 'base64').toString('hex'), 'eee19b7ec3c1b173');
    assert.equal(span.startTimeUnixNano, '1544712660000000000');
    assert.equal(span.endTimeUnixNano, '1544712661000000000');
    assert.equal(span.kind, 2);
    assert.equal(span.name, "I'm a server span");
    assert.deepEqual(span.attributes[0], { key: 'my.span.attr', value: { stringValue: 'some value' } });
    assert.match(span.attributes[1].value.stringValue, /^using \[REDACTED/);
    assert.match(span.attributes[2].value.stringValue, /^\[REDACTED/);
    assert.deepEqual(span.attributes[3], { key: 'retries', value: { intValue: '9007199254740993' } });
  });

  test('a gzip-compressed JSON body is accepted and scrubbed', async () => {
    const before = receiver.received.length;
    const response = await post(`${relay.url}/v1/traces`, gzipSync(JSON.stringify(specExample())), { ...JSON_TYPE, 'content-encoding': 'gzip' });
    assert.equal(response.status, 200);
    await receiver.waitFor((received) => received.length > before);
    assert.ok(!receiver.received[before]!.raw.includes(AWS_KEY));
  });

  test('a body that is not JSON is refused with 400 and a message', async () => {
    const response = await post(`${relay.url}/v1/logs`, '{"resourceLogs": [', JSON_TYPE);
    assert.equal(response.status, 400);
    assert.match(JSON.parse(response.body).message, /not JSON/);
  });

  test('a truncated protobuf body is refused with 400 and the relay keeps serving', async () => {
    const type = otlpType('ExportTraceServiceRequest');
    const tree = structuredClone(specExample()) as any;
    for (const span of tree.resourceSpans[0].scopeSpans[0].spans) for (const field of ['traceId', 'spanId', 'parentSpanId']) span[field] = Buffer.from(span[field], 'hex');
    const whole = Buffer.from(type.encode(type.fromObject(tree)).finish());
    const response = await post(`${relay.url}/v1/traces`, whole.subarray(0, Math.floor(whole.length / 2)), PROTO_TYPE);
    assert.equal(response.status, 400);
    assert.equal((await post(`${relay.url}/v1/traces`, whole, PROTO_TYPE)).status, 200);
  });

  test('ids that are not hex are refused with 400', async () => {
    const tree = specExample() as any;
    tree.resourceSpans[0].scopeSpans[0].spans[0].traceId = 'not-hex';
    const response = await post(`${relay.url}/v1/traces`, JSON.stringify(tree), JSON_TYPE);
    assert.equal(response.status, 400);
    assert.match(JSON.parse(response.body).message, /traceId must be a hex string/);
  });

  test('attributes nested deeper than --max-depth are refused with 400, not walked', async () => {
    let value: Record<string, unknown> = { stringValue: 'leaf' };
    for (let level = 0; level < 20; level++) value = { kvlistValue: { values: [{ key: `k${level}`, value }] } };
    const body = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ attributes: [{ key: 'deep', value }] }] }] }] };
    const response = await post(`${relay.url}/v1/logs`, JSON.stringify(body), JSON_TYPE);
    assert.equal(response.status, 400);
    assert.match(JSON.parse(response.body).message, /nest deeper/);
  });

  test('a body over --max-body-bytes is refused with 413', async () => {
    const response = await post(`${relay.url}/v1/logs`, Buffer.alloc(70_000, 0x20), JSON_TYPE);
    assert.equal(response.status, 413);
  });

  test('a gzip bomb is refused with 413 without being inflated whole', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    assert.ok(bomb.length < 65_536);
    const response = await post(`${relay.url}/v1/logs`, bomb, { ...JSON_TYPE, 'content-encoding': 'gzip' });
    assert.equal(response.status, 413);
  });

  test('a wrong or missing bearer token is refused with 401 and nothing is forwarded', async () => {
    const before = receiver.received.length;
    const wrong = await post(`${relay.url}/v1/traces`, JSON.stringify(specExample()), { 'content-type': 'application/json', authorization: 'Bearer nope' });
    const missing = await post(`${relay.url}/v1/traces`, JSON.stringify(specExample()), { 'content-type': 'application/json' });
    assert.equal(wrong.status, 401);
    assert.equal(missing.status, 401);
    // A request sent after both is the next one the receiver sees.
    assert.equal((await post(`${relay.url}/v1/logs`, JSON.stringify({ resourceLogs: [] }), JSON_TYPE)).status, 200);
    assert.equal(receiver.received.length, before);
  });

  test('an unknown path is 404 and an unknown content type is 415', async () => {
    assert.equal((await post(`${relay.url}/v1/profiles`, '{}', JSON_TYPE)).status, 404);
    assert.equal((await post(`${relay.url}/v1/logs`, '{}', { 'content-type': 'text/plain', ...AUTH })).status, 415);
  });

  test('a client that stalls mid-body is cut off by the body timeout', async () => {
    const socket = net.connect(relay.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /v1/logs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nauthorization: Bearer ${TOKEN}\r\ncontent-length: 1000\r\n\r\n{"resourceLogs":`);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closed = await new Promise<boolean>((resolve) => {
      const guard = setTimeout(() => resolve(false), 15_000);
      socket.once('close', () => {
        clearTimeout(guard);
        resolve(true);
      });
    });
    socket.destroy();
    assert.ok(closed, 'the relay closed the stalled connection');
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  test('GET /healthz is ready and GET /metrics counts requests and findings without values', async () => {
    const health = await fetch(`${relay.url}/healthz`);
    assert.equal(health.status, 200);
    const metrics = await (await fetch(`${relay.url}/metrics`)).text();
    assert.match(metrics, /logveil_relay_requests_total\{signal="traces",outcome="accepted"\} \d+/);
    assert.match(metrics, /logveil_relay_requests_total\{signal="logs",outcome="bad"\} \d+/);
    assert.match(metrics, /logveil_relay_findings_total\{detector="[a-z0-9-]+"\} \d+/);
    assert.match(metrics, /logveil_relay_queue_bytes \d+/);
    assert.ok(!metrics.includes(AWS_KEY) && !metrics.includes('correct horse'));
    assert.ok(!relay.stderr().includes(AWS_KEY) && !relay.stderr().includes(TOKEN));
  });
});
