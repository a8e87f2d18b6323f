import { describe, expect, it } from 'vitest';
import { yamlLocator } from '../src/parse/locator.js';
import type { FieldPath } from '../src/model/types.js';

function locate(text: string, path: FieldPath) {
  const lines = text.split('\n');
  return yamlLocator(lines, 0, lines.length, 1).locate(path);
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    "waive.kubegate.io/x": "r"
spec:
  template:
    spec:
      containers:
      - name: a
        image: x
        command: |
          run: this
          - not: a key
        securityContext: {privileged: true}
      - name: b
        ports:
          - containerPort: 1
          -   containerPort: 2
              hostPort: 3
      initContainers:
        - name: init
          env:
            # a comment
            - name: TOKEN
              value: "a: b"
      volumes: [{name: v}]
`;

describe('the line index', () => {
  it.each([
    [['kind'], 2],
    [['metadata', 'annotations', 'waive.kubegate.io/x'], 6],
    [['spec', 'template', 'spec', 'containers', 0], 11],
    [['spec', 'template', 'spec', 'containers', 0, 'image'], 12],
    [['spec', 'template', 'spec', 'containers', 0, 'securityContext'], 16],
    [['spec', 'template', 'spec', 'containers', 1], 17],
    [['spec', 'template', 'spec', 'containers', 1, 'ports', 1, 'hostPort'], 21],
    [['spec', 'template', 'spec', 'initContainers', 0, 'env', 0, 'value'], 27],
    [['spec', 'template', 'spec', 'volumes'], 28],
  ])('finds %j on line %i', (path, line) => {
    expect(locate(DEPLOYMENT, path as FieldPath)).toEqual({ line, exact: true });
  });

  it('falls back to the nearest existing parent', () => {
    expect(
      locate(DEPLOYMENT, [
        'spec',
        'template',
        'spec',
        'containers',
        1,
        'securityContext',
        'privileged',
      ]),
    ).toEqual({ line: 17, exact: false });
    expect(
      locate(DEPLOYMENT, [
        'spec',
        'template',
        'spec',
        'containers',
        0,
        'securityContext',
        'privileged',
      ]),
    ).toEqual({ line: 16, exact: false });
  });

  it('does not read keys inside block scalars', () => {
    expect(
      locate(DEPLOYMENT, ['spec', 'template', 'spec', 'containers', 0, 'command', 'run']),
    ).toEqual({ line: 13, exact: false });
  });

  it('keeps the first line of a repeated key and indexes what both hold', () => {
    const text = 'a:\n  b: 1\na:\n  c: 2\n';
    expect(locate(text, ['a'])).toEqual({ line: 1, exact: true });
    expect(locate(text, ['a', 'b'])).toEqual({ line: 2, exact: true });
    expect(locate(text, ['a', 'c'])).toEqual({ line: 4, exact: true });
  });

  it('measures indentation as trimStart does, tabs and other white space included', () => {
    const text = 'spec:\n  \tkey: 1\n  \u00a0other: 2\nlist:\n  - x: 1\n';
    expect(locate(text, ['spec', 'key'])).toEqual({ line: 2, exact: true });
    expect(locate(text, ['spec', 'other'])).toEqual({ line: 3, exact: true });
    expect(locate(text, ['list', 0, 'x'])).toEqual({ line: 5, exact: true });
    expect(locate(text, ['list', 1])).toEqual({ line: 4, exact: false });
    expect(locate(text, [])).toEqual({ line: 1, exact: true });
  });
});
