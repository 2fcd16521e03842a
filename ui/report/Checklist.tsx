import type { Translate } from '../../locales';
import { formatInZone } from '../../report/deadline';
import { CHECKLIST_STEPS, tick, type Incident } from '../../report/model';

/** The follow-up steps (seeds 001 and 003); each tick records when it was done. */
export function Checklist({ t, draft, update, timeZone, locale }: {
  t: Translate; draft: Incident; update: (f: (d: Incident) => Incident) => void; timeZone: string; locale: string;
}) {
  return (
    <ol class="checklist" id="checklist">
      {CHECKLIST_STEPS.map((step) => {
        const at = draft.checklist[step];
        return (
          <li key={step} data-step={step} data-done={String(!!at)}>
            <input id={`step-${step}`} type="checkbox" checked={!!at}
              onChange={(e) => update((d) => tick(d, step, (e.target as HTMLInputElement).checked, new Date()))} />
            <label for={`step-${step}`}>{t(`report.step.${step}`)}</label>
            {at && <span class="done"> ({t('report.step.doneAt', { time: formatInZone(new Date(at), timeZone, locale) })})</span>}
          </li>
        );
      })}
    </ol>
  );
}
