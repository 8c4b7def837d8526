/** IPv4 arithmetic for the interface listings: netmasks and broadcast addresses from a prefix. */

function toNumber(ip: string): number | null {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

function toDotted(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

function maskNumber(prefix: number): number {
  const bits = Math.max(0, Math.min(32, Math.floor(prefix)));
  return bits === 0 ? 0 : (2 ** 32 - 2 ** (32 - bits));
}

/** "255.255.255.0" for 24. */
export function netmask(prefix: number): string {
  return toDotted(maskNumber(prefix));
}

/** "ffffff00" for 24, as Solaris's ifconfig prints it. */
export function netmaskHex(prefix: number): string {
  return maskNumber(prefix).toString(16).padStart(8, '0');
}

/** The broadcast address of the network; the address itself if it is not a valid IPv4 address. */
export function broadcast(ip: string, prefix: number): string {
  const n = toNumber(ip);
  if (n === null) return ip;
  const mask = maskNumber(prefix);
  return toDotted(networkOf(n, mask) + (2 ** 32 - 1 - mask));
}

function networkOf(n: number, mask: number): number {
  return n - (n % (2 ** 32 - mask || 2 ** 32));
}

/** The network's own address: "192.168.1.0" for 192.168.1.10/24. */
export function networkAddress(ip: string, prefix: number): string {
  const n = toNumber(ip);
  return n === null ? ip : toDotted(networkOf(n, maskNumber(prefix)));
}

export function isIpv4(text: string): boolean {
  return toNumber(text) !== null;
}

export function isLoopback(name: string, ip: string): boolean {
  return name === 'lo' || name.startsWith('lo0') || ip.startsWith('127.');
}
