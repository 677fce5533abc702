// `node --expose-gc --import tsx benchmarks/prefilter-leave-one-out.ts [--quick] [--threshold=3]`: what each
// entry of the prefilter's RE2.Set costs a clean line. For each entry, the set a default redactor runs is
// built without it and timed against identical whole sets built beside it (see share()), on clean agent lines
// the sets have not seen (see below). Fresh controls per entry, rather than one for the whole run: a set built
// and used long before another measured 15% slower than an identical copy built later, more than any single
// entry costs. A screening pass over every entry is followed by a longer confirmation of the ones it ranks
// highest, and the run starts with whole sets in the variants' place (the noise). Entries above the threshold
// are listed; the exit code stays 0 (a measurement, not a check). A few minutes on a 2-core machine.
import RE2 from 're2';
import { createRedactor } from '../src/index.js';
import { sensitiveKeyAnchors } from '../src/engine/key-names.js';
import { PREFILTER_EXTRA_NAMES, prefilterPatterns } from '../src/engine/prefilter.js';
import { AFTER_2033_MS, agentLines } from './lib/agent-lines.js';

type RE2Set = InstanceType<typeof RE2.Set>;

// node-re2 does not tell V8 about a set's native memory (about 1.5 MB each here), so the thousands of sets
// this builds are only freed by forced collections: without them the process grew by gigabytes and the
// page faults showed up as the costliest entries.
const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) throw new Error('run with node --expose-gc');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const threshold = Number(args.find((arg) => arg.startsWith('--threshold='))?.slice(12) ?? 3) / 100;
const SET_MEMORY = 64 * 1024 * 1024;

const detectors = createRedactor().detectors;
const patterns = prefilterPatterns(detectors, sensitiveKeyAnchors(undefined, undefined));
const names = [...detectors.map((detector) => detector.id), ...PREFILTER_EXTRA_NAMES];
if (names.length !== patterns.length) throw new Error('prefilterPatterns and its names disagree');
const build = (skip: number): RE2Set => new RE2.Set(patterns.filter((_, i) => i !== skip), { maxMem: SET_MEMORY });

// Lines on the clean path only (the set finds nothing in them), today's and with pino times after 2033: that
// is the path this measures. A generated line without a planted value that the set still hits is left out.
// Fresh lines matter: RE2 builds DFA states as a text needs them, and real ids (trace ids, request ids, hex
// keys) are new on every line, so a set keeps meeting states it has not built. Streaming fresh agent lines
// through the whole set cost about 5x what the same lines cost once seen (9.7 against 1.8 us per line), and
// that excess came from the entries that are not plain keywords (literal entries alone: 1.4 us fresh). So
// every entry is timed on lines its sets have not seen, after one shared warm-up batch.
const full = build(-1);
const cleanBatch = (seed: number, size: number, start?: number): Buffer[] =>
  agentLines(size, 0, seed, start).map((entry) => Buffer.from(entry.line)).filter((line) => !full.test(line));
const BATCH = quick ? 200 : 300;
const warmUp = cleanBatch(21, BATCH);
const freshBatches = [cleanBatch(22, BATCH), cleanBatch(23, BATCH, AFTER_2033_MS), cleanBatch(24, BATCH)];
const lineCount = freshBatches.reduce((sum, batch) => sum + batch.length, 0);

/**
 * ns of this process's CPU time per line for one pass over `lines`. CPU time rather than wall time: the time
 * other processes take on a shared machine does not count, which took the spread between identical sets
 * from about 10% down to a few percent.
 */
function pass(set: RE2Set, lines: readonly Buffer[]): number {
  const started = process.cpuUsage();
  let hits = 0;
  for (const line of lines) if (set.test(line)) hits++;
  const used = process.cpuUsage(started);
  // A set without one entry can only hit fewer lines than the full one, which hits none.
  if (hits > 0) throw new Error(`${hits} clean lines hit a set`);
  return ((used.user + used.system) * 1000) / lines.length;
}

interface Share {
  /** Share of the whole set's cost on fresh lines that the set without the entry saves. */
  readonly share: number;
  /** The whole set's ns per fresh line, and per line seen before. */
  readonly control: number;
  readonly seenShare: number;
  readonly seenControl: number;
}

/**
 * What leaving entry `skip` out saves. `instances` whole sets and as many without the entry are built in
 * mirrored pairs (whole, without, without, whole, ...: a set built earlier measured slower than an identical
 * one built after it), all warmed on the same batch, then each meets every fresh batch once, in rotating
 * order. Then each runs the first fresh batch again, now seen, for the cost once states exist.
 */
function share(skip: number, instances: number): Share {
  const sets: RE2Set[] = [];
  const whole: boolean[] = [];
  for (let k = 0; k < instances; k++) {
    const pair = k % 2 === 0 ? [true, false] : [false, true];
    for (const kind of pair) {
      sets.push(build(kind ? -1 : skip));
      whole.push(kind);
    }
  }
  for (const set of sets) pass(set, warmUp);
  const fresh = sets.map(() => 0);
  freshBatches.forEach((batch, round) => {
    for (let k = 0; k < sets.length; k++) {
      const at = (round + k) % sets.length;
      fresh[at]! += (pass(sets[at]!, batch) * batch.length) / lineCount;
    }
  });
  const seen = sets.map(() => Infinity);
  for (let round = 0; round < 2; round++) for (let k = 0; k < sets.length; k++) seen[k] = Math.min(seen[k]!, pass(sets[k]!, freshBatches[0]!));
  const mean = (values: number[], kind: boolean) => values.filter((_, k) => whole[k] === kind).reduce((sum, ns) => sum + ns, 0) / instances;
  const control = mean(fresh, true);
  const seenControl = mean(seen, true);
  sets.length = 0;
  collect!();
  return { share: (control - mean(fresh, false)) / control, control, seenShare: (seenControl - mean(seen, false)) / seenControl, seenControl };
}

// A throwaway set first: the first set a process builds is the slowest.
pass(build(-1), warmUp);
const calibration = share(-1, quick ? 3 : 4);

// What the threshold is a share of: a clean line through redactLine (set pass, encoding, JS), same clock and
// same protocol (warmed on the warm-up batch, then fresh lines, then the first fresh batch again).
const redactor = createRedactor();
const asText = (batch: readonly Buffer[]): string[] => batch.map((line) => line.toString('utf8'));
const cpuPerLine = (texts: readonly string[]): number => {
  const started = process.cpuUsage();
  for (const text of texts) redactor.redactLine(text);
  const used = process.cpuUsage(started);
  return ((used.user + used.system) * 1000) / texts.length;
};
cpuPerLine(asText(warmUp));
const lineNs = freshBatches.reduce((sum, batch) => sum + (cpuPerLine(asText(batch)) * batch.length) / lineCount, 0);
const lineSeenNs = Math.min(cpuPerLine(asText(freshBatches[0]!)), cpuPerLine(asText(freshBatches[0]!)));
/** An entry's saving, as a share of a whole clean line (fresh, and seen). */
const ofLine = (result: Share): number => (result.share * result.control) / lineNs;
const ofSeenLine = (result: Share): number => (result.seenShare * result.seenControl) / lineSeenNs;
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

console.log(`prefilter leave-one-out${quick ? ' (quick)' : ''}: ${patterns.length} entries, ${lineCount} fresh clean lines per set, threshold ${threshold * 100}% of a fresh clean line`);
console.log(`clean line in redactLine: ${lineNs.toFixed(0)} ns of CPU fresh, ${lineSeenNs.toFixed(0)} ns seen again; the whole set's pass: ${calibration.control.toFixed(0)} ns fresh, ${calibration.seenControl.toFixed(0)} ns seen`);
console.log(`noise: an identical set in a variant's place measured ${percent(ofLine(calibration))} of a fresh line apart (${percent(ofSeenLine(calibration))} seen)`);

const screened: { index: number; share: number; seen: number }[] = [];
for (let index = 0; index < patterns.length; index++) {
  const result = share(index, 2);
  screened.push({ index, share: ofLine(result), seen: ofSeenLine(result) });
}
// The screening is noisy, so the entries it ranks highest, and any above half the threshold up to a bound,
// are measured again with more instances, twice; the smaller share is kept.
const CONFIRMED_AT_LEAST = quick ? 8 : 15;
const CONFIRMED_AT_MOST = quick ? 15 : 40;
const ranked = [...screened].sort((a, b) => b.share - a.share);
const suspects = ranked.filter((entry, rank) => rank < CONFIRMED_AT_LEAST || (entry.share > threshold / 2 && rank < CONFIRMED_AT_MOST));
console.log(`screening (2 instances each): ${ranked.filter((entry) => entry.share > threshold / 2).length} entries above ${(threshold * 50).toFixed(1)}%; confirming ${suspects.length}`);

const confirmed: { name: string; share: number; seen: number; pattern: string }[] = [];
for (const suspect of suspects) {
  const runs = [share(suspect.index, quick ? 3 : 4), share(suspect.index, quick ? 3 : 4)];
  const fresh = runs.map(ofLine);
  const seen = runs.map(ofSeenLine);
  console.log(`  ${names[suspect.index]!.padEnd(36)} screened ${percent(suspect.share)}, confirmed ${fresh.map(percent).join(' / ')} fresh, ${seen.map(percent).join(' / ')} seen`);
  if (Math.min(...fresh) > threshold) confirmed.push({ name: names[suspect.index]!, share: Math.min(...fresh), seen: Math.min(...seen), pattern: patterns[suspect.index]! });
}
if (confirmed.length === 0) console.log(`no entry costs more than ${threshold * 100}% of a fresh clean line in both confirmations`);
for (const entry of confirmed) console.log(`COSTLY ${entry.name}: ${percent(entry.share)} of a fresh clean line (${percent(entry.seen)} seen); pattern ${entry.pattern.slice(0, 160)}`);
