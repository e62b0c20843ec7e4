// `cloudflare:test` (the pool's module in workerd). Its declarations name the runtime's types
// (src/worker-configuration.d.ts, kept out of this project's DOM and Node types): the harness
// states what it takes from `env` itself (test/workerd/harness.ts).
/// <reference types="@cloudflare/vitest-pool-workers/types" />
