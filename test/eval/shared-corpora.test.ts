import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRedactor } from '../../src/redactor.js';
import { corporaDir, loadExternalCorpus, scoreExternal } from '../../scripts/eval-corpora.js';

// The corpora live beside the checkout (../shared/corpora), not in it: these tests skip on a fresh clone.
const gitleaks = join(corporaDir(), 'gitleaks-cases.jsonl');
const secretlint = join(corporaDir(), 'secretlint-cases.jsonl');

test('gitleaks cases: at least 95% of true positives are caught and every redacted line stays valid JSON', { skip: !existsSync(gitleaks) }, () => {
  const redactor = createRedactor();
  const score = scoreExternal(loadExternalCorpus(gitleaks)!, (line) => redactor.redactLine(line));
  assert.deepEqual(score.invalidJson, []);
  const missed = score.rules.filter((rule) => rule.missed.length > 0).map((rule) => `${rule.rule} ${rule.caught}/${rule.tp}`);
  assert.ok(score.all.caught / score.all.tp >= 0.95, `${score.all.caught}/${score.all.tp}; misses: ${missed.join(', ')}`);
});

test('secretlint cases: every redacted line stays valid JSON', { skip: !existsSync(secretlint) }, () => {
  const redactor = createRedactor();
  const score = scoreExternal(loadExternalCorpus(secretlint)!, (line) => redactor.redactLine(line));
  assert.deepEqual(score.invalidJson, []);
  assert.equal(score.all.tp + score.all.fp, 100);
});

test('the external scorer counts a changed tp as caught and a changed fp as flagged, by rule and row', () => {
  const rows = [
    { row: 1, rule: 'a', label: 'tp' as const, text: 'secret one', generated: false },
    { row: 2, rule: 'a', label: 'tp' as const, text: 'plain', generated: true },
    { row: 3, rule: 'b', label: 'fp' as const, text: 'secret look-alike', generated: false },
    { row: 4, rule: 'b', label: 'fp' as const, text: 'secret one', generated: false },
  ];
  const score = scoreExternal(rows, (line) => line.replace(/secret/g, '[REDACTED:test]'));
  assert.deepEqual(score.all, { tp: 2, caught: 1, fp: 2, flagged: 2 });
  assert.deepEqual(score.generated, { tp: 1, caught: 0, fp: 0, flagged: 0 });
  const [a, b] = score.rules;
  assert.deepEqual([a!.rule, a!.missed, b!.rule, b!.overflagged], ['a', [2], 'b', [3, 4]]);
  assert.deepEqual(score.fpThatAreTp, { total: 1, flagged: 1 });
  assert.equal(score.fpDetectors.get('test'), 2);
  assert.deepEqual(score.invalidJson, []);
});
