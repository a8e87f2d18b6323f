// The string checks behind the Kubernetes format library, with apimachinery's messages
// (k8s.io/apimachinery/pkg/util/validation) and kube-openapi's strfmt rules.
import { URLParseError, parseRequestURI } from './url-parse.js';

function maxLenError(n: number): string {
  return `must be no more than ${n} characters`;
}

/** apimachinery's RegexError: the message, the examples, the pattern. */
function regexError(message: string, pattern: string, ...examples: string[]): string {
  const eg = examples.map((e) => `'${e}', `).join(' or ');
  return `${message} (e.g. ${eg}regex used for validation is '${pattern}')`;
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

function check(value: string, max: number, pattern: string, message: string, ...eg: string[]) {
  const errs: string[] = [];
  if (value.length > max) errs.push(maxLenError(max));
  if (!whole(pattern).test(value)) errs.push(regexError(message, pattern, ...eg));
  return errs;
}

export function dns1123Label(value: string): string[] {
  return check(
    value,
    63,
    DNS1123_LABEL,
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
    'my-name',
    '123-abc',
  );
}

export function dns1123Subdomain(value: string): string[] {
  return check(
    value,
    253,
    DNS1123_SUBDOMAIN,
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    'example.com',
  );
}

export function dns1035Label(value: string): string[] {
  return check(
    value,
    63,
    DNS1035_LABEL,
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
    'my-name',
    'abc-123',
  );
}

/** The *Prefix formats (generateName prefixes) accept a trailing dash. */
export function maskTrailingDash(value: string): string {
  return value.length > 1 && value.endsWith('-') ? value.slice(0, -1) + 'a' : value;
}

const QUALIFIED_NAME_MESSAGE =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

const QUALIFIED_NAME_ERROR = regexError(
  QUALIFIED_NAME_MESSAGE,
  QUALIFIED_NAME,
  'MyName',
  'my.name',
  '123-abc',
);

export function qualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name = parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix === '') errs.push('prefix part must be non-empty');
    else errs.push(...dns1123Subdomain(prefix).map((m) => 'prefix part ' + m));
  } else if (parts.length > 2) {
    return [
      'a qualified name ' +
        QUALIFIED_NAME_ERROR +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part ' + maxLenError(63));
  if (!whole(QUALIFIED_NAME).test(name)) {
    errs.push('name part ' + QUALIFIED_NAME_ERROR);
  }
  return errs;
}

export function labelValue(value: string): string[] {
  return check(
    value,
    63,
    LABEL_VALUE,
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    'MyValue',
    'my_value',
    '12345',
  );
}

export function uri(value: string): string[] {
  try {
    parseRequestURI(value);
    return [];
  } catch (e) {
    if (e instanceof URLParseError) return [e.message];
    throw e;
  }
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function uuid(value: string): string[] {
  return UUID.test(value) ? [] : ['does not match the UUID format'];
}

/** Go's base64.StdEncoding: padded standard alphabet (line breaks are ignored by Go). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function byte(value: string): string[] {
  return BASE64.test(value.replace(/[\r\n]/g, '')) ? [] : ['invalid base64'];
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function date(value: string): string[] {
  const m = FULL_DATE.exec(value);
  return m && validDate(+m[1], +m[2], +m[3]) ? [] : ['invalid date'];
}

/** strfmt's date-time: a full date, `T` (or a space), a time with optional seconds and
 * fraction, and an optional zone. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;

export function datetime(value: string): string[] {
  const m = DATE_TIME.exec(value);
  const ok =
    m !== null &&
    validDate(+m[1], +m[2], +m[3]) &&
    +m[4] < 24 &&
    +m[5] < 60 &&
    (m[6] === undefined || +m[6] < 60);
  return ok ? [] : ['invalid datetime'];
}
