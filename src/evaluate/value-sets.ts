// Findings of one chart rendered with several value sets. The same finding from two sets
// (same fingerprint, line and message) is reported once, naming both sets; a finding that
// differs between sets (another line, another message) is reported per set, its
// fingerprint then also naming the set so that code scanning keeps them apart.
import { fingerprintOf } from './fingerprint.js';
import type { Finding, RelatedLocation } from '../model/types.js';

export interface ValueSetFindings {
  valueSet: string;
  findings: Finding[];
}

function sameness(f: Finding): string {
  return [f.location.file, f.location.line, f.message, f.waiver ? 'waived' : ''].join('\u0000');
}

/** Each set may take the value from another values file: the merged finding names them all. */
function addRelated(f: Finding, more: readonly RelatedLocation[]): void {
  const all = [...(f.related ?? [])];
  for (const r of more)
    if (!all.some((a) => a.file === r.file && a.line === r.line && a.message === r.message))
      all.push(r);
  if (all.length) f.related = all;
}

function naming(sets: readonly string[]): string {
  return sets.length === 1 ? `value set ${sets[0]}` : `value sets ${sets.join(', ')}`;
}

export function mergeValueSets(perSet: readonly ValueSetFindings[]): Finding[] {
  // fingerprint -> sameness -> the first such finding and the sets that produced it
  const groups = new Map<string, Map<string, { finding: Finding; sets: string[] }>>();
  for (const { valueSet, findings } of perSet) {
    for (const f of findings) {
      const variants = groups.get(f.fingerprint) ?? new Map();
      groups.set(f.fingerprint, variants);
      const key = sameness(f);
      const variant = variants.get(key);
      if (!variant) variants.set(key, { finding: f, sets: [valueSet] });
      else {
        if (!variant.sets.includes(valueSet)) variant.sets.push(valueSet);
        addRelated(variant.finding, f.related ?? []);
      }
    }
  }
  const merged: Finding[] = [];
  for (const variants of groups.values()) {
    for (const { finding, sets } of variants.values()) {
      // Updated in place: whoever holds the finding (the evaluation's hook) sees the result.
      finding.message = `${finding.message} (${naming(sets)})`;
      finding.valueSets = sets;
      if (variants.size > 1) finding.fingerprint = fingerprintOf([finding.fingerprint, ...sets]);
      merged.push(finding);
    }
  }
  return merged;
}
