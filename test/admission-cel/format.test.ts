// Cases from Kubernetes' TestFormat (staging/src/k8s.io/apiserver/pkg/cel/library/
// format_test.go): the documented examples, one failing value per named format with
// apimachinery's exact message, and lookup/comparison of every format.
import { celTable, type CelCase } from './cases.js';

const NONE = { optional: 'none' };
const errors = (...messages: string[]) => ({ optional: messages });

const DNS1123_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_LABEL_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

celTable('format: documented examples are valid', [
  { expr: 'format.dns1123Label().validate("my-label-name")', value: NONE },
  { expr: 'format.dns1123Subdomain().validate("apiextensions.k8s.io")', value: NONE },
  { expr: 'format.dns1035Label().validate("my-label-name")', value: NONE },
  { expr: 'format.qualifiedName().validate("apiextensions.k8s.io/v1beta1")', value: NONE },
  { expr: 'format.dns1123LabelPrefix().validate("my-label-prefix-")', value: NONE },
  { expr: 'format.dns1123SubdomainPrefix().validate("mysubdomain.prefix.-")', value: NONE },
  { expr: 'format.dns1035LabelPrefix().validate("my-label-prefix-")', value: NONE },
  { expr: 'format.uri().validate("http://example.com")', value: NONE },
  { expr: 'format.uuid().validate("123e4567-e89b-12d3-a456-426614174000")', value: NONE },
  { expr: 'format.byte().validate("aGVsbG8=")', value: NONE },
  { expr: 'format.date().validate("2021-01-01")', value: NONE },
  { expr: 'format.datetime().validate("2021-01-01T00:00:00Z")', value: NONE },
  { expr: 'format.dns1123Subdomain().validate("example.com")', value: NONE },
  { expr: 'format.qualifiedName().validate("my.name")', value: NONE },
  { expr: 'format.labelValue().validate("my-cool-label-Value")', value: NONE },
  { expr: 'format.date().validate("2020-01-01")', value: NONE },
  { expr: 'format.datetime().validate("2020-01-01T00:00:00Z")', value: NONE },
]);

celTable('format: failures and their messages', [
  {
    expr: 'format.dns1123Label().validate("contains a space")',
    value: errors(DNS1123_LABEL_MESSAGE),
  },
  {
    expr: 'format.dns1123Subdomain().validate("contains a space")',
    value: errors(DNS1123_SUBDOMAIN_MESSAGE),
  },
  {
    expr: 'format.dns1035Label().validate("contains a space")',
    value: errors(DNS1035_LABEL_MESSAGE),
  },
  {
    expr: 'format.qualifiedName().validate("contains a space")',
    value: errors(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ),
  },
  {
    expr: 'format.dns1123LabelPrefix().validate("contains a space-")',
    value: errors(DNS1123_LABEL_MESSAGE),
  },
  {
    expr: 'format.dns1123SubdomainPrefix().validate("contains a space-")',
    value: errors(DNS1123_SUBDOMAIN_MESSAGE),
  },
  {
    expr: 'format.dns1035LabelPrefix().validate("contains a space-")',
    value: errors(DNS1035_LABEL_MESSAGE),
  },
  { expr: 'format.byte().validate("aGVsbG8")', value: errors('invalid base64') },
  { expr: 'format.date().validate("2020-01-32")', value: errors('invalid date') },
  { expr: 'format.datetime().validate("2020-01-32T00:00:00Z")', value: errors('invalid datetime') },
  {
    expr: 'format.labelValue().validate("my-cool-label-Value!!\\n\\n!!!")',
    value: errors(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ),
  },
  { expr: 'format.named("unknown").hasValue()', value: false },
  // apimachinery's length limits: 63 for labels, 253 for subdomains.
  {
    expr: `format.dns1123Label().validate("${'a'.repeat(64)}")`,
    value: errors('must be no more than 63 characters'),
  },
  {
    expr: `format.dns1123Subdomain().validate("${'a'.repeat(254)}")`,
    value: errors('must be no more than 253 characters'),
  },
  {
    expr: 'format.qualifiedName().validate("a/b/c")',
    value: errors(
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ),
  },
  {
    expr: 'format.uri().validate("../relative")',
    value: errors('parse "../relative": invalid URI for request'),
  },
  { expr: 'format.uuid().validate("not-a-uuid")', value: errors('does not match the UUID format') },
]);

const NAMES = [
  'dns1123Label',
  'dns1123Subdomain',
  'dns1035Label',
  'qualifiedName',
  'dns1123LabelPrefix',
  'dns1123SubdomainPrefix',
  'dns1035LabelPrefix',
  'labelValue',
  'uri',
  'uuid',
  'byte',
  'date',
  'datetime',
];

const lookups: CelCase[] = NAMES.flatMap((name) => [
  { expr: `format.named("${name}").hasValue()`, value: true },
  { expr: `format.named("${name}").value() == format.${name}()`, value: true },
  ...NAMES.filter((other) => other !== name).map((other) => ({
    expr: `format.${name}() == format.${other}()`,
    value: false,
  })),
]);

celTable('format: every named format is found and only equal to itself', lookups);
