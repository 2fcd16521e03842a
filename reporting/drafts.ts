import { incidentSchema, type Incident } from '../report/model';
import { openReports } from './db';

/** Report drafts: every change is saved at once, validated by the schema. */
export async function getDraft(id: string): Promise<Incident | undefined> {
  const raw = await (await openReports()).get('drafts', id);
  const parsed = incidentSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function putDraft(incident: Incident, now = new Date()): Promise<Incident> {
  const saved = incidentSchema.parse({ ...incident, updatedAt: now.toISOString() });
  await (await openReports()).put('drafts', saved);
  return saved;
}

export async function deleteDraft(id: string): Promise<void> {
  const db = await openReports();
  await db.delete('drafts', id);
}

/** Reports not yet closed, the most urgent (earliest discovered) first. */
export async function openDrafts(): Promise<Incident[]> {
  const all = await (await openReports()).getAllFromIndex('drafts', 'status', 'open');
  return all
    .filter((d) => incidentSchema.safeParse(d).success)
    .sort((a, b) => Date.parse(a.discoveredAt) - Date.parse(b.discoveredAt));
}
