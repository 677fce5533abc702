/**
 * Runs every (case, runner) pair strictly and rewrites pending.ts with the pairs that fail, keeping the reason
 * already written for a case and taking the case's area reason for a new one. Run after fixes merge:
 *   npm run build && node --import tsx test/conformance/regenerate-pending.ts
 * `--check` prints the list without writing it; `--explain` also prints each failing pair's problems.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CASES } from './cases/index.js';
import { PENDING } from './pending.js';
import { reasonFor } from './reasons.js';
import { RUNNERS } from './runners/index.js';
import { makeContext, runOne } from './run.js';
import type { PendingPair } from './pending.js';

const context = makeContext();
const previous = new Map<string, string>();
for (const pair of PENDING) for (const runner of pair.runners) previous.set(`${pair.case} @ ${runner}`, pair.reason);
/** Failing runners by case, then by reason, in table and registry order. */
const failing = new Map<string, Map<string, string[]>>();
try {
  for (const runner of RUNNERS) {
    for (const result of await runOne(runner, context)) {
      if (result.problems.length === 0) continue;
      if (process.argv.includes('--explain')) process.stderr.write(`${result.case} @ ${result.runner}: ${result.problems.join('; ')}\n`);
      const testCase = CASES.find((candidate) => candidate.id === result.case)!;
      const reason = previous.get(`${result.case} @ ${result.runner}`) ?? reasonFor(testCase, result.runner, result.problems);
      const reasons = failing.get(result.case) ?? new Map<string, string[]>();
      reasons.set(reason, [...(reasons.get(reason) ?? []), result.runner]);
      failing.set(result.case, reasons);
    }
  }
} finally {
  context.dispose();
}

const pairs: PendingPair[] = CASES.flatMap((testCase) =>
  [...(failing.get(testCase.id) ?? new Map<string, string[]>())].map(([reason, runners]) => ({ case: testCase.id, runners, reason })),
);

const header = `/**
 * (case, runner) pairs known to fail today, each with the part of issue 11 whose fix it waits for. They run as
 * node:test \`todo\` (reported, not failing); every other pair must pass, and a listed pair that passes fails
 * the suite so this list stays true. Regenerate with
 * \`npm run build && node --import tsx test/conformance/regenerate-pending.ts\` once fixes merge; empty it
 * when they all have. Generated: edit reasons freely, they are kept.
 */
export interface PendingPair {
  readonly case: string;
  /** Runner ids (see runners/index.ts) on which the case still fails. */
  readonly runners: readonly string[];
  readonly reason: string;
}
`;
const body = pairs
  .map((pair) => `  {\n    case: ${JSON.stringify(pair.case)},\n    runners: [${pair.runners.map((id) => JSON.stringify(id)).join(', ')}],\n    reason: ${JSON.stringify(pair.reason)},\n  },\n`)
  .join('');
const source = `${header}\nexport const PENDING: readonly PendingPair[] = [${pairs.length === 0 ? '' : `\n${body}`}];\n`;

const total = pairs.reduce((sum, pair) => sum + pair.runners.length, 0);
if (process.argv.includes('--check')) process.stdout.write(source);
else writeFileSync(fileURLToPath(new URL('./pending.ts', import.meta.url)), source);
process.stderr.write(`${total} failing pairs in ${pairs.length} cases\n`);
