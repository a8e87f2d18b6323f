// Large packages that most runs never call, loaded at their first use. A bundle (dist/)
// carries each in a file of its own beside it (dist/vendor/, built by scripts/build.mjs), so
// that a fresh process neither parses nor initializes what it does not run: the CEL
// interpreter alone registers its whole standard library when it loads (about 8 ms), and it
// and the `yaml` package are a third of the bundle's text. From source, each vendor module
// (cel-js.ts, yaml.ts) is the package itself; the bundler swaps in its `.bundled.ts` twin.
import { fileURLToPath } from 'node:url';
import { ConfigurationError, errorMessage } from '../../model/errors.js';
import { lazyRequire } from '../lazy-builtin.js';

// The bundler replaces this identifier with the vendor folder, relative to the bundle.
declare const __KUBEGATE_VENDOR_DIR__: string;

/** A function giving the vendor file `name` (dist/vendor/<name>.cjs), loaded at its first call. */
export function vendorPackage<T>(name: string): () => T {
  const path = fileURLToPath(new URL(`${__KUBEGATE_VENDOR_DIR__}${name}.cjs`, import.meta.url));
  const load = lazyRequire<T>(path);
  return () => {
    try {
      return load();
    } catch (e) {
      // A bundle copied without dist/vendor/: say what is missing (exit code 2).
      throw new ConfigurationError(
        `kubegate's ${name} module (${path}) cannot be loaded: the bundle needs the ` +
          `vendor folder beside it, as dist/ ships them (${errorMessage(e)})`,
      );
    }
  };
}
