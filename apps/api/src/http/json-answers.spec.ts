import { shareAnswer } from '@app/read-store';
import Fastify from 'fastify';
import { serialiseJsonAnswers } from './json-answers';

describe('serialiseJsonAnswers', () => {
  const fastify = Fastify();
  const shared = shareAnswer({ items: [{ id: 't1', name: '食品经营许可情况检查', ratio: 0.05 }] });
  serialiseJsonAnswers(fastify);
  fastify.get('/shared', () => Promise.resolve(shared));
  fastify.get('/fresh', () => Promise.resolve({ items: [{ id: 't2', name: '市场监管局' }] }));

  afterAll(() => fastify.close());

  it('sends a shared answer as JSON.stringify writes it, each time', async () => {
    for (let round = 0; round < 2; round += 1) {
      const answer = await fastify.inject({ method: 'GET', url: '/shared' });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(answer.body).toBe(JSON.stringify(shared));
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(shared))));
    }
  });

  it('serialises any other answer as Fastify does', async () => {
    const answer = await fastify.inject({ method: 'GET', url: '/fresh' });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toBe('{"items":[{"id":"t2","name":"市场监管局"}]}');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.body)));
  });
});
