import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Equinix Metal (formerly Packet) API tokens are 32 alphanumeric characters: only found after their key names.
 */
export default keyedSecretDetector({
  id: 'equinix-metal-token',
  what: 'Equinix Metal API token',
  key: String.raw`(?:equinix${SEP})?(?:metal|packet)${SEP}(?:auth${SEP}|api${SEP})?token`,
  names: 'METAL_AUTH_TOKEN, PACKET_AUTH_TOKEN, equinix_metal_api_token',
  trigger: String.raw`(?i:(?:metal|packet)[_.-]?(?:auth[_.-]?|api[_.-]?)?token)`,
  value: alnumValue(32),
  contexts: ['METAL_AUTH_TOKEN={}', 'PACKET_AUTH_TOKEN: {}'],
  validate: randomMixedCase,
});
