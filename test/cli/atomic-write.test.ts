import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AtomicFile } from '../../src/cli/atomic-write.js';

const MODULE = pathToFileURL(join(import.meta.dirname, '../../src/cli/atomic-write.ts')).href;

function original(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-atomic-'));
  const file = join(dir, 'notes.md');
  writeFileSync(file, 'old content\n');
  chmodSync(file, 0o640);
  return { dir, file };
}

test('a committed file has the new content and the original mode, and no temporary file is left', () => {
  const { dir, file } = original();
  const atomic = new AtomicFile(file);
  atomic.write('new ');
  atomic.write(Buffer.from('content\n'));
  atomic.commit('.bak');
  assert.equal(readFileSync(file, 'utf8'), 'new content\n');
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.equal(readFileSync(`${file}.bak`, 'utf8'), 'old content\n');
  assert.deepEqual(readdirSync(dir).sort(), ['notes.md', 'notes.md.bak']);
});

test('an abandoned write leaves the original untouched', () => {
  const { dir, file } = original();
  const atomic = new AtomicFile(file);
  atomic.write('half');
  atomic.abandon();
  assert.equal(readFileSync(file, 'utf8'), 'old content\n');
  assert.deepEqual(readdirSync(dir), ['notes.md']);
});

test('a crash between the flush and the rename leaves the old file whole', () => {
  const { dir, file } = original();
  const script = `const { AtomicFile } = await import(${JSON.stringify(MODULE)}); const f = new AtomicFile(${JSON.stringify(file)}); f.write('new content\\n'); f.commit();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, LOGVEIL_TEST_CRASH: 'before-rename' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 137, result.stderr);
  assert.equal(readFileSync(file, 'utf8'), 'old content\n');
  const leftovers = readdirSync(dir).filter((name) => name !== 'notes.md');
  assert.equal(leftovers.length, 1);
  assert.match(leftovers[0]!, /^\.notes\.md\.logveil-[0-9a-f]+\.tmp$/);
  assert.equal(readFileSync(join(dir, leftovers[0]!), 'utf8'), 'new content\n', 'the new content was flushed before the crash');
});
