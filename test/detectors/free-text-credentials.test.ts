import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { FREE_TEXT_CASES } from './free-text-credentials.cases.js';

const redactor = createRedactor();
const normalized = (text: string): string => text.replace(/\[REDACTED:[a-z0-9-]+\]/g, '[R]');

test('the free-text table holds at least 80 cases, both redacted and kept', () => {
  assert.ok(FREE_TEXT_CASES.length >= 80, `${FREE_TEXT_CASES.length} cases`);
  assert.ok(FREE_TEXT_CASES.filter((c) => c.expected === c.text).length >= 30);
  assert.ok(FREE_TEXT_CASES.filter((c) => c.expected !== c.text).length >= 30);
});

test('every free-text case redacts exactly what its row says and keeps the rest', () => {
  const wrong: string[] = [];
  for (const { text, expected } of FREE_TEXT_CASES) {
    const got = normalized(redactor.redactString(text));
    if (got !== expected) wrong.push(`${JSON.stringify(text)}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
  }
  assert.deepEqual(wrong, []);
});

test('a redacted free-text case is left as it is by a second redaction', () => {
  for (const { text, expected } of FREE_TEXT_CASES) {
    if (expected === text) continue;
    const once = redactor.redactString(text);
    assert.equal(redactor.redactString(once), once, text);
  }
});

test('the same credentials are found inside a JSON log line as in plain text', () => {
  for (const { text, expected } of FREE_TEXT_CASES) {
    const line = JSON.stringify({ level: 30, msg: text });
    const got = JSON.parse(redactor.redactLine(line)) as { msg: string };
    assert.equal(normalized(got.msg), expected, text);
  }
});
