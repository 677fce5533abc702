import { runLogveil, writeCaseFiles } from './cli.js';
import { textObservation } from './types.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/**
 * `logveil scrub FILE...`: every case is one file and all files go to one process. scrub writes exactly one
 * output line per input line, in order, so the output is cut back into files by their line counts.
 */
export const cliScrubRunner: Runner = {
  id: 'cli-scrub',
  shapes: new Set(['text', 'multiline', 'json-line', 'value']),
  async run(cases, context) {
    const files = writeCaseFiles(cases, context.dir, 'scrub');
    const result = await runLogveil(['scrub', '--known-secrets', context.knownSecretsFile, ...files.map((file) => file.path)]);
    const out = new Map<string, Observation>();
    const lines = result.stdout.split(/(?<=\n)/);
    const expected = files.reduce((sum, file) => sum + file.content.split('\n').length - 1, 0);
    if (result.code !== 0 || lines.length !== expected) {
      const why = result.code !== 0 ? `exit code ${String(result.code)}` : `${lines.length} output lines for ${expected} input lines`;
      for (const file of files) out.set(file.testCase.id, { error: `logveil scrub: ${why}` });
      return out;
    }
    let at = 0;
    for (const file of files) {
      const count = file.content.split('\n').length - 1;
      let text = lines.slice(at, at + count).join('');
      at += count;
      if (file.addedNewline && text.endsWith('\n')) text = text.slice(0, -1);
      out.set(file.testCase.id, textObservation(file.testCase, text));
    }
    return out;
  },
};
