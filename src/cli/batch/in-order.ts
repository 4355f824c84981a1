/**
 * Work that runs concurrently, with effects that happen in the order it was queued. Each step is a promise of a
 * commit (writing, counting, warning); commits run one at a time, oldest first, as soon as the oldest step is ready
 * (not when the next step is queued: a live pipe sees each record when it is done). Pushing waits while more than
 * `inFlight` steps are pending: slow workers or a slow reader slow the input down instead of filling memory.
 */
export type Commit = () => void | Promise<void>;

export class InOrder {
  private readonly queue: Promise<Commit>[] = [];
  private pumping: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly inFlight: number) {}

  /** A step must not reject: turn a failure into a commit that reports it. A commit that throws stops the queue. */
  async push(step: Commit | Promise<Commit>): Promise<void> {
    this.check();
    this.queue.push(Promise.resolve(step));
    this.pumping ??= this.pump();
    while (this.queue.length > this.inFlight && this.pumping) await new Promise<void>((resolve) => (this.wake = resolve));
    this.check();
  }

  /** Waits until every step queued has been committed. */
  async drain(): Promise<void> {
    while (this.pumping) await this.pumping;
    this.check();
  }

  private async pump(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const commit = await this.queue[0];
        await commit();
        this.queue.shift();
        this.wake?.();
      }
    } catch (error) {
      this.failure = { error };
      this.queue.length = 0;
    } finally {
      this.pumping = undefined;
      this.wake?.();
    }
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
