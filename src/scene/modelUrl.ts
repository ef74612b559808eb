/** Where the generated model is served from, relative to the page, so an embed on any path finds it. */
export const MODEL_URL = `${import.meta.env.BASE_URL}models/lower-body.glb`;
