// Per-address request counting for the rate limit, in memory only: the visitor's IP address is
// personal data, so it is never written anywhere, and the whole table is dropped every minute.
export const rateLimiter = (perMinute: number, windowMs = 60_000) => {
  let counts = new Map<string, number>();
  let windowStart = Date.now();
  return {
    allow(address: string): boolean {
      if (perMinute <= 0) return true;
      const now = Date.now();
      if (now - windowStart >= windowMs) {
        counts = new Map();
        windowStart = now;
      }
      const count = (counts.get(address) ?? 0) + 1;
      counts.set(address, count);
      return count <= perMinute;
    },
  };
};
