// Shared shapes for rendering Helm charts and Kustomize overlays. Kept apart from the
// scan pipeline's types so that this module can be wired in later without churn.

/** One `helm template` invocation: a chart plus one value set. */
export interface HelmTarget {
  kind: 'helm';
  /** Folder holding Chart.yaml. */
  chartDir: string;
  release: string;
  namespace: string;
  /** Passed as `--values` in order (later files win, as in helm). */
  valuesFiles: string[];
  /** `key=<JSON value>` pairs passed as `--set-json`. */
  set: string[];
  /** Kubernetes version to render for (`--kube-version`), else helm's default. */
  kubeVersion?: string;
}

/** One `kubectl kustomize` invocation. */
export interface KustomizeTarget {
  kind: 'kustomize';
  /** Folder holding kustomization.yaml (or .yml, or Kustomization). */
  dir: string;
}

export type RenderTarget = HelmTarget | KustomizeTarget;

/**
 * Why a render failed. The later `render-error` finding and the fail-closed gate need
 * the category; users need the message.
 */
export type RenderFailureReason =
  'render-error' | 'missing-dependency' | 'timeout' | 'missing-binary' | 'output-too-large';

export type RenderResult =
  | {
      ok: true;
      target: RenderTarget;
      /** The rendered multi-document YAML. */
      text: string;
      /** Whatever the tool printed on stderr while succeeding (warnings), trimmed. */
      warnings: string;
      durationMs: number;
    }
  | {
      ok: false;
      target: RenderTarget;
      reason: RenderFailureReason;
      /** The tool's own stderr (first lines), or our explanation. */
      message: string;
      durationMs: number;
    };
