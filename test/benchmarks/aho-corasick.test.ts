import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AhoCorasick } from '../../benchmarks/alternatives/aho-corasick.js';

function hits(keywords: string[], text: string): string[] {
  const found: string[] = [];
  new AhoCorasick(keywords).scan(text, (id, start) => {
    found.push(`${keywords[id]}@${start}`);
  });
  return found.sort();
}

test('reports every occurrence, overlapping and nested, case-insensitively', () => {
  assert.deepEqual(hits(['he', 'she', 'his', 'hers'], 'uSHErs'), ['he@2', 'hers@2', 'she@1'].sort());
  assert.deepEqual(hits(['ghp_', 'hp_x'], 'GHP_XY ghp_'), ['ghp_@0', 'ghp_@7', 'hp_x@1'].sort());
});

test('agrees with a naive search on random texts (the prefilter must never miss)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'C', '_', 'é'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom('a', 'B', 'c', '_', 'é', 'x'), maxLength: 40 }),
      (keywords, text) => {
        const unique = [...new Set(keywords.map((keyword) => keyword.toLowerCase()))];
        const expected: string[] = [];
        const lower = text.toLowerCase();
        for (const keyword of unique) {
          for (let i = lower.indexOf(keyword); i !== -1; i = lower.indexOf(keyword, i + 1)) expected.push(`${keyword}@${i}`);
        }
        assert.deepEqual(hits(unique, text), expected.sort());
      },
    ),
    { numRuns: 300 },
  );
});
