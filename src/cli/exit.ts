/** Exit codes, as the contract and README state them. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
