import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Every ```js block of the README must run as written (against the built package, as a user would import
// it), and every placeholder its comments promise must appear in what it prints.
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
const scratch = join(root, '.readme-tmp');

test('the README has runnable examples', () => {
  assert.ok(blocks.length >= 4);
});

blocks.forEach((code, index) => {
  test(`README example ${index + 1} runs and prints what its comments say`, () => {
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, `example-${index + 1}.mjs`);
    writeFileSync(file, code);
    try {
      const run = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: root });
      assert.equal(run.status, 0, run.stderr);
      const comments = code.split('\n').filter((line) => line.trimStart().startsWith('//')).join('\n');
      for (const promised of comments.match(/\[REDACTED:[a-z0-9-]+\]|\*{4}\d{4}|\*{8}/g) ?? []) {
        assert.ok(run.stdout.includes(promised), `example ${index + 1} should print ${promised}:\n${run.stdout}`);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});
