import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CliError, unreadable } from '../command-line/cli-error.js';

/** One finding of `logveil scan`, as every report format sees it: where and what, never the value. */
export interface ScanFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly detector: string;
  readonly category: string;
  /** Stable across runs and not reversible to the value (see fingerprintFinding). */
  readonly fingerprint: string;
}

/**
 * A finding's fingerprint: SHA-256 of the detector, the file's path, the line as it reads once redacted, and
 * which occurrence of that detector on the line it is. The value itself never enters it, so a fingerprint in a
 * baseline or a SARIF upload cannot be checked against guesses of the secret; the redacted line ties it to its
 * place, so the same finding keeps its fingerprint when lines above it are added or removed.
 */
export function fingerprintFinding(detector: string, path: string, redactedLine: string, occurrence: number): string {
  return createHash('sha256').update(`logveil-fingerprint-v1\0${detector}\0${path}\0${redactedLine.trim()}\0${occurrence}`).digest('hex').slice(0, 32);
}

/** The marker that tells `scan` to ignore the findings of its own line, as other secret scanners allow. */
export const ALLOW_MARKER = 'logveil:allow';

/** Fingerprints recorded in a baseline: a report written earlier by `scan --format json`. */
export function loadBaseline(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`--baseline ${path}: ${unreadable(error)}`, 2);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`--baseline ${path}: not JSON (write one with: logveil scan --format json --report FILE)`, 2);
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if (!Array.isArray(findings) || findings.some((entry) => typeof (entry as { fingerprint?: unknown })?.fingerprint !== 'string')) {
    throw new CliError(`--baseline ${path}: expected a "findings" array of objects with a "fingerprint" (from scan --format json)`, 2);
  }
  return new Set(findings.map((entry) => (entry as { fingerprint: string }).fingerprint));
}

export interface ScanSummary {
  readonly files: number;
  readonly skippedBinary: number;
  readonly skippedOther: number;
  readonly errors: number;
  readonly baselined: number;
  readonly allowed: number;
}

export function textReport(findings: readonly ScanFinding[]): string {
  return findings.map((finding) => `${finding.path}:${finding.line}:${finding.column} ${finding.detector}\n`).join('');
}

export function jsonReport(findings: readonly ScanFinding[], summary: ScanSummary): string {
  return `${JSON.stringify({ version: 1, tool: 'logveil', summary, findings }, null, 2)}\n`;
}

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: one rule per detector that found something, one result per
 * finding with a line and column, and the fingerprint as a partial fingerprint so that code scanning tracks a
 * finding across commits. URIs are the paths as given on the command line, relative when they were.
 */
export function sarifReport(findings: readonly ScanFinding[], version: string, describe: (detector: string) => string): string {
  const detectors = [...new Set(findings.map((finding) => finding.detector))].sort();
  const ruleIndex = new Map(detectors.map((id, index) => [id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'logveil',
            version,
            rules: detectors.map((id) => ({
              id,
              name: id,
              shortDescription: { text: describe(id) },
              defaultConfiguration: { level: 'error' },
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.detector,
          ruleIndex: ruleIndex.get(finding.detector),
          level: 'error',
          message: { text: `${finding.category === 'pii' ? 'Personal data' : 'A secret'} (${finding.detector}) was found here. The value is not shown.` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.path.split('\\').join('/') },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          partialFingerprints: { 'logveil/v1': finding.fingerprint },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
