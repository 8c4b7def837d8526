/**
 * The link that opens a validation scenario in this page: its share fragment (`#v1.…`),
 * which the page opens when the address's fragment changes (share/use-link-on-open.ts).
 */
import { encodeFragment } from '../../../share/share-link.ts';
import { validationScenario } from '../../../validation/validation-scenarios.ts';

export function scenarioFragment(name: string): string {
  return encodeFragment({ scenario: validationScenario(name) });
}
