import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';
import { withGithubChecksum } from '../../src/validators/index.js';
import { MAX_BLOCK_LINES } from '../../src/cli/line-window.js';

const { privateKey: KEY } = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const BODY_LINES = KEY.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;

function assertNoKeyLine(output: string): void {
  for (const line of BODY_LINES) assert.ok(!output.includes(line), 'a line of the key reached the output');
}

test('scrub redacts a PEM private key inside a Markdown memory file, one output line per input line', () => {
  const memory = `# Notes\n\nThe deploy key:\n\n\`\`\`\n${KEY}\`\`\`\n\nDone.\n`;
  const dir = tempFiles({ 'memory.md': memory });
  const run = runCli(['scrub', join(dir, 'memory.md')]);
  assert.equal(run.code, 0, run.stderr);
  assertNoKeyLine(run.stdout);
  const out = run.stdout.split('\n');
  assert.equal(out.length, memory.split('\n').length);
  assert.deepEqual(out.slice(0, 5), ['# Notes', '', 'The deploy key:', '', '```']);
  assert.equal(out[5], '[REDACTED:private-key]');
  assert.deepEqual(out.slice(-4), ['```', '', 'Done.', '']);
});

test('scan finds a PEM key file at line 1 column 1 and exits 1', () => {
  const dir = tempFiles({ 'key.pem': KEY });
  const file = join(dir, 'key.pem');
  assert.deepEqual(runCli(['scan', file]), { code: 1, stdout: `${file}:1:1 private-key\n`, stderr: '' });
});

test('a key opened after text on its line keeps that text, and CRLF line endings are kept', () => {
  const input = `clean\r\nkey: ${KEY.trimEnd().split('\n').join('\r\n')}\r\nafter\r\n`;
  const run = runCli(['scrub'], input);
  assertNoKeyLine(run.stdout);
  assert.equal(run.stdout.split('\r\n').length, input.split('\r\n').length);
  assert.ok(run.stdout.startsWith('clean\r\nkey: [REDACTED:private-key]\r\n'));
  assert.ok(run.stdout.endsWith('\r\nafter\r\n'));
});

test('an unterminated key at the end of the input is still redacted', () => {
  const cut = KEY.split('\n').slice(0, 6).join('\n');
  const run = runCli(['scrub'], `${cut}\n`);
  assertNoKeyLine(run.stdout);
  assert.equal(run.stdout.split('\n').length, 7);
});

test('past the window bound an unterminated key is withheld line by line until a line that is not key material', () => {
  const body = Array.from({ length: MAX_BLOCK_LINES + 50 }, (_, i) => BODY_LINES[i % BODY_LINES.length]!);
  const input = ['-----BEGIN PRIVATE KEY-----', ...body, 'next: a normal line', ''].join('\n');
  const run = runCli(['scrub'], input);
  assert.equal(run.code, 0, run.stderr);
  assertNoKeyLine(run.stdout);
  const out = run.stdout.split('\n');
  assert.equal(out.length, input.split('\n').length);
  assert.equal(out[MAX_BLOCK_LINES + 10], '[REDACTED:private-key]', 'a line past the bound is withheld');
  assert.equal(out.at(-2), 'next: a normal line');
});

test('pretty-printed JSON is walked as one document: sensitive keys are redacted on their own lines', () => {
  const doc = `${JSON.stringify({ user: 'dana', db: { host: 'db.internal', password: 'S3cr3t with spaces' }, n: 1 }, null, 2)}\n`;
  const run = runCli(['scrub'], doc);
  assert.ok(!run.stdout.includes('S3cr3t'));
  assert.equal(run.stdout, doc.replace('"S3cr3t with spaces"', '"[REDACTED:sensitive-key]"'));
  const dir = tempFiles({ 'config.json': doc });
  const file = join(dir, 'config.json');
  // The raw-text scan (quoted-credential) and the JSON walk (sensitive-key) both find it, at the same place.
  assert.equal(runCli(['scan', file]).stdout, `${file}:5:18 quoted-credential\n${file}:5:18 sensitive-key\n`);
});

test('a JSON document opened after a log prefix is walked from its bracket', () => {
  const input = 'request body: {\n  "password": "S3cr3t with spaces",\n  "n": 1\n}\nafter\n';
  const run = runCli(['scrub'], input);
  assert.equal(run.stdout, 'request body: {\n  "password": "[REDACTED:sensitive-key]",\n  "n": 1\n}\nafter\n');
});

test('scan reports key-based findings at their own column, ordered by line and column', () => {
  const input = `{"api_key":"abcdefgh12345678","note":"see ${GITHUB}"}\nx\n`;
  const run = runCli(['scan'], input);
  const github = input.indexOf(GITHUB) + 1;
  assert.equal(run.stdout, `-:1:13 generic-credential\n-:1:13 sensitive-key\n-:1:${github} github-pat\n`);
});

test('a custom detector that declares a multiline block is held and scanned whole; a bad declaration is refused', () => {
  const detector = {
    id: 'vault-block',
    description: 'a block of vault material between its markers',
    category: 'secret',
    keywords: ['BEGIN VAULT'],
    pattern: String.raw`BEGIN VAULT[\s\S]*?END VAULT`,
    multiline: { begin: 'BEGIN VAULT', end: 'END VAULT' },
    samples: { positive: ['BEGIN VAULT x END VAULT'], negative: ['nothing'] },
  };
  const dir = tempFiles({
    'good.json': JSON.stringify({ detectors: [detector] }),
    'bad.json': JSON.stringify({ detectors: [{ ...detector, multiline: { begin: 'BEGIN VAULT' } }] }),
  });
  const run = runCli(['scrub', '--config', join(dir, 'good.json')], 'before\nBEGIN VAULT\nmaterial-one\nEND VAULT after\nlast\n');
  // The text after the block on its last line stands with the marker, on the block's first line.
  assert.equal(run.stdout, 'before\n[REDACTED:vault-block] after\n[REDACTED:multiline]\n[REDACTED:multiline]\nlast\n');
  const bad = runCli(['scrub', '--config', join(dir, 'bad.json')], 'x\n');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /detector "vault-block": multiline\.end must be a non-empty RE2 pattern/);
});
