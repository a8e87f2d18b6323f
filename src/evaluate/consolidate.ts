import type { Finding } from '../types.js';

// One problem, one finding. After every rule and analyser has run, repetition is folded, so
// that a reviewer reads each problem once:
//
// - The same object reached twice: a generated install bundle beside the bases it was built
//   from, or one manifest copied into two folders. The findings carry one fingerprint (rule,
//   resource, element, field; no file, no line); one of them is reported, with the other
//   places as related locations. Findings that differ in waiver state are not folded: a
//   waiver on one copy decides nothing about the other.
// - One line, one finding: a setting that several containers inherit from the pod (one
//   `runAsUser: 0`, one `hostProcess: true` in the pod's securityContext), or that one
//   template line makes for every container, is reported once, naming the others.
// - Findings that another implies: a privileged container may escalate its privileges and
//   holds every capability, so `allow-privilege-escalation` and `drop-all-capabilities` on
//   it only repeat `privileged-container`; a Windows HostProcess pod shares the node's
//   namespaces, so `host-namespaces` repeats `host-process`.
//
// What is folded or implied is kept aside (subsumed), out of the reports. The pull request
// comparison still sees it, so that a change which adds `privileged: true` does not read as
// fixing what it implies, and one which removes it does not read as adding it.

/** Findings another finding implies, on the same container or on the same resource. */
interface Implication {
  by: string;
  rules: ReadonlySet<string>;
  scope: 'container' | 'resource';
  /** What the implying finding's message adds, before the rules it covers. */
  because: string;
}

const IMPLICATIONS: readonly Implication[] = [
  {
    by: 'privileged-container',
    rules: new Set([
      'allow-privilege-escalation',
      'drop-all-capabilities',
      'dangerous-capabilities',
    ]),
    scope: 'container',
    because: 'it may also escalate privileges and holds every capability',
  },
  {
    by: 'host-process',
    rules: new Set(['host-namespaces']),
    scope: 'resource',
    because: "a HostProcess pod runs in the node's namespaces as well",
  },
];

export interface Consolidated {
  /** What is reported, in the order given. */
  findings: Finding[];
  /** Findings that a reported one implies: not reported, still compared with a base. */
  subsumed: Finding[];
}

// A rendered object's findings may stand in its template or its values file: an object is
// known by its id (as copies are: one id, one object), and, for a chart rendered with
// several value sets, by the sets that gave the finding: what privileged implies in one set
// is a finding of its own in a set where privileged is off.
const resourceKey = (f: Finding) => `${f.resource}\u0000${f.valueSets?.join(',') ?? ''}`;
const containerKey = (f: Finding) => `${resourceKey(f)}\u0000${f.element ?? ''}`;
const lineKey = (f: Finding) => `${f.location.file}\u0000${f.location.line}\u0000${f.resource}`;

export function consolidate(findings: readonly Finding[]): Consolidated {
  const copies = foldCopies(findings);
  const lines = foldSharedLines(copies);
  const implied = subsumeImplied(lines.findings);
  return { findings: implied.findings, subsumed: [...lines.subsumed, ...implied.subsumed] };
}

/** Findings of one rule on one resource's line, for several containers: the first reports. */
function foldSharedLines(findings: readonly Finding[]): Consolidated {
  const first = new Map<string, Finding>();
  const others = new Map<Finding, string[]>();
  const subsumed: Finding[] = [];
  for (const f of findings) {
    if (f.element === undefined) continue;
    const key = `${f.ruleId}\u0000${lineKey(f)}\u0000${f.waiver ? 'w' : ''}`;
    const head = first.get(key);
    if (!head) {
      first.set(key, f);
      continue;
    }
    if (head.element === f.element) continue;
    subsumed.push(f);
    others.set(head, [...(others.get(head) ?? []), f.element]);
  }
  if (subsumed.length === 0) return { findings: [...findings], subsumed: [] };
  const aside = new Set(subsumed);
  return {
    findings: findings
      .filter((f) => !aside.has(f))
      .map((f) => {
        const names = others.get(f);
        if (!names) return f;
        const kind = f.container !== undefined ? 'container' : 'element';
        const list = names.map((n) => `"${n}"`).join(', ');
        const also = names.length === 1 ? `so does ${kind} ${list}` : `so do ${kind}s ${list}`;
        return { ...f, message: `${f.message}; ${also}, from the same line` };
      }),
    subsumed,
  };
}

/** The findings another implies go aside; the implying finding's message says which. */
function subsumeImplied(findings: readonly Finding[]): Consolidated {
  const parents = new Map<string, Finding>();
  for (const f of findings) {
    for (const i of IMPLICATIONS) {
      if (f.ruleId !== i.by) continue;
      const key = `${i.by}\u0000${i.scope === 'container' ? containerKey(f) : resourceKey(f)}`;
      if (!parents.has(key)) parents.set(key, f);
    }
  }
  if (parents.size === 0) return { findings: [...findings], subsumed: [] };
  const kept: Finding[] = [];
  const subsumed: Finding[] = [];
  const covered = new Map<Finding, { because: string; rules: Set<string> }>();
  for (const f of findings) {
    let parent: Finding | undefined;
    let implication: Implication | undefined;
    for (const i of IMPLICATIONS) {
      if (!i.rules.has(f.ruleId)) continue;
      const key = `${i.by}\u0000${i.scope === 'container' ? containerKey(f) : resourceKey(f)}`;
      parent = parents.get(key);
      implication = i;
      if (parent) break;
    }
    if (!parent || !implication) {
      kept.push(f);
      continue;
    }
    subsumed.push(f);
    const entry = covered.get(parent) ?? { because: implication.because, rules: new Set<string>() };
    entry.rules.add(f.ruleId);
    covered.set(parent, entry);
  }
  return {
    findings: kept.map((f) => {
      const entry = covered.get(f);
      if (!entry) return f;
      const rules = [...entry.rules].sort();
      return {
        ...f,
        message: `${f.message}; ${entry.because}, so ${rules.join(' and ')} ${rules.length === 1 ? 'is' : 'are'} not reported separately`,
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
