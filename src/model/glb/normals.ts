/** Smooth vertex normals: area-weighted sum of face normals, normalised (deterministic order). */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array<ArrayBuffer> {
  const n = new Float64Array(positions.length);
  const p = positions;
  for (let i = 0; i < indices.length; i += 3) {
    const a = (indices[i] as number) * 3;
    const b = (indices[i + 1] as number) * 3;
    const c = (indices[i + 2] as number) * 3;
    const ux = (p[b] as number) - (p[a] as number);
    const uy = (p[b + 1] as number) - (p[a + 1] as number);
    const uz = (p[b + 2] as number) - (p[a + 2] as number);
    const vx = (p[c] as number) - (p[a] as number);
    const vy = (p[c + 1] as number) - (p[a + 1] as number);
    const vz = (p[c + 2] as number) - (p[a + 2] as number);
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      n[v] = (n[v] as number) + fx;
      n[v + 1] = (n[v + 1] as number) + fy;
      n[v + 2] = (n[v + 2] as number) + fz;
    }
  }
  const out = new Float32Array(positions.length);
  for (let v = 0; v < n.length; v += 3) {
    const l = Math.hypot(n[v] as number, n[v + 1] as number, n[v + 2] as number) || 1;
    out[v] = (n[v] as number) / l;
    out[v + 1] = (n[v + 1] as number) / l;
    out[v + 2] = (n[v + 2] as number) / l;
  }
  return out;
}
