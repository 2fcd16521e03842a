import type { ReportMessage } from '../messaging/protocol';
import { getDraft } from './drafts';
import { openReport } from './open';
import { enqueue, processOutbox } from './outbox';
import { reportChanged } from './runtime';
import { loadIncidentSettings } from './settings';

export type SendResult = { ok: true; key: string } | { ok: false; error: 'no-endpoint' | 'no-report' };

/** Answers the report messages (see messaging/protocol.ts). */
export async function routeReport(message: ReportMessage): Promise<unknown> {
  switch (message.type) {
    case 'varsam:open-report':
      return openReport({ reportId: message.reportId, eventId: message.eventId, pageUrl: message.pageUrl });
    case 'varsam:report-changed':
      await reportChanged(message.id);
      return undefined;
    case 'varsam:report-send': {
      const [report, settings] = await Promise.all([getDraft(message.id), loadIncidentSettings()]);
      if (!report) return { ok: false, error: 'no-report' } satisfies SendResult;
      if (!settings.endpoint) return { ok: false, error: 'no-endpoint' } satisfies SendResult;
      const item = await enqueue(report, settings.endpoint);
      void processOutbox();
      return { ok: true, key: item.key } satisfies SendResult;
    }
  }
}
