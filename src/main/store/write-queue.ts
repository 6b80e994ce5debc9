// Every change to the files goes through one queue, so two saves can never interleave their
// read-modify-write and a later save can never be overtaken by an earlier one.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    // The queue keeps going after a failed task; the caller still sees the failure.
    this.tail = result.catch(() => undefined)
    return result
  }

  /** Resolves once everything queued so far has finished. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>
    do {
      seen = this.tail
      await seen
    } while (seen !== this.tail)
  }
}
