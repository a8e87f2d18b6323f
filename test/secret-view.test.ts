import { describe, expect, it } from 'vitest';
import { secretValues } from '../src/evaluate/secret-view.js';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('secretValues', () => {
  it('decodes data, keeps stringData, and points at each key', () => {
    const object = {
      data: { 'tls.key': b64('key text'), plain: 'not base64!', n: 42 },
      stringData: { user: 'app' },
    };
    expect(secretValues(object, 'Secret')).toEqual([
      { field: 'data["tls.key"]', key: 'tls.key', value: 'key text', binary: false },
      { field: 'data["plain"]', key: 'plain', value: 'not base64!', binary: false },
      { field: 'data["n"]', key: 'n', value: '42', binary: false },
      { field: 'stringData["user"]', key: 'user', value: 'app', binary: false },
    ]);
  });

  it('marks bytes that are not text, and has no text for mappings or empty values', () => {
    const object = {
      data: {
        der: b64(Buffer.from([0x30, 0x82, 0x01, 0x00, 0xff])),
        tpl: { config_data: null },
        empty: '',
        gone: null,
      },
    };
    expect(secretValues(object, 'Secret')).toEqual([
      { field: 'data["der"]', key: 'der', value: null, binary: true },
      { field: 'data["tpl"]', key: 'tpl', value: null, binary: false },
    ]);
  });

  it('is empty for other kinds and for keys it cannot write as a path', () => {
    expect(secretValues({ data: { a: b64('x') } }, 'ConfigMap')).toEqual([]);
    expect(secretValues({ stringData: { 'a"b': 'x' } }, 'Secret')[0].field).toBe('stringData');
  });
});
