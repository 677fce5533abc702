import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { assertBuilt } from './built.js';
import type { Case } from '../cases/index.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/**
 * The pino transport in a real worker, loaded by name as a user's `target: 'logveil/pino'` is (pino's worker
 * runs the compiled dist/). All cases go through one worker: text as a logged message, a value as a logged
 * field, and a JSON line written raw into the transport, as any JSON logger's line reaches it.
 */
export const pinoTransportRunner: Runner = {
  id: 'pino-transport',
  shapes: new Set(['text', 'multiline', 'json-line', 'value']),
  async run(cases, context) {
    assertBuilt();
    const destination = join(context.dir, 'pino-out.log');
    const transport = pino.transport({
      target: 'logveil/pino',
      options: { destination, knownSecretsFile: context.knownSecretsFile, watchKnownSecrets: false },
    });
    const failed = once(transport, 'error').then(([error]) => {
      throw error as Error;
    });
    const logger = pino(transport);
    for (const testCase of cases) {
      if (testCase.shape === 'json-line') transport.write(`${testCase.input}\n`);
      else if (testCase.shape === 'value') logger.info({ data: testCase.input });
      else logger.info(testCase.input);
    }
    const done = once(transport, 'finish');
    transport.end();
    await Promise.race([done, failed]);
    const lines = readFileSync(destination, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return observe(cases, lines);
  },
};

function observe(cases: readonly Case[], lines: readonly string[]): Map<string, Observation> {
  const out = new Map<string, Observation>();
  if (lines.length !== cases.length) {
    for (const testCase of cases) out.set(testCase.id, { error: `the transport wrote ${lines.length} lines for ${cases.length} inputs` });
    return out;
  }
  cases.forEach((testCase, i) => {
    const line = lines[i]!;
    if (testCase.shape === 'json-line') {
      out.set(testCase.id, { text: line });
      return;
    }
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      out.set(testCase.id, { text: line });
      return;
    }
    if (testCase.shape === 'value') out.set(testCase.id, 'data' in record ? { value: record.data } : { text: line });
    else out.set(testCase.id, typeof record.msg === 'string' ? { text: record.msg } : { text: line });
  });
  return out;
}
