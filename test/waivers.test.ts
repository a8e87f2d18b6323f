import { describe, expect, it } from 'vitest';
import {
  applyWaivers,
  checkWaiver,
  parseWaiverAnnotation,
  type WaiverPolicy,
} from '../src/evaluate/waivers.js';
import type { Finding } from '../src/model/types.js';

const policy: WaiverPolicy = { annotations: true, maxDays: 180, list: [], today: '2026-01-10' };

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'host-port',
    severity: 'medium',
    title: 't',
    message: 'm',
    location: { file: 'deploy/app.yaml', line: 3 },
    resource: 'Deployment/shop/web',
    fieldPath: '',
    fingerprint: 'f',
    container: 'web',
    ...over,
  };
}

describe('waivers', () => {
  it('parses reason and expiry from an annotation', () => {
    expect(parseWaiverAnnotation('legacy LB, see OPS-12 expires=2026-03-01')).toEqual({
      reason: 'legacy LB, see OPS-12',
      expires: '2026-03-01',
    });
  });

  it.each([
    [{ reason: '', expires: '2026-02-01' }, /no reason/],
    [{ reason: 'r', expires: undefined }, /no expiry/],
    [{ reason: 'r', expires: '2026-13-45' }, /invalid expiry/],
    [{ reason: 'r', expires: '2026-01-09' }, /expired on 2026-01-09/],
    [{ reason: 'r', expires: '2027-01-01' }, /later than the allowed 180 days/],
  ])('rejects %j', (w, problem) => {
    const result = checkWaiver({ origin: 'annotation', ...w }, policy);
    expect('problem' in result && result.problem).toMatch(problem);
  });

  it('waives by annotation, per resource or per container', () => {
    const a = [finding()];
    applyWaivers(
      a,
      { 'waive.kubegate.io/host-port': 'needed for the node agent expires=2026-02-01' },
      policy,
    );
    expect(a[0].waiver).toMatchObject({
      origin: 'annotation',
      reason: 'needed for the node agent',
      expires: '2026-02-01',
    });
    const b = [finding(), finding({ container: 'sidecar' })];
    applyWaivers(b, { 'waive.kubegate.io/host-port.sidecar': 'agent expires=2026-02-01' }, policy);
    expect(b.map((f) => Boolean(f.waiver))).toEqual([false, true]);
  });

  it('says why an expired waiver does not waive', () => {
    const a = [finding()];
    applyWaivers(a, { 'waive.kubegate.io/host-port': 'old expires=2025-12-01' }, policy);
    expect(a[0].waiver).toBeUndefined();
    expect(a[0].waiverProblem).toMatch(/expired on 2025-12-01/);
  });

  it('in strict mode accepts only the config list', () => {
    const strict: WaiverPolicy = {
      ...policy,
      annotations: false,
      list: [
        {
          rule: 'host-port',
          resource: 'Deployment/shop/*',
          path: 'deploy/**',
          reason: 'agent',
          expires: '2026-03-01',
          ticket: 'SEC-1',
        },
      ],
    };
    const a = [finding(), finding({ resource: 'Deployment/other/web' })];
    applyWaivers(a, { 'waive.kubegate.io/host-port': 'self-approved expires=2026-02-01' }, strict);
    expect(a[0].waiver).toMatchObject({ origin: 'config', ticket: 'SEC-1' });
    expect(a[1].waiver).toBeUndefined();
    expect(a[1].waiverProblem).toMatch(/waivers.annotations: false/);
  });
});
