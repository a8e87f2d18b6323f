import picomatch from 'picomatch';
import type { ReviewRequirement } from '../../config/config.js';
import { describeChange, type RbacChange } from '../../analyse/rbac/delta.js';
import type { Finding, Location } from '../../model/types.js';

// Which review requirements a pull request triggers, and by what. Only what the pull request
// introduces counts: its new findings, the files it changes, the resources it adds, changes
// or removes, the permissions it grants, the waivers it writes, and changes to the policy.

/** A resource the pull request adds, changes or removes. */
export interface ResourceChange {
  id: string;
  namespace: string;
  change: 'added' | 'changed' | 'removed';
  location: Location;
}

/** A waiver that the pull request writes (a new one, or a new reason or expiry). */
export interface WaiverChange {
  finding: Finding;
  change: 'added' | 'changed';
}

/** Everything a pull request introduces that a requirement can be about. */
export interface PullChange {
  newFindings: readonly Finding[];
  changedFiles: readonly string[];
  resources: readonly ResourceChange[];
  rbac: readonly RbacChange[];
  waivers: readonly WaiverChange[];
  /** Config and custom rule files whose content differs between base and head. */
  policyFiles: readonly string[];
}

/** One reason a requirement applies, for the summary and the review. */
export interface Trigger {
  what: string;
  location?: Location;
  /** The finding this trigger is (accepted when the requirement is met). */
  fingerprint?: string;
}

export interface TriggeredRequirement {
  requirement: ReviewRequirement;
  triggers: Trigger[];
}

const at = (f: Finding): Location => f.location;

/** A namespace scope of an RBAC change (`namespace prod` -> `prod`), or undefined. */
function scopeNamespace(scope: string): string | undefined {
  return scope.startsWith('namespace ') ? scope.slice('namespace '.length) : undefined;
}

function rbacTriggers(
  changes: readonly RbacChange[],
  mode: 'dangerous' | 'any',
  sourceLocation: (c: RbacChange) => Location | undefined,
  fingerprintOf: (c: RbacChange) => string | undefined,
): Trigger[] {
  return changes
    .filter((c) => c.direction === 'gains' && (mode === 'any' || c.danger))
    .map((c) => {
      const location = sourceLocation(c);
      const fingerprint = fingerprintOf(c);
      return {
        what: describeChange(c),
        ...(location ? { location } : {}),
        ...(fingerprint ? { fingerprint } : {}),
      };
    });
}

export interface TriggerContext {
  /** Where the binding behind an RBAC change is (for the review's list). */
  rbacLocation?: (c: RbacChange) => Location | undefined;
  /** The fingerprint of the finding an RBAC gain became, if it became one. */
  rbacFingerprint?: (c: RbacChange) => string | undefined;
}

/** The triggers of one requirement (empty when the pull request does not trigger it). */
export function triggersOf(
  requirement: ReviewRequirement,
  change: PullChange,
  context: TriggerContext = {},
): Trigger[] {
  const { when } = requirement;
  const out: Trigger[] = [];
  const seen = new Set<string>();
  const add = (t: Trigger) => {
    const key = `${t.what}\u0000${t.location?.file ?? ''}:${t.location?.line ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t);
  };
  // A finding waived by the config's list is settled by the trusted policy; one waived by an
  // annotation that this pull request wrote is not (that is what `waivers` is about).
  const open = change.newFindings.filter((f) => f.waiver?.origin !== 'config');
  const findingTrigger = (f: Finding, why: string): Trigger => ({
    what: `${f.ruleId} (${f.severity}) on ${f.resource || f.location.file}${f.element ? ` [${f.element}]` : ''}: ${why}`,
    location: at(f),
    fingerprint: f.fingerprint,
  });
  if (when.rules?.length) {
    // `vap/*`: every admission policy's findings, whichever policies the base holds.
    const names = picomatch(when.rules);
    for (const f of open) if (names(f.ruleId)) add(findingTrigger(f, f.message));
  }
  if (when.severities?.length) {
    for (const f of open)
      if (when.severities.includes(f.severity)) add(findingTrigger(f, f.message));
  }
  if (when.paths?.length) {
    const match = picomatch(when.paths, { dot: true });
    for (const file of change.changedFiles)
      if (match(file)) add({ what: `changes ${file}`, location: { file, line: 1 } });
  }
  if (when.namespaces?.length) {
    const namespaces = new Set(when.namespaces);
    for (const r of change.resources)
      if (namespaces.has(r.namespace)) add({ what: `${r.change} ${r.id}`, location: r.location });
    const inScope = change.rbac.filter((c) => {
      const ns = scopeNamespace(c.scope);
      return ns !== undefined && namespaces.has(ns);
    });
    for (const t of rbacTriggers(
      inScope,
      'any',
      context.rbacLocation ?? (() => undefined),
      context.rbacFingerprint ?? (() => undefined),
    ))
      add(t);
  }
  if (when.rbac) {
    for (const t of rbacTriggers(
      change.rbac,
      when.rbac,
      context.rbacLocation ?? (() => undefined),
      context.rbacFingerprint ?? (() => undefined),
    ))
      add(t);
  }
  if (when.waivers) {
    for (const w of change.waivers) {
      const waiver = w.finding.waiver;
      const why = waiver ? `"${waiver.reason}", expires ${waiver.expires}` : 'a waiver';
      add({
        what: `waiver ${w.change} for ${w.finding.ruleId} on ${w.finding.resource}${w.finding.container ? ` [${w.finding.container}]` : ''}: ${why}`,
        location: at(w.finding),
        fingerprint: w.finding.fingerprint,
      });
    }
  }
  if (when.policy) {
    for (const file of change.policyFiles)
      add({
        what: `changes the policy file ${file} (it takes effect after the merge)`,
        location: { file, line: 1 },
      });
  }
  return out;
}

export function triggeredRequirements(
  requirements: readonly ReviewRequirement[],
  change: PullChange,
  context: TriggerContext = {},
): TriggeredRequirement[] {
  return requirements
    .map((requirement) => ({ requirement, triggers: triggersOf(requirement, change, context) }))
    .filter((t) => t.triggers.length > 0);
}
