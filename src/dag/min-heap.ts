/**
 * A binary min-heap of small integers (phase indexes or ranks). The planner takes ready phases in list order and
 * the runner starts them in topological order; both need "the smallest ready one" in O(log n), because a sorted
 * array would make a 10 000-phase plan quadratic.
 */
export class MinHeap {
  private readonly items: number[] = [];

  /** How many numbers the heap holds. */
  get size(): number {
    return this.items.length;
  }

  /** Adds a number. */
  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent] as number;
      if (above <= value) break;
      items[i] = above;
      i = parent;
    }
    items[i] = value;
  }

  /** Removes and returns the smallest number, or undefined when empty. */
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    const n = items.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (items[right] as number) < (items[left] as number) ? right : left;
      if ((items[child] as number) >= last) break;
      items[i] = items[child] as number;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
