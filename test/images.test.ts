import { tempTree } from './helpers/temp-tree.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';

// The image policy from the config: off by default, on when images.* is set.

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: payments
spec:
  template:
    spec:
      containers:
        - name: web
          image: docker.io/someone/web:1.0
`;

function run(configText: string) {
  const root = tempTree({ 'deploy/prod/web.yaml': DEPLOYMENT }, 'kubegate-images-');
  const config = parseConfig(configText, '.kubegate.yaml');
  return scan({ root, config, today: '2026-11-23', workers: 0 }).findings.map(
    (f) => `${f.ruleId}@${f.location.line}`,
  );
}

describe('images in the config', () => {
  it('checks nothing about registries or required digests by default', () => {
    const ids = run('{}');
    expect(ids.filter((i) => /image-(registry|digest-required)/.test(i))).toEqual([]);
  });

  it('flags images from other registries, and unpinned images where digests are required', () => {
    expect(run('images: { allowedRegistries: [registry.acme.example] }')).toContain(
      'image-registry@11',
    );
    expect(run('images: { allowedRegistries: ["docker.io/someone"] }')).not.toContain(
      'image-registry@11',
    );
    expect(run('images: { requireDigest: { namespaces: [payments] } }')).toContain(
      'image-digest-required@11',
    );
    expect(run('images: { requireDigest: { paths: ["deploy/prod/**"] } }')).toContain(
      'image-digest-required@11',
    );
    expect(run('images: { requireDigest: { paths: ["deploy/dev/**"] } }')).not.toContain(
      'image-digest-required@11',
    );
  });
});
