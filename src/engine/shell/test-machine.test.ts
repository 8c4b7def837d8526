import { describe, expect, test } from 'vitest';
import { createTestMachine } from './test-machine.ts';

describe('createTestMachine', () => {
  test('plausible defaults per family, and overrides win', () => {
    expect(createTestMachine().kernelRelease).toBe('2.6.18-92.el5');
    expect(createTestMachine({ family: 'windows' }).osName).toBe('Microsoft Windows [Version 5.2.3790]');
    expect(createTestMachine({ family: 'solaris' }).osName).toBe('SunOS');
    expect(createTestMachine({ hostname: 'web1' }).hostname).toBe('web1');
  });

  test('the clock is the test’s to move', () => {
    const machine = createTestMachine({ nowNs: 5 });
    expect(machine.now()).toBe(5);
    machine.setNow(42);
    expect(machine.now()).toBe(42);
  });

  test('the file system stores files and directories and reports errors as messages', () => {
    const { fs } = createTestMachine({ files: { '/etc/motd': 'hello\n' } });
    expect(fs.read('/etc/motd')).toEqual({ ok: true, value: 'hello\n' });
    expect(fs.list('/')).toEqual({ ok: true, value: ['etc', 'proc', 'root', 'tmp', 'var'] });
    expect(fs.write('/nope/x', 'a', false, 0)).toEqual({ ok: false, error: 'No such file or directory' });
    expect(fs.write('/tmp/x', 'a', false, 7).ok).toBe(true);
    expect(fs.write('/tmp/x', 'b', true, 8).ok).toBe(true);
    expect(fs.stat('/tmp/x')).toEqual({ kind: 'file', size: 2, modifiedNs: 8 });
    expect(fs.remove('/tmp', false)).toEqual({ ok: false, error: 'Directory not empty' });
    expect(fs.remove('/tmp', true).ok).toBe(true);
    expect(fs.stat('/tmp/x')).toBeNull();
    expect(fs.mkdir('/etc', 0)).toEqual({ ok: false, error: 'File exists' });
  });

  test('tasks progress with the clock and can be cancelled', () => {
    const machine = createTestMachine();
    const task = machine.startTask({ command: 'x', workload: 'cpu', workers: 1, maxTransactions: 5000 });
    machine.setNow(2e9);
    expect(task.progress().transactions).toBe(2000);
    task.cancel();
    machine.setNow(9e9);
    expect(task.progress()).toMatchObject({ done: true, transactions: 2000 });
  });
});
