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

  /** Starts timing a command; call the result with its outcome. */
  start(command: string): (outcome: 'ok' | 'refused' | 'conflict') => void {
    const end = this.duration.startTimer({ command });
    return (outcome) => {
      end();
      this.total.inc({ command, outcome });
    };
  }
}
