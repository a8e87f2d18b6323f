import * as core from '@actions/core';
import { SEVERITIES, type FailOn } from '../model/types.js';

// The Action's inputs, read once and checked: a typo fails the step with the input's name
// rather than silently turning a feature off.

export interface ActionInputs {
  token: string;
  paths: string[];
  config: string;
  /** Empty: the config's failOn decides. */
  failOn: FailOn | '';
  newFindingsOnly: boolean | undefined;
  sarifFile: string;
  uploadSarif: boolean;
  annotations: boolean;
  reviewComments: boolean;
  approversToken: string;
  /** Unmet requirements post REQUEST_CHANGES (true) or COMMENT (false). */
  blockingReview: boolean;
  category: string;
}

function bool(name: string, fallback: boolean): boolean;
function bool(name: string, fallback: undefined): boolean | undefined;
function bool(name: string, fallback: boolean | undefined): boolean | undefined {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(raw)) return true;
  if (['false', 'no', 'off', '0'].includes(raw)) return false;
  throw new Error(`input ${name}: "${raw}" is not true or false`);
}

export function readInputs(): ActionInputs {
  const failOn = core.getInput('fail-on').trim();
  if (failOn !== '' && failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new Error(`input fail-on: "${failOn}" is not one of critical, high, medium, low, none`);
  }
  const token = core.getInput('token');
  const approversToken = core.getInput('approvers-token');
  // Tokens never reach a log line, even if a later message quotes an input by mistake.
  if (token) core.setSecret(token);
  if (approversToken) core.setSecret(approversToken);
  return {
    token,
    paths: core
      .getMultilineInput('paths')
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean),
    config: core.getInput('config').trim(),
    failOn: failOn as FailOn | '',
    newFindingsOnly: bool('new-findings-only', undefined),
    sarifFile: core.getInput('sarif-file').trim() || 'kubegate.sarif',
    uploadSarif: bool('upload-sarif', true),
    annotations: bool('annotations', true),
    reviewComments: bool('review-comments', true),
    approversToken,
    blockingReview: bool('blocking-review', true),
    category: core.getInput('category').trim() || 'kubegate',
  };
}
