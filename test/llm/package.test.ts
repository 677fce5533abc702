/**
 * The built package as users meet it: `logveil/llm` resolved through the package's own `exports` (dist/, which
 * `npm test` builds first), in a child process, as a user's script would load it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('importing logveil/llm loads no AI SDK, model client, pino or OpenTelemetry package', () => {
  assert.ok(existsSync(`${root}dist/src/llm/index.js`), 'dist/ is missing: run `npm run build` first');
  const hook = `export async function resolve(specifier, context, next) {
    if (/^(ai|openai|@ai-sdk\\/|@anthropic-ai\\/|@opentelemetry\\/|pino)($|\\/)/.test(specifier)) throw new Error('loaded ' + specifier);
    return next(specifier, context);
  }`;
  const source = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    const llm = await import('logveil/llm');
    console.log(Object.keys(llm).sort().join(','));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module'], { cwd: root, input: source, encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), 'DEFAULT_LLM_MODES,LlmBlockedError,guardFetch,logveilMiddleware');
});
