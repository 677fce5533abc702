import { FAIL_CLOSED_MARKER, MarkedResource, markAttributes, scrubFailingClosed } from './fail-closed.js';
import { ScrubbedSpan } from './scrubbed-span.js';
import { urlCredentialCount } from './stats.js';
import { addSummary } from './summary.js';
import { TextBatch } from './text-batch.js';
import type { Attributes, Link, SpanStatus } from '@opentelemetry/api';
import type { AttributePlan } from './attributes.js';
import type { OtelScrubbing } from './scrubbing.js';
import type { ReadableSpanLike, ResourceLike, TimedEventLike } from './types.js';

interface EventPlan {
  readonly name: number;
  readonly attributes: AttributePlan | undefined;
}

const NO_PLANS: readonly never[] = [];

/**
 * Turns an ended span into one that is safe to export: the original when nothing in it needs scrubbing
 * (most spans), else a `ScrubbedSpan` copy. Never writes to the original. If scrubbing throws, the copy is
 * fail-closed: every string replaced by `[REDACTED:logveil-error]`, the failure counted.
 */
export class SpanScrubber {
  readonly #scrubbing: OtelScrubbing;

  constructor(scrubbing: OtelScrubbing) {
    this.#scrubbing = scrubbing;
  }

  /** The span to hand on, or `undefined` when it could not even be read (counted as dropped). */
  scrub(span: ReadableSpanLike): ReadableSpanLike | undefined {
    return scrubFailingClosed(span, this.#scrubbing.counters, (item) => this.#scrub(item), (item) => failClosed(item, this.#scrubbing));
  }

  #scrub(span: ReadableSpanLike): ReadableSpanLike {
    const { redactor, attributes: scrubber, resources, summary, counters } = this.#scrubbing;
    const resource = resources.scrub(span.resource);
    // A batch per span, not a shared one: a custom redaction function may end a span of its own meanwhile.
    const batch = new TextBatch();
    const nameIndex = batch.add(span.name);
    const message = span.status.message;
    const messageIndex = message === undefined || message === '' ? -1 : batch.add(message);
    const attributesPlan = scrubber.collect(span.attributes, batch);
    let special = attributesPlan.special;
    const eventPlans = span.events.length === 0 ? NO_PLANS : span.events.map((event): EventPlan => {
      const name = batch.add(event.name);
      const plan = event.attributes === undefined ? undefined : scrubber.collect(event.attributes, batch);
      if (plan?.special === true) special = true;
      return { name, attributes: plan };
    });
    const linkPlans = span.links.length === 0 ? NO_PLANS : span.links.map((link) => {
      const plan = link.attributes === undefined ? undefined : scrubber.collect(link.attributes, batch);
      if (plan?.special === true) special = true;
      return plan;
    });
    const dirty = batch.scan(redactor);
    if (dirty === null && !special && resource === span.resource) return span;

    summary?.begin();
    const urlBefore = urlCredentialCount(redactor);
    const name = scrubber.text(span.name, nameIndex, dirty);
    const status = messageIndex === -1 ? span.status : scrubStatus(span.status, scrubber.text(message!, messageIndex, dirty));
    let attributes = scrubber.apply(span.attributes, attributesPlan, dirty);
    const events = mapChanged(span.events, eventPlans, (event, plan: EventPlan) => {
      const eventName = scrubber.text(event.name, plan.name, dirty);
      const eventAttributes = plan.attributes === undefined ? undefined : scrubber.apply(event.attributes!, plan.attributes, dirty);
      return eventName === event.name && eventAttributes === event.attributes ? event : { ...event, name: eventName, attributes: eventAttributes };
    });
    const links = mapChanged(span.links, linkPlans, (link, plan: AttributePlan | undefined) => {
      const linkAttributes = plan === undefined ? undefined : scrubber.apply(link.attributes!, plan, dirty);
      return linkAttributes === link.attributes ? link : { ...link, attributes: linkAttributes };
    });
    counters.urlCredentials += urlCredentialCount(redactor) - urlBefore;
    const unchanged =
      name === span.name && status === span.status && attributes === span.attributes && events === span.events && links === span.links;
    if (unchanged && resource === span.resource) return span;
    if (summary !== undefined) attributes = addSummary(attributes, summary.end());
    return new ScrubbedSpan(span, { name, status, attributes, events, links, resource });
  }
}

function scrubStatus(status: SpanStatus, message: string): SpanStatus {
  return message === status.message ? status : { ...status, message };
}

/** Maps each item with its plan; the original array when every item came back as it was. */
function mapChanged<T, P>(items: T[], plans: readonly P[], each: (item: T, plan: P) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = each(item, plans[i]!);
    if (next !== item) out ??= items.slice(0, i);
    out?.push(next);
  }
  return out ?? items;
}

/** The span with all of its text replaced by the marker, and the resource scrubbed if that still works. */
function failClosed(span: ReadableSpanLike, scrubbing: OtelScrubbing): ReadableSpanLike {
  let resource: ResourceLike;
  try {
    resource = scrubbing.resources.scrub(span.resource);
  } catch {
    resource = new MarkedResource(span.resource);
  }
  const status = span.status.message === undefined ? span.status : { ...span.status, message: FAIL_CLOSED_MARKER };
  return new ScrubbedSpan(span, {
    name: FAIL_CLOSED_MARKER,
    status,
    attributes: markAttributes(span.attributes as Attributes) ?? {},
    events: span.events.map((event) => ({ ...event, name: FAIL_CLOSED_MARKER, attributes: markAttributes(event.attributes) })),
    links: span.links.map((link) => ({ ...link, attributes: markAttributes(link.attributes) })),
    resource,
  });
}
