import type { Category } from '../engine/detector.js';
import type { LlmMode } from './options.js';

/** One finding in a request, as the audit hook and the block error see it. Never carries the value. */
export interface LlmFinding {
  readonly requestId: string;
  readonly detector: string;
  readonly category: Category;
  readonly mode: LlmMode;
  /** Where in the request: `messages[2].content[0].text`, `tools[0].function.description`, ... */
  readonly path: string;
  /** Index of the message (in `messages`, `prompt`, `input` or `contents`), when the finding is in one. */
  readonly messageIndex?: number;
  /** Index of the part within that message's content, when there is one. */
  readonly part?: number;
}

export interface LlmGuardStats {
  /** Requests scrubbed (sent or blocked). */
  readonly requests: number;
  /** Requests refused because a finding's mode is `block`. */
  readonly blocked: number;
  /** Requests refused because they could not be scrubbed (fail closed). */
  readonly failed: number;
  /** Placeholders put back into answers. */
  readonly restored: number;
  readonly findings: number;
  readonly byDetector: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byMode: Readonly<Record<string, number>>;
}

const MESSAGE_LISTS = new Set(['messages', 'prompt', 'input', 'contents']);
const PART_LISTS = new Set(['content', 'parts']);

/** `messages[2].content[0].text` from path segments, with the message and part indexes it names. */
export function describePath(segments: readonly (string | number)[]): { path: string; messageIndex?: number; part?: number } {
  let path = '';
  let messageIndex: number | undefined;
  let part: number | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (typeof segment === 'number') {
      path += `[${segment}]`;
      const parent = segments[i - 1];
      if (typeof parent === 'string' && messageIndex === undefined && MESSAGE_LISTS.has(parent) && i === 1) messageIndex = segment;
      else if (typeof parent === 'string' && messageIndex !== undefined && part === undefined && PART_LISTS.has(parent)) part = segment;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
  }
  const described: { path: string; messageIndex?: number; part?: number } = { path };
  if (messageIndex !== undefined) described.messageIndex = messageIndex;
  if (part !== undefined) described.part = part;
  return described;
}

export class AuditCounters {
  #requests = 0;
  #blocked = 0;
  #failed = 0;
  #restored = 0;
  #findings = 0;
  #byDetector: Record<string, number> = {};
  #byCategory: Record<string, number> = {};
  #byMode: Record<string, number> = {};

  request(): void {
    this.#requests++;
  }
  blocked(): void {
    this.#blocked++;
  }
  failed(): void {
    this.#failed++;
  }
  restored(count: number): void {
    this.#restored += count;
  }
  finding(finding: LlmFinding): void {
    this.#findings++;
    this.#byDetector[finding.detector] = (this.#byDetector[finding.detector] ?? 0) + 1;
    this.#byCategory[finding.category] = (this.#byCategory[finding.category] ?? 0) + 1;
    this.#byMode[finding.mode] = (this.#byMode[finding.mode] ?? 0) + 1;
  }

  snapshot(): LlmGuardStats {
    return {
      requests: this.#requests,
      blocked: this.#blocked,
      failed: this.#failed,
      restored: this.#restored,
      findings: this.#findings,
      byDetector: { ...this.#byDetector },
      byCategory: { ...this.#byCategory },
      byMode: { ...this.#byMode },
    };
  }
}
