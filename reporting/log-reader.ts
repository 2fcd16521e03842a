import { openLog, recentEvents } from '../log/db';
import { eventFacts, type EventFacts } from '../report/prefill';

/** One decision from the log, read tolerantly (see report/prefill.ts eventFacts). */
export async function readEvent(id: number): Promise<EventFacts | undefined> {
  try {
    return eventFacts(await (await openLog()).get('events', id));
  } catch {
    return undefined;
  }
}

/** The latest decisions, tolerantly read. */
export async function readRecentEvents(limit = 200): Promise<EventFacts[]> {
  try {
    return (await recentEvents(limit)).map(eventFacts).filter((e): e is EventFacts => e !== undefined);
  } catch {
    return [];
  }
}
