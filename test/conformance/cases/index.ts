/** The one table of conformance cases; every runner reads it from here. */
import { JSON_LINE_CASES } from './json-lines.js';
import { MULTILINE_CASES } from './multiline.js';
import { STRUCTURED_CASES } from './structured.js';
import { TEXT_CASES } from './text.js';
import type { Case } from './types.js';

export const CASES: readonly Case[] = [...TEXT_CASES, ...JSON_LINE_CASES, ...STRUCTURED_CASES, ...MULTILINE_CASES];

export { KNOWN_SECRETS } from './secrets.js';
export type { Area, Case, JsonValue, Shape, TextCase, ValueCase } from './types.js';
