import { describe, expect, it } from 'vitest';
import { findKeyLine, mapHelmLocation } from '../src/render/map-location.js';
import { splitHelmOutput, templatePath } from '../src/render/split-helm.js';

const template = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}
spec:
  initContainers:
    - name: init
      securityContext:
        runAsUser: 0
  containers:
    - name: app
      securityContext:
        {{- toYaml .Values.securityContext | nindent 8 }}
      ports:
        - containerPort: 80
          hostPort: 80
`;
const values = `replicas: 1
securityContext:
  privileged: true
`;

describe('findKeyLine', () => {
  it('walks parent keys in order and prefers the occurrence after them', () => {
    expect(findKeyLine(template, ['spec', 'containers', 0, 'securityContext'])).toBe(11);
    expect(findKeyLine(template, ['spec', 'initContainers', 0, 'securityContext'])).toBe(7);
  });

  it('matches list items and skips parents the text does not spell out', () => {
    expect(findKeyLine(template, ['spec', 'containers', 0, 'ports', 0, 'hostPort'])).toBe(15);
    expect(findKeyLine(template, ['spec', 'missing', 'hostPort'])).toBe(15);
  });

  it('falls back to any occurrence, and says when there is none', () => {
    expect(findKeyLine(template, ['spec', 'containers', 'name'])).toBe(10);
    expect(findKeyLine(template, ['spec', 'initContainers', 'kind'])).toBe(1);
    expect(findKeyLine(template, ['privileged'])).toBe(-1);
    expect(findKeyLine(template, [])).toBe(-1);
  });
});

describe('mapHelmLocation', () => {
  const input = {
    template: { path: 'chart/templates/pod.yaml', text: template },
    values: { path: 'chart/values.yaml', text: values },
  };

  it('points at the template line that spells the key', () => {
    const fieldPath = ['spec', 'containers', 0, 'ports', 0, 'hostPort'];
    expect(mapHelmLocation({ ...input, fieldPath })).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 16,
    });
  });

  it('points at the values line when the key comes from toYaml', () => {
    const fieldPath = ['spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(mapHelmLocation({ ...input, fieldPath })).toEqual({
      file: 'chart/values.yaml',
      line: 3,
    });
  });

  it('points a missing field at the deepest parent the template spells', () => {
    const fieldPath = ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'];
    expect(mapHelmLocation({ ...input, fieldPath })).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 12,
    });
    expect(mapHelmLocation({ ...input, fieldPath: ['spec', 'hostIPC'] })).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 5,
    });
  });

  it("falls back to the template's first line", () => {
    expect(mapHelmLocation({ template: input.template, fieldPath: ['x'] }).line).toBe(1);
  });

  it('escapes keys that are not plain words', () => {
    const text = 'metadata:\n  annotations:\n    "a.io/b": x\n';
    expect(findKeyLine(text, ['metadata', 'annotations', 'a.io/b'])).toBe(2);
  });
});

describe('splitHelmOutput', () => {
  it('splits on separators and reads each document source', () => {
    const out = `---
# Source: web/templates/a.yaml
kind: A
---
# Source: web/charts/db/templates/b.yaml
kind: B
---
kind: C
`;
    expect(splitHelmOutput(out)).toEqual([
      { source: 'web/templates/a.yaml', text: '# Source: web/templates/a.yaml\nkind: A' },
      {
        source: 'web/charts/db/templates/b.yaml',
        text: '# Source: web/charts/db/templates/b.yaml\nkind: B',
      },
      { text: 'kind: C\n' },
    ]);
  });

  it('maps sources to repository paths under the chart folder', () => {
    expect(templatePath('deploy/app', 'demo/templates/a.yaml')).toBe('deploy/app/templates/a.yaml');
    expect(templatePath('.', 'demo/charts/db/templates/b.yaml')).toBe('charts/db/templates/b.yaml');
  });
});
