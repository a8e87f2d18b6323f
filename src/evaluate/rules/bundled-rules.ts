// The built-in rules as a bundle carries them: parsed and checked when it was built, with the
// precompiled fast paths of their checks (precompiled.ts), in a JSON file beside the bundle
// (dist/builtin-rules.json). Not inlined into the bundle: V8 would parse that megabyte of
// object literals as JavaScript in every fresh process and scan worker, twice (once when the
// bundle loads, once when the data is first used), where JSON.parse reads it in a fraction of
// the time: a tenth of a small scan's run.
import { readFileSync } from '../../util/fs.js';
import { ConfigurationError, errorMessage } from '../../model/errors.js';
import type { RuleText } from './builtin-rules.js';
import type { Precompiled } from './precompiled.js';

export interface BundledRules {
  rules: RuleText[];
  /** The fast path of each built-in expression, keyed by its text. */
  fastChecks: Record<string, Precompiled>;
}

// The bundler replaces this identifier with the data file's name, relative to the bundle;
// from source there is no such file and the rules are read from rules/.
declare const __KUBEGATE_BUNDLED_RULES__: string | undefined;

let bundled: BundledRules | undefined;

/** The bundle's built-in rules, read once; undefined when running from source. */
export function bundledRules(): BundledRules | undefined {
  if (typeof __KUBEGATE_BUNDLED_RULES__ === 'undefined') return undefined;
  if (bundled) return bundled;
  const url = new URL(__KUBEGATE_BUNDLED_RULES__, import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (e) {
    // A bundle copied without its data file: say what is missing, not ENOENT alone. The
    // user fixes it (exit code 2), by installing dist/ whole.
    throw new ConfigurationError(
      `kubegate's built-in rules (${url.pathname}) cannot be read: the bundle needs the ` +
        `file beside it, as dist/ ships them (${errorMessage(e)})`,
    );
  }
  return (bundled = JSON.parse(text) as BundledRules);
}
