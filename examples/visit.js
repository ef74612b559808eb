// The host side of the visit example: the places marked and what could connect them, written out as the
// explorer reports them (hurts-change); buttons mark places with setHurts().
const explorer = document.getElementById('visit');
const marked = document.getElementById('marked');
const connections = document.getElementById('connections');

explorer.addEventListener('hurts-change', (event) => {
  const { hurts, connections: found } = event.detail;
  marked.textContent = hurts.length > 0 ? hurts.join(', ') : 'nothing';
  connections.textContent =
    found.length > 0
      ? found
          .slice(0, 3)
          .map((c) => `${c.id}${c.side ? ` (${c.side})` : ''}, ${c.grade}`)
          .join('; ')
      : 'nothing that reaches two of them';
});
explorer.addEventListener('error', (event) => {
  if (event.detail.code === 'dropped-entries') console.warn(event.detail.message);
});

for (const button of document.querySelectorAll('[data-hurts]'))
  button.addEventListener('click', () => explorer.setHurts(button.dataset.hurts));
