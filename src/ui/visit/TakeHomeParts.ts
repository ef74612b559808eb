/** What takeHomeChunk.ts loads: the open panel and the handout. */
export { Handout } from './Handout';
export { TakeHomePanel } from './TakeHomePanel';
