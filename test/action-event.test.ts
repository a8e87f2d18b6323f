import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queuedPullNumber, readRunEvent } from '../src/action/event.js';
import { apiSecondMs } from '../src/github/pacing.js';
import {
  documentedPayload,
  mergeGroupPayload,
  pullRequestEventPayload,
  queueRef,
} from './support/github-payloads.js';

// The run's event as the runner gives it: GITHUB_* variables and the payload file, read
// from GitHub's documented example payloads.

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const GROUP = 'd'.repeat(40);

function eventOf(name: string, payload: object, sha: string, ref: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'kubegate-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return readRunEvent({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
  });
}

describe('the run event', () => {
  it("reads GitHub's documented merge_group example as it comes", () => {
    const documented = documentedPayload('merge_group', 'checks_requested') as {
      merge_group: { head_sha: string; head_ref: string; base_sha: string };
    };
    const mg = documented.merge_group;
    const event = eventOf('merge_group', documented, mg.head_sha, mg.head_ref);
    expect(event.kind).toBe('merge_group');
    expect(event.mergeGroup).toMatchObject({
      headSha: mg.head_sha,
      baseSha: mg.base_sha,
      headRef: mg.head_ref,
      pullNumber: Number(/pr-(\d+)-/.exec(mg.head_ref)?.[1]),
    });
    expect(event.pullRequest).toBeUndefined();
  });

  it('takes the group commit and queue ref for code scanning, whatever GITHUB_REF says', () => {
    const ref = queueRef('release/1.2', 42, BASE);
    const payload = mergeGroupPayload({ headSha: GROUP, baseSha: BASE, headRef: ref });
    const event = eventOf('merge_group', payload, GROUP, 'refs/heads/main');
    expect({ sha: event.sha, ref: event.ref }).toEqual({ sha: GROUP, ref });
    expect(event.mergeGroup?.pullNumber).toBe(42);
  });

  it('refuses a merge_group payload without its commits', () => {
    expect(() => eventOf('merge_group', { merge_group: { head_sha: GROUP } }, GROUP, 'x')).toThrow(
      /merge_group\.head_sha, head_ref or base_sha/,
    );
  });

  it('reads the pull request of a documented pull_request_review payload', () => {
    const payload = pullRequestEventPayload(
      'pull_request_review',
      { baseSha: BASE, headSha: HEAD },
      9,
    );
    const event = eventOf('pull_request_review', payload, GROUP, 'refs/pull/9/merge');
    expect(event.kind).toBe('pull_request_review');
    expect(event.pullRequest).toMatchObject({ number: 9, headSha: HEAD, baseSha: BASE });
  });
});

describe('the queue branch', () => {
  it('names the pull request, whatever the base branch is called', () => {
    expect(queuedPullNumber(`refs/heads/gh-readonly-queue/main/pr-104-${BASE}`)).toBe(104);
    expect(queuedPullNumber(`gh-readonly-queue/release/v2/pr-7-${BASE.slice(0, 12)}`)).toBe(7);
    expect(queuedPullNumber('refs/heads/gh-readonly-queue/main/unknown')).toBeUndefined();
    expect(queuedPullNumber(`refs/heads/feature/pr-3-${BASE}`)).toBeUndefined();
  });
});

describe('API pacing', () => {
  it("is GitHub's second unless the API is on the loopback interface and a test asks", () => {
    const env = { KUBEGATE_LOOPBACK_API_SECOND_MS: '5' };
    expect(apiSecondMs('https://api.github.com', env)).toBe(1000);
    expect(apiSecondMs('https://ghe.example/api/v3', env)).toBe(1000);
    expect(apiSecondMs('http://127.0.0.1:4321', env)).toBe(5);
    expect(apiSecondMs('http://localhost:4321', env)).toBe(5);
    expect(apiSecondMs('http://[::1]:4321', env)).toBe(5);
    expect(apiSecondMs('http://127.0.0.1:4321', {})).toBe(1000);
    expect(apiSecondMs('http://127.0.0.1:4321', { KUBEGATE_LOOPBACK_API_SECOND_MS: '5000' })).toBe(
      1000,
    );
    expect(apiSecondMs('http://127.0.0.1:4321', { KUBEGATE_LOOPBACK_API_SECOND_MS: 'x' })).toBe(
      1000,
    );
  });
});
