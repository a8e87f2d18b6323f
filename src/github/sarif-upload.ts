import * as core from '@actions/core';
import type { Log } from 'sarif';
import { describeCut, fitSarifForUpload } from '../report/sarif-limits.js';
import {
  describeApiError,
  isPermissionDenied,
  statusOf,
  WriteDenied,
  type GitHubClient,
} from './client.js';

// Uploading SARIF to code scanning: gzip then base64 as the endpoint requires, with a
// commit and ref that belong together, then polling until GitHub has processed it so that
// processing errors reach the log instead of vanishing into the Security tab.

export interface UploadTarget {
  owner: string;
  repo: string;
  commitSha: string;
  ref: string;
  /** file:// URI of the checkout, so GitHub can relate SARIF paths to the repository. */
  checkoutUri: string;
}

export interface PollTiming {
  intervalMs: number;
  timeoutMs: number;
}

export interface UploadOutcome {
  state: 'complete' | 'pending' | 'failed' | 'refused' | 'error';
  /** One line for the job summary. */
  summary: string;
  sarifId?: string;
  processingErrors: string[];
  cutResults: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NOT_ENABLED =
  'code scanning is not enabled on this repository (Settings > Code security > Code scanning; private repositories need GitHub Code Security)';

function codeScanningOff(e: unknown): boolean {
  const message = e instanceof Error ? e.message : '';
  return (
    statusOf(e) === 404 ||
    /not enabled|advanced security|code security must be enabled/i.test(message)
  );
}

export async function uploadSarif(
  client: GitHubClient,
  target: UploadTarget,
  log: Log,
  timing: PollTiming,
): Promise<UploadOutcome> {
  const fitted = fitSarifForUpload(log);
  const cutResults = Object.values(fitted.cut).reduce((a, b) => a + b, 0);
  if (cutResults > 0) {
    core.warning(
      `kubegate: the SARIF upload keeps the most severe results within GitHub's limits; cut ${describeCut(fitted.cut)} (the SARIF file on disk has them all)`,
    );
  }
  let sarifId: string | undefined;
  try {
    const response = await client.rest.codeScanning.uploadSarif({
      owner: target.owner,
      repo: target.repo,
      commit_sha: target.commitSha,
      ref: target.ref,
      sarif: fitted.gzipped.toString('base64'),
      checkout_uri: target.checkoutUri,
      tool_name: 'kubegate',
    });
    sarifId = response.data.id;
  } catch (e) {
    if (codeScanningOff(e)) {
      core.warning(`kubegate: SARIF not uploaded (${describeApiError(e)}): ${NOT_ENABLED}`);
      return {
        state: 'refused',
        summary: `not uploaded: ${NOT_ENABLED}`,
        processingErrors: [],
        cutResults,
      };
    }
    // The caller degrades once for every write the token may not make.
    if (isPermissionDenied(e)) throw new WriteDenied(e);
    core.warning(`kubegate: SARIF upload failed: ${describeApiError(e)}`);
    return {
      state: 'error',
      summary: `upload failed: ${describeApiError(e)}`,
      processingErrors: [],
      cutResults,
    };
  }
  if (!sarifId) {
    return {
      state: 'error',
      summary: 'upload answered without an id',
      processingErrors: [],
      cutResults,
    };
  }
  core.info(`kubegate: SARIF uploaded (id ${sarifId}); waiting for code scanning to process it`);
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    let status: string | undefined;
    let errors: string[] = [];
    try {
      const { data } = await client.rest.codeScanning.getSarif({
        owner: target.owner,
        repo: target.repo,
        sarif_id: sarifId,
      });
      status = data.processing_status;
      errors = (data.errors ?? []).filter((x): x is string => typeof x === 'string');
    } catch (e) {
      // A 404 right after the upload is normal while GitHub registers it; keep polling.
      if (statusOf(e) !== 404) {
        core.warning(`kubegate: cannot read the SARIF processing status: ${describeApiError(e)}`);
        return {
          state: 'error',
          summary: 'uploaded; status unknown',
          sarifId,
          processingErrors: [],
          cutResults,
        };
      }
    }
    if (status === 'complete') {
      return {
        state: 'complete',
        summary: 'uploaded and processed',
        sarifId,
        processingErrors: [],
        cutResults,
      };
    }
    if (status === 'failed') {
      core.warning(
        `kubegate: code scanning could not process the SARIF upload: ${errors.join('; ') || 'no reason given'}`,
      );
      return {
        state: 'failed',
        summary: `processing failed: ${errors.join('; ')}`,
        sarifId,
        processingErrors: errors,
        cutResults,
      };
    }
    if (Date.now() + timing.intervalMs > deadline) {
      core.info(
        `kubegate: code scanning is still processing the upload (id ${sarifId}); not waiting longer`,
      );
      return {
        state: 'pending',
        summary: 'uploaded; still processing',
        sarifId,
        processingErrors: [],
        cutResults,
      };
    }
    await sleep(timing.intervalMs);
  }
}
