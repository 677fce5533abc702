import { relayRoundTrip } from '../../relay/support.js';
import { assertBuilt } from './built.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/**
 * `logveil relay` as a child process (compiled dist/): every string case is the string body of one OTLP/JSON
 * log record, all of them in one export request to one relay, with the table's known secrets through
 * `--known-secrets`. What the fake upstream received is the observation. A value case would be a structured
 * body; the relay's structured walk is the attribute walk the otel runners already cover, so only text goes.
 */
export const relayRunner: Runner = {
  id: 'relay-log-body',
  shapes: new Set(['text', 'multiline', 'json-line']),
  async run(cases, context) {
    assertBuilt();
    const arrived = await relayRoundTrip(
      cases.map((testCase) => testCase.input as string),
      ['--known-secrets', context.knownSecretsFile],
    );
    const out = new Map<string, Observation>();
    cases.forEach((testCase, i) => {
      const text = arrived[i];
      out.set(testCase.id, text === undefined ? { error: 'the upstream did not receive this record' } : { text });
    });
    return out;
  },
};
