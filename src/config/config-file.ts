import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, LogveilError, isLogveilError } from '../engine/errors.js';
import { defineDetector } from '../engine/detector.js';
import type { Detector } from '../engine/detector.js';
import type { RedactorOptions } from '../redactor.js';

const CONFIG_KEYS = new Set(['presets', 'enable', 'disable', 'detectors', 'builtins', 'redaction', 'keyNames', 'maxDepth']);

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
    try {
      const module = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
      config = module.default ?? module;
    } catch (error) {
      if (isLogveilError(error)) throw new LogveilError(error.code, `config ${path}: ${error.message}`);
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new LogveilError(ErrorCodes.BAD_CONFIG, `config ${path}: the module failed to load: ${reason}`);
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
