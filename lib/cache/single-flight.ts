/** Concurrent calls for the same key share one run (the first caller's) and its outcome. */
export class SingleFlight<K, V> {
  private readonly running = new Map<K, Promise<V>>();

  run(key: K, call: () => Promise<V>): Promise<V> {
    let flight = this.running.get(key);
    if (!flight) {
      flight = call().finally(() => this.running.delete(key));
      this.running.set(key, flight);
    }
    return flight;
  }
}
