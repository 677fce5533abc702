// Scoring for `npm run eval`: other tools' labelled cases (gitleaks, secretlint) and the project's own corpus.
// Kept apart from the CLI so that tests can score the same way.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One row of `../shared/corpora/*.jsonl`: a sample that `rule` of the source tool should (tp) or should not (fp) find. */
export interface ExternalRow {
  /** 1-based line number in the file: what reports name instead of the text. */
  readonly row: number;
  readonly rule: string;
  readonly label: 'tp' | 'fp';
  readonly text: string;
  /** gitleaks: generated from its own regex rather than written by hand. */
  readonly generated: boolean;
}

export interface ExternalRuleScore {
  readonly rule: string;
  tp: number;
  caught: number;
  fp: number;
  flagged: number;
  /** Rows of true positives left unchanged. */
  readonly missed: number[];
  /** Rows of false positives that were changed. */
  readonly overflagged: number[];
}

export interface Tally {
  tp: number;
  caught: number;
  fp: number;
  flagged: number;
}

export interface ExternalScore {
  readonly all: Tally;
  readonly generated: Tally;
  readonly handwritten: Tally;
  readonly rules: readonly ExternalRuleScore[];
  /** Rows whose redacted line was not valid JSON. */
  readonly invalidJson: readonly number[];
  /** Our detectors that changed `fp` rows, with how many rows each (from the `[REDACTED:<id>]` placeholders). */
  readonly fpDetectors: ReadonlyMap<string, number>;
  /** `fp` rows whose text is, verbatim, a `tp` of another rule (a secret of another kind), and how many were changed. */
  readonly fpThatAreTp: { total: number; flagged: number };
}

/** `../shared/corpora` beside the checkout, unless LOGVEIL_CORPORA names another folder. */
export function corporaDir(): string {
  return process.env.LOGVEIL_CORPORA ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/corpora');
}

export const EXTERNAL_CORPORA = ['gitleaks-cases.jsonl', 'secretlint-cases.jsonl'] as const;

/** The rows of a corpus file, or undefined when the file is absent. */
export function loadExternalCorpus(path: string): ExternalRow[] | undefined {
  if (!existsSync(path)) return undefined;
  const rows: ExternalRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      const parsed = JSON.parse(text) as { rule?: unknown; label?: unknown; text?: unknown; generated?: unknown };
      if (typeof parsed.text !== 'string' || (parsed.label !== 'tp' && parsed.label !== 'fp')) {
        throw new Error(`${path}:${index + 1}: expected {"rule", "label": "tp" | "fp", "text"}`);
      }
      rows.push({ row: index + 1, rule: String(parsed.rule ?? '?'), label: parsed.label, text: parsed.text, generated: parsed.generated === true });
    });
  return rows;
}

/** The sample as the `msg` of a pino line, as an agent's logger would write it. */
export function asPinoLine(text: string): string {
  return JSON.stringify({ level: 30, time: 1732370400000, pid: 4242, hostname: 'agent-7', msg: text });
}

const tally = (): Tally => ({ tp: 0, caught: 0, fp: 0, flagged: 0 });

/** A `tp` counts as caught when the line changed, an `fp` as flagged when it changed. */
export function scoreExternal(rows: readonly ExternalRow[], redactLine: (line: string) => string): ExternalScore {
  const all = tally();
  const generated = tally();
  const handwritten = tally();
  const rules = new Map<string, ExternalRuleScore>();
  const invalidJson: number[] = [];
  const fpDetectors = new Map<string, number>();
  const tpTexts = new Set(rows.filter((row) => row.label === 'tp').map((row) => row.text.trim()));
  const fpThatAreTp = { total: 0, flagged: 0 };
  for (const row of rows) {
    const line = asPinoLine(row.text);
    const output = redactLine(line);
    const changed = output !== line;
    if (changed) {
      try {
        JSON.parse(output);
      } catch {
        invalidJson.push(row.row);
      }
    }
    let rule = rules.get(row.rule);
    if (rule === undefined) {
      rule = { rule: row.rule, tp: 0, caught: 0, fp: 0, flagged: 0, missed: [], overflagged: [] };
      rules.set(row.rule, rule);
    }
    for (const target of [all, row.generated ? generated : handwritten]) {
      if (row.label === 'tp') {
        target.tp++;
        if (changed) target.caught++;
      } else {
        target.fp++;
        if (changed) target.flagged++;
      }
    }
    if (row.label === 'tp') {
      rule.tp++;
      if (changed) rule.caught++;
      else rule.missed.push(row.row);
    } else {
      rule.fp++;
      const alsoTp = tpTexts.has(row.text.trim());
      if (alsoTp) fpThatAreTp.total++;
      if (alsoTp && changed) fpThatAreTp.flagged++;
      if (changed) {
        rule.flagged++;
        rule.overflagged.push(row.row);
        for (const id of new Set([...output.matchAll(/\[REDACTED:([a-z0-9-]+)\]/g)].map((match) => match[1]!))) {
          fpDetectors.set(id, (fpDetectors.get(id) ?? 0) + 1);
        }
      }
    }
  }
  return { all, generated, handwritten, invalidJson, fpDetectors, fpThatAreTp, rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)) };
}

/** `a/b (p%)`, with `-` for an empty denominator. */
export function ratio(part: number, whole: number): string {
  return whole === 0 ? '-' : `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`;
}

export function rate(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * The overall tally with some rows left out (the disputed labels of scripts/eval-disputed.ts), from a score already
 * computed: a left-out tp leaves the caught count unless it was missed, a left-out fp the flagged count if it was
 * flagged.
 */
export function leaveOut(rows: readonly ExternalRow[], score: ExternalScore, out: ReadonlySet<number>): Tally {
  const missed = new Set(score.rules.flatMap((rule) => rule.missed));
  const flagged = new Set(score.rules.flatMap((rule) => rule.overflagged));
  const tally = { ...score.all };
  for (const row of rows) {
    if (!out.has(row.row)) continue;
    if (row.label === 'tp') {
      tally.tp--;
      if (!missed.has(row.row)) tally.caught--;
    } else {
      tally.fp--;
      if (flagged.has(row.row)) tally.flagged--;
    }
  }
  return tally;
}
