import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  PEERS,
  buildCoverageDoc,
  summarise,
  builtinRuleFiles,
  readCoverage,
  systemRuleIds,
} from '../scripts/coverage-doc.mjs';

// docs/coverage.yaml against the repository: the rules and test cases it names exist, the
// Pod Security Standards are there control by control, and docs/coverage.md is its output.
// Rules that issue 18 announces may be missing while they are `planned`; with
// KUBEGATE_COVERAGE_STRICT=1 (or once the planned list is empty) every rule must exist.

const root = join(import.meta.dirname, '..');
const data = readCoverage(root);
const ruleFiles = builtinRuleFiles(root);
const systemRules = systemRuleIds(root);
const planned = new Set(data.planned ?? []);
const strict = process.env.KUBEGATE_COVERAGE_STRICT === '1';
const exists = (id: string) => ruleFiles.has(id) || systemRules.has(id);
/** A named rule that is missing and may be, because it is planned and the run is not strict. */
const awaited = (id: string) => !exists(id) && planned.has(id) && !strict;

/** The standard's controls, written from its page (Baseline, then what Restricted adds). */
const PSS_CONTROLS = [
  'Baseline: HostProcess',
  'Baseline: Host Namespaces',
  'Baseline: Privileged Containers',
  'Baseline: Capabilities',
  'Baseline: HostPath Volumes',
  'Baseline: Host Ports',
  'Baseline: Host Probes / Lifecycle Hooks',
  'Baseline: AppArmor',
  'Baseline: SELinux',
  'Baseline: /proc Mount Type',
  'Baseline: Seccomp',
  'Baseline: Sysctls',
  'Restricted: Volume Types',
  'Restricted: Privilege Escalation',
  'Restricted: Running as Non-root',
  'Restricted: Running as Non-root user',
  'Restricted: Seccomp',
  'Restricted: Capabilities',
];

/** The rule ids of `# ruleid:` annotations in a text ("a, b (high)" gives a and b). */
function annotatedRules(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*#\s*ruleid:\s*(.+?)\s*$/gm)) {
    for (const part of m[1].split(',')) out.add(part.replace(/\(.*?\)/g, '').trim());
  }
  return out;
}

/** The source text of the document `Kind/name` in a multi-document YAML file. */
function documentText(text: string, kindAndName: string): string | undefined {
  for (const doc of parseAllDocuments(text)) {
    const value = doc.toJS() as { kind?: unknown; metadata?: { name?: unknown } } | null;
    if (`${String(value?.kind)}/${String(value?.metadata?.name)}` !== kindAndName) continue;
    const [start, , end] = doc.range;
    return text.slice(start, end);
  }
  return undefined;
}

describe('docs/coverage.yaml', () => {
  it('has every peer, and rows of the documented shape', () => {
    expect(Object.keys(data.peers).sort()).toEqual([...PEERS].sort());
    for (const row of data.rows) {
      expect(row.concept, JSON.stringify(row)).toBeTruthy();
      expect(['security', 'reliability', 'hygiene', 'inventory']).toContain(row.kind);
      expect(
        Object.keys(row.peers).every((p) => PEERS.includes(p)),
        row.concept,
      ).toBe(true);
      expect(Object.values(row.peers).flat().length, row.concept).toBeGreaterThan(0);
      // A rule or a reason, never both and never neither.
      expect(Boolean(row.kubegate?.length) !== Boolean(row.gap), row.concept).toBe(true);
      if (row.partly) expect(row.kubegate?.length, row.concept).toBeGreaterThan(0);
    }
  });

  it("lists each peer id once, as many as the peer's entry says", () => {
    for (const peer of PEERS) {
      const ids = data.rows.flatMap((r) => r.peers[peer] ?? []);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(twice, `${peer} ids in more than one row`).toEqual([]);
      expect(ids.length, `${peer}: rows list ${ids.length} ids`).toBe(data.peers[peer].checks);
    }
    const inferred = data.peers.kubescape.inferred ?? [];
    const kubescape = new Set(data.rows.flatMap((r) => r.peers.kubescape ?? []));
    expect(inferred.filter((id) => !kubescape.has(id))).toEqual([]);
  });

  it('names only rules that exist, or that issue 18 plans', () => {
    const named = new Set([
      ...data.rows.flatMap((r) => r.kubegate ?? []),
      ...data.rows.flatMap((r) => (r.tests ?? []).map((t) => t.rule)),
      ...(data.kubegateOnly ?? []).map((o) => o.rule),
    ]);
    const unknown = [...named].filter((id) => !exists(id) && !awaited(id));
    expect(unknown, 'rule ids that are neither in rules/, engine rules nor planned').toEqual([]);
    const reasons = Object.keys(data.reasons ?? {});
    for (const row of data.rows) {
      if (row.gap && /^[a-z-]+$/.test(row.gap)) expect(reasons, row.concept).toContain(row.gap);
    }
  });

  it('proves each test case it cites: the file is the rule’s, and the case carries the rule', () => {
    for (const row of data.rows) {
      for (const t of row.tests ?? []) {
        const where = `${row.concept}: ${t.control} (${t.rule})`;
        expect(row.kubegate ?? [], where).toContain(t.rule);
        if (awaited(t.rule)) continue;
        const ruleFile = ruleFiles.get(t.rule);
        expect(ruleFile, where).toBeDefined();
        expect(t.file, where).toBe(ruleFile?.replace(/\.yaml$/, '.test.yaml'));
        expect(existsSync(join(root, t.file)), `${where}: ${t.file}`).toBe(true);
        const doc = documentText(readFileSync(join(root, t.file), 'utf8'), t.case);
        expect(doc, `${where}: no document ${t.case} in ${t.file}`).toBeDefined();
        expect([...annotatedRules(doc ?? '')], `${where}: ${t.case}`).toContain(t.rule);
      }
    }
  });

  it('lists every Pod Security Standards control exactly once, each with its test', () => {
    expect(data.peers.pss.controls).toEqual(PSS_CONTROLS);
    const listed = data.rows.flatMap((r) => r.peers.pss ?? []);
    expect([...listed].sort()).toEqual([...PSS_CONTROLS].sort());
    for (const row of data.rows) {
      for (const control of row.peers.pss ?? []) {
        expect(row.kubegate?.length, `${control} has no rule`).toBeGreaterThan(0);
        expect(
          (row.tests ?? []).some((t) => t.control === control),
          `${control} has no test case`,
        ).toBe(true);
      }
      for (const t of row.tests ?? [])
        expect(row.peers.pss ?? [], row.concept).toContain(t.control);
    }
  });

  it('places every built-in rule in a row or among the kubegate-only rules', () => {
    const placed = new Set([
      ...data.rows.flatMap((r) => r.kubegate ?? []),
      ...(data.kubegateOnly ?? []).map((o) => o.rule),
    ]);
    expect([...ruleFiles.keys()].filter((id) => !placed.has(id))).toEqual([]);
  });

  it('claims as kubegate-only only rules that no peer row names', () => {
    const inRows = new Set(data.rows.flatMap((r) => r.kubegate ?? []));
    expect((data.kubegateOnly ?? []).map((o) => o.rule).filter((id) => inRows.has(id))).toEqual([]);
  });

  it('is what docs/coverage.md shows (npm run build writes it)', () => {
    expect(readFileSync(join(root, 'docs/coverage.md'), 'utf8')).toBe(buildCoverageDoc(root));
  });

  it("is quoted right in the README's figures", () => {
    const s = summarise(data, new Set([...ruleFiles.keys(), ...systemRules]));
    const of = (peer: string) => `${s[peer].covered + s[peer].partly} of ${s[peer].security}`;
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const quoted = /kubegate covers kube-linter .*? Pod Security Standards controls/.exec(readme);
    expect(quoted?.[0]).toBe(
      `kubegate covers kube-linter ${of('kube-linter')}, Polaris ${of('polaris')}, ` +
        `Checkov ${of('checkov')}, Kubescape ${of('kubescape')}, kubesec ${of('kubesec')}, ` +
        `and all ${s.pss.security} Pod Security Standards controls`,
    );
    expect(s.pss.covered).toBe(s.pss.security);
  });
});
