import { readFileSync } from '../util/fs.js';

declare const __KUBEGATE_VERSION__: string | undefined;

/** The version in package.json (inlined by the bundler). */
export function kubegateVersion(): string {
  if (typeof __KUBEGATE_VERSION__ !== 'undefined') return __KUBEGATE_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
