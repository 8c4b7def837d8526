/**
 * The preset dictionary a share link's deflate stream starts from (RFC 1951 lets the
 * compressor refer back into text both sides already know). It is the vocabulary of the
 * scenario format — its field names and enumerated values — followed by a typical
 * document's skeleton, most common last, since nearer matches cost fewer bits. With it a
 * typical scenario's link is about half as long (classroom-default: ~580 → ~220 characters).
 *
 * Frozen with link format v1: a link made with one dictionary cannot be read with
 * another, so any change here needs a new link format version (share-link.ts). New
 * scenario fields and values still encode without being listed; they only compress less.
 */
export const LINK_DICTIONARY_V1 =
  '"concurrency":netburst-2003core2-2006skylake-2015virtual-server-2005gsx-servervirtualboxesx-serverkvm' +
  'solaris-containersvirtuozzodockerbinary-translationparavirtualshadowsolarisstreamnet-rrsyscallfork-exec' +
  'ctx-switchidlecpu-intfile-serveroltpkernel-buildweb-server' +
  ' A server with Linux guests and a Windows guest, each running a workload: hosted, bare-metal and containers. ' +
  '"atNs":"commands":{"native":[[0,"manager",""]],"hosted":[[0,"manager",""]],"bare-metal":[[0,"manager",""]],"container":[[0,"manager",""]]}' +
  '{"scenario":{"version":2,"name":"","description":"","seed":1,' +
  '"host":{"cpu":"nehalem-2009","cores":4,"memoryMiB":8192,"disk":"hdd","nic":"1g"},' +
  '"platforms":{"hosted":{"hostOs":"linux","technique":"hardware-assist","devices":"emulated"},' +
  '"bare-metal":{"style":"xen","guestMode":"hardware-assist","paging":"nested","devices":"paravirtual"},' +
  '"container":{"hostOs":"linux","network":"bridge","storage":"overlay"}},' +
  '"guests":[{"name":"","os":"linux","vcpus":1,"memoryMiB":1024,"workload":{"kind":"';
