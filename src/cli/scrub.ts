import { lstatSync, realpathSync } from 'node:fs';
import { createGzip, gzipSync } from 'node:zlib';
import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from '../command-line/args.js';
import { AtomicFile } from './atomic-write.js';
import { redactorFromFlags } from '../command-line/build-redactor.js';
import { CONTINUED_MARKER, redactBlock, splitEol } from './blocks.js';
import { CliError } from '../command-line/cli-error.js';
import { compileGlob } from './glob.js';
import { readIgnoreFileFlag } from './ignore-flag.js';
import { LineWindow, MAX_BLOCK_CHARS, MAX_BLOCK_LINES } from './line-window.js';
import type { LineUnit } from './line-window.js';
import { RawLines, inputSources, readLines } from './lines.js';
import { Progress } from './progress.js';
import { write } from '../command-line/io.js';
import type { CliIo } from '../command-line/io.js';
import type { InputSource, SetAside } from './lines.js';
import type { Redactor } from '../redactor.js';
import type { Writable } from 'node:stream';

export const SCRUB_HELP = `usage: logveil scrub [options] [FILE...]
       logveil scrub --in-place [--check] [--backup SUFFIX] PATH...

Scrubs secrets and personal data from log files (or standard input) and writes the result to standard
output: exactly one output line per input line, in order. JSON lines stay valid JSON. A clean line comes out
byte for byte, even when it is not valid UTF-8. A .gz file is read decompressed. When several files are given,
a file whose last line has no newline gets one, so it is never glued to the next file's first line.

A block that spans lines is scanned whole: a PEM private key, and a pretty-printed JSON document (a line
ending in { or [ up to the line that balances it). A block is held for at most ${MAX_BLOCK_LINES} lines or ${MAX_BLOCK_CHARS / 1024 / 1024} MiB;
an unterminated key past that is withheld line by line. Lines a redaction swallowed read ${CONTINUED_MARKER}.

  --in-place            rewrite each file (directories are walked) atomically: a crash leaves the old file
                        or the new one, never a mix; the mode is kept; a .gz file is written back compressed.
                        Binary files and symbolic links are refused.
  --check               with --in-place: write nothing, list the files that would change, exit 1 if any
  --backup SUFFIX       with --in-place: keep the original beside each changed file as FILE+SUFFIX
  --exclude GLOB        with --in-place: skip paths matching GLOB (repeatable)
  --gzip                compress standard output
${DETECTION_HELP}
  --stats               print a JSON summary (lines, findings per detector) to standard error
`;

const SCRUB_OPTIONS = {
  ...DETECTION_OPTIONS,
  stats: { type: 'boolean' },
  'in-place': { type: 'boolean' },
  check: { type: 'boolean' },
  backup: { type: 'string' },
  exclude: { type: 'string', multiple: true },
  'ignore-file': { type: 'string' },
  gzip: { type: 'boolean' },
} as const;

interface Counts {
  lines: number;
  changed: number;
}

export async function scrubCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scrub', args, SCRUB_OPTIONS);
  if (values.help === true) {
    await write(io.stdout, SCRUB_HELP);
    return 0;
  }
  const inPlace = values['in-place'] === true;
  for (const flag of ['check', 'backup', 'exclude', 'ignore-file'] as const) {
    if (!inPlace && values[flag] !== undefined) throw new CliError(`scrub: --${flag} needs --in-place (see: logveil scrub --help)`, 2);
  }
  if (inPlace && values.gzip === true) throw new CliError('scrub: --gzip writes standard output; with --in-place a .gz file is written back compressed anyway', 2);
  if (inPlace && (positionals.length === 0 || positionals.includes('-'))) throw new CliError('scrub: --in-place needs files or directories, not standard input', 2);
  if (values.backup !== undefined && (values.backup === '' || values.backup.includes('/'))) throw new CliError('scrub: --backup must be a suffix such as .bak', 2);
  const redactor = await redactorFromFlags(values);
  const started = process.hrtime.bigint();
  const counts: Counts = { lines: 0, changed: 0 };
  const status = inPlace
    ? await scrubInPlace(positionals, redactor, io, counts, { check: values.check === true, backup: values.backup, exclude: [...(values.exclude ?? []).map(compileGlob), ...readIgnoreFileFlag(values['ignore-file'])] })
    : await scrubToStdout(inputSources(positionals, io.stdin), redactor, io, counts, values.gzip === true);
  if (values.stats === true) {
    const stats = redactor.stats();
    const summary = {
      lines: counts.lines,
      changedLines: counts.changed,
      findings: stats.findings,
      categories: stats.categories,
      detectorErrors: stats.detectorErrors,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
    await write(io.stderr, `${JSON.stringify(summary)}\n`);
  }
  return status;
}

async function scrubToStdout(sources: readonly InputSource[], redactor: Redactor, io: CliIo, counts: Counts, gzip: boolean): Promise<number> {
  let out: Writable = io.stdout;
  let compressor: ReturnType<typeof createGzip> | undefined;
  if (gzip) {
    compressor = createGzip();
    compressor.pipe(io.stdout);
    out = compressor;
  }
  for (const [index, source] of sources.entries()) {
    const endsWithNewline = await scrubSource(source, redactor, io, counts, (chunk) => write(out, chunk as string));
    // Never glue the last line of one file to the first line of the next.
    if (!endsWithNewline && index < sources.length - 1) await write(out, '\n');
  }
  if (compressor !== undefined) {
    compressor.end();
    await new Promise<void>((resolve, reject) => compressor.once('end', resolve).once('error', reject));
  }
  return 0;
}

/** Scrubs one source through `emit`; says whether its last line ended with a newline (an empty source does). */
async function scrubSource(source: InputSource, redactor: Redactor, io: CliIo, counts: Counts, emit: (chunk: string | Buffer) => Promise<void> | void): Promise<boolean> {
  const progress = new Progress(io.stderr as NodeJS.WriteStream, `scrub ${source.name}`, source.size);
  const raw = new RawLines();
  let index = 0;
  let last = '\n';
  const window = new LineWindow(redactor.detectors);
  const handle = async (unit: LineUnit): Promise<void> => {
    if (unit.kind === 'withheld') {
      // Past the window's bound, a line of an unterminated key: never echoed.
      counts.lines++;
      counts.changed++;
      index++;
      last = unit.line;
      await emit(`[REDACTED:${unit.detector}]${splitEol(unit.line)[1]}`);
      progress.line();
      return;
    }
    const outputs = redactBlock(redactor, unit.lines);
    for (let at = 0; at < unit.lines.length; at++) {
      counts.lines++;
      const line = unit.lines[at]!;
      if (outputs[at] !== line) counts.changed++;
      last = line;
      await emit(raw.output(index++, line, outputs[at]!));
      progress.line();
    }
  };
  for await (const line of readLines(source.open(), (bytes) => progress.bytes(bytes), raw)) {
    for (const unit of window.push(line)) await handle(unit);
  }
  for (const unit of window.end()) await handle(unit);
  progress.done();
  return last.endsWith('\n');
}

async function scrubInPlace(
  paths: readonly string[],
  redactor: Redactor,
  io: CliIo,
  counts: Counts,
  options: { readonly check: boolean; readonly backup: string | undefined; readonly exclude: ReturnType<typeof compileGlob>[] },
): Promise<number> {
  for (const path of paths) {
    if (lstatOrUndefined(path)?.isSymbolicLink() === true) throw new CliError(`${path}: is a symbolic link (rewrite its target instead: ${realpathOr(path)})`, 2);
  }
  const setAside: SetAside = { binary: 0, other: 0, errors: [] };
  const sources = inputSources(paths, io.stdin, { exclude: options.exclude, setAside });
  let wouldChange = 0;
  for (const source of sources) {
    const before = counts.changed;
    if (options.check) {
      await scrubSource(source, redactor, io, counts, () => {});
      if (counts.changed > before) {
        wouldChange++;
        await write(io.stdout, `${source.name}\n`);
      }
      continue;
    }
    const chunks: Buffer[] = [];
    const target = new AtomicFile(source.name);
    try {
      await scrubSource(source, redactor, io, counts, (chunk) => {
        if (source.kind === 'gzip') chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        else target.write(chunk);
      });
      if (counts.changed === before) {
        target.abandon(); // nothing to change: the file, its times and its inode stay as they were
        continue;
      }
      if (source.kind === 'gzip') target.write(gzipSync(Buffer.concat(chunks)));
      target.commit(options.backup);
      await write(io.stderr, `logveil: scrubbed ${source.name}\n`);
    } catch (error) {
      target.abandon();
      throw error;
    }
  }
  if (setAside.binary > 0) await write(io.stderr, `logveil: ${setAside.binary} binary file(s) not rewritten\n`);
  if (setAside.other > 0) await write(io.stderr, `logveil: ${setAside.other} symbolic link(s) or special file(s) not rewritten\n`);
  for (const message of setAside.errors) await write(io.stderr, `logveil: ${message}\n`);
  if (setAside.errors.length > 0) return 2;
  return options.check && wouldChange > 0 ? 1 : 0;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return 'a missing file';
  }
}
