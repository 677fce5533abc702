/** The table keeps its own rules, so that no case passes because it cannot fail. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CASES, KNOWN_SECRETS } from './cases/index.js';
import { outputStrings } from './verdict.js';
import type { Case } from './cases/index.js';

const inputStrings = (testCase: Case): string[] =>
  outputStrings(testCase.shape === 'value' ? { value: testCase.input } : { text: testCase.input });

test('case ids are unique kebab-case names', () => {
  const ids = CASES.map((testCase) => testCase.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  assert.deepEqual(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)), []);
});

test('the table holds the cases seen in issue 11 and at least 100 more', () => {
  const seen = CASES.filter((testCase) => testCase.seen === true).length;
  assert.ok(seen >= 25, `${seen} seen cases`);
  assert.ok(CASES.length - seen >= 100, `${CASES.length - seen} further cases`);
});

test('every shape is in the table, with clean and leaking cases', () => {
  for (const shape of ['text', 'multiline', 'json-line', 'value'] as const) {
    const cases = CASES.filter((testCase) => testCase.shape === shape);
    assert.ok(cases.some((testCase) => testCase.unchanged), `${shape}: a clean case`);
    assert.ok(cases.some((testCase) => testCase.secrets.length > 0), `${shape}: a leaking case`);
  }
});

test('every case can fail: its secrets and benign texts are in its input, clean cases hold none', () => {
  const wrong: string[] = [];
  for (const testCase of CASES) {
    const strings = inputStrings(testCase);
    testCase.secrets.forEach((secret, i) => {
      if (!strings.some((text) => text.includes(secret))) wrong.push(`${testCase.id}: secret #${i + 1} is not in the input`);
    });
    for (const benign of testCase.keep) if (!strings.some((text) => text.includes(benign))) wrong.push(`${testCase.id}: keep ${JSON.stringify(benign)} is not in the input`);
    if (testCase.unchanged === (testCase.secrets.length > 0)) wrong.push(`${testCase.id}: a case is either clean or holds secrets`);
    for (const secret of testCase.secrets) {
      for (const benign of testCase.keep) if (benign.includes(secret)) wrong.push(`${testCase.id}: a benign text holds a secret`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('known secrets are long enough for every door to accept them', () => {
  for (const secret of KNOWN_SECRETS) assert.ok(secret.length >= 8 && !secret.includes('\n'));
});
