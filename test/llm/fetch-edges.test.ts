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

  it('restores an event stream cut at every byte, through the middle of a placeholder', async () => {
    let answer = new Uint8Array();
    const inner = async (_url: unknown, init?: RequestInit): Promise<Response> => {
      const placeholder = String(init?.body).match(/⟦[A-Z_]+_\d+⟧/)![0];
      answer = new TextEncoder().encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: `to ${placeholder}!` } }] })}\n\ndata: [DONE]\n\n`);
      const bytes = answer;
      return new Response(new ReadableStream({ start(controller) { for (const byte of bytes) controller.enqueue(new Uint8Array([byte])); controller.close(); } }), { headers: { 'content-type': 'text/event-stream' } });
    };
    const response = await guardFetch({}, inner as typeof fetch)('http://model.test/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: `mail ${EMAIL}` }] }) });
    const text = await response.text();
    const contents = [...text.matchAll(/^data: (\{.*\})$/gm)].map((match) => (JSON.parse(match[1]!) as { choices: { delta: { content: string } }[] }).choices[0]!.delta.content);
    assert.equal(contents.join(''), `to ${EMAIL}!`);
    assert.match(text, /data: \[DONE\]\n\n$/);
  });
});
