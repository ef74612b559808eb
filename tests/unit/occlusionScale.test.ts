import { describe, expect, it } from 'vitest';
import { AO_LEVELS as WRITTEN } from '../../src/model/occlusion';
import { AO_LEVELS as READ } from '../../src/scene/occlusion';

// The model writes the baked occlusion as 0..AO_LEVELS a byte; the scene's shader divides by its own copy
// (src/scene may not import src/model).
describe('baked occlusion scale', () => {
  it('the scene reads the byte on the scale the model writes it', () => {
    expect(READ).toBe(WRITTEN);
  });
});
