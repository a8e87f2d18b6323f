import { describe, expect, it } from 'vitest';
import { jsonLocator } from '../src/parse/json-lines.js';
import { treeLocator } from '../src/parse/locator.js';
import type { PathSegment } from '../src/model/types.js';

/** Every path of a value, plus a few that do not exist. */
function allPaths(v: unknown, path: PathSegment[] = [], out: PathSegment[][] = []) {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...path, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) allPaths(x, [...path, k], out);
  return out;
}

const TEXTS = [
  '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}}',
  `{
  "apiVersion": "apps/v1",
  "kind": "Deployment",
  "metadata": { "name": "web", "labels": { "a.io/\\"q\\"": "x", "esc\\\\": "y" } },
  "spec": {
    "replicas": 3,
    "template": {
      "spec": {
        "containers": [
          {
            "name": "app", "image": "nginx:1.2",
            "args": ["-c", "say \\"hi\\"", 
              [1, 2.5e3, true, null, [], {}]
            ],
            "securityContext": {"privileged": true, "runAsUser": -1}
          },
          { "name": "side",
            "ports": [ { "containerPort": 80 } ] }
        ],
        "volumes": []
      }
    }
  }
}
`,
  '\n\n  [\n {"kind": "A"},\n\n 7, "s",\n  {"items": [ {"x": 1}, {"x": 2} ]}\n]\n',
  '{"dup": 1,\n "dup": {"a": 2}}',
];

describe('jsonLocator', () => {
  it.each(TEXTS.map((t, i) => [i, t] as const))(
    'gives the same lines as the tree locator (text %i)',
    (_i, text) => {
      const json = jsonLocator(text);
      const tree = treeLocator(text);
      const paths = [
        ...allPaths(JSON.parse(text)),
        ['missing'],
        ['spec', 'template', 'missing', 0],
        [0, 'kind', 'deeper'],
        ['metadata', 'name', 'beyond'],
      ];
      for (const p of paths) expect([p, json.locate(p)]).toEqual([p, tree.locate(p)]);
    },
  );
});
