/**
 * The built package as users meet it: `logveil/otel` resolved through the package's own `exports` (so these
 * tests run against dist/, which `npm test` builds first), the examples of docs/otel.md run as written, and
 * the agent demo. Each runs in a child process, as a user's script would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runModule(source: string): { status: number | null; stdout: string; stderr: string } {
  assert.ok(existsSync(`${root}dist/src/otel/index.js`), 'dist/ is missing: run `npm run build` first');
  const result = spawnSync(process.execPath, ['--input-type=module'], { cwd: root, input: source, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('importing logveil/otel loads no OpenTelemetry package and not pino', () => {
  // A resolve hook that refuses those packages: the import fails if anything reaches for them.
  const hook = `export async function resolve(specifier, context, next) {
    if (/^(@opentelemetry\\/|pino($|\\/))/.test(specifier)) throw new Error('loaded ' + specifier);
    return next(specifier, context);
  }`;
  const result = runModule(`
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    const otel = await import('logveil/otel');
    console.log(Object.keys(otel).sort().join(','));
  `);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /RedactingLogRecordProcessor,RedactingSpanExporter,RedactingSpanProcessor/);
});

test('every example in docs/otel.md runs as written', () => {
  const markdown = readFileSync(`${root}docs/otel.md`, 'utf8');
  const examples = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  assert.ok(examples.length >= 3);
  const outputs = examples.map((example) => {
    const result = runModule(example);
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  });
  // What the comments in the examples promise.
  assert.match(outputs[0]!, /api_key=\[REDACTED:url-credential\]/);
  assert.match(outputs[0]!, /'db.connection_string': '\[REDACTED:sensitive-key\]'/);
  assert.doesNotMatch(outputs[0]!, /hunter2|Bearer abc123/);
  assert.match(outputs[1]!, /resume session \[REDACTED:known-secret\]\n/);
  assert.doesNotMatch(outputs[1]!, /agent-session-5b3f/);
});

test('the agent demo exports its spans with none of the planted credentials', () => {
  const result = runModule(`
    import { runOtelDemo } from './examples/agent/otel-demo.js';
    const { spans, stats, credentials } = await runOtelDemo({ steps: 2 });
    const text = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events, s.status, s.resource.attributes]));
    const leaked = Object.entries(credentials).filter(([, value]) => text.includes(value)).map(([name]) => name);
    console.log(JSON.stringify({ spans: spans.length, leaked, failed: stats.failed, redacted: stats.redacted }));
  `);
  assert.equal(result.status, 0, result.stderr);
  const summary = JSON.parse(result.stdout) as { spans: number; leaked: string[]; failed: number; redacted: number };
  assert.deepEqual(summary.leaked, []);
  assert.equal(summary.spans, 6);
  assert.equal(summary.failed, 0);
  assert.ok(summary.redacted > 0);
});
