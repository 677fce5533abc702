import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempFiles } from '../support/cli.js';
import { withGithubChecksum } from '../../src/validators/index.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;

test('scan prints file:line:col detector, never the value, and exits 1', () => {
  const dir = tempFiles({ 'app.log': `clean\nx ${GITHUB}\n{"password":"hunter2-hunter2"}\n` });
  const file = join(dir, 'app.log');
  const run = runCli(['scan', file]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, `${file}:2:3 github-pat\n${file}:3:14 generic-credential\n${file}:3:14 sensitive-key\n`);
  assert.ok(!run.stdout.includes(GITHUB.slice(4)));
});

test('scan exits 0 when nothing is found and names stdin as -', () => {
  assert.deepEqual(runCli(['scan'], 'nothing here\n'), { code: 0, stdout: '', stderr: '' });
  assert.equal(runCli(['scan'], `${GITHUB}\n`).stdout, '-:1:1 github-pat\n');
});
