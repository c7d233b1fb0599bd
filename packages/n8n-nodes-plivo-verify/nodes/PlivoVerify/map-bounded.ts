/**
 * Runs `task` for every index with at most `concurrency` in flight and returns the results in index order.
 * Pacing against Plivo's limits is core's rate limiter's job; this only bounds how many requests wait at once.
 * After the first failure no new task starts; the ones in flight finish, then the failure of the lowest index
 * is thrown, so a failed run never leaves requests running in the background.
 */
export async function mapBounded<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  // NaN or 0 would start no worker and return holes: nothing sent, nothing reported.
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError('concurrency must be a whole number of 1 or more');
  const results = new Array<T>(count);
  const failures = new Map<number, unknown>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count && failures.size === 0) {
      const index = next++;
      try {
        results[index] = await task(index);
      } catch (error) {
        failures.set(index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  if (failures.size > 0) {
    const first = Math.min(...failures.keys());
    throw failures.get(first);
  }
  return results;
}
