/**
 * The one verdict every entry point must reach on a case: no secret substring anywhere in what it let out,
 * every benign substring still there, and a clean case handed back as it came.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Case } from './cases/index.js';

/** A position a `scan`-like door reported (1-based line and column). */
export interface Located {
  readonly line: number;
  readonly column: number;
  readonly detector: string;
}

/** What one door made of one case. A runner fills in what its door gives. */
export interface Observation {
  /** The door's text output for this case (a line, a message, an attribute value). */
  readonly text?: string;
  /** The door's structured output (a log body, `redactValue`'s result, a parsed line). */
  readonly value?: unknown;
  /** For doors that report instead of rewriting (`logveil scan`): what they found. */
  readonly findings?: readonly Located[];
  /** The door failed on this case (thrown, crashed, lost the output). */
  readonly error?: string;
}

/** Depth to which JSON found inside strings is decoded when searching an output for a leak. */
const MAX_NESTED_JSON = 4;

/**
 * Every string in an output: the texts themselves, keys, numbers as written, and the decoded strings of any
 * JSON they hold (a secret JSON-escaped once or twice appears raw only once decoded).
 */
export function outputStrings(observation: Observation): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      out.push(value);
      const first = value.trimStart()[0];
      if (depth < MAX_NESTED_JSON && (first === '{' || first === '[' || first === '"')) {
        try {
          walk(JSON.parse(value), depth + 1);
        } catch {
          // not JSON: the raw string is already searched
        }
      }
      return;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      out.push(String(value));
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) for (const item of value) walk(item, depth);
    else {
      for (const [key, item] of Object.entries(value)) {
        out.push(key);
        walk(item, depth);
      }
    }
  };
  if (observation.text !== undefined) walk(observation.text, 0);
  if (observation.value !== undefined) {
    walk(observation.value, 0);
    try {
      out.push(JSON.stringify(observation.value));
    } catch {
      // not serializable: its parts were walked
    }
  }
  return out;
}

/** Problems with an observation, as short sentences that never quote a secret; empty when the case passes. */
export function judge(testCase: Case, observation: Observation): string[] {
  if (observation.error !== undefined) return [`the door failed: ${observation.error}`];
  if (observation.findings !== undefined) return judgeFindings(testCase, observation.findings);
  const problems: string[] = [];
  const strings = outputStrings(observation);
  testCase.secrets.forEach((secret, index) => {
    if (strings.some((text) => text.includes(secret))) problems.push(`secret #${index + 1} (${secret.length} chars) survived`);
  });
  for (const benign of testCase.keep) {
    if (!strings.some((text) => text.includes(benign))) problems.push(`benign text ${JSON.stringify(benign)} did not survive`);
  }
  if (testCase.unchanged && !sameAsInput(testCase, observation)) problems.push('a clean input came back changed');
  return problems;
}

function sameAsInput(testCase: Case, observation: Observation): boolean {
  if (testCase.shape === 'value') {
    let value = observation.value;
    if (value === undefined && observation.text !== undefined) {
      try {
        value = JSON.parse(observation.text);
      } catch {
        return false;
      }
    }
    return isDeepStrictEqual(value, testCase.input);
  }
  return observation.text === testCase.input;
}

/** A reporting door agrees when it reports a case with secrets, stays silent on a clean one, and reports in order. */
function judgeFindings(testCase: Case, findings: readonly Located[]): string[] {
  const problems: string[] = [];
  if (testCase.secrets.length > 0 && findings.length === 0) problems.push('nothing reported for a case that holds secrets');
  if (testCase.unchanged && findings.length > 0) {
    problems.push(`reported ${findings.map((finding) => finding.detector).join(', ')} on a clean input`);
  }
  for (let i = 1; i < findings.length; i++) {
    const before = findings[i - 1]!;
    const after = findings[i]!;
    if (after.line < before.line || (after.line === before.line && after.column < before.column)) {
      problems.push(`findings out of order (${before.line}:${before.column} ${before.detector} before ${after.line}:${after.column} ${after.detector})`);
      break;
    }
  }
  return problems;
}
