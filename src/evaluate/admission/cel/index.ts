// The CEL environment the Kubernetes API server gives ValidatingAdmissionPolicy
// expressions, built on cel-js: the Kubernetes libraries (lists, regex, url, quantity,
// IP, CIDR, format, semver), cel-go's ext.Strings (version 2), ext.Sets and
// ext.TwoVarComprehensions, and optional types (cel-js's own plus optionals.ts). Manifests are untyped JSON, so every
// variable (object, oldObject, params, namespaceObject, variables, request, authorizer)
// is dyn.
import type { Environment } from '@marcbachmann/cel-js';
import { loadCelJs } from '../../../util/vendor/cel-js.js';
import { registerCIDR } from './cidr.js';
import { registerComprehensions } from './comprehensions.js';
import { registerFormat } from './format.js';
import { registerIP } from './ip.js';
import { registerLists } from './lists.js';
import { registerOptionals } from './optionals.js';
import { registerQuantity } from './quantity.js';
import { registerRegex } from './regex.js';
import { registerSemver } from './semver.js';
import { registerSets } from './sets.js';
import { registerStrings } from './strings.js';
import { registerURL } from './url.js';

export { UNSUPPORTED_FUNCTIONS, type UnsupportedFunction } from './unsupported.js';

/** `net.IP` and `net.CIDR` as type values, so `type(ip("…")) == net.IP` holds. The type
 * values exist only once the types are registered, hence the lookup by evaluation. */
function registerNetTypeNames(env: Environment): void {
  const ipType: unknown = env.evaluate('type(ip("0.0.0.0"))');
  const cidrType: unknown = env.evaluate('type(cidr("0.0.0.0/0"))');
  env.registerConstant('net', 'map<string, type>', { IP: ipType, CIDR: cidrType });
}

function build(): Environment {
  const env = new (loadCelJs().Environment)({
    unlistedVariablesAreDyn: true,
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
  });
  for (const register of [
    registerLists,
    registerRegex,
    registerURL,
    registerQuantity,
    registerIP,
    registerCIDR,
    registerFormat,
    registerSemver,
    registerStrings,
    registerSets,
    registerComprehensions,
    registerOptionals,
  ]) {
    register(env);
  }
  registerNetTypeNames(env);
  return env;
}

let cached: Environment | undefined;

/** The shared environment; building it registers a few hundred overloads, so it is made
 * once per process. */
export function kubernetesCelEnvironment(): Environment {
  return (cached ??= build());
}
