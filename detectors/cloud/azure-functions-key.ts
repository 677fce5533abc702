import { defineDetector } from '../../src/engine/detector.js';
import { signedKey } from '../lib/azure.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { tokenStartOutside } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/** Not at a `+/-` inside a run: see tokenStartOutside. */
const KEY_BODY_START = tokenStartOutside('+/-');

/**
 * Function and host keys. Keys made since 2023 are 56 characters with the signature AzFu at 44–47 and end in `==`:
 * found bare. Older keys (54 base64 characters + `==`) are only found after the x-functions-key header, a
 * function key name or as the `code=` parameter of an azurewebsites.net/api URL.
 */
const IDENTIFIABLE = '[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==';
const LEGACY = '[A-Za-z0-9_/+-]{54}(?:==|%3[Dd]%3[Dd])';
const NAME = String.raw`(?i:x-functions-key|(?:azure${SEP})?functions?${SEP}(?:app${SEP})?(?:master${SEP}|host${SEP}|default${SEP})?key)`;
const URL = String.raw`(?i:\.azurewebsites\.net/api/)[^\s?"'\\]*\?(?:[^\s"'&\\]*&)*code=`;
const CONTEXT = /functions?[_.-]?(?:app[_.-]?)?(?:master[_.-]?|host[_.-]?|default[_.-]?)?key|code=/i;
const key = (seed: string): string => signedKey(seed, 56, 'AzFu', 44, 'A==');
const legacy = (seed: string): string => `${fake(seed, 54, BASE64URL)}==`;

export default defineDetector({
  id: 'azure-functions-key',
  description:
    'Azure Functions function / host key: 56 characters with the signature AzFu at 44–47 (found bare), or a legacy 56-character ' +
    'base64 key after x-functions-key, AZURE_FUNCTION_KEY or in the code= parameter of an azurewebsites.net/api URL',
  category: 'secret',
  keywords: ['AzFu', 'functions-key', 'functions_key', 'function_key', 'function-key', 'functionkey', 'functionskey', 'functions.key', 'function.key', '.azurewebsites.net/api/'],
  pattern: String.raw`(?:${KEY_BODY_START}|${KEY_START}${NAME}${AFTER_KEY}|${URL})(?P<secret>${IDENTIFIABLE}|${LEGACY})(?:[^A-Za-z0-9_/+=-]|$)`,
  // A legacy key has no signature: it counts only when the match holds its key name or the code= parameter.
  validate: (secret, context) =>
    !looksFake(secret.slice(0, 44)) && ((secret.length === 56 && secret.slice(44, 48) === 'AzFu') || CONTEXT.test(context.match)),
  priority: 30,
  samples: {
    positive: [
      key('azfn-1'),
      `curl -H "x-functions-key: ${key('azfn-2')}" https://acme-fn.azurewebsites.net/api/summarize`,
      `POST https://acme-fn.azurewebsites.net/api/summarize?code=${legacy('azfn-3')}&clientId=default`,
      `AZURE_FUNCTION_KEY=${legacy('azfn-4')}`,
    ],
    negative: [
      legacy('azfn-bare'),
      `POST https://acme-fn.azurewebsites.net/api/summarize?code=<function-key>`,
      `AZURE_FUNCTION_KEY=${'x'.repeat(54)}==`,
      `AZURE_FUNCTION_KEY=\${AZURE_FUNCTION_KEY}`,
      `${'x'.repeat(44)}AzFuabcdeA==`,
    ],
  },
});
