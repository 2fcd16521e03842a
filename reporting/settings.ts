import { browser } from 'wxt/browser';
import { incidentSettingsFrom, type IncidentSettings } from '../report/settings';

/**
 * storage.local key for incident settings set on this computer (development, tests, and
 * installs without managed policy). Managed policy, when present, wins key by key.
 */
export const LOCAL_INCIDENT_SETTINGS = 'incidentSettings';

/**
 * The effective incident settings. The one place to switch to the policy module's API once it
 * is on `main` (issue 7): read the effective policy there and pass it to incidentSettingsFrom.
 */
export async function loadIncidentSettings(): Promise<IncidentSettings> {
  let managed: Record<string, unknown> = {};
  let local: Record<string, unknown> = {};
  try { managed = (await browser.storage.managed.get('incident')).incident as Record<string, unknown> ?? {}; } catch { /* no managed storage */ }
  try { local = (await browser.storage.local.get(LOCAL_INCIDENT_SETTINGS))[LOCAL_INCIDENT_SETTINGS] as Record<string, unknown> ?? {}; } catch { /* none */ }
  return incidentSettingsFrom({ ...local, ...managed });
}
