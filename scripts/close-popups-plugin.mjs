// A test-server command, `close-popups`: closes every window but the test page's own. A
// consent popup whose page set Cross-Origin-Opener-Policy is in another browsing context
// group: the test page cannot reach it (window.open('', name) finds nothing), and Firefox
// does not let it close itself, so it stayed open and kept the focus from every later test
// file (no focus or blur events there). Puppeteer sessions only (Chromium, Firefox); WebKit
// lets such a popup close itself, and switching WebDriver windows would move the test's own.
export function closePopupsPlugin() {
  return {
    name: 'close-popups',
    async executeCommand({ command, session }) {
      if (command !== 'close-popups') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer') return 0;
      const page = launcher.getPage(session.id);
      let closed = 0;
      for (const other of await page.browser().pages()) {
        if (other === page || other.isClosed()) continue;
        await other.close().catch(() => {});
        closed += 1;
      }
      return closed;
    },
  };
}
