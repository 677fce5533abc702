import { SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from '../../../src/otel/index.js';
import type { Shape } from '../cases/index.js';
import type { Observation } from '../verdict.js';
import type { Runner } from './types.js';

/** Where on a span a case's text is put. */
type Placement = 'name' | 'attribute' | 'event' | 'status';

/** A key no semantic convention gives a meaning to, so that only the text decides. */
const ATTRIBUTE = 'agent.note';

const PLACEMENT_SHAPES: Record<Placement, readonly Shape[]> = {
  name: ['text'],
  attribute: ['text', 'multiline', 'json-line'],
  event: ['text', 'multiline', 'json-line'],
  status: ['text', 'multiline'],
};

function read(span: ReadableSpan, placement: Placement): Observation {
  switch (placement) {
    case 'name':
      return { text: span.name };
    case 'attribute':
      return readString(span.attributes[ATTRIBUTE]);
    case 'event':
      return readString(span.events[0]?.attributes?.[ATTRIBUTE]);
    case 'status':
      return readString(span.status.message);
  }
}

function readString(value: unknown): Observation {
  return typeof value === 'string' ? { text: value } : { value: value ?? null };
}

/** `RedactingSpanProcessor` around a `SimpleSpanProcessor`: one span per case, the text at one placement. */
function spanRunner(placement: Placement): Runner {
  return {
    id: `otel-span-${placement}`,
    shapes: new Set(PLACEMENT_SHAPES[placement]),
    async run(cases, context) {
      const exporter = new InMemorySpanExporter();
      const processor = new RedactingSpanProcessor(new SimpleSpanProcessor(exporter), { knownSecrets: context.knownSecrets });
      const provider = new BasicTracerProvider({ spanProcessors: [processor] });
      const tracer = provider.getTracer('conformance');
      for (const testCase of cases) {
        const text = testCase.input as string;
        const span = tracer.startSpan(placement === 'name' ? text : 'conformance case');
        if (placement === 'attribute') span.setAttribute(ATTRIBUTE, text);
        if (placement === 'event') span.addEvent('case', { [ATTRIBUTE]: text });
        if (placement === 'status') span.setStatus({ code: SpanStatusCode.ERROR, message: text });
        span.end();
      }
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      await provider.shutdown();
      const out = new Map<string, Observation>();
      cases.forEach((testCase, i) => {
        const span = spans[i];
        out.set(testCase.id, span === undefined ? { error: `${spans.length} spans exported for ${cases.length} cases` } : read(span, placement));
      });
      return out;
    },
  };
}

export const otelSpanNameRunner = spanRunner('name');
export const otelSpanAttributeRunner = spanRunner('attribute');
export const otelSpanEventRunner = spanRunner('event');
export const otelSpanStatusRunner = spanRunner('status');
