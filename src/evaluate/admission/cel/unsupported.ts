// What kubegate's CEL environment does not do as the API server does. The VAP engine
// reports an expression that uses one of these instead of guessing its result.

export interface UnsupportedFunction {
  name: string;
  reason: string;
}

export const UNSUPPORTED_FUNCTIONS: readonly UnsupportedFunction[] = [
  {
    name: 'authorizer',
    reason:
      "authorizer checks (authorizer.group(…).resource(…).check(…), serviceAccount, path, allowed, reason, errored) ask the cluster's authorizer: they cannot be evaluated without a cluster",
  },
];
