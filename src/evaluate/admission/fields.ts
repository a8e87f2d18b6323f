// Safe readers for untyped manifest fields: a wrong type reads as absent, and the caller
// decides whether absence is a problem.
import type { Manifest } from './types.js';

export function isRecord(v: unknown): v is Manifest {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function record(v: unknown): Manifest | undefined {
  return isRecord(v) ? v : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function strList(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === 'string');
}

export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const r = record(v);
  if (r) for (const [k, x] of Object.entries(r)) if (typeof x === 'string') out[k] = x;
  return out;
}

export function metadata(o: Manifest | undefined): Manifest {
  return record(o?.metadata) ?? {};
}

export function nameOf(o: Manifest | undefined): string {
  return str(metadata(o).name) ?? '';
}

export function labelsOf(o: Manifest | undefined): Record<string, string> {
  return stringMap(metadata(o).labels);
}

/** `apps/v1` → group `apps`, version `v1`; `v1` → the core group `` . */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
