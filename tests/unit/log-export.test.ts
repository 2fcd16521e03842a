import { describe, expect, it } from 'vitest';
import { toCsv, toJson, csvField } from '../../log/export';
import type { LogEvent } from '../../log/event';

const events: LogEvent[] = [
  { id: 2, time: '2026-11-21T09:00:00.000Z', origin: 'https://skole.example', path: '/nyheter', action: 'post', adapter: 'generic',
    decision: 'overridden', kinds: { 'id.no': 2, phone: 1 }, confirmations: ['consent'], justification: 'Avtalt med foreldre, "ok"', extensionVersion: '0.1.0' },
  { id: 1, time: '2026-11-20T09:00:00.000Z', origin: 'https://skole.example', path: '/', action: 'email', adapter: 'generic',
    decision: 'blocked', kinds: { 'id.no': 1 }, confirmations: [], extensionVersion: '0.1.0' },
];
const passes = [{ key: '2026-11-21|https://skole.example', day: '2026-11-21', origin: 'https://skole.example', count: 4 }];

describe('log export', () => {
  it('CSV: a header, one row per decision and per clean-pass count, fields quoted where needed', () => {
    const lines = toCsv(events, passes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,origin,path,action,adapter,decision,kinds,confirmations,justification,extensionVersion,count');
    expect(lines[1]).toBe('2026-11-21T09:00:00.000Z,https://skole.example,/nyheter,post,generic,overridden,id.no:2 phone:1,consent,"Avtalt med foreldre, ""ok""",0.1.0,');
    expect(lines[2]).toBe('2026-11-20T09:00:00.000Z,https://skole.example,/,email,generic,blocked,id.no:1,,,0.1.0,');
    expect(lines[3]).toBe('2026-11-21,https://skole.example,,,,clean,,,,,4');
    expect(lines).toHaveLength(4);
  });

  it('CSV: a justification cannot become a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+47 ring')).toBe("'+47 ring");
  });

  it('JSON: versioned, with every event and count and no internal keys', () => {
    const parsed = JSON.parse(toJson(events, passes, new Date('2026-11-22T00:00:00.000Z')));
    expect(parsed).toMatchObject({ format: 'varsam-log', version: 2, exportedAt: '2026-11-22T00:00:00.000Z' });
    expect(parsed.events).toHaveLength(2);
    expect(parsed.events[0]).not.toHaveProperty('id');
    expect(parsed.events[0]).toMatchObject({ decision: 'overridden', confirmations: ['consent'] });
    expect(parsed.cleanPasses).toEqual([{ day: '2026-11-21', origin: 'https://skole.example', count: 4 }]);
  });
});
