import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../src/action/annotations.js';
import { compareWithBase, decideGate } from '../src/gate/gate.js';
import { inlineCommentBody } from '../src/github/comment-bodies.js';
import { commentableLines } from '../src/github/diff-lines.js';
import { findingMarker, fixedMarker, planReview } from '../src/github/review-plan.js';
import { markdownReport } from '../src/report/markdown.js';
import { fitSarifForUpload } from '../src/report/sarif-limits.js';
import { suggestedLine } from '../src/report/suggestion.js';
import type { Finding, Severity } from '../src/model/types.js';

// The Action's decisions as pure functions: which lines a review may touch, what to post,
// what to answer as fixed, what to cut to fit GitHub's limits.

function finding(over: Partial<Finding> & { fingerprint: string }): Finding {
  return {
    ruleId: 'privileged-container',
    severity: 'critical',
    title: 'Containers must not run privileged',
    message: 'Deployment web, container "web": runs privileged',
    location: { file: 'deploy/web.yaml', line: 10 },
    resource: 'Deployment/shop/web',
    fieldPath: 'spec.template.spec.containers[0].securityContext.privileged',
    ...over,
  };
}

const PATCH = [
  '@@ -8,4 +8,5 @@ spec:',
  '     securityContext:',
  '-      privileged: false',
  '+      privileged: true',
  '+      hostPID: true',
  '     ports:',
  '@@ -30,2 +31,2 @@',
  ' a: 1',
  '\\ No newline at end of file',
].join('\n');

describe('diff lines', () => {
  it('knows the RIGHT-side lines a comment may use', () => {
    expect([...commentableLines(PATCH)]).toEqual([8, 9, 10, 11, 31]);
    expect(commentableLines(undefined).size).toBe(0);
  });
});

describe('review plan', () => {
  const diff = new Map([['deploy/web.yaml', new Set([9, 10])]]);

  it('posts findings on diff lines, lists the rest, and skips findings already commented', () => {
    const onDiff = finding({ fingerprint: 'aa', location: { file: 'deploy/web.yaml', line: 9 } });
    const known = finding({ fingerprint: 'bb', location: { file: 'deploy/web.yaml', line: 10 } });
    const outside = finding({ fingerprint: 'cc', location: { file: 'deploy/old.yaml', line: 3 } });
    const existing = [
      { id: 1, body: `${findingMarker('bb')}\ntext`, path: 'deploy/web.yaml', line: 4 },
    ];
    const plan = planReview([onDiff, known, outside], [onDiff, known, outside], diff, existing, 10);
    expect(plan.post.map((f) => f.fingerprint)).toEqual(['aa']);
    expect(plan.existing.map((f) => f.fingerprint)).toEqual(['bb']);
    expect(plan.outsideDiff.map((f) => f.fingerprint)).toEqual(['cc']);
    expect(plan.fixed).toEqual([]);
  });

  it('answers a thread once when its finding is gone, and with the waiver when waived', () => {
    const waived = finding({
      fingerprint: 'dd',
      waiver: { origin: 'annotation', reason: 'node agent', expires: '2026-12-31' },
    });
    const comments = [
      { id: 1, body: findingMarker('aa'), path: 'deploy/web.yaml' },
      { id: 2, body: findingMarker('bb'), path: 'deploy/web.yaml' },
      { id: 3, body: fixedMarker('bb'), path: 'deploy/web.yaml', in_reply_to_id: 2 },
      { id: 4, body: findingMarker('dd'), path: 'deploy/web.yaml' },
    ];
    const plan = planReview([], [waived], diff, comments, 10);
    expect(plan.fixed).toEqual([
      { commentId: 1, fingerprint: 'aa', path: 'deploy/web.yaml' },
      { commentId: 4, fingerprint: 'dd', path: 'deploy/web.yaml', waiver: waived.waiver },
    ]);
  });

  it('keeps to the comment budget and never posts one fingerprint twice', () => {
    const fs = [9, 10, 9].map((line, i) =>
      finding({
        fingerprint: i === 2 ? 'f0' : `f${i}`,
        location: { file: 'deploy/web.yaml', line },
      }),
    );
    const plan = planReview(fs, fs, diff, [], 1);
    expect(plan.post.map((f) => f.fingerprint)).toEqual(['f0']);
    expect(plan.overBudget.map((f) => f.fingerprint)).toEqual(['f1']);
  });
});

describe('suggested fixes', () => {
  const rule = { suggest: { key: 'privileged', value: false } };
  const f = finding({ fingerprint: 'x' });

  it('rewrites the value on the reported line, keeping indentation, list dash and comment', () => {
    expect(suggestedLine(f, rule, '        privileged: true')).toBe('        privileged: false');
    expect(suggestedLine(f, rule, '  - privileged: "true"  # why')).toBe(
      '  - privileged: false  # why',
    );
  });

  it('offers nothing when the fix is not one certain line', () => {
    expect(suggestedLine(f, rule, '        securityContext:')).toBeUndefined();
    expect(suggestedLine(f, rule, '        privileged: {{ .Values.privileged }}')).toBeUndefined();
    expect(suggestedLine(f, undefined, '        privileged: true')).toBeUndefined();
    const missing = finding({
      fingerprint: 'y',
      fieldPath: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
    });
    expect(suggestedLine(missing, rule, '        privileged: true')).toBeUndefined();
  });
});

describe('inline comment bodies', () => {
  it('offers a waiver annotation only when its key is one Kubernetes accepts', () => {
    const builtin = inlineCommentBody(finding({ fingerprint: 'x' }), undefined, undefined);
    expect(builtin).toContain(
      'waive it on the resource: `waive.kubegate.io/privileged-container: "<reason> expires=YYYY-MM-DD"`',
    );
    // `waive.kubegate.io/vap/replica-limit` has two slashes: the API server rejects the object.
    const policy = finding({ fingerprint: 'y', ruleId: 'vap/replica-limit', severity: 'high' });
    const body = inlineCommentBody(policy, undefined, undefined);
    expect(body).not.toContain('waive it on the resource');
    expect(body).toContain(
      'waive it in `.kubegate.yaml` under `waivers.list` (`rule: vap/replica-limit`, `resource: Deployment/shop/web`, a `reason` and `expires`)',
    );
  });
});

function sarifWith(severities: Severity[]): Log {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kubegate' } },
        results: severities.map((severity, i) => ({
          ruleId: 'r',
          message: { text: `result ${i} ${'x'.repeat(200)}` },
          properties: { severity },
        })),
      },
    ],
  };
}

describe("GitHub's SARIF limits", () => {
  it('keeps the most severe results within the result limit and counts what it cut', () => {
    const fitted = fitSarifForUpload(sarifWith(['low', 'critical', 'medium', 'high', 'low']), 3);
    const kept = fitted.log.runs[0].results?.map(
      (r) => (r.properties as { severity: string }).severity,
    );
    expect(kept).toEqual(['critical', 'medium', 'high']);
    expect(fitted.cut).toEqual({ low: 2 });
  });

  it('shrinks until the gzipped upload fits the size limit', () => {
    const many = sarifWith(Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'low' : 'high')));
    const fitted = fitSarifForUpload(many, 5000, 4000);
    expect(fitted.gzipped.length).toBeLessThanOrEqual(4000);
    expect(fitted.cut.low).toBeGreaterThan(0);
  });
});

describe('annotations and the markdown report', () => {
  const failing = Array.from({ length: 12 }, (_, i) =>
    finding({
      fingerprint: `e${i}`,
      location: { file: i < 2 ? 'changed.yaml' : 'other.yaml', line: i + 1 },
    }),
  );
  const low = finding({ fingerprint: 'w', severity: 'low', ruleId: 'image-digest' });

  it('annotates at most 10 errors and 10 warnings, changed files first, and counts the rest', () => {
    const plan = planAnnotations([...failing, low], failing, new Set(['changed.yaml']));
    const errors = plan.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 2).map((a) => a.finding.location.file)).toEqual([
      'changed.yaml',
      'changed.yaml',
    ]);
    expect(
      plan.annotations.filter((a) => a.level === 'warning').map((a) => a.finding.fingerprint),
    ).toEqual(['w']);
    expect(plan.omitted).toBe(2);
  });

  it('says what blocks the merge and escapes table cells', () => {
    const bad = finding({ fingerprint: 'a', message: 'a | b <script>' });
    const md = markdownReport({ findings: [bad, low], failOn: 'high', failing: [bad] });
    expect(md).toContain('the gate fails (1 finding at or above `high`)');
    expect(md).toContain('- `privileged-container`: 1');
    expect(md).toContain('a \\| b &lt;script>');
    expect(markdownReport({ findings: [low], failOn: 'high', failing: [] })).toContain(
      'the gate passes',
    );
  });
});

describe('the gate against a base', () => {
  const old = finding({ fingerprint: 'old' });
  const moved = finding({ fingerprint: 'old', location: { file: 'renamed.yaml', line: 40 } });
  const added = finding({ fingerprint: 'new', severity: 'high' });
  const gone = finding({ fingerprint: 'gone' });

  it('matches by fingerprint, so moved findings are not new, and lists what was fixed', () => {
    const c = compareWithBase({ findings: [moved, added] }, { findings: [old, gone] });
    expect(c.newFindings).toEqual([added]);
    expect(c.fixed).toEqual([gone]);
  });

  it('counts findings set aside as implied by another as present on either side', () => {
    const implied = finding({ fingerprint: 'implied' });
    // The base had it reported; the head set it aside under privileged: not fixed.
    expect(
      compareWithBase({ findings: [], subsumed: [implied] }, { findings: [implied] }).fixed,
    ).toEqual([]);
    // The base had it set aside; the head reports it again: not new.
    expect(
      compareWithBase({ findings: [implied] }, { findings: [], subsumed: [implied] }).newFindings,
    ).toEqual([]);
  });

  it('fails only on new findings when given them, and says so', () => {
    expect(decideGate([moved, added], 'critical', [added]).reason).toBeUndefined();
    expect(decideGate([moved, added], 'high', [added]).reason).toBe(
      '1 new finding at or above "high"',
    );
    expect(decideGate([moved, added], 'critical').reason).toBe('1 finding at or above "critical"');
  });
});
