/** The key of the compiled-code cache: a hash of the TypeScript sources (code_cache_key.mjs). */
export function codeCacheKey(): string;
