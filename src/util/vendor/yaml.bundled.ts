// The `yaml` package in a bundle: dist/vendor/yaml.cjs, loaded at its first use.
import type * as yaml from 'yaml';
import { vendorPackage } from './vendor-package.js';

export type Yaml = typeof yaml;

/** The `yaml` package. */
export const loadYaml = vendorPackage<Yaml>('yaml');
