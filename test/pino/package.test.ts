/**
 * The built package as users meet it: `logveil/pino` resolved through the package's `exports` from a project
 * of its own (a temporary directory whose node_modules links to this package, pino and pino-pretty), the
 * examples of docs/pino.md run as written, and the agent demo. Each runs in a child process.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, tempDir } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

before(assertBuilt);

/** A directory that depends on logveil, pino and pino-pretty the way a user's project does. */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'logveil'), 'dir');
  for (const name of ['pino', 'pino-pretty']) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  return dir;
}

function run(dir: string, file: string, source: string): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(join(dir, file), source);
  // A file, not stdin: pino resolves `target: 'logveil/pino'` from the calling file's location.
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('logveil/pino resolves by name: the default export builds the transport, the named ones are there', () => {
  const dir = project();
  const result = run(
    dir,
    'exports.mjs',
    `import transport, * as pinoAdapter from 'logveil/pino';
console.log(typeof transport, Object.keys(pinoAdapter).sort().join(','));`,
  );
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'function KNOWN_SECRETS_EVENT,RELOAD_KNOWN_SECRETS,RedactingStream,createRedactingStream,default,reloadKnownSecrets');
});

test('every example in docs/pino.md runs as written and does what its comments say', () => {
  const dir = project();
  const markdown = readFileSync(join(root, 'docs/pino.md'), 'utf8');
  const blocks = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  // The config module is a file the other examples load, not a script.
  const config = blocks.find((block) => block.startsWith('// logveil.config.mjs'));
  assert.ok(config !== undefined);
  writeFileSync(join(dir, 'logveil.config.mjs'), config);
  writeFileSync(join(dir, 'secrets.txt'), 'orchard-Lantern-4471-quiet\nharbor-Velvet-9083-amber\nthird-known-secret-value\n');
  const scripts = blocks.filter((block) => block !== config);
  assert.ok(scripts.length >= 8);
  const outputs = scripts.map((source, index) => {
    const result = run(dir, `example-${index}.mjs`, source);
    assert.equal(result.status, 0, `example ${index}: ${result.stderr}`);
    return result.stdout;
  });

  const appLog = readFileSync(join(dir, 'app.log'), 'utf8');
  assert.match(appLog, /"headers":\{"authorization":"\[REDACTED:sensitive-key\]"\},"msg":"calling the API"/);
  assert.doesNotMatch(appLog, /abcdefghijklmnopqrstuvwxyz0123456789|ghp_not-a-real-token|hunter2-but-longer|sk-live-not/);
  assert.match(readFileSync(join(dir, 'errors.log'), 'utf8'), /"msg":"push failed"/);
  const all = outputs.join('\n');
  assert.match(all, /dsn: "\[REDACTED:[a-z-]+\]"/);
  assert.doesNotMatch(all, /s3cr3t-pass/);
  assert.match(all, /\{ ok: true, secrets: 3 \}/);
  assert.match(all, /findings: \{ 'sensitive-key': 1 \}/);
});

test('the agent demo writes no credential through the transport, and pino alone writes them all', () => {
  const dir = project();
  const result = run(
    dir,
    'demo.mjs',
    `import { agentLogRecords, toPinoLines } from ${JSON.stringify(join(root, 'examples/agent/agent.js'))};
import { fakeCredentials } from ${JSON.stringify(join(root, 'examples/agent/fake-credentials.js'))};
import { runPinoDemo } from ${JSON.stringify(join(root, 'examples/agent/pino-demo.js'))};
const credentials = fakeCredentials();
const records = agentLogRecords(credentials);
const { written, plain, summary } = await runPinoDemo({ lines: toPinoLines(records), knownSecrets: [credentials.sessionSecret] });
// The session secret is logged base64-encoded; look for it in the form it was logged in.
const forms = Object.entries(credentials).map(([name, value]) => [name, name === 'sessionSecret' ? Buffer.from('agent:' + value).toString('base64') : value]);
const writtenLines = written.trimEnd().split('\\n');
const plainLines = plain.trimEnd().split('\\n');
console.log(JSON.stringify({
  records: records.length,
  written: writtenLines.length,
  plain: plainLines.length,
  leaked: forms.filter(([, form]) => written.includes(form)).map(([name]) => name),
  missingFromPlain: forms.filter(([, form]) => !plain.includes(form)).map(([name]) => name),
  unchanged: writtenLines.filter((line, index) => line === plainLines[index]).length,
  summary,
}));
`,
  );
  assert.equal(result.status, 0, result.stderr);
  const outcome = JSON.parse(result.stdout) as {
    records: number;
    written: number;
    plain: number;
    leaked: string[];
    missingFromPlain: string[];
    unchanged: number;
    summary: { lines: number; redactedLines: number; withheld: number };
  };
  assert.deepEqual(outcome.leaked, []);
  // Every credential reached pino, so the check above proves something.
  assert.deepEqual(outcome.missingFromPlain, []);
  assert.equal(outcome.written, outcome.records);
  assert.equal(outcome.plain, outcome.records);
  // Same pid, hostname and clock in both runs: lines without findings are identical.
  assert.equal(outcome.unchanged, outcome.records - outcome.summary.redactedLines);
  assert.equal(outcome.summary.lines, outcome.records);
  assert.equal(outcome.summary.withheld, 0);
});
