// Cases from Kubernetes' TestQuantity (staging/src/k8s.io/apiserver/pkg/cel/library/
// quantity_test.go) and the examples in library/quantity.go's documentation, and the
// "quantity" group of Kubernetes' TestValidationExpressions (staging/src/k8s.io/
// apiextensions-apiserver/pkg/apiserver/schema/cel/validation_test.go) where the tables
// above lack the case.
import { celTable, holds } from './cases.js';

celTable('quantity: parsing', [
  ...holds(
    'quantity("12Mi") == quantity("12582912")',
    'isQuantity("20")',
    'isQuantity("20M")',
    'isQuantity("20Mi")',
    'isQuantity("1.3G")',
    'isQuantity("1.3Gi")',
    'isQuantity("10000k")',
    'quantity("1e3") == quantity("1k")',
    'quantity("1E3") == quantity("1000")',
    'quantity("-1.5") == quantity("-1500m")',
    'quantity("+5") == quantity("5")',
    'quantity(".5") == quantity("500m")',
  ),
  { expr: 'isQuantity("20Mo")', value: false },
  { expr: 'isQuantity("10Mm")', value: false },
  { expr: 'isQuantity("1,3G")', value: false },
  { expr: 'isQuantity("200K")', value: false },
  { expr: 'isQuantity("Three")', value: false },
  { expr: 'isQuantity("Mi")', value: false },
  { expr: 'isQuantity("")', value: false },
  { expr: 'quantity("10Mo")', error: 'quantities must match the regular expression' },
  { expr: 'quantity("10Mm")', error: "unable to parse quantity's suffix" },
  { expr: 'quantity("200K")', error: "unable to parse quantity's suffix" },
  { expr: 'quantity("Mi")', error: 'quantities must match the regular expression' },
  { expr: 'isQuantity([1, 2, 3])', error: 'no matching overload' },
]);

celTable('quantity: comparisons', [
  ...holds(
    'quantity("200M") == quantity("200M")',
    'quantity("200M") == quantity("0.2G") && quantity("0.2G") == quantity("200M")',
    'quantity("2M") == quantity("0.002G") && quantity("2000k") == quantity("2M") && quantity("0.002G") == quantity("2000k")',
    'quantity("50M").isLessThan(quantity("50Mi"))',
    'quantity("50M").isLessThan(quantity("100M"))',
    'quantity("50Mi").isGreaterThan(quantity("50M"))',
    'quantity("150Mi").isGreaterThan(quantity("100Mi"))',
  ),
  { expr: 'quantity("200M") == quantity("0.3G")', value: false },
  { expr: 'quantity("200M") != quantity("0.3G")', value: true },
  { expr: 'quantity("100M").isLessThan(quantity("50M"))', value: false },
  { expr: 'quantity("50M").isGreaterThan(quantity("100M"))', value: false },
  { expr: 'quantity("50Mi").isGreaterThan(quantity("100Mi"))', value: false },
  { expr: 'quantity("200M").compareTo(quantity("0.2G"))', value: 0n },
  { expr: 'quantity("50M").compareTo(quantity("50Mi"))', value: -1n },
  { expr: 'quantity("50Mi").compareTo(quantity("50M"))', value: 1n },
]);

celTable('quantity: arithmetic and conversions', [
  ...holds(
    'quantity("50k").add(quantity("20")) == quantity("50.02k")',
    'quantity("50k").add(quantity("20k")) == quantity("70k")',
    'quantity("50k").add(20) == quantity("50020")',
    'quantity("50k").sub(quantity("20")) == quantity("49.98k")',
    'quantity("50k").sub(quantity("20k")) == quantity("30k")',
    'quantity("50k").sub(20) == quantity("49980")',
    'quantity("50k").sub(20000) == quantity("30k")',
    'quantity("50k").add(20).sub(quantity("100k")).sub(-50000) == quantity("20")',
    'quantity("50k").mul(2) == quantity("100000")',
    'quantity("50k").sub(20000).asApproximateFloat() == 30000.0',
    'quantity("50000000G").isInteger()',
    'quantity("50k").isInteger()',
    'quantity("50k").asInteger() == 50000',
  ),
  { expr: 'quantity("50k").add(20).isLessThan(quantity("50020"))', value: false },
  { expr: 'quantity("50k").add(20).sub(quantity("100k")).asInteger()', value: -49980n },
  { expr: 'quantity("50k").add(20).sub(quantity("100k")).sub(-50000).asInteger()', value: 20n },
  { expr: 'quantity("50k").asInteger()', value: 50000n },
  { expr: 'quantity("50").isInteger()', value: true },
  { expr: 'quantity("1500m").isInteger()', value: false },
  { expr: 'quantity("9999999999999999999999999999999999999G").isInteger()', value: false },
  {
    expr: 'quantity("9999999999999999999999999999999999999G").asInteger()',
    error: 'cannot convert value to integer',
  },
  { expr: 'quantity("1500m").asInteger()', error: 'cannot convert value to integer' },
  { expr: 'quantity("50.703k").asApproximateFloat()', value: 50703 },
  { expr: 'quantity("5").sign()', value: 1n },
  { expr: 'quantity("-5m").sign()', value: -1n },
  { expr: 'quantity("0").sign()', value: 0n },
]);

// resource.Quantity rules behind the parser: amounts below a nano round up (away from
// zero), and binary-SI amounts are capped at the largest int64.
celTable('quantity: resource.Quantity rounding and caps', [
  ...holds(
    'quantity("0.1n") == quantity("1n")',
    'quantity("-0.1n") == quantity("-1n")',
    'quantity("1.5Ki") == quantity("1536")',
    'quantity("100000000000000Ei").asInteger() == 9223372036854775807',
  ),
]);

// Kubernetes' TestValidationExpressions, "quantity" group: self.val1 is "20" and
// self.val2 "200M" (string fields), written here as literals. The group's other five
// cases are already in the tables above.
celTable('quantity (Kubernetes TestValidationExpressions)', [
  ...holds(
    'isQuantity("200M")',
    'quantity("20").isLessThan(quantity("100M"))',
    'quantity("200M").isGreaterThan(quantity("50M"))',
    'quantity("200M").compareTo(quantity("0.2G")) == 0',
    'quantity("50k").sub(quantity("20")) == quantity("49980")',
    'quantity("20").isInteger()',
  ),
]);
