// Every change to the files goes through one queue, so two saves can never interleave their
// read-modify-write and a later save can never be overtaken by an earlier one.
//
// Group commit: saves queued while the disk is busy run as one batch, one after the other as
// before, each seeing the previous one's result, but their file writes are held and flushed
// together (one fsync per file and per folder for the whole batch). Every save of the batch is
// acknowledged only after that flush; if it fails, the batch's changes are undone in memory and
// every save of it fails.

export interface GroupCommit {
  /** Starts holding writes; returns what undoes the batch's in-memory changes. */
  begin(): () => void
  /** Writes everything held since begin(), durably. */
  flush(): Promise<void>
}

interface Job {
  task: () => Promise<unknown>
  grouped: boolean
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

export class WriteQueue {
  private readonly jobs: Job[] = []
  private draining: Promise<void> | null = null

  constructor(private readonly group?: GroupCommit) {}

  /** Runs alone: nothing else is queued around it (imports, restores, backups). */
  run<T>(task: () => Promise<T>): Promise<T> {
    return this.enqueue(task, false)
  }

  /** May share its flush with the saves queued next to it. */
  runGrouped<T>(task: () => Promise<T>): Promise<T> {
    return this.enqueue(task, this.group !== undefined)
  }

  /** Resolves once everything queued so far has finished. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining
  }

  private enqueue<T>(task: () => Promise<T>, grouped: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ task, grouped, resolve: resolve as (value: unknown) => void, reject })
      this.pump()
    })
  }

  private pump(): void {
    if (this.draining) return
    this.draining = this.drain().finally(() => {
      this.draining = null
      if (this.jobs.length) this.pump()
    })
  }

  private async drain(): Promise<void> {
    // One turn first, so the saves of the same tick form the first batch together (and no task
    // starts inside its caller's stack).
    await Promise.resolve()
    while (this.jobs.length) {
      const first = this.jobs[0]
      if (!first.grouped) {
        this.jobs.shift()
        await first.task().then(first.resolve, first.reject)
        continue
      }
      let n = 1
      while (n < this.jobs.length && this.jobs[n].grouped) n++
      await this.runBatch(this.jobs.splice(0, n))
    }
  }

  private async runBatch(batch: Job[]): Promise<void> {
    const undo = this.group!.begin()
    const outcomes: Outcome[] = []
    for (const job of batch) {
      try {
        outcomes.push({ ok: true, value: await job.task() })
      } catch (error) {
        outcomes.push({ ok: false, error })
      }
    }
    try {
      await this.group!.flush()
    } catch (error) {
      undo()
      batch.forEach((job, i) => {
        const outcome = outcomes[i]
        job.reject(outcome.ok ? error : outcome.error)
      })
      return
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]
      if (outcome.ok) job.resolve(outcome.value)
      else job.reject(outcome.error)
    })
  }
}
