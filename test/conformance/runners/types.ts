import type { Case, Shape } from '../cases/index.js';
import type { Observation } from '../verdict.js';

/** What every runner is given: the known secrets every door registers, and a scratch directory. */
export interface RunContext {
  /** Registered through the door's own option (`knownSecrets`, `knownSecretsFile`, `--known-secrets`). */
  readonly knownSecrets: readonly string[];
  /** A file holding `knownSecrets`, one a line, for doors that read a file. */
  readonly knownSecretsFile: string;
  /** A directory the runner may write into; removed after the run. */
  readonly dir: string;
}

/**
 * One entry point of logveil, driven the way a user drives it. A runner declares which case shapes its door
 * can carry and turns every such case into an observation, in as few process or worker starts as it can
 * (one batch for all cases). It never judges: `verdict.ts` does, the same way for every runner.
 *
 * A new door joins the suite by adding one file in this directory that exports a `Runner` and listing it in
 * `index.ts`; the cases are never copied.
 */
export interface Runner {
  /** Stable name, used in test names and in `pending.ts` (`redactLine`, `pino-transport`, `otel-span-name`...). */
  readonly id: string;
  /** The case shapes this door can carry; other cases are not run through it. */
  readonly shapes: ReadonlySet<Shape>;
  /** One observation per case id, for every case given (they all have a shape in `shapes`). */
  run(cases: readonly Case[], context: RunContext): Promise<Map<string, Observation>>;
}

/** Runs `each` on every case, turning a throw into an observation of the failure (never the value). */
export function observeEach(cases: readonly Case[], each: (testCase: Case) => Observation): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const testCase of cases) {
    try {
      out.set(testCase.id, each(testCase));
    } catch (error) {
      out.set(testCase.id, { error: error instanceof Error ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}` : 'non-Error throw' });
    }
  }
  return out;
}

/** The text a line-oriented door is fed for a case: a value travels as its JSON line. */
export function caseText(testCase: Case): string {
  return testCase.shape === 'value' ? JSON.stringify(testCase.input) : testCase.input;
}

/** What a line-oriented door's output says about a case: a value case is read back as JSON when it parses. */
export function textObservation(testCase: Case, text: string): Observation {
  if (testCase.shape !== 'value') return { text };
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return { text };
  }
}
