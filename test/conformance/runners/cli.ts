import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, ROOT } from './built.js';
import { caseText } from './types.js';
import type { Case } from '../cases/index.js';

const BIN = join(ROOT, 'bin/logveil.js');

export interface CliFile {
  readonly testCase: Case;
  readonly path: string;
  /** What the file holds: the case's text, ending with a newline (added when it had none). */
  readonly content: string;
  /** Whether the newline at the end was added by the runner (and must be taken off the output). */
  readonly addedNewline: boolean;
}

/** One file per case, so that a door reading files sees each case as a whole file (as `logveil scrub memory.md`). */
export function writeCaseFiles(cases: readonly Case[], dir: string, command: string): CliFile[] {
  const folder = join(dir, command);
  mkdirSync(folder, { recursive: true });
  return cases.map((testCase, i) => {
    const text = caseText(testCase);
    const addedNewline = !text.endsWith('\n');
    const content = addedNewline ? `${text}\n` : text;
    const path = join(folder, `case-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, content);
    return { testCase, path, content, addedNewline };
  });
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real `bin/logveil.js` (compiled dist/) in one child process. */
export function runLogveil(args: readonly string[]): Promise<CliResult> {
  assertBuilt();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}
