// cel-go's ext.Sets (enabled in Kubernetes 1.29+): sets.contains, sets.equivalent,
// sets.intersects. Membership uses CEL equality, so 1, 1u and 1.0 are the same element.
import type { Environment } from '@marcbachmann/cel-js';
import { celEquals } from './values.js';

/** The value behind the `sets` identifier: functions on it are the namespaced functions. */
class SetsNamespace {}

function contains(list: unknown[], sublist: unknown[]): boolean {
  return sublist.every((x) => list.some((y) => celEquals(x, y)));
}

export function registerSets(env: Environment): void {
  env
    .registerType('SetsNamespace', SetsNamespace)
    .registerConstant('sets', 'SetsNamespace', new SetsNamespace())
    .registerFunction('SetsNamespace.contains(list, list): bool', (_: SetsNamespace, a, b) =>
      contains(a as unknown[], b as unknown[]),
    )
    .registerFunction(
      'SetsNamespace.equivalent(list, list): bool',
      (_: SetsNamespace, a: unknown[], b: unknown[]) => contains(a, b) && contains(b, a),
    )
    .registerFunction(
      'SetsNamespace.intersects(list, list): bool',
      (_: SetsNamespace, a: unknown[], b: unknown[]) =>
        a.some((x) => b.some((y) => celEquals(x, y))),
    );
}
