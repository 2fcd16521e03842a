/**
 * The guard engine: intercepts every way a page publishes — clicks and pointer activation,
 * keyboard submit, form submit, file selection, drop and paste of files — in the capture
 * phase on `window`, before the site's own handlers. Clean actions pass synchronously; risky
 * ones are held, explained in the dialog and, when the user goes on, performed again exactly
 * once. Site adapters only say where things are (guard/adapters).
 */
import { browser } from 'wxt/browser';
import { assessRisk } from '../detectors/core/risk';
import type { Finding } from '../detectors/core/finding';
import { countByKind, loadScanner, preloadOnActivity, scannerReady } from './scanner';
import type { Translate } from '../locales';
import type { VarsamMessage, LogResult } from '../messaging/protocol';
import { siteOf } from '../log/site';
import { accessibleName, CONTROL_SELECTOR } from './accessible-name';
import { isPublishName, normaliseName } from './publish-words';
import { openDialog, type DialogHost } from './dialog/mount';
import { showNotice } from './dialog/notice';
import { offerReport } from './dialog/report-offer';
import { summarise } from './dialog/summary';
import type { DialogRecipients, WarningDialogProps } from './dialog/WarningDialog';
import type { SiteAdapter } from './adapters/adapter';
import { assess, gatherContext, journalRuleFor, type ActionKind, type Assessment, type LooseFiles, type Reason } from './assess';
import { closestComposed, deepQueryAll } from './dom';
import { containerOf, editableFields, fieldsText } from './gather-text';
import { fixFile, isImage, needsAttention, setCheckStallTimeout, type FileReport } from './files/inspect';
import { countFaces } from '../files/count-faces';
import { PROGRESS_DELAY_MS, runCheck } from './files/checking';
import { finalisesJournal, isFinaliseName, journalState } from './journal';
import { DEFAULT_SETTINGS, type GuardSettings } from './settings';
import { DEFAULT_POLICY } from '../policy/defaults';
import { decide, type GuardDecision } from '../policy/decide';
import { isAllowlisted } from '../policy/sites';
import type { ActionType } from '../policy/constants';
import type { Decision } from '../log/event';
import type { Policy } from '../policy/schema';
import type { PolicyAnswers } from './dialog/PolicyControls';

/** How long the user's own next activation is let through when a synthetic replay was ignored. */
const NEXT_ACTIVATION_WINDOW_MS = 60_000;

export interface GuardOptions {
  adapter: SiteAdapter;
  t: () => Translate;
  settings?: () => GuardSettings;
  send?: (message: VarsamMessage) => Promise<unknown>;
  /** The effective policy (policy/store.ts keeps it current): modes, allow-list, justification. */
  policy?: () => Policy;
}

/** The assessment with the policy's answer (policy/decide.ts) for it. */
type Decided = Assessment & { decision?: GuardDecision };

interface Allowance {
  control?: Element;
  form?: HTMLFormElement;
  /** The text that was approved: a later activation with other text is checked again. */
  text: string;
  until: number;
  /** A synthetic replay is still expected. */
  synthetic: boolean;
}

interface Hit { control: HTMLElement; action: ActionKind }

const isOurs = (event: Event) =>
  event.composedPath().some((n) => n instanceof Element && n.localName.startsWith('varsam-'));

const stop = (event: Event) => { event.preventDefault(); event.stopImmediatePropagation(); };

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

const LEGAL_BASIS: Record<string, string> = { no: 'guard.journal.basis.no', se: 'guard.journal.basis.se', dk: 'guard.journal.basis.dk' };

export function installGuard({ adapter, t, settings = () => DEFAULT_SETTINGS, send = (m) => browser.runtime.sendMessage(m), policy = () => DEFAULT_POLICY }: GuardOptions): () => void {
  let dialogOpen = false;
  let allowance: Allowance | undefined;
  /** Forms whose submit button was just checked (or allowed): their submit event passes. */
  const passedForms = new Set<HTMLFormElement>();
  /** Events Varsam dispatched itself when re-delivering files. */
  const ourEvents = new WeakSet<Event>();
  /** File inputs whose files are being inspected. */
  /** File inputs whose files are still being checked, each with the check's end (true: the files went to the site). */
  const pendingInputs = new Map<HTMLInputElement, Promise<boolean>>();
  let waitingPublish = false;
  /**
   * A publish while a picked file is still being checked: a form would carry the unchecked file in
   * its file field. The action waits for the check and is then done again (and checked as usual);
   * if the file was not attached after all (cancelled, refused), nothing is sent. A note says
   * so when the wait is noticeable.
   */
  const waitForFileChecks = (event: Event, replay: () => void): boolean => {
    for (const input of pendingInputs.keys()) if (!input.isConnected) pendingInputs.delete(input);
    if (pendingInputs.size === 0) return false;
    stop(event);
    if (waitingPublish) return true; // one action waits; more clicks add nothing
    waitingPublish = true;
    let closeNote: (() => void) | undefined;
    const timer = setTimeout(() => { closeNote = showNotice(t(), t()('files.checking.wait')); }, settings().timing?.progressDelayMs ?? PROGRESS_DELAY_MS);
    void Promise.all([...pendingInputs.values()]).then((attached) => {
      clearTimeout(timer);
      closeNote?.();
      waitingPublish = false;
      if (attached.every(Boolean)) replay();
    });
    return true;
  };
  /** Files dropped or pasted, by where they went (for the checks when the post goes out). */
  let loose: LooseFiles[] = [];
  /** The decision made at pointerdown, reused by the click that follows. */
  let gesture: { control: Element; assessment: Assessment; at: number } | undefined;

  preloadOnActivity();
  const publishNames = new Set((adapter.publishNames ?? []).map(normaliseName));

  function actionFor(control: HTMLElement, name: string): ActionKind {
    if (adapter.kind === 'mail' || /^(send|skicka|send besked|send melding|send message|svar|reply)/i.test(normaliseName(name))) return 'send';
    return 'publish';
  }

  /** The publish/send/finalise control an event is aimed at (the first control on its path decides). */
  function hitOf(event: Event): Hit | undefined {
    const rule = journalRuleFor(settings().journalRules, location.href);
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      if (node === document.body || node === document.documentElement) return undefined;
      if (adapter.notPublish && node.matches(adapter.notPublish)) return undefined;
      if (rule && node.matches(rule.finalise)) return { control: node, action: 'finalise' };
      if (adapter.publish && node.matches(adapter.publish)) return { control: node, action: actionFor(node, accessibleName(node)) };
      if (adapter.journal?.finalise && node.matches(adapter.journal.finalise)) return { control: node, action: 'finalise' };
      if (!node.matches(CONTROL_SELECTOR)) continue;
      const name = accessibleName(node);
      if (isPublishName(name) || publishNames.has(normaliseName(name))) return { control: node, action: actionFor(node, name) };
      if (isFinaliseName(name) && finalisesJournal(name, journalState(closestComposed(node, 'form') ?? containerOf(node)))) return { control: node, action: 'finalise' };
      return undefined;
    }
    return undefined;
  }

  const textOf = (control: Element) => fieldsText(containerOf(control, adapter.composer), adapter.text);

  /** Whether this activation is the approved replay (or the user's own next one). Consumes the allowance. */
  function allowed(control: Element | undefined, form: HTMLFormElement | undefined, event: Event, consume = true): boolean {
    const a = allowance;
    if (!a) return false;
    if (control ? a.control !== control : a.form !== form) return false;
    if (!event.isTrusted && a.synthetic) {
      if (consume) a.synthetic = false;
      return true;
    }
    if (event.isTrusted && Date.now() < a.until && (control ? textOf(control) === a.text : true)) {
      if (consume) allowance = undefined;
      return true;
    }
    return false;
  }

  function markPassed(control: Element) {
    const form = (control as HTMLButtonElement).form ?? closestComposed<HTMLFormElement>(control, 'form');
    if (!form) return;
    passedForms.add(form);
    setTimeout(() => passedForms.delete(form), 0);
  }

  /** The policy's action type for an assessment (policy/schema.ts ACTION_TYPES). */
  function actionTypeOf(a: Assessment): ActionType {
    const c = a.context;
    if (c.action === 'send' || c.recipients) return 'email';
    if (c.action === 'finalise') return 'journal-publish';
    const image = c.files.some((f) => f.image);
    if (c.action === 'attach') return image ? 'photo-upload' : 'file-upload';
    if (adapter.policyAction) return adapter.policyAction;
    return image ? 'photo-upload' : c.files.length > 0 ? 'file-upload' : 'post';
  }

  /** Applies the policy: allow-listed sites and mode `off` pass; otherwise the mode decides the dialog. */
  function withPolicy(a: Assessment): Decided {
    if (!a.hold) return a;
    const p = policy();
    if (isAllowlisted(location.href, p)) return { ...a, hold: false };
    // Faces in attached photos bring in the policy's photo rules (consent, protected identity).
    const faces = a.context.files.reduce((n, f) => n + countFaces(f.detail), 0);
    const decision = decide(actionTypeOf(a), { hold: true, specialKinds: assessRisk(a.findings).specialKinds }, p, { faces });
    return decision.mode === 'pass' ? { ...a, hold: false } : { ...a, decision };
  }

  function evaluate(control: Element, action: ActionKind): Decided {
    const s = settings();
    try {
      return withPolicy(assess(gatherContext(control, adapter, action, s, loose), adapter, s));
    } catch {
      // Fail safe: a check that throws never lets the action through silently; policy's
      // scanFailure decides between confirm and block.
      const failed: Assessment = {
        hold: true, reasons: [{ key: 'scan.failed' }], scanned: '', findings: [], externals: [], confirmChildren: false,
        context: { action, container: document, text: '', files: [], audience: 'unknown' },
      };
      return { ...failed, decision: decide(actionTypeOf(failed), { hold: true, specialKinds: [] }, policy(), { scanFailed: true }) };
    }
  }

  function cleanPass() {
    loose = [];
    void send({ type: 'varsam:clean-pass', origin: location.origin }).catch(() => undefined);
  }

  // ---------------------------------------------------------------- click and pointer activation
  const onPointer = (event: Event) => {
    if (isOurs(event) || ourEvents.has(event)) return;
    const hit = hitOf(event);
    if (!hit) return;
    if (dialogOpen) { stop(event); return; }
    if (allowed(hit.control, undefined, event, false)) return;
    if (pendingInputs.size > 0) { stop(event); return; } // the click that follows says why
    if (!scannerReady()) return; // the click that follows waits for the scanner
    if (event.type === 'pointerdown' || event.type === 'mousedown' || event.type === 'touchstart') {
      if (!gesture || gesture.control !== hit.control || Date.now() - gesture.at > 50) {
        gesture = { control: hit.control, assessment: evaluate(hit.control, hit.action), at: Date.now() };
      }
    }
    if (gesture && gesture.control === hit.control && Date.now() - gesture.at < 5000 && gesture.assessment.hold) stop(event);
  };

  const onClick = (event: MouseEvent) => {
    if (isOurs(event) || ourEvents.has(event)) return;
    const hit = hitOf(event);
    if (!hit) return;
    // A second click while the dialog is open does nothing.
    if (dialogOpen) { stop(event); return; }
    if (allowed(hit.control, undefined, event)) { markPassed(hit.control); return; }
    if (waitForFileChecks(event, () => (hit.control as HTMLElement).click())) return;
    if (!scannerReady()) {
      // Rare: a publish before any other activity on the page. Hold it, load the detectors, then check it as usual.
      stop(event);
      const control = hit.control;
      void loadScanner().then(() => control.click(), () => undefined);
      return;
    }
    const cached = gesture && gesture.control === hit.control && Date.now() - gesture.at < 5000 ? gesture.assessment : undefined;
    gesture = undefined;
    const assessment = cached ?? evaluate(hit.control, hit.action);
    if (!assessment.hold) { markPassed(hit.control); cleanPass(); return; }
    stop(event);
    hold(assessment, hit.control, textOf(hit.control), () => { allowance!.synthetic = true; (hit.control as HTMLElement).click(); });
  };

  // ---------------------------------------------------------------- keyboard submit
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing || isOurs(event) || ourEvents.has(event)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const mode = ctrl ? 'ctrl-enter' : event.shiftKey || event.altKey ? undefined : 'enter';
    if (!mode) return;
    const field = target.matches(EDITABLE) ? target : closestComposed<HTMLElement>(target, EDITABLE) ?? (target.isContentEditable ? target : null);
    if (!field) return; // Enter on a button is a click; Enter in a single-line input submits its form (below)
    const keys = adapter.submitKeys ?? ['ctrl-enter'];
    if (!keys.includes(mode)) return;
    if (adapter.text && !closestComposed(field, adapter.text) && !editableFields(containerOf(field, adapter.composer), adapter.text).includes(field)) return;
    const container = containerOf(field, adapter.composer);
    const controls = adapter.publish ? deepQueryAll<HTMLElement>(container, adapter.publish) : [];
    const control = controls[0] ?? deepQueryAll<HTMLElement>(container, CONTROL_SELECTOR).find((c) => isPublishName(accessibleName(c)) || publishNames.has(normaliseName(accessibleName(c))));
    if (!control && !adapter.submitKeys) return; // generic: only where the composer has a publish control
    if (dialogOpen) { stop(event); return; }
    const again: KeyboardEventInit = { key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true };
    if (waitForFileChecks(event, () => target.dispatchEvent(new KeyboardEvent('keydown', again)))) return;
    if (!scannerReady()) {
      stop(event);
      void loadScanner().then(() => target.dispatchEvent(new KeyboardEvent('keydown', again)), () => undefined);
      return;
    }
    const assessment = evaluate(control ?? field, control ? actionFor(control, accessibleName(control)) : 'publish');
    if (!assessment.hold) { cleanPass(); return; }
    stop(event);
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
    hold(assessment, control ?? field, textOf(control ?? field), () => {
      if (control) { allowance!.synthetic = true; control.click(); return; }
      allowance = undefined;
      const replay = new KeyboardEvent('keydown', init);
      ourEvents.add(replay);
      target.dispatchEvent(replay);
    });
  };

  // ---------------------------------------------------------------- form submit
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || isOurs(event) || ourEvents.has(event)) return;
    if (passedForms.has(form)) return;
    if (dialogOpen) { stop(event); return; }
    if (form.querySelector('input[type="password"]')) return; // log-in forms
    if (form.matches('[role="search"], [role="search"] form') || form.querySelector('input[type="search"]')) return; // searching is not publishing
    if (allowed(undefined, form, event)) return;
    const submitter = event.submitter instanceof HTMLElement ? event.submitter : undefined;
    if (waitForFileChecks(event, () => form.requestSubmit(submitter as HTMLButtonElement | undefined))) return;
    if (!scannerReady()) {
      stop(event);
      void loadScanner().then(() => form.requestSubmit(submitter as HTMLButtonElement | undefined), () => undefined);
      return;
    }
    const name = submitter ? accessibleName(submitter) : '';
    const action: ActionKind = submitter && finalisesJournal(name, journalState(form)) ? 'finalise' : actionFor(form, name);
    const anchor = submitter ?? editableFields(form)[0] ?? form;
    const assessment = evaluate(anchor, action);
    if (!assessment.hold) { cleanPass(); return; }
    stop(event);
    hold(assessment, submitter ?? form, '', () => {
      allowance = { form, text: '', until: Date.now() + NEXT_ACTIVATION_WINDOW_MS, synthetic: true };
      form.requestSubmit(submitter as HTMLButtonElement | undefined);
    });
  };

  // ---------------------------------------------------------------- files: selection, drop, paste
  async function checkFiles(files: File[], deliver: (reports: FileReport[]) => void, refuse: () => void) {
    const timing = settings().timing;
    setCheckStallTimeout(timing?.checkStallMs);
    // Long checks show a status with Cancel (guard/files/checking.tsx); the user may go on writing meanwhile.
    const run = runCheck(files, { t, delayMs: timing?.progressDelayMs, mayShow: () => !dialogOpen });
    let outcome: FileReport[] | 'cancelled' | 'failed';
    try {
      outcome = await run.result;
    } catch {
      outcome = 'failed';
    }
    if (outcome === 'failed') {
      // The check itself broke: held as "could not check" (policy's scanFailure), never passed silently, never left pending.
      const failed: Assessment = {
        hold: true, reasons: [{ key: 'scan.failed' }], scanned: '', findings: [], externals: [], confirmChildren: false,
        context: { action: 'attach', container: document, text: '', files: [], audience: 'unknown' },
      };
      const unread = files.map((file): FileReport => ({ file, text: file.name, findings: [], image: isImage(file) }));
      hold({ ...failed, decision: decide(actionTypeOf(failed), { hold: true, specialKinds: [] }, policy(), { scanFailed: true }) },
        undefined, '', () => { allowance = undefined; deliver(unread); }, refuse, undefined, run.host());
      return;
    }
    if (outcome === 'cancelled') {
      // Never delivered, never passed silently: the input is cleared, drop/paste not re-dispatched.
      await run.close();
      refuse();
      showNotice(t(), t()(files.length > 1 ? 'files.checking.cancelledMany' : 'files.checking.cancelled'));
      void logDecision(files.some(isImage) ? 'photo-upload' : 'file-upload', 'check-cancelled', {});
      return;
    }
    let reports = outcome;
    const holds = (f: Finding[]) => assessRisk(f).hold;
    // Personal data in the text, a photo's location or faces, or a file that could not be read.
    const risky = reports.filter((r) => needsAttention(r, holds));
    if (risky.length === 0 || dialogOpen) {
      await run.close(true);
      if (risky.length === 0) deliver(reports); else refuse();
      return;
    }
    const scanned = risky.map((r) => r.text).join('\n');
    const findings: Finding[] = [];
    let offset = 0;
    for (const r of risky) { findings.push(...r.findings.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }))); offset += r.text.length + 1; }
    const facesLeft = (list: FileReport[]) => list.some((r) => countFaces(r.detail) > 0);
    const personal = risky.filter((r) => holds(r.findings)).map((r) => r.file.name);
    const base: Assessment = {
      hold: true, reasons: personal.length ? [{ key: 'files.personal', names: personal }] : [], scanned, findings,
      externals: [], confirmChildren: settings().childConfirmations !== 'off' && facesLeft(risky),
      context: { action: 'attach', container: document, text: '', files: reports, audience: 'unknown' },
    };
    // A file that could not be read: policy's scanFailure (confirm or block), never a silent pass.
    const assessment: Decided = risky.some((r) => r.detail?.problem)
      ? { ...base, decision: decide(actionTypeOf(base), { hold: true, specialKinds: assessRisk(findings).specialKinds }, policy(), { scanFailed: true }) }
      : withPolicy(base);
    if (!assessment.hold) { await run.close(true); deliver(reports); return; }
    hold(assessment, undefined, '', () => { allowance = undefined; deliver(reports); }, refuse, {
      reports: risky,
      fix: fixFile,
      onChange: (updated) => { reports = reports.map((r) => updated.find((u) => u.file === r.file) ?? r); },
      facesLeft,
    }, run.host());
  }

  const delivered = (reports: FileReport[]) => reports.map((r) => r.replacement ?? r.file);

  const onFileInput = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || ourEvents.has(event)) return;
    stop(event);
    if (pendingInputs.has(input)) return; // the `change` that follows `input`
    const files = [...(input.files ?? [])];
    const redispatch = () => {
      for (const type of ['input', 'change']) {
        const e = new Event(type, { bubbles: true, composed: type === 'input' });
        ourEvents.add(e);
        input.dispatchEvent(e);
      }
    };
    if (files.length === 0) { redispatch(); return; }
    let settle!: (attached: boolean) => void;
    pendingInputs.set(input, new Promise<boolean>((resolve) => { settle = resolve; }));
    const done = (attached: boolean) => { pendingInputs.delete(input); settle(attached); };
    void checkFiles(files, (reports) => {
      done(true);
      if (reports.some((r) => r.replacement)) {
        const dt = new DataTransfer();
        for (const f of delivered(reports)) dt.items.add(f);
        input.files = dt.files;
      }
      redispatch();
    }, () => { done(false); input.value = ''; });
  };

  const onDrop = (event: DragEvent) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0 || ourEvents.has(event) || isOurs(event)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Node)) return;
    stop(event);
    const { clientX, clientY, screenX, screenY } = event;
    void checkFiles(files, (reports) => {
      const dt = new DataTransfer();
      for (const f of delivered(reports)) dt.items.add(f);
      loose.push({ target, reports });
      for (const type of ['drop'] as const) {
        const e = new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt, clientX, clientY, screenX, screenY });
        ourEvents.add(e);
        target.dispatchEvent(e);
      }
    }, () => undefined);
  };

  const onPaste = (event: ClipboardEvent) => {
    const data = event.clipboardData;
    const files = [...(data?.files ?? [])];
    if (!data || files.length === 0 || ourEvents.has(event) || isOurs(event)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Node)) return;
    const strings = data.types.filter((type) => type !== 'Files').map((type) => [type, data.getData(type)] as const);
    stop(event);
    void checkFiles(files, (reports) => {
      const dt = new DataTransfer();
      for (const [type, value] of strings) dt.setData(type, value);
      for (const f of delivered(reports)) dt.items.add(f);
      loose.push({ target, reports });
      const e = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dt });
      ourEvents.add(e);
      target.dispatchEvent(e);
    }, () => undefined);
  };

  // ---------------------------------------------------------------- the dialog
  function reasonText(translate: Translate, r: Reason): string {
    switch (r.key) {
      case 'personal': return translate('guard.reason.personal');
      case 'audience.public': return translate('guard.reason.public');
      case 'mail.external': return translate('guard.reason.external', { count: r.count });
      case 'mail.visible': return translate('guard.reason.visible', { count: r.count });
      case 'mail.subjectId': return translate('guard.reason.subjectId');
      case 'journal.public': return translate(r.cause === 'toggle-on' ? 'guard.reason.journalPublic' : 'guard.reason.journalNotExempt');
      case 'files.personal': return translate('guard.reason.files', { names: r.names.join(', ') });
      case 'children': return translate('guard.reason.children');
      case 'sensitive': return translate('guard.reason.sensitive');
      case 'scan.failed': return translate('guard.reason.scanFailed');
    }
  }

  function hold(
    assessment: Decided, control: HTMLElement | undefined, text: string, replay: () => void, refuse: () => void = () => undefined,
    files?: WarningDialogProps['files'], host?: DialogHost,
  ) {
    dialogOpen = true;
    const translate = t();
    const { context } = assessment;
    const action = context.action;
    const blocked = assessment.decision?.mode === 'block';
    const record = (decision: 'cancelled' | 'overridden' | 'blocked', answers?: PolicyAnswers): Promise<LogResult> =>
      logDecision(actionTypeOf(assessment), decision, countByKind(assessment.findings), answers);
    const journalReason = assessment.reasons.find((r) => r.key === 'journal.public');
    const recipients: DialogRecipients | undefined = context.recipients
      ? { ...context.recipients, external: assessment.externals }
      : undefined;
    const syntheticReplay = adapter.replay === 'synthetic' || action === 'attach';
    const close = openDialog({
      t: translate,
      title: action === 'publish' ? translate('dialog.title') : translate(`guard.title.${action}`),
      reasons: assessment.reasons.map((r) => reasonText(translate, r)),
      groups: summarise(assessment.scanned, assessment.findings),
      recipients,
      basis: journalReason && journalReason.key === 'journal.public' ? translate(LEGAL_BASIS[journalReason.country]!) : undefined,
      confirmChildren: assessment.confirmChildren || (assessment.decision?.requireConfirmations.length ?? 0) > 0,
      blocked,
      files,
      requireJustification: assessment.decision?.requireJustification ?? false,
      proceedLabel: translate(`guard.proceed.${action}`),
      hint: action === 'attach' ? translate('guard.hint.attach') : translate(syntheticReplay ? 'dialog.replayHint' : 'dialog.nextActivationHint'),
      onCancel: () => {
        dialogOpen = false;
        close();
        refuse();
        void record(blocked ? 'blocked' : 'cancelled');
      },
      onProceed: async (answers) => {
        if (blocked) return translate('dialog.blocked');
        const logged = await record('overridden', answers);
        if (!logged.ok) return logged.storageFull ? translate('dialog.storageFull') : translate('dialog.logFailed', { error: logged.error });
        dialogOpen = false;
        close();
        allowance = { control, text, until: Date.now() + NEXT_ACTIVATION_WINDOW_MS, synthetic: false };
        if (syntheticReplay) replay();
        if (action !== 'attach') loose = [];
        // "Was it a mistake?": one click to a breach report prefilled from this very log entry.
        if (action !== 'attach') offerReport(translate, () => void send({ type: 'varsam:open-report', eventId: logged.id, pageUrl: location.href }).catch(() => undefined));
        return undefined;
      },
    }, control, host);
  }

  /** Writes a decision to the content-free log (time, site, action, adapter, decision, kinds with counts). */
  async function logDecision(action: ActionType, decision: Decision, kinds: Partial<Record<string, number>>, answers?: PolicyAnswers): Promise<LogResult> {
    const { origin, path } = siteOf(location.href);
    try {
      const result = (await send({
        type: 'varsam:log-event',
        event: {
          time: new Date().toISOString(), origin, path, action, adapter: adapter.id, decision, kinds,
          confirmations: answers?.confirmations ?? [],
          ...(answers?.justification ? { justification: answers.justification } : {}),
        },
      })) as LogResult | undefined;
      return result ?? { ok: false, error: 'no answer from the extension' };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }

  const listeners: Array<[string, (e: never) => void]> = [
    ['pointerdown', onPointer], ['mousedown', onPointer], ['pointerup', onPointer], ['mouseup', onPointer],
    ['click', onClick], ['keydown', onKeydown], ['submit', onSubmit],
    ['input', onFileInput], ['change', onFileInput], ['drop', onDrop], ['paste', onPaste],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn as EventListener, true);
  return () => { for (const [type, fn] of listeners) window.removeEventListener(type, fn as EventListener, true); };
}
