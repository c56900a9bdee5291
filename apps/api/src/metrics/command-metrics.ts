import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** Commands by name and outcome (ok, refused, conflict), and how long they took. */
@Injectable()
export class CommandMetrics {
  private readonly total: Counter<'command' | 'outcome'>;
  private readonly duration: Histogram<'command'>;

  constructor(metrics: MetricsRegistry) {
    this.total = new Counter({
      name: 'shuangsuiji_commands_total',
      help: 'Commands handled, by command and outcome',
      labelNames: ['command', 'outcome'],
      registers: [metrics.registry],
    });
    this.duration = new Histogram({
      name: 'shuangsuiji_command_duration_seconds',
      help: 'Time to decide and append a command',
      labelNames: ['command'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [metrics.registry],
    });
  }

  /**
   * Starts timing a command, named now or once known; call the result with its outcome. A command
   * never built (its name still unknown) is not counted.
   */
  start(name: string | (() => string | undefined)): (outcome: 'ok' | 'refused' | 'conflict') => void {
    const end = this.duration.startTimer();
    return (outcome) => {
      const command = typeof name === 'function' ? name() : name;
      if (command === undefined) return;
      end({ command });
      this.total.inc({ command, outcome });
    };
  }
}
