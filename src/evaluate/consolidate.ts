import type { Finding } from '../types.js';

// One problem, one finding. After every rule and analyser has run, two kinds of repetition
// are folded, so that a reviewer reads each problem once:
//
// - The same object reached twice: a generated install bundle beside the bases it was built
//   from, or one manifest copied into two folders. The findings carry one fingerprint (rule,
//   resource, element, field; no file, no line); one of them is reported, with the other
//   places as related locations. Findings differ in waiver state are not folded: a waiver
//   on one copy decides nothing about the other.
// - Findings that `privileged: true` implies: a privileged container may escalate its
//   privileges and holds every capability, so `allow-privilege-escalation` and
//   `drop-all-capabilities` on the same container only repeat it. They are kept aside
//   (subsumed), out of the reports, and the privileged finding says what it covers. The
//   pull request comparison still sees them, so that a change which adds `privileged: true`
//   does not read as fixing them, and one which removes it does not read as adding them.

/** Rules whose findings on a container `privileged-container` implies. */
const IMPLIED_BY_PRIVILEGED = new Set([
  'allow-privilege-escalation',
  'drop-all-capabilities',
  'dangerous-capabilities',
]);

export interface Consolidated {
  /** What is reported, in the order given. */
  findings: Finding[];
  /** Findings that a reported one implies: not reported, still compared with a base. */
  subsumed: Finding[];
}

const containerKey = (f: Finding) =>
  `${f.location.file}\u0000${f.resource}\u0000${f.element ?? ''}`;

export function consolidate(findings: readonly Finding[]): Consolidated {
  const folded = foldCopies(findings);
  return subsumeImplied(folded);
}

/** The findings `privileged-container` implies go aside; its message says which. */
function subsumeImplied(findings: readonly Finding[]): Consolidated {
  const privileged = new Map<string, Finding>();
  for (const f of findings)
    if (f.ruleId === 'privileged-container') privileged.set(containerKey(f), f);
  if (privileged.size === 0) return { findings: [...findings], subsumed: [] };
  const kept: Finding[] = [];
  const subsumed: Finding[] = [];
  const covered = new Map<Finding, Set<string>>();
  for (const f of findings) {
    const parent = IMPLIED_BY_PRIVILEGED.has(f.ruleId)
      ? privileged.get(containerKey(f))
      : undefined;
    if (!parent) {
      kept.push(f);
      continue;
    }
    subsumed.push(f);
    const rules = covered.get(parent) ?? new Set<string>();
    rules.add(f.ruleId);
    covered.set(parent, rules);
  }
  return {
    findings: kept.map((f) => {
      const rules = covered.get(f);
      if (!rules) return f;
      return {
        ...f,
        message: `${f.message}; it may also escalate privileges and holds every capability, so ${[...rules].sort().join(' and ')} ${rules.size === 1 ? 'is' : 'are'} not reported separately`,
      };
    }),
    subsumed,
  };
}

/** Findings with one fingerprint (and waiver state): one reported, the rest its related places. */
function foldCopies(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.fingerprint}\u0000${f.waiver ? `${f.waiver.origin}:${f.waiver.reason}` : ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  if (groups.size === findings.length) return [...findings];
  const weight = resourcesPerFile(findings);
  const replaced = new Map<Finding, Finding | undefined>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // The copy in the file with the fewest objects: the source people edit, rather than a
    // bundle generated from it (ties: the first in report order).
    let primary = group[0];
    for (const f of group)
      if ((weight.get(f.location.file) ?? 0) < (weight.get(primary.location.file) ?? 0))
        primary = f;
    const others = group.filter((f) => f !== primary);
    replaced.set(primary, {
      ...primary,
      related: [
        ...(primary.related ?? []),
        ...others.map((o) => ({
          file: o.location.file,
          line: o.location.line,
          message: `The same object is also defined in ${o.location.file}`,
        })),
      ],
    });
    for (const o of others) replaced.set(o, undefined);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (!replaced.has(f)) out.push(f);
    else {
      const r = replaced.get(f);
      if (r) out.push(r);
    }
  }
  return out;
}

/** How many distinct objects each file has findings about: a bundle has many. */
function resourcesPerFile(findings: readonly Finding[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const f of findings) {
    const set = seen.get(f.location.file) ?? new Set<string>();
    set.add(f.resource);
    seen.set(f.location.file, set);
  }
  return new Map([...seen].map(([file, set]) => [file, set.size]));
}
