import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { scan } from '../src/pipeline/scan.js';

// Whole files in the shapes a cluster's own configuration takes in a repository: what
// kubeadm writes with no hardening, and the same cluster hardened. The per-rule cases live
// beside each rule; this pins how the control-plane and admission rules behave together.

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'control-plane');
const CATEGORIES = new Set(['control-plane', 'admission']);

function findingsIn(dir: string): { byFile: Record<string, string[]>; errors: string[] } {
  const result = scan({
    root: join(fixtures, dir),
    config: parseConfig('', '.kubegate.yaml'),
    today: '2026-06-01',
    workers: 0,
  });
  const category = new Map(result.rules.map((r) => [r.id, r.category]));
  const byFile: Record<string, string[]> = {};
  for (const f of result.findings) {
    if (!CATEGORIES.has(category.get(f.ruleId) ?? '')) continue;
    (byFile[f.location.file] ??= []).push(`${f.ruleId}:${f.location.line}`);
  }
  const errors = result.findings
    .filter((f) => f.ruleId === 'rule-error' || f.ruleId === 'parse-error')
    .map((f) => f.message);
  return { byFile, errors };
}

describe('control-plane rules on whole files', () => {
  it('flag what kubeadm leaves at insecure defaults, and nothing it sets up', () => {
    const { byFile, errors } = findingsIn('kubeadm-default');
    expect(errors).toEqual([]);
    expect(byFile).toEqual({
      // The ClusterConfiguration has no apiServer, controllerManager or scheduler section:
      // the findings point at the start of the document.
      'kubeadm-config.yaml': [
        'apiserver-always-pull-images:10',
        'apiserver-anonymous-auth:10',
        'apiserver-audit-logging:10',
        'apiserver-encryption-provider-config:10',
        'apiserver-event-rate-limit:10',
        'apiserver-kubelet-certificate-authority:10',
        'control-plane-profiling:10',
        'control-plane-profiling:10',
        'control-plane-profiling:10',
        // kubeadm leaves the kubelet with a self-signed serving certificate and the kernel
        // settings unprotected; it fills in the client CA (no kubelet-client-ca-file).
        'kubelet-protect-kernel-defaults:19',
        'kubelet-tls-cert:19',
      ],
      'manifests/kube-apiserver.yaml': [
        'apiserver-anonymous-auth:11',
        'apiserver-audit-logging:11',
        'apiserver-encryption-provider-config:11',
        'apiserver-kubelet-certificate-authority:11',
        'control-plane-profiling:11',
        // kubeadm's --enable-admission-plugins=NodeRestriction line.
        'apiserver-always-pull-images:17',
        'apiserver-event-rate-limit:17',
      ],
      'manifests/kube-controller-manager.yaml': ['control-plane-profiling:11'],
      'manifests/kube-scheduler.yaml': ['control-plane-profiling:11'],
    });
  });

  it('stay quiet on a hardened cluster', () => {
    const { byFile, errors } = findingsIn('hardened');
    expect(errors).toEqual([]);
    expect(byFile).toEqual({});
  });
});
