/**
 * The validation's scenarios: ordinary scenario files in public/validation/, so the page
 * can offer each as a link a teacher opens and runs. Parsed like any other input.
 */
import adamsAgesen from '../../public/validation/adams-agesen-2006.json' with { type: 'json' };
import dbench from '../../public/validation/barham2003-dbench.json' with { type: 'json' };
import linuxBuild from '../../public/validation/barham2003-linux-build.json' with { type: 'json' };
import forkwait from '../../public/validation/barham2003-forkwait.json' with { type: 'json' };
import lmbench from '../../public/validation/barham2003-lmbench.json' with { type: 'json' };
import osdbOltp from '../../public/validation/barham2003-osdb-oltp.json' with { type: 'json' };
import scalability from '../../public/validation/barham2003-scalability.json' with { type: 'json' };
import specInt from '../../public/validation/barham2003-spec-int.json' with { type: 'json' };
import specweb99 from '../../public/validation/barham2003-specweb99.json' with { type: 'json' };
import ttcp1500rx from '../../public/validation/barham2003-ttcp-mtu1500-rx.json' with { type: 'json' };
import ttcp1500tx from '../../public/validation/barham2003-ttcp-mtu1500-tx.json' with { type: 'json' };
import ttcp500rx from '../../public/validation/barham2003-ttcp-mtu500-rx.json' with { type: 'json' };
import ttcp500tx from '../../public/validation/barham2003-ttcp-mtu500-tx.json' with { type: 'json' };
import { parseScenario, type Scenario } from '../engine/index.ts';

const FILES: Readonly<Record<string, unknown>> = {
  'adams-agesen-2006': adamsAgesen,
  'barham2003-dbench': dbench,
  'barham2003-linux-build': linuxBuild,
  'barham2003-forkwait': forkwait,
  'barham2003-lmbench': lmbench,
  'barham2003-osdb-oltp': osdbOltp,
  'barham2003-scalability': scalability,
  'barham2003-spec-int': specInt,
  'barham2003-specweb99': specweb99,
  'barham2003-ttcp-mtu1500-rx': ttcp1500rx,
  'barham2003-ttcp-mtu1500-tx': ttcp1500tx,
  'barham2003-ttcp-mtu500-rx': ttcp500rx,
  'barham2003-ttcp-mtu500-tx': ttcp500tx,
};

export const VALIDATION_SCENARIO_NAMES: readonly string[] = Object.keys(FILES);

/** The validation scenario of that name (its file is public/validation/<name>.json), validated. */
export function validationScenario(name: string): Scenario {
  const raw = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
  if (raw === undefined) throw new Error(`no validation scenario "${name}"`);
  const r = parseScenario(raw);
  if (!r.ok) throw new Error(`validation scenario ${name} is invalid: ${r.errors.join('; ')}`);
  return r.scenario;
}
