import type { DigitTrigger } from './detector.js';

const SEPARATOR = '[ ./()-]';

/**
 * Compiles a digit trigger into an RE2 pattern that matches exactly when the text holds a qualifying run:
 * at least `min` digits with single or double separators between them, and, unless bare runs are allowed,
 * a separator inside or a `+` before it. Enumerating where the first separator falls (after j digits) keeps
 * the pattern exact without counting, which a regex cannot do across optional separators.
 */
export function digitTriggerPattern(trigger: DigitTrigger): string {
  const { min } = trigger;
  const alternatives: string[] = [];
  for (let j = 1; j < min; j++) {
    alternatives.push(`[0-9]{${j}}${SEPARATOR}{1,2}[0-9](?:${SEPARATOR}{0,2}[0-9]){${min - j - 1},}`);
  }
  alternatives.push(`[0-9]{${min - 1},}${SEPARATOR}{1,2}[0-9]`);
  alternatives.push(`\\+[0-9](?:${SEPARATOR}{0,2}[0-9]){${min - 1},}`);
  if (trigger.separated !== true) {
    // A bare run: anchored at its first digit so `leading` judges the run, not a digit inside it.
    const first = trigger.leading === undefined ? '[0-9]' : `[${trigger.leading.replace(/[^0-9]/g, '')}]`;
    alternatives.push(`(?:^|[^0-9])${first}[0-9]{${min - 1}}`);
  }
  return alternatives.join('|');
}
