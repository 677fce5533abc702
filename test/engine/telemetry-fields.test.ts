import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/index.js';
import { isTelemetryValue, isTelemetryKey } from '../../src/engine/telemetry-fields.js';

// A 16-digit number that passes Luhn with a Mastercard 2-series prefix: a real span id seen redacted as a card.
const CARD_SHAPED_SPAN_ID = '2687096570030712';

test('trace-context keys: trace, span and parent ids in every spelling, and nothing else', () => {
  for (const key of ['trace_id', 'span_id', 'traceId', 'spanId', 'parentSpanId', 'parent_id', 'dd.trace_id', 'otel.span_id', 'TRACE_ID', 'traceid', 'spanid']) {
    assert.equal(isTelemetryKey(key), true, key);
  }
  for (const key of ['id', 'card_id', 'session_id', 'request_id', 'trace', 'span', 'trace_flags', 'tracer_id', 'spanish_id', 'user_trace']) {
    assert.equal(isTelemetryKey(key), false, key);
  }
});

test('trace-context ids: only the exact W3C and decimal shapes', () => {
  assert.equal(isTelemetryValue('span_id', CARD_SHAPED_SPAN_ID), true);
  assert.equal(isTelemetryValue('trace_id', '4bf92f3577b34da6a3ce929d0e0e4736'), true);
  assert.equal(isTelemetryValue('dd.trace_id', '12345678901234567890'), true);
  assert.equal(isTelemetryValue('dd.span_id', 2687096570030712), true);
  assert.equal(isTelemetryValue('dd.span_id', 18446744073709551615n), true);
  assert.equal(isTelemetryValue('dd.span_id', 18446744073709551616n), false, 'over 64 bits');
  assert.equal(isTelemetryValue('span_id', '123456789012345678901'), false, '21 digits');
  assert.equal(isTelemetryValue('span_id', `card ${CARD_SHAPED_SPAN_ID}`), false);
  assert.equal(isTelemetryValue('span_id', '4bf92f3577b34da6A3CE929d0e0e4736'), false, 'mixed case is not a W3C id');
  assert.equal(isTelemetryValue('span_id', 'ghp_0123456789abcdef'), false);
  assert.equal(isTelemetryValue('card_id', CARD_SHAPED_SPAN_ID), false);
  assert.equal(isTelemetryValue('span_id', -5), false);
});

test('a card-shaped span id is kept by redactLine and redactValue; the same number under another key is redacted', () => {
  const redactor = createRedactor();
  const line = JSON.stringify({ level: 30, msg: 'tool call', trace_id: `${CARD_SHAPED_SPAN_ID}${CARD_SHAPED_SPAN_ID}`, span_id: CARD_SHAPED_SPAN_ID });
  assert.equal(redactor.redactLine(line), line);
  const value = { spanId: CARD_SHAPED_SPAN_ID, dd: { span_id: Number(CARD_SHAPED_SPAN_ID) } };
  assert.equal(redactor.redactValue(value), value);
  assert.match(redactor.redactLine(JSON.stringify({ msg: 'charge', card: CARD_SHAPED_SPAN_ID })), /REDACTED:credit-card/);
  assert.match(redactor.redactLine(JSON.stringify({ msg: 'charge', card_id: CARD_SHAPED_SPAN_ID })), /REDACTED:credit-card/);
  assert.match(JSON.stringify(redactor.redactValue({ card: Number(CARD_SHAPED_SPAN_ID) })), /REDACTED/);
  // Free text has no key: the number reads as a card there.
  assert.match(redactor.redactString(`span ${CARD_SHAPED_SPAN_ID} ended`), /REDACTED:credit-card/);
});

test('under a sensitive key, an id-shaped value is still replaced whole', () => {
  const redactor = createRedactor();
  const out = redactor.redactValue({ password: { span_id: CARD_SHAPED_SPAN_ID } }) as { password: unknown };
  assert.doesNotMatch(JSON.stringify(out), new RegExp(CARD_SHAPED_SPAN_ID));
});

// A µs time of 2040 (16 digits starting 22xx: Mastercard's 2-series) and a ns time of 2097 (19 digits starting
// with 4: a Visa length), each made Luhn-valid, so that without the rule they read as cards.
function luhnValid(prefix: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = `${prefix}${digit}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}
const MICROS_2040 = luhnValid(String(Date.UTC(2040, 5, 1) * 1000 + 417).slice(0, 15));
const NANOS_2097 = luhnValid(String(BigInt(Date.UTC(2097, 5, 1)) * 1_000_000n + 417_123n).slice(0, 18));

test('epoch-time keys: time, timestamp, ts and the OTLP *UnixNano fields, in every spelling', () => {
  for (const key of ['time', 'timestamp', 'ts', 'startTimeUnixNano', 'observed_time_unix_nano', 'timeUnixNano', 'event.time', 'TIMESTAMP']) {
    assert.equal(isTelemetryKey(key), true, key);
  }
  for (const key of ['timeout', 'times', 'stamp', 'nano', 'runtime_ms', 'uptime_s']) assert.equal(isTelemetryKey(key), false, key);
});

test('card-shaped epoch times stay under their keys, as strings and as numbers, and are cards elsewhere', () => {
  const redactor = createRedactor();
  assert.match(redactor.redactString(`charge ${MICROS_2040}`), /REDACTED:credit-card/, 'the fixture reads as a card');
  assert.match(redactor.redactString(`charge ${NANOS_2097}`), /REDACTED:credit-card/, 'the fixture reads as a card');
  const line = JSON.stringify({ level: 30, msg: 'span', ts: Number(MICROS_2040), startTimeUnixNano: NANOS_2097 });
  assert.equal(redactor.redactLine(line), line);
  const value = { timestamp: MICROS_2040, timeUnixNano: BigInt(NANOS_2097) };
  assert.equal(redactor.redactValue(value), value);
  assert.match(redactor.redactLine(JSON.stringify({ msg: 'charge', amount_ref: MICROS_2040 })), /REDACTED:credit-card/);
  assert.equal(isTelemetryValue('time', '12345678'), false, 'under 9 digits is not an epoch time');
  assert.equal(isTelemetryValue('time', '1732370400.123'), false);
});
