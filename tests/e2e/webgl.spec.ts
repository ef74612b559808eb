import { expect, test } from './support/test';

test('the test browser has working WebGL (software rendering is fine)', async ({ page }) => {
  await page.goto('/');
  const info = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return null;
    gl.clearColor(1, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const pixel = new Uint8Array(4);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    return { renderer: String(gl.getParameter(gl.RENDERER)), pixel: [...pixel] };
  });
  expect(info, 'WebGL2 context').not.toBeNull();
  expect(info?.pixel).toEqual([255, 0, 0, 255]);
});
