/**
 * A list kept in one order as items come and go (a read model's index): binary search to find a
 * place, a splice to insert or remove. Items with equal keys may coexist; `remove` takes the
 * very item it was given.
 */
export class SortedList<T> {
  readonly items: T[] = [];

  constructor(
    private readonly compare: (a: T, b: T) => number,
    items: Iterable<T> = [],
  ) {
    this.items.push(...items);
    this.items.sort(compare);
  }

  get length(): number {
    return this.items.length;
  }

  /** The first index whose item comes after `probe` (compare(item, probe) > 0). */
  indexAfter(probe: T): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.items[middle]!, probe) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(item: T): void {
    this.items.splice(this.indexAfter(item), 0, item);
  }

  remove(item: T): void {
    let i = this.indexAfter(item) - 1;
    while (i >= 0 && this.items[i] !== item && this.compare(this.items[i]!, item) === 0) i--;
    if (i >= 0 && this.items[i] === item) this.items.splice(i, 1);
  }
}

/**
 * A read model's documents are shared by every request of the process: under test they are
 * frozen, so code that would change one in place fails loudly instead of corrupting the next answer.
 */
export function frozenUnderTest<T>(doc: T): T {
  if (process.env.NODE_ENV === 'test') deepFreeze(doc);
  return doc;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  if (value instanceof Date || ArrayBuffer.isView(value) || (value as { _bsontype?: string })._bsontype) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
