/**
 * What a kernel's block layer counts of its disk, as /proc/diskstats and iostat read it: the
 * time the disk had requests in flight (io_ticks: iostat's %util) and the requests' summed
 * issue-to-completion times (iostat's await × requests; avgqu-sz over time). A guest's own:
 * a VM sees its virtual disk busy whenever its requests are in flight, queued behind other
 * guests' at the physical disk included. Counted as each request is issued, with when it
 * will complete; the time in flight is only counted up to the moment it is read.
 */

/**
 * Requests the block layer holds for a disk at most (BLKDEV_MAX_RQ, "Default maximum",
 * include/linux/blkdev.h; nr_requests): writeback past them waits in the page cache, not
 * at the disk, so a request's await counts from when it could enter the queue.
 */
export const BLOCK_QUEUE_REQUESTS = 128;

export class DiskActivity {
  /** Time in flight before the current stretch, ns. */
  private closedNs = 0;
  /** The current stretch of time with requests in flight: from, until. */
  private from = 0;
  private until = 0;
  /** Summed issue-to-completion times of the requests issued so far, ns. */
  awaitNs = 0;

  /**
   * Requests issued at `now` that complete at `done` (a batch's, one after another: their
   * latencies add up to `done − now`). Writeback, dirtied at `now`, is issued when it could
   * enter the block layer's queue: `done` less that queue's worth of requests of `writebackRequestNs` each.
   */
  issued(dirtiedOrIssued: number, done: number, writebackRequestNs = Infinity): void {
    const now = Math.max(dirtiedOrIssued, done - BLOCK_QUEUE_REQUESTS * writebackRequestNs);
    if (done <= now) return;
    this.awaitNs += done - now;
    if (now > this.until) {
      this.closedNs += this.until - this.from;
      this.from = now;
    }
    this.until = Math.max(this.until, done);
  }

  /** Time the disk had requests in flight by `t`, ns. */
  busyAt(t: number): number {
    return this.closedNs + Math.max(0, Math.min(t, this.until) - this.from);
  }
}
