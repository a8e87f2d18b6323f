// What kubegate's CEL environment cannot do as the API server does. The VAP engine
// reports an expression that uses one of these instead of trusting its result. Each
// entry is backed by a test in test/admission-cel that shows the actual behaviour.

export interface UnsupportedFunction {
  name: string;
  reason: string;
}

export const UNSUPPORTED_FUNCTIONS: readonly UnsupportedFunction[] = [
  {
    name: 'authorizer',
    reason:
      'authorizer.group/resource/check/allowed/…, serviceAccount, path and the field/label selectors ask the cluster’s authorizer: cannot be evaluated without a cluster',
  },
  {
    name: 'image',
    reason:
      'the image library (image(), isImage(), containsDigest(), registry(), repository(), identifier(), digest()) of Kubernetes 1.33+ is not implemented',
  },
  {
    name: 'quantity.div',
    reason:
      'Quantity.div(int[, int]) and divInt(int) round as resource.Quantity’s QuoRound / QuoIntegerDivision do, which is not reproduced',
  },
  {
    name: 'optional list and map entries',
    reason: 'the `[?expr, …]` and `{?key: expr}` literal forms are not parsed by cel-js',
  },
  {
    name: 'string.matches',
    reason:
      'a cel-js built-in using JavaScript regular expressions: RE2-only syntax (inline flags such as (?i), \\z, \\pN without braces) is an error instead of a match (find/findAll accept leading inline flags)',
  },
  {
    name: 'string.lowerAscii / string.upperAscii',
    reason: 'cel-js built-ins: they change the case of non-ASCII letters too (cel-go leaves them)',
  },
  {
    name: 'string.indexOf / lastIndexOf / substring / split("")',
    reason:
      'cel-js built-ins counting UTF-16 units: indexes differ from cel-go’s code points for characters outside the Basic Multilingual Plane (emoji …)',
  },
  {
    name: 'string.trim',
    reason:
      'a cel-js built-in with JavaScript’s whitespace set: it removes U+FEFF and keeps U+0085, Go does the opposite',
  },
  {
    name: 'string.indexOf / lastIndexOf past the end',
    reason:
      'cel-js built-ins: an offset past the end of the string is an error, where cel-go since October 2024 (Kubernetes 1.32+) returns -1 (earlier cel-go also gives an error)',
  },
  {
    name: 'string.format',
    reason:
      'cel-go checks a literal format string against a literal argument list when compiling (too many arguments, a clause given the wrong type), which is not done here (extra arguments are ignored, the wrong type is an error only when evaluated); map keys of int, uint or bool type print quoted (cel-js keeps map literal keys as strings); %f rounds exact ties up where Go rounds to even; %e with a negative exponent is not checked against cel-go',
  },
  {
    name: 'string(double)',
    reason:
      'a cel-js built-in that prints doubles as JavaScript does (`1000000`, `2e-9`), where cel-go prints as Go’s %g (`1e+06`, `2e-09`)',
  },
  {
    name: 'duration("0")',
    reason:
      'a cel-js built-in: the unitless zero that Go’s time.ParseDuration accepts ("0", "-0", "+0") is an error; "0s" works',
  },
  {
    name: 'int == double',
    reason:
      'cel-js rejects == and != between an int and a double whose types are known when the expression is checked (`1 == 1.0`); with manifest (dyn) values the comparison works',
  },
];
