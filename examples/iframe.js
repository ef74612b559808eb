// Host side of the protocol without the loader: send commands to the iframe, listen to its events.
const EXPLORER_ORIGIN = 'http://127.0.0.1:4173';
const frame = document.getElementById('explorer-frame');
const log = document.getElementById('event-log');

const send = (type, payload) =>
  frame.contentWindow.postMessage({ protocol: 'pain-explorer', version: 1, type, payload }, EXPLORER_ORIGIN);

window.addEventListener('message', (event) => {
  // Only our explorer's window, from its origin, and only this protocol.
  if (event.source !== frame.contentWindow || event.origin !== EXPLORER_ORIGIN) return;
  if (event.data?.protocol !== 'pain-explorer') return;
  log.textContent =
    `${event.data.type} ${JSON.stringify(event.data.payload ?? {})}\n${log.textContent}`.slice(0, 2000);
});

document
  .getElementById('show-rf')
  .addEventListener('click', () => send('select', { structure: 'rectus_femoris', side: 'right' }));
document.getElementById('clear').addEventListener('click', () => send('clear'));
