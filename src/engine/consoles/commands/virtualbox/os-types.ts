/** VirtualBox 4.3's descriptions of the guest OS types the model's guests are registered as (showvminfo's Guest OS, ostype). */
export const OS_TYPES: Readonly<Record<string, string>> = {
  linux: 'Linux 2.6 / 3.x (64-bit)',
  windows: 'Windows 2003 (64-bit)',
  solaris: 'Solaris 10 5/09 and earlier (64-bit)',
};
