import type { SiteAdapter } from '../adapter';

/**
 * Aula (DK): posts (opslag), messages (beskeder) and gallery uploads in the staff portal.
 * Buttons are labelled in Danish ("Opret", "Send", "Gem", "Upload"); messages carry a
 * "Marker som følsom" checkbox: a message with personal data must be marked.
 */
export default {
  id: 'aula', name: 'Aula', kind: 'school', replay: 'synthetic',
  hosts: ['aula.dk', 'www.aula.dk'],
  composer: 'form, .post-form, .message-editor, [role="dialog"]',
  text: 'input[type="text"], textarea, [contenteditable="true"], .ql-editor, .ProseMirror',
  publish: 'button[type="submit"], button[data-testid="post-submit"], button[data-testid="message-send"], button.send-button',
  submitKeys: ['ctrl-enter'],
  attachments: 'input[type="file"]',
  sensitive: 'input[type="checkbox"][aria-label="Marker som følsom"], input[type="checkbox"][name="sensitive"], input[type="checkbox"].sensitive-checkbox',
  audience: { label: '.recipients, [aria-label="Modtagere"], [aria-label="Synlig for"]' },
  publishNames: ['opret', 'opret opslag', 'send besked', 'gem', 'upload', 'udgiv'],
  expect: '#aula-app, .aula-header, [data-app="aula"], nav.menu',
} satisfies SiteAdapter;
