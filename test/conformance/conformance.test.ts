/**
 * Every case of the table through every entry point that can carry it: each door must reach the table's
 * verdict. Pairs listed in pending.ts run as `todo`; LOGVEIL_CONFORMANCE_STRICT=1 runs them all strictly and
 * prints the failing pairs. See README.md in this directory.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CASES } from './cases/index.js';
import { PENDING } from './pending.js';
import { RUNNERS } from './runners/index.js';
import { casesFor, makeContext, runOne } from './run.js';
import type { PairResult } from './run.js';

const STRICT = process.env.LOGVEIL_CONFORMANCE_STRICT === '1';
const pairKey = (caseId: string, runnerId: string): string => `${caseId} @ ${runnerId}`;

const pending = new Map<string, string>();
for (const pair of PENDING) for (const runner of pair.runners) pending.set(pairKey(pair.case, runner), pair.reason);

const context = makeContext();
after(() => context.dispose());

/** Whether each pair passed, filled in as the tests run (the pending check below reads it). */
const passed = new Map<string, boolean>();
const failures: PairResult[] = [];

for (const runner of RUNNERS) {
  describe(`through ${runner.id}`, () => {
    let results = new Map<string, PairResult>();
    before(async () => {
      results = new Map((await runOne(runner, context)).map((result) => [result.case, result]));
    });
    for (const testCase of casesFor(runner)) {
      const key = pairKey(testCase.id, runner.id);
      const reason = STRICT ? undefined : pending.get(key);
      test(`${testCase.id} reaches the table's verdict`, reason === undefined ? {} : { todo: reason }, () => {
        const result = results.get(testCase.id);
        assert.ok(result !== undefined, 'the runner produced no result');
        passed.set(key, result.problems.length === 0);
        if (result.problems.length > 0) failures.push(result);
        assert.deepEqual(result.problems, []);
      });
    }
  });
}

describe('the pending list', () => {
  test('names only cases of the table and runners that carry them, each pair once', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const pair of PENDING) {
      const testCase = CASES.find((candidate) => candidate.id === pair.case);
      for (const runnerId of pair.runners) {
        const runner = RUNNERS.find((candidate) => candidate.id === runnerId);
        const key = pairKey(pair.case, runnerId);
        if (testCase === undefined || runner === undefined || !runner.shapes.has(testCase.shape) || seen.has(key)) wrong.push(key);
        seen.add(key);
      }
      if (pair.reason.trim() === '') wrong.push(`${pair.case}: no reason`);
    }
    assert.deepEqual(wrong, []);
  });

  test('holds only pairs that still fail (remove the others: regenerate-pending.ts)', { skip: STRICT }, () => {
    const stale = [...pending.keys()].filter((key) => passed.get(key) === true);
    assert.deepEqual(stale, []);
  });
});

after(() => {
  if (!STRICT) return;
  const byCase = new Map<string, string[]>();
  for (const failure of failures) byCase.set(failure.case, [...(byCase.get(failure.case) ?? []), failure.runner]);
  const lines = [...byCase].map(([id, runners]) => `  ${id}: ${runners.join(', ')}`);
  process.stdout.write(`# ${failures.length} failing (case, runner) pairs\n${lines.join('\n')}\n`);
});
