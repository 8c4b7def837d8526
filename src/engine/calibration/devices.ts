/**
 * Storage and network devices of the host. Sources in docs/calibration.md §12.
 */

export interface DiskProfile {
  readonly label: string;
  /** Average positioning time of a random request (seek + rotation, or flash access), ns. */
  readonly accessNs: number;
  /** Sustained transfer rate, bytes per ns (= GB/s). */
  readonly bytesPerNs: number;
}

export const DISKS = {
  /** 2003–06 15K SCSI: 3.5 ms seek (15K450 reads 3.1–3.3 ms, verified) + 2 ms half rotation; 70 MB/s (assumption). */
  hdd: { label: '15K rpm SCSI disk', accessNs: 5.5e6, bytesPerNs: 0.07 },
  /** SATA SSD: ≈ 0.1 ms, ≥ 500 MB/s (assumption). */
  ssd: { label: 'SATA SSD', accessNs: 1e5, bytesPerNs: 0.5 },
} as const satisfies Record<string, DiskProfile>;

export interface NicProfile {
  readonly label: string;
  /** Line rate, bytes per ns. */
  readonly bytesPerNs: number;
  /** Ethernet framing per packet on the wire: preamble, header, FCS, inter-frame gap (definitional). */
  readonly framingBytes: number;
  /** Round trip through the switch and the remote peer's stack for request/response traffic. Assumption. */
  readonly peerRoundTripNs: number;
}

export const NICS = {
  '1g': { label: 'Gigabit Ethernet', bytesPerNs: 0.125, framingBytes: 38, peerRoundTripNs: 30_000 },
  '10g': { label: '10 Gigabit Ethernet', bytesPerNs: 1.25, framingBytes: 38, peerRoundTripNs: 15_000 },
} as const satisfies Record<string, NicProfile>;

/**
 * One journal commit of a host file system (ext3/jbd, NTFS's log): a descriptor block,
 * the logged metadata block (the file's inode: size, mtime, block map) and a commit
 * block, 4 KiB each, written together to the journal. The layout is ext3's (Tweedie,
 * "Journaling the Linux ext2fs Filesystem", 1998); three blocks is an assumption.
 */
export const JOURNAL_COMMIT_BYTES = 3 * 4096;
