import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfig, resolveConfig, type Config } from './config.js';
import { ConfigurationError } from './errors.js';

export const DEFAULT_CONFIG_FILE = '.kubegate.yaml';

/** Reads the config: an explicit file must exist; the default one is optional. */
export function loadConfig(root: string, file: string | undefined): Config {
  const path = resolve(root, file ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (file) throw new ConfigurationError(`config file ${file} not found`);
    return resolveConfig();
  }
  return parseConfig(readFileSync(path, 'utf8'), file ?? DEFAULT_CONFIG_FILE);
}
