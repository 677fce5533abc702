import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { installed } from './types.js';
import type { PeerAdapter } from './types.js';

/**
 * secretlint's Node API (`lintSource` from @secretlint/core) with @secretlint/secretlint-rule-preset-recommend, the
 * preset its docs start from, on each line's text; every reported range is replaced with `[REDACTED]`. secretlint
 * is a linter (it reports, it does not redact) and has no way to register known values, so the adapter does the
 * replacement. Its only API is asynchronous: `redactLine` returns a promise.
 *
 * secretlint's core records performance marks for every call in a process-wide profiler (@secretlint/profiler)
 * whose PerformanceObserver keeps every mark and measures each against Node's whole mark buffer: after about 2,000
 * calls the process spends its time measuring and never exits. That is harmless in its CLI, fatal in a log
 * pipeline; the adapter turns the profiler's `mark` into a no-op, as a user keeping secretlint in a long-running
 * process would have to.
 */
export function secretlint(): PeerAdapter {
  secretLintProfiler.mark = () => undefined;
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };
  return {
    name: 'secretlint (recommended preset)',
    package: `${installed('@secretlint/core')} + ${installed('@secretlint/secretlint-rule-preset-recommend')}`,
    configuration: "lintSource({ source: { content: line, contentType: 'text' }, options: { config: recommended preset } }); reported ranges replaced",
    takesKnownSecrets: false,
    async redactLine(line) {
      const result = await lintSource({
        source: { content: line, filePath: '/logs/agent.log', ext: '.log', contentType: 'text' },
        options: { config, noPhysicFilePath: true },
      });
      return replaceRanges(line, result.messages.map((message) => message.range));
    },
  };
}

/** Replaces each [start, end) range (overlapping ones merged) with `[REDACTED]`. */
export function replaceRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let current: [number, number] | undefined;
  for (const [start, end] of sorted) {
    if (current !== undefined && start <= current[1]) {
      current[1] = Math.max(current[1], end);
      continue;
    }
    if (current !== undefined) {
      out += `${text.slice(at, current[0])}[REDACTED]`;
      at = current[1];
    }
    current = [start, end];
  }
  if (current !== undefined) out += `${text.slice(at, current[0])}[REDACTED]`;
  return out + text.slice(current === undefined ? at : current[1]);
}
