import { AttributeScrubber } from './attributes.js';
import { resolveOtelOptions } from './options.js';
import { ResourceScrubber } from './resource.js';
import { OtelCounters } from './stats.js';
import { SummaryMeter } from './summary.js';
import type { OtelRedactionOptions } from './options.js';
import type { OtelRedactionStats } from './stats.js';
import type { Redactor } from '../redactor.js';

/** The parts every adapter builds from its options: one redactor, its key cache, resource cache and counters. */
export class OtelScrubbing {
  readonly redactor: Redactor;
  readonly attributes: AttributeScrubber;
  readonly resources: ResourceScrubber;
  /** Present when the `summary` option is on. */
  readonly summary: SummaryMeter | undefined;
  readonly counters = new OtelCounters();

  constructor(options: OtelRedactionOptions | Redactor | undefined) {
    const resolved = resolveOtelOptions(options);
    this.redactor = resolved.redactor;
    this.attributes = new AttributeScrubber(resolved.redactor);
    this.resources = new ResourceScrubber(this.attributes);
    this.summary = resolved.summary ? new SummaryMeter(resolved.redactor) : undefined;
  }

  stats(): OtelRedactionStats {
    return this.counters.snapshot(this.redactor);
  }
}
