/**
 * Reads (or recounts) that must reflect every write made before they were asked for, shared
 * between concurrent callers: each caller gets the result of a run that started after it called,
 * and one run serves everyone who arrived while the previous one was running. On FerretDB, where
 * such reads scan a whole collection, a burst of requests then costs one scan per lap, not one
 * each; no caller waits more than two laps.
 */
export function freshReads<T>() {
  type Entry = { next: { promise: Promise<T>; start: () => void } | null };
  const entries = new Map<string, Entry>();

  function runLap(key: string, entry: Entry, work: () => Promise<T>): Promise<T> {
    const running = Promise.resolve().then(work);
    const advance = () => {
      const next = entry.next;
      if (next) {
        entry.next = null;
        next.start();
      } else {
        entries.delete(key);
      }
    };
    running.then(advance, advance);
    return running;
  }

  return function read(key: string, work: () => Promise<T>): Promise<T> {
    const entry = entries.get(key);
    if (!entry) {
      const fresh: Entry = { next: null };
      entries.set(key, fresh);
      return runLap(key, fresh, work);
    }
    if (!entry.next) {
      let start!: () => void;
      const promise = new Promise<T>((resolve, reject) => {
        start = () => void runLap(key, entry, work).then(resolve, reject);
      });
      entry.next = { promise, start };
    }
    return entry.next.promise;
  };
}
