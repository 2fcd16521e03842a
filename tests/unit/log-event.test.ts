import { describe, expect, it } from 'vitest';
import { logEventSchema, siteOf } from '../../log/event';

const valid = {
  time: '2026-11-22T10:00:00.000Z', origin: 'https://skole.example', path: '/innlegg',
  action: 'publish', adapter: 'generic', decision: 'cancelled', kinds: { 'id.no': 1 }, confirmations: [], extensionVersion: '0.1.0',
};

describe('log event shape', () => {
  it('accepts a content-free event', () => {
    expect(logEventSchema.parse(valid)).toEqual(valid);
  });

  it('rejects any extra field, so text or values cannot slip into the log', () => {
    expect(() => logEventSchema.parse({ ...valid, text: 'Ola 15108695088' })).toThrow();
    expect(() => logEventSchema.parse({ ...valid, value: '15108695088' })).toThrow();
  });

  it('rejects a path with a query string or fragment', () => {
    expect(() => logEventSchema.parse({ ...valid, path: '/s?fnr=15108695088' })).toThrow();
    expect(() => logEventSchema.parse({ ...valid, path: '/s#x' })).toThrow();
  });

  it('rejects unknown kinds and decisions', () => {
    expect(() => logEventSchema.parse({ ...valid, kinds: { secret: 1 } })).toThrow();
    expect(() => logEventSchema.parse({ ...valid, decision: 'maybe' })).toThrow();
  });

  it('siteOf drops the query and fragment', () => {
    expect(siteOf('https://a.example/post/1?fnr=15108695088#c')).toEqual({ origin: 'https://a.example', path: '/post/1' });
  });
});
