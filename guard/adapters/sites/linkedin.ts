import type { SiteAdapter } from '../adapter';

/** LinkedIn: share modal with a Quill editor (.ql-editor); the primary "Post" button; audience "Anyone" is public. */
export default {
  id: 'linkedin', name: 'LinkedIn', kind: 'social', replay: 'synthetic',
  hosts: ['linkedin.com', 'www.linkedin.com'],
  composer: 'div[role="dialog"], .share-box',
  text: '.ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]',
  publish: 'button.share-actions__primary-action, div[role="dialog"] button.artdeco-button--primary',
  attachments: 'input[type="file"]',
  audience: { label: 'button.share-unified-settings-entry-button, button[aria-label^="Post settings"]' },
  expect: '.share-box-feed-entry__trigger, [aria-label="Start a post"], button.share-box-feed-entry__trigger',
} satisfies SiteAdapter;
