import type { SiteAdapter } from '../adapter';

/** Outlook on the web: body is a role=textbox "Message body"; Send is button[aria-label="Send"]; Ctrl+Enter sends. */
export default {
  id: 'outlook', name: 'Outlook on the web', kind: 'mail', replay: 'synthetic',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  composer: 'div[role="main"] [data-app-section="Form_Content"], [aria-label="Compose"], form',
  text: 'div[role="textbox"][aria-label="Message body"], div[role="textbox"][contenteditable="true"]',
  subject: 'input[aria-label="Add a subject"], input[aria-label="Subject"]',
  publish: 'button[aria-label="Send"], button[name="Send"], button[title="Send"], button[aria-label="Send (Ctrl+Enter)"]',
  submitKeys: ['ctrl-enter'],
  attachments: 'input[type="file"], [aria-label="Attachments"] [role="listitem"]',
  recipients: {
    to: 'div[aria-label="To"] [data-lpc-hover-target-id], div[aria-label="To"] span[title*="@"]',
    cc: 'div[aria-label="Cc"] [data-lpc-hover-target-id], div[aria-label="Cc"] span[title*="@"]',
    bcc: 'div[aria-label="Bcc"] [data-lpc-hover-target-id], div[aria-label="Bcc"] span[title*="@"]',
  },
  expect: 'button[aria-label="New mail"], button[aria-label="New message"], button[aria-label="Send"]',
} satisfies SiteAdapter;
