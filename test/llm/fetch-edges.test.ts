import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { guardFetch } from '../../src/llm/index.js';
import { email, sendThroughGuard, startModelServer, stripeKey } from './support.js';
import type { ModelServer } from './support.js';

const EMAIL = email('edge-user');
const STRIPE = stripeKey('edge-key');

let server: ModelServer;
before(async () => {
  server = await startModelServer();
});
after(async () => {
  await server.close();
});

describe('guardFetch on its own', () => {
  it('refuses to send a body to a model endpoint that is not JSON', async () => {
    const count = server.requests.length;
    await assert.rejects(guardFetch()(`${server.url}/v1/chat/completions`, { method: 'POST', body: `not json ${STRIPE}` }), { code: 'LOGVEIL_ERR_LLM_SCRUB_FAILED' });
    assert.equal(server.requests.length, count);
  });

  it('leaves requests to other paths alone unless their host is named', async () => {
    const body = JSON.stringify({ note: `key ${STRIPE}` });
    await (await guardFetch()(`${server.url}/v1/files/meta`, { method: 'POST', body })).arrayBuffer();
    assert.equal(server.requests.at(-1)!.text, body);
    await (await guardFetch({ hosts: [new URL(server.url).host] })(`${server.url}/v1/files/meta`, { method: 'POST', body })).arrayBuffer();
    assert.equal(server.requests.at(-1)!.text.includes(STRIPE), false);
  });

  it('scrubs the body of a Request object', async () => {
    const request = new Request(`${server.url}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: `about ${EMAIL}` }) });
    await (await guardFetch()(request)).arrayBuffer();
    assert.equal(server.requests.at(-1)!.text.includes(EMAIL), false);
  });

  it('gives a conformance runner what arrived for each string', async () => {
    const results = await sendThroughGuard([`mail ${EMAIL}`, 'nothing here', `key ${STRIPE}`]);
    assert.deepEqual(results, [{ arrived: 'mail ⟦EMAIL_1⟧' }, { arrived: 'nothing here' }, { arrived: 'key [REDACTED:stripe-secret-key]' }]);
  });
});
