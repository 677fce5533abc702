import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/index.js';
import { isTraceContextId, isTraceContextKey } from '../../src/engine/trace-ids.js';

// A 16-digit number that passes Luhn with a Mastercard 2-series prefix: a real span id seen redacted as a card.
const CARD_SHAPED_SPAN_ID = '2687096570030712';

test('trace-context keys: trace, span and parent ids in every spelling, and nothing else', () => {
  for (const key of ['trace_id', 'span_id', 'traceId', 'spanId', 'parentSpanId', 'parent_id', 'dd.trace_id', 'otel.span_id', 'TRACE_ID', 'traceid', 'spanid']) {
    assert.equal(isTraceContextKey(key), true, key);
  }
  for (const key of ['id', 'card_id', 'session_id', 'request_id', 'trace', 'span', 'trace_flags', 'tracer_id', 'spanish_id', 'user_trace']) {
    assert.equal(isTraceContextKey(key), false, key);
  }
});

test('trace-context ids: only the exact W3C and decimal shapes', () => {
  assert.equal(isTraceContextId('span_id', CARD_SHAPED_SPAN_ID), true);
  assert.equal(isTraceContextId('trace_id', '4bf92f3577b34da6a3ce929d0e0e4736'), true);
  assert.equal(isTraceContextId('dd.trace_id', '12345678901234567890'), true);
  assert.equal(isTraceContextId('dd.span_id', 2687096570030712), true);
  assert.equal(isTraceContextId('dd.span_id', 18446744073709551615n), true);
  assert.equal(isTraceContextId('dd.span_id', 18446744073709551616n), false, 'over 64 bits');
  assert.equal(isTraceContextId('span_id', '123456789012345678901'), false, '21 digits');
  assert.equal(isTraceContextId('span_id', `card ${CARD_SHAPED_SPAN_ID}`), false);
  assert.equal(isTraceContextId('span_id', '4bf92f3577b34da6A3CE929d0e0e4736'), false, 'mixed case is not a W3C id');
  assert.equal(isTraceContextId('span_id', 'ghp_0123456789abcdef'), false);
  assert.equal(isTraceContextId('card_id', CARD_SHAPED_SPAN_ID), false);
  assert.equal(isTraceContextId('span_id', -5), false);
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
