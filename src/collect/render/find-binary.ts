// Locates helm and kubectl: explicit option, then KUBEGATE_HELM / KUBEGATE_KUBECTL,
// then PATH. A miss is a value (with an install hint), not an exception, so that the
// caller can turn it into one failed result per target and carry on.
import { constants, fsPromises } from '../../util/fs.js';
import { delimiter, join } from 'node:path';

export type ToolName = 'helm' | 'kubectl';

export type BinaryLookup =
  | { ok: true; name: ToolName; path: string; source: 'option' | 'env' | 'path' }
  | { ok: false; name: ToolName; message: string };

export const ENV_VARS: Record<ToolName, string> = {
  helm: 'KUBEGATE_HELM',
  kubectl: 'KUBEGATE_KUBECTL',
};

const INSTALL_URLS: Record<ToolName, string> = {
  helm: 'https://helm.sh/docs/intro/install/',
  kubectl: 'https://kubernetes.io/docs/tasks/tools/',
};

export function installHint(name: ToolName): string {
  return (
    `Install ${name} (${INSTALL_URLS[name]}) and put it on PATH, or set ${ENV_VARS[name]} ` +
    `to its full path, or pass its path in the kubegate config/input. ` +
    `In this repository, \`node scripts/setup-tools.mjs\` unpacks one into .tools/bin.`
  );
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const s = await fsPromises().stat(path);
    if (!s.isFile()) return false;
    await fsPromises().access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FindBinaryOptions {
  /** Path given by the config or action input; wins over everything else. */
  explicit?: string;
  /** Environment to read KUBEGATE_* and PATH from (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export async function findBinary(
  name: ToolName,
  options: FindBinaryOptions = {},
): Promise<BinaryLookup> {
  const env = options.env ?? process.env;
  // An explicit or env path that is wrong is reported as such rather than silently
  // replaced by whatever is on PATH: the user asked for that binary.
  if (options.explicit) {
    if (await isExecutableFile(options.explicit)) {
      return { ok: true, name, path: options.explicit, source: 'option' };
    }
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${options.explicit} (from the config). ${installHint(name)}`,
    };
  }
  const fromEnv = env[ENV_VARS[name]];
  if (fromEnv) {
    if (await isExecutableFile(fromEnv)) return { ok: true, name, path: fromEnv, source: 'env' };
    return {
      ok: false,
      name,
      message: `${name} not found or not executable at ${fromEnv} (from ${ENV_VARS[name]}). ${installHint(name)}`,
    };
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await isExecutableFile(candidate))
      return { ok: true, name, path: candidate, source: 'path' };
  }
  return { ok: false, name, message: `${name} not found on PATH. ${installHint(name)}` };
}
