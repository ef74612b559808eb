/** Where the generated model is served from, relative to the page, so an embed on any path finds it. */
export const MODEL_URL = `${import.meta.env.BASE_URL}models/lower-body.glb`;
/** The deep structures (src/model/glb/modelFiles.ts), loaded after the first frame (deepModel.ts). */
export const DEEP_MODEL_URL = `${import.meta.env.BASE_URL}models/lower-body-deep.glb`;
