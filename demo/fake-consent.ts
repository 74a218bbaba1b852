// The demo provider's consent page, in the popup: it asks the page that opened it to run
// the server handler's start route (see fake-provider.ts), shows Allow and Cancel, and
// hands the decision back for the handler's callback route; then it closes.
const statusLine = document.querySelector<HTMLElement>('#status')!;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button')];
let authorize = '';

window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; step?: string; url?: string; error?: string };
  if (event.origin !== location.origin || data?.source !== 'demo-page') return;
  if (data.step === 'authorize') {
    if (!data.url) {
      statusLine.textContent = `The sign-in could not start: ${data.error ?? 'unknown error'}`;
      return;
    }
    authorize = data.url;
    for (const button of buttons) button.disabled = false;
    statusLine.textContent = '';
    document.querySelector<HTMLButtonElement>('#allow')!.focus();
  } else if (data.step === 'done') {
    window.close();
  }
});

const decide = (allow: boolean) => {
  for (const button of buttons) button.disabled = true;
  statusLine.textContent = allow ? 'Connecting…' : 'Cancelling…';
  window.opener?.postMessage({ source: 'demo-provider', step: 'decide', authorize, allow }, location.origin);
};
document.querySelector('#allow')!.addEventListener('click', () => decide(true));
document.querySelector('#deny')!.addEventListener('click', () => decide(false));

if (window.opener) window.opener.postMessage({ source: 'demo-provider', step: 'start', search: location.search }, location.origin);
else statusLine.textContent = 'Open this page from the wizard’s Connect button.';
