import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { Resource } from '@opentelemetry/resources';
import { OtelScrubbing } from '../../src/otel/scrubbing.js';
import { githubToken } from './support.js';

const scrubbing = () => new OtelScrubbing({});

test('a clean, settled resource is used as it is', () => {
  const resource = resourceFromAttributes({ 'service.name': 'agent', 'host.name': 'box-1' });
  assert.equal(scrubbing().resources.scrub(resource as never), resource);
});

test('a resource is scrubbed once and the result is reused by identity', () => {
  const { resources, redactor } = scrubbing();
  const resource = resourceFromAttributes({ 'service.name': 'agent', 'deploy.note': `with ${githubToken('resource-once')}` });
  const first = resources.scrub(resource as never);
  const inputs = redactor.stats().inputs;
  assert.equal(resources.scrub(resource as never), first);
  assert.equal(redactor.stats().inputs, inputs);
  assert.deepEqual(first.attributes, { 'service.name': 'agent', 'deploy.note': 'with [REDACTED:github-pat]' });
  assert.deepEqual(first.getRawAttributes(), [['service.name', 'agent'], ['deploy.note', 'with [REDACTED:github-pat]']]);
  assert.deepEqual(resource.attributes['deploy.note'], `with ${githubToken('resource-once')}`);
});

test('async resource attributes are scrubbed once they settle', async () => {
  const { resources } = scrubbing();
  let settle!: (value: string) => void;
  const pending = new Promise<string>((resolve) => (settle = resolve));
  const resource: Resource = resourceFromAttributes({ 'service.name': 'agent', 'cloud.note': pending });
  assert.equal(resource.asyncAttributesPending, true);
  const scrubbed = resources.scrub(resource as never);
  assert.equal(scrubbed.asyncAttributesPending, true);
  const raw = scrubbed.getRawAttributes();
  settle(`token ${githubToken('resource-async')}`);
  await scrubbed.waitForAsyncAttributes!();
  assert.equal(scrubbed.asyncAttributesPending, false);
  assert.deepEqual(scrubbed.attributes, { 'service.name': 'agent', 'cloud.note': 'token [REDACTED:github-pat]' });
  assert.equal(await raw[1]![1], 'token [REDACTED:github-pat]');
});

test('merging a scrubbed resource keeps the other side scrubbed too', () => {
  const { resources } = scrubbing();
  const leaky = resources.scrub(resourceFromAttributes({ note: `t ${githubToken('resource-merge')}` }) as never);
  const merged = leaky.merge(resourceFromAttributes({ 'service.name': 'agent' }) as never);
  assert.deepEqual(merged.attributes, { note: 't [REDACTED:github-pat]', 'service.name': 'agent' });
  assert.equal(leaky.schemaUrl, undefined);
});
