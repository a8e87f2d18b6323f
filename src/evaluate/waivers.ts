import picomatch from 'picomatch';
import type { ConfigWaiver } from '../config/config.js';
import type { Finding, JsonObject, Waiver } from '../model/types.js';

export const WAIVER_PREFIX = 'waive.kubegate.io/';

export interface WaiverPolicy {
  annotations: boolean;
  maxDays: number;
  list: readonly ConfigWaiver[];
  /** Today, as YYYY-MM-DD (injected so the core does not read the clock). */
  today: string;
}

type Check = { waiver: Waiver } | { problem: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A waiver is valid with a reason and an expiry date in the allowed window. */
export function checkWaiver(
  w: Omit<Waiver, 'expires'> & { expires: string | undefined },
  policy: WaiverPolicy,
): Check {
  const where = w.origin === 'annotation' ? 'the waiver annotation' : 'the config waiver';
  if (!w.reason.trim()) return { problem: `${where} has no reason` };
  if (!w.expires) return { problem: `${where} has no expiry (expires=YYYY-MM-DD)` };
  if (!DATE.test(w.expires) || Number.isNaN(Date.parse(`${w.expires}T00:00:00Z`))) {
    return { problem: `${where} has an invalid expiry "${w.expires}" (expected YYYY-MM-DD)` };
  }
  if (w.expires < policy.today) return { problem: `${where} expired on ${w.expires}` };
  const latest = addDays(policy.today, policy.maxDays);
  if (w.expires > latest) {
    return {
      problem: `${where} expires ${w.expires}, later than the allowed ${policy.maxDays} days (${latest})`,
    };
  }
  return { waiver: { ...w, expires: w.expires } };
}

/** Parses `"<reason> expires=YYYY-MM-DD"`. */
export function parseWaiverAnnotation(value: string): {
  reason: string;
  expires: string | undefined;
} {
  const m = /\bexpires=(\S*)/.exec(value);
  const reason = (m ? value.slice(0, m.index) + value.slice(m.index + m[0].length) : value).trim();
  return { reason, expires: m?.[1] };
}

function resourceMatches(pattern: string | undefined, id: string): boolean {
  if (!pattern) return true;
  const want = pattern.split('/');
  const have = id.split('/');
  if (want.length !== 3) return false;
  return want.every(
    (part, i) =>
      part === '*' ||
      part === have[i] ||
      (have[i] !== '' && picomatch.isMatch(have[i] ?? '', part)),
  );
}

/** Whether `annotations` has any key that a waiver annotation could have. */
function hasWaiverKeys(annotations: JsonObject | undefined): boolean {
  if (annotations === null || typeof annotations !== 'object') return false;
  for (const key of Object.keys(annotations)) if (key.startsWith(WAIVER_PREFIX)) return true;
  return false;
}

/** Marks findings of one resource as waived, or records why a waiver that names them fails. */
export function applyWaivers(
  findings: Finding[],
  annotations: JsonObject | undefined,
  policy: WaiverPolicy,
): void {
  // Nearly every resource has no waiver annotation and most configs list no waivers: then
  // no finding has a candidate, and the per-finding keys need not be built at all.
  const annotated = hasWaiverKeys(annotations);
  if (!annotated && policy.list.length === 0) return;
  for (const f of findings) {
    const candidates: Check[] = [];
    const keys = annotated
      ? [
          `${WAIVER_PREFIX}${f.ruleId}`,
          ...(f.container ? [`${WAIVER_PREFIX}${f.ruleId}.${f.container}`] : []),
        ]
      : [];
    for (const key of keys) {
      const value = annotations?.[key];
      if (value === undefined) continue;
      if (!policy.annotations) {
        candidates.push({
          problem: `waiver annotation ${key} is ignored: the config accepts only its own waivers list (waivers.annotations: false)`,
        });
        continue;
      }
      const parsed = parseWaiverAnnotation(typeof value === 'string' ? value : '');
      candidates.push(checkWaiver({ origin: 'annotation', ...parsed }, policy));
    }
    for (const w of policy.list) {
      if (w.rule !== f.ruleId) continue;
      if (!resourceMatches(w.resource, f.resource)) continue;
      if (w.path && !picomatch.isMatch(f.location.file, w.path, { dot: true })) continue;
      if (w.container && w.container !== f.container) continue;
      candidates.push(
        checkWaiver(
          { origin: 'config', reason: w.reason, expires: w.expires, ticket: w.ticket },
          policy,
        ),
      );
    }
    const valid = candidates.find((c): c is { waiver: Waiver } => 'waiver' in c);
    if (valid) f.waiver = valid.waiver;
    else if (candidates.length > 0)
      f.waiverProblem = candidates.map((c) => ('problem' in c ? c.problem : '')).join('; ');
  }
}
