import { existsSync, readFileSync } from '../util/fs.js';
import { resolve } from 'node:path';
import { parseConfig, resolveConfig, type Config } from './config.js';
import { ConfigurationError } from '../model/errors.js';

export const DEFAULT_CONFIG_FILE = '.kubegate.yaml';

// One rule for the CLI and the Action: a config file that is absent is fine only when nobody
// named it. The Action's `config` input defaults to empty for that reason: GitHub fills every
// input from action.yml's defaults, so a default file name there would read as named.

/** Reads the config: a named file must exist; the default one is optional. */
export function loadConfig(root: string, file: string | undefined): Config {
  const path = resolve(root, file || DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (file) throw new ConfigurationError(`config file ${file} not found`);
    return resolveConfig();
  }
  return parseConfig(readFileSync(path, 'utf8'), file || DEFAULT_CONFIG_FILE);
}

/**
 * The policy that judges a change: the base commit's config. A named file that the base
 * lacks and the change adds is the change bringing in the first policy; the base's policy is
 * then the defaults (a change never judges itself), and the new file shows as a policy
 * change. Named and absent from both trees: the usual error.
 */
export function loadBaseConfig(
  baseDir: string,
  workspace: string,
  file: string | undefined,
): Config {
  if (file && !existsSync(resolve(baseDir, file)) && existsSync(resolve(workspace, file)))
    return resolveConfig();
  return loadConfig(baseDir, file);
}
