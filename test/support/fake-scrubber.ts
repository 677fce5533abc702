import type { TextScrubber } from '../../src/engine/text-scrubber.js';

/**
 * A scrubber that redacts the word SECRET (and drops the field for DROPME), marks keys named `password`
 * sensitive, lets the key `pass` judge by value (a string holding a digit is sensitive), and records what it
 * counted: enough to test the walkers without the detector catalog.
 */
export function fakeScrubber(maxDepth = 64, keepFields: readonly string[] = []): TextScrubber & { counted: string[] } {
  const counted: string[] = [];
  return {
    counted,
    maxDepth,
    keepFields: new Set(keepFields),
    scrub(text) {
      const removeField = text.includes('DROPME');
      if (!text.includes('SECRET')) return { text, findings: [], removeField };
      counted.push('word');
      return { text: text.replaceAll('SECRET', '[REDACTED:word]'), findings: [{ detector: 'word', category: 'secret', start: 0, end: 0 }], removeField };
    },
    isSensitiveKey: (key, value) => key === 'password' || (key === 'pass' && value !== undefined && /[0-9]/.test(value)),
    judgesValue: (key) => key === 'pass',
    sensitiveValue: (value) => (value === 'REMOVE' ? undefined : '[REDACTED:sensitive-key]'),
    count: (detector) => {
      counted.push(detector);
    },
  };
}
