// The shapes that flow through the pipeline: collect -> parse -> evaluate -> report.

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A threshold for failing: a severity, or `none` to never fail on findings. */
export type FailOn = Severity | 'none';

/** A step into a parsed document: a mapping key or a sequence index. */
export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

/** A file's text, with where it came from (relative to the scan root). */
export interface Source {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** Turns a field path inside one document into a 1-based line, lazily. */
export interface LineLocator {
  /** Line of the path, or of its nearest existing parent; `exact` says which. */
  locate(path: FieldPath): { line: number; exact: boolean };
}

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A JSON mapping (not null, not a list). */
export function isJsonObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** One Kubernetes object found in a source. */
export interface Resource {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  object: JsonObject;
  file: string;
  /** 0-based index of the YAML document in the file. */
  docIndex: number;
  /** Path from the document root to this object (non-empty for items of a `kind: List`). */
  basePath: FieldPath;
  locator: LineLocator;
}

export interface Location {
  file: string;
  line: number;
}

/** Another line that explains a finding, such as the values line that set the value. */
export interface RelatedLocation {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface Waiver {
  origin: 'annotation' | 'config';
  reason: string;
  expires: string;
  ticket?: string;
}

/** A rule violation, a waived one, or an input problem (parse-error). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  location: Location;
  /** `Kind/namespace/name`, empty for file-level problems. */
  resource: string;
  /** The element within the resource, such as a container name. */
  element?: string;
  /** The container the finding concerns, for per-container waivers. */
  container?: string;
  /** The offending field, dotted (for fingerprints: stable when lines move). */
  fieldPath: string;
  fingerprint: string;
  /** Present when a valid waiver suppresses this finding. */
  waiver?: Waiver;
  /** Why a waiver that names this finding does not apply (expired, malformed...). */
  waiverProblem?: string;
  /** Other lines that explain the finding (SARIF relatedLocations). */
  related?: RelatedLocation[];
  /**
   * What the cluster would do, for an admission policy whose binding only warns or audits
   * (evaluate/admission/): shown as a warning or a note, and never failing the gate.
   */
  advisory?: 'warn' | 'audit';
  /** Accepted by people: the required reviews it triggered are met (pull requests only). */
  approval?: Approval;
  /** The value sets of a chart whose renders gave this finding (charts with value sets only). */
  valueSets?: string[];
  /**
   * Internal, never reported: the service account whose token the finding assumes is
   * mounted and unneeded (a rule with `ifTokenUnneeded`). The cross-resource step
   * (analyse/token-mount.ts) drops the finding where that ServiceAccount opts out (for a
   * pod that does not say) or is granted permissions, and removes this field from the
   * findings it keeps.
   */
  assumesToken?: AccountRef;
  /**
   * Internal, never reported: the chart or overlay that rendered the Role or ClusterRole a
   * finding is on, so that the cross-resource step (analysers/bindings.ts) finds the role
   * among the objects applied with it, and its bindings. That step removes it.
   */
  unit?: string;
}

/** A service account as a workload names it, and where the workload is (to find it). */
export interface AccountRef {
  name: string;
  namespace: string;
  /** The workload's file (plain manifests connect within their folder). */
  file: string;
  /** The chart or overlay the workload was rendered from (set with the analysers' facts). */
  unit?: string;
  /** The pod sets `automountServiceAccountToken: true` itself: the account's setting is moot. */
  podMounts?: boolean;
}

/** Who accepted a finding that needed a review, and through which requirements. */
export interface Approval {
  requirements: string[];
  by: string[];
}

export function resourceId(r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string {
  return `${r.kind}/${r.namespace}/${r.name}`;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** The less severe of `s` and `max`: a finding that is "`max` at most". */
export function atMost(s: Severity, max: Severity): Severity {
  return severityRank(s) > severityRank(max) ? max : s;
}

/** Lowers a finding to at most `max` and says why after its message. */
export function capFinding(f: Finding, max: Severity, reason: string): void {
  f.severity = atMost(f.severity, max);
  f.message = `${f.message} (${reason})`;
}

/** True when `s` is at or above the threshold. */
export function meetsThreshold(s: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(s) >= severityRank(failOn);
}

/** The gate's rule for one finding: not waived, approved or advisory, and at or above the
 * threshold. */
export function failsGate(f: Finding, failOn: FailOn): boolean {
  return !f.waiver && !f.approval && !f.advisory && meetsThreshold(f.severity, failOn);
}
