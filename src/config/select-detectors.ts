import { ErrorCodes, LogveilError } from '../engine/errors.js';
import type { Detector } from '../engine/detector.js';

/** Presets every catalog has; detectors may add their own names (`network`). */
export const DEFAULT_PRESETS = ['secrets', 'pii'] as const;

function presetMembers(name: string, catalog: readonly Detector[]): Detector[] | undefined {
  switch (name) {
    case 'secrets':
      return catalog.filter((detector) => detector.category === 'secret' && detector.optIn !== true);
    case 'pii':
      return catalog.filter((detector) => detector.category === 'pii' && detector.optIn !== true);
    case 'strict':
      return [...catalog];
    default: {
      const members = catalog.filter((detector) => detector.presets?.includes(name));
      return members.length > 0 ? members : undefined;
    }
  }
}

/** Every preset name the catalog knows. */
export function presetNames(catalog: readonly Detector[]): string[] {
  const names = new Set<string>(['secrets', 'pii', 'strict']);
  for (const detector of catalog) for (const preset of detector.presets ?? []) names.add(preset);
  return [...names].sort();
}

/**
 * Resolves presets plus `enable` and `disable` (each a detector id or a preset name) against the catalog.
 * Unknown names are errors, not silent no-ops: a typo in `disable` must not leave a detector running, and a
 * typo in `enable` must not leave a user believing a format is covered.
 */
export function selectDetectors(
  catalog: readonly Detector[],
  presets: readonly string[],
  enable: readonly string[],
  disable: readonly string[],
): Detector[] {
  const byId = new Map(catalog.map((detector) => [detector.id, detector]));
  const resolve = (name: string, option: string): Detector[] => {
    const single = byId.get(name);
    if (single !== undefined) return [single];
    const members = presetMembers(name, catalog);
    if (members !== undefined) return members;
    throw new LogveilError(
      option === 'presets' ? ErrorCodes.UNKNOWN_PRESET : ErrorCodes.UNKNOWN_DETECTOR,
      `${option}: "${name.slice(0, 80)}" is neither a detector id nor a preset (presets: ${presetNames(catalog).join(', ')})`,
    );
  };
  const chosen = new Set<Detector>();
  for (const name of presets) for (const detector of resolve(name, 'presets')) chosen.add(detector);
  for (const name of enable) for (const detector of resolve(name, 'enable')) chosen.add(detector);
  for (const name of disable) for (const detector of resolve(name, 'disable')) chosen.delete(detector);
  return catalog.filter((detector) => chosen.has(detector));
}
