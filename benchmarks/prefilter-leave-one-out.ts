// `node --expose-gc --import tsx benchmarks/prefilter-leave-one-out.ts [--quick] [--threshold=3]`: what each entry of the
// prefilter's RE2.Set costs a clean line: for each entry, the set a default redactor runs is built without it
// and timed against identical whole sets built with it (see share()), on clean agent lines. A fresh control
// per entry, rather than one for the whole run: a set built and used long before another measured 15% slower
// than an identical copy built later, more than any single entry costs. A screening pass over every entry is
// followed by a longer confirmation of the ones above half the threshold, and the run starts with whole sets
// in the variants' place (the noise).
// Entries above the threshold are listed; the exit code stays 0 (a measurement, not a check). About a minute
// (quick) or three on a quiet 2-core machine.
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
const full = build(-1);
const generated = [...agentLines(quick ? 300 : 600, 0, 21), ...agentLines(quick ? 100 : 200, 0, 22, AFTER_2033_MS)].map((entry) => Buffer.from(entry.line));
const lines = generated.filter((line) => !full.test(line));

/**
 * ns of this process's CPU time per line for one pass over the lines (three times over, so a pass lasts a
 * millisecond or more). CPU time rather than wall time: the time other processes take on a shared machine
 * does not count, which took the spread between identical sets from about 10% down to about 1%.
 */
function pass(set: RE2Set): number {
  const started = process.cpuUsage();
  let hits = 0;
  for (let repeat = 0; repeat < 3; repeat++) for (const line of lines) if (set.test(line)) hits++;
  const used = process.cpuUsage(started);
  // A set without one entry can only hit fewer lines than the full one, which hits none.
  if (hits > 0) throw new Error(`${hits} clean lines hit a set`);
  return ((used.user + used.system) * 1000) / (3 * lines.length);
}

/**
 * Share of a whole set's cost that the set without entry `skip` saves. `instances` whole sets and as many
 * without the entry are built alternately and measured in rotating order; each set's time is its fastest
 * round (other processes on a shared machine preempt whole passes, which a median of few rounds does not
 * survive). Several instances of each, because identical sets differ by up to 5-20% for their whole life
 * (the first set built in a process is the slowest), more than one entry should cost.
 */
function share(skip: number, rounds: number, instances: number): { share: number; control: number } {
  const sets: RE2Set[] = [];
  // Built in mirrored pairs (whole, without, without, whole, ...): a set built earlier measures slower, and the
  // mirror gives both kinds the same mean position.
  for (let k = 0; k < instances; k++) {
    if (k % 2 === 0) sets.push(build(-1), build(skip));
    else sets.push(build(skip), build(-1));
  }
  // Warm-up: each set builds its DFA states on first use, and passes kept getting faster for about three.
  for (let warm = 0; warm < 3; warm++) for (const set of sets) pass(set);
  const best = sets.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sets.length; k++) {
      const at = (round + k) % sets.length;
      best[at] = Math.min(best[at]!, pass(sets[at]!));
    }
  }
  const whole = (k: number) => (k % 2 === 0) === (Math.floor(k / 2) % 2 === 0);
  const mean = (kind: boolean) => best.filter((_, k) => whole(k) === kind).reduce((sum, ns) => sum + ns, 0) / instances;
  const control = mean(true);
  sets.length = 0;
  collect!();
  return { share: (control - mean(false)) / control, control };
}

// A throwaway set first: the first set a process builds is the slowest.
pass(build(-1));
const calibration = share(-1, 5, quick ? 3 : 4);
// What the threshold is a share of: a clean line through redactLine (set pass, encoding, JS), same clock.
const redactor = createRedactor();
const texts = lines.map((line) => line.toString('utf8'));
let lineNs = Infinity;
for (let round = 0; round < 8; round++) {
  const started = process.cpuUsage();
  for (let repeat = 0; repeat < 3; repeat++) for (const text of texts) redactor.redactLine(text);
  const used = process.cpuUsage(started);
  lineNs = Math.min(lineNs, ((used.user + used.system) * 1000) / (3 * texts.length));
}
/** An entry's share of the set pass, as a share of a whole clean line. */
const ofLine = (result: { share: number; control: number }): number => (result.share * result.control) / lineNs;
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

console.log(`prefilter leave-one-out${quick ? ' (quick)' : ''}: ${patterns.length} entries, ${lines.length} clean lines (${generated.length - lines.length} generated lines hit the set and were left out), threshold ${threshold * 100}%`);
console.log(`clean line in redactLine: ${lineNs.toFixed(0)} ns of CPU; the full set's pass: ${calibration.control.toFixed(0)} ns; an identical set in a variant's place measured ${percent(ofLine(calibration))} of a line apart (the noise)`);
console.log('shares below are of a whole clean line');

const screened: { index: number; share: number }[] = [];
const screenRounds = quick ? 3 : 5;
const CONFIRMED_AT_LEAST = quick ? 8 : 15;
const CONFIRMED_AT_MOST = quick ? 15 : 40;
for (let index = 0; index < patterns.length; index++) {
  screened.push({ index, share: ofLine(share(index, screenRounds, 2)) });
}
// The screening is noisy (see share()), so the entries it ranks highest, and any above half the threshold up
// to a bound, are measured again with more instances, twice; the smaller share is kept.
const ranked = [...screened].sort((a, b) => b.share - a.share);
const suspects = ranked.filter((entry, rank) => rank < CONFIRMED_AT_LEAST || (entry.share > threshold / 2 && rank < CONFIRMED_AT_MOST));
console.log(`screening (${screenRounds} rounds, 2 instances each): ${ranked.filter((entry) => entry.share > threshold / 2).length} entries above ${(threshold * 50).toFixed(1)}%; confirming ${suspects.length}`);

const confirmed: { name: string; share: number; pattern: string }[] = [];
for (const suspect of suspects) {
  const runs = [ofLine(share(suspect.index, 5, quick ? 3 : 4)), ofLine(share(suspect.index, 5, quick ? 3 : 4))];
  const result = Math.min(...runs);
  console.log(`  ${names[suspect.index]!.padEnd(36)} screened ${percent(suspect.share)}, confirmed ${runs.map(percent).join(' / ')}`);
  if (result > threshold) confirmed.push({ name: names[suspect.index]!, share: result, pattern: patterns[suspect.index]! });
}
const top = ranked.slice(0, 5);
console.log(`largest screened shares: ${top.map((entry) => `${names[entry.index]} ${percent(entry.share)}`).join(', ')}`);
if (confirmed.length === 0) console.log(`no entry costs more than ${threshold * 100}% of a clean line in both confirmations`);
for (const entry of confirmed) console.log(`COSTLY ${entry.name}: ${percent(entry.share)} of a clean line; pattern ${entry.pattern.slice(0, 160)}`);
