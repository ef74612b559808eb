/**
 * Prints, for each trunk, gluteal or hip rotator muscle, how far each earlier muscle alone pushes its
 * unfitted loft, how far the skin's clamp presses it and how far the bones push it (at its end rings and
 * between) (npm run model:pushes -- [muscle id ...]; no ids: all of them). The smaller these are, the less
 * the muscle changes when a neighbour does, and the bones' push says whether it lies where the bones leave
 * room (src/model/soft/pushes.ts; the bounds are tested in src/model/soft/pushes.test.ts).
 */
import { musclePushes, type Push } from '../src/model/soft/pushes.ts';
import { trunkMuscles } from '../src/model/soft/muscles/trunk.ts';
import { glutealMuscles } from '../src/model/soft/muscles/gluteal.ts';
import { hipRotatorMuscles } from '../src/model/soft/muscles/hipRotators.ts';
import { muscleSpecs } from '../src/model/soft/muscles/index.ts';

const asked = process.argv.slice(2).filter((a) => a !== '--');
const known = new Set(muscleSpecs().map((m) => m.id as string));
const unknown = asked.filter((id) => !known.has(id));
if (unknown.length > 0) {
  console.error(`unknown muscle id: ${unknown.join(', ')}`);
  process.exit(1);
}
const ids =
  asked.length > 0
    ? asked
    : [...trunkMuscles(), ...glutealMuscles(), ...hipRotatorMuscles()].map((m) => m.id as string);

const cm = (v: number): string => (v * 100).toFixed(1);
const line = (p: Push): string =>
  `  ${p.by.padEnd(32)} ${(p.max * 1000).toFixed(1).padStart(5)} mm ${String(p.moved).padStart(4)} vertices > 1 mm` +
  `   largest at ${p.along.toFixed(2)} along (x ${cm(p.at[0])}, y ${cm(p.at[1])}, z ${cm(p.at[2])} cm)`;

const results = musclePushes(ids);
const found = new Set(results.map((r) => r.id));
for (const id of ids.filter((i) => !found.has(i)))
  console.log(`${id}: a limb muscle (boxes of the limb's frame), not pushed by its neighbours`);
for (const r of results) {
  console.log(`${r.id}${r.part ? ` (${r.part})` : ''}: ${r.vertices} vertices, its unfitted loft`);
  for (const p of r.neighbours) console.log(line(p));
  if (r.neighbours.length === 0) console.log('  no earlier muscle moves it');
  console.log(line(r.skin));
  console.log(line(r.bones.between));
  console.log(line(r.bones.ends));
}
