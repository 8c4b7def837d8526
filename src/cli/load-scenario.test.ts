import { describe, expect, test } from 'vitest';
import { cliInProcess } from './testing/cli-in-process.ts';

describe('a scenario that is not there', () => {
  test('a name that looks like a file is a file that does not exist', () => {
    for (const ref of ['my-scenaro.json', 'scenarios/classroom', './classroom-default']) expect(cliInProcess(['run', ref])).toMatchObject({ status: 2, stderr: `virtscope: "${ref}": no such file\n` });
  });

  test('any other name says where the presets and labs are listed, whole', () => {
    const r = cliInProcess(['run', 'classroom']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('virtscope: "classroom" is neither a scenario file, a preset nor a lab (`presets` lists the presets, `labs` the labs)\n');
  });
});
