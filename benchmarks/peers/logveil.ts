import { createRedactor } from 'logveil';
import type { PeerAdapter, PeerOptions } from './types.js';

/** logveil itself, as the table's reference row: the default detector set, the registered secrets, `redactLine`. */
export function logveil({ knownSecrets }: PeerOptions): PeerAdapter & { readonly redactor: ReturnType<typeof createRedactor> } {
  const redactor = createRedactor({ knownSecrets });
  return {
    name: 'logveil',
    package: 'logveil (this repository, dist/)',
    configuration: 'createRedactor({ knownSecrets }) (default presets: secrets + pii, key names on); redactLine(line)',
    takesKnownSecrets: true,
    redactor,
    redactLine: (line) => redactor.redactLine(line),
  };
}
