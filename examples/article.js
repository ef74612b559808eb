// The host side of the example: buttons call the element's methods; its events are written to the caption.
const explorer = document.getElementById('explorer');
const log = document.getElementById('event-log');

const show = (text) => {
  log.textContent = text;
};

explorer.addEventListener('load', () => show('Explorer loaded.'));
explorer.addEventListener('error', (event) => show(`Error ${event.detail.code}: ${event.detail.message}`));
explorer.addEventListener('select', (event) => {
  const { structure, side, regions, claims } = event.detail;
  show(
    structure
      ? `Selected ${structure}${side ? ` (${side})` : ''}: pain can reach ${regions.length} regions; claims ${claims.join(', ')}.`
      : 'Nothing selected.',
  );
});
explorer.addEventListener('region-select', (event) =>
  show(
    `Region ${event.detail.region} (${event.detail.side}): ${event.detail.sources.length} possible sources.`,
  ),
);

for (const button of document.querySelectorAll('[data-select]'))
  button.addEventListener('click', () => explorer.select(button.dataset.select, button.dataset.side));
document.querySelector('[data-action="clear"]').addEventListener('click', () => explorer.clear());
document.querySelector('[data-action="reset"]').addEventListener('click', () => explorer.resetView());
