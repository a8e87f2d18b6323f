import { bySeverity } from '../report/markdown.js';
import type { Finding } from '../model/types.js';

// GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); the
// rest are dropped without a word. kubegate chooses which ones show: findings that fail the
// gate as errors, other unwaived findings as warnings, those on the pull request's own
// files first, most severe first, and says how many it left out.

export const MAX_PER_LEVEL = 10;

export interface Annotation {
  level: 'error' | 'warning';
  finding: Finding;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that would have been annotated but did not fit. */
  omitted: number;
}

export function planAnnotations(
  findings: readonly Finding[],
  failing: readonly Finding[],
  changedFiles: ReadonlySet<string> | undefined,
): AnnotationPlan {
  const fails = new Set(failing);
  const inChanged = (f: Finding) => (changedFiles ? changedFiles.has(f.location.file) : true);
  const order = (list: Finding[]) => [
    ...bySeverity(list.filter(inChanged)),
    ...bySeverity(list.filter((f) => !inChanged(f))),
  ];
  const errors = order([...failing]);
  const warnings = order(findings.filter((f) => !f.waiver && !fails.has(f)));
  const annotations: Annotation[] = [
    ...errors.slice(0, MAX_PER_LEVEL).map((finding) => ({ level: 'error' as const, finding })),
    ...warnings.slice(0, MAX_PER_LEVEL).map((finding) => ({ level: 'warning' as const, finding })),
  ];
  return {
    annotations,
    omitted:
      Math.max(0, errors.length - MAX_PER_LEVEL) + Math.max(0, warnings.length - MAX_PER_LEVEL),
  };
}
