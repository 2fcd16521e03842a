import { browser } from 'wxt/browser';
import { loadEffectivePolicy } from '../policy/watch';
import { incidentSettingsFrom, type IncidentSettings } from '../report/settings';

/**
 * Test builds only: storage.local key whose incident settings go over the policy's, so the
 * end-to-end tests can point the report at a local http endpoint (policy accepts https only).
 */
export const TEST_INCIDENT_SETTINGS = 'varsam:test-incident-settings';

/** The effective incident settings: the effective policy's `incident.*` (policy/), mapped by report/settings.ts. */
export async function loadIncidentSettings(): Promise<IncidentSettings> {
  const settings = incidentSettingsFrom((await loadEffectivePolicy(browser.storage.local)).policy);
  if (import.meta.env.MODE !== 'test') return settings;
  const override = (await browser.storage.local.get(TEST_INCIDENT_SETTINGS))[TEST_INCIDENT_SETTINGS];
  return override && typeof override === 'object' ? incidentSettingsFrom({ ...settings, ...override }) : settings;
}
