import { describe, expect, it } from "vitest";
import { FlightBatcher } from "@/lib/redis/flight-batcher";

describe("group commit of Redis calls", () => {
  it("starts a call at once when nothing is in flight, and batches calls that arrive meanwhile", async () => {
    const batcher = new FlightBatcher();
    const started: number[] = [];
    let finishFirst!: () => void;
    const first = batcher.run(() => {
      started.push(1);
      return new Promise<void>((resolve) => (finishFirst = resolve));
    });
    await Promise.resolve();
    expect(started).toEqual([1]);

    const later = [2, 3, 4].map((n) => batcher.run(async () => void started.push(n)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toEqual([1]); // waiting for the flight
    finishFirst();
    await Promise.all([first, ...later]);
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it("passes results and errors through to each caller", async () => {
    const batcher = new FlightBatcher();
    const results = await Promise.allSettled([
      batcher.run(async () => 1),
      batcher.run(async () => Promise.reject(new Error("boom"))),
    ]);
    expect(results[0]).toEqual({ status: "fulfilled", value: 1 });
    expect(results[1]).toMatchObject({ status: "rejected", reason: new Error("boom") });
  });

  it("releases at most maxBatch waiting calls per flight", async () => {
    const batcher = new FlightBatcher(2);
    let concurrent = 0;
    let peak = 0;
    const call = async () => {
      concurrent += 1;
      peak = Math.max(peak, concurrent);
      await new Promise((resolve) => setTimeout(resolve, 2));
      concurrent -= 1;
    };
    await Promise.all(Array.from({ length: 7 }, () => batcher.run(call)));
    expect(peak).toBeLessThanOrEqual(2);
  });
});
