// Runs async work over items with at most `limit` in flight, results in input order.
// Renders are child processes, so the limit is what keeps a monorepo with hundreds of
// charts from forking hundreds of helms at once.
import { availableParallelism } from 'node:os';

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
