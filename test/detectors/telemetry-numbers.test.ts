import { test } from 'node:test';
import assert from 'node:assert/strict';
import RE2 from 're2';
import { builtinDetectors } from '../../detectors/index.js';
import { issued } from '../../detectors/pii/credit-card.js';
import { digitTriggerPattern } from '../../src/engine/digit-trigger.js';

// Telemetry is full of bare numbers: epoch times in s, ms, µs and ns, 64-bit ids, ports, durations, sizes. A
// digit-shaped trigger that fires on them sends every such line down the slow path. The only trigger allowed to
// fire on a bare run is the card's, and only where an issuer really issues that prefix at that length (a
// 16-digit µs time of 2040 starts 22xx, inside Mastercard's 2221-2720: bare, that one cannot be told from a card;
// under a time key the JSON walks leave it alone, see engine/telemetry-fields.ts).

const DAY_MS = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const END = Date.UTC(2100, 11, 31);

function telemetryNumbers(): string[] {
  const numbers: string[] = [];
  for (let ms = START; ms <= END; ms += 7 * DAY_MS + 12_345_678) {
    const millis = BigInt(ms);
    numbers.push(String(ms / 1000 | 0), String(ms), String(millis * 1000n + 417n), String(millis * 1_000_000n + 417_123n));
  }
  let id = 0x9e3779b97f4a7c15n;
  for (let i = 0; i < 2000; i++) {
    id = (id * 6364136223846793005n + 1442695040888963407n) & 0x7fffffffffffffffn; // signed 64-bit ids
    numbers.push(String(id));
  }
  numbers.push('8080', '443', '65535', '1500', '250000', '1073741824', '18446744073709551615');
  return numbers;
}

const DIGIT_TRIGGERS = builtinDetectors.flatMap((detector) => {
  const patterns = [detector.trigger, detector.digits === undefined ? undefined : digitTriggerPattern(detector.digits)];
  return patterns.filter((pattern): pattern is string => pattern !== undefined).map((pattern) => ({ id: detector.id, trigger: new RE2(pattern) }));
});

const CONTEXTS: readonly ((n: string) => string)[] = [
  (n) => `{"level":30,"time":${n},"pid":4242,"hostname":"agent-7","msg":"tool call done"}`,
  (n) => `{"traceId":"5b8efff798038103d269b633813fc60c","startTimeUnixNano":"${n}","attributes":[{"key":"http.status_code","value":{"intValue":"200"}}]}`,
  (n) => `request ${n} finished in 1532 ms, 20480 bytes, port 8443`,
];

test('no digit-shaped trigger fires on telemetry numbers, except the card trigger on issued shapes', () => {
  const numbers = telemetryNumbers();
  assert.ok(numbers.length > 20_000);
  let cardShaped = 0;
  for (const number of numbers) {
    for (const context of CONTEXTS) {
      const line = context(number);
      for (const { id, trigger } of DIGIT_TRIGGERS) {
        if (!trigger.test(line)) continue;
        assert.equal(id, 'credit-card', `${id} fires on a telemetry number of ${number.length} digits`);
        assert.ok(issued(number), `the card trigger fires on ${number.length} digits starting ${number.slice(0, 4)}, which no issuer issues`);
        cardShaped++;
      }
    }
  }
  // µs times of 2039-2056 and some 64-bit ids are card-shaped; the check above would pass vacuously without them.
  assert.ok(cardShaped > 0);
});

test('ms epoch times of every year up to 2095 never reach the card trigger', () => {
  const card = DIGIT_TRIGGERS.find(({ id }) => id === 'credit-card')!;
  for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2096, 0, 1); ms += DAY_MS + 1_234_567) {
    assert.equal(card.trigger.test(CONTEXTS[0]!(String(ms))), false, `time ${ms}`);
  }
});
