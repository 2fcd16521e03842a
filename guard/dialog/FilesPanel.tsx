/**
 * The files part of the warning dialog: findings per file and page/sheet, problems (encrypted,
 * corrupt, HEIC), photos with their face boxes, and the fixes (remove location, blur faces)
 * with before/after. Thumbnails are drawn on <canvas> from bytes, so a site's CSP (img-src)
 * cannot hide them.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../locales';
import type { FaceBox, FileReport as FileDetail } from '../../files/types';
import type { FileReport } from '../files/inspect';

export interface FilesPanelProps {
  t: Translate;
  reports: FileReport[];
  /** Applies a fix; resolves to the new report or an error message. */
  fix: (report: FileReport, fix: 'strip' | 'blur', faces?: FaceBox[]) => Promise<FileReport | string>;
  /** Reports changed (a fix was applied): the guard delivers replacements. */
  onChange: (reports: FileReport[]) => void;
  /** Progress of a running fix, e.g. "Blurring faces…". */
  progress?: string;
}

function Thumb({ thumb, faces, photoWidth, label, selected, id }: {
  thumb: { bytes: Uint8Array; width: number; height: number }; faces?: FaceBox[]; photoWidth?: number; label: string; selected?: boolean[]; id: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let stop = false;
    void createImageBitmap(new Blob([thumb.bytes as BlobPart], { type: 'image/jpeg' })).then((img) => {
      if (stop) return;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const s = photoWidth ? canvas.width / photoWidth : 1;
      (faces ?? []).forEach((f, i) => {
        ctx.lineWidth = 2;
        ctx.strokeStyle = selected && !selected[i] ? '#999' : '#ffcc00';
        ctx.strokeRect(f.x * s, f.y * s, f.width * s, f.height * s);
        ctx.fillStyle = '#ffcc00';
        ctx.font = 'bold 12px system-ui, sans-serif';
        ctx.fillText(String(i + 1), f.x * s + 3, f.y * s + 13);
      });
    }).catch(() => undefined);
    return () => { stop = true; };
  }, [thumb, faces, selected]);
  const w = Math.min(240, thumb.width);
  const h = Math.round((thumb.height * w) / thumb.width);
  return <canvas ref={ref} id={id} class="thumb" width={w} height={h} role="img" aria-label={label} />;
}

/** Numbers for the problem's message: scanned pages past the OCR limit (count, the first one, how many were read). */
const problemParams = (d: FileDetail) => {
  const notRead = d.pagesNotRead ?? [];
  return { count: notRead.length, first: notRead[0] ?? 0, max: (d.pagesWithoutText?.length ?? 0) - notRead.length };
};

function FileEntry({ t, report, index, fix, replace, busy, setBusy }: {
  t: Translate; report: FileReport; index: number;
  fix: FilesPanelProps['fix']; replace: (r: FileReport) => void; busy: boolean; setBusy: (b: string | undefined) => void;
}) {
  const d = report.detail;
  const faces = d?.photo?.faces ?? [];
  const [selected, setSelected] = useState<boolean[]>(() => faces.map(() => true));
  const [error, setError] = useState<string>();
  useEffect(() => setSelected(faces.map(() => true)), [faces.length]);
  const location = d?.photo?.fields.includes('GPS');
  const otherMeta = (d?.photo?.fields ?? []).filter((f) => f !== 'GPS');
  // A picture inside an e-mail cannot be fixed here (the e-mail would have to be rewritten).
  const mail = d?.type === 'eml' || d?.type === 'msg';

  const run = async (what: 'strip' | 'blur') => {
    setError(undefined);
    setBusy(t(what === 'strip' ? 'files.working.strip' : 'files.working.blur'));
    const picked = what === 'blur' && selected.some((s) => !s) ? faces.filter((_, i) => selected[i]) : undefined;
    const result = await fix(report, what, picked);
    setBusy(undefined);
    if (typeof result === 'string') setError(t('files.fixFailed'));
    else replace(result);
  };

  // Inside an e-mail: "vedlegg.pdf › Page 3".
  const unitLabel = (unit: string, label: string, within?: string[]) =>
    within?.length ? t('files.within', { path: within.join(' › '), where: t(`files.unit.${unit}`, { label }) }) : t(`files.unit.${unit}`, { label });
  return (
    <li class="file" data-file={report.file.name} data-index={index}>
      <strong class="file-name">{report.file.name}</strong>
      {d?.problem && <p class="problem" data-problem={d.problem}>
        {d.problemIn && `${t('files.attachment', { path: d.problemIn.join(' › ') })} `}{t(`files.problem.${d.problem}`, problemParams(d))}</p>}
      {d && d.parts.length > 0 && (
        <ul class="parts">
          {d.parts.map((p, i) => {
            const kinds = new Map<string, number>();
            for (const f of p.findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
            return (
              <li key={i} data-unit={p.unit} data-label={p.label}>
                {unitLabel(p.unit, p.label, p.within)}: {[...kinds].map(([k, n]) => `${t(`kind.${k}`)} (${n})`).join(', ')}
              </li>
            );
          })}
        </ul>
      )}
      {location && <p class="gps" data-gps="true">{t('files.photo.location')}</p>}
      {d?.attachedPhotos?.map((a, i) => (
        <Fragment key={i}>
          {a.photo.fields.length > 0 && <p class="gps" data-attached={a.within.join(' › ')}>
            {t('files.attachment', { path: a.within.join(' › ') })} {a.photo.fields.includes('GPS') ? t('files.photo.location') : t('files.photo.metadata', { fields: a.photo.fields.join(', ') })}
          </p>}
          {(a.photo.faces?.length ?? 0) > 0 && <p class="faces" data-attached-faces={a.within.join(' › ')} data-faces={a.photo.faces!.length}>
            {t('files.attachment', { path: a.within.join(' › ') })} {t('files.photo.faces', { count: a.photo.faces!.length })}
          </p>}
        </Fragment>
      ))}
      {mail && (d?.attachedPhotos?.length ?? 0) > 0 && <p class="hint" data-hint="remove-attached-photo">{t('files.mail.removePhoto')}</p>}
      {otherMeta.length > 0 && <p class="meta">{t('files.photo.metadata', { fields: otherMeta.join(', ') })}</p>}
      {d?.photo?.facesChecked && faces.length > 0 && <p class="faces" data-faces={faces.length}>{t('files.photo.faces', { count: faces.length })}</p>}
      {report.fixed?.includes('strip') && !location && <p class="done" data-done="strip">{t('files.done.strip')}</p>}
      {report.fixed?.includes('blur') && <p class="done" data-done="blur">{faces.length === 0 ? t('files.done.blur') : t('files.done.blurPartly', { count: faces.length })}</p>}
      {report.thumbnail && (
        <div class="thumbs">
          {report.before && (
            <figure><Thumb id={`varsam-before-${index}`} thumb={report.before} faces={report.before.faces} photoWidth={d?.photo?.width} label={t('files.before')} />
              <figcaption>{t('files.before')}</figcaption></figure>
          )}
          <figure><Thumb id={`varsam-thumb-${index}`} thumb={report.thumbnail} faces={faces} photoWidth={d?.photo?.width} selected={selected} label={report.before ? t('files.after') : report.file.name} />
            {report.before && <figcaption>{t('files.after')}</figcaption>}</figure>
        </div>
      )}
      {faces.length > 1 && (
        <fieldset class="pick">
          <legend>{t('files.pickFaces')}</legend>
          {faces.map((_, i) => (
            <label key={i}><input type="checkbox" id={`varsam-face-${index}-${i}`} checked={selected[i] ?? true}
              onChange={(e) => setSelected(selected.map((s, j) => (j === i ? (e.target as HTMLInputElement).checked : s)))} /> {t('files.face', { n: i + 1 })}</label>
          ))}
        </fieldset>
      )}
      {!mail && (location || otherMeta.length > 0 || faces.length > 0) && (
        <div class="fixes">
          {(location || otherMeta.length > 0) && (
            <button type="button" class="secondary" id={`varsam-strip-${index}`} disabled={busy} onClick={() => void run('strip')}>{t('files.fix.strip')}</button>
          )}
          {faces.length > 0 && (
            <button type="button" class="secondary" id={`varsam-blur-${index}`} disabled={busy || !selected.some(Boolean)} onClick={() => void run('blur')}>
              {selected.every(Boolean) ? t('files.fix.blurAll') : t('files.fix.blurPicked', { count: selected.filter(Boolean).length })}
            </button>
          )}
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </li>
  );
}

export function FilesPanel({ t, reports: initial, fix, onChange }: FilesPanelProps) {
  const [reports, setReports] = useState(initial);
  const [busy, setBusy] = useState<string>();
  return (
    <div id="varsam-files" class="files">
      <ul class="file-list">
        {reports.map((r, i) => (
          <FileEntry key={i} t={t} report={r} index={i} fix={fix} busy={Boolean(busy)} setBusy={setBusy}
            replace={(next) => { const all = reports.map((x, j) => (j === i ? next : x)); setReports(all); onChange(all); }} />
        ))}
      </ul>
      {busy && <p class="progress" role="status" id="varsam-file-progress">{busy}</p>}
    </div>
  );
}

export const FILES_CSS = `
.files .file-list { list-style: none; padding: 0; margin: .5rem 0; }
.files .file { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; }
.files .parts { margin: .25rem 0; padding-left: 1.2rem; }
.files .problem { color: #b3261e; font-weight: 600; }
.files .hint { font-style: italic; }
.files .done { color: #1b6e20; font-weight: 600; }
.files .thumbs { display: flex; gap: .5rem; flex-wrap: wrap; }
.files figure { margin: .25rem 0; }
.files figcaption { font-size: .8rem; }
.files canvas.thumb { max-width: 100%; border-radius: 4px; display: block; }
.files .fixes { display: flex; gap: .5rem; flex-wrap: wrap; margin: .5rem 0; }
.files .fixes button { padding: .3rem .7rem; }
.files fieldset.pick { border: 1px solid #ccc; border-radius: 6px; margin: .25rem 0; padding: .25rem .5rem; }
.files fieldset.pick label { margin-right: .75rem; }
`;
