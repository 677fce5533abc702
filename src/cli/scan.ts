import { writeFileSync } from 'node:fs';
import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from '../command-line/args.js';
import { redactorFromFlags } from '../command-line/build-redactor.js';
import { CliError } from '../command-line/cli-error.js';
import { ALLOW_MARKER, fingerprintFinding, jsonReport, loadBaseline, sarifReport, textReport } from './findings-report.js';
import { compileGlob } from './glob.js';
import { LineWindow } from './line-window.js';
import type { LineUnit } from './line-window.js';
import { inputSources, readLines } from './lines.js';
import { Locator } from './locate.js';
import { Progress } from './progress.js';
import { IGNORE_FILE } from './walk.js';
import { brokenPipe, write } from '../command-line/io.js';
import { readIgnoreFileFlag } from './ignore-flag.js';
import type { ScanFinding, ScanSummary } from './findings-report.js';
import type { SetAside } from './lines.js';
import type { CliIo } from '../command-line/io.js';
import type { Redactor } from '../redactor.js';

export const SCAN_HELP = `usage: logveil scan [options] [PATH...]

Reports where secrets and personal data are, never the values. PATH may be a file, a directory (walked
recursively; .git is skipped, and so are binary files, which are counted), a .gz file (read decompressed), or -
for standard input. A PEM key or pretty-printed JSON document spanning lines is found whole (as by scrub).

Exit codes: 0 nothing found, 1 findings, 2 usage or I/O error (a file that cannot be read).

  --format text|json|sarif  text: FILE:LINE:COLUMN DETECTOR per finding, ordered (default); json: a report
                        with fingerprints (usable as a baseline); sarif: SARIF 2.1.0 for code scanning
  --report FILE         write the report to FILE instead of standard output
  --baseline FILE       ignore the findings of an earlier json report (matched by fingerprint)
  --exclude GLOB        skip paths matching GLOB (repeatable; *.log, build/**, tmp/)
  --ignore-file FILE    more globs to skip, one per line (${IGNORE_FILE} in a scanned directory is always read)

A line containing "${ALLOW_MARKER}" is not reported.

${DETECTION_HELP}
`;

const SCAN_OPTIONS = {
  ...DETECTION_OPTIONS,
  format: { type: 'string' },
  report: { type: 'string' },
  baseline: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'ignore-file': { type: 'string' },
} as const;

const FORMATS = new Set(['text', 'json', 'sarif']);

export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, SCAN_OPTIONS);
  if (values.help === true) {
    await write(io.stdout, SCAN_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!FORMATS.has(format)) throw new CliError(`scan: --format must be text, json or sarif (see: logveil scan --help)`, 2);
  const baseline = values.baseline === undefined ? new Set<string>() : loadBaseline(values.baseline);
  const exclude = [...(values.exclude ?? []).map(compileGlob), ...readIgnoreFileFlag(values['ignore-file'])];
  const setAside: SetAside = { binary: 0, other: 0, errors: [] };
  const sources = inputSources(positionals, io.stdin, { exclude, setAside });
  const locator = new Locator();
  // Built with a policy that marks each finding, so every layer's findings (raw text, sensitive keys in the
  // JSON walk, known secrets) are located in one pass; scan never prints redacted text.
  const redactor = await redactorFromFlags(values, { redaction: locator.policy() });
  const categories = new Map(redactor.detectors.map((detector) => [detector.id, detector.category]));
  const streaming = format === 'text' && values.report === undefined;
  const findings: ScanFinding[] = [];
  let reported = 0;
  let baselined = 0;
  let allowed = 0;
  let files = 0;
  try {
    for (const source of sources) {
      files++;
      const progress = new Progress(io.stderr as NodeJS.WriteStream, `scan ${source.name}`, source.size);
      try {
        const window = new LineWindow(redactor.detectors);
        const handle = async (unit: LineUnit): Promise<void> => {
          if (unit.kind === 'withheld') {
            // Past the window's bound: the block was reported where it opened; this line continues it.
            progress.line();
            return;
          }
          const located = locator.locate(redactor, unit.lines, unit.first);
          const occurrences = new Map<string, number>();
          for (const found of located) {
            if (unit.lines[found.line - unit.first]?.includes(ALLOW_MARKER) === true) {
              allowed++;
              continue;
            }
            const occurrence = occurrences.get(found.detector) ?? 0;
            occurrences.set(found.detector, occurrence + 1);
            const finding: ScanFinding = {
              path: source.name,
              line: found.line,
              column: found.column,
              detector: found.detector,
              category: categories.get(found.detector) ?? 'secret',
              fingerprint: fingerprintFinding(found.detector, source.name, locator.redactedText, occurrence),
            };
            if (baseline.has(finding.fingerprint)) {
              baselined++;
              continue;
            }
            reported++;
            brokenPipe.exitCode = 1;
            if (streaming) await write(io.stdout, textReport([finding]));
            else findings.push(finding);
          }
          for (let index = 0; index < unit.lines.length; index++) progress.line();
        };
        for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes))) {
          for (const unit of window.push(line)) await handle(unit);
        }
        for (const unit of window.end()) await handle(unit);
      } catch (error) {
        if (error instanceof CliError || (error as NodeJS.ErrnoException).code === 'EPIPE') throw error;
        // A file that fails while being read (a corrupt .gz, a read error) is reported; the scan goes on.
        setAside.errors.push(`${source.name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]})`);
      }
      progress.done();
    }
  } catch (error) {
    // A reader that went away (`logveil scan . | head -1`) has seen findings: the exit code still says so.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return reported > 0 ? 1 : 0;
    throw error;
  }
  const summary: ScanSummary = { files, skippedBinary: setAside.binary, skippedOther: setAside.other, errors: setAside.errors.length, baselined, allowed };
  if (!streaming) {
    const report =
      format === 'sarif'
        ? sarifReport(findings, '0.1.0', (id) => describe(redactor, id))
        : format === 'json'
          ? jsonReport(findings, summary)
          : textReport(findings);
    if (values.report === undefined) await write(io.stdout, report);
    else writeReport(values.report, report);
  }
  for (const message of setAside.errors) await write(io.stderr, `logveil: ${message}\n`);
  if (setAside.binary > 0 || baselined > 0 || allowed > 0) {
    const parts = [setAside.binary > 0 ? `${setAside.binary} binary file(s) skipped` : '', baselined > 0 ? `${baselined} finding(s) in the baseline` : '', allowed > 0 ? `${allowed} allowed by ${ALLOW_MARKER}` : ''];
    await write(io.stderr, `logveil: scanned ${files} file(s); ${parts.filter(Boolean).join(', ')}\n`);
  }
  if (setAside.errors.length > 0) return 2;
  return reported > 0 ? 1 : 0;
}

function writeReport(path: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (error) {
    throw new CliError(`--report ${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 2);
  }
}

function describe(redactor: Redactor, id: string): string {
  if (id === 'sensitive-key') return 'A value stored under a sensitive key name (password, token, authorization, ...)';
  if (id === 'known-secret') return "One of the agent's own registered secrets";
  return redactor.detectors.find((detector) => detector.id === id)?.description ?? id;
}
