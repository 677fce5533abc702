export { LOG_CONTEXTS } from './contexts.js';
export { formatFailures, runDetectorSamples, satisfiesPrefilter } from './harness.js';
export type { LogContext } from './contexts.js';
export type { SampleFailure, SampleReport } from './harness.js';
