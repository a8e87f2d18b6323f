import type { Pair, YAMLMap } from 'yaml';
import { loadYaml } from './vendor/yaml.js';

/**
 * The pair of a YAML map (the `yaml` package's tree) whose key is a scalar that reads as
 * `key`. Values files, overlays and located documents are all looked into this way.
 */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const yaml = loadYaml();
  return map.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === key);
}
