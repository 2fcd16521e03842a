/**
 * Firefox only: its MV3 background is an event page that Firefox suspends after a short idle
 * time (30 s by default) even while it is still reading a file, and the answer is then lost
 * ("Receiving end does not exist"). A message arriving from a content script counts as activity,
 * so while a check runs this sends a small one on a timer. Chrome's offscreen document is not
 * suspended this way, so nothing is sent there (the condition is fixed at build time).
 */
import { browser } from 'wxt/browser';

/** Well inside Firefox's idle time; short in test builds, whose tests shorten the idle time to provoke suspension. */
export const KEEPALIVE_MS = import.meta.env.MODE === 'test' ? 250 : 10_000;

/** Starts the heartbeat; call the returned function when the answer is in. */
export function keepBackgroundAwake(): () => void {
  if (!import.meta.env.FIREFOX) return () => undefined;
  const timer = setInterval(() => { void browser.runtime.sendMessage({ type: 'varsam:file-keepalive' }).catch(() => undefined); }, KEEPALIVE_MS);
  return () => clearInterval(timer);
}
