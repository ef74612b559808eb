/** Turns a validated protocol command into store actions. A command that changes nothing sets nothing. */
import { isPaired } from '../content/ids';
import { hurtsProblems, sameMark } from '../state/hurts';
import { LAYERS } from '../state/types';
import type { Selection } from '../state/types';
import type { ExplorerState } from '../state/store';
import { sameSelection } from './hostEvents';
import type { Command } from './protocol';

export function applyCommand(command: Command, state: ExplorerState): void {
  switch (command.type) {
    case 'select': {
      const { structure, side } = command.payload;
      const next: Selection = {
        kind: 'structure',
        id: structure,
        side: isPaired(structure) ? (side ?? 'right') : null,
      };
      if (!sameSelection(state.selection, next)) state.select(next);
      return;
    }
    case 'selectRegion': {
      const next: Selection = {
        kind: 'region',
        id: command.payload.region,
        side: command.payload.side ?? 'right',
      };
      if (!sameSelection(state.selection, next)) state.select(next);
      return;
    }
    case 'clear':
      if (state.selection) state.select(null);
      return;
    case 'resetView':
      state.resetView();
      return;
    case 'setMode':
      if (state.mode !== command.payload.mode) state.setMode(command.payload.mode);
      return;
    case 'setLang':
      if (state.lang !== command.payload.lang) state.setLang(command.payload.lang);
      return;
    case 'setHurts': {
      const { marks, dropped } = command.payload;
      const same = marks.length === state.hurts.length && marks.every((m, i) => sameMark(m, state.hurts[i]!));
      const problems = hurtsProblems(dropped);
      if (!same || problems.length > 0) state.setHurts(same ? state.hurts : marks, problems);
      return;
    }
    case 'setLayers':
      for (const layer of LAYERS)
        if (state.layers[layer] !== command.payload.layers.includes(layer)) state.toggleLayer(layer);
      return;
  }
}
