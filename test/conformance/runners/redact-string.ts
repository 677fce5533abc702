import { createRedactor } from '../../../src/redactor.js';
import { observeEach } from './types.js';
import type { Runner } from './types.js';

/** `Redactor.redactString`: any text, whole (a multi-line text in one call). */
export const redactStringRunner: Runner = {
  id: 'redactString',
  shapes: new Set(['text', 'multiline', 'json-line']),
  async run(cases, context) {
    const redactor = createRedactor({ knownSecrets: context.knownSecrets });
    return observeEach(cases, (testCase) => ({ text: redactor.redactString(testCase.input as string) }));
  },
};
