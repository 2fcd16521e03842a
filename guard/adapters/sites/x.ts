import type { SiteAdapter } from '../adapter';

/** X (Twitter): data-testid is the stable scheme; Ctrl/⌘+Enter posts. Posts are public unless the account is protected. */
export default {
  id: 'x', name: 'X', kind: 'social', replay: 'synthetic',
  hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
  composer: 'div[role="dialog"], [data-testid="primaryColumn"]',
  text: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
  publish: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  submitKeys: ['ctrl-enter'],
  attachments: 'input[data-testid="fileInput"], input[type="file"]',
  audience: { public: 'body:not(:has([data-testid="icon-lock"]))' },
  expect: '[data-testid="SideNav_NewTweet_Button"], [data-testid^="tweetTextarea_"]',
} satisfies SiteAdapter;
