import type { ActionType } from '../../policy/constants';

/**
 * A site adapter says where things are on a site; the engine (guard/engine.ts) does the
 * intercepting. Adapters are declarative: selectors and a few flags, nothing else.
 * Selectors are matched through open shadow roots. Anything an adapter leaves out falls back
 * to the generic behaviour (publish controls by accessible name, text from the nearest
 * form/dialog/composer).
 */
export interface SiteAdapter {
  id: string;
  /** Human name shown in the popup. */
  name?: string;
  /** Host names this adapter is for; `example.com` also matches its sub-domains. */
  hosts?: string[];
  /** Only on these paths (regular-expression source, matched against `location.pathname`). */
  path?: string;
  /** What kind of site: e-mail turns on the recipient checks; journal the public-record checks. */
  kind?: 'social' | 'mail' | 'chat' | 'video' | 'cms' | 'school' | 'journal' | 'generic';
  /** How an approved action is performed again: a synthetic event, or by letting the user's next activation through. */
  replay: 'synthetic' | 'next-activation';
  /** The element that holds one composer (post dialog, compose window); text and attachments are read inside it. */
  composer?: string;
  /** The editable fields whose text goes out (textarea, input, contenteditable editors). */
  text?: string;
  /** The subject line (e-mail), checked for national ID numbers on its own. */
  subject?: string;
  /** Controls that publish or send. Matched in addition to the generic accessible-name check. */
  publish?: string;
  /** Controls that look like publish but only open a panel (e.g. WordPress's Publish toggle): never held. */
  notPublish?: string;
  /** Keyboard shortcut that sends from inside the composer. `ctrl-enter` is Ctrl/⌘+Enter; `enter` is plain Enter (Shift+Enter is a new line). */
  submitKeys?: Array<'ctrl-enter' | 'enter'>;
  /** File inputs and attachment chips of the composer. */
  attachments?: string;
  /** Elements, one per recipient; the address is read from `email`/`data-hovercard-id`/`title` attributes or the text. */
  recipients?: { to?: string; cc?: string; bcc?: string };
  /** Where the audience is shown: `public` matches when the post is public; `label` is read and compared with words for "public". */
  audience?: { public?: string; label?: string };
  /** Only act on the publish control when the audience is public (e.g. YouTube Studio's Done/Publish). */
  onlyWhenPublic?: boolean;
  /** A checkbox that marks a message as sensitive (Aula's "Marker som følsom"): ticked, personal data may go; unticked, the dialog asks for it. */
  sensitive?: string;
  /** Public-record journal: the toggle that makes an entry public, the finalise control. */
  journal?: { publicToggle?: string; exemption?: string; finalise?: string };
  /** Elements that show the adapter found the site as expected; when none appears, the badge says so. */
  expect?: string;
  /** Extra accessible names that mean "publish" on this site (lower case). */
  publishNames?: string[];
  /** Which policy action type (policy/schema.ts) this site's publish control is, when the engine cannot tell. */
  policyAction?: ActionType;
}

/** A URL preset for a platform without a documented DOM: the generic adapter, tuned. */
export type Preset = Pick<SiteAdapter, 'id' | 'name' | 'hosts' | 'path' | 'kind' | 'publishNames' | 'composer' | 'text' | 'attachments'>;
