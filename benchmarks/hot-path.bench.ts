import { createRedactor } from 'logveil';
import { agentLines } from './lib/agent-lines.js';
import { mbPerSecond, measureRounds, round } from './lib/measure.js';
import type { BenchScenario } from './lib/scenario.js';

/**
 * `redactLine` on agent-shaped pino lines (98% clean, 2% with one planted secret or email) beside the floor
 * a parsing transport cannot go under: `JSON.parse` + `JSON.stringify` of the same lines.
 */
const scenario: BenchScenario = {
  name: 'hot-path',
  async run({ quick }) {
    const generated = agentLines(quick ? 5_000 : 20_000, 0.02, 7);
    const lines = generated.map((entry) => entry.line);
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / lines.length;
    const redactor = createRedactor();
    const results = measureRounds(
      [
        { name: 'JSON.parse + JSON.stringify (floor)', pass: () => lines.reduce((n, line) => n + JSON.stringify(JSON.parse(line)).length, 0) },
        { name: 'redactLine', pass: () => lines.reduce((n, line) => n + redactor.redactLine(line).length, 0) },
      ],
      lines.length,
      quick ? 5 : 15,
    );
    const floor = results.get('JSON.parse + JSON.stringify (floor)')!;
    const redact = results.get('redactLine')!;
    const planted = generated.filter((entry) => entry.dirty).length;
    const changed = generated.filter((entry) => redactor.redactLine(entry.line) !== entry.line).length;
    const missed = generated.filter((entry) => entry.dirty && redactor.redactLine(entry.line) === entry.line).length;
    const ratio = redact / floor;
    return {
      scenario: 'hot-path',
      rows: [...results].map(([name, ns]) => ({
        name,
        metrics: { 'ns/line': round(ns, 0), 'MB/s': round(mbPerSecond(ns, bytes), 1), 'x floor': round(ns / floor) },
      })),
      checks: [
        { name: `every planted line changed (${planted})`, ok: missed === 0, detail: `${missed} missed` },
        { name: 'no clean line changed', ok: changed === planted && missed === 0, detail: `${changed - (planted - missed)} clean lines changed` },
      ],
      goals: [{ name: `redactLine ≤ 0.5x the parse+stringify floor (issue 2): ${round(ratio)}x`, ok: ratio <= 0.5 }],
      notes: [`${lines.length} lines, ${round(bytes, 0)} bytes on average, ${planted} with a planted secret`],
    };
  },
};

export default scenario;
