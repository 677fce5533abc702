import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from './args.js';
import { redactorFromFlags } from './build-redactor.js';
import { CONTINUED_MARKER, redactBlock, splitEol } from './blocks.js';
import type { LineUnit } from './line-window.js';
import { LineWindow, MAX_BLOCK_CHARS, MAX_BLOCK_LINES } from './line-window.js';
import { inputSources, readLines } from './lines.js';
import { Progress } from './progress.js';
import { write } from './io.js';
import type { CliIo } from './io.js';
import type { Redactor } from '../redactor.js';

export const SCRUB_HELP = `usage: logveil scrub [options] [FILE...]

Scrubs secrets and personal data from log files (or standard input) and writes the result to standard
output: exactly one output line per input line, in order. JSON lines stay valid JSON.

A block that spans lines is scanned whole: a PEM private key, and a pretty-printed JSON document (a line
ending in { or [ up to the line that balances it). A block is held for at most ${MAX_BLOCK_LINES} lines or ${MAX_BLOCK_CHARS / 1024 / 1024} MiB;
an unterminated key past that is withheld line by line. Lines a redaction swallowed read ${CONTINUED_MARKER}.

${DETECTION_HELP}
  --stats               print a JSON summary (lines, findings per detector) to standard error
`;

export async function scrubCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scrub', args, { ...DETECTION_OPTIONS, stats: { type: 'boolean' } });
  if (values.help === true) {
    await write(io.stdout, SCRUB_HELP);
    return 0;
  }
  const sources = inputSources(positionals, io.stdin);
  const redactor = await redactorFromFlags(values);
  const started = process.hrtime.bigint();
  let lines = 0;
  let changed = 0;
  for (const source of sources) {
    const progress = new Progress(io.stderr as NodeJS.WriteStream, `scrub ${source.name}`, source.size);
    const window = new LineWindow(redactor.detectors);
    const emit = async (units: readonly LineUnit[]): Promise<void> => {
      for (const unit of units) {
        const inputs = unit.kind === 'withheld' ? [unit.line] : unit.lines;
        const outputs = scrubUnit(redactor, unit);
        for (let index = 0; index < inputs.length; index++) {
          lines++;
          if (outputs[index] !== inputs[index]) changed++;
          await write(io.stdout, outputs[index]!);
          progress.line();
        }
      }
    };
    for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes))) await emit(window.push(line));
    await emit(window.end());
    progress.done();
  }
  if (values.stats === true) {
    const stats = redactor.stats();
    const summary = {
      lines,
      changedLines: changed,
      findings: stats.findings,
      categories: stats.categories,
      detectorErrors: stats.detectorErrors,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
    await write(io.stderr, `${JSON.stringify(summary)}\n`);
  }
  return 0;
}

/** One output line per input line of a unit. */
function scrubUnit(redactor: Redactor, unit: LineUnit): string[] {
  // Past the window's bound, a line of an unterminated key: never echoed.
  if (unit.kind === 'withheld') return [`[REDACTED:${unit.detector}]${splitEol(unit.line)[1]}`];
  return redactBlock(redactor, unit.lines);
}
