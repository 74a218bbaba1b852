// The body of Test connection, `POST {base}/test`: which part, its platform and adapter,
// and in edit mode the connection whose stored secrets fill what was left empty.
import * as z from 'zod/mini';
import { newWarehouseSchema, recordIdSchema, adapterSchemas } from '../schema/connection.js';

export const testRequestSchema = z.object({
  kind: z.enum(['warehouse', 'store'], 'Say which part to test: warehouse or store.'),
  platform: newWarehouseSchema.shape.platform,
  adapter: newWarehouseSchema.shape.adapter,
  connection_id: z.optional(recordIdSchema),
}).check(
  z.superRefine((body, ctx) => {
    const schema = Object.hasOwn(adapterSchemas, body.platform) ? adapterSchemas[body.platform] : undefined;
    const result = schema?.safeParse(body.adapter);
    if (!result || result.success) return;
    for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: ['adapter', ...issue.path], input: body.adapter });
  }),
);
