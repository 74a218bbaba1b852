// The `type` of a problem that the server handler answers and the wizard acts on: both
// sides read it from here, so neither spells it on its own.

/** 409: an earlier attempt with this Idempotency-Key is still running; retry with the same key. */
export const outstandingProblemType = 'tag:add-connection-wizard,2026:problem:idempotency-key-outstanding';
