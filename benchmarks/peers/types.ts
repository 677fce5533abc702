/**
 * What every contender of the peers benchmark (benchmarks/peers.bench.ts) exposes: a name, how it is configured,
 * and one function from a log line to the line a reader of the logs would see. Each peer gets the best
 * reasonable configuration a user of that package would write for agent logs (documented in `configuration`
 * and in docs/benchmarks.md); the adapter adds only the glue a user would write too (parse the JSON line, call
 * the package, serialize).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PeerOptions {
  /**
   * Secret values the application knows at start-up (a database password, a signing secret). Peers with a way
   * to register values or literal patterns get them, raw, as a user would pass them.
   */
  readonly knownSecrets: readonly string[];
}

export interface PeerAdapter {
  readonly name: string;
  /** npm package and installed version, e.g. `redact-pii@3.4.0`. */
  readonly package: string;
  /** One sentence: the API used and the options given. */
  readonly configuration: string;
  /** Whether `knownSecrets` were given to the package (it has a way to take them). */
  readonly takesKnownSecrets: boolean;
  /**
   * The line as it would be written after redaction. Synchronous for every peer except secretlint, whose only
   * API (`lintSource`) returns a promise.
   */
  redactLine(line: string): string | Promise<string>;
}

const require = createRequire(import.meta.url);

/** `name@version` of an installed package, from the package.json above its entry point (not every package exports it). */
export function installed(name: string): string {
  try {
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return `${name}@${manifest.version ?? '?'}`;
      } catch {
        // no package.json here: keep climbing
      }
      const parent = dirname(dir);
      if (parent === dir) return name;
      dir = parent;
    }
  } catch {
    return name;
  }
}

/** Parses a line when it is a JSON object or array; undefined for plain text or invalid JSON. */
export function parseJsonLine(line: string): unknown {
  const first = line.trimStart().charCodeAt(0);
  if (first !== 123 && first !== 91) return undefined;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** A RegExp that matches `value` literally. */
export function literal(value: string, flags = 'g'): RegExp {
  return new RegExp(value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), flags);
}

/** A copy of a parsed JSON value with every string value (not the keys) passed through `redact`. */
export function mapStrings(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, redact));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, redact);
    return out;
  }
  return value;
}

/**
 * The glue a user writes to put a text-only redactor on JSON log lines: each string value of the parsed line
 * is redacted on its own (numbers, keys and structure are left alone), a plain-text line as a whole.
 */
export function perStringValue(line: string, redact: (text: string) => string): string {
  const record = parseJsonLine(line);
  if (record === undefined) return redact(line);
  return JSON.stringify(mapStrings(record, redact));
}
