// The environment helm and kubectl run in: no cluster (KUBECONFIG=/dev/null), no
// user helm config, repositories, plugins or registry logins (private temporary
// HELM_*_HOME), and no network (proxies pointed at a closed local port, so even a
// kustomize remote base or an OCI dependency fails fast instead of fetching).
import { fsPromises } from '../../util/fs.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateEnv {
  env: NodeJS.ProcessEnv;
  /** Removes the temporary folders. */
  dispose: () => Promise<void>;
}

const DEAD_PROXY = 'http://127.0.0.1:9';

export async function createPrivateEnv(base: NodeJS.ProcessEnv = process.env): Promise<PrivateEnv> {
  const home = await fsPromises().mkdtemp(join(tmpdir(), 'kubegate-render-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    // Drop anything that could point the tools at a cluster, user config or plugins.
    if (key.startsWith('HELM_') || key.startsWith('KUBE') || /^(https?|no|all)_proxy$/i.test(key))
      continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    KUBECONFIG: '/dev/null',
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: '',
    no_proxy: '',
  });
  return { env, dispose: () => fsPromises().rm(home, { recursive: true, force: true }) };
}
