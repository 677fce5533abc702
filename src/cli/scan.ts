import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from './args.js';
import { redactorFromFlags } from './build-redactor.js';
import { inputSources, readLines } from './lines.js';
import { Progress } from './progress.js';
import { write } from './io.js';
import type { CliIo } from './io.js';

export const SCAN_HELP = `usage: logveil scan [options] [FILE...]

Reports where secrets and personal data are, one finding per line as FILE:LINE:COLUMN DETECTOR (never the
value). Exits 1 when anything was found, 0 when nothing was, 2 on a usage error.

${DETECTION_HELP}
`;

export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, DETECTION_OPTIONS);
  if (values.help === true) {
    await write(io.stdout, SCAN_HELP);
    return 0;
  }
  const sources = inputSources(positionals, io.stdin);
  const redactor = await redactorFromFlags(values);
  let total = 0;
  for (const source of sources) {
    const progress = new Progress(io.stderr as NodeJS.WriteStream, `scan ${source.name}`, source.size);
    let lineNumber = 0;
    for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes))) {
      lineNumber++;
      progress.line();
      const located = redactor.scan(line);
      for (const finding of located) {
        await write(io.stdout, `${source.name}:${lineNumber}:${finding.start + 1} ${finding.detector}\n`);
      }
      total += located.length;
      // What only the structured walk sees (sensitive keys, escaped text) has no column in the raw line:
      // it is reported at column 1, once per detector.
      const before = redactor.stats().findings;
      if (redactor.redactLine(line) === line) continue;
      const after = redactor.stats().findings;
      const seen = new Set(located.map((finding) => finding.detector));
      for (const [detector, count] of Object.entries(after)) {
        if (count > (before[detector] ?? 0) && !seen.has(detector)) {
          await write(io.stdout, `${source.name}:${lineNumber}:1 ${detector}\n`);
          total++;
        }
      }
    }
    progress.done();
  }
  return total > 0 ? 1 : 0;
}
