/**
 * zod as the Worker bundle sees it (wrangler.toml `[alias] zod`): the same modules, without its 40
 * locale files (about 260 KiB raw, 50 KiB gzipped). They come in because @hono/zod-openapi imports
 * `{ z }`, the whole namespace as a value, which no bundler can shake; it only needs `z.ZodType`
 * (extendZodWithOpenApi adds `.openapi()` to its prototype). Our own code imports `* as z` and
 * reads members by name, which esbuild shakes. zod's default English messages are registered by
 * ZodType itself, and the API words its field errors with our own i18n (src/api/errors.ts), so no
 * locale is lost. Node and the tests use zod unchanged.
 */
import { ZodType } from 'zod/v4';

export * from 'zod/v4';

/** `z` for @hono/zod-openapi: what extendZodWithOpenApi reads. */
export const z = { ZodType };
export default z;
