import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TARGET, assertBuilt, fileLines, githubToken, tempDir } from './helpers.js';

const require = createRequire(import.meta.url);
const TOKEN = githubToken('exit');

before(assertBuilt);

/**
 * Runs `body` in a fresh Node process that logs `count` lines (every hundredth with a token) and then calls
 * process.exit(0) at once: nothing may be lost on the way out. Imports are absolute, so the script can live
 * in a temporary directory.
 */
async function runChild(dir: string, count: number, setup: string): Promise<string> {
  const out = join(dir, 'app.log');
  const script = join(dir, 'child.mjs');
  writeFileSync(
    script,
    `import pino from ${JSON.stringify(pathToFileURL(require.resolve('pino')).href)};
import { createRedactingStream } from ${JSON.stringify(pathToFileURL(require.resolve(TARGET)).href)};
const out = ${JSON.stringify(out)};
const token = ${JSON.stringify(TOKEN)};
${setup}
const filler = 'the agent asked the search tool for the weather and summarised ten results for the user. '.repeat(5);
for (let seq = 0; seq < ${count}; seq++) {
  if (seq % 100 === 0) logger.info({ seq, remote: 'token ' + token }, 'calling github');
  else logger.info({ seq, tool: 'search', usage: { prompt_tokens: 812, completion_tokens: 95 }, note: filler }, 'tool call finished');
}
process.exit(0);
`,
  );
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, stderr);
  return out;
}

function assertComplete(out: string, count: number): void {
  const lines = fileLines(out);
  assert.equal(lines.length, count);
  let redacted = 0;
  lines.forEach((line, index) => {
    const record = JSON.parse(line) as { seq: number; remote?: string };
    assert.equal(record.seq, index, `line ${index} out of order`);
    if (record.remote !== undefined) {
      assert.equal(record.remote, 'token [REDACTED:github-pat]');
      redacted++;
    }
  });
  assert.equal(redacted, count / 100);
}

test('after 100k logger.info calls and process.exit(0), every line is in the file, scrubbed', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const out = await runChild(dir, 100_000, `const logger = pino(pino.transport({ target: ${JSON.stringify(require.resolve(TARGET))}, options: { destination: out } }));`);
  assertComplete(out, 100_000);
});

test('an in-process stream to an async destination loses nothing on process.exit(0)', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const out = await runChild(dir, 20_000, 'const logger = pino(createRedactingStream({ destination: out }));');
  assertComplete(out, 20_000);
});

test('an in-process stream to a sync destination loses nothing on process.exit(0)', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const out = await runChild(dir, 20_000, 'const logger = pino(createRedactingStream({ destination: out, sync: true }));');
  assertComplete(out, 20_000);
});
