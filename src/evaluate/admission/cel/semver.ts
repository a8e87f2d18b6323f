// The Kubernetes semver library (library/semverlib.go, version 1 as Kubernetes 1.33+
// enables it): semver() and isSemver() with the optional normalize flag, major, minor,
// patch, compareTo, isGreaterThan, isLessThan. Parsing follows blang/semver v4.
import type { Environment } from '@marcbachmann/cel-js';
import { celError, succeeds } from './values.js';

export class Semver {
  constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly pre: string[],
  ) {}

  /** Semantic-version precedence; build metadata does not count. */
  compare(o: Semver): -1 | 0 | 1 {
    for (const [a, b] of [
      [this.major, o.major],
      [this.minor, o.minor],
      [this.patch, o.patch],
    ]) {
      if (a !== b) return a < b ? -1 : 1;
    }
    if (this.pre.length === 0 || o.pre.length === 0) {
      return this.pre.length === o.pre.length ? 0 : this.pre.length === 0 ? 1 : -1;
    }
    for (let i = 0; i < Math.min(this.pre.length, o.pre.length); i++) {
      const c = comparePrerelease(this.pre[i], o.pre[i]);
      if (c !== 0) return c;
    }
    return this.pre.length === o.pre.length ? 0 : this.pre.length < o.pre.length ? -1 : 1;
  }

  celEquals(other: unknown): boolean {
    return other instanceof Semver && this.compare(other) === 0;
  }
}

const NUMERIC = /^\d+$/;

function comparePrerelease(a: string, b: string): -1 | 0 | 1 {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  if (an && bn) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (an !== bn) return an ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

const MAX_UINT64 = 2n ** 64n - 1n;

function versionNumber(part: string, label: string): bigint {
  if (part === '' || !NUMERIC.test(part)) {
    throw celError(`Invalid character(s) found in ${label} number ${JSON.stringify(part)}`);
  }
  if (part.length > 1 && part[0] === '0') {
    throw celError(
      `${label[0].toUpperCase()}${label.slice(1)} number must not contain leading zeroes ${JSON.stringify(part)}`,
    );
  }
  const n = BigInt(part);
  if (n > MAX_UINT64)
    throw celError(`Invalid character(s) found in ${label} number ${JSON.stringify(part)}`);
  return n;
}

const IDENTIFIER = /^[0-9A-Za-z-]+$/;

/** blang/semver's Parse. */
function parse(s: string): Semver {
  if (s === '') throw celError('Version string empty');
  const parts = s.split('.');
  if (parts.length < 3) throw celError('No Major.Minor.Patch elements found');
  const [majorText, minorText] = parts;
  const rest = parts.slice(2).join('.');
  const plus = rest.indexOf('+');
  const withoutBuild = plus >= 0 ? rest.slice(0, plus) : rest;
  const build = plus >= 0 ? rest.slice(plus + 1) : undefined;
  const dash = withoutBuild.indexOf('-');
  const patchText = dash >= 0 ? withoutBuild.slice(0, dash) : withoutBuild;
  const pre = dash >= 0 ? withoutBuild.slice(dash + 1).split('.') : [];
  const version = new Semver(
    versionNumber(majorText, 'major'),
    versionNumber(minorText, 'minor'),
    versionNumber(patchText, 'patch'),
    pre,
  );
  for (const p of pre) {
    if (p === '') throw celError('Prerelease is empty');
    if (!IDENTIFIER.test(p))
      throw celError(`Invalid character(s) found in prerelease ${JSON.stringify(p)}`);
    if (NUMERIC.test(p) && p.length > 1 && p[0] === '0') {
      throw celError(
        `Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(p)}`,
      );
    }
  }
  if (build !== undefined) {
    for (const b of build.split('.')) {
      if (b === '') throw celError('Build meta data is empty');
      if (!IDENTIFIER.test(b))
        throw celError(`Invalid character(s) found in build meta data ${JSON.stringify(b)}`);
    }
  }
  return version;
}

/** Kubernetes' normalizeAndParse: drop a leading "v", leading zeros, fill in a missing
 * minor and patch. */
function normalizeAndParse(s: string): Semver {
  const parts = (s.startsWith('v') ? s.slice(1) : s).split('.');
  const head = parts.slice(0, 2);
  const tail = parts.slice(2).join('.');
  const fields = parts.length > 2 ? [...head, tail] : head;
  const trimmed = fields.map((p) => {
    if (p.length <= 1) return p;
    const t = p.replace(/^0+/, '');
    return t === '' || !/^[0-9]/.test(t) ? '0' + t : t;
  });
  if (trimmed.length < 3) {
    if (/[+-]/.test(trimmed[trimmed.length - 1])) {
      throw celError('short version cannot contain PreRelease/Build meta data');
    }
    while (trimmed.length < 3) trimmed.push('0');
  }
  return parse(trimmed.join('.'));
}

function toSemver(s: string, normalize = false): Semver {
  return normalize ? normalizeAndParse(s) : parse(s);
}

const isSemver = succeeds(toSemver);

const S = 'kubernetes.Semver';

export function registerSemver(env: Environment): void {
  env
    .registerType(S, Semver)
    .registerFunction(`semver(string): ${S}`, (s: string) => toSemver(s))
    .registerFunction(`semver(string, bool): ${S}`, toSemver)
    .registerFunction('isSemver(string): bool', (s: string) => isSemver(s))
    .registerFunction('isSemver(string, bool): bool', isSemver)
    .registerFunction(`${S}.major(): int`, (v: Semver) => v.major)
    .registerFunction(`${S}.minor(): int`, (v: Semver) => v.minor)
    .registerFunction(`${S}.patch(): int`, (v: Semver) => v.patch)
    .registerFunction(`${S}.compareTo(${S}): int`, (a: Semver, b: Semver) => BigInt(a.compare(b)))
    .registerFunction(`${S}.isGreaterThan(${S}): bool`, (a: Semver, b: Semver) => a.compare(b) > 0)
    .registerFunction(`${S}.isLessThan(${S}): bool`, (a: Semver, b: Semver) => a.compare(b) < 0)
    .registerOperator(`${S} == ${S}`, (a: Semver, b: Semver) => a.celEquals(b));
}
