/**
 * Linux's balance_dirty_pages: a process that dirties the page cache faster than the disk
 * writes it back is made to wait once the dirty pages and those under writeback pass
 * vm_dirty_ratio of the memory its kernel manages, until writeback brings them under it
 * (mm/page-writeback.c; the ratio by kernel release is in os/guest-os.ts). The model queues
 * a batch's writeback at the disk when it is dirtied, so what is dirty is what is queued
 * there and not yet written. Without it a buffered writer would run at memory speed
 * forever, however slow the disk.
 */

/** Queued writeback past this many entries is compacted (the written ones dropped). */
const COMPACT_AFTER = 1024;

export class DirtyThrottle {
  /** The writeback queued, oldest first: when each piece will be written, and its bytes. */
  private writtenAt: number[] = [];
  private bytes: number[] = [];
  private head = 0;
  /** Bytes dirtied and not yet written. */
  private pending = 0;

  constructor(readonly limitBytes: number) {}

  /**
   * `bytes` dirtied at `now` that writeback will have written by `writtenAt` (each guest's
   * writeback is written in the order it was queued). Returns until when the writer waits:
   * `now` while what is dirty stays within the limit.
   */
  dirtied(now: number, writtenAt: number, bytes: number): number {
    while (this.head < this.writtenAt.length && (this.writtenAt[this.head] as number) <= now) {
      this.pending -= this.bytes[this.head] as number;
      this.head++;
    }
    if (this.head > COMPACT_AFTER && this.head * 2 > this.writtenAt.length) {
      this.writtenAt = this.writtenAt.slice(this.head);
      this.bytes = this.bytes.slice(this.head);
      this.head = 0;
    }
    this.writtenAt.push(writtenAt);
    this.bytes.push(bytes);
    this.pending += bytes;
    // Wait for the oldest writeback until what stays dirty is within the limit.
    let over = this.pending - this.limitBytes;
    let until = now;
    for (let i = this.head; over > 0 && i < this.writtenAt.length; i++) {
      over -= this.bytes[i] as number;
      until = this.writtenAt[i] as number;
    }
    return until;
  }
}
