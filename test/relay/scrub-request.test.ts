// The request walk in-process: every sender-controlled string in every signal, and what must not change.
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

function roundTrip(signal: 'traces' | 'logs' | 'metrics', tree: unknown, using: Redactor = redactor): { json: string; withheld: number } {
  const message = decodeRequest(SIGNALS[signal], Buffer.from(JSON.stringify(tree)), 'json');
  const outcome = new RequestScrubber(using, 16).scrub(signal, message);
  const type = otlpType(SIGNALS[signal].request);
  const decoded = type.decode(encodeProtobuf(SIGNALS[signal], message));
  return { json: JSON.stringify(type.toObject(decoded, { longs: String, bytes: String, json: true })), withheld: outcome.withheld };
}

const attr = (key: string, text: string) => ({ key, value: { stringValue: text } });

test('metric names, descriptions, metadata, data point and exemplar attributes are scrubbed; values are not', () => {
  const tree = {
    resourceMetrics: [{
      resource: { attributes: [attr('r', SECRET)] },
      scopeMetrics: [{
        scope: { name: `s-${SECRET}`, attributes: [attr('sa', SECRET)] },
        metrics: [{
          name: 'calls', description: `d ${SECRET}`, metadata: [attr('m', SECRET)],
          sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: [{
            asInt: '9007199254740993', timeUnixNano: '1700000000000000123', attributes: [attr('p', SECRET)],
            exemplars: [{ asDouble: 1.5, traceId: '0102030405060708090a0b0c0d0e0f10', spanId: '0102030405060708', filteredAttributes: [attr('e', SECRET)] }],
          }] },
        }],
      }],
    }],
  };
  const { json } = roundTrip('metrics', tree);
  assert.ok(!json.includes(SECRET));
  assert.equal((json.match(/\[REDACTED/g) ?? []).length, 7);
  assert.ok(json.includes('"asInt":"9007199254740993"') && json.includes('"timeUnixNano":"1700000000000000123"'));
  assert.ok(json.includes(`"traceId":"${Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex').toString('base64')}"`));
});

test('span names, events, links, status messages and nested kvlist and array attributes are scrubbed', () => {
  const nested = { kvlistValue: { values: [{ key: 'inner', value: { arrayValue: { values: [{ stringValue: 'fine' }, { stringValue: SECRET }, { intValue: '5' }] } } }] } };
  const tree = {
    resourceSpans: [{ scopeSpans: [{ spans: [{
      traceId: '0102030405060708090a0b0c0d0e0f10', spanId: '0102030405060708', name: `n ${SECRET}`,
      attributes: [{ key: 'nested', value: nested }, { key: `key-${SECRET}`, value: { boolValue: true } }],
      events: [{ name: `e ${SECRET}`, attributes: [attr('ea', SECRET)] }],
      links: [{ traceId: '0102030405060708090a0b0c0d0e0f10', spanId: '0102030405060709', attributes: [attr('la', SECRET)] }],
      status: { code: 2, message: `m ${SECRET}` },
    }] }] }],
  };
  const { json } = roundTrip('traces', tree);
  assert.ok(!json.includes(SECRET));
  assert.ok(json.includes('{"stringValue":"fine"}') && json.includes('{"intValue":"5"}') && json.includes('"boolValue":true'));
});

test('a bytes value that is UTF-8 is scrubbed and stays bytes; binary bytes pass unchanged', () => {
  const binary = Buffer.from([0xff, 0xfe, 0x00, 0x80]).toString('base64');
  const tree = { resourceLogs: [{ scopeLogs: [{ logRecords: [{
    body: { bytesValue: Buffer.from(`b ${SECRET}`).toString('base64') },
    attributes: [{ key: 'bin', value: { bytesValue: binary } }],
  }] }] }] };
  const { json } = roundTrip('logs', tree);
  const parsed = JSON.parse(json);
  const record = parsed.resourceLogs[0].scopeLogs[0].logRecords[0];
  assert.ok(!Buffer.from(record.body.bytesValue, 'base64').toString('utf8').includes(SECRET));
  assert.match(Buffer.from(record.body.bytesValue, 'base64').toString('utf8'), /^b \[REDACTED/);
  assert.equal(record.attributes[0].value.bytesValue, binary);
});

test('a record whose scrubbing throws is withheld and counted, never forwarded as it came', () => {
  const failing = createRedactor({ knownSecrets: [SECRET] });
  let calls = 0;
  const original = failing.redactString.bind(failing);
  failing.redactString = (text: string) => {
    if (text.includes('explode') && calls++ === 0) throw new Error('boom');
    return original(text);
  };
  const tree = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: `explode ${SECRET}` } }, { body: { stringValue: 'kept' } }] }] }] };
  const { json, withheld } = roundTrip('logs', tree, failing);
  assert.equal(withheld, 1);
  assert.ok(!json.includes(SECRET) && !json.includes('explode'));
  assert.ok(json.includes('"kept"'));
});

test('integer-like attribute keys, which JS objects put first, keep their own values', () => {
  const tree = { resourceLogs: [{ scopeLogs: [{ logRecords: [{
    body: { kvlistValue: { values: [attr('b', 'bee'), attr('2', 'two'), attr('password', 'opensesame1'), attr('1', 'one')] } },
    attributes: [attr('z', 'zed'), attr('10', 'ten'), attr('secret', 'opensesame2'), attr('3', 'three')],
  }] }] }] };
  const record = JSON.parse(roundTrip('logs', tree).json).resourceLogs[0].scopeLogs[0].logRecords[0];
  const pairs = (list: { key: string; value: { stringValue: string } }[]) => list.map((kv) => `${kv.key}=${kv.value.stringValue}`);
  const body = pairs(record.body.kvlistValue.values);
  const attributes = pairs(record.attributes);
  assert.deepEqual(body.filter((pair: string) => !pair.startsWith('password=')), ['b=bee', '2=two', '1=one']);
  assert.deepEqual(attributes.filter((pair: string) => !pair.startsWith('secret=')), ['z=zed', '10=ten', '3=three']);
  assert.ok(!JSON.stringify(record).includes('opensesame'));
});

test('attribute lists the joined scan finds clean pass as they came; keys that decide their value still get the walk', () => {
  const card = '4111111111111111';
  const span = (attributes: unknown[]) => ({
    resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: '0102030405060708090a0b0c0d0e0f10', spanId: '0102030405060708', name: 'op', attributes }] }] }],
  });
  // A clean list is the same object after the scrub: nothing was copied or rebuilt.
  const message = decodeRequest(SIGNALS.traces, Buffer.from(JSON.stringify(span([attr('tool', 'web_search'), { key: 'n', value: { intValue: '42' } }]))), 'json') as {
    resourceSpans: { scopeSpans: { spans: { attributes: unknown[] }[] }[] }[];
  };
  const before = message.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.attributes;
  new RequestScrubber(redactor, 16).scrub('traces', message);
  assert.equal(message.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.attributes, before);

  const { json } = roundTrip('traces', span([
    { key: 'amount', value: { intValue: card } },
    { key: 'span_id', value: { stringValue: card } },
    { key: 'nested', value: { kvlistValue: { values: [{ key: 'password', value: { stringValue: 'Tr0ub4dor&3x' } }, attr('ok', 'fine')] } } },
    { key: 'list', value: { arrayValue: { values: [{ stringValue: 'fine' }, { stringValue: `see ${SECRET}` }] } } },
  ]));
  assert.doesNotMatch(json, /"amount","value":\{"intValue":"4111111111111111"/, 'a card as an int64 is redacted');
  assert.match(json, /"span_id","value":\{"stringValue":"4111111111111111"\}/, 'a card-shaped trace-context id is kept');
  assert.doesNotMatch(json, /Tr0ub4dor/);
  assert.doesNotMatch(json, new RegExp(SECRET));
  assert.match(json, /"ok","value":\{"stringValue":"fine"\}/);
});

test('fields the schema does not know are never forwarded: the request is re-encoded from what was scrubbed', () => {
  const type = otlpType(SIGNALS.traces.request);
  const tree = { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: Buffer.alloc(16, 1), spanId: Buffer.alloc(8, 2), name: 'op' }] }] }] };
  const known = Buffer.from(type.encode(type.fromObject(tree)).finish());
  // Field 99, length-delimited, holding a secret: what a newer OTLP version or a careless sender could add.
  const hidden = Buffer.from(`token ${SECRET}`);
  const body = Buffer.concat([known, Buffer.from([0x9a, 0x06, hidden.length]), hidden]);
  const message = decodeRequest(SIGNALS.traces, body, 'protobuf');
  new RequestScrubber(redactor, 16).scrub('traces', message);
  const forwarded = encodeProtobuf(SIGNALS.traces, message);
  assert.ok(!forwarded.includes(hidden), 'the unknown field is gone');
  assert.deepEqual(forwarded, known);
});
