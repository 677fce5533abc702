/**
 * The contenders of the peers benchmark, in table order: logveil, the naive baseline, then the peers from the
 * floor (key paths) up. `slow` peers (about a millisecond per line or more) are scored on a subsample in quick mode.
 */
import { logveil } from './logveil.js';
import { naiveRegExp } from './naive-regexp.js';
import { openRedaction } from './openredaction.js';
import { pinoRedact } from './pino-redact.js';
import { redactPii } from './redact-pii.js';
import { redactpiiNode } from './redactpii-node.js';
import { secretlint } from './secretlint.js';
import { zapierSecretScrubber } from './zapier-secret-scrubber.js';
import type { PeerAdapter, PeerOptions } from './types.js';

export interface ContenderEntry {
  readonly role: 'logveil' | 'baseline' | 'peer';
  readonly slow: boolean;
  readonly create: (options: PeerOptions) => PeerAdapter;
}

export const CONTENDERS: readonly ContenderEntry[] = [
  { role: 'logveil', slow: false, create: logveil },
  { role: 'baseline', slow: false, create: (options) => naiveRegExp(options) },
  { role: 'peer', slow: false, create: () => pinoRedact() },
  { role: 'peer', slow: false, create: zapierSecretScrubber },
  { role: 'peer', slow: false, create: redactpiiNode },
  { role: 'peer', slow: false, create: (options) => redactPii(options) },
  { role: 'peer', slow: false, create: () => secretlint() },
  { role: 'peer', slow: true, create: (options) => openRedaction(options, 'json') },
];

export type { PeerAdapter, PeerOptions } from './types.js';
