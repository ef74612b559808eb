/** Every connection of the pain graph: nerve pathways (B1, B2) and body pathways (B3-K3). */
import { BODY_CONNECTIONS } from './connections/bodyConnections';
import { NERVE_CONNECTIONS } from './connections/nerveConnections';
import type { Connection } from './schema';

export const CONNECTIONS: readonly Connection[] = [...NERVE_CONNECTIONS, ...BODY_CONNECTIONS];
