import { parseCommandArgs } from '../command-line/args.js';
import { CliError } from '../command-line/cli-error.js';
import { write } from '../command-line/io.js';
import { loadConfigFile } from '../config/config-file.js';
import { formatFailures, runDetectorSamples } from '../testing/harness.js';
import type { CliIo } from '../command-line/io.js';

export const TEST_DETECTOR_HELP = `usage: logveil test-detector FILE

Runs the samples of the detectors in FILE (a JSON or JS configuration with "detectors", as for --config)
inside every log-shaped context logveil knows: each positive must be found, each negative left alone.
Exits 1 when a sample fails.
`;

export async function testDetectorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('test-detector', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help === true) {
    await write(io.stdout, TEST_DETECTOR_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError('test-detector: give exactly one FILE (see: logveil test-detector --help)', 2);
  const config = await loadConfigFile(positionals[0]!);
  const detectors = config.detectors ?? [];
  if (detectors.length === 0) throw new CliError(`test-detector: ${positionals[0]} defines no detectors`, 2);
  let failed = 0;
  for (const detector of detectors) {
    const report = runDetectorSamples(detector);
    if (report.failures.length === 0) {
      await write(io.stdout, `ok   ${report.detector} (${report.checks} checks)\n`);
    } else {
      failed++;
      await write(io.stdout, `FAIL ${report.detector} (${report.failures.length} of ${report.checks} checks)\n${formatFailures(report)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
