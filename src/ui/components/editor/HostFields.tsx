/** The physical host: CPU generation, cores, memory, disk, NIC. */
import { CPU_GENERATIONS, type Scenario } from '../../../engine/index.ts';
import { setHost, type Draft } from './draft-edits.ts';
import { errorsAt, type ErrorsByPath } from './error-paths.ts';
import { Field, NumberInput, Select } from './Field.tsx';
import { CPU_CHOICES, DISK_CHOICES, NIC_CHOICES } from './scenario-options.ts';

export const HOST_PATHS = ['host.cpu', 'host.cores', 'host.memoryMiB', 'host.disk', 'host.nic'];

export function HostFields({ draft, errors, onChange }: { readonly draft: Draft; readonly errors: ErrorsByPath; readonly onChange: (d: Draft) => void }) {
  const h = draft.host;
  return (
    <fieldset className="editor-section host-fields">
      <legend>Host</legend>
      <Field label="CPU generation" path="host.cpu" errors={errorsAt(errors, 'host.cpu')}>
        {(c) => <Select control={c} value={h.cpu} choices={CPU_CHOICES} onChange={(v) => onChange(setHost(draft, 'cpu', v as Scenario['host']['cpu']))} />}
      </Field>
      <p className="muted field-hint">
        {CPU_GENERATIONS[h.cpu].part}, {CPU_GENERATIONS[h.cpu].year}
      </p>
      <div className="field-row">
        <Field label="Cores" path="host.cores" errors={errorsAt(errors, 'host.cores')}>
          {(c) => <NumberInput control={c} value={h.cores} min={1} max={128} onChange={(v) => onChange(setHost(draft, 'cores', v))} />}
        </Field>
        <Field label="Memory (MiB)" path="host.memoryMiB" errors={errorsAt(errors, 'host.memoryMiB')}>
          {(c) => <NumberInput control={c} value={h.memoryMiB} min={256} step={256} onChange={(v) => onChange(setHost(draft, 'memoryMiB', v))} />}
        </Field>
        <Field label="Disk" path="host.disk" errors={errorsAt(errors, 'host.disk')}>
          {(c) => <Select control={c} value={h.disk} choices={DISK_CHOICES} onChange={(v) => onChange(setHost(draft, 'disk', v as Scenario['host']['disk']))} />}
        </Field>
        <Field label="NIC" path="host.nic" errors={errorsAt(errors, 'host.nic')}>
          {(c) => <Select control={c} value={h.nic} choices={NIC_CHOICES} onChange={(v) => onChange(setHost(draft, 'nic', v as Scenario['host']['nic']))} />}
        </Field>
      </div>
    </fieldset>
  );
}
