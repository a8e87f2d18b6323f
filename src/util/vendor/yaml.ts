// The `yaml` package (see vendor-package.ts): from source, the package itself. It reads
// config files, custom rules, charts' and overlays' files, and positions in documents the
// fast reader leaves to js-yaml; a plain scan of manifests never calls it.
import * as yaml from 'yaml';

export type Yaml = typeof yaml;

/** The `yaml` package. */
export const loadYaml = (): Yaml => yaml;
