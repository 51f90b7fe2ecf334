/**
 * Group commit for Redis round trips. While one batch of calls is in flight, new calls
 * wait and then start together, so @upstash/redis's auto-pipelining sends them as one
 * HTTP request. With nothing in flight a call starts at once: no added latency when
 * idle, fewer round trips (and less CPU per request) under load.
 */
export class FlightBatcher {
  private waiting: (() => void)[] = [];
  private inFlight = 0;

  constructor(readonly maxBatch = 100) {}

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
    try {
      return await call();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.release();
    }
  }

  private release() {
    const batch = this.waiting.splice(0, this.maxBatch);
    for (const start of batch) start();
  }
}
