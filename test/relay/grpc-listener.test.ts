// The OTLP/gRPC listener's refusals: UNAUTHENTICATED without the bearer token, RESOURCE_EXHAUSTED when the
// queue cannot take the request, INVALID_ARGUMENT for bytes that are not an Export request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { otlpType } from '../../src/relay/otlp-schema.js';
import { SIGNALS } from '../../src/relay/signals.js';
import { startReceiver, startRelayProcess, tempDir, writeTemp } from './support.js';

const identity = (buffer: Buffer): Buffer => buffer;

function exportCall(client: grpc.Client, body: Buffer, metadata: grpc.Metadata): Promise<grpc.status> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(SIGNALS.traces.grpcPath, identity, identity, body, metadata, { deadline: Date.now() + 15_000 }, (error) => resolve(error?.code ?? grpc.status.OK));
  });
}

test('the gRPC listener answers UNAUTHENTICATED, RESOURCE_EXHAUSTED and INVALID_ARGUMENT as OTLP says', async () => {
  const dir = tempDir('logveil-relay-grpc-');
  const receiver = await startReceiver();
  const relay = await startRelayProcess([
    '--grpc-listen', '127.0.0.1:0', '--upstream', receiver.url, '--queue-bytes', '10', '--auth-token-file', writeTemp(dir.path, 'token', 'grpc-token\n'),
  ]);
  const client = new grpc.Client(`127.0.0.1:${relay.grpcPort}`, grpc.credentials.createInsecure());
  try {
    const type = otlpType(SIGNALS.traces.request);
    const body = Buffer.from(type.encode(type.fromObject({ resourceSpans: [{ scopeSpans: [{ spans: [{ name: 'a span with enough bytes to overflow' }] }] }] })).finish());
    const authorized = new grpc.Metadata();
    authorized.set('authorization', 'Bearer grpc-token');
    assert.equal(await exportCall(client, body, new grpc.Metadata()), grpc.status.UNAUTHENTICATED);
    assert.equal(await exportCall(client, body, authorized), grpc.status.RESOURCE_EXHAUSTED);
    assert.equal(await exportCall(client, Buffer.from([0x0a, 0xff, 0xff]), authorized), grpc.status.INVALID_ARGUMENT);
    assert.equal(await exportCall(client, Buffer.alloc(0), authorized), grpc.status.OK);
    assert.equal(receiver.received.length, 0);
  } finally {
    client.close();
    await relay.stop();
    await receiver.close();
    dir.remove();
  }
});
