/** Save the scenario as a JSON file, or load one: a file with mistakes is named and the running scenario stays. */
import { useId, useState } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import { cleanLine } from '../../../untrusted/clean-line.ts';
import { getPlayground } from '../../store/use-playground.ts';
import { downloadScenario, readScenarioFile, scenarioFileName } from './scenario-file.ts';

export function ScenarioFile({ scenario, onLoaded }: { readonly scenario: Scenario; readonly onLoaded: () => void }) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const inputId = useId();

  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const parsed = await readScenarioFile(file);
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => cleanLine(`${file.name}: ${e}`)));
    setErrors([]);
    if (await getPlayground().getState().loadScenario(parsed.scenario)) onLoaded();
  };

  return (
    <section className="share-file" aria-label="Scenario file">
      <h3>Scenario file</h3>
      <div className="share-link-row">
        <button type="button" className="button" onClick={() => downloadScenario(scenario)}>
          Export {scenarioFileName(scenario)}
        </button>
        <label htmlFor={inputId}>Import a scenario file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {errors.length > 0 ? (
        <ul className="banner banner-error" role="alert" aria-label="The file was not loaded">
          {errors.slice(0, 6).map((e) => (
            <li key={e}>{e}</li>
          ))}
          {errors.length > 6 ? <li>… and {errors.length - 6} more</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
