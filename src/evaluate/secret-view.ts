// The values of a Secret as people would read them, for rules that judge what a Secret
// holds (a password or a user name, a private key or a URL without credentials). CEL has
// no base64 decoder, and `data` is base64: without this view a rule could judge the key
// names only. Pure: the object in, entries out.
import { isJsonObject, type JsonObject, type JsonValue } from '../model/types.js';

export interface SecretValue {
  /** Where a finding about this entry points: `data["k"]`, `stringData["a.b"]`. */
  field: string;
  key: string;
  /**
   * The text: `data` decoded from base64, `stringData` as written, a number or a boolean as
   * a string. A `data` value that is not base64 is kept as written (an unrendered
   * `${VAR}`). null when there is no text to judge: a mapping or a list (a template
   * placeholder such as `{{config_data}}` that YAML read as a mapping), or bytes that are
   * not text (see `binary`).
   */
  value: string | null;
  /** `data` whose bytes are not UTF-8 text: key material, a keystore. */
  binary: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Text may hold tabs and line breaks; any other control character means bytes. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** What every other kind gets: one shared empty list, not one per resource. */
const NONE: readonly SecretValue[] = Object.freeze([]);

/** A field path for key k under `section`, in the syntax findings use. */
function fieldOf(section: string, key: string): string {
  // A key with a quote or a backslash cannot be written in brackets: point at the section.
  return key.includes('"') || key.includes('\\') ? section : `${section}["${key}"]`;
}

/** Decodes a `data` value; undefined when it is not base64 (then it is read as written). */
function decodeBase64(text: string): { value: string | null; binary: boolean } | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  let decoded: string;
  try {
    decoded = utf8.decode(Buffer.from(compact, 'base64'));
  } catch {
    return { value: null, binary: true };
  }
  return hasControl(decoded) ? { value: null, binary: true } : { value: decoded, binary: false };
}

function entryOf(section: string, key: string, raw: JsonValue, encoded: boolean): SecretValue {
  const field = fieldOf(section, key);
  if (typeof raw === 'string') {
    const decoded = encoded ? decodeBase64(raw) : undefined;
    return { field, key, value: decoded ? decoded.value : raw, binary: decoded?.binary ?? false };
  }
  if (typeof raw === 'number' || typeof raw === 'boolean')
    return { field, key, value: String(raw), binary: false };
  return { field, key, value: null, binary: false };
}

/**
 * One entry per key of `data` and `stringData` that has a value (null and "" are left out:
 * nothing is committed). Empty for anything that is not a Secret.
 */
export function secretValues(object: JsonObject, kind: string): readonly SecretValue[] {
  if (kind !== 'Secret') return NONE;
  const out: SecretValue[] = [];
  for (const [section, encoded] of [
    ['data', true],
    ['stringData', false],
  ] as const) {
    const map = object[section];
    if (!isJsonObject(map)) continue;
    for (const [key, raw] of Object.entries(map)) {
      if (raw === null || raw === '') continue;
      out.push(entryOf(section, key, raw, encoded));
    }
  }
  return out;
}
