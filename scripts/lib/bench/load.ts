import autocannon from "autocannon";
import { cpuMicroseconds } from "./proc";

export interface Load {
  url: string;
  connections: number;
  requests: number;
  /** Secrets to present round-robin as `Authorization: Bearer`; none for the bare route. */
  keys?: string[];
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU microseconds each watched process spent during the load. */
  cpuUs: number[];
}

/** Sends exactly `requests` requests and measures what they cost the watched processes. */
export async function measureLoad(load: Load, watched: number[]): Promise<LoadResult> {
  const cpuBefore = await Promise.all(watched.map(cpuMicroseconds));
  const keys = load.keys ?? [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: load.url,
        connections: load.connections,
        amount: load.requests,
        requests: [
          {
            setupRequest: (request) =>
              keys.length
                ? { ...request, headers: { ...request.headers, authorization: `Bearer ${keys[next++ % keys.length]}` } }
                : request,
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
  });
  const cpuAfter = await Promise.all(watched.map(cpuMicroseconds));
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuUs: cpuAfter.map((after, index) => after - cpuBefore[index]!),
  };
}
