/**
 * One conformance case: an input an agent could emit, what must not survive any entry point (secret
 * substrings) and what must (benign substrings, or the whole input for a clean case). The same case runs
 * through every runner that can carry its shape (see ../runners/types.ts).
 */
export type Shape = 'text' | 'multiline' | 'json-line' | 'value';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Which part of issue 11 a case exercises. A pending (case, runner) pair takes its reason from here, so a
 * regenerated pending list says which fix it waits for.
 */
export type Area =
  | 'url' // item 1: URL userinfo and query parameters by name, wherever a URL appears in text
  | 'embedded-json' // item 1: strings that parse as JSON are walked as structure
  | 'encoding' // item 1: base64, percent-encoding, \u and double JSON escaping
  | 'multiline' // item 2: blocks that span lines (PEM) scanned whole in line streams
  | 'free-text' // item 3: credentials in context in text (shell, env, prose)
  | 'known-secrets' // item 4: registered values in every form
  | 'structured' // "silent drops and slips": the structured walks agree with the line walk
  | 'detector' // a catalog format in an agent-log shape
  | 'clean'; // look-alikes that must come back byte for byte

export interface CaseBase {
  /** kebab-case, unique across the table; a pending pair names it. */
  readonly id: string;
  readonly area: Area;
  /** True for the cases listed in issue 11's "What was seen" section. */
  readonly seen?: boolean;
  /** Substrings that must not appear in any string of any door's output (nor in its decoded JSON). */
  readonly secrets: readonly string[];
  /** Substrings that must survive untouched somewhere in the output. */
  readonly keep: readonly string[];
  /** The output must equal the input (clean cases). */
  readonly unchanged: boolean;
}

export interface TextCase extends CaseBase {
  readonly shape: 'text' | 'multiline' | 'json-line';
  readonly input: string;
}

export interface ValueCase extends CaseBase {
  readonly shape: 'value';
  readonly input: JsonValue;
}

export type Case = TextCase | ValueCase;

interface LeakSpec<I> {
  readonly input: I;
  readonly secrets: readonly string[];
  readonly keep?: readonly string[];
  readonly area: Area;
  readonly seen?: boolean;
}

/** A case holding secrets (each listed substring must be gone everywhere). */
export function leak(id: string, shape: TextCase['shape'], spec: LeakSpec<string>): TextCase;
export function leak(id: string, shape: 'value', spec: LeakSpec<JsonValue>): ValueCase;
export function leak(id: string, shape: Shape, spec: LeakSpec<string> | LeakSpec<JsonValue>): Case {
  if (spec.secrets.length === 0 || spec.secrets.some((secret) => secret.length === 0)) {
    throw new Error(`case ${id}: a leak case needs non-empty secrets`);
  }
  return { id, shape, input: spec.input, secrets: spec.secrets, keep: spec.keep ?? [], unchanged: false, area: spec.area, seen: spec.seen ?? false } as Case;
}

/** A clean case: every door must hand it back exactly as it came. */
export function clean(id: string, shape: TextCase['shape'], input: string): TextCase;
export function clean(id: string, shape: 'value', input: JsonValue): ValueCase;
export function clean(id: string, shape: Shape, input: string | JsonValue): Case {
  return { id, shape, input, secrets: [], keep: [], unchanged: true, area: 'clean', seen: false } as Case;
}
