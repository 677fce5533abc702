import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from '../../src/otel/index.js';
import { tracing } from '../otel/support.js';

const OLD = 'orchard-Lantern-4471-quiet';
const NEW = 'harbor-Velvet-9083-amber';

test('the OTel span processor takes a known-secrets directory and follows its rotation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-otel-sources-'));
  writeFileSync(join(dir, 'token'), `${OLD}\n`);
  const fixture = tracing('simple', { knownSecretsDir: dir });
  const tracer = fixture.provider.getTracer('test');
  tracer.startSpan('first', { attributes: { 'tool.input': `use ${OLD}` } }).end();
  writeFileSync(join(dir, 'token'), `${NEW}\n`);
  let exported = await fixture.finished();
  assert.equal(exported[0]!.attributes['tool.input'], 'use [REDACTED:known-secret]');
  for (let waited = 0; waited < 5000; waited += 20) {
    tracer.startSpan('probe', { attributes: { 'tool.input': `use ${NEW}` } }).end();
    exported = await fixture.finished();
    if (exported.at(-1)!.attributes['tool.input'] === 'use [REDACTED:known-secret]') break;
    await sleep(20);
  }
  assert.equal(exported.at(-1)!.attributes['tool.input'], 'use [REDACTED:known-secret]');
});

test('OTel source options are checked: a path must be a string, and knownSecrets cannot be combined with them', () => {
  const next = new SimpleSpanProcessor(new InMemorySpanExporter());
  assert.throws(() => new RedactingSpanProcessor(next, { knownSecretsDir: '' }), { code: 'LOGVEIL_ERR_BAD_OPTION', message: /"knownSecretsDir"/ });
  const dir = mkdtempSync(join(tmpdir(), 'logveil-otel-sources-'));
  writeFileSync(join(dir, 'token'), OLD);
  assert.throws(() => new RedactingSpanProcessor(next, { knownSecretsDir: dir, knownSecrets: [NEW] }), { code: 'LOGVEIL_ERR_BAD_OPTION' });
  assert.throws(() => new RedactingSpanProcessor(next, { knownSecretsDir: join(dir, 'missing') }), { code: 'LOGVEIL_ERR_FILE_NOT_FOUND' });
});
