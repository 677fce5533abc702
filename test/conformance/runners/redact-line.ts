import { createRedactor } from '../../../src/redactor.js';
import { caseText, observeEach, textObservation } from './types.js';
import type { Runner } from './types.js';

/** `Redactor.redactLine`: one line, JSON or not (a value as its JSON line). */
export const redactLineRunner: Runner = {
  id: 'redactLine',
  shapes: new Set(['text', 'json-line', 'value']),
  async run(cases, context) {
    const redactor = createRedactor({ knownSecrets: context.knownSecrets });
    return observeEach(cases, (testCase) => textObservation(testCase, redactor.redactLine(caseText(testCase))));
  },
};
