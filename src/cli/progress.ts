import cliProgress from 'cli-progress';

/** Shows progress on stderr only once work has run for `delayMs` and only on a terminal. */
export class Progress {
  private bar: cliProgress.SingleBar | undefined;
  private readonly started = Date.now();

  constructor(
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
  ) {}

  /** Reports `done` of `total` units. */
  update(done: number, total: number): void {
    if (!this.enabled || !process.stderr.isTTY) return;
    if (!this.bar) {
      if (Date.now() - this.started < this.delayMs) return;
      this.bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'briefing [{bar}] {value}/{total} articles | {eta_formatted} left',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, done);
    }
    this.bar.setTotal(total);
    this.bar.update(done);
  }

  stop(): void {
    this.bar?.stop();
  }
}
