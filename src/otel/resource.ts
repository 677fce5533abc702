import type { Attributes } from '@opentelemetry/api';
import type { AttributeScrubber } from './attributes.js';
import type { ResourceLike } from './types.js';

/**
 * Resource attributes are scrubbed once per Resource object, not once per span: every span of a process
 * shares one Resource. The result is cached by identity, which also keeps the exporters' grouping intact
 * (the OTLP transformer groups spans by `span.resource` identity, so all copies must share one object).
 */
export class ResourceScrubber {
  readonly #attributes: AttributeScrubber;
  readonly #cache = new WeakMap<ResourceLike, ResourceLike>();

  constructor(attributes: AttributeScrubber) {
    this.#attributes = attributes;
  }

  /** The resource itself when it is settled and clean, else a scrubbed view of it. */
  scrub(resource: ResourceLike): ResourceLike {
    const cached = this.#cache.get(resource);
    if (cached !== undefined) return cached;
    let result: ResourceLike;
    if (resource.asyncAttributesPending === true) {
      // Reading `attributes` now would log an SDK error and miss the late ones: scrub lazily, once settled.
      result = new ScrubbedResource(resource, this, undefined);
    } else {
      const attributes = resource.attributes;
      const scrubbed = this.#attributes.scrub(attributes);
      result = scrubbed === attributes ? resource : new ScrubbedResource(resource, this, scrubbed);
    }
    this.#cache.set(resource, result);
    return result;
  }

  scrubAttributes(attributes: Attributes): Attributes {
    return this.#attributes.scrub(attributes);
  }

  /** One raw `[key, value]` entry; a pending value is scrubbed when it settles. */
  scrubRawEntry(key: string, value: unknown): [string, unknown] | undefined {
    if (isPromiseLike(value)) {
      const settled = Promise.resolve(value).then(
        (resolved) => (resolved == null ? resolved : this.scrubRawEntry(key, resolved)?.[1]),
        () => undefined,
      );
      return [key, settled];
    }
    const entry = { [key]: value } as Attributes;
    const scrubbed = this.#attributes.scrub(entry);
    if (scrubbed === entry) return [key, value];
    const first = Object.entries(scrubbed)[0];
    return first === undefined ? undefined : [first[0], first[1]];
  }
}

/**
 * A Resource whose attributes are the scrubbed ones. It wraps the original instead of building a new one with
 * `resourceFromAttributes`, so that logveil/otel loads nothing from the SDK at run time and async attributes
 * keep settling in the original.
 */
export class ScrubbedResource implements ResourceLike {
  readonly #source: ResourceLike;
  readonly #scrubber: ResourceScrubber;
  #attributes: Attributes | undefined;

  constructor(source: ResourceLike, scrubber: ResourceScrubber, attributes: Attributes | undefined) {
    this.#source = source;
    this.#scrubber = scrubber;
    this.#attributes = attributes;
  }

  get attributes(): Attributes {
    if (this.#attributes !== undefined) return this.#attributes;
    const scrubbed = this.#scrubber.scrubAttributes(this.#source.attributes);
    // Only settled attributes are final; until then each read scrubs what is there.
    if (this.#source.asyncAttributesPending !== true) this.#attributes = scrubbed;
    return scrubbed;
  }

  get schemaUrl(): string | undefined {
    return this.#source.schemaUrl;
  }

  get asyncAttributesPending(): boolean {
    return this.#source.asyncAttributesPending === true;
  }

  async waitForAsyncAttributes(): Promise<void> {
    await this.#source.waitForAsyncAttributes?.();
  }

  merge(other: ResourceLike | null): ResourceLike {
    return this.#scrubber.scrub(this.#source.merge(other));
  }

  getRawAttributes(): [string, unknown][] {
    const out: [string, unknown][] = [];
    for (const [key, value] of this.#source.getRawAttributes()) {
      const entry = this.#scrubber.scrubRawEntry(key, value);
      if (entry !== undefined) out.push(entry);
    }
    return out;
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
}
