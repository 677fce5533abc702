// TLS on the relay's listener (--tls-cert/--tls-key) and to an https upstream trusted through --upstream-ca.
// Skips when openssl is not there to make a throwaway certificate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';
import { startRelayProcess, tempDir } from './support.js';
import type { AddressInfo } from 'node:net';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

test('the relay serves OTLP over TLS and forwards to an https upstream it trusts through --upstream-ca', { skip: !hasOpenssl && 'openssl not found' }, async () => {
  const dir = tempDir('logveil-relay-tls-');
  const cert = join(dir.path, 'cert.pem');
  const key = join(dir.path, 'key.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  assert.equal(made.status, 0, String(made.stderr));
  const bodies: string[] = [];
  const upstream = https.createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const relay = await startRelayProcess([
    '--tls-cert', cert, '--tls-key', key, '--upstream', `https://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
    '--upstream-ca', cert, '--upstream-protocol', 'http/json',
  ]);
  try {
    const body = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'key AKIAQWERTYUI2PASDFGH here' } }] }] }] });
    const status = await new Promise<number>((resolve, reject) => {
      const req = https.request(`https://127.0.0.1:${relay.port}/v1/logs`, { method: 'POST', ca: readFileSync(cert), headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
    assert.equal(status, 200);
    for (let attempt = 0; attempt < 200 && bodies.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(bodies.length, 1);
    assert.ok(!bodies[0]!.includes('AKIAQWERTYUI2PASDFGH'));
    assert.match(bodies[0]!, /key \[REDACTED/);
  } finally {
    await relay.stop();
    upstream.closeAllConnections();
    upstream.close();
    dir.remove();
  }
});
