/**
 * Colours of the scene, also used by the legend. Highlight colours are chosen to stand apart from the
 * body's own colours (ivory bone, red-brown muscle, yellow nerve) and from the dark background.
 */
export const BODY_COLOURS = {
  bone: '#e8dcc4',
  disc: '#9fc3d9',
  muscle: '#b5483f',
  tendon: '#e3e6e6',
  ligament: '#c3cad6',
  cartilage: '#cce3f5',
  nerve: '#f2c230',
  joint: '#7fb4d6',
  skin: '#e9b99a',
  region: '#ff8a1f',
} as const;

export const HIGHLIGHT = {
  selected: '#22e5ff',
  outline: '#ffffff',
  region: '#ff7a1a',
  source: '#ff4fd8',
  nerve: '#ffe600',
  attachment: '#ff4fd8',
  mechanics: '#7cff6b',
  gait: '#b9a6ff',
} as const;

export const BACKGROUND = '#10202e';
