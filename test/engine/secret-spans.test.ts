import { test } from 'node:test';
import assert from 'node:assert/strict';
import RE2 from 're2';
import { builtinDetectors } from '../../detectors/index.js';
import { defineDetector } from '../../src/index.js';
import { SecretSpans } from '../../src/engine/secret-spans.js';
import { searchBytes, testBytes } from '../../src/engine/re2-compile.js';
import type { Detector } from '../../src/index.js';

/** RE2's own offsets of the secret group in the first match, as `exec` with `d` gives them. */
const compiled = new Map<string, RE2>();
function regexOf(detector: Detector, flags: string): RE2 {
  const key = `${flags} ${detector.regex.source}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    regex = new RE2(detector.regex.source, flags);
    compiled.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

function reference(detector: Detector, bytes: Buffer): { start: number; end: number; secret: [number, number] | undefined } | null {
  const regex = regexOf(detector, 'gdu');
  const match = regex.exec(bytes as unknown as string) as unknown as { index: number; 0: Buffer; indices: ([number, number] | undefined)[] } | null;
  if (match === null) return null;
  return { start: match.index, end: match.index + match[0].length, secret: match.indices[detector.secretGroup] };
}

/** What the scanner's DFA-only way finds: the match's edges from `search` and `test`, then `locate`. */
function located(detector: Detector, spans: SecretSpans, bytes: Buffer) {
  const regex = regexOf(detector, 'gu');
  if (!testBytes(regex, bytes)) return null;
  const end = regex.lastIndex;
  const start = searchBytes(regex, bytes);
  return { start, end, secret: spans.locate(bytes, start, end) };
}

// Where a token may sit: each alternative of the token start, text before it that could pass for one, and
// characters of other widths.
const CONTEXTS: readonly [string, string][] = [
  ['', ''], [' ', ' '], ['\\n', '\\n'], ['x\\t', ','], ['%20', '%2C'], ['%3D', ''], ['"', '"'], ['é ', ' 😀'],
  ['é', 'é'], ['\\\\n', ''], ['%', ''], ['%4', ' '], ['a', ' '], ['_', '_'], ['-', '-'], ['+', '/'], ['=', '='],
  ['\\', '\\'], ['"token":"', '"}'], ['😀', ''],
];

const family = builtinDetectors.flatMap((detector) => {
  const spans = SecretSpans.of(detector);
  return spans === undefined ? [] : [{ detector, spans }];
});

test('the detectors whose secret group stands at the top level are the ones the scanner places without exec', () => {
  // Bare tokens, keyed values and e-mail addresses have this shape; patterns whose secret is one alternative's
  // or sits behind other groups (US SSNs) keep exec.
  assert.ok(family.length >= 400, `only ${family.length} detectors have the shape`);
  for (const id of ['github-pat', 'stripe-secret-key', 'slack-bot-token', 'aws-access-key-id', 'anthropic-api-key', 'openai-api-key', 'generic-credential', 'etsy-api-key', 'email']) {
    assert.ok(family.some(({ detector }) => detector.id === id), `${id} should have the shape`);
  }
  assert.equal(SecretSpans.of(builtinDetectors.find((detector) => detector.id === 'us-ssn')!), undefined);
});

test('every such detector places the secret where RE2 puts its group, on every sample in every context', () => {
  let placed = 0;
  let matches = 0;
  for (const { detector, spans } of family) {
    for (const sample of [...detector.samples.positive, ...detector.samples.negative]) {
      for (const [before, after] of CONTEXTS) {
        const bytes = Buffer.from(before + sample + after);
        const expected = reference(detector, bytes);
        const actual = located(detector, spans, bytes);
        assert.equal(actual === null, expected === null, `${detector.id}: ${JSON.stringify(before + sample + after)}`);
        if (expected === null || actual === null) continue;
        matches++;
        assert.deepEqual([actual.start, actual.end], [expected.start, expected.end], `${detector.id}: match edges`);
        // Undefined: locate leaves it to exec, which is always right.
        if (actual.secret === undefined) continue;
        placed++;
        assert.deepEqual(actual.secret, expected.secret, `${detector.id}: secret in ${JSON.stringify(before + sample + after)}`);
      }
    }
  }
  // Nearly every match is placed without exec (the rest are ambiguous, which exec settles): 95.3% when written.
  assert.ok(placed >= matches * 0.9, `${placed} of ${matches} matches placed`);
});

test('where the first preferred end of the body leaves the rest unmatched, locate leaves the secret to exec', () => {
  // BODY's preferred match takes `ab`, after which REST (`b`) fails; the whole pattern then takes `a` + `b`.
  const detector = defineDetector({
    id: 'backtracks',
    description: 'a body whose preferred match is not the one the pattern takes',
    category: 'secret',
    keywords: ['zq'],
    pattern: String.raw`(?:^|[^0-9A-Za-z_]|\\[nrt]|%[0-9A-Fa-f]{2})(?P<secret>zq[ab]{1,2})b`,
    samples: { positive: ['zqab'], negative: ['zq'] },
  });
  const spans = SecretSpans.of(detector)!;
  assert.notEqual(spans, undefined);
  const bytes = Buffer.from(' zqab');
  assert.equal(located(detector, spans, bytes)!.secret, undefined);
  assert.deepEqual(reference(detector, bytes)!.secret, [1, 4]);
});

test('random texts around tokens: the secret is where RE2 puts it, or left to exec', () => {
  // Deterministic pseudo-random texts mixing token bodies with the characters token starts care about.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['\\', 'n', 't', '%', '4', '1', 'A', 'f', '_', '-', '+', '/', '=', ' ', 'é', '😀', '"', ':', '.', '~'];
  let compared = 0;
  for (const { detector, spans } of family) {
    const sample = detector.samples.positive[0]!;
    for (let round = 0; round < 12; round++) {
      const noise = (length: number) => Array.from({ length }, () => pieces[random(pieces.length)]).join('');
      const bytes = Buffer.from(noise(random(5)) + sample + noise(random(4)));
      const expected = reference(detector, bytes);
      const actual = located(detector, spans, bytes);
      if (expected === null || actual === null) {
        assert.equal(actual, expected, `${detector.id}: ${JSON.stringify(bytes.toString())}`);
        continue;
      }
      if (actual.secret === undefined) continue;
      compared++;
      assert.deepEqual(actual.secret, expected.secret, `${detector.id}: ${JSON.stringify(bytes.toString())}`);
    }
  }
  assert.ok(compared > family.length * 6, `only ${compared} texts compared`);
});

test('later matches in a text: where each one starts, and its secret, as exec finds them', () => {
  let placed = 0;
  let matches = 0;
  for (const { detector, spans } of family) {
    const sample = detector.samples.positive[0]!;
    for (const joiner of [' ', '\\n', '', ',', '%20', 'é', '_', '\\\\']) {
      const bytes = Buffer.from(`${sample}${joiner}${sample}${joiner}x${sample}`);
      const expected = regexOf(detector, 'gdu');
      const actual = regexOf(detector, 'gu');
      for (let round = 0; round < 4; round++) {
        const from = expected.lastIndex;
        const match = expected.exec(bytes as unknown as string) as unknown as { index: number; indices: ([number, number] | undefined)[] } | null;
        actual.lastIndex = from;
        const found = testBytes(actual, bytes);
        assert.equal(found, match !== null, `${detector.id}: a match from ${from} in ${JSON.stringify(bytes.toString())}`);
        if (match === null) break;
        assert.equal(actual.lastIndex, expected.lastIndex, `${detector.id}: the match's end`);
        const start = spans.start(actual, bytes, from);
        matches++;
        if (start === undefined) continue;
        assert.equal(start, match.index, `${detector.id}: the start of the match from ${from} in ${JSON.stringify(bytes.toString())}`);
        const secret = spans.locate(bytes, start, actual.lastIndex);
        if (secret === undefined) continue;
        placed++;
        assert.deepEqual(secret, match.indices[detector.secretGroup], `${detector.id}: the secret of the match from ${from}`);
      }
    }
  }
  assert.ok(placed >= matches * 0.9, `${placed} of ${matches} matches placed`);
});

test('a validator that reads the match and its groups gets them from exec, for the first match and later ones', async () => {
  const { createRedactor } = await import('../../src/index.js');
  const seen: [string, string, string | undefined][] = [];
  const redactor = createRedactor({
    builtins: false,
    keyNames: false,
    detectors: [
      {
        id: 'zq-token',
        description: 'a bare token with a second group after the secret',
        category: 'secret',
        keywords: ['zq_'],
        pattern: String.raw`(?:^|[^0-9A-Za-z_]|\\[nrt]|%[0-9A-Fa-f]{2})(?P<secret>zq_[a-z0-9]{8})(:[0-9]+)?\b`,
        validate: (secret, context) => {
          seen.push([secret, context.match, context.groups[2]]);
          return !secret.endsWith('0');
        },
        samples: { positive: ['zq_abcd1234'], negative: ['zq_abc'] },
      },
    ],
  });
  assert.equal(redactor.redactString('a zq_abcd1234:77 b %20zq_abcd0000 c\\nzq_efgh5678'), 'a [REDACTED:zq-token]:77 b %20zq_abcd0000 c\\n[REDACTED:zq-token]');
  assert.deepEqual(seen.slice(0, 3), [
    ['zq_abcd1234', ' zq_abcd1234:77', ':77'],
    ['zq_abcd0000', '%20zq_abcd0000', undefined],
    ['zq_efgh5678', '\\nzq_efgh5678', undefined],
  ]);
});

test('where the groups are the secret and the rest, they come from the spans as exec gives them', () => {
  let compared = 0;
  for (const { detector, spans } of family) {
    if (!spans.groupsKnown) continue;
    for (const sample of detector.samples.positive) {
      for (const [before, after] of CONTEXTS.slice(0, 8)) {
        const bytes = Buffer.from(before + sample + after);
        const actual = located(detector, spans, bytes);
        if (actual === null || actual.secret === undefined) continue;
        const regex = regexOf(detector, 'gu');
        const match = regex.exec(bytes as unknown as string) as unknown as (Buffer | undefined)[] | null;
        const expected = Array.from({ length: match!.length }, (_, i) => match![i]?.toString('utf8'));
        assert.deepEqual(spans.groups(bytes, actual.start, actual.end, actual.secret), expected, `${detector.id}: ${JSON.stringify(bytes.toString())}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 2000, `only ${compared} matches compared`);
});

test('the generic credential detector places a header credential and its tail without exec', () => {
  const detector = builtinDetectors.find((candidate) => candidate.id === 'generic-credential')!;
  const spans = SecretSpans.of(detector)!;
  assert.equal(spans.groupsKnown, true);
  const bytes = Buffer.from('{"headers":{"authorization":"token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"},"msg":"x"}');
  const actual = located(detector, spans, bytes)!;
  assert.deepEqual(actual.secret, reference(detector, bytes)!.secret);
  const [, secret, tail] = spans.groups(bytes, actual.start, actual.end, actual.secret!);
  assert.deepEqual([secret, tail], ['ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5', '"']);
});

test('a pattern that sets flags for the rest of itself (`(?i)`) keeps exec: its parts compiled apart would lose them', () => {
  const detector = defineDetector({
    id: 'inline-flags',
    description: 'a case-insensitive pattern by an inline flag group',
    category: 'secret',
    keywords: ['zq='],
    pattern: String.raw`(?i)zq=(?P<secret>[a-z]+)[0-9a-z]*$`,
    samples: { positive: ['zq=abcDEF'], negative: ['zq='] },
  });
  assert.equal(SecretSpans.of(detector), undefined);
});
