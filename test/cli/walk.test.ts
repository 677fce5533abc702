import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGlob, excluded } from '../../src/cli/glob.js';
import { walkPaths } from '../../src/cli/walk.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'logveil-walk-'));
  mkdirSync(join(root, 'notes', 'deep'), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'build'));
  writeFileSync(join(root, 'notes', 'a.md'), 'a\n');
  writeFileSync(join(root, 'notes', 'deep', 'b.jsonl'), 'b\n');
  writeFileSync(join(root, '.git', 'config'), 'x\n');
  writeFileSync(join(root, 'build', 'out.log'), 'o\n');
  writeFileSync(join(root, 'app.log'), 'l\n');
  symlinkSync(root, join(root, 'notes', 'loop'));
  symlinkSync(tmpdir(), join(root, 'outside'));
  return root;
}

test('globs match names at any depth without a slash and anchored paths with one', () => {
  assert.ok(excluded([compileGlob('*.log')], 'build/out.log', false));
  assert.ok(!excluded([compileGlob('/*.log')], 'build/out.log', false));
  assert.ok(excluded([compileGlob('build/**')], 'build/x/y.txt', false));
  assert.ok(excluded([compileGlob('**/deep/*.jsonl')], 'notes/deep/b.jsonl', false));
  assert.ok(!excluded([compileGlob('build/')], 'build', false), 'a trailing slash matches directories only');
  assert.ok(excluded([compileGlob('build/')], 'build', true));
  assert.ok(excluded([compileGlob('a?.[mt]d')], 'x/ab.md', false));
  assert.ok(!excluded([compileGlob('a?.[!mt]d')], 'x/ab.md', false));
});

test('the walk skips .git, follows no link out of the tree or into a loop, and is in name order', () => {
  const root = tree();
  const entries = [...walkPaths([root], { exclude: [] })];
  const files = entries.filter((entry) => entry.kind === 'file').map((entry) => entry.path.slice(root.length + 1));
  assert.deepEqual(files, ['app.log', 'build/out.log', 'notes/a.md', 'notes/deep/b.jsonl']);
  const skipped = entries.filter((entry) => entry.kind === 'skipped').map((entry) => [entry.path.slice(root.length + 1), entry.kind === 'skipped' ? entry.reason : '']);
  assert.deepEqual(skipped, [['notes/loop', 'symlink-loop'], ['outside', 'symlink-outside']]);
});

test('exclude patterns and the root ignore file leave paths out', () => {
  const root = tree();
  writeFileSync(join(root, '.logveilignore'), '# generated\nbuild/\n');
  const files = [...walkPaths([root], { exclude: [compileGlob('*.jsonl')] })]
    .filter((entry) => entry.kind === 'file')
    .map((entry) => entry.path.slice(root.length + 1));
  assert.deepEqual(files, ['.logveilignore', 'app.log', 'notes/a.md']);
});

test('an unreadable directory and a missing path are reported, and the walk goes on', { skip: process.getuid?.() === 0 ? 'root reads every directory' : false }, () => {
  const root = tree();
  chmodSync(join(root, 'build'), 0o000);
  const entries = [...walkPaths([join(root, 'nope'), root], { exclude: [] })];
  chmodSync(join(root, 'build'), 0o755);
  assert.deepEqual(entries.filter((entry) => entry.kind === 'error').map((entry) => entry.kind === 'error' && entry.code), ['ENOENT', 'EACCES']);
  assert.ok(entries.some((entry) => entry.kind === 'file' && entry.path.endsWith('a.md')));
});

test('a missing path is an error entry, not an exception', () => {
  const entries = [...walkPaths([join(tmpdir(), 'logveil-no-such-path-xyz')], { exclude: [] })];
  assert.deepEqual(entries.map((entry) => entry.kind === 'error' && entry.code), ['ENOENT']);
});
