import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../../src/index.js';
import { githubToken, stripeKey, throughEveryDoor } from './support.js';

/**
 * Every example of issue 11's "URL rules only in OTel", "JSON inside a string only in OTel" and "Encodings
 * only for known secrets" (the known-secret ones aside), through redactString, redactValue and redactLine.
 */
function assertEveryDoor(text: string, check: (output: string) => void): void {
  const outputs = throughEveryDoor(text);
  for (const [door, output] of Object.entries(outputs)) {
    assert.notEqual(output, text, `${door} kept ${JSON.stringify(text.slice(0, 40))} unchanged`);
    check(output);
  }
}

test('sensitive query parameters lose their values in any text, names and the rest of the URL kept', () => {
  const cases: [string, string][] = [
    ['https://x.io/v1/search?q=weather&api_key=abc123', 'https://x.io/v1/search?q=weather&api_key=[REDACTED:url-credential]'],
    ['GET https://x.io/feed?token=abc123 200', 'GET https://x.io/feed?token=[REDACTED:url-credential] 200'],
    ['https://x.io/me?access_token=ya29abc&fields=id', 'https://x.io/me?access_token=[REDACTED:url-credential]&fields=id'],
    ['redirect to https://app.example.com/cb?code=4%2F0AX4XfWh&state=xyz', 'redirect to https://app.example.com/cb?code=[REDACTED:url-credential]&state=xyz'],
    [
      'https://b.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=5d672d79c15b1316',
      'https://b.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=[REDACTED:url-credential]',
    ],
    ['https://blob.example.net/c/b?sv=2022-11-02&sig=abc%2Bdef', 'https://blob.example.net/c/b?sv=2022-11-02&sig=[REDACTED:url-credential]'],
    ['https://cdn.example.com/v.mp4?Expires=1700000000&Signature=Zm9vYmFy', 'https://cdn.example.com/v.mp4?Expires=1700000000&Signature=[REDACTED:url-credential]'],
    ['https://app.example.com/cb#access_token=abc&state=xyz', 'https://app.example.com/cb#access_token=[REDACTED:url-credential]&state=xyz'],
    ['/cb?api%5Fkey=abc&page=2', '/cb?api%5Fkey=[REDACTED:url-credential]&page=2'],
  ];
  // The catalog may name a parameter's finding more precisely (`url-query-secret`): any marker will do.
  const markers = (text: string): string => text.replace(/\[REDACTED:[a-z0-9-]+\]/g, '[REDACTED]');
  for (const [text, expected] of cases) {
    const outputs = throughEveryDoor(text);
    for (const [door, output] of Object.entries(outputs)) assert.equal(markers(output), markers(expected), `${door}: ${text}`);
  }
});

test('user:pass@ in any string loses the userinfo', () => {
  assertEveryDoor('cloning https://deploy:Tr0ub4dor3xyz@git.example.com/org/repo.git now', (output) => {
    assert.ok(!output.includes('Tr0ub4dor3xyz'), output);
    assert.ok(output.includes('@git.example.com/org/repo.git now'), output);
  });
});

test('harmless URLs and queries pass every door untouched', () => {
  const slots = ['https://qyapi.example.com/cgi-bin/user/get?access_token=ACCESS_TOKEN', 'https://x.io/send?chat=1&token=BOT_TOKEN'];
  for (const text of ['https://x.io/v1/search?q=weather&page=2', 'https://registry.example.com/@types/node', 'see https://example.com/docs#section-2', 'sort_key=name&limit=50', ...slots]) {
    const outputs = throughEveryDoor(text);
    for (const [door, output] of Object.entries(outputs)) assert.equal(output, text, door);
  }
});

test('JSON inside a string is redacted by key, through every door, and stays JSON', () => {
  const text = '{"password": "S3cr3t with spaces"}';
  const outputs = throughEveryDoor(text);
  for (const [door, output] of Object.entries(outputs)) {
    assert.deepEqual(JSON.parse(output), { password: '[REDACTED:sensitive-key]' }, door);
  }
  const redactor = createRedactor();
  const line = JSON.stringify({ body: text });
  assert.deepEqual(JSON.parse(redactor.redactLine(line)), { body: '{"password": "[REDACTED:sensitive-key]"}' });
});

test('JSON escaped twice (tool-call arguments inside a logged message) is redacted at every level', () => {
  const inner = JSON.stringify({ query: 'weather', api_key: 'k-19f3a7' });
  const message = JSON.stringify({ role: 'assistant', tool_calls: [{ function: { arguments: inner } }] });
  const line = JSON.stringify({ level: 30, msg: 'model reply', message });
  const redactor = createRedactor();
  const out = JSON.parse(redactor.redactLine(line)) as { message: string };
  const args = JSON.parse((JSON.parse(out.message) as { tool_calls: { function: { arguments: string } }[] }).tool_calls[0]!.function.arguments) as Record<string, string>;
  assert.deepEqual(args, { query: 'weather', api_key: '[REDACTED:sensitive-key]' });
});

test('a JSON document inside free text, quoted or escaped, is redacted by key', () => {
  assertEveryDoor('calling tool with {"password": "S3cr3t with spaces", "region": "eu"} now', (output) => {
    assert.ok(!output.includes('S3cr3t'), output);
    assert.ok(output.includes('"region": "eu"'), output);
  });
  assertEveryDoor('args: {\\"password\\": \\"S3cr3t with spaces\\"}', (output) => assert.ok(!output.includes('S3cr3t'), output));
});

test('a base64-wrapped Stripe key is found, standard and URL-safe, and its finding names the layer', () => {
  const key = stripeKey('layers-b64');
  for (const encoded of [Buffer.from(key).toString('base64'), Buffer.from(`k=${key}`).toString('base64url')]) {
    const text = `payload ${encoded} end`;
    assertEveryDoor(text, (output) => assert.equal(output, 'payload [REDACTED:stripe-secret-key] end'));
    const [finding] = createRedactor().scan(text);
    assert.equal(finding?.decoded, 'base64');
    assert.equal(finding?.detector, 'stripe-secret-key');
    assert.deepEqual(Object.keys(finding!).sort(), ['category', 'decoded', 'detector', 'end', 'start']);
  }
});

test('percent-encoded addresses and JSON are found, in either case of hex digits', () => {
  assertEveryDoor('invite sent to=dana%40example.org', (output) => assert.equal(output, 'invite sent to=[REDACTED:email]'));
  assertEveryDoor('invite sent to=dana%40example.org'.toLowerCase(), (output) => assert.ok(!output.includes('dana'), output));
  const query = `GET /search?q=${encodeURIComponent('{"password":"hunter2"}')}&page=2`;
  // The decoded JSON's password is found by its key and by the free-text rule alike; either names the run.
  assertEveryDoor(query, (output) => assert.match(output, /^GET \/search\?q=\[REDACTED:(?:sensitive-key|generic-credential)\]&page=2$/));
  assertEveryDoor(query.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()), (output) => assert.ok(!output.includes('hunter2'), output));
  const [finding] = createRedactor().scan('to=dana%40example.org');
  assert.equal(finding?.decoded, 'percent');
});

test('\\u escapes in free text hide nothing', () => {
  const token = githubToken('layers-u');
  const text = `deploy with \\u0067hp_${token.slice(4)} please`;
  assertEveryDoor(text, (output) => assert.equal(output, 'deploy with [REDACTED:github-pat] please'));
  assert.equal(createRedactor().scan(text)[0]?.decoded, 'escape');
});

test('custom detectors are found inside every layer too', () => {
  const redactor = createRedactor({
    builtins: false,
    detectors: [{ id: 'acme-key', description: 'ACME key', category: 'secret', keywords: ['acme_'], pattern: String.raw`\bacme_[a-z0-9]{16}\b`, samples: { positive: ['acme_0123456789abcdef'], negative: [] } }],
  });
  const secret = 'acme_0123456789abcdef';
  for (const text of [`x ${Buffer.from(`key ${secret}`).toString('base64')} y`, `q=${encodeURIComponent(`"${secret}"`)}`, `say \\u0061cme_0123456789abcdef`]) {
    const out = redactor.redactString(text);
    assert.ok(out.includes('[REDACTED:acme-key]'), `${text} -> ${out}`);
  }
});

test('redactValue gives numbers the verdict redactLine gives them', () => {
  const redactor = createRedactor();
  assert.deepEqual(redactor.redactValue({ card: 4111111111111111 }), { card: '[REDACTED:credit-card]' });
  assert.deepEqual(JSON.parse(redactor.redactLine('{"card":4111111111111111}')), { card: '[REDACTED:credit-card]' });
  assert.deepEqual(redactor.redactValue({ count: 1234, ms: 1732370400033, big: 4111111111111111n }), { count: 1234, ms: 1732370400033, big: '[REDACTED:credit-card]' });
});

test('redacting the output again changes nothing', () => {
  const redactor = createRedactor();
  const texts = [
    'https://x.io/v1/search?q=weather&api_key=abc123',
    `payload ${Buffer.from(stripeKey('layers-idem')).toString('base64')}`,
    'to=dana%40example.org',
    'args: {\\"password\\": \\"S3cr3t with spaces\\"}',
    '{"body":"{\\"password\\": \\"x\\"}"}',
  ];
  for (const text of texts) {
    const once = redactor.redactString(text);
    assert.equal(redactor.redactString(once), once, text);
    const line = redactor.redactLine(text);
    assert.equal(redactor.redactLine(line), line, text);
  }
});
