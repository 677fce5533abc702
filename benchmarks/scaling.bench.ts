import { createRedactor, builtinDetectors } from 'logveil';
import { agentLines } from './lib/agent-lines.js';
import { measureRounds, round } from './lib/measure.js';
import type { DetectorDefinition } from 'logveil';
import type { BenchScenario } from './lib/scenario.js';

/** Synthetic detectors with distinct keywords, the shape a team's custom detectors have. */
function customDetectors(count: number): DetectorDefinition[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `custom-${i}`,
    description: `synthetic custom detector ${i}`,
    category: 'secret' as const,
    keywords: [`cx${i.toString(36)}q_`],
    pattern: `cx${i.toString(36)}q_[a-z0-9]{24}`,
    samples: { positive: [`cx${i.toString(36)}q_${'a1'.repeat(12)}`], negative: [] },
  }));
}

/**
 * The cost of a clean line must not grow with the number of detectors (one RE2.Set pass) nor with the
 * number of known secrets (one rolling-fingerprint pass). Clean lines only: that is the hot path.
 */
const scenario: BenchScenario = {
  name: 'scaling',
  async run({ quick }) {
    const lines = agentLines(quick ? 4_000 : 15_000, 0, 11).map((entry) => entry.line);
    const rounds = quick ? 5 : 15;
    const catalogIds = builtinDetectors.map((detector) => detector.id);
    const first30 = catalogIds.slice(0, 30);
    const full = builtinDetectors.length;
    // Engine scaling (issue 2): the same 30 plus 270 synthetic ones. Catalog cost (issue 3): 30 against the
    // whole catalog, whose broader keywords may send more detectors to confirmation. Issue 6: catalog + 100.
    const names = { base: '30 detectors', engine: '30 + 270 custom (300)', catalog: `full catalog (${full})`, extended: `catalog + 100 custom (${full + 100})` };
    const redactors = {
      [names.base]: createRedactor({ presets: [], enable: first30 }),
      [names.engine]: createRedactor({ presets: [], enable: first30, detectors: customDetectors(270) }),
      [names.catalog]: createRedactor({ presets: ['strict'] }),
      [names.extended]: createRedactor({ presets: ['strict'], detectors: customDetectors(100) }),
    };
    const secrets = (count: number) => Array.from({ length: count }, (_, i) => `known-secret-${i}-${(i * 2654435761 >>> 0).toString(36)}`);
    const withSecrets = {
      '10 known secrets': createRedactor({ knownSecrets: secrets(10) }),
      '10,000 known secrets': createRedactor({ knownSecrets: secrets(10_000) }),
    };
    const pass = (redactor: ReturnType<typeof createRedactor>) => () => lines.reduce((n, line) => n + redactor.redactLine(line).length, 0);
    const byDetectors = measureRounds(Object.entries(redactors).map(([name, redactor]) => ({ name, pass: pass(redactor) })), lines.length, rounds);
    const bySecrets = measureRounds(Object.entries(withSecrets).map(([name, redactor]) => ({ name, pass: pass(redactor) })), lines.length, rounds);
    const base = byDetectors.get(names.base)!;
    const ratio = (name: string) => byDetectors.get(name)! / base;
    const secretsRatio = bySecrets.get('10,000 known secrets')! / bySecrets.get('10 known secrets')!;
    const changed = Object.values(redactors).map((redactor) => lines.filter((line) => redactor.redactLine(line) !== line).length);
    const planted = secrets(10_000)[9_999]!;
    const found = withSecrets['10,000 known secrets'].redactString(`x ${planted} y`) === 'x [REDACTED:known-secret] y';
    return {
      scenario: 'scaling',
      rows: [
        ...[...byDetectors].map(([name, ns]) => ({ name, metrics: { 'ns/line': round(ns, 0), 'x 30 detectors': round(ns / base) } })),
        ...[...bySecrets].map(([name, ns]) => ({ name, metrics: { 'ns/line': round(ns, 0), 'x 10 secrets': round(ns / bySecrets.get('10 known secrets')!) } })),
      ],
      checks: [
        { name: 'clean lines stay unchanged with every detector set', ok: changed.every((count) => count === 0), detail: changed.join(', ') },
        { name: 'the 10,000th known secret is found', ok: found },
      ],
      goals: [
        { name: `clean-line cost, 300 vs 30 detectors < 1.3x (issue 2): ${round(ratio(names.engine))}x`, ok: ratio(names.engine) < 1.3 },
        { name: `clean-line cost, full catalog vs 30 detectors < 1.3x (issue 3): ${round(ratio(names.catalog))}x`, ok: ratio(names.catalog) < 1.3 },
        { name: `clean-line cost, catalog + 100 custom vs 30 < 1.3x (issue 6): ${round(ratio(names.extended))}x`, ok: ratio(names.extended) < 1.3 },
        { name: `10,000 known secrets vs 10 ≤ 1.1x: ${round(secretsRatio)}x`, ok: secretsRatio <= 1.1 },
      ],
    };
  },
};

export default scenario;
