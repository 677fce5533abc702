import { randomUUID } from 'node:crypto';
import builtinDetectors from '../../detectors/index.js';
import { ErrorCodes, LogveilError } from '../engine/errors.js';
import { createRedactor } from '../redactor.js';
import type { Redactor } from '../redactor.js';
import type { RedactionInput } from '../engine/redaction-types.js';
import { AuditCounters, describePath } from './audit.js';
import { splitOptions } from './options.js';
import { PlaceholderMap } from './placeholders.js';
import type { LlmFinding, LlmGuardStats } from './audit.js';
import type { LlmGuardOptions, ModeTable } from './options.js';

type Segment = string | number;

/** Keys whose value is a JSON Schema: its property names are field names, not data, so key rules do not apply. */
const SCHEMA_KEYS = new Set(['parameters', 'input_schema', 'inputSchema', 'schema', 'parametersJsonSchema', 'responseSchema', 'response_schema', 'responseJsonSchema']);
/** Fields the API itself fills (ids, roles, model names): scanning them could only break the call's structure. */
const STRUCTURAL_KEYS = new Set(['id', 'type', 'role', 'model', 'toolCallId', 'tool_call_id', 'call_id', 'tool_use_id', 'toolName', 'item_id', 'previous_response_id']);
const MEDIA_TYPE_KEYS = ['mediaType', 'media_type', 'mimeType', 'mime_type'] as const;
const TEXT_MEDIA = /^(?:text\/|application\/(?:json|xml|yaml|x-yaml|javascript|x-ndjson|csv|toml|sql|graphql|x-sh)\b|[a-z]+\/[a-z0-9.+-]*\+(?:json|xml)\b)/i;
const DATA_URL = /^data:([^;,]*)(;base64)?,/i;

/** A request that may not leave: its findings (detectors and locations, never values). */
export class LlmBlockedError extends LogveilError {
  readonly findings: readonly LlmFinding[];
  readonly requestId: string;

  constructor(requestId: string, findings: readonly LlmFinding[]) {
    const where = findings.slice(0, 10).map((finding) => `${finding.detector} at ${finding.path}`);
    const more = findings.length > 10 ? ` and ${findings.length - 10} more` : '';
    super(ErrorCodes.LLM_BLOCKED, `logveil/llm: request ${requestId} not sent: blocked content (${where.join(', ')}${more})`);
    this.name = 'LlmBlockedError';
    this.findings = findings;
    this.requestId = requestId;
  }
}

/** One request being scrubbed: its id, placeholders, and the findings that block it. */
export class RequestSession {
  readonly requestId = randomUUID();
  readonly placeholders = new PlaceholderMap();
  readonly blocking: LlmFinding[] = [];
  path: readonly Segment[] = [];
}

/**
 * The part every door of logveil/llm shares: one redactor whose every finding goes through `#replace`, which
 * asks the mode table what to do. All detection is the engine's (`redactLine` for a text, `redactValue` for a
 * value under a key name); this class only walks a request's shape and remembers where each string came from.
 */
export class LlmGuard {
  readonly redactor: Redactor;
  readonly hosts: ReadonlySet<string>;
  readonly #modes: ModeTable;
  readonly #onFinding: ((finding: LlmFinding) => void) | undefined;
  readonly #audit = new AuditCounters();
  #current: RequestSession | undefined;

  constructor(options: LlmGuardOptions = {}) {
    const { engine, modes, hosts } = splitOptions(options);
    this.#modes = modes;
    this.hosts = hosts;
    this.#onFinding = options.onFinding;
    const replace = (input: RedactionInput): string => this.#replace(input);
    // A detector's own declared strategy outranks the policy's default, so every such detector is named here.
    const detectors: Record<string, typeof replace> = {};
    for (const detector of [...builtinDetectors, ...(engine.detectors ?? [])]) if ('redaction' in detector && detector.redaction !== undefined) detectors[detector.id] = replace;
    this.redactor = createRedactor({ ...engine, redaction: { default: replace, detectors } });
  }

  stats(): LlmGuardStats {
    return this.#audit.snapshot();
  }

  /** Counts placeholders a door put back in an answer. */
  countRestored(count: number): void {
    if (count > 0) this.#audit.restored(count);
  }

  /**
   * Scrubs a request value (a parsed JSON body or AI SDK call options) and returns the scrubbed copy; the input
   * is not mutated. Throws LlmBlockedError when a finding's mode is `block`, and a LogveilError with code
   * LOGVEIL_ERR_LLM_SCRUB_FAILED when anything else goes wrong: the caller must then send nothing.
   */
  scrub<T>(value: T, session = new RequestSession()): { value: T; session: RequestSession } {
    this.#audit.request();
    let scrubbed: unknown;
    this.#current = session;
    try {
      scrubbed = this.#walk(value, [], undefined, false);
    } catch (error) {
      this.#audit.failed();
      throw scrubFailed(session.requestId, error);
    } finally {
      this.#current = undefined;
    }
    if (session.blocking.length > 0) {
      this.#audit.blocked();
      throw new LlmBlockedError(session.requestId, session.blocking);
    }
    return { value: scrubbed as T, session };
  }

  /** Counts a request refused before scrubbing (unreadable body). */
  failed(): void {
    this.#audit.failed();
  }

  #walk(value: unknown, path: Segment[], key: string | undefined, inSchema: boolean): unknown {
    switch (typeof value) {
      case 'string':
        return this.#text(value, path, key, inSchema);
      case 'number':
      case 'bigint':
        return !inSchema && key !== undefined && this.redactor.isSensitiveKey(key) ? this.#underKey(key, value, path) : value;
      case 'object':
        if (value === null) return value;
        if (Array.isArray(value)) return this.#array(value, path, key, inSchema);
        if (isPlainObject(value)) return this.#object(value, path, inSchema);
        return value; // bytes, URLs, dates: carry no text of their own (file parts are handled in #object)
      default:
        return value;
    }
  }

  #array(value: readonly unknown[], path: Segment[], key: string | undefined, inSchema: boolean): unknown {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = this.#walk(value[i], [...path, i], key, inSchema);
      if (next !== value[i]) (copy ??= [...value])[i] = next;
    }
    return copy ?? value;
  }

  #object(value: Record<string, unknown>, path: Segment[], inSchema: boolean): unknown {
    let copy: Record<string, unknown> | undefined;
    const media = mediaTypeOf(value);
    for (const [key, child] of Object.entries(value)) {
      let next: unknown;
      if (STRUCTURAL_KEYS.has(key) && typeof child === 'string') continue;
      if (media !== undefined && key === 'data') next = this.#fileData(child, media, value.type === 'base64' || value.type === 'file', [...path, key]);
      // A whole object under a sensitive key (`credentials: {...}`) is the engine's to judge, as in a log line.
      else if (!inSchema && typeof child === 'object' && child !== null && this.redactor.isSensitiveKey(key)) next = this.#underKey(key, child, [...path, key]);
      else next = this.#walk(child, [...path, key], key, inSchema || SCHEMA_KEYS.has(key));
      if (next !== child) (copy ??= { ...value })[key] = next;
    }
    return copy ?? value;
  }

  /** A file's content: scanned when its media type is text (or JSON, XML...); images, audio, PDFs are not. */
  #fileData(data: unknown, media: string, base64: boolean, path: Segment[]): unknown {
    if (!TEXT_MEDIA.test(media)) return data;
    if (data instanceof Uint8Array) {
      const text = new TextDecoder().decode(data);
      const next = this.#text(text, path, undefined, false);
      return next === text ? data : new TextEncoder().encode(next);
    }
    if (typeof data !== 'string') return data;
    if (!base64) return this.#text(data, path, undefined, false);
    const text = Buffer.from(data, 'base64').toString('utf8');
    const next = this.#text(text, path, undefined, false);
    return next === text ? data : Buffer.from(next, 'utf8').toString('base64');
  }

  #text(value: string, path: Segment[], key: string | undefined, inSchema: boolean): string {
    if (value.length === 0) return value;
    const session = this.#current!;
    session.path = path;
    if (!inSchema && key !== undefined && this.redactor.isSensitiveKey(key, value)) return String(this.#underKey(key, value, path));
    const dataUrl = DATA_URL.exec(value);
    if (dataUrl !== null) {
      if (!TEXT_MEDIA.test(dataUrl[1] ?? '')) return value;
      const head = dataUrl[0];
      const body = value.slice(head.length);
      if (dataUrl[2] === undefined) {
        const text = decodeURIComponentSafe(body);
        const next = this.redactor.redactLine(text);
        return next === text ? value : head + encodeURIComponent(next);
      }
      const text = Buffer.from(body, 'base64').toString('utf8');
      const next = this.redactor.redactLine(text);
      return next === text ? value : head + Buffer.from(next, 'utf8').toString('base64');
    }
    return this.redactor.redactLine(value);
  }

  /** A value under a key name: the engine's own structured rule decides (a sensitive key hides it whole). */
  #underKey(key: string, value: unknown, path: Segment[]): unknown {
    this.#current!.path = path;
    return this.redactor.redactValue({ [key]: value })[key];
  }

  #replace(input: RedactionInput): string {
    const redacted = `[REDACTED:${input.detector}]`;
    const session = this.#current;
    if (session === undefined) return redacted;
    const mode = this.#modes.modeFor(input.detector, input.category);
    const finding: LlmFinding = { requestId: session.requestId, detector: input.detector, category: input.category, mode, ...describePath(session.path) };
    this.#audit.finding(finding);
    if (this.#onFinding !== undefined) {
      try {
        this.#onFinding(finding);
      } catch {
        // An audit hook must not decide whether the request is scrubbed.
      }
    }
    if (mode === 'block') session.blocking.push(finding);
    return mode === 'tokenize' ? session.placeholders.tokenize(input.detector, input.value) : redacted;
  }
}

export function scrubFailed(requestId: string, error: unknown): LogveilError {
  if (error instanceof LogveilError && error.code === ErrorCodes.LLM_SCRUB_FAILED) return error;
  const kind = error instanceof Error ? error.name : typeof error;
  return new LogveilError(ErrorCodes.LLM_SCRUB_FAILED, `logveil/llm: request ${requestId} not sent: it could not be scrubbed (${kind})`);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function mediaTypeOf(value: Record<string, unknown>): string | undefined {
  if (!('data' in value)) return undefined;
  for (const key of MEDIA_TYPE_KEYS) {
    const media = value[key];
    if (typeof media === 'string') return media;
  }
  return undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
