import { CliError } from '../command-line/cli-error.js';
import { hashSecretsCommand } from '../cli/hash-secrets.js';
import { relayCommand } from '../relay/command.js';
import { scanCommand } from '../cli/scan.js';
import { scrubCommand } from '../cli/scrub.js';
import { testDetectorCommand } from '../cli/test-detector.js';
import { brokenPipe, write } from '../command-line/io.js';
import { isLogveilError } from '../engine/errors.js';
import type { CliIo } from '../command-line/io.js';

const USAGE = `usage: logveil <command> [options]

commands:
  scrub [FILE...]        write the input with secrets and personal data redacted
  scan [FILE...]         list where secrets are (FILE:LINE:COLUMN DETECTOR); exit 1 when any
  hash-secrets [FILE]    turn a plaintext secrets list into a hashed list safe to ship
  test-detector FILE     run the samples of your own detectors in log-shaped contexts
  relay --upstream URL   an OTLP gateway: receive, scrub and forward traces, logs and metrics

Run 'logveil <command> --help' for a command's options.
`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  scrub: scrubCommand,
  scan: scanCommand,
  'hash-secrets': hashSecretsCommand,
  'test-detector': testDetectorCommand,
  relay: relayCommand,
};

/**
 * Runs one command and returns the exit code. User mistakes (bad option, missing file, bad config) are one
 * line on stderr and exit 2; only an internal failure prints more, and then still no input text.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    await write(io.stdout, '0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    await write(io.stderr, `logveil: unknown command "${name.slice(0, 40)}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      await write(io.stderr, `logveil: ${error.message}\n`);
      return error.exitCode;
    }
    if (isLogveilError(error)) {
      await write(io.stderr, `logveil: ${error.message} [${error.code}]\n`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return brokenPipe.exitCode;
    const reason = error instanceof Error ? error.message : String(error);
    await write(io.stderr, `logveil: internal error: ${reason}\nPlease report it; the input was not echoed.\n`);
    return 70;
  }
}
