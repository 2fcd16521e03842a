import { describe, expect, it } from 'vitest';
import { assessRisk, type Finding } from '../../../detectors';

const f = (kind: Finding['kind']): Finding => ({ kind, start: 0, end: 1, score: 0.9, detector: 'test' });

describe('assessRisk', () => {
  it('never holds for special-category context alone', () => {
    expect(assessRisk([f('special.health')])).toEqual({ hold: false, severity: 'none', specialKinds: [] });
  });
  it('holds for personal data, and raises severity when special categories are next to it', () => {
    expect(assessRisk([f('name')])).toMatchObject({ hold: true, severity: 'low' });
    expect(assessRisk([f('name'), f('special.child-welfare')])).toMatchObject({ hold: true, severity: 'high', specialKinds: ['special.child-welfare'] });
    expect(assessRisk([f('id.no')])).toMatchObject({ hold: true, severity: 'high' });
  });
  it('holds nothing for nothing', () => {
    expect(assessRisk([]).hold).toBe(false);
  });
});
