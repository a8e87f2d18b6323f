// The Kubernetes lists library (k8s.io/apiserver/pkg/cel/library/lists.go): isSorted,
// sum, min, max, indexOf, lastIndexOf. Elements are compared with CEL's ordering and
// equality, so ints, uints and doubles mix as they do in cel-go.
import type { Environment } from '@marcbachmann/cel-js';
import { celCompare, celEquals, celError, describe } from './values.js';

interface DurationLike {
  addDuration(other: unknown): unknown;
}

function isDuration(v: unknown): v is DurationLike {
  return typeof v === 'object' && v !== null && 'addDuration' in v;
}

/** Sums ints, doubles or durations; an empty list sums to int 0, as Kubernetes says. */
function sum(list: unknown[]): unknown {
  if (list.length === 0) return 0n;
  let total: unknown = list[0];
  for (const item of list.slice(1)) {
    if (typeof total === 'bigint' && typeof item === 'bigint') total = total + item;
    else if (typeof total === 'number' && typeof item === 'number') total = total + item;
    else if (isDuration(total) && isDuration(item)) total = total.addDuration(item);
    else throw celError(`no such overload: sum of ${describe(total)} and ${describe(item)}`);
  }
  if (typeof total === 'bigint' || typeof total === 'number' || isDuration(total)) return total;
  throw celError(`no such overload: sum of ${describe(total)}`);
}

function extreme(list: unknown[], name: 'min' | 'max'): unknown {
  if (list.length === 0) throw celError(`${name} called on empty list`);
  let best = list[0];
  for (const item of list.slice(1)) {
    const order = celCompare(item, best);
    if ((name === 'min' && order < 0) || (name === 'max' && order > 0)) best = item;
  }
  // A one-element list still has to hold a comparable value.
  celCompare(best, best);
  return best;
}

function isSorted(list: unknown[]): boolean {
  for (let i = 1; i < list.length; i++) if (celCompare(list[i - 1], list[i]) > 0) return false;
  if (list.length === 1) celCompare(list[0], list[0]);
  return true;
}

function indexOf(list: unknown[], value: unknown): bigint {
  return BigInt(list.findIndex((item) => celEquals(item, value)));
}

function lastIndexOf(list: unknown[], value: unknown): bigint {
  return BigInt(list.findLastIndex((item) => celEquals(item, value)));
}

export function registerLists(env: Environment): void {
  env
    .registerFunction('list.isSorted(): bool', isSorted)
    .registerFunction('list.sum(): dyn', sum)
    .registerFunction('list.min(): dyn', (l: unknown[]) => extreme(l, 'min'))
    .registerFunction('list.max(): dyn', (l: unknown[]) => extreme(l, 'max'))
    .registerFunction('list.indexOf(dyn): int', indexOf)
    .registerFunction('list.lastIndexOf(dyn): int', lastIndexOf);
}
