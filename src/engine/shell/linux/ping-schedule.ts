/**
 * The timing of a ping run, shared by the Linux and Windows pings: echo requests go out
 * once per `intervalNs` of virtual time (the next no sooner than the previous one's reply
 * or timeout), each reply arrives after machine.pingRttNs(target) sampled at sending; a
 * null round trip is a lost packet. The OS's wording comes from a PingFormat.
 */
import type { Machine } from '../../os/machine.ts';
import type { RunningCommand } from '../command.ts';
import { NS_PER_MS, NS_PER_S } from '../../sim/units.ts';

export interface PingStats {
  readonly transmitted: number;
  readonly received: number;
  /** Round trips of the replies, ns: least, greatest, sum and sum of squares (0 without replies). */
  readonly minNs: number;
  readonly maxNs: number;
  readonly sumNs: number;
  readonly sumSqNs: number;
  /** From the first request to now. */
  readonly elapsedNs: number;
}

export interface PingFormat {
  /** Printed when the run starts. */
  header(): string;
  /** One reply; `seq` counts from 1. */
  reply(seq: number, rttNs: number): string;
  /** A request that got no reply ('' to stay silent). */
  lost(seq: number): string;
  /** At the end, whether counted out or interrupted. */
  summary(stats: PingStats): string;
}

export interface PingOptions {
  /** Requests to send; Infinity until interrupted. */
  readonly count: number;
  readonly intervalNs: number;
  /** How long a lost request is waited for before `lost` is printed. */
  readonly lostTimeoutNs: number;
}

export const DEFAULT_PING_INTERVAL_NS = NS_PER_S;

/** Least, mean, greatest and standard deviation of the round trips, ms. */
export function rttSummaryMs(s: PingStats): { min: number; avg: number; max: number; dev: number } {
  const n = Math.max(1, s.received);
  const avg = s.sumNs / n / NS_PER_MS;
  const meanSq = s.sumSqNs / n / (NS_PER_MS * NS_PER_MS);
  return { min: s.minNs / NS_PER_MS, avg, max: s.maxNs / NS_PER_MS, dev: Math.sqrt(Math.max(0, meanSq - avg * avg)) };
}

export class PingRun implements RunningCommand {
  private readonly startNs: number;
  private sendAtNs: number;
  /** Set once the current request is sent: when its reply (or timeout) is due. */
  private completeAtNs: number | null = null;
  private currentRtt: number | null = null;
  private seq = 1;
  private transmitted = 0;
  private received = 0;
  private minNs = Infinity;
  private maxNs = 0;
  private sumNs = 0;
  private sumSqNs = 0;
  private finished = false;
  private lastNowNs: number;
  private buffered: string;

  constructor(
    private readonly machine: Machine,
    private readonly target: string,
    private readonly format: PingFormat,
    private readonly options: PingOptions,
  ) {
    this.startNs = machine.now();
    this.sendAtNs = this.startNs;
    this.lastNowNs = this.startNs;
    this.buffered = format.header();
  }

  nextWakeNs(): number | null {
    if (this.finished) return null;
    if (this.buffered !== '') return this.lastNowNs;
    return this.completeAtNs ?? this.sendAtNs;
  }

  advance(nowNs: number): { readonly output: string; readonly done: boolean; readonly status: number } {
    this.lastNowNs = Math.max(this.lastNowNs, nowNs);
    let out = this.buffered;
    this.buffered = '';
    while (!this.finished) {
      if (this.completeAtNs === null) {
        if (nowNs < this.sendAtNs) break;
        this.send();
      } else {
        if (nowNs < this.completeAtNs) break;
        out += this.complete();
      }
    }
    return { output: out, done: this.finished, status: this.finished ? this.status() : 0 };
  }

  interrupt(): string {
    if (this.finished) return '';
    this.finished = true;
    return this.buffered + this.format.summary(this.stats());
  }

  private send(): void {
    this.transmitted++;
    this.currentRtt = this.machine.pingRttNs(this.target);
    this.completeAtNs = this.sendAtNs + (this.currentRtt ?? this.options.lostTimeoutNs);
  }

  private complete(): string {
    const completedAt = this.completeAtNs ?? this.sendAtNs;
    let out: string;
    if (this.currentRtt === null) out = this.format.lost(this.seq);
    else {
      const rtt = this.currentRtt;
      this.received++;
      this.minNs = Math.min(this.minNs, rtt);
      this.maxNs = Math.max(this.maxNs, rtt);
      this.sumNs += rtt;
      this.sumSqNs += rtt * rtt;
      out = this.format.reply(this.seq, this.currentRtt);
    }
    this.seq++;
    this.completeAtNs = null;
    this.sendAtNs = Math.max(this.sendAtNs + this.options.intervalNs, completedAt);
    if (this.seq > this.options.count) {
      this.finished = true;
      out += this.format.summary(this.stats());
    }
    return out;
  }

  private stats(): PingStats {
    return {
      transmitted: this.transmitted,
      received: this.received,
      minNs: this.received > 0 ? this.minNs : 0,
      maxNs: this.maxNs,
      sumNs: this.sumNs,
      sumSqNs: this.sumSqNs,
      elapsedNs: this.lastNowNs - this.startNs,
    };
  }

  /** ping exits 0 when any reply came back, 1 otherwise. */
  private status(): number {
    return this.received > 0 ? 0 : 1;
  }
}
