/// <reference types="node" />
/** The committed model, both files (glb/modelFiles.ts) read back as the app loads them, for the measurements. */
import { readFileSync } from 'node:fs';
import type { MeshData } from '../types.ts';
import { DEEP_FILE, START_FILE } from '../glb/modelFiles.ts';
import { readGlb } from './readGlb.ts';

export const committedFile = (name: string): Buffer =>
  readFileSync(new URL(`../../../public/models/${name}`, import.meta.url));

export async function readCommittedModel(): Promise<MeshData[]> {
  return [...(await readGlb(committedFile(START_FILE))), ...(await readGlb(committedFile(DEEP_FILE)))];
}
