import { ROLES, type Role } from '@app/domain';
import { ApiHarness, type ErrorAnswer, staff } from './support/api-harness';

/*
 * Who may call what: every route of the OpenAPI document × anonymous and every role, against the
 * table below, which docs/security.md states in prose. A role the table leaves out gets 403
 * ROLE_NOT_ALLOWED (anonymous: 401); a role it names gets past the guard (its answer may then be
 * 400, 404 or 409 for the empty body and unknown ids this test sends). Which department may act is
 * checked where each rule lives (OTHER_DEPARTMENT and NOT_THE_LEAD_DEPARTMENT, in the route suites);
 * where in the organisation (OUTSIDE_JURISDICTION: region and tree), in test/jurisdiction.e2e-spec.ts.
 */
type Access = readonly Role[];
const SIGNED_IN: Access = ROLES;
/** Anyone, signed in or not. */
const PUBLIC = 'public' as const;
/** Only the inspected business, with the session its one-time code gave it: no official's token. */
const ENTITY_SESSION = 'entity-session' as const;
const FORM_PRINTERS: Access = ['operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'];

const MATRIX: Record<string, Access | typeof PUBLIC | typeof ENTITY_SESSION> = {
  'GET /health': PUBLIC,
  'GET /api/projections': ['admin', 'supervisor', 'auditor'],
  'POST /api/projections/{name}/rebuild': ['admin'],
  'POST /api/projections/{name}/restart': ['admin'],
  'POST /api/departments': ['admin'],
  'PUT /api/departments/{id}/parent': ['admin'],
  'POST /api/departments/{id}/disable': ['admin'],
  'POST /api/departments/{id}/enable': ['admin'],
  'GET /api/departments': SIGNED_IN,
  'GET /api/departments/{id}': SIGNED_IN,
  'POST /api/check-items': ['admin', 'operator'],
  'GET /api/check-items': SIGNED_IN,
  'PATCH /api/check-items/{id}': ['admin', 'operator'],
  'GET /api/check-items/{id}': SIGNED_IN,
  'POST /api/check-items/{id}/retire': ['admin', 'operator'],
  'POST /api/joint-item-lists': ['admin', 'operator'],
  'GET /api/joint-item-lists': SIGNED_IN,
  'GET /api/joint-item-lists/{id}': SIGNED_IN,
  'POST /api/joint-item-lists/{id}/amend': ['admin', 'operator'],
  'POST /api/joint-item-lists/{id}/retire': ['admin', 'operator'],
  'POST /api/entities': ['admin', 'operator'],
  'GET /api/entities': SIGNED_IN,
  'POST /api/entities/import': ['admin', 'operator'],
  'GET /api/entities/import-template': SIGNED_IN,
  'PATCH /api/entities/{id}': ['admin', 'operator'],
  'GET /api/entities/{id}': SIGNED_IN,
  'POST /api/entities/{id}/credit-risk': ['admin', 'operator'],
  'POST /api/entities/{id}/deregister': ['admin', 'operator'],
  // Listings (ADR 50): then in jurisdiction, or the department that accepted the referral named.
  'POST /api/entities/{id}/listing': ['admin', 'operator', 'head'],
  'POST /api/entities/{id}/delisting': ['admin', 'operator', 'head'],
  'GET /api/entities/{id}/checks': SIGNED_IN,
  'GET /api/entities/{id}/history': SIGNED_IN,
  'POST /api/entities/{id}/contact/erase': ['admin'],
  // The case file (一对象一档案): then only departments of a task that drew it, and the overseers (CASE_FILE_FORBIDDEN).
  'GET /api/entities/{id}/case-file': FORM_PRINTERS,
  'GET /api/entities/{id}/case-file.zip': FORM_PRINTERS,
  'POST /api/inspectors': ['admin', 'operator'],
  'GET /api/inspectors': SIGNED_IN,
  'POST /api/inspectors/import': ['admin', 'operator'],
  'GET /api/inspectors/import-template': SIGNED_IN,
  'PATCH /api/inspectors/{id}': ['admin', 'operator'],
  'GET /api/inspectors/{id}': SIGNED_IN,
  'POST /api/inspectors/{id}/status': ['admin', 'operator'],
  'POST /api/inspectors/{id}/conflicts': ['admin', 'operator', 'inspector'],
  'POST /api/inspectors/{id}/erase': ['admin'],
  'POST /api/users': ['admin'],
  'GET /api/users': ['admin'],
  'GET /api/users/names': SIGNED_IN,
  'GET /api/users/{id}': ['admin'],
  'POST /api/users/{id}/roles': ['admin'],
  'DELETE /api/users/{id}/roles/{role}': ['admin'],
  'POST /api/users/{id}/role-requests/{requestId}/approve': ['admin'],
  'POST /api/users/{id}/role-requests/{requestId}/reject': ['admin'],
  'POST /api/users/{id}/disable': ['admin'],
  'POST /api/users/{id}/enable': ['admin'],
  'POST /api/users/{id}/inspector-link': ['admin'],
  'POST /api/users/{id}/erase': ['admin'],
  'POST /api/users/{id}/password-reset': ['admin'],
  'POST /api/auth/sign-in': PUBLIC,
  'POST /api/auth/refresh': PUBLIC,
  'GET /api/auth/setup': PUBLIC,
  'POST /api/auth/setup': PUBLIC,
  'GET /api/auth/methods': PUBLIC,
  // Without a platform configured (as here) these two answer 404 OIDC_NOT_CONFIGURED.
  'GET /api/auth/oidc/start': PUBLIC,
  'GET /api/auth/oidc/callback': PUBLIC,
  // Any signed-in official; a service token, which has no session, is then refused NOT_A_SESSION.
  'POST /api/auth/sign-out': SIGNED_IN,
  'GET /api/auth/me': SIGNED_IN,
  'GET /api/auth/sessions': SIGNED_IN,
  'DELETE /api/auth/sessions/{id}': SIGNED_IN,
  'PUT /api/auth/password': SIGNED_IN,
  'GET /api/calendar/add-working-days': SIGNED_IN,
  'GET /api/calendar/working-days-between': SIGNED_IN,
  'GET /api/calendar/years': SIGNED_IN,
  'PUT /api/calendar/years/{year}': ['admin'],
  'POST /api/plans': ['admin', 'operator'],
  'GET /api/plans': SIGNED_IN,
  'POST /api/plans/{id}/publish': ['admin', 'operator', 'head'],
  'POST /api/plans/{id}/adjustments': ['admin', 'operator'],
  'POST /api/plans/{id}/close': ['admin', 'operator'],
  'GET /api/plans/coverage': SIGNED_IN,
  'GET /api/plans/{id}/history': SIGNED_IN,
  'GET /api/plans/{id}': SIGNED_IN,
  'POST /api/tasks': ['operator'],
  'GET /api/tasks': SIGNED_IN,
  'POST /api/tasks/{id}/responses': ['operator'],
  'POST /api/tasks/{id}/non-responses': ['operator'],
  'POST /api/tasks/{id}/draws/entities': ['operator'],
  'POST /api/tasks/{id}/pool-freeze': ['operator'],
  'GET /api/draw-beacons': SIGNED_IN,
  'POST /api/tasks/{id}/beacon-value': ['operator', 'head'],
  'POST /api/tasks/{id}/beacon-value/confirmation': ['operator', 'head'],
  'GET /api/tasks/{id}/draws/verify': SIGNED_IN,
  'GET /api/draw-ledger': ['admin', 'supervisor', 'auditor'],
  'POST /api/draw-ledger/voids': ['admin'],
  'POST /api/tasks/{id}/draws/inspectors': ['operator'],
  'POST /api/tasks/{id}/draws/experts': ['operator'],
  'POST /api/tasks/{id}/lock': ['operator'],
  'POST /api/tasks/{id}/cancel': ['operator', 'coordinator'],
  'GET /api/tasks/{id}/history': SIGNED_IN,
  'GET /api/tasks/{id}/bundle': ['admin', 'supervisor', 'auditor'],
  'GET /api/tasks/{id}': SIGNED_IN,
  // Printed forms: then only the task's departments and the overseers (NOT_A_TASK_DEPARTMENT).
  'GET /api/tasks/{id}/forms': FORM_PRINTERS,
  'GET /api/tasks/{id}/forms/notice/{entityId}.pdf': FORM_PRINTERS,
  'GET /api/tasks/{id}/forms/inspection/{departmentId}/{entityId}.pdf': FORM_PRINTERS,
  'GET /api/tasks/{id}/forms/result-notice/{entityId}.pdf': FORM_PRINTERS,
  'POST /api/tasks/{id}/replacement-requests': ['operator', 'head'],
  'POST /api/tasks/{id}/withdrawal-requests': ['operator', 'head'],
  'POST /api/tasks/{id}/correction-requests': ['operator', 'head'],
  'POST /api/tasks/{id}/replacement-requests/{requestId}/approve': ['head'],
  'POST /api/tasks/{id}/replacement-requests/{requestId}/reject': ['head'],
  'POST /api/tasks/{id}/withdrawal-requests/{requestId}/approve': ['head'],
  'POST /api/tasks/{id}/withdrawal-requests/{requestId}/reject': ['head'],
  'POST /api/tasks/{id}/correction-requests/{requestId}/approve': ['principal'],
  'POST /api/tasks/{id}/beyond-plan-requests/{requestId}/approve': ['head'],
  'POST /api/tasks/{id}/beyond-plan-requests/{requestId}/reject': ['head'],
  'POST /api/tasks/{id}/correction-requests/{requestId}/reject': ['principal'],
  'POST /api/tasks/{id}/cancellation-requests': ['operator', 'head'],
  'POST /api/tasks/{id}/cancellation-requests/{requestId}/approve': ['principal'],
  'POST /api/tasks/{id}/cancellation-requests/{requestId}/reject': ['principal'],
  'POST /api/tasks/{id}/postponement-requests': ['operator', 'head'],
  'POST /api/tasks/{id}/postponement-requests/{requestId}/approve': ['head'],
  'POST /api/tasks/{id}/postponement-requests/{requestId}/reject': ['head'],
  'POST /api/tasks/{id}/hand-overs': ['operator', 'head'],
  'POST /api/tasks/{id}/hand-overs/{entityId}/answer': ['operator', 'head'],
  'GET /api/hand-overs': ['operator', 'head'],
  'POST /api/tasks/{id}/results': ['inspector'],
  'POST /api/tasks/{id}/publications': ['head'],
  'POST /api/tasks/{id}/public-disclosure-stops': ['head'],
  'POST /api/tasks/{id}/objections': ['operator', 'head'],
  'POST /api/tasks/{id}/objections/{objectionId}/review': ['head'],
  'POST /api/tasks/{id}/objections/{objectionId}/outcome-notice': ['operator', 'head'],
  'POST /api/tasks/{id}/follow-ups': ['operator', 'head'],
  // Evidence (ADR 47): uploaded by those who attach; the list and download are for the task's
  // departments and auditors/supervisors, checked per task (403 list, 404 download) past the guard.
  'POST /api/tasks/{id}/evidence': ['inspector', 'operator', 'head'],
  'GET /api/tasks/{id}/evidence': SIGNED_IN,
  'POST /api/evidence': ['inspector', 'operator', 'head'],
  'POST /api/evidence/uploads': ['inspector', 'operator', 'head'],
  'GET /api/evidence/uploads/{uploadId}': ['inspector', 'operator', 'head'],
  'PATCH /api/evidence/uploads/{uploadId}': ['inspector', 'operator', 'head'],
  'POST /api/evidence/uploads/{uploadId}/complete': ['inspector', 'operator', 'head'],
  'DELETE /api/evidence/uploads/{uploadId}': ['inspector', 'operator', 'head'],
  'GET /api/evidence/{hash}': SIGNED_IN,
  'POST /api/tasks/{id}/personal-text-erasures': ['admin'],
  'POST /api/tasks/{id}/non-publication-requests': ['operator', 'inspector'],
  'POST /api/tasks/{id}/non-publication-requests/{requestId}/approve': ['head'],
  'POST /api/tasks/{id}/non-publication-requests/{requestId}/reject': ['head'],
  'POST /api/tasks/{id}/rectification-results': ['inspector', 'operator'],
  'GET /api/visits': SIGNED_IN,
  'POST /api/visits': ['operator', 'head'],
  'POST /api/visits/{id}/agreement': ['operator', 'head'],
  'POST /api/visits/{id}/joins': ['operator', 'head'],
  'GET /api/visits/{id}': ['operator', 'head', 'supervisor', 'auditor'],
  'GET /api/visits/{id}/team-verification': ['auditor', 'supervisor', 'admin'],
  'GET /api/audit/verify': ['admin', 'supervisor', 'auditor'],
  'GET /api/audit/proofs': ['admin', 'supervisor', 'auditor'],
  'GET /api/accountability': ['head', 'supervisor', 'auditor'],
  'GET /api/overdue-disclosures': SIGNED_IN,
  'GET /api/overdue-responses': SIGNED_IN,
  'GET /api/joint-office/non-responses': ['coordinator', 'supervisor', 'admin'],
  'GET /api/joint-office/late-filings': ['coordinator', 'supervisor', 'admin'],
  'GET /api/joint-office/consolidated-plan': ['coordinator', 'supervisor', 'admin'],
  'POST /api/joint-office/consolidated-plans': ['coordinator', 'admin'],
  'POST /api/joint-office/tasks': ['coordinator'],
  'GET /api/overdue-objections': SIGNED_IN,
  'GET /api/overdue-referrals': SIGNED_IN,
  // Referrals (ADR 50): then the result's department creates, the receiving one acts
  // (NOT_THE_RESULT_DEPARTMENT, NOT_THE_RECEIVING_DEPARTMENT); reads: either, or the overseers.
  'POST /api/referrals': ['operator', 'head'],
  'GET /api/referrals': ['operator', 'head', 'supervisor', 'auditor'],
  'GET /api/referrals/{id}': ['operator', 'head', 'supervisor', 'auditor'],
  'POST /api/referrals/{id}/accept': ['operator', 'head'],
  'POST /api/referrals/{id}/return': ['operator', 'head'],
  'POST /api/referrals/{id}/outcome': ['operator', 'head'],
  'GET /api/public/check-items': PUBLIC,
  'GET /api/public/departments': PUBLIC,
  'GET /api/public/plans': PUBLIC,
  'GET /api/public/plans/{id}': PUBLIC,
  'GET /api/public/checkpoints': PUBLIC,
  'GET /api/public/tasks/{id}/draw': PUBLIC,
  'GET /api/public/tasks/{id}/draw/bundle': PUBLIC,
  'GET /api/public/tasks': PUBLIC,
  'GET /api/public/results': PUBLIC,
  'GET /api/public/cancellations': PUBLIC,
  'GET /api/public/joint-lists': PUBLIC,
  'GET /api/public/joint-lists/{id}': PUBLIC,
  'GET /api/public/cancellations/{taskId}/entities': PUBLIC,
  'GET /api/public/postponements': PUBLIC,
  'GET /api/public/consolidated-plans': PUBLIC,
  // The business's own routes: no official's token; identified by a one-time code (ENTITY_SESSION_INVALID).
  'POST /api/public/entity-codes': PUBLIC,
  'POST /api/public/entity-sessions': PUBLIC,
  'POST /api/public/objections': ENTITY_SESSION,
  'GET /api/public/objections': ENTITY_SESSION,
  'GET /api/feeds/public': PUBLIC,
  'GET /api/feeds/subscribers': ['admin'],
  'GET /api/feeds/subscribers/{id}/dead-letters': ['admin'],
  'POST /api/feeds/subscribers/{id}/dead-letters/{itemId}/replay': ['admin'],
  'POST /api/feeds/subscribers/{id}/cursor': ['admin'],
  'GET /api/statistics': SIGNED_IN,
  'GET /api/statistics/plan-execution': SIGNED_IN,
  'GET /api/statistics/breakdown': SIGNED_IN,
  'GET /api/statistics/joint-tasks': SIGNED_IN,
  'GET /api/statistics/summary': SIGNED_IN,
  'GET /api/statistics/summary.xlsx': SIGNED_IN,
  // The national publicity export: then a department's own results only (OTHER_DEPARTMENT).
  'GET /api/exchange/results.csv': ['admin', 'auditor', 'supervisor', 'operator', 'head', 'principal'],
  'GET /api/exchange/results.xlsx': ['admin', 'auditor', 'supervisor', 'operator', 'head', 'principal'],
  'GET /api/admin/clock': ['admin'],
  'PUT /api/admin/clock': ['admin'],
};

describe('the authorization matrix: every route, every role', () => {
  const api = new ApiHarness();
  let routes: string[] = [];

  beforeAll(async () => {
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
    const doc = (await (await fetch(`${api.base}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => api.stop());

  it('knows every route the api serves, and serves every route it knows', () => {
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('lets each role through exactly where the table says, and no one anonymous but to public routes', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const [method, path] = route.split(' ');
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const body = method === 'GET' ? undefined : {};
      const access = MATRIX[route];
      if (access === ENTITY_SESSION) {
        // Anyone without the business's session: 401 ENTITY_SESSION_INVALID (or 400 for the empty body).
        for (const as of [undefined, ...ROLES.map((role) => staff('scjg', [role]))]) {
          const answer = await api.call<ErrorAnswer>(method, url, { as, body });
          const shut = answer.status === 400 || answer.body.code === 'ENTITY_SESSION_INVALID';
          if (!shut) wrong.push(`${route} as ${as?.roles[0] ?? 'anonymous'}: ${answer.status}`);
        }
        continue;
      }
      const anonymous = await api.call<ErrorAnswer>(method, url, { body });
      if ((anonymous.status === 401) !== (access !== PUBLIC))
        wrong.push(`${route} anonymous: ${anonymous.status}`);
      for (const role of ROLES) {
        const answer = await api.call<ErrorAnswer>(method, url, { as: staff('scjg', [role]), body });
        const refused = answer.status === 403 && answer.body.code === 'ROLE_NOT_ALLOWED';
        const allowed = access === PUBLIC || access.includes(role);
        if (refused === allowed || answer.status === 401) wrong.push(`${route} as ${role}: ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('outside the document: the docs are anonymous, the metrics are not', async () => {
    for (const path of ['/api/docs', '/api/docs-json', '/health'])
      expect((await api.call('GET', path)).status).toBe(200);
    expect((await api.call('GET', '/metrics')).status).toBe(401);
    expect((await api.call('GET', '/metrics', { as: staff('scjg', ['operator']) })).status).toBe(403);
    expect((await api.call('GET', '/metrics', { as: staff('jjjc', ['auditor']) })).status).toBe(200);
  });
});
