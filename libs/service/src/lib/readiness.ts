/** Named readiness checks; /health/ready is 200 only when all pass. */
export class Readiness {
  private readonly checks = new Map<string, () => boolean | Promise<boolean>>();

  register(name: string, check: () => boolean | Promise<boolean>): void {
    this.checks.set(name, check);
  }

  async evaluate(): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const checks: Record<string, boolean> = {};
    for (const [name, check] of this.checks) {
      try {
        checks[name] = await check();
      } catch {
        checks[name] = false;
      }
    }
    return { ready: Object.values(checks).every(Boolean), checks };
  }
}
