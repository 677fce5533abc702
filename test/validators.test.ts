import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, githubChecksum, ibanValid, luhn, withGithubChecksum } from '../src/validators/index.js';
import { shannonEntropy } from '../src/engine/entropy.js';

test('crc32 matches the zlib reference values', () => {
  assert.equal(crc32(''), 0);
  assert.equal(crc32('123456789'), 0xcbf43926);
  assert.equal(crc32('The quick brown fox jumps over the lazy dog'), 0x414fa339);
});

test('GitHub checksum accepts a generated token and rejects any single changed character', () => {
  const token = `ghp_${withGithubChecksum('abcdefghijklmnopqrstuvwxyz0123')}`;
  assert.equal(githubChecksum(token), true);
  for (let i = 4; i < token.length; i++) {
    const changed = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
    assert.equal(githubChecksum(changed), false, `position ${i}`);
  }
});

test('Luhn accepts known test card numbers and rejects a changed digit', () => {
  assert.equal(luhn('4111 1111 1111 1111'), true);
  assert.equal(luhn('5555-5555-5555-4444'), true);
  assert.equal(luhn('4111 1111 1111 1112'), false);
});

test('IBAN needs the right length for its country and mod-97 = 1', () => {
  assert.equal(ibanValid('GB82 WEST 1234 5698 7654 32'), true);
  assert.equal(ibanValid('DE89370400440532013000'), true);
  assert.equal(ibanValid('DE89370400440532013001'), false);
  assert.equal(ibanValid('DE8937040044053201300'), false);
});

test('entropy is in bits per UTF-16 code unit', () => {
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('abcd'), 2);
  assert.equal(shannonEntropy('0123456789abcdef'), 4);
});
