import { describe, expect, it } from 'vitest';
import { findKeyLine, mapHelmLocation } from '../src/collect/render/map-location.js';
import { splitHelmOutput, templatePath } from '../src/collect/render/split-helm.js';
import type { JsonObject } from '../src/model/types.js';

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
    values: [{ path: 'chart/values.yaml', text: values }],
  };

  it('points at the template line that spells the key', () => {
    const fieldPath = ['spec', 'containers', 0, 'ports', 0, 'hostPort'];
    expect(mapHelmLocation({ ...input, fieldPath }).location).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 16,
    });
  });

  it('points at the values line when the key comes from toYaml', () => {
    const fieldPath = ['spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(mapHelmLocation({ ...input, fieldPath }).location).toEqual({
      file: 'chart/values.yaml',
      line: 3,
    });
  });

  it('points a missing field at the deepest parent the template spells', () => {
    // The caller passes the part of the path that the rendered object has.
    const fieldPath = ['spec', 'containers', 0, 'securityContext'];
    expect(mapHelmLocation({ ...input, fieldPath }).location).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 12,
    });
    expect(mapHelmLocation({ ...input, fieldPath: ['spec'] }).location).toEqual({
      file: 'chart/templates/pod.yaml',
      line: 5,
    });
  });

  it("falls back to the template's first line", () => {
    expect(mapHelmLocation({ template: input.template, fieldPath: ['x'] }).location.line).toBe(1);
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

describe('mapHelmLocation through values, documents and helpers', () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: app
          image: {{ .Values.image }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          {{- include "demo.resources" . | nindent 10 }}
---
apiVersion: v1
kind: Service
spec:
  type: ClusterIP
`;
  const values = `image: nginx:1
podSecurityContext:
  runAsUser: 0
securityContext:
  privileged: true
`;
  const prod = `securityContext:
  privileged: false
  runAsUser: 1000
`;
  const helpers = `{{- define "demo.labels" -}}
type: x
{{- end }}
{{- define "demo.resources" -}}
resources:
  limits: {}
{{- end }}
`;
  const input = {
    kind: 'Deployment',
    template: { path: 'c/templates/d.yaml', text: deployment },
    values: [
      { path: 'c/values.yaml', text: values },
      { path: 'c/values-prod.yaml', text: prod },
    ],
    helpers: [{ path: 'c/templates/_helpers.tpl', text: helpers }],
  };
  const container = ['spec', 'template', 'spec', 'containers', 0];

  it('follows toYaml into the values file that wins', () => {
    expect(
      mapHelmLocation({ ...input, fieldPath: [...container, 'securityContext', 'runAsUser'] }),
    ).toEqual({ location: { file: 'c/values-prod.yaml', line: 3 } });
    expect(
      mapHelmLocation({ ...input, fieldPath: [...container, 'securityContext', 'privileged'] }),
    ).toEqual({ location: { file: 'c/values-prod.yaml', line: 2 } });
  });

  it('resolves `toYaml .` inside `with .Values.x`', () => {
    const fieldPath = ['spec', 'template', 'spec', 'securityContext', 'runAsUser'];
    expect(mapHelmLocation({ ...input, fieldPath }).location).toEqual({
      file: 'c/values.yaml',
      line: 3,
    });
  });

  it('names the values line that set a value the template spells', () => {
    expect(mapHelmLocation({ ...input, fieldPath: [...container, 'image'] })).toEqual({
      location: { file: 'c/templates/d.yaml', line: 12 },
      setBy: { file: 'c/values.yaml', line: 1 },
    });
  });

  it('says when the values line leaves the value empty (a `default` gives it)', () => {
    const text = 'kind: Secret\ndata:\n  token: {{ .Values.token | default "x" | b64enc }}\n';
    const mapped = mapHelmLocation({
      template: { path: 'c/templates/s.yaml', text },
      values: [{ path: 'c/values.yaml', text: 'token: ""\n' }],
      fieldPath: ['data', 'token'],
    });
    expect(mapped).toEqual({
      location: { file: 'c/templates/s.yaml', line: 3 },
      setBy: { file: 'c/values.yaml', line: 1 },
      setByEmpty: true,
    });
  });

  it('looks only in the document of the resource kind', () => {
    // A missing seccompProfile.type must not land on the Service's `type:`.
    const fieldPath = ['spec', 'template', 'spec', 'securityContext'];
    expect(mapHelmLocation({ ...input, fieldPath }).location.line).toBe(7);
    expect(
      mapHelmLocation({ ...input, kind: 'Service', fieldPath: ['spec', 'type'] }).location.line,
    ).toBe(20);
  });

  it('follows include into the helper that spells the key', () => {
    const fieldPath = [...container, 'resources', 'limits'];
    expect(mapHelmLocation({ ...input, fieldPath }).location).toEqual({
      file: 'c/templates/_helpers.tpl',
      line: 6,
    });
  });
});

describe('mapHelmLocation through named list items', () => {
  const template = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: proxy:1
          env:
            - name: MODE
              value: edge
        - name: app
          image: app:1
          env:
            - name: DEBUG
              value: "false"
            {{- if .Values.auth }}
            - name: DB_PASSWORD
            {{- if .Values.db.fromFile }}
              value: /run/secrets/db
            {{- else }}
              value: {{ .Values.db.password | quote }}
            {{- end }}
            {{- end }}
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: { name: api, key: token }
            - {name: REGION, value: eu}
            - name: {{ .Values.extraName }}
              value: x
`;
  const input = {
    kind: 'Deployment',
    template: { path: 'c/templates/d.yaml', text: template },
    values: [{ path: 'c/values.yaml', text: 'db:\n  password: fake\n' }],
  };
  const app = ['spec', 'template', 'spec', 'containers', 1];
  // The rendered Deployment, with auth on: the items the template's lines produced.
  const object: JsonObject = {
    kind: 'Deployment',
    spec: {
      template: {
        spec: {
          containers: [
            { name: 'sidecar', image: 'proxy:1', env: [{ name: 'MODE', value: 'edge' }] },
            {
              name: 'app',
              image: 'app:1',
              env: [
                { name: 'DEBUG', value: 'false' },
                { name: 'DB_PASSWORD', value: 'fake' },
                { name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
                { name: 'REGION', value: 'eu' },
                { name: 'from-values', value: 'x' },
              ],
            },
          ],
        },
      },
    },
  };

  it("finds a list item by its rendered name, not the list's first item", () => {
    const fieldPath = [...app, 'env', 0, 'value'];
    expect(mapHelmLocation({ ...input, fieldPath, object }).location.line).toBe(16);
    // Without the rendered object, the walk takes the first `value:` below `env:`: the sidecar's.
    expect(mapHelmLocation({ ...input, fieldPath }).location.line).toBe(11);
  });

  it('reads past directives inside the item and names the values line', () => {
    const fieldPath = [...app, 'env', 1, 'value'];
    const mapped = mapHelmLocation({ ...input, fieldPath, object });
    // The first `value:` inside the item (the template cannot tell which branch rendered).
    expect(mapped.location.line).toBe(20);
  });

  it('points at the item itself when the key is not in its block, and at flow items', () => {
    const missing = [...app, 'env', 2, 'value'];
    expect(mapHelmLocation({ ...input, fieldPath: missing, object }).location.line).toBe(25);
    const flow = [...app, 'env', 3, 'value'];
    expect(mapHelmLocation({ ...input, fieldPath: flow, object }).location.line).toBe(28);
  });

  it('places an item whose name the template writes by its position', () => {
    const fieldPath = [...app, 'env', 4, 'value'];
    // The fifth variable is the one `- name: {{ .Values.extraName }}` writes.
    expect(mapHelmLocation({ ...input, fieldPath, object }).location.line).toBe(30);
  });
});

describe('mapHelmLocation with the rendered object: items an if or a directive writes', () => {
  const template = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      initContainers:
        {{- include "demo.init" . | nindent 8 }}
      containers:
        - name: {{ .Release.Name }}
          image: app:1
        {{- if .Values.sidecar.enabled }}
        - name: {{ .Values.sidecar.name }}
          image: proxy:1
        {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
      volumes:
        - name: {{ .Values.cache }}
          emptyDir: {}
        {{- if .Values.metrics }}
        - name: metrics
          hostPath:
            path: /run/metrics
        {{- end }}
        - name: {{ .Values.data }}
          hostPath:
            path: /srv/data
        {{- toYaml .Values.extraVolumes | nindent 8 }}
`;
  const helpers = `{{- define "demo.init" -}}
- name: wait
  image: busybox:1
- name: migrate
  image: migrate:1
  securityContext:
    runAsUser: 0
{{- end }}
`;
  const values = `resources: {}
extraVolumes:
  - name: logs
    hostPath:
      path: /var/log
`;
  const input = {
    kind: 'Deployment',
    template: { path: 'c/templates/d.yaml', text: template },
    values: [{ path: 'c/values.yaml', text: values }],
    helpers: [{ path: 'c/templates/_helpers.tpl', text: helpers }],
  };
  const spec = ['spec', 'template', 'spec'];
  const pod = (podSpec: JsonObject): JsonObject => ({
    kind: 'Deployment',
    spec: { template: { spec: podSpec } },
  });
  const line = (object: JsonObject, ...rest: (string | number)[]) =>
    mapHelmLocation({ ...input, object, fieldPath: [...spec, ...rest] }).location;

  const host = (name: string, path: string) => ({ name, hostPath: { path } });
  const withMetrics = pod({
    volumes: [
      { name: 'tmp', emptyDir: {} },
      host('metrics', '/run/metrics'),
      host('data', '/srv/data'),
    ],
  });
  const withoutMetrics = pod({
    volumes: [{ name: 'tmp', emptyDir: {} }, host('data', '/srv/data'), host('logs', '/var/log')],
  });

  it('places a volume by its position among the items that are on', () => {
    expect(line(withMetrics, 'volumes', 1, 'hostPath', 'path').line).toBe(23);
    expect(line(withMetrics, 'volumes', 2, 'hostPath', 'path').line).toBe(27);
    // The metrics volume is off: the second rendered volume is the data one.
    expect(line(withoutMetrics, 'volumes', 1, 'hostPath', 'path').line).toBe(27);
  });

  it('follows an item that toYaml writes into its values list', () => {
    expect(line(withoutMetrics, 'volumes', 2, 'hostPath', 'path')).toEqual({
      file: 'c/values.yaml',
      line: 5,
    });
  });

  it('follows an item that an include writes into the helper that spells it', () => {
    const object = pod({
      initContainers: [
        { name: 'wait', image: 'busybox:1' },
        { name: 'migrate', image: 'migrate:1', securityContext: { runAsUser: 0 } },
      ],
    });
    expect(line(object, 'initContainers', 1, 'securityContext', 'runAsUser')).toEqual({
      file: 'c/templates/_helpers.tpl',
      line: 7,
    });
    expect(line(object, 'initContainers', 0)).toEqual({
      file: 'c/templates/_helpers.tpl',
      line: 2,
    });
  });

  it("gives the lines after an if's end to the item before it when the if is off", () => {
    const alone = pod({ containers: [{ name: 'web', image: 'app:1', resources: {} }] });
    expect(line(alone, 'containers', 0, 'resources').line).toBe(15);
    // With the sidecar on, the container is the first one, and has no `resources:` of its own.
    const both = pod({
      containers: [
        { name: 'web', image: 'app:1' },
        { name: 'proxy', image: 'proxy:1', resources: {} },
      ],
    });
    expect(line(both, 'containers', 0, 'resources').line).toBe(9);
  });
});

describe('mapHelmLocation with the rendered object: documents', () => {
  const template = `{{- if .Values.rbac }}
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: {{ printf "%s-issuers" (include "demo.fullname" .) }}
roleRef:
  kind: ClusterRole
  name: {{ printf "%s-issuers" (include "demo.fullname" .) }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: {{ printf "%s-clusterissuers" (include "demo.fullname" .) }}
roleRef:
  kind: ClusterRole
  name: {{ printf "%s-clusterissuers" (include "demo.fullname" .) }}
{{- end }}
`;
  const binding = (name: string): JsonObject => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { kind: 'ClusterRole', name },
  });
  const kindLine = (object?: JsonObject) =>
    mapHelmLocation({
      kind: 'ClusterRoleBinding',
      ...(object ? { object } : {}),
      template: { path: 't.yaml', text: template },
      fieldPath: ['kind'],
    }).location.line;

  it("tells documents of one kind apart by their names' literal text", () => {
    expect(kindLine(binding('demo-issuers'))).toBe(3);
    expect(kindLine(binding('demo-clusterissuers'))).toBe(11);
  });

  it('looks in every document of the kind when nothing tells them apart', () => {
    expect(kindLine()).toBe(3);
    expect(kindLine(binding('other'))).toBe(3);
  });
});

describe('mapHelmLocation with the rendered object: branches of one key', () => {
  const template = `kind: Pod
spec:
  containers:
    - name: app
      {{- if .Values.image.digest }}
      image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"
      {{- else }}
      image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}{{ if .Values.slim }}-slim{{ end }}"
      {{- end }}
`;
  const imageLine = (image: string) =>
    mapHelmLocation({
      kind: 'Pod',
      object: { kind: 'Pod', spec: { containers: [{ name: 'app', image }] } },
      template: { path: 'p.yaml', text: template },
      fieldPath: ['spec', 'containers', 0, 'image'],
    }).location.line;

  it('takes the alternative whose text can write the rendered value', () => {
    expect(imageLine('registry.example/app:1.2')).toBe(8);
    expect(imageLine('registry.example/app:1.2-slim')).toBe(8);
    expect(imageLine('registry.example/app@sha256:abc')).toBe(6);
  });
});
