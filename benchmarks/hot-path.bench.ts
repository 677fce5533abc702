import { createRedactor } from 'logveil';
import { AFTER_2033_MS, agentLines, withModelIds } from './lib/agent-lines.js';
import { mbPerSecond, measureRounds, round } from './lib/measure.js';
import type { BenchScenario } from './lib/scenario.js';

/**
 * `redactLine` on agent-shaped pino lines (98% clean, 2% with one planted secret or email) beside the floor
 * a parsing transport cannot go under: `JSON.parse` + `JSON.stringify` of the same lines.
 */
type Redactor = ReturnType<typeof createRedactor>;

/**
 * The floor and `redactor.redactLine` over a new batch each round: the warm-up pass takes batch 0, so
 * `batches` holds one more than `rounds`, and the redactor meets every batch once.
 */
function freshRounds(batches: readonly (readonly string[])[], redactor: Redactor, names: { readonly floor: string; readonly redact: string }, rounds: number): { results: Map<string, number>; floor: number } {
  const next = () => {
    let call = 0;
    return () => batches[Math.min(call++, rounds)]!;
  };
  const floorBatch = next();
  const redactBatch = next();
  const results = measureRounds(
    [
      { name: names.floor, pass: () => floorBatch().reduce((n, line) => n + JSON.stringify(JSON.parse(line)).length, 0) },
      { name: names.redact, pass: () => redactBatch().reduce((n, line) => n + redactor.redactLine(line).length, 0) },
    ],
    batches[0]!.length,
    rounds,
  );
  return { results, floor: results.get(names.floor)! };
}

/** One table row per contender: ns per line, MB/s over lines of `bytes` on average, and the ratio to `floor`. */
function rowsOf(results: Map<string, number>, bytes: number, floor: number) {
  return [...results].map(([name, ns]) => ({ name, metrics: { 'ns/line': round(ns, 0), 'MB/s': round(mbPerSecond(ns, bytes), 1), 'x floor': round(ns / floor) } }));
}

const scenario: BenchScenario = {
  name: 'hot-path',
  async run({ quick }) {
    const generated = agentLines(quick ? 5_000 : 20_000, 0.02, 7);
    const lines = generated.map((entry) => entry.line);
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / lines.length;
    // The same lines with pino's `time` after 2033-05-18 (13 digits starting with 2): a digit trigger that
    // fires on it would send every one of them down the slow path (issue 16).
    const later = agentLines(lines.length, 0.02, 7, AFTER_2033_MS).map((entry) => entry.line);
    const cleanOnly = generated.filter((entry) => !entry.dirty).map((entry) => entry.line);
    // As many clean lines as the mixed corpus has lines, so every row's ns/line divides by the same count.
    const clean = lines.map((_, i) => cleanOnly[i % cleanOnly.length]!);
    const redactor = createRedactor();
    const results = measureRounds(
      [
        { name: 'JSON.parse + JSON.stringify (floor)', pass: () => lines.reduce((n, line) => n + JSON.stringify(JSON.parse(line)).length, 0) },
        { name: 'redactLine', pass: () => lines.reduce((n, line) => n + redactor.redactLine(line).length, 0) },
        { name: 'redactLine, clean lines only', pass: () => clean.reduce((n, line) => n + redactor.redactLine(line).length, 0) },
        { name: 'redactLine, times after 2033', pass: () => later.reduce((n, line) => n + redactor.redactLine(line).length, 0) },
      ],
      lines.length,
      quick ? 5 : 15,
    );
    // Lines with a finding on their own, against the floor of the same lines: the 8 µs for a 450-byte
    // line, where its floor measured 2.4 µs (clean lines, 1.33–1.52 µs, were 0.56–0.63x of it), is 3.3x.
    const dirtyLines = generated.filter((entry) => entry.dirty).map((entry) => entry.line);
    const dirtyResults = measureRounds(
      [
        { name: 'JSON.parse + JSON.stringify, lines with a finding', pass: () => dirtyLines.reduce((n, line) => n + JSON.stringify(JSON.parse(line)).length, 0) },
        { name: 'redactLine, lines with a finding', pass: () => dirtyLines.reduce((n, line) => n + redactor.redactLine(line).length, 0) },
      ],
      dirtyLines.length,
      quick ? 9 : 25,
    );
    const dirtyFloor = dirtyResults.get('JSON.parse + JSON.stringify, lines with a finding')!;
    const dirtyRatio = dirtyResults.get('redactLine, lines with a finding')! / dirtyFloor;
    const dirtyBytes = dirtyLines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / dirtyLines.length;
    // Fresh lines: every pass above runs over lines the redactor has already seen, so RE2 has built the DFA
    // states they need. Real ids are new on every line, and RE2 keeps building states for them: a redactor
    // that has already seen `warm` lines gets a new batch each round here, and the floor the same batches.
    const rounds = quick ? 5 : 15;
    const batchSize = quick ? 1_000 : 2_000;
    const batches = Array.from({ length: rounds + 1 }, (_, i) => agentLines(batchSize, 0.02, 1_000 + i).map((entry) => entry.line));
    const streaming = createRedactor();
    for (const entry of agentLines(quick ? 5_000 : 20_000, 0.02, 999)) streaming.redactLine(entry.line);
    const fresh = freshRounds(batches, streaming, { floor: 'JSON.parse + JSON.stringify, fresh lines', redact: 'redactLine, fresh lines (2% with findings)' }, rounds);
    const freshResults = fresh.results;
    // Lines with a finding never seen before: a secret's random body is new wherever it appears, and so are
    // the ids around it, so this is what such a line costs a running process (the row above mixes them in).
    const dirtyBatchSize = quick ? 100 : 200;
    const dirtyBatches = Array.from({ length: rounds + 1 }, (_, i) => agentLines(dirtyBatchSize, 1, 3_000 + i).map((entry) => entry.line));
    const freshDirty = freshRounds(dirtyBatches, streaming, { floor: 'JSON.parse + JSON.stringify, fresh lines with a finding', redact: 'redactLine, fresh lines with a finding' }, rounds);
    const freshDirtyResults = freshDirty.results;
    const freshDirtyFloor = freshDirty.floor;
    // Clean lines carrying model response and tool-call ids, never seen before: what an agent's own logs after
    // each model call cost (no goal of their own; see DESIGN.md, "Lines with model ids").
    const idBatchSize = quick ? 250 : 500;
    const idBatches = Array.from({ length: rounds + 1 }, (_, i) => withModelIds(agentLines(idBatchSize, 0, 4_000 + i).map((entry) => entry.line), 4_000 + i));
    const withIds = freshRounds(idBatches, streaming, { floor: 'JSON.parse + JSON.stringify, fresh lines with model ids', redact: 'redactLine, fresh lines with model ids' }, rounds);
    const idResults = withIds.results;
    const idFloor = withIds.floor;
    const idBytes = idBatches[0]!.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / idBatchSize;
    const freshFloor = fresh.floor;
    const freshRatio = freshResults.get('redactLine, fresh lines (2% with findings)')! / freshFloor;
    const floor = results.get('JSON.parse + JSON.stringify (floor)')!;
    const redact = results.get('redactLine')!;
    const planted = generated.filter((entry) => entry.dirty).length;
    const changed = generated.filter((entry) => redactor.redactLine(entry.line) !== entry.line).length;
    const missed = generated.filter((entry) => entry.dirty && redactor.redactLine(entry.line) === entry.line).length;
    const ratio = redact / floor;
    const cleanRatio = results.get('redactLine, clean lines only')! / floor;
    const laterRatio = results.get('redactLine, times after 2033')! / redact;
    const laterChanged = later.filter((line) => redactor.redactLine(line) !== line).length;
    const idChanged = idBatches.flat().filter((line) => redactor.redactLine(line) !== line).length;
    return {
      scenario: 'hot-path',
      rows: [
        ...rowsOf(results, bytes, floor),
        ...rowsOf(freshResults, bytes, freshFloor),
        ...rowsOf(dirtyResults, dirtyBytes, dirtyFloor),
        ...rowsOf(freshDirtyResults, dirtyBytes, freshDirtyFloor),
        ...rowsOf(idResults, idBytes, idFloor),
      ],
      checks: [
        { name: `every planted line changed (${planted})`, ok: missed === 0, detail: `${missed} missed` },
        { name: 'no clean line changed', ok: changed === planted && missed === 0, detail: `${changed - (planted - missed)} clean lines changed` },
        { name: 'the lines after 2033 change as today\'s do', ok: laterChanged === changed, detail: `${laterChanged} changed, against ${changed}` },
        { name: 'lines with model ids come out unchanged', ok: idChanged === 0, detail: `${idChanged} changed` },
      ],
      goals: [
        { name: `redactLine (2% with findings) ≤ 0.6x the parse+stringify floor (issue 16): ${round(ratio)}x`, ok: ratio <= 0.6 },
        { name: `redactLine on clean lines ≤ 0.5x the floor (issue 16): ${round(cleanRatio)}x`, ok: cleanRatio <= 0.5 },
        { name: `fresh lines (2% with findings) ≤ 0.6x the floor of the same lines, the mixed goal where ids are new: ${round(freshRatio)}x`, ok: freshRatio <= 0.6 },
        { name: `a line with a finding ≤ 3.3x the floor of the same lines (issue 16's 8 µs): ${round(dirtyRatio)}x`, ok: dirtyRatio <= 3.3 },
        { name: `lines with times after 2033 within 1.1x of today's lines (issue 16): ${round(laterRatio)}x`, ok: laterRatio <= 1.1 },
      ],
      notes: [
        `${lines.length} lines, ${round(bytes, 0)} bytes on average, ${planted} with a planted secret`,
        `lines with a finding: ${dirtyLines.length}, ${round(dirtyBytes, 0)} bytes on average, measured apart in rounds of their own`,
        `fresh lines: a batch of ${batchSize} new lines per round, through a redactor that has seen ${quick ? '5,000' : '20,000'} others`,
        `fresh lines with a finding: a batch of ${dirtyBatchSize} new ones per round, through the same redactor`,
        `fresh lines with model ids: a batch of ${idBatchSize} clean lines with a response and a tool-call id each, per round, through the same redactor`,
      ],
    };
  },
};

export default scenario;
