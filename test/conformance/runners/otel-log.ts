import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { AnyValue } from '@opentelemetry/api-logs';
import { RedactingLogRecordProcessor } from '../../../src/otel/index.js';
import type { Shape } from '../cases/index.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/** `RedactingLogRecordProcessor` around a `SimpleLogRecordProcessor`: one record per case, the case as its body. */
function logRunner(id: string, shapes: readonly Shape[]): Runner {
  return {
    id,
    shapes: new Set(shapes),
    async run(cases, context) {
      const exporter = new InMemoryLogRecordExporter();
      const processor = new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), { knownSecrets: context.knownSecrets });
      const provider = new LoggerProvider({ processors: [processor] });
      const logger = provider.getLogger('conformance');
      for (const testCase of cases) logger.emit({ body: testCase.input as AnyValue });
      await provider.forceFlush();
      const records = exporter.getFinishedLogRecords();
      await provider.shutdown();
      const out = new Map<string, Observation>();
      cases.forEach((testCase, i) => {
        const record = records[i];
        if (record === undefined) out.set(testCase.id, { error: `${records.length} records exported for ${cases.length} cases` });
        else out.set(testCase.id, typeof record.body === 'string' ? { text: record.body } : { value: record.body ?? null });
      });
      return out;
    },
  };
}

/** A string body: a message, a JSON line logged as text, a captured file. */
export const otelLogTextRunner = logRunner('otel-log-body-text', ['text', 'multiline', 'json-line']);
/** A structured body (an `AnyValue` map). */
export const otelLogStructuredRunner = logRunner('otel-log-body-structured', ['value']);
