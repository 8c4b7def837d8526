/**
 * The link that opens a validation scenario in this page: its share fragment (`#v2.…`),
 * which the page opens when the address's fragment changes (share/use-link-on-open.ts).
 * The validation scenarios are shipped and small, far inside a link's limits; null if one
 * ever is not.
 */
import { encodeShareLink } from '../../../share/share-link.ts';
import { validationScenario } from '../../../validation/validation-scenarios.ts';

export function scenarioFragment(name: string): string | null {
  const encoded = encodeShareLink({ scenario: validationScenario(name) }, '');
  return encoded.ok ? encoded.link : null;
}
