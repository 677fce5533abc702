import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, KNOWN_SECRETS } from './cases/index.js';
import { judge } from './verdict.js';
import type { Case } from './cases/index.js';
import type { RunContext, Runner } from './runners/index.js';

/** One (case, runner) pair's verdict: empty `problems` means the door agreed with the table. */
export interface PairResult {
  readonly runner: string;
  readonly case: string;
  readonly problems: readonly string[];
}

/** The cases a runner can carry, in table order. */
export function casesFor(runner: Runner, cases: readonly Case[] = CASES): Case[] {
  return cases.filter((testCase) => runner.shapes.has(testCase.shape));
}

/** A scratch directory with the known-secrets file every door reads; `dispose` removes it. */
export function makeContext(): RunContext & { dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-conformance-'));
  const knownSecretsFile = join(dir, 'known-secrets.txt');
  writeFileSync(knownSecretsFile, `${KNOWN_SECRETS.join('\n')}\n`);
  return { dir, knownSecretsFile, knownSecrets: KNOWN_SECRETS, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one runner over every case it carries and judges each observation. */
export async function runOne(runner: Runner, context: RunContext, cases: readonly Case[] = CASES): Promise<PairResult[]> {
  const carried = casesFor(runner, cases);
  let observations;
  try {
    observations = await runner.run(carried, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'non-Error throw';
    return carried.map((testCase) => ({ runner: runner.id, case: testCase.id, problems: [`the runner failed: ${reason}`] }));
  }
  return carried.map((testCase) => {
    const observation = observations.get(testCase.id);
    return { runner: runner.id, case: testCase.id, problems: observation === undefined ? ['no observation'] : judge(testCase, observation) };
  });
}
