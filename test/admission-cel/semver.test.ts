// Cases from Kubernetes' semver library (staging/src/k8s.io/apiserver/pkg/cel/library/
// semver_test.go and the examples in semverlib.go's documentation), version 1 with the
// normalize flag.
import { celTable, holds } from './cases.js';

celTable('semver', [
  ...holds(
    'isSemver("1.0.0")',
    'isSemver("0.1.0-alpha.1")',
    'isSemver("1.0.0-alpha+001")',
    'isSemver("v1.0", true)',
    'isSemver("1.0", true)',
    'isSemver("01.01.01", true)',
    'semver("v1.0.0", true) == semver("1.0.0")',
    'semver("1.0", true) == semver("1.0.0")',
    'semver("01.01.01", true) == semver("1.1.1")',
    'semver("1.2.3") == semver("1.2.3+build")',
    'semver("1.2.3").isLessThan(semver("1.10.0"))',
    'semver("2.0.0").isGreaterThan(semver("1.10.0"))',
    'semver("1.0.0-alpha").isLessThan(semver("1.0.0"))',
    'semver("1.0.0-alpha.1").isLessThan(semver("1.0.0-alpha.beta"))',
    'semver("1.0.0-2").isLessThan(semver("1.0.0-10"))',
    'semver("1.0.0-rc.1").isLessThan(semver("1.0.0-rc.1.1"))',
  ),
  { expr: 'isSemver("hello")', value: false },
  { expr: 'isSemver("v1.0")', value: false },
  { expr: 'isSemver("1.0")', value: false },
  { expr: 'isSemver("01.1.1")', value: false },
  { expr: 'isSemver("1.0.0-01")', value: false },
  { expr: 'isSemver("1.0-alpha", true)', value: false },
  { expr: 'semver("1.2.3").major()', value: 1n },
  { expr: 'semver("1.2.3").minor()', value: 2n },
  { expr: 'semver("1.2.3").patch()', value: 3n },
  { expr: 'semver("1.2.3").compareTo(semver("1.2.3"))', value: 0n },
  { expr: 'semver("1.2.3").compareTo(semver("2.0.0"))', value: -1n },
  { expr: 'semver("1.2.3").compareTo(semver("0.1.2"))', value: 1n },
  { expr: 'semver("1.2.3").isGreaterThan(semver("1.2.3"))', value: false },
  { expr: 'semver("1.2.3").isLessThan(semver("1.2.3"))', value: false },
  { expr: 'semver("200K")', error: 'No Major.Minor.Patch elements found' },
  { expr: 'semver("Three")', error: 'No Major.Minor.Patch elements found' },
  { expr: 'semver("Mi")', error: 'No Major.Minor.Patch elements found' },
  { expr: 'semver("01.1.1")', error: 'must not contain leading zeroes' },
  {
    expr: 'semver("1.0-alpha", true)',
    error: 'short version cannot contain PreRelease/Build meta data',
  },
]);
