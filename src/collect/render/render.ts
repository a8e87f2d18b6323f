// Renders Helm charts and Kustomize overlays with the real binaries, several at once.
// One bad target never stops the others: every target gets a result, ok or not.
import { resolve } from 'node:path';
import { createPrivateEnv } from './env.js';
import { findBinary, installHint, type BinaryLookup, type ToolName } from './find-binary.js';
import { defaultConcurrency, mapPool } from './pool.js';
import { runTool } from './run-tool.js';
import type {
  HelmTarget,
  KustomizeTarget,
  RenderFailureReason,
  RenderResult,
  RenderTarget,
} from './types.js';
import { nowMs } from '../../util/timing.js';

export interface RenderOptions {
  /** Explicit binary paths (config or action input); else KUBEGATE_* env, then PATH. */
  helm?: string;
  kubectl?: string;
  /** Environment for binary lookup and as the base of the tools' env. */
  env?: NodeJS.ProcessEnv;
  /** Per render; default 60 s. */
  timeoutMs?: number;
  /** Renders in flight; default os.availableParallelism(). */
  concurrency?: number;
  /**
   * Pass `--skip-tests` to helm. Default false: test hooks are pods that `helm test`
   * really runs in the cluster, so they are checked like any workload (their findings are
   * low at most, as they are not deployed with the release: render/helm-hooks.ts).
   */
  skipTests?: boolean;
  /** Lines of the tool's stderr kept in a failure message; default 20. */
  maxMessageLines?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_BUFFER_BYTES = 512 * 1024 * 1024;

/** The resolved binaries, looked up once per batch rather than once per target. */
export type Binaries = Partial<Record<ToolName, BinaryLookup>>;

export function helmArgs(target: HelmTarget, skipTests: boolean): string[] {
  // `--flag=value` forms so that a value starting with '-' is never read as a flag.
  return [
    'template',
    target.release,
    resolve(target.chartDir),
    `--namespace=${target.namespace}`,
    ...target.valuesFiles.map((f) => `--values=${resolve(f)}`),
    ...target.set.map((kv) => `--set-json=${kv}`),
    ...(target.kubeVersion ? [`--kube-version=${target.kubeVersion}`] : []),
    ...(skipTests ? ['--skip-tests'] : []),
  ];
}

export function kustomizeArgs(target: KustomizeTarget): string[] {
  // kubectl's default load restrictor (root only) keeps files outside the overlay's
  // tree out, which is what the trust model wants.
  return ['kustomize', resolve(target.dir)];
}

function toolFor(target: RenderTarget): ToolName {
  return target.kind === 'helm' ? 'helm' : 'kubectl';
}

/** Keeps the head of a long stderr: the first lines name the cause. */
export function firstLines(text: string, max: number): string {
  const lines = text.trim().split('\n');
  if (lines.length <= max) return lines.join('\n');
  return [...lines.slice(0, max), `… (${lines.length - max} more lines)`].join('\n');
}

function classify(stderr: string): RenderFailureReason {
  return /missing in charts\/ directory|dependency build|dependencies are missing/i.test(stderr)
    ? 'missing-dependency'
    : 'render-error';
}

export async function renderOne(
  target: RenderTarget,
  binaries: Binaries,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const started = nowMs();
  const elapsed = () => Math.round(nowMs() - started);
  const fail = (reason: RenderFailureReason, message: string): RenderResult => ({
    ok: false,
    target,
    reason,
    message,
    durationMs: elapsed(),
  });

  const tool = toolFor(target);
  const lookup =
    binaries[tool] ?? (await findBinary(tool, { explicit: options[tool], env: options.env }));
  if (!lookup.ok) return fail('missing-binary', lookup.message);

  const args =
    target.kind === 'helm' ? helmArgs(target, options.skipTests ?? false) : kustomizeArgs(target);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxLines = options.maxMessageLines ?? 20;
  const privateEnv = await createPrivateEnv(options.env ?? process.env);
  try {
    const run = await runTool(lookup.path, args, {
      timeoutMs,
      env: privateEnv.env,
      maxBufferBytes: MAX_BUFFER_BYTES,
    });
    switch (run.kind) {
      case 'ok':
        return {
          ok: true,
          target,
          text: run.stdout,
          warnings: run.stderr.trim(),
          durationMs: elapsed(),
        };
      case 'timeout':
        return fail('timeout', `${tool} timed out after ${timeoutMs / 1000} s and was stopped`);
      case 'too-large':
        return fail(
          'output-too-large',
          `${tool} printed more than ${MAX_BUFFER_BYTES / 1024 / 1024} MiB`,
        );
      case 'not-runnable':
        return fail(
          'missing-binary',
          `${tool} could not be run (${run.detail}). ${installHint(tool)}`,
        );
      case 'failed': {
        const stderr = run.stderr.trim();
        return fail(classify(stderr), stderr ? firstLines(stderr, maxLines) : run.detail);
      }
    }
  } finally {
    await privateEnv.dispose();
  }
}

/** Renders every target, at most `concurrency` at once, results in input order. */
export async function renderAll(
  targets: readonly RenderTarget[],
  options: RenderOptions = {},
): Promise<RenderResult[]> {
  const binaries: Binaries = {};
  for (const tool of new Set(targets.map(toolFor))) {
    binaries[tool] = await findBinary(tool, { explicit: options[tool], env: options.env });
  }
  return mapPool(targets, options.concurrency ?? defaultConcurrency(), (t) =>
    renderOne(t, binaries, options),
  );
}
