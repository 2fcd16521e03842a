/**
 * What is about to go out, and whether to hold it. Gathering is synchronous and cheap (clean
 * actions must not be slowed); file contents come from the inspection cache.
 */
import { assessRisk } from '../detectors/core/risk';
import type { Finding } from '../detectors/core/finding';
import { scan } from './scanner';
import type { SiteAdapter } from './adapters/adapter';
import { closestComposed, containsComposed, deepQueryAll } from './dom';
import { containerOf, editableFields, textOfField } from './gather-text';
import { cachedReport, isImage, type FileReport } from './files/inspect';
import { countFaces } from '../files/count-faces';
import { journalState, type JournalState } from './journal';
import { gatherRecipients, isInternal, subjectField, type Recipients } from './recipients';
import type { GuardSettings, JournalRule } from './settings';
import { labelOf } from './dom';

export type ActionKind = 'publish' | 'send' | 'finalise' | 'attach';
export type Audience = 'public' | 'restricted' | 'unknown';

export interface ActionContext {
  action: ActionKind;
  container: ParentNode;
  /** Body text (without recipients and subject). */
  text: string;
  subject?: string;
  files: FileReport[];
  recipients?: Recipients;
  audience: Audience;
  journal?: JournalState;
  /** The adapter's "sensitive" checkbox: ticked, not ticked, or not on the page. */
  sensitive?: boolean;
}

export type Reason =
  | { key: 'personal' }
  | { key: 'audience.public' }
  | { key: 'mail.external'; count: number }
  | { key: 'mail.visible'; count: number }
  | { key: 'mail.subjectId' }
  | { key: 'journal.public'; cause: JournalState['cause']; country: JournalState['country'] }
  | { key: 'files.personal'; names: string[] }
  | { key: 'children' }
  | { key: 'sensitive' }
  | { key: 'scan.failed' };

export interface Assessment {
  hold: boolean;
  reasons: Reason[];
  /** The text the findings' offsets point into (body, subject, file texts). Never logged. */
  scanned: string;
  findings: Finding[];
  context: ActionContext;
  externals: string[];
  /** Ask the two child questions (protected identity, guardians' consent) before going on. */
  confirmChildren: boolean;
}

const PUBLIC_WORDS = /\b(public|offentlig|offentleg|offentligt|alle|alla|anyone|everyone|enhver|vem som helst|hvem som helst|alle kan se)\b/i;

function audienceOf(adapter: SiteAdapter, container: ParentNode): Audience {
  const a = adapter.audience;
  if (!a) return 'unknown';
  if (a.public) {
    return deepQueryAll(document, a.public).length > 0 || (document.documentElement.matches(a.public)) ? 'public' : 'restricted';
  }
  if (a.label) {
    const labels = [...deepQueryAll(container, a.label), ...deepQueryAll(document, a.label)];
    if (labels.length === 0) return 'unknown';
    return labels.some((l) => PUBLIC_WORDS.test(labelOf(l) + ' ' + (l.textContent ?? ''))) ? 'public' : 'restricted';
  }
  return 'unknown';
}

/** Files known to be attached inside `container`: the files of its file inputs and those dropped or pasted there. */
export interface LooseFiles { target: Node; reports: FileReport[] }

function attachedFiles(adapter: SiteAdapter, container: ParentNode, loose: LooseFiles[]): FileReport[] {
  const out: FileReport[] = [];
  const selector = adapter.attachments ? `${adapter.attachments}, input[type="file"]` : 'input[type="file"]';
  for (const el of deepQueryAll<HTMLInputElement>(container, selector)) {
    if (!(el instanceof HTMLInputElement) || el.type !== 'file') continue;
    for (const f of el.files ?? []) {
      out.push(cachedReport(f) ?? { file: f, text: f.name, findings: scan(f.name), image: isImage(f) });
    }
  }
  for (const l of loose) {
    if (container === document || containsComposed(container as Node, l.target)) out.push(...l.reports);
  }
  return out;
}

export function journalRuleFor(rules: JournalRule[], href: string): JournalRule | undefined {
  return rules.find((r) => { try { return new RegExp(r.urlPattern).test(href); } catch { return false; } });
}

function sensitiveState(container: ParentNode, selector: string): boolean | undefined {
  const box = deepQueryAll<HTMLInputElement>(container, selector)[0] ?? deepQueryAll<HTMLInputElement>(document, selector)[0];
  return box ? box.checked : undefined;
}

export function gatherContext(
  control: Element, adapter: SiteAdapter, action: ActionKind, settings: GuardSettings, loose: LooseFiles[],
): ActionContext {
  const rule = journalRuleFor(settings.journalRules, location.href);
  let container: ParentNode = containerOf(control, adapter.composer);
  if (rule && action === 'finalise') container = closestComposed(control, 'form') ?? document;
  const recipients = gatherRecipients(container, adapter.recipients);
  const subjectEl = subjectField(container, adapter.subject);
  const exclude = new Set<Element>();
  if (subjectEl) exclude.add(subjectEl);
  if (recipients) {
    for (const el of deepQueryAll(container, 'input, textarea, [contenteditable="true"], [role="combobox"]')) {
      if (/^(to|til|till|cc|kopi|kopia|bcc|blindkopi|blindkopia|mottaker|mottagare|modtager)/i.test(labelOf(el)) || ['to', 'cc', 'bcc'].includes(el.getAttribute('name') ?? '')) exclude.add(el);
    }
  }
  const textSelector = rule?.text ?? adapter.text;
  let fields = textSelector ? editableFields(container, textSelector) : [];
  if (fields.length === 0) fields = editableFields(container);
  const text = fields.filter((f) => !exclude.has(f) && ![...exclude].some((e) => e.contains(f))).map(textOfField).filter((t) => t.trim()).join('\n');
  const journal = action === 'finalise' || adapter.kind === 'journal' || rule
    ? journalState(container, { publicToggle: rule?.publicToggle ?? adapter.journal?.publicToggle, exemption: rule?.exemption ?? adapter.journal?.exemption })
    : undefined;
  return {
    action, container, text, subject: subjectEl?.value, recipients,
    files: attachedFiles(rule?.attachments ? { ...adapter, attachments: rule.attachments } : adapter, container, loose),
    audience: audienceOf(adapter, container), journal,
    sensitive: adapter.sensitive ? sensitiveState(container, adapter.sensitive) : undefined,
  };
}

/** Decides whether to hold, and why. Pure apart from the context it is given. */
export function assess(context: ActionContext, adapter: SiteAdapter, settings: GuardSettings): Assessment {
  const parts = [context.text, context.subject ?? '', ...context.files.map((f) => f.text)];
  const scanned = parts.join('\n');
  const findings = scan(scanned, settings.scanOptions);
  const risk = assessRisk(findings);
  const reasons: Reason[] = [];
  const externals: string[] = [];
  // A photo, or an e-mail file with faces in its attached photos (they count the same).
  const images = context.files.some((f) => f.image || countFaces(f.detail) > 0);
  const namesChild = findings.some((f) => f.kind === 'name');
  const subjectIds = context.subject ? scan(context.subject).filter((f) => f.kind.startsWith('id.')) : [];
  const personalFiles = context.files.filter((f) => assessRisk(f.findings).hold).map((f) => f.file.name);
  let hold = false;

  if (context.action === 'finalise') {
    if (context.journal?.public && risk.hold) {
      reasons.push({ key: 'journal.public', cause: context.journal.cause, country: context.journal.country });
      hold = true;
    }
  } else if (context.recipients) {
    const r = context.recipients;
    const all = [...r.to, ...r.cc, ...r.bcc];
    externals.push(...all.filter((a) => !isInternal(a, settings.orgDomains)));
    const visibleExternal = [...r.to, ...r.cc].filter((a) => !isInternal(a, settings.orgDomains));
    if (subjectIds.length > 0) { reasons.push({ key: 'mail.subjectId' }); hold = true; }
    if (risk.hold && externals.length > 0) { reasons.push({ key: 'mail.external', count: externals.length }); hold = true; }
    if (visibleExternal.length > settings.visibleRecipientLimit) { reasons.push({ key: 'mail.visible', count: visibleExternal.length }); hold = true; }
    if (risk.hold && all.length === 0 && context.sensitive !== true) { hold = true; }
    if (hold && risk.hold && context.sensitive === false) reasons.push({ key: 'sensitive' });
  } else if (adapter.onlyWhenPublic && context.audience !== 'public') {
    hold = false;
  } else if (risk.hold && context.sensitive === true) {
    hold = false; // marked sensitive: the platform protects it (e.g. Aula's "følsom" messages)
  } else if (risk.hold) {
    hold = true;
    if (context.sensitive === false) reasons.push({ key: 'sensitive' });
  }
  if (hold && risk.hold && !reasons.some((r) => r.key === 'journal.public' || r.key === 'mail.external')) reasons.unshift({ key: 'personal' });
  if (personalFiles.length > 0 && hold) reasons.push({ key: 'files.personal', names: personalFiles });

  const childRelevant = (namesChild || images) && context.action !== 'finalise' && !context.recipients;
  const confirmRequired = settings.childConfirmations === 'always'
    || (settings.childConfirmations === 'public' && context.audience === 'public');
  const skipForAudience = adapter.onlyWhenPublic && context.audience !== 'public';
  const confirmChildren = childRelevant && confirmRequired && !skipForAudience;
  if (confirmChildren) { reasons.push({ key: 'children' }); hold = true; }
  if (hold && context.audience === 'public' && context.action !== 'finalise') reasons.push({ key: 'audience.public' });

  return { hold, reasons, scanned, findings, context, externals, confirmChildren };
}
