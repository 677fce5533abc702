/**
 * Shared by the hardening tests of the adapters: a child process that runs a logger the way an app does (so
 * that "the host never crashes" is its exit code, and what the transport worker says on stderr can be read),
 * and the unprivileged user to run it as when the tests run as root (root ignores file permissions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { githubToken } from '../pino/helpers.js';

const require = createRequire(import.meta.url);

export const TOKEN = githubToken('hardening');
export const IS_ROOT = process.getuid?.() === 0;
/** `nobody`: who the child runs as when this process is root, so that EACCES can happen at all. */
export const UNPRIVILEGED = IS_ROOT ? { uid: 65534, gid: 65534 } : {};

/** Whether a file's mode can deny this process anything: not as root, unless a child can run as nobody. */
export function canDenyAccess(): boolean {
  return !IS_ROOT || spawnSync(process.execPath, ['-e', '0'], UNPRIVILEGED).status === 0;
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `body` as an ES module in a fresh Node process, with `pino`, `target` (the built transport, as
 * `logveil/pino` resolves), `createRedactingStream`, `once` and `TOKEN` in scope. `onStarted` is called with
 * the child once it prints `started` on stdout (to kill it mid-stream).
 */
export async function runChild(
  dir: string,
  body: string,
  options: { unprivileged?: boolean; onStarted?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<ChildRun> {
  const script = join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
  const href = (specifier: string): string => JSON.stringify(pathToFileURL(require.resolve(specifier)).href);
  writeFileSync(
    script,
    `import pino from ${href('pino')};
import { once } from 'node:events';
import { createRedactingStream } from ${href('logveil/pino')};
const target = ${JSON.stringify(require.resolve('logveil/pino'))};
const TOKEN = ${JSON.stringify(TOKEN)};
${body}
`,
  );
  if (options.unprivileged === true) chmodSync(dir, 0o777);
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.unprivileged === true ? UNPRIVILEGED : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.onStarted !== undefined && stdout.includes('started\n')) {
      const started = options.onStarted;
      options.onStarted = undefined;
      started(child);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  return { code, signal, stdout, stderr };
}

/** A pino transport to `destination` in the child, kept referenced until it closes, and `finish()` to end it. */
export function childTransport(options: string): string {
  return `const transport = pino.transport({ target, options: ${options} });
transport.once('ready', () => transport.ref());
const logger = pino({ base: null, timestamp: false }, transport);
async function finish() {
  transport.end();
  await once(transport, 'close');
}`;
}
