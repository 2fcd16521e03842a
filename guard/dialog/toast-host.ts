import { render } from 'preact';

/**
 * A small non-modal note in a closed shadow root at the edge of the page (the report offer,
 * "Checking cancelled"): only one of each `tag` at a time, Escape or `close()` removes it, and
 * keys pressed inside it do not reach the page. The caller renders into `mountPoint` and
 * appends `host` when its content is ready.
 */
export function createToastHost(tag: string, css: string, onClose: () => void = () => undefined): { host: HTMLElement; mountPoint: HTMLElement; close: () => void } {
  document.querySelector(tag)?.remove();
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);
  const close = () => { onClose(); render(null, mountPoint); host.remove(); };
  shadow.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if ((e as KeyboardEvent).key === 'Escape') close();
  });
  return { host, mountPoint, close };
}
