/**
 * Work that runs concurrently, with effects that happen in the order it was queued. Each step is a promise of a
 * commit (writing, counting, warning); commits run one at a time, oldest first, as soon as the oldest is ready.
 * Pushing waits while more than `inFlight` steps are pending: a slow reader or slow workers slow the input down
 * instead of filling memory.
 */
export type Commit = () => void | Promise<void>;

export class InOrder {
  private readonly queue: Promise<Commit>[] = [];

  constructor(private readonly inFlight: number) {}

  /** A step must not reject: turn a failure into a commit that reports it. */
  async push(step: Commit | Promise<Commit>): Promise<void> {
    this.queue.push(Promise.resolve(step));
    await this.drain(this.inFlight);
  }

  async drain(keep = 0): Promise<void> {
    while (this.queue.length > keep) {
      const commit = await this.queue.shift()!;
      await commit();
    }
  }
}
