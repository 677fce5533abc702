// The relay forwards in the protocol it is told: OTLP/JSON to an HTTP receiver, OTLP/gRPC to a gRPC receiver.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { otlpType } from '../../src/relay/otlp-schema.js';
import { SIGNALS } from '../../src/relay/signals.js';
import { logBodies, post, startReceiver, startRelayProcess, toTree } from './support.js';
import type { Received } from './support.js';

const SECRET_LINE = 'login with password=hunter2hunter2 and key AKIAQWERTYUI2PASDFGH';

function request(): string {
  return JSON.stringify({
    resourceLogs: [{ scopeLogs: [{ logRecords: [{ timeUnixNano: '1700000000000000042', traceId: '0102030405060708090a0b0c0d0e0f10', spanId: '0102030405060708', body: { stringValue: SECRET_LINE } }, { body: { stringValue: 'clean line' } }] }] }],
  });
}

test('with --upstream-protocol http/json the upstream gets OTLP/JSON with hex ids, scrubbed', async () => {
  const receiver = await startReceiver();
  const relay = await startRelayProcess(['--upstream', receiver.url, '--upstream-protocol', 'http/json']);
  try {
    assert.equal((await post(`${relay.url}/v1/logs`, request(), { 'content-type': 'application/json' })).status, 200);
    await receiver.waitFor((received) => received.length >= 1);
    const arrived = receiver.received[0]!;
    assert.equal(arrived.headers['content-type'], 'application/json');
    const raw = JSON.parse(arrived.raw.toString('utf8'));
    assert.equal(raw.resourceLogs[0].scopeLogs[0].logRecords[0].traceId, '0102030405060708090a0b0c0d0e0f10');
    assert.equal(raw.resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano, '1700000000000000042');
    const [scrubbed, clean] = logBodies(receiver.received);
    assert.ok(!scrubbed!.includes('hunter2hunter2') && !scrubbed!.includes('AKIAQWERTYUI2PASDFGH'));
    assert.equal(clean, 'clean line');
  } finally {
    await relay.stop();
    await receiver.close();
  }
});

test('with --upstream-protocol grpc the upstream gets an OTLP/gRPC Export call, scrubbed', async () => {
  const received: Received[] = [];
  const server = new grpc.Server();
  const identity = (buffer: Buffer): Buffer => buffer;
  server.addService(
    { Export: { path: SIGNALS.logs.grpcPath, requestStream: false, responseStream: false, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity } },
    {
      Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        received.push({ signal: 'logs', headers: {}, raw: call.request, tree: toTree('logs', call.request, false) });
        const type = otlpType(SIGNALS.logs.response);
        callback(null, Buffer.from(type.encode(type.fromObject({})).finish()));
      },
    },
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  const relay = await startRelayProcess(['--upstream', `http://127.0.0.1:${port}`, '--upstream-protocol', 'grpc']);
  try {
    assert.equal((await post(`${relay.url}/v1/logs`, request(), { 'content-type': 'application/json' })).status, 200);
    for (let attempt = 0; attempt < 200 && received.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(received.length, 1);
    const [scrubbed, clean] = logBodies(received);
    assert.ok(!scrubbed!.includes('hunter2hunter2') && !scrubbed!.includes('AKIAQWERTYUI2PASDFGH'));
    assert.equal(clean, 'clean line');
    const record = (received[0]!.tree as any).resourceLogs[0].scopeLogs[0].logRecords[0];
    assert.equal(Buffer.from(record.traceId, 'base64').toString('hex'), '0102030405060708090a0b0c0d0e0f10');
  } finally {
    await relay.stop();
    server.forceShutdown();
  }
});
