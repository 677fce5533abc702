import { looksFake } from './checks.js';
import { ALNUM, BASE64URL, HEX, fake } from './sample.js';
import { randomAlnum, randomMixedCase } from './token-shape.js';
import type { ValueShape } from './value-shape.js';

/**
 * Value shapes of one provider each, for the keyed detectors (keyed-secret.ts): a short prefix or structure
 * that is not distinctive enough to find bare (`su…`, `sk-…`, `live_…`), so the key name is still required.
 */
interface ShapeSpec {
  readonly pattern: string;
  readonly chars?: string;
  readonly name: string;
  readonly make: (seed: string) => string;
  /** The random part the check looks at: the value after its prefix by default. */
  readonly body?: (value: string) => string;
  readonly check?: (body: string) => boolean;
  readonly prefixLength?: number;
}

function shape(spec: ShapeSpec): ValueShape {
  const body = spec.body ?? ((value: string) => value.slice(spec.prefixLength ?? 0));
  const check = spec.check ?? randomMixedCase;
  return {
    pattern: spec.pattern,
    chars: spec.chars ?? '0-9A-Za-z_-',
    name: spec.name,
    make: spec.make,
    valid: (value) => !looksFake(body(value)) && check(body(value)),
    short: (seed) => spec.make(seed).slice(0, 10),
    alphabet: ALNUM,
  };
}

const hexBody = (value: string): boolean => randomAlnum(value);

export const sumoId = shape({ pattern: 'su[0-9A-Za-z]{12}', chars: '0-9A-Za-z', name: 'su + 12 alphanumerics', make: (s) => `su${fake(s, 12)}`, prefixLength: 2, check: randomAlnum });
export const workosKey = shape({ pattern: 'sk_(?:live|test)_[A-Za-z0-9]{20,120}', chars: '0-9A-Za-z_', name: 'sk_live_ or sk_test_ + 20 to 120 alphanumerics', make: (s) => `sk_test_${fake(s, 60)}`, prefixLength: 8 });
export const clerkKey = shape({ pattern: 'sk_(?:live|test)_[A-Za-z0-9]{30,60}', chars: '0-9A-Za-z_', name: 'sk_live_ or sk_test_ + 30 to 60 alphanumerics', make: (s) => `sk_live_${fake(s, 42)}`, prefixLength: 8 });
export const jwtValue = shape({
  pattern: String.raw`eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`,
  chars: '0-9A-Za-z_.-',
  name: 'a JWT',
  make: (s) => `eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJ${fake(`${s}-p`, 60, BASE64URL)}.${fake(`${s}-s`, 86, BASE64URL)}`,
  body: (value) => value.slice(value.lastIndexOf('.') + 1),
  check: (body) => randomMixedCase(body.replace(/[_-]/g, '')),
});
export const chromaKey = shape({ pattern: '(?:ck-)?[A-Za-z0-9_-]{24,100}', name: 'an optional ck- + 24 to 100 base64url characters', make: (s) => `ck-${fake(s, 44)}`, body: (v) => v.replace(/^ck-/, '') });
export const basetenKey = shape({ pattern: String.raw`[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}`, chars: '0-9A-Za-z.', name: '8 alphanumerics + . + 32 alphanumerics', make: (s) => `${fake(`${s}-i`, 8)}.${fake(s, 32)}`, prefixLength: 9 });
export const modalId = shape({ pattern: 'ak-[A-Za-z0-9]{22}', name: 'ak- + 22 alphanumerics', make: (s) => `ak-${fake(s, 22)}`, prefixLength: 3 });
export const skKey = shape({ pattern: 'sk-[A-Za-z0-9]{48}', name: 'sk- + 48 alphanumerics', make: (s) => `sk-${fake(s, 48)}`, prefixLength: 3 });
export const braveKey = shape({ pattern: 'BSA[A-Za-z0-9_-]{20,40}', name: 'BSA + 20 to 40 base64url characters', make: (s) => `BSA${fake(s, 28)}`, prefixLength: 3 });
export const wandbKey = shape({ pattern: '(?:local-)?[0-9a-f]{40}', chars: '0-9A-Za-z', name: '40 lower-case hex, maybe after local-', make: (s) => fake(s, 40, HEX), body: (v) => v.replace(/^local-/, ''), check: hexBody });
export const litellmKey = shape({ pattern: 'sk-[A-Za-z0-9_-]{16,100}', name: 'sk- + 16 to 100 base64url characters', make: (s) => `sk-${fake(s, 22, BASE64URL)}`, prefixLength: 3, check: (b) => randomMixedCase(b.replace(/[_-]/g, '')) });
export const ablyKey = shape({
  pattern: String.raw`[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{30,64}`,
  chars: '0-9A-Za-z_+/=.:-',
  name: 'app id . key id : secret',
  make: (s) => `${fake(`${s}-a`, 6)}.${fake(`${s}-k`, 6)}:${fake(s, 43, BASE64URL)}`,
  body: (value) => value.slice(value.indexOf(':') + 1),
  check: (b) => randomMixedCase(b.replace(/[^A-Za-z0-9]/g, '')),
});
export const mollieKey = shape({ pattern: '(?:live|test)_[A-Za-z0-9]{30}', chars: '0-9A-Za-z_', name: 'live_ or test_ + 30 alphanumerics', make: (s) => `live_${fake(s, 30)}`, prefixLength: 5 });
export const lobKey = shape({ pattern: '(?:live|test)_[0-9a-f]{30,40}', chars: '0-9A-Za-z_', name: 'live_ or test_ + 30 to 40 lower-case hex', make: (s) => `live_${fake(s, 35, HEX)}`, prefixLength: 5, check: hexBody });
export const trelloToken = shape({ pattern: '(?:ATTA)?[0-9a-fA-F]{64,72}', chars: '0-9A-Za-z', name: 'ATTA + hex, or 64 hex (older tokens)', make: (s) => `ATTA${fake(s, 68, HEX)}`, body: (v) => v.replace(/^ATTA/, ''), check: hexBody });
export const sanityToken = shape({ pattern: 'sk[A-Za-z0-9]{70,200}', chars: '0-9A-Za-z', name: 'sk + 70 to 200 alphanumerics', make: (s) => `sk${fake(s, 150)}`, prefixLength: 2 });
export const mem0Key = shape({ pattern: 'm0-[A-Za-z0-9]{20,60}', name: 'm0- + 20 to 60 alphanumerics', make: (s) => `m0-${fake(s, 40)}`, prefixLength: 3 });

