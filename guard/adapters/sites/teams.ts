import type { SiteAdapter } from '../adapter';

/** Microsoft Teams (web): CKEditor composer with data-tid="ckeditor"; Enter sends, Shift+Enter is a new line. */
export default {
  id: 'teams', name: 'Microsoft Teams', kind: 'chat', replay: 'synthetic',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  composer: '[data-tid="message-pane-footer"], [data-tid="newMessageCommands"], [role="group"][aria-label*="ompose"]',
  text: 'div[contenteditable="true"][data-tid="ckeditor"], [data-tid="ckeditor"] [contenteditable="true"]',
  publish: 'button[data-tid="newMessageCommands-send"], button[name="send"], button[aria-label^="Send"]',
  submitKeys: ['enter', 'ctrl-enter'],
  attachments: 'input[type="file"]',
  expect: '[data-tid="ckeditor"], [data-tid="app-bar"]',
} satisfies SiteAdapter;
