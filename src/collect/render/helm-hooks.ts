import { isJsonObject, type JsonObject } from '../../model/types.js';

// Helm test hooks: objects annotated `helm.sh/hook: test` (or the older `test-success`, and
// Helm 2's `test-failure`) are not installed with the release; `helm test` creates them on
// demand, typically a pod that calls the release's service and exits. Their findings are
// still worth a look, but at low severity at most, and say why.

const TEST_HOOKS: ReadonlySet<string> = new Set(['test', 'test-success', 'test-failure']);

/** Why findings on a test hook are low at most (appended to their messages). */
export const TEST_HOOK_REASON =
  'a Helm test hook, which `helm test` runs on demand: not deployed with the release, so low at most';

/**
 * True when every hook the object names is a test hook: an object that is also, say, a
 * pre-install hook runs during the install.
 */
export function isHelmTestHook(object: JsonObject): boolean {
  const metadata = isJsonObject(object.metadata) ? object.metadata : {};
  const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : {};
  const value = annotations['helm.sh/hook'];
  if (typeof value !== 'string') return false;
  const hooks = value
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  return hooks.length > 0 && hooks.every((h) => TEST_HOOKS.has(h));
}
