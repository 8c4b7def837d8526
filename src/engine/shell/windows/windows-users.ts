/**
 * A process's account as Windows Server 2003 names it with its domain: the built-in service
 * accounts under "NT AUTHORITY", a local account under the computer's name (tasklist /v's
 * User Name, whoami).
 */
const WELL_KNOWN = new Set(['SYSTEM', 'LOCAL SERVICE', 'NETWORK SERVICE']);

export function windowsUserName(user: string, hostname: string): string {
  return WELL_KNOWN.has(user.toUpperCase()) ? `NT AUTHORITY\\${user.toUpperCase()}` : `${hostname.toUpperCase()}\\${user}`;
}
