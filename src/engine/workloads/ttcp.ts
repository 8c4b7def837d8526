/**
 * ttcp (and iperf): bulk TCP between this guest and a remote machine (or a `peer` guest),
 * transmitting (ttcp -t) or receiving (ttcp -r), with the link's MTU and ttcp's buffer
 * length (-l, 8192 bytes by default). Barham et al. 2003 ran it at MTU 1500 and 500.
 */
import { bulkTcpWorkload, ETHERNET_MTU } from './bulk-tcp.ts';
import type { WorkloadDef } from './workload-def.ts';
import type { WorkloadParameters } from './workload-parameters.ts';

/** ttcp's default buffer length (-l). */
export const TTCP_DEFAULT_BYTES = 8192;

export function ttcpWorkload(p: WorkloadParameters): WorkloadDef {
  const direction = p.direction ?? 'transmit';
  const mtu = p.mtu ?? ETHERNET_MTU;
  const messageBytes = p.messageBytes ?? TTCP_DEFAULT_BYTES;
  return bulkTcpWorkload('ttcp', `ttcp ${direction === 'transmit' ? '-t' : '-r'} -l ${messageBytes} (MTU ${mtu})`, { mtu, messageBytes, direction });
}
