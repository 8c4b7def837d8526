import { describe, expect, test } from 'vitest';
import { fromDosPath, resolvePath, toDosPath } from './paths.ts';

describe('paths', () => {
  test('POSIX paths resolve against the working directory', () => {
    expect(resolvePath('/root', 'a/../b/./c')).toBe('/root/b/c');
    expect(resolvePath('/root', '/etc//x/')).toBe('/etc/x');
    expect(resolvePath('/', '../..')).toBe('/');
  });

  test('cmd.exe paths map onto drive C:', () => {
    expect(toDosPath('/')).toBe('C:\\');
    expect(toDosPath('/WINDOWS/system32')).toBe('C:\\WINDOWS\\system32');
    expect(fromDosPath('/WINDOWS', 'C:\\boot.ini')).toBe('/boot.ini');
    expect(fromDosPath('/WINDOWS', 'system32\\..\\Temp')).toBe('/WINDOWS/Temp');
    expect(fromDosPath('/WINDOWS', '\\')).toBe('/');
    expect(fromDosPath('/WINDOWS', 'C:')).toBe('/');
  });
});
