import type { SiteAdapter } from '../adapter';

/** Facebook: the "Create post" dialog with a Lexical textbox; Post is a div[role=button] labelled in the UI language. */
export default {
  id: 'facebook', name: 'Facebook', kind: 'social', replay: 'synthetic',
  hosts: ['facebook.com', 'www.facebook.com', 'web.facebook.com', 'business.facebook.com'],
  composer: 'div[role="dialog"], form[method="POST"]',
  text: '[contenteditable="true"][role="textbox"]',
  publish: 'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Publiser"], div[role="button"][aria-label="Publicera"], div[role="button"][aria-label="Slå op"], div[role="button"][aria-label="Del"]',
  attachments: 'input[type="file"]',
  audience: { label: 'div[role="button"][aria-label^="Edit privacy"], div[role="button"][aria-label^="Rediger personvern"], div[role="button"][aria-label^="Redigera sekretess"], div[role="button"][aria-label^="Rediger privatliv"]' },
  publishNames: ['slå op'],
  expect: '[role="main"], [role="banner"]',
} satisfies SiteAdapter;
