import { setConsoleFunction } from 'three';

/**
 * three r183 deprecated THREE.Clock, and @react-three/fiber 9 still makes one per canvas; that warning is
 * about the library's code, not ours, and would hide our own messages in a console that must stay clean.
 * Every other message of three's goes to the console as before.
 */
const SILENCED = ['THREE.Clock: This module has been deprecated'];

setConsoleFunction((level: 'log' | 'warn' | 'error', message: string, ...params: unknown[]) => {
  if (SILENCED.some((prefix) => message.startsWith(prefix))) return;
  console[level](message, ...params);
});
