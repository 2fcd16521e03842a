import type { SiteAdapter } from '../adapter';

/**
 * WordPress admin: block editor (Publish toggle → pre-publish panel → Publish) and the classic
 * editor (#publish, TinyMCE in an iframe or the #content textarea). Any host, under /wp-admin/.
 */
export default {
  id: 'wordpress', name: 'WordPress', kind: 'cms', replay: 'synthetic',
  path: '/wp-admin/(post|post-new)\\.php',
  composer: '.editor-styles-wrapper, .block-editor, .interface-interface-skeleton, #post',
  text: '.editor-post-title__input, h1.wp-block-post-title, .block-editor-rich-text__editable, iframe[name="editor-canvas"], #title, #content_ifr, #content',
  publish: '.editor-post-publish-button, #publish',
  notPublish: '.editor-post-publish-panel__toggle',
  attachments: 'input[type="file"]',
  audience: { label: '.edit-post-post-visibility__toggle, .editor-post-visibility__toggle, #post-visibility-display' },
  expect: '.editor-post-publish-button, .editor-post-publish-panel__toggle, .editor-post-publish-button__button, #publish',
} satisfies SiteAdapter;
