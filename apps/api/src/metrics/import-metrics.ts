import { Injectable } from '@nestjs/common';
import type { ImportReport } from '@app/contract';
import { Counter } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

const OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;

/**
 * Sheet rows imported, by register and outcome. An entity sheet's rows are applied a chunk at a
 * time without a command each (ADR 57), so the commands counter does not see them: this does.
 */
@Injectable()
export class ImportMetrics {
  private readonly rows: Counter<'register' | 'outcome'>;

  constructor(metrics: MetricsRegistry) {
    this.rows = new Counter({
      name: 'shuangsuiji_import_rows_total',
      help: 'Sheet rows imported, by register and outcome',
      labelNames: ['register', 'outcome'],
      registers: [metrics.registry],
    });
  }

  /** Counts an import's rows once it answered. */
  counted(register: 'entities' | 'inspectors', report: ImportReport): ImportReport {
    for (const outcome of OUTCOMES)
      if (report[outcome] > 0) this.rows.inc({ register, outcome }, report[outcome]);
    return report;
  }
}
