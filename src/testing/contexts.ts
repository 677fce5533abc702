/**
 * Log-shaped places a secret turns up in. Each context wraps a sample and says how the redactor reads the
 * result: as one NDJSON line (`line`) or as free text (`text`). Keys are neutral words, so that only the
 * detector under test, not the sensitive-key classifier, can change the output.
 */
export interface LogContext {
  readonly name: string;
  readonly kind: 'line' | 'text';
  /** False when the sample cannot sit there as is (a multi-line PEM in a URL query). */
  applies(sample: string): boolean;
  wrap(sample: string): string;
}

const PINO_PREFIX = '{"level":30,"time":1732370400000,"pid":4242,"hostname":"agent-7"';
const singleLine = (sample: string): boolean => !/[\r\n]/.test(sample);
const always = (): boolean => true;

export const LOG_CONTEXTS: readonly LogContext[] = [
  { name: 'plain text', kind: 'text', applies: always, wrap: (sample) => sample },
  {
    name: 'pino JSON line',
    kind: 'line',
    applies: always,
    wrap: (sample) => `${PINO_PREFIX},"msg":${JSON.stringify(sample)}}`,
  },
  {
    name: 'nested field',
    kind: 'line',
    applies: always,
    wrap: (sample) =>
      `${PINO_PREFIX},"tool":{"name":"http_request","args":{"body":${JSON.stringify(sample)},"retries":2}},"msg":"tool call"}`,
  },
  {
    name: 'msg sentence',
    kind: 'line',
    applies: always,
    wrap: (sample) => `${PINO_PREFIX},"msg":${JSON.stringify(`agent step 3 sent ${sample} to the tool and waited`)}}`,
  },
  {
    name: 'URL query',
    kind: 'text',
    applies: (sample) => singleLine(sample) && !/\s/.test(sample),
    wrap: (sample) => `GET https://api.example.com/v1/items?ref=${sample}&page=2 200 31ms`,
  },
  {
    name: 'Bearer header',
    kind: 'text',
    applies: singleLine,
    wrap: (sample) => `outgoing headers: Authorization: Bearer ${sample}`,
  },
  {
    name: 'error stack',
    kind: 'line',
    applies: always,
    wrap: (sample) =>
      `${PINO_PREFIX},"err":{"type":"Error","message":${JSON.stringify(`request failed: ${sample}`)},"stack":${JSON.stringify(
        `Error: request failed: ${sample}\n    at callTool (file:///srv/agent/tools.js:88:11)\n    at async Agent.step (file:///srv/agent/agent.js:41:5)`,
      )}},"msg":"tool error"}`,
  },
  {
    name: 'JSON-escaped',
    kind: 'line',
    applies: always,
    wrap: (sample) => `${PINO_PREFIX},"payload":${JSON.stringify(JSON.stringify({ input: sample }))},"msg":"raw payload"}`,
  },
  {
    name: 'env dump',
    kind: 'text',
    applies: singleLine,
    wrap: (sample) => `NODE_ENV=production\nDEPLOY_VALUE=${sample}\nPORT=8080`,
  },
];
