import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRedactor } from '../../src/index.js';
import { githubToken } from './support.js';

describe('placeholders as the engine sees them', () => {
  const redactor = createRedactor();

  it('leaves a logveil/llm placeholder alone, as it leaves [REDACTED:...] markers', () => {
    for (const text of ['token ⟦GITHUB_PAT_1⟧', 'password=⟦SENSITIVE_KEY_2⟧', 'api_key: ⟦GENERIC_CREDENTIAL_12⟧']) {
      assert.equal(redactor.redactString(text), text);
    }
  });

  it('still finds a secret wrapped in brackets that is not a placeholder', () => {
    const token = githubToken('bracketed');
    assert.equal(redactor.redactString(`⟦${token}⟧`), '⟦[REDACTED:github-pat]⟧');
    assert.equal(redactor.redactString(`token ⟦GITHUB_PAT_1⟧${token}`), 'token ⟦GITHUB_PAT_1⟧[REDACTED:github-pat]');
  });
});
