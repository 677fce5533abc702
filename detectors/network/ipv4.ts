import { defineDetector } from '../../src/engine/detector.js';
import { DIGITS, fake } from '../lib/sample.js';

/**
 * IPv4 address in dotted-decimal form, each octet 0-255 without leading zeros; private, loopback and link-local
 * addresses count too (an operator enabling the detector wants all of them out). A dotted run of more than four
 * numbers (`1.2.3.4.5`, a version) or one that continues a word (`v1.2.3.4`) is not an address. Off by default:
 * enable the `network` preset or the id.
 */
const OCTET = '[0-9]{1,3}';

function validIpv4(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  if (context.groups[2] !== undefined) return false; // more dotted numbers follow: a version, an OID
  return secret.split('.').every((octet) => Number(octet) <= 255 && (octet.length === 1 || !octet.startsWith('0')));
}

const octet = (seed: string): string => String(Number(fake(seed, 3, DIGITS)) % 256);

export default defineDetector({
  id: 'ipv4',
  description:
    'IPv4 address (dotted decimal, octets 0-255, with or without port or CIDR suffix), private and loopback ranges ' +
    'included; versions such as 1.2.3.4.5 and v1.2.3.4 are skipped. Opt-in (preset network).',
  category: 'pii',
  presets: ['network'],
  optIn: true,
  trigger: String.raw`[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]`,
  pattern: String.raw`(?:^|[^0-9A-Za-z.]|\\[nrt])(?P<secret>${OCTET}\.${OCTET}\.${OCTET}\.${OCTET})(?P<more>(?:\.[0-9]+)+)?\b`,
  validate: validIpv4,
  priority: 30,
  samples: {
    positive: [
      `${octet('ip4-1a')}.${octet('ip4-1b')}.${octet('ip4-1c')}.${octet('ip4-1d')}`,
      `client=10.${octet('ip4-2a')}.${octet('ip4-2b')}.${octet('ip4-2c')}:8443`,
      `"remote_addr":"192.168.${octet('ip4-3a')}.${octet('ip4-3b')}"`,
      '127.0.0.1',
      `allow 172.16.${octet('ip4-4')}.0/24`,
      `X-Forwarded-For: 203.0.113.${octet('ip4-5')}, 10.0.0.1`,
    ],
    negative: [
      '1.2.3.4.5',
      'v1.2.3.4',
      'agent/1.4.2 node/20.20.2',
      '256.1.1.1',
      '1.1.1.256',
      '01.02.03.04',
      'version 10.0.19045.3570',
      '2024.01.15',
      'oid 1.3.6.1.4.1.311',
    ],
  },
});
