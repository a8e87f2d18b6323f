import type { Finding } from '../model/types.js';
import { isAdmissionRule } from '../model/admission-rules.js';

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
//   namespaces and runs as an account of the node, so `host-namespaces` and
//   `run-as-non-root` repeat `host-process`.
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
    rules: new Set(['host-namespaces', 'run-as-non-root']),
    scope: 'resource',
    because: "a HostProcess pod runs in the node's namespaces, as an account of the node",
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
// is a finding of its own in a set where privileged is off (see implies()).

/** `findings` must be in report order (file, line, rule...), as every scan gives them. */
export function consolidate(findings: readonly Finding[]): Consolidated {
  const copies = foldCopies(findings);
  const lines = foldSharedLines(copies);
  const implied = subsumeImplied(lines.findings);
  return { findings: implied.findings, subsumed: [...lines.subsumed, ...implied.subsumed] };
}

const sameLineAndRule = (a: Finding, b: Finding) =>
  a.location.line === b.location.line &&
  a.ruleId === b.ruleId &&
  a.location.file === b.location.file;

/** Of findings on one line and of one rule, those that are one problem: one object, one decision. */
const sameProblem = (a: Finding, b: Finding) =>
  a.resource === b.resource &&
  Boolean(a.waiver) === Boolean(b.waiver) &&
  (a.valueSets?.join(',') ?? '') === (b.valueSets?.join(',') ?? '');

/**
 * Findings of one rule on one resource's line, for several containers: the first reports.
 * In report order such findings stand next to each other, so runs are found by comparing
 * neighbours, without a key per finding (a large scan has tens of thousands).
 */
function foldSharedLines(findings: readonly Finding[]): Consolidated {
  const out: Finding[] = [];
  const subsumed: Finding[] = [];
  for (let i = 0; i < findings.length;) {
    let j = i + 1;
    while (j < findings.length && sameLineAndRule(findings[j], findings[i])) j++;
    if (j - i === 1) out.push(findings[i]);
    else out.push(...foldRun(findings.slice(i, j), subsumed));
    i = j;
  }
  return { findings: out, subsumed };
}

/** One run of findings of one rule on one line: what is reported of it. */
function foldRun(run: readonly Finding[], subsumed: Finding[]): Finding[] {
  const reported: Finding[] = [];
  const others = new Map<Finding, string[]>();
  for (const f of run) {
    const head =
      f.element === undefined
        ? undefined
        : reported.find((h) => h.element !== undefined && sameProblem(h, f));
    if (!head) reported.push(f);
    else if (head.element !== f.element) {
      subsumed.push(f);
      others.set(head, [...(others.get(head) ?? []), f.element ?? '']);
    }
  }
  return reported.map((f) => {
    const names = others.get(f);
    if (!names) return f;
    const kind = f.container !== undefined ? 'container' : 'element';
    const list = names.map((n) => `"${n}"`).join(', ');
    const also = names.length === 1 ? `so does ${kind} ${list}` : `so do ${kind}s ${list}`;
    return { ...f, message: `${f.message}; ${also}, from the same line` };
  });
}

const IMPLYING_RULES = new Set(IMPLICATIONS.map((i) => i.by));
const IMPLIED_RULES = new Set(IMPLICATIONS.flatMap((i) => [...i.rules]));

/** Whether `parent` implies `f` through `i`: the same object, set by set, and container. */
function implies(i: Implication, parent: Finding, f: Finding): boolean {
  return (
    parent.ruleId === i.by &&
    (parent.valueSets?.join(',') ?? '') === (f.valueSets?.join(',') ?? '') &&
    (i.scope === 'resource' || parent.element === f.element)
  );
}

/** The findings another implies go aside; the implying finding's message says which. */
function subsumeImplied(findings: readonly Finding[]): Consolidated {
  // By the resource id, which all findings of one object share (no key is built per
  // finding: a large scan has tens of thousands).
  const parents = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!IMPLYING_RULES.has(f.ruleId)) continue;
    const list = parents.get(f.resource);
    if (list) list.push(f);
    else parents.set(f.resource, [f]);
  }
  if (parents.size === 0) return { findings: [...findings], subsumed: [] };
  const kept: Finding[] = [];
  const subsumed: Finding[] = [];
  const covered = new Map<Finding, { because: string; rules: Set<string> }>();
  for (const f of findings) {
    let parent: Finding | undefined;
    let implication: Implication | undefined;
    const candidates = IMPLIED_RULES.has(f.ruleId) ? parents.get(f.resource) : undefined;
    for (const i of candidates ? IMPLICATIONS : []) {
      if (!i.rules.has(f.ruleId)) continue;
      parent = candidates?.find((p) => implies(i, p, f));
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
  if (covered.size === 0) return { findings: kept, subsumed };
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
  // Copies are of an object defined in more than one file: those are found first, by the
  // resource id, which all findings of one object share (one string, hashed once), so that
  // only their findings are grouped by fingerprint.
  const fileOf = new Map<string, string>();
  const inSeveralFiles = new Set<string>();
  for (const f of findings) {
    if (!f.resource) continue;
    const file = fileOf.get(f.resource);
    if (file === undefined) fileOf.set(f.resource, f.location.file);
    else if (file !== f.location.file) inSeveralFiles.add(f.resource);
  }
  if (inSeveralFiles.size === 0) return [...findings];
  const groups = new Map<string, Finding[]>();
  let copies = false;
  for (const f of findings) {
    if (!inSeveralFiles.has(f.resource)) continue;
    const key = f.waiver
      ? `${f.fingerprint}\u0000${f.waiver.origin}:${f.waiver.reason}`
      : f.fingerprint;
    const group = groups.get(key);
    if (group) {
      group.push(f);
      copies = true;
    } else groups.set(key, [f]);
  }
  if (!copies) return [...findings];
  const folded = [...groups.values()].filter((g) => g.length > 1);
  const weight = resourcesPerFile(findings, new Set(folded.flat().map((f) => f.location.file)));
  const replaced = new Map<Finding, Finding | undefined>();
  for (const group of folded) {
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

/** How many distinct objects each of `files` has findings about: a bundle has many. */
function resourcesPerFile(
  findings: readonly Finding[],
  files: ReadonlySet<string>,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const f of findings) {
    // A repository's admission policies do not decide where the rules' findings go: with or
    // without them, an object's findings land in the same copy.
    if (!files.has(f.location.file) || isAdmissionRule(f.ruleId)) continue;
    const set = seen.get(f.location.file) ?? new Set<string>();
    set.add(f.resource);
    seen.set(f.location.file, set);
  }
  return new Map([...seen].map(([file, set]) => [file, set.size]));
}
