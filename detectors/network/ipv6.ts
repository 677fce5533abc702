import { defineDetector } from '../../src/engine/detector.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * IPv6 address: eight groups of 1-4 hex digits, or fewer around one `::`, optionally ending in a dotted IPv4
 * (`::ffff:192.0.2.1`) and a zone (`%eth0`). RE2 takes the first alternative that matches, so the forms are
 * listed with the longest tails first; a match that stops inside a longer hex or word run is rejected. Short
 * compressed forms that code is full of (`Foo::bar`, `a::b`, `std::cout`) are not addresses: a compressed address
 * needs 4+ hex digits in all, except the loopback `::1`. Off by default: enable the `network` preset or the id.
 */
const H = '[0-9A-Fa-f]{1,4}';
const V4 = String.raw`(?:[0-9]{1,3}\.){3}[0-9]{1,3}`;
const FORMS = [
  String.raw`(?:${H}:){6}${V4}`,
  String.raw`::(?:[fF]{4}(?::0{1,4})?:)?${V4}`,
  String.raw`(?:${H}:){1,4}:${V4}`,
  String.raw`(?:${H}:){7}${H}`,
  String.raw`${H}:(?::${H}){1,6}`,
  String.raw`(?:${H}:){1,2}(?::${H}){1,5}`,
  String.raw`(?:${H}:){1,3}(?::${H}){1,4}`,
  String.raw`(?:${H}:){1,4}(?::${H}){1,3}`,
  String.raw`(?:${H}:){1,5}(?::${H}){1,2}`,
  String.raw`(?:${H}:){1,6}:${H}`,
  String.raw`:(?::${H}){1,7}`,
  String.raw`(?:${H}:){1,7}:`,
  '::',
].join('|');

function validIpv6(secret: string, context: { readonly groups: readonly (string | undefined)[] }): boolean {
  if (context.groups[2] !== undefined) return false; // continues as a longer hex or word run
  const address = secret.replace(/%.*$/, '');
  if (address.includes('.')) {
    const v4 = address.slice(address.lastIndexOf(':') + 1).split('.');
    if (!v4.every((octet) => Number(octet) <= 255)) return false;
  }
  if ((address.match(/::/g) ?? []).length > 1) return false;
  if (!address.includes('::')) return true;
  if (address === '::1') return true;
  return address.replace(/[^0-9A-Fa-f]/g, '').length >= 4 && address !== '::';
}

const group = (seed: string): string => fake(seed, 4, HEX).replace(/^0+(?=.)/, '');

export default defineDetector({
  id: 'ipv6',
  description:
    'IPv6 address (full, compressed with ::, IPv4-mapped, with zone id), loopback and link-local included; short ' +
    'code-like forms such as Foo::bar are skipped. Opt-in (preset network).',
  category: 'pii',
  presets: ['network'],
  optIn: true,
  // Every match holds `::` or seven groups followed by `:`, or six before an embedded IPv4.
  trigger: String.raw`::|(?:[0-9A-Fa-f]{1,4}:){6}`,
  pattern: String.raw`(?:^|[^0-9A-Za-z:.]|\\[nrt])(?P<secret>(?:${FORMS})(?:%[0-9A-Za-z]{1,15})?)(?P<more>(?:[0-9A-Za-z_]|[:.][0-9A-Za-z_])[0-9A-Za-z_:.]*)?`,
  validate: validIpv6,
  priority: 30,
  samples: {
    positive: [
      `2001:db8:${group('ip6-1a')}:${group('ip6-1b')}:${group('ip6-1c')}:${group('ip6-1d')}:${group('ip6-1e')}:${group('ip6-1f')}`,
      `client=2001:db8::${group('ip6-2')}`,
      `"remote":"fe80::${group('ip6-3a')}:${group('ip6-3b')}%eth0"`,
      '::1',
      `[2606:4700::${group('ip6-4')}]:443`,
      '::ffff:192.0.2.128',
      `2001:db8:${group('ip6-5a')}::${group('ip6-5b')}:${group('ip6-5c')}`,
      `listen fd00:${group('ip6-6a')}:${group('ip6-6b')}::/64`,
      `connected to 2001:db8::${group('ip6-7')}.`,
    ],
    negative: [
      'std::cout << x',
      'Foo::bar',
      'Vec::new()',
      'a::b',
      'crate::dead::beef',
      '12:30:45',
      '00:1a:2b:3c:4d:5e',
      '2024-01-15T10:00:00Z',
      'file:///srv/app.js:88:11',
      'a:b:c:d:e:f:g',
      '::ffff:999.0.2.1',
      'sha256:' + fake('ip6-sha', 64, HEX),
    ],
  },
});
