import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinDetectors } from '../../detectors/index.js';
import { labelledCorpus, scoreLabelledCorpus } from '../../benchmarks/lib/labelled-corpus.js';
import { createRedactor } from '../../src/redactor.js';
import type { CorpusScore } from '../../benchmarks/lib/labelled-corpus.js';

const cases = labelledCorpus({ detectors: builtinDetectors });
const redactor = createRedactor();
const score: CorpusScore = scoreLabelledCorpus(cases, (line) => redactor.redactLine(line));

/** Failed cases by rule and index: never the planted text. */
function failures(kind: string): string {
  return score.rules
    .filter((rule) => rule.kind === kind && rule.failed.length > 0)
    .map((rule) => `${rule.rule}: cases ${rule.failed.slice(0, 10).join(', ')}`)
    .join('\n');
}

test('the corpus plants every default secret detector, every PII format and every hard-negative kind', () => {
  const rules = new Set(cases.map((item) => item.rule));
  for (const detector of builtinDetectors) {
    if (detector.optIn === true) continue;
    assert.ok(rules.has(detector.id), `${detector.id} has no planted sample`);
  }
  for (const format of ['email', 'phone-us', 'phone-uk', 'phone-de', 'phone-fr', 'card', 'iban', 'us-ssn', 'us-itin', 'uk-nino', 'ca-sin']) {
    assert.ok(rules.has(`pii:${format}`), format);
  }
  assert.ok(rules.has('negative:clean-agent-line'));
  assert.ok(score.secrets.total > 500 && score.pii.total > 300 && score.negatives.total > 500);
});

test('the corpus is the same for the same seed and differs for another', () => {
  const again = labelledCorpus({ detectors: builtinDetectors });
  assert.deepEqual(again.map((item) => item.line), cases.map((item) => item.line));
  const other = labelledCorpus({ detectors: builtinDetectors, seed: 8 });
  assert.notDeepEqual(other.map((item) => item.line), cases.map((item) => item.line));
});

test('the default detector set removes at least 99% of planted secrets', () => {
  assert.ok(score.secrets.caught / score.secrets.total >= 0.99, `${score.secrets.caught}/${score.secrets.total}\n${failures('secret')}`);
});

test('the default detector set removes at least 99% of planted PII', () => {
  assert.ok(score.pii.caught / score.pii.total >= 0.99, `${score.pii.caught}/${score.pii.total}\n${failures('pii')}`);
});

test('the default detector set leaves at least 99% of hard-negative lines byte for byte unchanged', () => {
  assert.ok(
    score.negatives.untouched / score.negatives.total >= 0.99,
    `${score.negatives.untouched}/${score.negatives.total}\n${failures('negative')}`,
  );
});

test('every redacted corpus line is valid JSON and keeps its request, trace and span ids', () => {
  assert.deepEqual(score.invalidJson, []);
  assert.deepEqual(score.collateral, []);
});

test('the scorer counts a planted value that stays as a miss and a changed negative as touched', () => {
  const planted = cases.find((item) => item.kind === 'secret')!;
  const negative = cases.find((item) => item.kind === 'negative')!;
  const identity = scoreLabelledCorpus([planted, negative], (line) => line);
  assert.deepEqual([identity.secrets.caught, identity.negatives.untouched], [0, 1]);
  const blank = scoreLabelledCorpus([planted, negative], () => '{}');
  assert.deepEqual([blank.secrets.caught, blank.negatives.untouched, blank.collateral.length], [1, 0, 2]);
});
