import { describe, expect, test } from 'vitest';
import { FS_ERRORS, MemoryFileSystem, normalisePath, utf8Length } from './memory-filesystem.ts';
import { ImageStore, containerRootFs, linuxImage, osImage, solarisImage, windowsImage } from './os-images.ts';

function expectOk<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function expectError(r: { ok: boolean; error?: string }): string | undefined {
  expect(r.ok).toBe(false);
  return r.error;
}

describe('MemoryFileSystem paths', () => {
  test('normalises dots, dot-dots and repeated slashes, never climbing above the root', () => {
    expect(normalisePath('//a/./b//../c/')).toBe('/a/c');
    expect(normalisePath('/../../x')).toBe('/x');
    expect(normalisePath('')).toBe('/');
  });

  test('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('MemoryFileSystem as a plain tree', () => {
  test('writes, appends, reads and lists sorted', () => {
    const fs = new MemoryFileSystem();
    expectOk(fs.mkdir('/tmp', 1));
    expectOk(fs.write('/tmp/b', 'hello', false, 2));
    expectOk(fs.write('/tmp/a', 'x', false, 3));
    expectOk(fs.write('/tmp//b', ' world', true, 4));
    expect(expectOk(fs.read('/tmp/./b'))).toBe('hello world');
    expect(expectOk(fs.list('/tmp'))).toEqual(['a', 'b']);
    expect(fs.stat('/tmp/b')).toEqual({ kind: 'file', size: 11, modifiedNs: 4 });
    expect(fs.usedBytes()).toBe(12);
  });

  test('answers in POSIX wording', () => {
    const fs = new MemoryFileSystem();
    fs.mkdir('/d', 0);
    fs.write('/d/f', 'x', false, 0);
    expect(expectError(fs.read('/nope'))).toBe(FS_ERRORS.noEntry);
    expect(expectError(fs.read('/d'))).toBe(FS_ERRORS.isDir);
    expect(expectError(fs.read('/d/f/g'))).toBe(FS_ERRORS.notDir);
    expect(expectError(fs.list('/d/f'))).toBe(FS_ERRORS.notDir);
    expect(expectError(fs.write('/d', 'x', false, 0))).toBe(FS_ERRORS.isDir);
    expect(expectError(fs.write('/x/y', 'x', false, 0))).toBe(FS_ERRORS.noEntry);
    expect(expectError(fs.write('/d/f/y', 'x', false, 0))).toBe(FS_ERRORS.notDir);
    expect(expectError(fs.mkdir('/d', 0))).toBe(FS_ERRORS.exists);
    expect(expectError(fs.remove('/d', false))).toBe(FS_ERRORS.notEmpty);
    expect(expectError(fs.remove('/missing', true))).toBe(FS_ERRORS.noEntry);
  });

  test('recursive removal frees the subtree', () => {
    const fs = new MemoryFileSystem();
    fs.mkdir('/a', 0);
    fs.mkdir('/a/b', 0);
    fs.write('/a/b/f', '12345', false, 0);
    expectOk(fs.remove('/a', true));
    expect(fs.stat('/a')).toBeNull();
    expect(fs.usedBytes()).toBe(0);
    expect(fs.nodeCount()).toBe(0);
  });

  test('limits give "No space left on device"', () => {
    const fs = new MemoryFileSystem({ limits: { maxNodes: 3, maxFileBytes: 10, maxTotalBytes: 15 } });
    expect(expectError(fs.write('/big', 'x'.repeat(11), false, 0))).toBe(FS_ERRORS.noSpace);
    expectOk(fs.write('/a', 'x'.repeat(10), false, 0));
    expect(expectError(fs.write('/b', 'x'.repeat(6), false, 0))).toBe(FS_ERRORS.noSpace);
    expect(expectError(fs.write('/a', 'y', true, 0))).toBe(FS_ERRORS.noSpace);
    expectOk(fs.mkdir('/d', 0));
    expectOk(fs.mkdir('/e', 0));
    expect(expectError(fs.mkdir('/f', 0))).toBe(FS_ERRORS.noSpace);
    expect(fs.usedBytes()).toBe(10);
  });

  test('the default limits: 1 MiB per file, 16 MiB written in all', () => {
    const fs = new MemoryFileSystem();
    const mib = 'x'.repeat(1024 * 1024);
    expect(expectError(fs.write('/big', mib + 'x', false, 0))).toBe(FS_ERRORS.noSpace);
    for (let i = 0; i < 16; i++) expectOk(fs.write(`/f${i}`, mib, false, 0));
    expect(expectError(fs.write('/one-more', 'x', false, 0))).toBe(FS_ERRORS.noSpace);
  });

  test('a file that stands for more bytes than its text reports that size; the limits count its text', () => {
    const fs = new MemoryFileSystem({ limits: { maxTotalBytes: 15 } });
    expectOk(fs.write('/img', 'placeholder', false, 0, 5e9));
    expect(fs.stat('/img')?.size).toBe(5e9);
    expect(fs.usedBytes()).toBe(5e9);
    expectOk(fs.write('/img', '!', true, 0));
    expect(fs.stat('/img')?.size).toBe(5e9 + 1);
    expect(expectError(fs.write('/other', 'xxxx', false, 0))).toBe(FS_ERRORS.noSpace);
    expectOk(fs.write('/img', 'short', false, 0));
    expect(fs.usedBytes()).toBe(5);
    expectOk(fs.write('/img', 'placeholder', false, 0, 7));
    expectOk(fs.remove('/img', false));
    expect(fs.usedBytes()).toBe(0);
  });

  test('a frozen tree refuses writes', () => {
    const fs = new MemoryFileSystem().freeze();
    expect(expectError(fs.write('/a', 'x', false, 0))).toBe(FS_ERRORS.readOnly);
    expect(expectError(fs.mkdir('/a', 0))).toBe(FS_ERRORS.readOnly);
  });
});

describe('MemoryFileSystem as an overlay on an image', () => {
  const store = new ImageStore();
  const image = store.get('linux', 'CentOS release 5.2 (Final)');

  test('reads fall through to the image; usedBytes counts the upper layer only', () => {
    const fs = new MemoryFileSystem({ lower: image });
    expect(expectOk(fs.read('/etc/redhat-release'))).toBe('CentOS release 5.2 (Final)\n');
    expect(expectOk(fs.list('/etc'))).toContain('passwd');
    expect(fs.usedBytes()).toBe(0);
  });

  test("a Solaris zone's inherited system directories are read-only; its own root, and a Linux container's /usr, are not", () => {
    const zone = containerRootFs(store.get('solaris', 'Solaris 10'), 'solaris', 'web', 0);
    expect(expectError(zone.write('/usr/x', 'x', false, 1))).toBe(FS_ERRORS.readOnly);
    expect(expectError(zone.mkdir('/sbin/d', 1))).toBe(FS_ERRORS.readOnly);
    expect(expectError(zone.remove('/usr', true))).toBe(FS_ERRORS.readOnly);
    expectOk(zone.write('/usrlocal', 'not under /usr', false, 1));
    expectOk(zone.write('/etc/motd', 'hello', false, 1));
    const ct = containerRootFs(image, 'linux', 'web1', 0);
    expectOk(ct.write('/usr/x', 'x', false, 1));
  });

  test('a write in one container is invisible to another on the same image', () => {
    const a = containerRootFs(store.get('linux', 'CentOS release 5.2 (Final)'), 'linux', 'web1', 0);
    const b = containerRootFs(store.get('linux', 'CentOS release 5.2 (Final)'), 'linux', 'web2', 0);
    expectOk(a.write('/tmp/secret', 'a only', false, 5));
    expectOk(a.write('/etc/passwd', 'replaced\n', false, 5));
    expect(expectOk(a.read('/tmp/secret'))).toBe('a only');
    expect(b.stat('/tmp/secret')).toBeNull();
    expect(expectOk(b.read('/etc/passwd'))).toMatch(/^root:x:0:0/);
    expect(expectOk(image.read('/etc/passwd'))).toMatch(/^root:x:0:0/);
    expect(expectOk(a.read('/etc/hostname'))).toBe('web1\n');
    expect(expectOk(b.read('/etc/hostname'))).toBe('web2\n');
  });

  test('appending to an image file copies it up', () => {
    const fs = new MemoryFileSystem({ lower: image });
    expectOk(fs.write('/etc/hosts', '10.0.0.2 db\n', true, 1));
    expect(expectOk(fs.read('/etc/hosts'))).toMatch(/localhost[^]*10\.0\.0\.2 db\n$/);
    expect(fs.usedBytes()).toBe(utf8Length(expectOk(fs.read('/etc/hosts'))));
  });

  test('deleting an image file leaves a whiteout', () => {
    const fs = new MemoryFileSystem({ lower: image });
    expectOk(fs.remove('/etc/passwd', false));
    expect(fs.stat('/etc/passwd')).toBeNull();
    expect(expectOk(fs.list('/etc'))).not.toContain('passwd');
    expect(expectError(fs.read('/etc/passwd'))).toBe(FS_ERRORS.noEntry);
    expect(image.stat('/etc/passwd')).not.toBeNull();
    expectOk(fs.write('/etc/passwd', 'new\n', false, 2));
    expect(expectOk(fs.read('/etc/passwd'))).toBe('new\n');
  });

  test('a directory re-created over a whiteout hides the image directory', () => {
    const fs = new MemoryFileSystem({ lower: image });
    expect(expectError(fs.remove('/etc', false))).toBe(FS_ERRORS.notEmpty);
    expectOk(fs.remove('/etc', true));
    expect(fs.stat('/etc/passwd')).toBeNull();
    expectOk(fs.mkdir('/etc', 3));
    expect(expectOk(fs.list('/etc'))).toEqual([]);
    expect(fs.stat('/etc/passwd')).toBeNull();
  });

  test('merges upper and lower entries in listings', () => {
    const fs = new MemoryFileSystem({ lower: image });
    expectOk(fs.write('/root/notes', 'n', false, 1));
    expect(expectOk(fs.list('/root'))).toEqual(['.bash_profile', '.bashrc', 'notes']);
  });
});

describe('OS images', () => {
  test('Linux: release file by distribution family, hostname, passwd, log', () => {
    const centos = linuxImage({ hostname: 'web1', distribution: 'CentOS release 5.2 (Final)' });
    expect(expectOk(centos.read('/etc/hostname'))).toBe('web1\n');
    expect(centos.stat('/etc/os-release')).toBeNull();
    expect(expectOk(centos.read('/etc/redhat-release'))).toBe('CentOS release 5.2 (Final)\n');
    const sles = linuxImage({ hostname: 'dom0', distribution: 'SUSE Linux Enterprise Server 10 (x86_64)' });
    expect(expectOk(sles.read('/etc/SuSE-release'))).toBe('SUSE Linux Enterprise Server 10 (x86_64)\nVERSION = 10\nPATCHLEVEL = 1\n');
    expect(expectOk(sles.read('/etc/issue'))).toContain('Welcome to SUSE Linux Enterprise Server 10 SP1 (x86_64) - Kernel \\r (\\l).');
    const debian = linuxImage({ hostname: 'db1', distribution: 'Ubuntu 16.04 LTS' });
    expect(expectOk(debian.read('/etc/os-release'))).toContain('PRETTY_NAME="Ubuntu 16.04 LTS"');
    for (const dir of ['/root', '/home', '/tmp', '/bin', '/usr/bin']) expect(debian.stat(dir)?.kind).toBe('dir');
    expect(debian.stat('/var/log/messages')?.kind).toBe('file');
  });

  test('Windows: the system drive as /', () => {
    const win = windowsImage({ hostname: 'W1', distribution: 'Windows Server 2003, Standard' });
    expect(win.stat('/WINDOWS/system32')?.kind).toBe('dir');
    expect(win.stat('/Documents and Settings/Administrator')?.kind).toBe('dir');
    expect(expectOk(win.read('/boot.ini'))).toContain('"Windows Server 2003, Standard"');
    expect(win.stat('/autoexec.bat')).toEqual({ kind: 'file', size: 0, modifiedNs: 0 });
  });

  test('Solaris: release, nodename, /export/home, /opt', () => {
    const sol = solarisImage({ hostname: 'zhost', distribution: 'Solaris 10 8/07 s10x_u4wos_12b X86' });
    expect(expectOk(sol.read('/etc/release'))).toContain('Solaris 10 8/07');
    expect(expectOk(sol.read('/etc/nodename'))).toBe('zhost\n');
    expect(sol.stat('/export/home')?.kind).toBe('dir');
    expect(osImage('solaris', { hostname: 'z', distribution: 'S' }).stat('/opt')?.kind).toBe('dir');
  });

  test('the image store shares one frozen image per distribution', () => {
    const store = new ImageStore();
    expect(store.get('linux', 'X 1')).toBe(store.get('linux', 'X 1'));
    expect(store.get('linux', 'X 1')).not.toBe(store.get('linux', 'Y 2'));
    expect(store.get('linux', 'X 1').write('/a', 'x', false, 0).ok).toBe(false);
  });
});
