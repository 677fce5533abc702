// W3C tracestate on spans and links: sender-controlled, so scrubbed like any string, and still a valid header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { decodeRequest, encodeProtobuf } from '../../src/relay/codec.js';
import { otlpType } from '../../src/relay/otlp-schema.js';
import { RequestScrubber } from '../../src/relay/scrub-request.js';
import { SIGNALS } from '../../src/relay/signals.js';
import type { Redactor } from '../../src/redactor.js';

const SECRET = 'kx5f1e0c9a7b3d2e4f6a8b0c1d';
const redactor = createRedactor({ knownSecrets: [SECRET] });
const TRACE = '0102030405060708090a0b0c0d0e0f10';

/** The trace states of the first span and its link, after the relay's walk and a protobuf round trip. */
function scrubbed(span: string, link: string, using: Redactor = redactor): { span: string; link: string } {
  const tree = {
    resourceSpans: [{ scopeSpans: [{ spans: [{
      traceId: TRACE, spanId: '0102030405060708', name: 'call', traceState: span,
      links: [{ traceId: TRACE, spanId: '0102030405060709', traceState: link }],
    }] }] }],
  };
  const message = decodeRequest(SIGNALS.traces, Buffer.from(JSON.stringify(tree)), 'json');
  new RequestScrubber(using, 16).scrub('traces', message);
  const type = otlpType(SIGNALS.traces.request);
  const out = type.toObject(type.decode(encodeProtobuf(SIGNALS.traces, message)), { defaults: true }) as {
    resourceSpans: { scopeSpans: { spans: { traceState: string; links: { traceState: string }[] }[] }[] }[];
  };
  const first = out.resourceSpans[0]!.scopeSpans[0]!.spans[0]!;
  return { span: first.traceState, link: first.links[0]!.traceState };
}

/** The W3C Trace Context list grammar, written out here so that the test does not check the code against itself. */
function validTraceState(header: string): boolean {
  const members = header.split(/[ \t]*,[ \t]*/).filter((member) => member !== '');
  if (members.length > 32) return false;
  return members.every((member) => {
    const at = member.indexOf('=');
    if (at < 1) return false;
    const key = member.slice(0, at);
    const value = member.slice(at + 1);
    const simple = /^[a-z][a-z0-9_*/-]{0,255}$/.test(key);
    const tenant = /^[a-z0-9][a-z0-9_*/-]{0,240}@[a-z][a-z0-9_*/-]{0,13}$/.test(key);
    const chars = [...value].every((char) => char >= ' ' && char <= '~' && char !== ',' && char !== '=');
    return (simple || tenant) && chars && value.length >= 1 && value.length <= 256 && !value.endsWith(' ');
  });
}

test('a secret in a span or link tracestate value is redacted; the other members and the format survive', () => {
  const out = scrubbed(`congo=t61rcWkgMzE,vendor=${SECRET},rojo=00f067aa0ba902b7`, `acme@tenant=${SECRET}`);
  for (const state of [out.span, out.link]) {
    assert.ok(!state.includes(SECRET));
    assert.ok(validTraceState(state), 'still a valid tracestate');
  }
  assert.equal(out.span, 'congo=t61rcWkgMzE,vendor=[REDACTED:known-secret],rojo=00f067aa0ba902b7');
  assert.equal(out.link, 'acme@tenant=[REDACTED:known-secret]');
});

test('a member whose key is the secret is dropped rather than sent with a key the grammar refuses', () => {
  const out = scrubbed(`${SECRET}=1,congo=t61rcWkgMzE`, 'rojo=00f067aa0ba902b7');
  assert.equal(out.span, 'congo=t61rcWkgMzE');
  assert.ok(validTraceState(out.span));
  assert.equal(out.link, 'rojo=00f067aa0ba902b7');
});

test('a strategy that empties a value drops that member, so the header stays valid', () => {
  const removing = createRedactor({ knownSecrets: [SECRET], redaction: { default: 'remove' } });
  const out = scrubbed(`vendor=${SECRET}, congo=t61rcWkgMzE`, `vendor=${SECRET}`, removing);
  assert.ok(!out.span.includes(SECRET) && !out.link.includes(SECRET));
  assert.equal(out.span, 'congo=t61rcWkgMzE');
  assert.equal(out.link, '');
});

test('a tracestate with nothing to redact arrives byte for byte, even one that is not well-formed', () => {
  const clean = 'congo=t61rcWkgMzE, rojo=00f067aa0ba902b7';
  const odd = 'Not A Header,,x';
  assert.deepEqual(scrubbed(clean, odd), { span: clean, link: odd });
});
