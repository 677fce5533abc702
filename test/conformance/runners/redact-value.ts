import { createRedactor } from '../../../src/redactor.js';
import { observeEach } from './types.js';
import type { Runner } from './types.js';

/** `Redactor.redactValue`: structured values as they are, text as a string value. */
export const redactValueRunner: Runner = {
  id: 'redactValue',
  shapes: new Set(['text', 'multiline', 'json-line', 'value']),
  async run(cases, context) {
    const redactor = createRedactor({ knownSecrets: context.knownSecrets });
    return observeEach(cases, (testCase) => {
      const output: unknown = redactor.redactValue(testCase.input);
      return typeof output === 'string' ? { text: output } : { value: output };
    });
  },
};
