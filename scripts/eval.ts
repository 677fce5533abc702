// `npm run eval`: scores the default detector set (createRedactor() with no options) on
//   - ../shared/corpora/gitleaks-cases.jsonl and secretlint-cases.jsonl (each text as the msg of a pino line; a tp is
//     caught when the line changed, an fp is kept when it did not), skipped with a note when absent;
//   - the project's own labelled corpus (benchmarks/lib/labelled-corpus.ts).
// Prints overall and per-rule rates, the misses by rule id and row (never the text), and MET/MISSED per goal. The
// shared corpora are scored twice: over every row, and with the rows whose label we dispute left out
// (scripts/eval-disputed.ts, listed with reasons in docs/corpus-labels.md).
// Exits non-zero only when something crashes, not when a goal is missed.
//
// Options: --corpora DIR (default ../shared/corpora, or LOGVEIL_CORPORA), --misses-only (per-rule lines only for
// rules with misses), --seed N (own corpus seed).
import { join } from 'node:path';
import { builtinDetectors } from '../detectors/index.js';
import { labelledCorpus, scoreLabelledCorpus } from '../benchmarks/lib/labelled-corpus.js';
import { createRedactor } from '../src/redactor.js';
import { EXTERNAL_CORPORA, corporaDir, leaveOut, loadExternalCorpus, ratio, scoreExternal } from './eval-corpora.js';
import type { ExternalRow, ExternalScore, Tally } from './eval-corpora.js';
import { disputedIn } from './eval-disputed.js';

interface Goal {
  readonly name: string;
  readonly value: number | undefined;
  readonly test: (value: number) => boolean;
  readonly target: string;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const missesOnly = process.argv.includes('--misses-only');
const dir = argument('--corpora') ?? corporaDir();
const seed = argument('--seed') === undefined ? undefined : Number(argument('--seed'));
const redactor = createRedactor();
const redactLine = (line: string): string => redactor.redactLine(line);
const goals: Goal[] = [];
const percent = (value: number | undefined): string => (value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`);
const share = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : part / whole);

/** Row numbers, at most 12, then how many more. */
function rows(list: readonly number[]): string {
  const shown = list.slice(0, 12).join(',');
  return list.length > 12 ? `${shown} +${list.length - 12} more` : shown;
}

function printExternal(name: string, score: ExternalScore): void {
  const { all, generated, handwritten } = score;
  console.log(`\n## ${name}`);
  console.log(`tp caught:   ${ratio(all.caught, all.tp)}   (hand-written ${ratio(handwritten.caught, handwritten.tp)}, generated ${ratio(generated.caught, generated.tp)})`);
  console.log(`fp flagged:  ${ratio(all.flagged, all.fp)}   (hand-written ${ratio(handwritten.flagged, handwritten.fp)}, generated ${ratio(generated.flagged, generated.fp)})`);
  if (score.invalidJson.length > 0) console.log(`INVALID JSON after redaction: rows ${rows(score.invalidJson)}`);
  const byDetector = [...score.fpDetectors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (byDetector.length > 0) console.log(`fp rows changed, by our detector: ${byDetector.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  const cross = score.fpThatAreTp;
  if (cross.total > 0) {
    console.log(
      `fp rows that are verbatim another rule's tp: ${cross.total}, ${cross.flagged} changed; ` +
        `without them fp flagged is ${ratio(all.flagged - cross.flagged, all.fp - cross.total)}`,
    );
  }
  console.log(`\nper rule (tp caught, fp flagged; misses by row number in the file):`);
  for (const rule of score.rules) {
    const bad = rule.missed.length + rule.overflagged.length;
    if (missesOnly && bad === 0) continue;
    const parts = [`${rule.rule.padEnd(34)} tp ${`${rule.caught}/${rule.tp}`.padEnd(7)} fp ${`${rule.flagged}/${rule.fp}`.padEnd(6)}`];
    if (rule.missed.length > 0) parts.push(`missed tp rows ${rows(rule.missed)}`);
    if (rule.overflagged.length > 0) parts.push(`flagged fp rows ${rows(rule.overflagged)}`);
    console.log(`  ${parts.join('  ')}`);
  }
}

/** Prints the rates with the disputed rows left out, what was left out by kind, and stale entries; returns the tally. */
function printDisputed(file: string, rows: readonly ExternalRow[], score: ExternalScore): Tally {
  const disputed = disputedIn(file, rows);
  const kept = leaveOut(rows, score, new Set(disputed.rows.keys()));
  const kinds = new Map<string, { tp: number; fp: number }>();
  for (const row of rows) {
    const kind = disputed.rows.get(row.row);
    if (kind === undefined) continue;
    const count = kinds.get(kind) ?? { tp: 0, fp: 0 };
    count[row.label]++;
    kinds.set(kind, count);
  }
  console.log(`\nwith the ${disputed.rows.size} rows of disputed labels left out (docs/corpus-labels.md):`);
  console.log(`  tp caught:   ${ratio(kept.caught, kept.tp)}`);
  console.log(`  fp flagged:  ${ratio(kept.flagged, kept.fp)}`);
  console.log(`  left out: ${[...kinds].map(([kind, count]) => `${kind} (${count.tp} tp, ${count.fp} fp)`).join(', ') || 'none'}`);
  if (disputed.stale.length > 0) console.log(`  STALE disputes (rule or label changed, not left out): ${disputed.stale.slice(0, 12).join('; ')}`);
  return kept;
}

console.log(`logveil eval: default detector set (${redactor.detectorIds.length} of ${builtinDetectors.length} built-in detectors)`);

for (const file of EXTERNAL_CORPORA) {
  const path = join(dir, file);
  const loaded = loadExternalCorpus(path);
  if (loaded === undefined) {
    console.log(`\n## ${file}\nskipped: ${path} is absent (the shared corpora live beside the checkout; set --corpora or LOGVEIL_CORPORA)`);
    goals.push({ name: `${file} scored`, value: undefined, test: () => false, target: 'all' });
    continue;
  }
  const score = scoreExternal(loaded, redactLine);
  printExternal(file, score);
  const kept = printDisputed(file, loaded, score);
  const name = file.replace(/-cases\.jsonl$/, '');
  const [tpGoal, fpGoal] = file.startsWith('gitleaks') ? [0.98, 0.95] : [0.9, 0.95];
  for (const [tally, note] of [[score.all, ''], [kept, ', disputed rows left out']] as const) {
    goals.push({ name: `${name} tp caught${note}`, value: share(tally.caught, tally.tp), test: (v) => v >= tpGoal, target: `>= ${100 * tpGoal}%` });
    goals.push({ name: `${name} fp left alone${note}`, value: share(tally.fp - tally.flagged, tally.fp), test: (v) => v >= fpGoal, target: `>= ${100 * fpGoal}%` });
  }
  goals.push({ name: `${file} redacted lines are valid JSON`, value: score.invalidJson.length === 0 ? 1 : 0, test: (v) => v === 1, target: 'all' });
}

const cases = labelledCorpus({ detectors: builtinDetectors, ...(seed === undefined ? {} : { seed }) });
const own = scoreLabelledCorpus(cases, redactLine);
console.log(`\n## own labelled corpus (benchmarks/lib/labelled-corpus.ts, ${cases.length} lines)`);
console.log(`secrets removed:         ${ratio(own.secrets.caught, own.secrets.total)}`);
console.log(`PII removed:             ${ratio(own.pii.caught, own.pii.total)}`);
console.log(`hard negatives untouched: ${ratio(own.negatives.untouched, own.negatives.total)}`);
console.log(`ids that must stay lost: ${own.collateral.length === 0 ? 'none' : `cases ${rows(own.collateral)}`}`);
if (own.invalidJson.length > 0) console.log(`INVALID JSON after redaction: cases ${rows(own.invalidJson)}`);
console.log(`\nper rule (passed/total; failed case indices):`);
for (const rule of own.rules) {
  if (missesOnly && rule.failed.length === 0) continue;
  const failed = rule.failed.length > 0 ? `  failed cases ${rows(rule.failed)}` : '';
  console.log(`  ${rule.rule.padEnd(36)} ${`${rule.passed}/${rule.total}`.padEnd(8)}${failed}`);
}
goals.push({ name: 'own corpus secret recall', value: share(own.secrets.caught, own.secrets.total), test: (v) => v >= 0.995, target: '>= 99.5%' });
goals.push({ name: 'own corpus PII recall', value: share(own.pii.caught, own.pii.total), test: (v) => v >= 0.99, target: '>= 99%' });
goals.push({ name: 'own corpus hard negatives untouched', value: share(own.negatives.untouched, own.negatives.total), test: (v) => v === 1, target: '100%' });

console.log('\n## goals');
for (const goal of goals) {
  const status = goal.value === undefined ? 'SKIPPED' : goal.test(goal.value) ? 'MET    ' : 'MISSED ';
  const shown = goal.target === 'all' ? (goal.value === 1 ? 'yes' : 'no') : percent(goal.value);
  console.log(`${status} ${goal.name}: ${shown} (goal ${goal.target})`);
}
