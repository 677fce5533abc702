import type { PlaceholderMap } from './placeholders.js';

/** Fields whose string is itself JSON text (tool call arguments): a value goes back in JSON-escaped. */
export const JSON_TEXT_KEYS: ReadonlySet<string> = new Set(['arguments', 'partial_json']);

/** Puts a request's values back into a parsed JSON answer, without mutating it. */
export function restoreJson(value: unknown, map: PlaceholderMap, key?: string): unknown {
  if (typeof value === 'string') return map.restore(value, key !== undefined && JSON_TEXT_KEYS.has(key));
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = restoreJson(item, map, key);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
    const next = restoreJson(child, map, name);
    if (next !== child) (copy ??= { ...(value as Record<string, unknown>) })[name] = next;
  }
  return copy ?? value;
}
