/**
 * At most N documents in the browser at once, each in a page that is reused:
 * opening a page costs more than loading a document into one.
 */
export class Pool<T> {
  private readonly idle: T[] = []
  /** Items made ahead of any use (warm), taken before a new one is made. */
  private readonly warming: Array<Promise<{item: T} | {failed: unknown}>> = []
  private readonly waiting: Array<() => void> = []
  private busy = 0

  constructor(
    private readonly size: number,
    private readonly create: () => Promise<T>,
    private readonly destroy: (item: T) => Promise<void>,
    /** An idle item that is no longer usable is dropped instead of reused. */
    private readonly usable: (item: T) => boolean = () => true,
    /** A failure to make an item ahead that is the user's too, not a cue to make another (a hung browser's timeout). */
    private readonly final: (error: unknown) => boolean = () => false,
  ) {}

  private take(): T | undefined {
    for (let item = this.idle.pop(); item !== undefined; item = this.idle.pop()) {
      if (this.usable(item)) return item
    }
    return undefined
  }

  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    // A freed slot may be taken by a newcomer before the woken waiter runs: check again.
    while (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.busy++
    let item: T | undefined
    try {
      item = this.take() ?? (await this.warmed()) ?? (await this.create())
      const result = await work(item)
      if (this.usable(item)) this.idle.push(item)
      item = undefined
      return result
    } finally {
      // An item whose work failed may be in any state: it is not reused.
      if (item !== undefined) await this.destroy(item).catch(() => {})
      this.busy--
      this.waiting.shift()?.()
    }
  }

  private async warmed(): Promise<T | undefined> {
    const made = await this.warming.shift()
    if (made === undefined) return undefined
    if ('failed' in made) {
      if (this.final(made.failed)) throw made.failed
      return undefined
    }
    return this.usable(made.item) ? made.item : undefined
  }

  /** Start making as many items as the pool holds, before anyone asks (one that fails is made again on use, unless `final`). */
  warm(): void {
    for (let made = this.warming.length; made < this.size; made++)
      this.warming.push(
        this.create().then(
          (item) => ({item}),
          (error: unknown) => ({failed: error}),
        ),
      )
  }

  /** Forget every idle item (their browser is gone). */
  clear(): void {
    this.idle.length = 0
    this.warming.length = 0
  }
}
