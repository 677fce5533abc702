import { chars, pick, seeded } from './random.js';
import { withGithubChecksum } from '../../src/validators/index.js';

/**
 * Realistic pino lines of an agent at work (tool calls, HTTP requests, LLM usage, prompts, errors with
 * stacks), about 600 bytes each, reproducible from a seed. A share of them carries one planted secret or
 * PII value; `dirty` tells which, so a benchmark can check its finding count.
 */
export interface GeneratedLine {
  readonly line: string;
  readonly dirty: boolean;
}

const TOOLS = ['crm.lookup', 'github.create_issue', 'web.search', 'sql.query', 'slack.post', 'files.read'];
const WORDS = ['customer', 'refund', 'order', 'ticket', 'invoice', 'deploy', 'branch', 'summary', 'policy', 'shipping', 'status', 'update', 'review', 'the', 'for', 'with', 'and', 'after', 'before'];
const HEX = '0123456789abcdef';

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  return out.join(' ');
}

function plantedSecret(random: () => number): string {
  switch (Math.floor(random() * 6)) {
    case 0:
      return `ghp_${withGithubChecksum(chars(random, 30))}`;
    case 1:
      return `sk_live_${chars(random, 48)}`;
    case 2:
      return `xoxb-${chars(random, 11, '0123456789')}-${chars(random, 12, '0123456789')}-${chars(random, 24)}`;
    case 3:
      return `AKIA${chars(random, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    case 4:
      return `${chars(random, 8, 'abcdefghijklmnopqrstuvwxyz')}.${chars(random, 6, 'abcdefghijklmnopqrstuvwxyz')}@example.com`;
    default:
      return `sk-ant-api03-${chars(random, 93, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_')}AA`;
  }
}

function record(random: () => number, secret: string | undefined): Record<string, unknown> {
  const kind = Math.floor(random() * 5);
  const traceId = chars(random, 32, HEX);
  const base = { reqId: `${chars(random, 8, HEX)}-${chars(random, 4, HEX)}-4${chars(random, 3, HEX)}-a${chars(random, 3, HEX)}-${chars(random, 12, HEX)}`, trace_id: traceId, span_id: chars(random, 16, HEX) };
  const text = (words: number) => (secret === undefined ? sentence(random, words) : `${sentence(random, 4)} ${secret} ${sentence(random, words - 4)}`);
  switch (kind) {
    case 0:
      return { ...base, msg: 'tool call', tool: pick(random, TOOLS), args: { query: text(12), limit: Math.floor(random() * 50), page: 1 }, step: Math.floor(random() * 9) };
    case 1:
      return {
        ...base,
        msg: 'http request',
        method: pick(random, ['GET', 'POST']),
        url: `https://api.example.com/v1/${pick(random, WORDS)}/${Math.floor(random() * 1e6)}`,
        status: 200,
        durationMs: Math.floor(random() * 900),
        headers: { 'content-type': 'application/json', 'user-agent': 'agent/1.4.2 node/20.20.2', 'x-request-id': base.reqId },
        note: text(8),
      };
    case 2:
      return {
        ...base,
        msg: 'llm response',
        model: pick(random, ['gpt-4.1-mini', 'claude-sonnet-4', 'gemini-2.5-flash']),
        usage: { prompt_tokens: Math.floor(random() * 4000), completion_tokens: Math.floor(random() * 800), total_tokens: Math.floor(random() * 4800) },
        finish_reason: 'stop',
        summary: text(16),
      };
    case 3:
      return {
        ...base,
        msg: 'tool failed',
        err: {
          type: 'Error',
          message: text(8),
          stack: `Error: ${text(6)}\n    at callTool (file:///srv/agent/tools.js:88:11)\n    at async Agent.step (file:///srv/agent/agent.js:41:5)`,
        },
      };
    default:
      return { ...base, msg: 'planning step', thought: text(30), cache_key: `plan:${chars(random, 24, HEX)}`, step: Math.floor(random() * 9) };
  }
}

/** Pino's `time` of the lines: 2024-11-23 by default; from 2033-05-18 on it has 13 digits starting with 2. */
export const TODAY_MS = 1732370400000;
export const AFTER_2033_MS = 2043215940000;

export function agentLines(count: number, dirtyShare: number, seed = 42, startTime = TODAY_MS): GeneratedLine[] {
  const random = seeded(seed);
  const lines: GeneratedLine[] = [];
  let time = startTime;
  for (let i = 0; i < count; i++) {
    const dirty = random() < dirtyShare;
    const fields = record(random, dirty ? plantedSecret(random) : undefined);
    time += Math.floor(random() * 50);
    lines.push({ line: JSON.stringify({ level: 30, time, pid: 4242, hostname: 'agent-7', ...fields }), dirty });
  }
  return lines;
}

/**
 * The same lines as an agent logs them after a model call: an OpenAI-style response id and tool-call id
 * (`chatcmpl-` + 29, `call_` + 24 random letters and digits, both cases) appended to each JSON line. Random
 * base62 with upper-case letters is what the base64 gate flags, so these lines take the prefilter's slower
 * path (DESIGN.md, "Lines with model ids").
 */
export function withModelIds(lines: readonly string[], seed: number): string[] {
  const random = seeded(seed);
  return lines.map((line) => `${line.slice(0, -1)},"response_id":"chatcmpl-${chars(random, 29)}","tool_call_id":"call_${chars(random, 24)}"}`);
}
