import { createRedactor } from '../../../src/index.js';
import type { Redactor } from '../../../src/redactor.js';

export { githubToken, stripeKey } from '../../otel/support.js';

/** What three entry points make of one text: as a string, as a value in an object, as a JSON line. */
export function throughEveryDoor(text: string, redactor: Redactor = createRedactor()): { string: string; value: string; line: string; plainLine: string } {
  const value = (redactor.redactValue({ v: text }) as { v: string }).v;
  const line = (JSON.parse(redactor.redactLine(JSON.stringify({ msg: 'tool', v: text }))) as { v: string }).v;
  return { string: redactor.redactString(text), value, line, plainLine: redactor.redactLine(text) };
}
