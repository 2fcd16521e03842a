import type { SiteAdapter } from '../adapter';

/** Gmail: compose window is a dialog; Send is a div[role=button] with a data-tooltip; Ctrl/⌘+Enter sends. */
export default {
  id: 'gmail', name: 'Gmail', kind: 'mail', replay: 'synthetic',
  hosts: ['mail.google.com'],
  composer: 'div[role="dialog"], .M9, td.Bu',
  text: 'div[aria-label="Message Body"][contenteditable], div[role="textbox"][g_editable="true"]',
  subject: 'input[name="subjectbox"]',
  publish: 'div[role="button"][data-tooltip^="Send"], div[role="button"][data-tooltip^="Send "], .T-I.aoO',
  submitKeys: ['ctrl-enter'],
  attachments: 'input[type="file"][name="Filedata"], div[aria-label^="Attachment"]',
  recipients: {
    to: '[name="to"] [data-hovercard-id], div[aria-label="To"] [data-hovercard-id], [aria-label^="To recipients"] [data-hovercard-id]',
    cc: '[name="cc"] [data-hovercard-id], div[aria-label="Cc"] [data-hovercard-id], [aria-label^="CC recipients"] [data-hovercard-id]',
    bcc: '[name="bcc"] [data-hovercard-id], div[aria-label="Bcc"] [data-hovercard-id], [aria-label^="BCC recipients"] [data-hovercard-id]',
  },
  expect: 'div[role="button"][gh="cm"], div[role="navigation"]',
} satisfies SiteAdapter;
