import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse/parse-source.js';

const parse = (text: string, path = 'm.yaml', maxFileBytes?: number) =>
  parseSource(
    { path, text },
    { maxFileBytes: maxFileBytes ?? 1_000_000, maxNodesPerDocument: 10_000 },
  );

describe('parseSource', () => {
  it('reads multi-document YAML with each resource keeping its file and document index', () => {
    const out = parse(
      '---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n  namespace: x\n',
    );
    expect(out.problems).toEqual([]);
    expect(out.resources.map((r) => [r.kind, r.namespace, r.name, r.docIndex])).toEqual([
      ['Pod', '', 'a', 0],
      ['Service', 'x', 'b', 2],
    ]);
  });

  it('flattens kind: List and locates fields of its items', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: p\n    spec:\n      hostPID: true\n';
    const [pod] = parse(text).resources;
    expect(pod.kind).toBe('Pod');
    expect(pod.basePath).toEqual(['items', 0]);
    expect(pod.locator.locate([...pod.basePath, 'spec', 'hostPID'])).toEqual({
      line: 9,
      exact: true,
    });
  });

  it('skips documents that are not Kubernetes objects quietly', () => {
    const out = parse('replicaCount: 1\nimage: {tag: x}\n---\napiVersion: v2\nname: chart\n');
    expect(out).toEqual({ resources: [], problems: [] });
  });

  it('reads JSON and locates its fields', () => {
    const text =
      '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "j"},\n  "spec": {\n    "hostIPC": true\n  }\n}\n';
    const [pod] = parse(text, 'p.json').resources;
    expect(pod.name).toBe('j');
    expect(pod.locator.locate(['spec', 'hostIPC']).line).toBe(6);
  });

  it('reports malformed YAML with its line, without quoting the text, and keeps the other documents', () => {
    const text =
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: "sup3r-secret\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n';
    const out = parse(text);
    expect(out.resources.map((r) => r.name)).toEqual(['ok']);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0].line).toBeGreaterThanOrEqual(5);
    expect(out.problems[0].message).toMatch(/invalid YAML/);
    expect(out.problems[0].message).not.toContain('sup3r');
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
    const out = parse(text);
    expect(out.resources).toEqual([]);
    expect(out.problems[0].message).toMatch(/alias bomb/);
  });

  it('refuses files over the size limit and binary files', () => {
    expect(parse('apiVersion: v1\nkind: Pod\n', 'big.yaml', 10).problems[0].message).toMatch(
      /larger than the limit/,
    );
    const binary = parse('\u0000\u0001\u0002apiVersion', 'b.yaml');
    expect(binary.problems[0]).toMatchObject({
      warningOnly: true,
      message: 'binary file; not scanned',
    });
  });

  it('keeps timestamps and yes/no as strings, as Kubernetes reads them', () => {
    const [cm] = parse(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  day: 2024-01-01\n',
    ).resources;
    expect((cm.object.data as Record<string, unknown>).day).toBe('2024-01-01');
  });
});
