import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { emptyItemBeforeOuterDash } from '../src/parse/empty-item.js';
import { parseSource } from '../src/parse/parse-source.js';
import { scan } from '../src/pipeline/scan.js';

// An empty list item followed by a dash further left: js-yaml reads the dash as the same
// list's next item, YAML (and Kubernetes) as the outer list's. The scan must check what
// Kubernetes would run, and say that the document is ambiguous.

const HIDDEN_CONTAINER = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: nginx:1.25
    securityContext:
      capabilities:
        drop:
        -
  - name: hidden
    image: example/tool:1
    securityContext:
      privileged: true
`;

const parse = (text: string) =>
  parseSource({ path: 'm.yaml', text }, { maxFileBytes: 1_000_000, maxNodesPerDocument: 10_000 });

describe('an empty list item before a dash further left', () => {
  it('is checked as Kubernetes reads it, and reported as ambiguous', () => {
    const root = mkdtempSync(join(tmpdir(), 'kubegate-empty-item-'));
    writeFileSync(join(root, 'pod.yaml'), HIDDEN_CONTAINER);
    const { findings } = scan({ root, config: resolveConfig(), today: '2026-06-01' });
    const privileged = findings.filter((f) => f.ruleId === 'privileged-container');
    expect(privileged.map((f) => [f.element, f.location.line])).toEqual([['hidden', 16]]);
    const problems = findings.filter((f) => f.ruleId === 'parse-error');
    expect(problems.map((f) => f.location.line)).toEqual([12]);
    expect(problems[0].message).toMatch(/ambiguous YAML/);
  });

  it('reads nested empty items the same way (`- -`)', () => {
    const out = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx:\n- -\n- 1\n');
    expect(out.resources[0].object.x).toEqual([[null], 1]);
    expect(out.problems.map((p) => p.line)).toEqual([5]);
  });

  it('leaves documents alone where both readings agree', () => {
    // The lines look the same inside a block scalar, where they are text.
    const literal =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: |2\n      -\n    - y\n';
    expect(emptyItemBeforeOuterDash(literal.split('\n'), 0, 7)).toBe(6);
    const out = parse(literal);
    expect(out.problems).toEqual([]);
    expect(out.resources[0].object.data).toEqual({ x: '  -\n- y\n' });
    // An empty item followed by a key, or by an item of its own list: plain YAML.
    for (const text of [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx:\n  -\ny: 1\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx:\n  -\n  - 1\n',
    ]) {
      expect(emptyItemBeforeOuterDash(text.split('\n'), 0, 7)).toBe(-1);
      expect(parse(text).problems).toEqual([]);
    }
  });
});
