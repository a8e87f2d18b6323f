import yaml from 'js-yaml';

// How kubegate resolves plain YAML scalars: as kubectl does, which turns YAML into JSON with
// sigs.k8s.io/yaml, a YAML 1.1 reader. There a bare `yes`, `no`, `on`, `off`, `y` or `n` is
// a boolean (YAML 1.2, and js-yaml's core schema, read them as strings): `privileged: on`
// runs a privileged container. Everything else is js-yaml's core schema (timestamps stay
// strings, no tag constructs anything beyond plain data).

const TRUE_WORDS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
]);
const FALSE_WORDS = new Set([
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
]);

/** YAML 1.1's booleans, in place of the core schema's (same tag, so it replaces it). */
const yaml11Bool = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) =>
    typeof data === 'string' && (TRUE_WORDS.has(data) || FALSE_WORDS.has(data)),
  construct: (data: string) => TRUE_WORDS.has(data),
  predicate: (value: unknown) => typeof value === 'boolean',
  represent: (value: object) => (value ? 'true' : 'false'),
});

export const KUBERNETES_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [yaml11Bool] });

/** The words a plain scalar resolves to a boolean with (for the yaml package's reading). */
export const BOOLEAN_WORDS: { true: ReadonlySet<string>; false: ReadonlySet<string> } = {
  true: TRUE_WORDS,
  false: FALSE_WORDS,
};
