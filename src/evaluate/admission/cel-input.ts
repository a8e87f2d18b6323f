// Manifest values as the API server hands them to CEL: JSON integers are CEL ints (int64),
// which cel-js represents as bigint; a JavaScript number would be a CEL double, and
// `string(object.spec.replicas)` or integer division would then differ from the cluster's.

export function toCelValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(toCelValue);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCelValue(x);
    return out;
  }
  return v;
}
