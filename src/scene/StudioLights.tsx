/**
 * A soft studio light set made in code (no environment map to download): a hemisphere light for the
 * ambient (warm from above, cool from below, so the tops of forms read lighter than their undersides), a
 * warm key from the front, above and to the subject's right, a cool fill from the other side, and a rim
 * light from behind and above that draws a bright edge round the silhouettes against the dark background.
 * No shadows: the shading comes from the normals and the ambient occlusion baked into the model.
 */
export const STUDIO_LIGHTS = {
  hemisphere: { sky: '#fff4e8', ground: '#2c3a48', intensity: 0.9 },
  key: { position: [-1.6, 2.6, 2.8], colour: '#fff1e0', intensity: 1.7 },
  fill: { position: [2.2, 1.2, 2.2], colour: '#dbe8ff', intensity: 0.55 },
  rim: { position: [0.4, 2.2, -3], colour: '#cfe4ff', intensity: 1.4 },
} as const;

export function StudioLights() {
  const { hemisphere, key, fill, rim } = STUDIO_LIGHTS;
  return (
    <>
      <hemisphereLight args={[hemisphere.sky, hemisphere.ground, hemisphere.intensity]} />
      <directionalLight position={[...key.position]} color={key.colour} intensity={key.intensity} />
      <directionalLight position={[...fill.position]} color={fill.colour} intensity={fill.intensity} />
      <directionalLight position={[...rim.position]} color={rim.colour} intensity={rim.intensity} />
    </>
  );
}
