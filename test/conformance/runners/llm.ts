import { sendThroughGuard } from '../../llm/support.js';
import type { LlmModes } from '../../../src/llm/index.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/**
 * `guardFetch` from logveil/llm in front of a local chat-completions server: each string case is the content of
 * a user message, and what the server received is the observation. Every category and the known secrets are
 * set to `redact` (the guard's default blocks known secrets and tokenizes PII), so the verdict is the same
 * "secret gone, rest kept" as through every other door.
 */
const REDACT_ALL: LlmModes = { default: 'redact', categories: { secret: 'redact', pii: 'redact' }, detectors: { 'known-secret': 'redact' } };

export const llmRunner: Runner = {
  id: 'llm-guard-fetch',
  shapes: new Set(['text', 'multiline', 'json-line']),
  async run(cases, context) {
    const results = await sendThroughGuard(
      cases.map((testCase) => testCase.input as string),
      { knownSecrets: context.knownSecrets, modes: REDACT_ALL },
    );
    const out = new Map<string, Observation>();
    cases.forEach((testCase, i) => {
      const result = results[i];
      if (result === undefined) out.set(testCase.id, { error: 'no result' });
      else if ('refused' in result) out.set(testCase.id, { error: `the request was refused (${result.refused})` });
      else out.set(testCase.id, { text: result.arrived });
    });
    return out;
  },
};
