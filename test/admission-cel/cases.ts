// Table-driven checks for the Kubernetes CEL environment: each case is an expression and
// either the value it must produce or a substring of the error it must raise. The values
// are the ones Kubernetes' and cel-go's own test tables give (the file that uses a table
// names its source).
import { Optional } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { kubernetesCelEnvironment } from '../../src/evaluate/admission/cel/index.js';

export type CelCase =
  | { expr: string; value: unknown; context?: Record<string, unknown> }
  | { expr: string; error: string; context?: Record<string, unknown> };

/** Optionals compared by content (their field is private, so toEqual would see none). */
function plain(v: unknown): unknown {
  if (v instanceof Optional) return { optional: v.hasValue() ? plain(v.value()) : 'none' };
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

export function evaluate(expr: string, context: Record<string, unknown> = {}): unknown {
  return plain(kubernetesCelEnvironment().evaluate(expr, context));
}

export function celTable(title: string, cases: readonly CelCase[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.expr, c] as const))('%s', (_expr, c) => {
      if ('error' in c) {
        expect(() => evaluate(c.expr, c.context)).toThrow(c.error);
      } else {
        expect(evaluate(c.expr, c.context)).toEqual(c.value);
      }
    });
  });
}

/** Cases whose expected value is true: the shape most of the upstream tables use. */
export const holds = (...exprs: string[]): CelCase[] =>
  exprs.map((expr) => ({ expr, value: true }));
