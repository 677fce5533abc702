import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, LogveilError, isLogveilError } from '../engine/errors.js';
import { defineDetector } from '../engine/detector.js';
import type { Detector } from '../engine/detector.js';
import { CONFIG_OPTION_NAMES } from '../options.js';
import type { RedactorOptions } from '../options.js';

/** A config file sets detection options only (src/options.ts says which). */
const CONFIG_KEYS = new Set<string>(CONFIG_OPTION_NAMES);

/**
 * Loads a configuration file: JSON, or a JavaScript module whose default export is the configuration (the
 * only way to give a detector a `validate` function or a custom redaction). Detectors are defined here, so
 * a bad pattern fails now with the file and detector named, not on the first log line.
 */
export async function loadConfigFile(path: string): Promise<RedactorOptions> {
  const absolute = resolve(path);
  let config: unknown;
  if (/\.(?:m?js|cjs)$/.test(path)) {
    try {
      readFileSync(absolute);
    } catch {
      throw new LogveilError(ErrorCodes.FILE_NOT_FOUND, `config ${path}: not found`);
    }
    const href = pathToFileURL(absolute).href;
    try {
      const module = (await import(href)) as { default?: unknown };
      config = module.default ?? module;
    } catch (error) {
      if (isLogveilError(error)) throw new LogveilError(error.code, `config ${path}: ${error.message}`);
      throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${path}: the module failed to load: ${loadFailure(error, href)}`);
    }
  } else {
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LogveilError(code === 'ENOENT' ? ErrorCodes.FILE_NOT_FOUND : ErrorCodes.BAD_CONFIG, `config ${path}: ${code === 'ENOENT' ? 'not found' : 'cannot be read'}`);
    }
    try {
      config = JSON.parse(text);
    } catch (error) {
      throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${path}: not valid JSON (${(error as Error).message})`);
    }
  }
  return checkConfig(config, path);
}

/**
 * What may be said about an error a config module threw while loading: its class and the line of the module
 * it came from. Not its message: a config module handles secrets (it reads keys from the environment, parses
 * a credentials file), and messages quote them (`JSON.parse` quotes the text it failed on, a SyntaxError the
 * token), on stderr or in the error pino's worker sends to the app.
 */
function loadFailure(error: unknown, href: string): string {
  const name = error instanceof Error ? error.constructor.name : `a thrown ${typeof error}`;
  const kind = /^(?:a thrown )?[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : 'Error';
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`${escaped}:(\\d+)`).exec(stack)?.[1];
  return line === undefined ? `${kind} (run it with node to see the message)` : `${kind} at line ${line} (run it with node to see the message)`;
}

/** Validates a configuration object (from a file or from pino transport options). */
export function checkConfig(config: unknown, source: string): RedactorOptions {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${source}: expected an object`);
  }
  const record = config as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!CONFIG_KEYS.has(key)) {
      throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${source}: unknown key "${key.slice(0, 60)}" (known: ${[...CONFIG_KEYS].join(', ')})`);
    }
  }
  let detectors: Detector[] | undefined;
  if (record.detectors !== undefined) {
    if (!Array.isArray(record.detectors)) throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${source}: "detectors" must be an array`);
    detectors = record.detectors.map((definition) => {
      try {
        return defineDetector(definition);
      } catch (error) {
        if (isLogveilError(error)) throw new LogveilError(error.code, `config ${source}: ${error.message}`);
        throw error;
      }
    });
  }
  return { ...(record as RedactorOptions), ...(detectors === undefined ? {} : { detectors }) };
}
