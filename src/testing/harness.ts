import RE2 from 're2';
import { LOG_CONTEXTS } from './contexts.js';
import { createRedactor } from '../redactor.js';
import { defineDetector } from '../engine/detector.js';
import type { Detector, DetectorDefinition } from '../engine/detector.js';
import type { LogContext } from './contexts.js';

export interface SampleFailure {
  readonly detector: string;
  readonly expectation: 'found' | 'ignored' | 'valid JSON' | 'keyword';
  /** Index of the sample in its list; the sample itself is not repeated, as it may look like a real secret. */
  readonly sample: number;
  readonly context: string;
}

export interface SampleReport {
  readonly detector: string;
  readonly checks: number;
  readonly failures: readonly SampleFailure[];
}

/**
 * Runs a detector's own samples inside every log-shaped context, with only that detector enabled and the
 * key classifier off: each positive must change the output (and JSON lines must stay valid JSON), each
 * negative must leave it byte for byte as it was. Also checks the keyword contract on positives.
 */
export function runDetectorSamples(
  definition: DetectorDefinition | Detector,
  contexts: readonly LogContext[] = LOG_CONTEXTS,
): SampleReport {
  const detector = 'regex' in definition ? (definition as Detector) : defineDetector(definition);
  const redactor = createRedactor({ builtins: false, detectors: [detector], keyNames: false });
  const failures: SampleFailure[] = [];
  let checks = 0;
  const run = (context: LogContext, text: string): string =>
    context.kind === 'line' ? redactor.redactLine(text) : redactor.redactString(text);

  detector.samples.positive.forEach((sample, index) => {
    checks++;
    if (!satisfiesPrefilter(detector, sample)) {
      failures.push({ detector: detector.id, expectation: 'keyword', sample: index, context: 'plain text' });
    }
    for (const context of contexts) {
      if (!context.applies(sample)) continue;
      checks++;
      const input = context.wrap(sample);
      const output = run(context, input);
      if (output === input) failures.push({ detector: detector.id, expectation: 'found', sample: index, context: context.name });
      if (context.kind === 'line' && !isJson(output)) {
        failures.push({ detector: detector.id, expectation: 'valid JSON', sample: index, context: context.name });
      }
    }
  });
  detector.samples.negative.forEach((sample, index) => {
    for (const context of contexts) {
      if (!context.applies(sample)) continue;
      checks++;
      const input = context.wrap(sample);
      if (run(context, input) !== input) {
        failures.push({ detector: detector.id, expectation: 'ignored', sample: index, context: context.name });
      }
    }
  });
  return { detector: detector.id, checks, failures };
}

/** The prefilter contract, checked on a sample: its trigger matches, or it holds a keyword or a long digit run. */
export function satisfiesPrefilter(detector: Detector, sample: string): boolean {
  if (detector.trigger !== undefined) return new RE2(detector.trigger).test(sample);
  const lower = sample.toLowerCase();
  if (detector.keywords.some((keyword) => lower.includes(keyword))) return true;
  return detector.digits !== undefined && (sample.match(/\d/g)?.length ?? 0) >= detector.digits.min;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One line per failure, naming detector, sample index, context and what was expected. */
export function formatFailures(report: SampleReport): string {
  return report.failures
    .map((failure) => {
      const list = failure.expectation === 'ignored' ? 'negative' : 'positive';
      return `${failure.detector}: ${list} sample #${failure.sample} in ${failure.context}: expected ${failure.expectation}`;
    })
    .join('\n');
}
