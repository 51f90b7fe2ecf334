// The delivery loop. Each pass fans new outbox events out into deliveries, then claims due
// deliveries and sends them, `concurrency` at a time. Several workers (the server process
// and `npm run worker`) can run at once: claims never overlap (see claim.ts).
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle";
import { log, warnThrottled } from "@/lib/log";
import { processWide, replaceProcessWide } from "@/lib/process-wide";
import { claimDueDeliveries, type ClaimedDelivery } from "./claim";
import { deliverClaimed, type DeliverResult } from "./deliver";
import { FAN_OUT_BATCH, fanOutEvents } from "./fan-out";
import { DEFAULT_TIMEOUT_MS } from "./post-webhook";
import { pruneWebhookEvents } from "./prune";
import type { recordAttempt } from "./record-attempt";
import type { Resolver } from "./ssrf";

export interface WebhookWorkerOptions {
  /** The worker's clock; tests pass a controllable one. */
  clock?: () => Date;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Per-attempt deadline (default 15 s). */
  timeoutMs?: number;
  /** How long a claim is held before another worker may resend it (default timeout + 45 s). */
  leaseMs?: number;
  /** Deliveries in flight at once (default WEBHOOKS_WORKER_CONCURRENCY, 8). */
  concurrency?: number;
  /** Wait between passes when there was nothing to do (default 1 s). */
  pollIntervalMs?: number;
  /** Deliver to private addresses too (default WEBHOOKS_ALLOW_PRIVATE_URLS). */
  allowPrivate?: boolean;
  resolve?: Resolver;
  /** Tests: replace the record step, e.g. to crash between sending and recording. */
  record?: typeof recordAttempt;
}

export interface WorkerPass {
  fannedOut: number;
  attempts: number;
  outcomes: Partial<Record<DeliverResult["outcome"] | "error", number>>;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const POLLED = Symbol("polled");

export class WebhookWorker {
  readonly clock: () => Date;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly allowPrivate: boolean;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private lastPrunedAt = 0;

  constructor(private readonly options: WebhookWorkerOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.leaseMs = options.leaseMs ?? this.timeoutMs + 45_000;
    if (this.leaseMs <= this.timeoutMs) throw new Error("The lease must outlast the delivery timeout.");
    this.concurrency = Math.max(1, options.concurrency ?? env().WEBHOOKS_WORKER_CONCURRENCY);
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.allowPrivate = options.allowPrivate ?? env().WEBHOOKS_ALLOW_PRIVATE_URLS;
  }

  /**
   * One pass: fan out every waiting event, then deliver everything due, `concurrency` at a
   * time, until nothing is due or in flight. While deliveries are in flight and slots are
   * free it looks for new work every pollIntervalMs (or at wake()), so deliveries queued
   * behind a slow receiver's do not wait for it. `now` fixes the time of the whole pass
   * (tests); without it each step reads the clock.
   */
  async runOnce(now?: Date): Promise<WorkerPass> {
    const at = () => now ?? this.clock();
    const pass: WorkerPass = { fannedOut: 0, attempts: 0, outcomes: {} };
    const inFlight = new Set<Promise<void>>();
    let polled = true;
    while (true) {
      const free = this.stopping ? 0 : this.concurrency - inFlight.size;
      // Each finished delivery may free a team's or an endpoint's share, so ask again.
      const claims = free > 0 ? await this.takeWork(at(), free, { fanOut: polled, pass, busy: inFlight.size > 0 }) : [];
      for (const claim of claims) {
        const running = this.deliver(claim, at(), pass).finally(() => inFlight.delete(running));
        inFlight.add(running);
      }
      if (inFlight.size === 0) break;
      const poll = inFlight.size < this.concurrency && !this.stopping ? this.pause(this.pollIntervalMs) : null;
      polled = await Promise.race([...inFlight, ...(poll ? [poll.elapsed] : [])]).then((value) => value === POLLED);
      poll?.cancel();
    }
    return pass;
  }

  /**
   * Fans out new events (at the start and after each poll), then claims up to `free`
   * deliveries. While deliveries are in flight (`busy`) a failing query is logged and
   * retried at the next poll: throwing would leave those deliveries running outside the
   * pass, their slots no longer counted.
   */
  private async takeWork(
    now: Date,
    free: number,
    step: { fanOut: boolean; pass: WorkerPass; busy: boolean },
  ): Promise<ClaimedDelivery[]> {
    try {
      for (let batch = FAN_OUT_BATCH; step.fanOut && batch === FAN_OUT_BATCH;) {
        batch = await fanOutEvents(now, FAN_OUT_BATCH);
        step.pass.fannedOut += batch;
      }
      return await claimDueDeliveries(now, { limit: free, leaseMs: this.leaseMs });
    } catch (error) {
      if (!step.busy) throw error;
      warnThrottled("webhook-worker", "Webhook worker could not take new work; retrying", {
        error: (error as Error).message,
      });
      return [];
    }
  }

  private async deliver(claim: ClaimedDelivery, now: Date, pass: WorkerPass): Promise<void> {
    pass.attempts += 1;
    let outcome: DeliverResult["outcome"] | "error";
    try {
      ({ outcome } = await deliverClaimed(claim, {
        now,
        timeoutMs: this.timeoutMs,
        allowPrivate: this.allowPrivate,
        random: this.options.random,
        resolve: this.options.resolve,
        record: this.options.record,
      }));
    } catch (error) {
      // Nothing recorded: the delivery stays pending and is sent again when the lease ends.
      outcome = "error";
      warnThrottled("webhook-deliver", "Webhook delivery could not be recorded; it will be resent", {
        deliveryId: claim.id,
        error: (error as Error).message,
      });
    }
    pass.outcomes[outcome] = (pass.outcomes[outcome] ?? 0) + 1;
  }

  /** Runs passes until stop(): back to back while there is work, every pollIntervalMs when idle. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Finishes the deliveries in flight (they are recorded), then returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
  }

  /** Ends the current wait early (idle, or between deliveries in flight), e.g. after a test event was queued. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let idle = true;
      try {
        const pass = await this.runOnce();
        idle = pass.fannedOut === 0 && pass.attempts === 0;
        await this.pruneNow();
      } catch (error) {
        warnThrottled("webhook-worker", "Webhook worker pass failed; retrying", { error: (error as Error).message });
      }
      if (idle && !this.stopping) await this.pause(this.pollIntervalMs).elapsed;
    }
  }

  private async pruneNow(): Promise<void> {
    const now = this.clock();
    if (now.getTime() - this.lastPrunedAt < PRUNE_EVERY_MS) return;
    this.lastPrunedAt = now.getTime();
    const pruned = await pruneWebhookEvents(now);
    if (pruned) log.info("Pruned old webhook events", { pruned });
  }

  /** A wait that ends after `ms`, at wake() or stop(), or when cancelled (its timer cleared). */
  private pause(ms: number): { elapsed: Promise<typeof POLLED>; cancel: () => void } {
    let done!: () => void;
    const elapsed = new Promise<typeof POLLED>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      done = () => {
        clearTimeout(timer);
        if (this.wakeUp === done) this.wakeUp = null;
        resolve(POLLED);
      };
    });
    this.wakeUp = done;
    return { elapsed, cancel: done };
  }
}

/** Starts the process's delivery loop once and stops it on shutdown. */
export function startWebhookWorker(options: WebhookWorkerOptions = {}): WebhookWorker {
  return processWide("webhookWorker", () => {
    const worker = new WebhookWorker(options);
    worker.start();
    onShutdown(async () => {
      await worker.stop();
      replaceProcessWide("webhookWorker", undefined);
    });
    log.info("Webhook worker started", {
      timeoutMs: worker.timeoutMs,
      concurrency: worker.concurrency,
      allowPrivateUrls: options.allowPrivate ?? env().WEBHOOKS_ALLOW_PRIVATE_URLS,
    });
    return worker;
  });
}

/** For the web server: starts the loop unless WEBHOOKS_WORKER_IN_SERVER=false (a separate `npm run worker` runs it). */
export function startWebhookWorkerInServer(): WebhookWorker | null {
  return env().WEBHOOKS_WORKER_IN_SERVER ? startWebhookWorker() : null;
}
