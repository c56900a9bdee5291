import { ApiHarness, admin } from './support/api-harness';
it('probe', async () => {
  const api = await new ApiHarness().start();
  const bearer = { authorization: `Bearer ${api.token(admin)}` };
  for (const [ct, body] of [['text/plain', 'dept-z'], ['application/xml', '<a/>'], ['application/json', ''], ['application/json', '[]'], ['application/json', '"x"']]) {
    const a = await api.call('POST', '/api/departments', { headers: { ...bearer, 'content-type': ct }, rawBody: body });
    console.log(ct, JSON.stringify(body), a.status, JSON.stringify(a.body));
  }
  const a = await api.call('POST', '/api/departments', { headers: bearer });
  console.log('nobody', a.status, JSON.stringify(a.body));
  await api.stop();
});
