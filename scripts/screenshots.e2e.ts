import { it } from 'vitest';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { VarsamDialog } from '../tests/e2e/support/closed-shadow';

/** Synthetic identity only (navikt/fnrvalidator test vector). */
it('renders docs/images/dialog.png', async () => {
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 560 });
    await page.goto(server.url('/sites/generic-publish.html'));
    await page.type('#post', 'Velkommen til Ola Nordmann i 1A! Fødselsnummer 13097248022, D-nummer 53097248016.');
    await page.click('#publish');
    await (await VarsamDialog.attach(page)).waitOpen();
    await page.screenshot({ path: 'docs/images/dialog.png' });
  } finally {
    await ext.close();
    await server.close();
  }
});
