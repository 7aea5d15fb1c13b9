/**
 * `promise`, or a rejection with `error` once `ms` have passed. The timer is cleared as soon as the
 * promise settles, so nothing (nor what its closure holds) waits out the full time.
 */
export function within<T>(promise: Promise<T>, ms: number, error: () => Error = () => new Error(`no answer within ${ms} ms`)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
