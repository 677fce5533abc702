import type { Redactor } from '../redactor.js';

type Labels = Readonly<Record<string, string>>;

/**
 * The relay's counters and gauges in Prometheus text format. Labels are signal names, outcomes, detector ids
 * and categories: fixed vocabularies, never a value from a request.
 */
export class RelayMetrics {
  readonly #counters = new Map<string, Map<string, number>>();
  readonly #help = new Map<string, string>();
  readonly #gauges = new Map<string, () => number>();

  constructor() {
    this.describe('logveil_relay_requests_total', 'Export requests received, by signal and outcome.');
    this.describe('logveil_relay_items_total', 'Spans, log records and data points received, by signal and outcome.');
    this.describe('logveil_relay_retries_total', 'Upstream sends retried.');
    this.describe('logveil_relay_upstream_errors_total', 'Upstream sends that failed, by reason class.');
    this.describe('logveil_relay_upstream_sent_items_total', 'Items the upstream accepted, by signal.');
    this.describe('logveil_relay_dropped_items_total', 'Items the relay had accepted and could not deliver, by reason.');
  }

  describe(name: string, help: string): void {
    this.#help.set(name, help);
  }

  add(name: string, labels: Labels, value = 1): void {
    let series = this.#counters.get(name);
    if (series === undefined) this.#counters.set(name, (series = new Map()));
    const key = Object.entries(labels)
      .map(([label, text]) => `${label}="${text.replace(/[\\"\n]/g, '_')}"`)
      .join(',');
    series.set(key, (series.get(key) ?? 0) + value);
  }

  gauge(name: string, help: string, read: () => number): void {
    this.#help.set(name, help);
    this.#gauges.set(name, read);
  }

  get(name: string, labels: Labels): number {
    const key = Object.entries(labels)
      .map(([label, text]) => `${label}="${text}"`)
      .join(',');
    return this.#counters.get(name)?.get(key) ?? 0;
  }

  render(redactor: Redactor): string {
    const lines: string[] = [];
    for (const [name, series] of this.#counters) {
      lines.push(`# HELP ${name} ${this.#help.get(name) ?? name}`, `# TYPE ${name} counter`);
      for (const [key, value] of series) lines.push(`${name}${key === '' ? '' : `{${key}}`} ${value}`);
    }
    const stats = redactor.stats();
    lines.push('# HELP logveil_relay_findings_total Findings redacted, by detector.', '# TYPE logveil_relay_findings_total counter');
    for (const [detector, count] of Object.entries(stats.findings)) lines.push(`logveil_relay_findings_total{detector="${detector}"} ${count}`);
    lines.push('# HELP logveil_relay_findings_by_category_total Findings redacted, by category.', '# TYPE logveil_relay_findings_by_category_total counter');
    for (const [category, count] of Object.entries(stats.categories)) lines.push(`logveil_relay_findings_by_category_total{category="${category}"} ${count}`);
    for (const [name, read] of this.#gauges) lines.push(`# HELP ${name} ${this.#help.get(name) ?? name}`, `# TYPE ${name} gauge`, `${name} ${read()}`);
    return `${lines.join('\n')}\n`;
  }
}
