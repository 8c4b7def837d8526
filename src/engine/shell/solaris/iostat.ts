/**
 * Solaris 10's iostat, its extended report: `iostat -x [-n] [-z] [interval [count]]`. The
 * first report gives averages since boot, each later one the interval since the one
 * before: per disk, reads and writes per second, KB read and written per second, the
 * transactions waiting (wait) and being served (actv), the response time (svc_t, or with
 * -n the wait and active service times), the per cent of time transactions waited (%w)
 * and the disk was busy (%b). Laid out as real captures of Solaris 10 show it. The model's
 * requests go straight to the device, as a SCSI disk with tagged queueing takes them
 * (sd's throttle is far above a guest's queue), so wait, wsvc_t and %w read 0 and actv
 * holds the queue. A zone sees the global zone's disk, as its kstats are the system's.
 * Only the extended report is modelled: without -x (or with another report's option), iostat says so.
 */
import type { Machine } from '../../os/machine.ts';
import { hostRootDevice } from '../../os/machine-support.ts';
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { diskRates } from '../common/disk-rates.ts';
import { bootSample, kernelSample } from '../common/kernel-sample.ts';
import { intervalAndCount, parseOptions } from '../common/options.ts';
import { refreshing } from '../common/refresh.ts';
import { NS_PER_S } from '../../sim/units.ts';

const USAGE = 'Usage: iostat [-cCdDeEiImMnpPrstxXYz]  [-l n] [-T d|u] [disk ...] [interval [count]]\n';
const ONLY_EXTENDED = 'iostat: only the extended report (-x, with -n and -z) is modelled here: iostat -xn [interval [count]]\n';

const f1 = (v: number, width: number): string => v.toFixed(1).padStart(width);
const pct = (v: number): string => Math.round(v).toString().padStart(3);

/** The disk by its cXtYdZ name: the machine's own, or for a zone (whose root is a directory) the global zone's. */
function ctdName(m: Machine): string {
  const own = m.disks()[0]?.filesystem ?? '';
  const root = own.startsWith('/dev/dsk/') ? own : hostRootDevice('solaris');
  return root.slice('/dev/dsk/'.length).replace(/s\d+$/, '');
}

/** Its instance name without -n: sd for a SCSI disk (cXtYdZ), cmdk for an IDE one (cXdY). */
function instanceName(ctd: string): string {
  return /t\d+d\d+$/.test(ctd) ? 'sd0' : 'cmdk0';
}

function report(m: Machine, now: ReturnType<typeof kernelSample>, before: ReturnType<typeof kernelSample>, descriptive: boolean, skipIdle: boolean): string {
  const r = diskRates(now, before);
  const ctd = ctdName(m);
  const idle = r.readsPerS + r.writesPerS === 0;
  const rates = [f1(r.readsPerS, 6), f1(r.writesPerS, 6), f1(r.readKiB / r.seconds, 6), f1(r.writtenKiB / r.seconds, 6), f1(0, 4), f1(r.queue, 4)];
  if (descriptive) {
    const line = skipIdle && idle ? '' : ` ${[...rates, f1(0, 6), f1(r.awaitMs, 6), pct(0), pct(r.busyPercent)].join(' ')} ${ctd}\n`;
    return `                    extended device statistics              \n    r/s    w/s   kr/s   kw/s wait actv wsvc_t asvc_t  %w  %b device\n${line}`;
  }
  const line = skipIdle && idle ? '' : `${instanceName(ctd).padEnd(8)} ${[...rates, f1(r.awaitMs, 6), pct(0), pct(r.busyPercent)].join(' ')}\n`;
  return `                 extended device statistics\ndevice      r/s    w/s   kr/s   kw/s wait actv  svc_t  %w  %b\n${line}`;
}

export const SOLARIS_IOSTAT: Command = {
  name: 'iostat',
  summary: 'disk I/O: requests, throughput, queue, service time and busy time per disk: iostat -x [-n] [interval [count]]',
  run(ctx, args) {
    const parsed = parseOptions(args, 'cCdDeEiImMnpPrstxXYz');
    if (!parsed.ok) return done(USAGE, 1);
    const { flags, operands } = parsed.value;
    if (!flags.has('x') || [...flags].some((f) => !'xnz'.includes(f))) return done(ONLY_EXTENDED, 1);
    const schedule = intervalAndCount(operands);
    if (!schedule) return done(USAGE, 1);
    const m = ctx.machine;
    let last = bootSample(m);
    const frame = (nowNs: number): string => {
      const now = kernelSample(m, nowNs);
      const text = report(m, now, last, flags.has('n'), flags.has('z'));
      last = now;
      return text;
    };
    if (schedule.intervalS === null) return done(frame(m.now()));
    return { kind: 'running', run: refreshing({ startNs: m.now(), intervalNs: schedule.intervalS * NS_PER_S, count: schedule.count, fullScreen: false, quitKey: false, frame }) };
  },
};
