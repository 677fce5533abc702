import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { LlmGuard, RequestSession, scrubFailed } from './guard.js';
import { restoreJson } from './restore-json.js';
import { restoreEventStream } from './sse.js';
import type { LlmGuardStats } from './audit.js';
import type { LlmGuardOptions } from './options.js';

type Fetch = typeof globalThis.fetch;

/** A fetch that scrubs model requests; `stats()` gives the audit counters. */
export type GuardedFetch = Fetch & { stats(): LlmGuardStats };

/**
 * Model endpoints recognised on any host: OpenAI-style chat completions, completions, responses and
 * embeddings, Anthropic messages (and token counting), Gemini generate/embed/count.
 */
const MODEL_PATH = /(?:\/chat\/completions|\/completions|\/responses|\/messages|\/messages\/count_tokens|\/embeddings|:generateContent|:streamGenerateContent|:embedContent|:batchEmbedContents|:countTokens)\/?$/;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Wraps `fetch` for an SDK that accepts a custom one (`openai`, `@anthropic-ai/sdk`, Google GenAI, any
 * OpenAI-compatible client). A JSON body to a model endpoint (or to a host named in `options.hosts`) is scrubbed
 * before it is sent; placeholders in the JSON or server-sent-event answer are put back. A body that cannot be
 * read or scrubbed is not sent (LOGVEIL_ERR_LLM_SCRUB_FAILED); blocked content throws LOGVEIL_ERR_LLM_BLOCKED.
 */
export function guardFetch(options: LlmGuardOptions = {}, fetch: Fetch = globalThis.fetch): GuardedFetch {
  const guard = new LlmGuard(options);
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = request?.url ?? (input instanceof URL ? input.href : String(input));
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    if (!BODY_METHODS.has(method) || !isTarget(url, guard.hosts)) return fetch(input, init);
    const session = new RequestSession();
    const text = await readBody(request, init).catch((error: unknown) => {
      guard.failed();
      throw scrubFailed(session.requestId, error);
    });
    if (text === undefined || text.trim() === '') return fetch(input, init);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      guard.failed();
      throw new LogveilError(ErrorCodes.LLM_SCRUB_FAILED, `logveil/llm: request ${session.requestId} not sent: its body to a model endpoint is not JSON`);
    }
    const scrubbed = guard.scrub(body, session).value;
    // A clean body goes as it came, byte for byte.
    const out = scrubbed === body ? text : JSON.stringify(scrubbed);
    const headers = new Headers(init?.headers ?? request?.headers);
    headers.delete('content-length');
    const next: RequestInit = { ...init, method, headers, body: out };
    if (request !== undefined && next.signal === undefined) next.signal = request.signal;
    const response = await fetch(request !== undefined ? url : input, next);
    if (session.placeholders.size === 0 || response.body === null) return response;
    return restoreResponse(response, session, guard);
  };
  return Object.assign(guarded, { stats: () => guard.stats() }) as GuardedFetch;
}

function isTarget(url: string, hosts: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return MODEL_PATH.test(parsed.pathname) || hosts.has(parsed.hostname.toLowerCase()) || hosts.has(parsed.host.toLowerCase());
}

async function readBody(request: Request | undefined, init: RequestInit | undefined): Promise<string | undefined> {
  const body = init?.body;
  if (body === undefined || body === null) return request?.body ? await request.clone().text() : undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams || (typeof FormData !== 'undefined' && body instanceof FormData)) {
    throw new TypeError('a form body cannot be scrubbed as JSON');
  }
  return await new Response(body as ConstructorParameters<typeof Response>[0]).text();
}

async function restoreResponse(response: Response, session: RequestSession, guard: LlmGuard): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  const init = { status: response.status, statusText: response.statusText, headers };
  const map = session.placeholders;
  if (type.includes('text/event-stream')) {
    const before = map.restored;
    const stream = restoreEventStream(response.body!, map, () => guard.countRestored(map.restored - before));
    return withUrl(new Response(stream, init), response);
  }
  if (!type.includes('json')) return response;
  const text = await response.text();
  let restored = text;
  try {
    restored = JSON.stringify(restoreJson(JSON.parse(text), map));
  } catch {
    restored = map.restore(text);
  }
  guard.countRestored(map.restored);
  return withUrl(new Response(restored, init), response);
}

/** SDKs read `response.url`; a constructed Response has none, so the original's is kept. */
function withUrl(next: Response, original: Response): Response {
  Object.defineProperty(next, 'url', { value: original.url });
  return next;
}
