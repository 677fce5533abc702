import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { withGithubChecksum } from '../../src/validators/github-checksum.js';

/**
 * pino's worker threads load compiled JavaScript (tsx is not passed on to them), so these tests run the
 * transport from dist/, resolved by pino exactly as a user's `target: 'logveil/pino'` is.
 */
export const TARGET = 'logveil/pino';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Fails loudly when dist/ is missing or older than the sources, instead of testing stale code. */
export function assertBuilt(): void {
  for (const name of readdirSync(join(ROOT, 'src/pino'))) {
    const source = join(ROOT, 'src/pino', name);
    const compiled = join(ROOT, 'dist/src/pino', name.replace(/\.ts$/, '.js'));
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
      throw new Error(`dist/src/pino/${name.replace(/\.ts$/, '.js')} is missing or older than its source: run \`npm run build\` first`);
    }
  }
}

/** A temporary directory removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-pino-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A GitHub token with a valid checksum: the github-pat detector confirms it. */
export function githubToken(seed: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let body = '';
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
  for (let i = 0; i < 30; i++) {
    state = Math.imul(state ^ (state >>> 15), 2246822519) >>> 0;
    body += alphabet[state % alphabet.length];
  }
  return `ghp_${withGithubChecksum(body)}`;
}

export type Transport = ReturnType<typeof pino.transport>;

/** Ends a transport and waits until the worker has written and closed everything (or failed). */
export async function finish(transport: Transport): Promise<void> {
  const failed = once(transport, 'error').then(([error]) => {
    throw error as Error;
  });
  const done = once(transport, 'finish');
  transport.end();
  await Promise.race([done, failed]);
}

/** Waits for the transport's worker to start, or rejects with the error it failed with. */
export async function ready(transport: Transport): Promise<void> {
  const failed = once(transport, 'error').then(([error]) => {
    throw error as Error;
  });
  await Promise.race([once(transport, 'ready'), failed]);
}

/** Lines of a file, without the empty string after the last newline. */
export function fileLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A pino line written straight into the transport, so the exact input of each line is known. */
export function pinoLine(fields: Record<string, unknown>, level = 30): string {
  return JSON.stringify({ level, time: 1_700_000_000_000, pid: 1, hostname: 'test', ...fields });
}
