import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_URL_PARAMS, scrubUrl } from '../../src/otel/url.js';

const sensitive = new Set(DEFAULT_URL_PARAMS);
const isSensitive = (name: string): boolean => sensitive.has(name.toLowerCase());
const scrub = (value: string, bareQuery = false): string => scrubUrl(value, isSensitive, bareQuery).text;

test('userinfo becomes REDACTED:REDACTED as the semantic conventions ask', () => {
  assert.equal(scrub('https://alice:hunter2hunter2@db.example.com:5432/app'), 'https://REDACTED:REDACTED@db.example.com:5432/app');
  assert.equal(scrub('https://x-access-token@github.com/org/repo.git'), 'https://REDACTED@github.com/org/repo.git');
  assert.equal(scrub('https://REDACTED:REDACTED@host/'), 'https://REDACTED:REDACTED@host/');
});

test('an @ in the path or query is not userinfo', () => {
  assert.equal(scrub('https://registry.npmjs.org/@types/node'), 'https://registry.npmjs.org/@types/node');
  assert.equal(scrub('https://host/search?q=a@b'), 'https://host/search?q=a@b');
});

test('signing and auth parameter values are replaced, names and order kept', () => {
  const presigned =
    'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240101&' +
    'X-Amz-Security-Token=FwoGZXIvYXdzEBAaDH&X-Amz-Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
  assert.equal(
    scrub(presigned),
    'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&' +
      'X-Amz-Security-Token=REDACTED&X-Amz-Signature=REDACTED',
  );
  assert.equal(scrub('https://maps.example.com/api?key=abc123&q=paris'), 'https://maps.example.com/api?key=REDACTED&q=paris');
  assert.equal(scrub('https://blob.example.net/c/b?sv=2022-11-02&sig=abc%2Bdef'), 'https://blob.example.net/c/b?sv=2022-11-02&sig=REDACTED');
});

test('parameter names are compared as the server decodes them', () => {
  assert.equal(scrub('/cb?api%5Fkey=abc&access_token=def'), '/cb?api%5Fkey=REDACTED&access_token=REDACTED');
  assert.equal(scrub('/cb?%E0%A4%A=1&token=x'), '/cb?%E0%A4%A=1&token=REDACTED');
});

test('fragments carry OAuth tokens too', () => {
  assert.equal(scrub('https://app.example.com/cb#access_token=abc&state=xyz'), 'https://app.example.com/cb#access_token=REDACTED&state=xyz');
  assert.equal(scrub('https://app.example.com/docs#section-2'), 'https://app.example.com/docs#section-2');
  assert.equal(scrub('https://h/p?code=1#token=2'), 'https://h/p?code=REDACTED#token=REDACTED');
});

test('a bare query or fragment (url.query, url.fragment) is scrubbed as a parameter list', () => {
  assert.equal(scrub('q=OpenTelemetry&sig=abc', true), 'q=OpenTelemetry&sig=REDACTED');
  assert.equal(scrub('q=OpenTelemetry', true), 'q=OpenTelemetry');
});

test('text that is not a URL, empty values and flags are left alone', () => {
  for (const value of ['n/a', '', 'https://example.com', '/path?token=&flag', '/p?token', 'mailto:someone@example.com']) {
    assert.equal(scrub(value), value);
  }
});

test('the count says how many credentials went, and the safe prefix covers the replaced userinfo', () => {
  const result = scrubUrl('https://u:p@h.example.com/?token=1&sig=2', isSensitive);
  assert.equal(result.count, 3);
  assert.equal(result.text.slice(0, result.safePrefix), 'https://REDACTED:REDACTED@');
  assert.equal(scrubUrl('https://h.example.com/?q=1', isSensitive).count, 0);
});

test('property: every sensitive pair of a query is replaced and every other pair kept, whatever the mix', () => {
  const names = ['page', 'sig', 'q', 'token', 'limit', 'api%5Fkey', 'api_key', '', 'X-Amz-Signature', 'a'];
  const values = ['', '1', 'abc', 'REDACTED', 'x=y', 'p%26q'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...values), fc.boolean()), { maxLength: 8 }), (pairs) => {
      const query = pairs.map(([name, value, bare]) => (bare ? name : `${name}=${value}`)).join('&');
      const expected = pairs
        .map(([name, value, bare]) => {
          if (bare) return name;
          const decoded = decodeURIComponent(name);
          return name !== '' && value !== '' && isSensitive(decoded) ? `${name}=REDACTED` : `${name}=${value}`;
        })
        .join('&');
      assert.equal(scrub(query, true), expected);
    }),
    { numRuns: 500 },
  );
});

test('a query of many pairs without a value is checked in one pass', () => {
  const query = `${'a&'.repeat(200_000)}token=abc`;
  assert.equal(scrub(query, true), `${'a&'.repeat(200_000)}token=REDACTED`);
});
