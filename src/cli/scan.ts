import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from './args.js';
import { redactorFromFlags } from './build-redactor.js';
import type { LineUnit } from './line-window.js';
import { LineWindow } from './line-window.js';
import { inputSources, readLines } from './lines.js';
import { Locator } from './locate.js';
import { Progress } from './progress.js';
import { write } from './io.js';
import type { CliIo } from './io.js';

export const SCAN_HELP = `usage: logveil scan [options] [FILE...]

Reports where secrets and personal data are, one finding per line as FILE:LINE:COLUMN DETECTOR (never the
value), ordered by line and column. A PEM key or pretty-printed JSON document spanning lines is scanned whole
(as by scrub). Exits 1 when anything was found, 0 when nothing was, 2 on a usage error.

${DETECTION_HELP}
`;

export async function scanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, DETECTION_OPTIONS);
  if (values.help === true) {
    await write(io.stdout, SCAN_HELP);
    return 0;
  }
  const sources = inputSources(positionals, io.stdin);
  const locator = new Locator();
  // Built with a policy that marks each finding, so every layer's findings (raw text, sensitive keys in the
  // JSON walk, known secrets) are located in one pass; scan never prints redacted text.
  const redactor = await redactorFromFlags(values, { redaction: locator.policy() });
  let total = 0;
  for (const source of sources) {
    const progress = new Progress(io.stderr as NodeJS.WriteStream, `scan ${source.name}`, source.size);
    const window = new LineWindow(redactor.detectors);
    const report = async (units: readonly LineUnit[]): Promise<void> => {
      for (const unit of units) {
        // A withheld line (past the window's bound) continues a block reported where it opened.
        if (unit.kind === 'lines') {
          for (const found of locator.locate(redactor, unit.lines, unit.first)) {
            await write(io.stdout, `${source.name}:${found.line}:${found.column} ${found.detector}\n`);
            total++;
          }
        }
        for (let index = unit.kind === 'lines' ? unit.lines.length : 1; index > 0; index--) progress.line();
      }
    };
    for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes))) await report(window.push(line));
    await report(window.end());
    progress.done();
  }
  return total > 0 ? 1 : 0;
}
