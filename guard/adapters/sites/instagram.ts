import type { SiteAdapter } from '../adapter';

/** Instagram: "Create new post" dialog; photo input, caption editor, "Share" (Del/Dela) in the dialog header. */
export default {
  id: 'instagram', name: 'Instagram', kind: 'social', replay: 'synthetic',
  hosts: ['instagram.com', 'www.instagram.com'],
  composer: 'div[role="dialog"]',
  text: 'div[aria-label="Write a caption..."], [contenteditable="true"][role="textbox"], textarea',
  attachments: 'input[type="file"]',
  audience: { public: 'html' },
  expect: 'svg[aria-label="New post"], a[href="/"], [role="main"]',
} satisfies SiteAdapter;
