/** Loads one of the engine's preset scenarios. */
import { useId } from 'react';
import { loadPreset, PRESET_NAMES } from '../../../engine/index.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';

export function PresetPicker() {
  const name = usePlayground((s) => s.scenario.name);
  const id = useId();
  const isPreset = PRESET_NAMES.includes(name);
  return (
    <div className="field-inline">
      <label htmlFor={id}>Scenario</label>
      <select
        id={id}
        className="select"
        value={isPreset ? name : ''}
        onChange={(e) => {
          const scenario = loadPreset(e.target.value);
          if (scenario) void getPlayground().getState().loadScenario(scenario);
        }}
      >
        {isPreset ? null : <option value="">{name} (edited)</option>}
        {PRESET_NAMES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}
