/**
 * Issue 11, "silent drops": a known secret shorter than the minimum must never be dropped without a word.
 * Every door (the CLI and the relay included) either refuses it (a LogveilError with a stable code; exit 2 for the CLI) or finds it. This is
 * about options rather than content, so it is not a row of the table. Every door passes since item 4
 * landed (a known secret under 8 characters is LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT), so it runs strictly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { isLogveilError } from '../../src/engine/errors.js';
import { RedactingSpanProcessor } from '../../src/otel/index.js';
import { createRedactingStream } from '../../src/pino/redacting-stream.js';
import { createRedactor } from '../../src/redactor.js';
import { sendThroughGuard } from '../llm/support.js';
import { relayRoundTrip } from '../relay/support.js';
import { runLogveil } from './runners/cli.js';
import { makeContext } from './run.js';

const SHORT = 'pw12345';
const TEXT = `login with ${SHORT} done`;

/** Refused with a LogveilError, or accepted and then found: both are fine; accepted and missed is the bug. */
function refusedOrFound(build: () => (text: string) => string): void {
  let redact: (text: string) => string;
  try {
    redact = build();
  } catch (error) {
    assert.ok(isLogveilError(error), 'refused, but not with a LogveilError');
    return;
  }
  assert.ok(!redact(TEXT).includes(SHORT), 'accepted without a word and then not found');
}

test('createRedactor refuses or finds a short known secret', () => {
  refusedOrFound(() => {
    const redactor = createRedactor({ knownSecrets: [SHORT] });
    return (text) => redactor.redactString(text);
  });
});

test('RedactingSpanProcessor refuses or finds a short known secret', async () => {
  const exporter = new InMemorySpanExporter();
  let processor: RedactingSpanProcessor;
  try {
    processor = new RedactingSpanProcessor(new SimpleSpanProcessor(exporter), { knownSecrets: [SHORT] });
  } catch (error) {
    assert.ok(isLogveilError(error), 'refused, but not with a LogveilError');
    return;
  }
  const provider = new BasicTracerProvider({ spanProcessors: [processor] });
  provider.getTracer('t').startSpan('s').setAttribute('agent.note', TEXT).end();
  await provider.forceFlush();
  assert.ok(!JSON.stringify(exporter.getFinishedSpans()[0]?.attributes).includes(SHORT), 'accepted without a word and then not found');
});

test('the in-process pino stream refuses or finds a short known secret', () => {
  const written: string[] = [];
  refusedOrFound(() => {
    const stream = createRedactingStream({ destination: { write: (text: string) => written.push(text) > 0 }, knownSecrets: [SHORT] });
    return (text) => {
      stream.write(`${JSON.stringify({ msg: text })}\n`);
      return written.join('');
    };
  });
});

test('logveil scrub --known-secrets refuses (exit 2, one line) or finds a short known secret', async () => {
  const context = makeContext();
  try {
    const secrets = join(context.dir, 'short.txt');
    const input = join(context.dir, 'input.log');
    writeFileSync(secrets, `${SHORT}\n`);
    writeFileSync(input, `${TEXT}\n`);
    const run = await runLogveil(['scrub', '--known-secrets', secrets, input]);
    if (run.code === 2) {
      assert.equal(run.stderr.trim().split('\n').length, 1, 'a refusal is one line on stderr');
      assert.ok(!run.stderr.includes(SHORT), 'the refusal quotes the secret');
      return;
    }
    assert.equal(run.code, 0);
    assert.ok(!run.stdout.includes(SHORT), 'accepted without a word and then not found');
  } finally {
    context.dispose();
  }
});

test('logveil relay --known-secrets refuses (exit 2 before listening) or finds a short known secret', async () => {
  const context = makeContext();
  try {
    const secrets = join(context.dir, 'short.txt');
    writeFileSync(secrets, `${SHORT}\n`);
    let arrived: (string | undefined)[];
    try {
      arrived = await relayRoundTrip([TEXT], ['--known-secrets', secrets]);
    } catch (error) {
      assert.match(String((error as Error).message), /exited \(2\) before listening/, 'refused, but not with exit code 2');
      assert.ok(!String((error as Error).message).includes(SHORT), 'the refusal quotes the secret');
      return;
    }
    assert.equal(arrived.length, 1);
    assert.ok(!String(arrived[0]).includes(SHORT), 'accepted without a word and then not found');
  } finally {
    context.dispose();
  }
});

test('guardFetch (logveil/llm) refuses or finds a short known secret', async () => {
  let results;
  try {
    results = await sendThroughGuard([TEXT], { knownSecrets: [SHORT], modes: { detectors: { 'known-secret': 'redact' } } });
  } catch (error) {
    assert.ok(isLogveilError(error), 'refused, but not with a LogveilError');
    return;
  }
  const [result] = results;
  assert.ok(result !== undefined && 'arrived' in result, 'the request was not sent');
  assert.ok(!result.arrived.includes(SHORT), 'accepted without a word and then not found');
});
