// Tracing a finding on Kustomize output to the base document or the patch that sets the
// field, with patches as text: no kubectl needed.
import { LineCounter, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  locateInSources,
  type RenderedObject,
  type SourceDocument,
} from '../src/collect/render/kustomize-location.js';
import {
  parsePatchText,
  pointerPath,
  type KustomizePatch,
} from '../src/collect/render/kustomize-patches.js';
import type { FieldPath, JsonObject } from '../src/model/types.js';

const base = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    tier: backend
spec:
  template:
    spec:
      containers:
        - name: app
          image: app@sha256:abc
          securityContext:
            runAsNonRoot: true
        - name: log
          image: log@sha256:abc
`;

function sourceDocs(file: string, text: string): SourceDocument[] {
  const lines = new LineCounter();
  return parseAllDocuments(text, { lineCounter: lines }).map((doc) => {
    const js = doc.toJS() as { kind: string; metadata: { name: string } };
    return { file, kind: js.kind, name: js.metadata.name, contents: doc.contents, lines };
  });
}

const docs = sourceDocs('base/deployment.yaml', base);

/** Patches from text that starts on `firstLine` of `file`. */
function patches(
  file: string,
  text: string,
  firstLine: number,
  target?: KustomizePatch['target'],
): KustomizePatch[] {
  return parsePatchText(text, firstLine).map((patch) => ({
    file,
    ...(target ? { target } : {}),
    patch,
  }));
}

/** The rendered Deployment, its containers as given. */
function rendered(containers: JsonObject[], name = 'prod-api'): RenderedObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name,
    object: {
      metadata: { name, labels: { tier: 'backend' } },
      spec: { template: { spec: { containers } } },
    },
  };
}

const containers = (i: number, ...rest: FieldPath): FieldPath => [
  'spec',
  'template',
  'spec',
  'containers',
  i,
  ...rest,
];

describe('parsePatchText', () => {
  it('counts lines from where the text starts in its file', () => {
    const [json] = parsePatchText('- op: remove\n  path: /spec/replicas\n', 12);
    expect(json).toMatchObject({
      type: 'json6902',
      operations: [{ op: 'remove', path: ['spec', 'replicas'], line: 13 }],
    });
    // A quoted string's lines are not the file's: all of it is on its first line.
    const [flat] = parsePatchText('- op: remove\n  path: /spec/replicas\n', 12, true);
    expect(flat).toMatchObject({ operations: [{ line: 12 }] });
  });

  it('reads JSON pointers, escapes and list ends included', () => {
    expect(pointerPath('/metadata/annotations/a.io~1b/0/-')).toEqual([
      'metadata',
      'annotations',
      'a.io/b',
      0,
      '-',
    ]);
  });
});

describe('locateInSources', () => {
  const app = { name: 'app', image: 'app@sha256:abc', securityContext: { runAsNonRoot: true } };
  const log = { name: 'log', image: 'log@sha256:abc' };

  it('finds a base item by its name, wherever the output put it', () => {
    const object = rendered([log, app]);
    expect(
      locateInSources(docs, [], object, containers(1, 'securityContext', 'privileged'), 6),
    ).toEqual({ file: 'base/deployment.yaml', line: 13 });
  });

  it('prefers a strategic merge patch that names the container it changes', () => {
    const merge = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: app
          securityContext:
            privileged: true
`;
    const object = rendered([
      log,
      { ...app, securityContext: { runAsNonRoot: true, privileged: true } },
    ]);
    const inline = patches('prod/kustomization.yaml', merge, 5);
    expect(
      locateInSources(docs, inline, object, containers(1, 'securityContext', 'privileged'), 7),
    ).toEqual({ file: 'prod/kustomization.yaml', line: 15 });
    // A field the patch does not touch stays on the base.
    expect(locateInSources(docs, inline, object, containers(1, 'image'), 6)).toEqual({
      file: 'base/deployment.yaml',
      line: 12,
    });
  });

  it('puts a field a JSON 6902 operation removed on that operation', () => {
    const ops = `- op: remove
  path: /spec/template/spec/containers/0/securityContext
- op: add
  path: /spec/template/spec/containers/-
  value:
    name: debug
    image: debug:latest
`;
    const object = rendered([
      { name: 'app', image: 'app@sha256:abc' },
      log,
      {
        name: 'debug',
        image: 'debug:latest',
      },
    ]);
    const json = patches('prod/kustomization.yaml', ops, 20, { kind: 'Deployment', name: 'api' });
    // runAsNonRoot is gone with its securityContext: the `remove`'s path line.
    expect(
      locateInSources(docs, json, object, containers(0, 'securityContext', 'runAsNonRoot'), 5),
    ).toEqual({ file: 'prod/kustomization.yaml', line: 21 });
    // The container appended at the list's end: the image in the value it adds.
    expect(locateInSources(docs, json, object, containers(2, 'image'), 6)).toEqual({
      file: 'prod/kustomization.yaml',
      line: 26,
    });
  });

  it('applies a patch only to the objects its target selects', () => {
    const ops = '- op: replace\n  path: /spec/template/spec/containers/0/image\n  value: x:1\n';
    const object = rendered([{ ...app, image: 'x:1' }, log]);
    const field = containers(0, 'image');
    const at = (target: KustomizePatch['target']) =>
      locateInSources(docs, patches('k.yaml', ops, 3, target), object, field, 6)?.file;
    expect(at({ kind: 'Deployment', labelSelector: 'tier=backend' })).toBe('k.yaml');
    expect(at({ kind: 'Deployment', name: 'ap.' })).toBe('k.yaml');
    expect(at({ kind: 'Deployment', labelSelector: 'tier=frontend' })).toBe('base/deployment.yaml');
    expect(at({ kind: 'StatefulSet' })).toBe('base/deployment.yaml');
  });

  it('lets the later of two patches that set the field win', () => {
    const set = (value: string) =>
      `- op: replace\n  path: /spec/template/spec/containers/0/image\n  value: ${value}\n`;
    const target = { kind: 'Deployment' };
    const both = [
      ...patches('mid/kustomization.yaml', set('a:1'), 4, target),
      ...patches('top/kustomization.yaml', set('b:1'), 9, target),
    ];
    const object = rendered([{ ...app, image: 'b:1' }, log]);
    expect(locateInSources(docs, both, object, containers(0, 'image'), 6)).toEqual({
      file: 'top/kustomization.yaml',
      line: 10,
    });
  });
});
