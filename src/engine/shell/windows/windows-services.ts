/**
 * The services a Windows Server 2003 process hosts, as `tasklist /svc` lists them: the
 * Service Control Manager's own (services.exe), lsass.exe's security services, the two
 * svchost.exe groups a default install runs (netsvcs as SYSTEM, rpcss as NETWORK SERVICE)
 * and the workloads' own services. Names are the service key names in
 * HKLM\SYSTEM\CurrentControlSet\Services (Windows Server 2003 SP1 defaults, as
 * `tasklist /svc` and `sc query` print them). Only the processes the machines run are here.
 */
import type { ProcessInfo } from '../../os/machine.ts';
import { imageName } from './windows-format.ts';

const BY_IMAGE: Readonly<Record<string, readonly string[]>> = {
  'services.exe': ['Eventlog', 'PlugPlay'],
  'lsass.exe': ['PolicyAgent', 'ProtectedStorage', 'SamSs'],
  'spoolsv.exe': ['Spooler'],
  // SQL Server 2000/2005's default instance.
  'sqlservr.exe': ['MSSQLSERVER'],
};

/** svchost.exe -k netsvcs (LocalSystem) and -k rpcss (NetworkService). */
const SVCHOST_BY_USER: Readonly<Record<string, readonly string[]>> = {
  SYSTEM: ['AeLookupSvc', 'AudioSrv', 'BITS', 'Browser', 'CryptSvc', 'dmserver', 'EventSystem', 'helpsvc', 'lanmanserver', 'lanmanworkstation', 'Netman', 'Nla', 'Schedule', 'seclogon', 'SENS', 'ShellHWDetection', 'TrkWks', 'W32Time', 'winmgmt', 'wuauserv'],
  'NETWORK SERVICE': ['RpcSs'],
};

/** The services `p` hosts, in the order tasklist prints them; empty for a process that hosts none. */
export function servicesOf(p: ProcessInfo): readonly string[] {
  const image = imageName(p.command).toLowerCase();
  if (image === 'svchost.exe') return SVCHOST_BY_USER[p.user] ?? [];
  return BY_IMAGE[image] ?? [];
}
