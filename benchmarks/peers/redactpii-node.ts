import { Redactor } from '@redactpii/node';
import { installed, literal, parseJsonLine } from './types.js';
import type { PeerAdapter, PeerOptions } from './types.js';

/**
 * @redactpii/node with every built-in rule (names, emails, phones, cards, SSNs) and the registered secrets as
 * `customRules`. JSON lines go through its `redactObject` (each string value), plain text through `redact`.
 */
export function redactpiiNode({ knownSecrets }: PeerOptions): PeerAdapter {
  const redactor = new Redactor({ customRules: knownSecrets.map((secret) => literal(secret)) });
  return {
    name: '@redactpii/node',
    package: installed('@redactpii/node'),
    configuration: 'new Redactor({ customRules: known secrets as literal patterns }) (all built-in rules on); redactObject(record) for JSON lines, redact(line) for text',
    takesKnownSecrets: true,
    redactLine(line) {
      const record = parseJsonLine(line);
      if (record === undefined || record === null || typeof record !== 'object') return redactor.redact(line);
      return JSON.stringify(redactor.redactObject(record as Record<string, unknown>));
    },
  };
}
