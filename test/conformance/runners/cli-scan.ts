import { runLogveil, writeCaseFiles } from './cli.js';
import type { Located, Observation } from '../verdict.js';
import type { Runner } from './types.js';

const FINDING = /^(.*):(\d+):(\d+) (\S+)$/;

/** `logveil scan FILE...`: every case is one file, all in one process; a case's verdict is what its file got. */
export const cliScanRunner: Runner = {
  id: 'cli-scan',
  shapes: new Set(['text', 'multiline', 'json-line', 'value']),
  async run(cases, context) {
    const files = writeCaseFiles(cases, context.dir, 'scan');
    const result = await runLogveil(['scan', '--known-secrets', context.knownSecretsFile, ...files.map((file) => file.path)]);
    const out = new Map<string, Observation>();
    if (result.code !== 0 && result.code !== 1) {
      for (const file of files) out.set(file.testCase.id, { error: `logveil scan: exit code ${String(result.code)}` });
      return out;
    }
    const byFile = new Map<string, Located[]>(files.map((file) => [file.path, []]));
    for (const line of result.stdout.split('\n')) {
      if (line === '') continue;
      const match = FINDING.exec(line);
      const list = match === null ? undefined : byFile.get(match[1]!);
      if (match === null || list === undefined) {
        for (const file of files) out.set(file.testCase.id, { error: 'logveil scan: an output line is not FILE:LINE:COLUMN DETECTOR' });
        return out;
      }
      list.push({ line: Number(match[2]), column: Number(match[3]), detector: match[4]! });
    }
    for (const file of files) out.set(file.testCase.id, { findings: byFile.get(file.path)! });
    return out;
  },
};
