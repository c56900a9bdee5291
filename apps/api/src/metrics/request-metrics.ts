import type { FastifyInstance } from 'fastify';
import { Counter, Histogram } from 'prom-client';
import type { MetricsRegistry } from './metrics-registry';

/** Counts requests by method, route pattern and status, and times them (Fastify hooks). */
export function recordRequestMetrics(fastify: FastifyInstance, metrics: MetricsRegistry): void {
  const total = new Counter({
    name: 'shuangsuiji_http_requests_total',
    help: 'HTTP requests, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [metrics.registry],
  });
  const duration = new Histogram({
    name: 'shuangsuiji_http_request_duration_seconds',
    help: 'HTTP request latency, by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [metrics.registry],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL: ids would make every request its own series.
    const route = request.routeOptions.url ?? 'unmatched';
    total.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}
