import type { Translate } from '../../locales';
import type { FindingKind } from '../../detectors/core/finding';
import { fromLocalInput, remaining, toLocalInput } from '../../report/deadline';
import { AFFECTED_GROUPS, CAUSES, INFORMED, MEASURES, SEVERITIES, type Incident } from '../../report/model';
import { Area, Check, Choice, Count, Section, Text } from './fields';

interface Props { t: Translate; draft: Incident; update: (f: (d: Incident) => Incident) => void; timeZone: string; now: Date; units: string[] }

const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));

/** The report's fields: GDPR Art. 33(3)/34 and the internal deviation form (seed 001). */
export function IncidentForm({ t, draft, update, timeZone, now, units }: Props) {
  const set = <K extends keyof Incident>(key: K, value: Incident[K]) => update((d) => ({ ...d, [key]: value }));
  const time = (iso: string | undefined) => (iso ? toLocalInput(new Date(iso), timeZone) : '');
  const fromTime = (v: string) => { try { return v ? fromLocalInput(v, timeZone).toISOString() : undefined; } catch { return undefined; } };
  const kinds = Object.entries(draft.kinds).filter(([, n]) => (n ?? 0) > 0) as [FindingKind, number][];
  const late = remaining(new Date(draft.discoveredAt), now).late;

  return (
    <>
      <Section id="s-reporter" title={t('report.s.reporter')}>
        <div class="row">
          <Text id="reporter-name" label={t('report.f.name')} value={draft.reporter.name} onInput={(v) => set('reporter', { ...draft.reporter, name: v })} />
          <Text id="reporter-role" label={t('report.f.role')} value={draft.reporter.role} onInput={(v) => set('reporter', { ...draft.reporter, role: v })} />
        </div>
        <div class="row">
          <Text id="reporter-unit" label={t('report.f.unit')} value={draft.reporter.unit} choices={units} onInput={(v) => set('reporter', { ...draft.reporter, unit: v })} />
          <Text id="reporter-contact" label={t('report.f.contact')} value={draft.reporter.contact} onInput={(v) => set('reporter', { ...draft.reporter, contact: v })} />
        </div>
      </Section>

      <Section id="s-when" title={t('report.s.when')}>
        <div class="row">
          <Text id="occurred" type="datetime-local" label={t('report.f.occurredAt')} value={time(draft.occurredAt)}
            onInput={(v) => set('occurredAt', fromTime(v))} />
          <Text id="discovered" type="datetime-local" label={t('report.f.discoveredAt')} value={time(draft.discoveredAt)}
            hint={t('report.help.discovered')} onInput={(v) => { const iso = fromTime(v); if (iso) set('discoveredAt', iso); }} />
        </div>
        <div class="row">
          {!draft.ongoing && (
            <Text id="ended" type="datetime-local" label={t('report.f.endedAt')} value={time(draft.endedAt)}
              onInput={(v) => set('endedAt', fromTime(v))} />
          )}
          <div class="field">
            <Check id="ongoing" label={t('report.f.ongoing')} checked={draft.ongoing} onChange={(v) => set('ongoing', v)} />
          </div>
        </div>
        {late && <Area id="delay-reason" label={t('report.f.delayReason')} value={draft.delayReason} onInput={(v) => set('delayReason', v)} />}
      </Section>

      <Section id="s-what" title={t('report.s.what')}>
        <div class="field">
          <span class="label" id="site-label">{t('report.f.site')}</span>
          <output id="site" aria-labelledby="site-label">{draft.source.origin ? `${draft.source.origin}${draft.source.path ?? ''}` : t('report.notGiven')}</output>
        </div>
        <Area id="what" label={t('report.f.whatHappened')} value={draft.whatHappened} hint={t('report.help.noIds')} onInput={(v) => set('whatHappened', v)} />
        <Choice id="cause" label={t('report.f.cause')} value={draft.cause}
          options={[{ value: '', label: '—' }, ...CAUSES.map((c) => ({ value: c, label: t(`report.cause.${c}`) }))]}
          onChange={(v) => set('cause', v)} />
        <Area id="how" label={t('report.f.howItHappened')} value={draft.howItHappened} onInput={(v) => set('howItHappened', v)} />
      </Section>

      <Section id="s-data" title={t('report.s.subjects')}>
        <fieldset>
          <legend>{t('report.f.groups')}</legend>
          {AFFECTED_GROUPS.map((g) => (
            <Check key={g} id={`group-${g}`} label={t(`report.group.${g}`)} checked={draft.affected.groups.includes(g)}
              onChange={(on) => set('affected', { ...draft.affected, groups: toggle(draft.affected.groups, g, on) })} />
          ))}
        </fieldset>
        <div class="row">
          <Count id="persons" label={t('report.f.approxPersons')} value={draft.affected.approxPersons} onInput={(v) => set('affected', { ...draft.affected, approxPersons: v })} />
          <Count id="records" label={t('report.f.approxRecords')} value={draft.affected.approxRecords} onInput={(v) => set('affected', { ...draft.affected, approxRecords: v })} />
        </div>
        <div class="field">
          <span class="label" id="kinds-label">{t('report.f.kinds')}</span>
          {kinds.length
            ? <ul id="kinds" aria-labelledby="kinds-label">{kinds.map(([k, n]) => <li key={k} data-kind={k}>{t('report.kindCount', { kind: t(`kind.${k}`), count: n })}</li>)}</ul>
            : <p id="kinds">{t('report.notGiven')}</p>}
          <p class="hint">{t('report.help.kinds')}</p>
        </div>
        <Check id="faces" label={t('report.f.faces')} checked={draft.imagesWithFaces} onChange={(v) => set('imagesWithFaces', v)} />
        <Text id="other-data" label={t('report.f.otherData')} value={draft.otherData} onInput={(v) => set('otherData', v)} />
        <Area id="where-now" label={t('report.f.whereNow')} value={draft.whereNow} onInput={(v) => set('whereNow', v)} />
      </Section>

      <Section id="s-consequences" title={t('report.s.consequences')}>
        <Area id="consequences" label={t('report.f.consequences')} value={draft.consequences} onInput={(v) => set('consequences', v)} />
        <Choice id="severity" label={t('report.f.severity')} value={draft.severity}
          options={[{ value: '', label: '—' }, ...SEVERITIES.map((s) => ({ value: s, label: t(`report.severity.${s}`) }))]}
          onChange={(v) => set('severity', v)} />
      </Section>

      <Section id="s-measures" title={t('report.s.measures')}>
        <fieldset>
          <legend>{t('report.f.measuresTaken')}</legend>
          {MEASURES.filter((m) => m !== 'other').map((m) => (
            <Check key={m} id={`measure-${m}`} label={t(`report.measure.${m}`)} checked={draft.measures.taken.includes(m)}
              onChange={(on) => set('measures', { ...draft.measures, taken: toggle(draft.measures.taken, m, on) })} />
          ))}
        </fieldset>
        <Area id="measures-text" label={t('report.f.measuresOther')} value={draft.measures.takenText} onInput={(v) => set('measures', { ...draft.measures, takenText: v })} />
        <Area id="planned" label={t('report.f.planned')} value={draft.measures.planned} onInput={(v) => set('measures', { ...draft.measures, planned: v })} />
        <Area id="prevent" label={t('report.f.prevent')} value={draft.measures.prevent} onInput={(v) => set('measures', { ...draft.measures, prevent: v })} />
      </Section>

      <Section id="s-informing" title={t('report.s.informing')}>
        <Choice id="informed" label={t('report.f.informed')} value={draft.informed.status}
          options={INFORMED.map((s) => ({ value: s, label: t(`report.informed.${s}`) }))}
          onChange={(v) => set('informed', { ...draft.informed, status: v ?? 'not-decided' })} />
        {draft.informed.status === 'yes' || draft.informed.status === 'planned'
          ? <Area id="informed-how" label={t('report.f.how')} value={draft.informed.how} onInput={(v) => set('informed', { ...draft.informed, how: v })} />
          : <Area id="informed-why-not" label={t('report.f.whyNot')} value={draft.informed.whyNot} onInput={(v) => set('informed', { ...draft.informed, whyNot: v })} />}
      </Section>

      <Section id="s-contact" title={t('report.s.contact')}>
        <div class="row">
          <Text id="dpo-name" label={`${t('report.f.dpo')}: ${t('report.f.name')}`} value={draft.dpo.name} onInput={(v) => set('dpo', { ...draft.dpo, name: v })} />
          <Text id="dpo-email" type="email" label={`${t('report.f.dpo')}: ${t('report.f.contact')}`} value={draft.dpo.email} onInput={(v) => set('dpo', { ...draft.dpo, email: v })} />
        </div>
        <Check id="phased" label={t('report.f.phased')} checked={draft.phased} onChange={(v) => set('phased', v)} />
      </Section>
    </>
  );
}
