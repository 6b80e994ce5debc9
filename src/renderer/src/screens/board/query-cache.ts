/**
 * The last few results of a search, by query, for as long as everything else it depends on
 * (the data, the filters, the note matches) stays the same object. Typing a word and deleting it
 * again goes back through the queries it has just been through: each Backspace finds its
 * columns here instead of searching 5,000 processes again, and gets the very arrays it showed
 * before, so the columns that did not change skip their render.
 */
export class QueryCache<T> {
  private context: readonly unknown[] = []
  private readonly results = new Map<string, T>()

  constructor(private readonly size: number) {}

  get(context: readonly unknown[], query: string, compute: () => T): T {
    if (context.length !== this.context.length || context.some((c, i) => c !== this.context[i])) {
      this.context = context
      this.results.clear()
    }
    let result = this.results.get(query)
    if (result === undefined) {
      result = compute()
      if (this.results.size >= this.size) this.results.delete(this.results.keys().next().value!)
    } else {
      // Most recently used last, so the oldest is the first key and the one to drop.
      this.results.delete(query)
    }
    this.results.set(query, result)
    return result
  }
}
