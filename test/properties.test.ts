import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRedactor } from '../src/redactor.js';
import { encodedForms } from '../src/engine/encodings.js';

const RUNS = Number(process.env.LOGVEIL_PROPERTY_RUNS ?? 150);

/** Every string leaf of a JSON value, with a setter, so a secret can be planted at a random one. */
function stringLeaves(value: unknown, out: { get: () => string; set: (s: string) => void }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') out.push({ get: () => value[index] as string, set: (s) => (value[index] = s) });
      else stringLeaves(item, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (typeof record[key] === 'string') out.push({ get: () => record[key] as string, set: (s) => (record[key] = s) });
      else stringLeaves(record[key], out);
    }
  }
  return out;
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...allStrings(item)]);
  return [];
}

const secretArb = fc.string({ unit: 'grapheme-ascii', minLength: 8, maxLength: 32 }).filter((s) => s.trim() === s && s.length >= 8);

test('property: a planted known secret never survives, in any encoding, anywhere in a nested value', () => {
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 4 }).map((value) => ({ wrap: value })),
      secretArb,
      fc.nat(),
      fc.nat(),
      fc.nat(),
      (generated, secret, formPick, leafPick, offset) => {
        // fast-check reuses generated values while shrinking: plant into a copy, never into its value.
        const value = structuredClone(generated);
        const redactor = createRedactor({ knownSecrets: [secret] });
        const forms = encodedForms(secret);
        const form = forms[formPick % forms.length]!.text;
        const leaves = stringLeaves(value);
        if (leaves.length === 0) (value as Record<string, unknown>).planted = form;
        else {
          const leaf = leaves[leafPick % leaves.length]!;
          const text = leaf.get();
          const at = offset % (text.length + 1);
          leaf.set(text.slice(0, at) + form + text.slice(at));
        }
        for (const text of allStrings(redactor.redactValue(value))) assert.ok(!text.includes(form), 'redactValue');
        const line = redactor.redactLine(JSON.stringify(value));
        for (const text of allStrings(JSON.parse(line))) assert.ok(!text.includes(form), 'redactLine');
      },
    ),
    { numRuns: RUNS },
  );
});

const WORDS = ['agent', 'step', 'tool', 'call', 'ok', 'done', 'retry', 'queue', 'model', 'reply', 'the', 'with', 'and'];
const KEYS = ['msg', 'step', 'tool', 'args', 'result', 'items', 'model', 'status', 'durationMs', 'usage', 'prompt_tokens', 'cache_key'];
const cleanValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((words) => words.join(' ')),
    fc.integer({ min: -1000, max: 100000 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  ),
})).value;

test('property: values with nothing secret-shaped come back unchanged (same reference, same bytes)', () => {
  const redactor = createRedactor();
  fc.assert(
    fc.property(cleanValue, (value) => {
      assert.equal(redactor.redactValue(value), value);
      const line = JSON.stringify({ level: 30, time: 1732370400000, value });
      assert.equal(redactor.redactLine(line), line);
    }),
    { numRuns: RUNS },
  );
});
