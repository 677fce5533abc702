import { readFileSync } from 'node:fs';

/**
 * A child process's peak resident set (VmHWM) in MB, from /proc; undefined where there is no /proc or the
 * process is gone. VmHWM only grows, so polling it until exit gives the peak up to the last reading.
 */
export function peakRssMb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Number(match[1]) / 1024;
  } catch {
    return undefined;
  }
}

/** Polls a child's peak RSS every `everyMs` until `stop()` is called; returns the highest reading. */
export function watchPeakRss(pid: number, everyMs = 50): { stop(): number | undefined } {
  let peak: number | undefined;
  const read = () => {
    const reading = peakRssMb(pid);
    if (reading !== undefined) peak = Math.max(peak ?? 0, reading);
  };
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
