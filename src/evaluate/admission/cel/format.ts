// The Kubernetes format library (library/format.go): format.named(name) and
// format.<name>() give a named format; <format>.validate(s) is optional.none() when s is
// valid, else optional.of(the list of errors).
import type { Environment } from '@marcbachmann/cel-js';
import { loadCelJs } from '../../../util/vendor/cel-js.js';
import * as check from './format-validators.js';

export class NamedFormat {
  constructor(
    readonly name: string,
    readonly validate: (s: string) => string[],
  ) {}
  celEquals(other: unknown): boolean {
    return other instanceof NamedFormat && other.name === this.name;
  }
}

const FORMATS: Record<string, (s: string) => string[]> = {
  dns1123Label: check.dns1123Label,
  dns1123Subdomain: check.dns1123Subdomain,
  dns1035Label: check.dns1035Label,
  qualifiedName: check.qualifiedName,
  dns1123LabelPrefix: (s) => check.dns1123Label(check.maskTrailingDash(s)),
  dns1123SubdomainPrefix: (s) => check.dns1123Subdomain(check.maskTrailingDash(s)),
  dns1035LabelPrefix: (s) => check.dns1035Label(check.maskTrailingDash(s)),
  labelValue: check.labelValue,
  uri: check.uri,
  uuid: check.uuid,
  byte: check.byte,
  date: check.date,
  datetime: check.datetime,
};

const NAMED = new Map(Object.entries(FORMATS).map(([n, f]) => [n, new NamedFormat(n, f)]));

class FormatNamespace {}

const F = 'kubernetes.NamedFormat';

export function registerFormat(env: Environment): void {
  const celJs = loadCelJs();
  env
    .registerType(F, NamedFormat)
    .registerType('FormatNamespace', FormatNamespace)
    .registerConstant('format', 'FormatNamespace', new FormatNamespace())
    .registerFunction(`FormatNamespace.named(string): optional<${F}>`, (_: unknown, n: string) => {
      const f = NAMED.get(n);
      return f ? celJs.Optional.of(f) : celJs.Optional.none();
    })
    .registerFunction(
      `${F}.validate(string): optional<list<string>>`,
      (f: NamedFormat, s: string) => {
        const errors = f.validate(s);
        return errors.length === 0 ? celJs.Optional.none() : celJs.Optional.of(errors);
      },
    )
    .registerOperator(`${F} == ${F}`, (a: NamedFormat, b: NamedFormat) => a.celEquals(b));
  for (const [name, f] of NAMED) {
    env.registerFunction(`FormatNamespace.${name}(): ${F}`, () => f);
  }
}
