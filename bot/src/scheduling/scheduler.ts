import type { Logger } from '../logger';

/**
 * One periodic piece of background work (opening and closing pulse rounds, closing DigiCheck
 * cycles, starting scheduled announcements). A job does one pass when asked; the {@link Scheduler}
 * decides when.
 */
export interface Job {
  /** Stable name: in logs, and what a test passes to {@link Scheduler.tick}. */
  name: string;
  /**
   * One pass. `now` is the time the pass acts on (tests choose it; otherwise the clock's). A job
   * guards against its own overlap (a pass can also be asked for outside the scheduler, e.g. the
   * fan-out by "send now"), so the scheduler does not.
   */
  run(now: Date): Promise<void>;
  /**
   * Runs at least this often, even when the scheduler's tick is longer (scheduled announcements
   * must start within seconds of their time, pulse rounds need not).
   */
  maxIntervalSeconds?: number;
}

/** How the scheduler ticks. */
export interface SchedulerOptions {
  /** Seconds between passes of every job (PULSE_TICK_SECONDS); 0 = never by itself, tests tick. */
  tickSeconds: number;
  log: Logger;
  now?: () => Date;
}

/**
 * Runs every periodic job of the app on one timer per job, all set from one tick interval, and is
 * the one place that stops them. Tests leave the interval at 0 and drive the jobs through
 * {@link tick} / {@link tickAll}.
 */
export class Scheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Set<Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly now: () => Date;

  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** Adds jobs; their names must be unique. */
  add(...jobs: Job[]): this {
    for (const job of jobs) {
      if (this.jobs.has(job.name)) throw new Error(`a job named ${job.name} is already scheduled`);
      this.jobs.set(job.name, job);
    }
    return this;
  }

  /** Starts a timer per job (none when the tick interval is 0). Timers do not keep the process alive. */
  start(): void {
    if (this.o.tickSeconds <= 0) return;
    for (const job of this.jobs.values()) {
      const seconds = Math.min(this.o.tickSeconds, job.maxIntervalSeconds ?? Infinity);
      const timer = setInterval(() => void this.tick(job.name).catch((err) => this.o.log.error({ err, job: job.name }, 'scheduled job failed')), seconds * 1000);
      timer.unref();
      this.timers.push(timer);
    }
  }

  /** Stops the timers and waits for the passes in progress. */
  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await Promise.allSettled(this.running.values());
  }

  /** One pass of the named job at `now` (the clock's when omitted). */
  tick(name: string, now: Date = this.now()): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) return Promise.reject(new Error(`no job named ${name}`));
    const pass: Promise<void> = job.run(now).finally(() => this.running.delete(pass));
    this.running.add(pass);
    return pass;
  }

  /** One pass of every job, one after another in the order they were added. */
  async tickAll(now: Date = this.now()): Promise<void> {
    for (const name of this.jobs.keys()) await this.tick(name, now);
  }
}
