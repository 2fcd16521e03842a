import type { SiteAdapter } from '../adapter';

/** YouTube Studio upload dialog: title/description textboxes, visibility radios; Done/Publish acts only when PUBLIC is chosen. */
export default {
  id: 'youtube-studio', name: 'YouTube Studio', kind: 'video', replay: 'synthetic',
  hosts: ['studio.youtube.com'],
  composer: 'ytcp-uploads-dialog, tp-yt-paper-dialog',
  text: '#title-textarea #textbox, #description-textarea #textbox, #textbox[contenteditable="true"]',
  publish: '#done-button',
  attachments: 'input[type="file"]',
  audience: { public: 'tp-yt-paper-radio-button[name="PUBLIC"][aria-checked="true"], tp-yt-paper-radio-button[name="PUBLIC"][checked]' },
  onlyWhenPublic: true,
  expect: '#upload-icon, ytcp-button#create-icon, #select-files-button',
} satisfies SiteAdapter;
