import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from './args.js';
import { redactorFromFlags } from './build-redactor.js';
import { inputSources, readLines } from './lines.js';
import { Progress } from './progress.js';
import { write } from './io.js';
import type { CliIo } from './io.js';

export const SCRUB_HELP = `usage: logveil scrub [options] [FILE...]

Scrubs secrets and personal data from log files (or standard input) and writes the result to standard
output: exactly one output line per input line, in order. JSON lines stay valid JSON.

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
    for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes))) {
      const output = redactor.redactLine(line);
      lines++;
      if (output !== line) changed++;
      await write(io.stdout, output);
      progress.line();
    }
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
