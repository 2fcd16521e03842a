import type { ComponentChildren } from 'preact';

/** Labelled form controls: every control has a visible <label>, hints are tied in with aria-describedby. */
export function Text({ id, label, value, onInput, hint, type = 'text', readOnly, choices }: {
  id: string; label: string; value: string; onInput: (v: string) => void; hint?: string; type?: 'text' | 'email' | 'datetime-local'; readOnly?: boolean;
  /** Suggestions (a <datalist>). */
  choices?: string[];
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type={type as "text"} value={value} readOnly={readOnly} aria-describedby={hint ? `${id}-hint` : undefined}
        list={choices?.length ? `${id}-choices` : undefined} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      {!!choices?.length && <datalist id={`${id}-choices`}>{choices.map((c) => <option key={c} value={c} />)}</datalist>}
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

export function Area({ id, label, value, onInput, hint }: {
  id: string; label: string; value: string; onInput: (v: string) => void; hint?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={value} aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

export function Check({ id, label, checked, onChange, children }: {
  id: string; label: string; checked: boolean; onChange: (v: boolean) => void; children?: ComponentChildren;
}) {
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

export function Choice<T extends string>({ id, label, value, options, onChange }: {
  id: string; label: string; value: T | undefined; options: { value: T | ''; label: string }[]; onChange: (v: T | undefined) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(((e.target as HTMLSelectElement).value || undefined) as T | undefined)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A number field that stores `undefined` when empty. */
export function Count({ id, label, value, onInput }: { id: string; label: string; value: number | undefined; onInput: (v: number | undefined) => void }) {
  return (
    <div class="field narrow">
      <label for={id}>{label}</label>
      <input id={id} type="number" min={0} inputMode="numeric" value={value ?? ''}
        onInput={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          const n = Number.parseInt(raw, 10);
          onInput(raw === '' || !Number.isFinite(n) || n < 0 ? undefined : n);
        }} />
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
