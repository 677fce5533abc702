import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRedactor } from '../../src/redactor.js';
import { existsSync, readFileSync } from 'node:fs';
import { corporaDir, leaveOut, loadExternalCorpus, scoreExternal } from '../../scripts/eval-corpora.js';
import { DISPUTES, disputedIn, disputedRows } from '../../scripts/eval-disputed.js';
import { LABELS_DOC_PATH, renderCorpusLabelsDoc } from '../../scripts/generate-corpus-labels-doc.js';

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

test('leaving rows out takes them from the totals, and from caught or flagged only where they counted', () => {
  const rows = [
    { row: 1, rule: 'a', label: 'tp' as const, text: 'secret one', generated: false },
    { row: 2, rule: 'a', label: 'tp' as const, text: 'plain', generated: false },
    { row: 3, rule: 'b', label: 'fp' as const, text: 'secret look-alike', generated: false },
    { row: 4, rule: 'b', label: 'fp' as const, text: 'plain look-alike', generated: false },
  ];
  const score = scoreExternal(rows, (line) => line.replace(/secret/g, '[REDACTED:test]'));
  assert.deepEqual(leaveOut(rows, score, new Set([1, 4])), { tp: 1, caught: 0, fp: 1, flagged: 1 });
  assert.deepEqual(leaveOut(rows, score, new Set([2, 3])), { tp: 1, caught: 1, fp: 1, flagged: 0 });
});

test('a disputed row whose rule or label changed is reported stale and not left out', () => {
  const first = DISPUTES[0]!;
  const number = disputedRows(first.rows)[0]!;
  const fine = disputedIn(first.file, [{ row: number, rule: first.rule, label: first.label }]);
  assert.equal(fine.rows.get(number), first.kind);
  const changed = disputedIn(first.file, [{ row: number, rule: 'another-rule', label: first.label }]);
  assert.equal(changed.rows.has(number), false);
  assert.ok(changed.stale.some((entry) => entry.endsWith(`row ${number}`)));
});

test('every disputed row of the shared corpora still carries its rule and label', { skip: !existsSync(gitleaks) || !existsSync(secretlint) }, () => {
  for (const path of [gitleaks, secretlint]) {
    const file = path.endsWith('gitleaks-cases.jsonl') ? 'gitleaks-cases.jsonl' : 'secretlint-cases.jsonl';
    assert.deepEqual(disputedIn(file, loadExternalCorpus(path)!).stale, [], file);
  }
});

test('the committed docs/corpus-labels.md is generated from scripts/eval-disputed.ts (npm run eval:labels-doc)', () => {
  assert.equal(readFileSync(LABELS_DOC_PATH, 'utf8'), renderCorpusLabelsDoc());
});
