import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { apiSecondMs } from './pacing.js';
import { startSpan } from '../util/timing.js';

// One REST client for the whole run. The retry plugin repeats 5xx answers with a growing
// pause; the throttling plugin spaces out writes (GitHub asks for about one content-creating
// request per second) and waits out primary and secondary rate limits, honouring
// `Retry-After`. Tokens are never logged.

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait for a rate limit before giving up: a job should not sleep for an hour. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 3;

interface RequestInfo {
  method?: string;
  url?: string;
}

/** Whether to wait out a rate limit and retry (the throttling plugin asks). */
function shouldWait(
  kind: string,
  retryAfter: number,
  options: RequestInfo,
  retryCount: number,
): boolean {
  const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
  if (retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
    core.info(`GitHub API ${kind} on ${what}; retrying in ${retryAfter} s`);
    return true;
  }
  core.warning(
    `GitHub API ${kind} on ${what}: not waiting ${retryAfter} s after ${retryCount} retries`,
  );
  return false;
}

export function createClient(token: string, apiUrl: string): GitHubClient {
  const second = apiSecondMs(apiUrl);
  const client = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      userAgent: 'kubegate',
      log: {
        // Octokit's own request logs would double every warning we print ourselves.
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => core.debug(message),
        error: (message: string) => core.debug(message),
      },
      retry: { retries: 3, retryAfterBaseValue: second },
      throttle: {
        // The plugin's own spacing (a second between writes, three between writes that
        // notify people), in this client's seconds (see pacing.ts).
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: second }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * second }),
        retryAfterBaseValue: second,
        onRateLimit: (retryAfter: number, options: RequestInfo, _o: unknown, retryCount: number) =>
          shouldWait('rate limit', retryAfter, options, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          options: RequestInfo,
          _o: unknown,
          retryCount: number,
        ) => shouldWait('secondary rate limit', retryAfter, options, retryCount),
      },
    },
    retry,
    throttling,
  );
  // Wrapped after the plugins, so the time counted includes their pacing and retries.
  client.hook.wrap('request', async (request, options) => {
    const end = startSpan('GitHub API');
    try {
      return await request(options);
    } finally {
      end();
    }
  });
  return client;
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e) {
    const s = (e as { status: unknown }).status;
    return typeof s === 'number' ? s : undefined;
  }
  return undefined;
}

/** A short, token-free description of an API error for warnings. */
export function describeApiError(e: unknown): string {
  const status = statusOf(e);
  const message = e instanceof Error ? e.message : String(e);
  // Octokit messages can end with a documentation URL; keep the first line only.
  const first = message.split('\n')[0].slice(0, 300);
  return status ? `HTTP ${status}: ${first}` : first;
}

/** True for answers that mean "this token may not write here" (fork pull requests). */
export function isPermissionDenied(e: unknown): boolean {
  const status = statusOf(e);
  if (status === 401) return true;
  if (status !== 403) return false;
  const message = e instanceof Error ? e.message : '';
  // A 403 that is a rate limit was already retried by the throttling plugin; if it is still
  // a rate limit here, it is not a permission problem.
  return !/rate limit/i.test(message);
}

/** A write the token may not make (a fork's read-only token, missing permissions). */
export class WriteDenied extends Error {
  constructor(readonly cause: unknown) {
    super(describeApiError(cause));
  }
}

export function rethrowDenied(e: unknown): never {
  throw isPermissionDenied(e) ? new WriteDenied(e) : e;
}
