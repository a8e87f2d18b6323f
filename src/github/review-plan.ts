import type { Finding, Waiver } from '../model/types.js';

// Deciding what to say in a pull request's review, as a pure function of the findings, the
// diff and the comments kubegate left on earlier runs. Hidden markers in comment bodies tie
// a comment to a finding's fingerprint, which ignores line numbers, so a re-run after a push
// recognises its own threads even when the lines moved.

const FINDING_MARKER = /<!-- kubegate:finding:([0-9a-f]+) -->/;
const FIXED_MARKER = /<!-- kubegate:fixed:([0-9a-f]+) -->/;

export const findingMarker = (fingerprint: string) => `<!-- kubegate:finding:${fingerprint} -->`;
export const fixedMarker = (fingerprint: string) => `<!-- kubegate:fixed:${fingerprint} -->`;

/** A review comment as the list endpoint returns it (the fields kubegate reads). */
export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  line?: number | null;
  in_reply_to_id?: number;
}

export interface ReviewPlan {
  /** New inline comments to post. */
  post: Finding[];
  /** Findings that already have a kubegate thread. */
  existing: Finding[];
  /** Findings on lines the diff does not show: the summary comment lists them. */
  outsideDiff: Finding[];
  /** Findings beyond the inline-comment budget of one run: the summary lists them. */
  overBudget: Finding[];
  /** kubegate threads whose finding is gone (or now waived): answer them once. */
  fixed: { commentId: number; fingerprint: string; path: string; waiver?: Waiver }[];
}

export function planReview(
  commentWorthy: readonly Finding[],
  allFindings: readonly Finding[],
  diff: ReadonlyMap<string, ReadonlySet<number>>,
  comments: readonly ReviewComment[],
  maxNewComments: number,
): ReviewPlan {
  const threads = new Map<string, ReviewComment>();
  const answered = new Set<string>();
  for (const c of comments) {
    const fixed = FIXED_MARKER.exec(c.body);
    if (fixed) answered.add(fixed[1]);
    const finding = FINDING_MARKER.exec(c.body);
    if (finding && c.in_reply_to_id === undefined && !threads.has(finding[1])) {
      threads.set(finding[1], c);
    }
  }
  const plan: ReviewPlan = { post: [], existing: [], outsideDiff: [], overBudget: [], fixed: [] };
  const seen = new Set<string>();
  for (const f of commentWorthy) {
    // Two findings can share a fingerprint (a Kustomize base rendered twice): one comment.
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    if (threads.has(f.fingerprint)) plan.existing.push(f);
    else if (!diff.get(f.location.file)?.has(f.location.line)) plan.outsideDiff.push(f);
    else if (plan.post.length < maxNewComments) plan.post.push(f);
    else plan.overBudget.push(f);
  }
  // A finding still reported (say, below a raised threshold) is not fixed; one that is now
  // waived is answered with the waiver, so the thread records who accepted the risk and why.
  const present = new Map(allFindings.map((f) => [f.fingerprint, f]));
  for (const [fingerprint, c] of threads) {
    const now = present.get(fingerprint);
    if (answered.has(fingerprint) || (now && !now.waiver)) continue;
    plan.fixed.push({
      commentId: c.id,
      fingerprint,
      path: c.path,
      ...(now?.waiver ? { waiver: now.waiver } : {}),
    });
  }
  return plan;
}
