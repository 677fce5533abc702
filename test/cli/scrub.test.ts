import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';
import { withGithubChecksum } from '../../src/validators/index.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;

test('scrub reads stdin and writes exactly one line per input line, endings kept', () => {
  const input = `{"level":30,"msg":"push ${GITHUB}"}\nplain line\r\n\nlast ${GITHUB}`;
  const run = runCli(['scrub'], input);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, `{"level":30,"msg":"push [REDACTED:github-pat]"}\nplain line\r\n\nlast [REDACTED:github-pat]`);
});

test('scrub reads several files in order and reports --stats as JSON on stderr', () => {
  const dir = tempFiles({ 'a.log': `one ${GITHUB}\n`, 'b.log': 'two\n' });
  const run = runCli(['scrub', '--stats', join(dir, 'a.log'), join(dir, 'b.log')]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'one [REDACTED:github-pat]\ntwo\n');
  const stats = JSON.parse(run.stderr);
  assert.equal(stats.lines, 2);
  assert.equal(stats.changedLines, 1);
  assert.deepEqual(stats.findings, { 'github-pat': 1 });
});

test('scrub --known-secrets takes a plaintext file; --secrets-from-env takes sensitive variables', () => {
  const dir = tempFiles({ 'secrets.txt': 'my-own-session-secret-77\n' });
  const run = runCli(['scrub', '--known-secrets', join(dir, 'secrets.txt'), '--secrets-from-env'], 'a my-own-session-secret-77 b env-token-value-99\n', {
    AGENT_TOKEN: 'env-token-value-99',
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'a [REDACTED:known-secret] b [REDACTED:known-secret]\n');
});

test('a missing file exits 2 naming it, with no stack trace', () => {
  const run = runCli(['scrub', '/nonexistent/app.log']);
  assert.equal(run.code, 2);
  assert.equal(run.stderr, 'logveil: /nonexistent/app.log: no such file\n');
});

test('an unknown option exits 2 naming it', () => {
  const run = runCli(['scrub', '--colour']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^logveil: scrub: Unknown option '--colour'/);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('a bad config exits 2 naming the file and the detector', () => {
  const dir = tempFiles({
    'config.json': JSON.stringify({
      detectors: [{ id: 'acme-key', description: 'x', category: 'secret', keywords: ['acme_'], pattern: '(?<=a)acme_', samples: { positive: ['acme_'], negative: [] } }],
    }),
  });
  const run = runCli(['scrub', '--config', join(dir, 'config.json')], '');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /config .*config\.json: detector "acme-key": pattern uses lookbehind/);
});

test('a custom detector from a JSON config redacts', () => {
  const dir = tempFiles({
    'config.json': JSON.stringify({
      detectors: [{ id: 'acme-key', description: 'ACME key', category: 'secret', keywords: ['acme_'], pattern: 'acme_[a-z0-9]{16}', samples: { positive: ['acme_0123456789abcdef'], negative: [] } }],
    }),
  });
  const run = runCli(['scrub', '--config', join(dir, 'config.json')], 'k=acme_0123456789abcdef\n');
  assert.equal(run.stdout, 'k=[REDACTED:acme-key]\n');
});

test('no command prints usage and exits 2; --help exits 0', () => {
  assert.equal(runCli([]).code, 2);
  const help = runCli(['scrub', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: logveil scrub/);
});
