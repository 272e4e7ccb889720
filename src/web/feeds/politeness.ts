/**
 * Politeness towards the sites polled: requests to one host go one at a
 * time, with a pause between the end of one and the start of the next;
 * different hosts proceed in parallel.
 */

/** Serialises work per host, with `delayMs` between consecutive requests to the same host. */
export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly delayMs: number,
    private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void> = delay,
  ) {}

  /** Runs `task` once every earlier task for the host of `url` has finished and the pause has passed. */
  run<T>(url: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const host = hostOf(url);
    const previous = this.tails.get(host);
    const result = (async () => {
      if (previous) {
        await previous;
        await this.sleep(this.delayMs, signal);
      }
      return task();
    })();
    // The next task waits for this one whether it succeeded or not.
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return result;
  }
}

/** The host (with port) requests are grouped by; an unparsable URL is its own group. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
