import { deciderSpecification } from '../testing/decider-specification';
import type { AttachEvidence, EvidenceEvent } from './evidence';
import { type EvidenceReference, MAX_EVIDENCE_PER_TARGET } from './evidence-vocabulary';
import { inspectionTaskDecider } from './inspection-task';
import {
  SEALED_DETAIL,
  TASK_ID,
  cancelled,
  correctionRequested,
  histories,
  leadClerk,
  objectionFiled,
  objectionReviewed,
  requestRejected,
  xfClerk,
} from './testing/task-fixtures';
import type { InspectionTaskEvent } from './task-events';

const spec = deciderSpecification(inspectionTaskDecider);

const HASH = 'a'.repeat(64);
const PHOTO: EvidenceReference = { hash: HASH, contentType: 'image/jpeg', size: 2048, kind: 'photo' };
const RESULT_E1 = { kind: 'result', entityId: 'e1', departmentId: 'scjg' } as const;

const attach = (fields: Partial<AttachEvidence> = {}): AttachEvidence => ({
  kind: 'AttachEvidence',
  taskId: TASK_ID,
  by: { actorId: 'u-p-scjg-1', departmentId: 'scjg' },
  inspectorId: 'p-scjg-1',
  to: RESULT_E1,
  evidence: PHOTO,
  ...fields,
});

const attached = (fields: Partial<EvidenceEvent['data']> = {}): EvidenceEvent => ({
  type: 'EvidenceAttached',
  data: { taskId: TASK_ID, entityId: 'e1', departmentId: 'scjg', to: RESULT_E1, evidence: PHOTO, ...fields },
});

const followUpRecorded: InspectionTaskEvent = {
  type: 'FollowUpRecorded',
  data: {
    taskId: TASK_ID,
    followUpId: 'f-1',
    entityId: 'e1',
    departmentId: 'scjg',
    kind: 'case_filed',
    sealed: SEALED_DETAIL,
  },
};

const rectificationEntered: InspectionTaskEvent = {
  type: 'RectificationResultEntered',
  data: {
    taskId: TASK_ID,
    rectificationId: 'rc-1',
    entityId: 'e1',
    departmentId: 'scjg',
    enteredBy: leadClerk.actorId,
    rectified: true,
    findings: '已整改',
    rectifiedOn: '2026-06-10',
  },
};

describe('evidence attached to a result', () => {
  it('a member of the entity’s team of the result’s department attaches a photo to the entered result', () => {
    spec.given(histories.resultEntered).when(attach()).then([attached()]);
  });

  it('is added to a published result too: the record grows, it never shrinks', () => {
    spec.given(histories.published).when(attach()).then([attached()]);
  });

  it('keeps the name normalised: NFC, no control characters or path separators, spaces collapsed', () => {
    const named = { ...PHOTO, name: '  ../现场\u0000照片\t 1.jpg ' };
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: named }))
      .then([attached({ evidence: { ...PHOTO, name: '.._现场照片 1.jpg' } })]);
  });

  it('leaves out a name with nothing left after normalising', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, name: ' \u0001 ' } }))
      .then([attached()]);
  });

  it('refuses a result not entered yet', () => {
    spec.given(histories.locked).when(attach()).thenRejects('RESULT_NOT_ENTERED');
  });

  it('refuses an inspector outside the team, or of another department of the team', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ inspectorId: 'p-scjg-3' }))
      .thenRejects('NOT_IN_TEAM');
    spec
      .given(histories.resultEntered)
      .when(attach({ inspectorId: 'p-xf-1', by: xfClerk }))
      .thenRejects('NOT_IN_TEAM');
  });

  it('refuses a user who is no inspector (the department’s operator does not add to a result)', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ inspectorId: undefined, by: leadClerk }))
      .thenRejects('NOT_IN_TEAM');
  });

  it('refuses an entity not on the task’s list', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ to: { ...RESULT_E1, entityId: 'e9' } }))
      .thenRejects('ENTITY_NOT_IN_TASK');
  });

  it('refuses before the lock, and on a cancelled task', () => {
    spec.given(histories.inspectorsDrawn).when(attach()).thenRejects('TASK_NOT_LOCKED');
    spec
      .given([...histories.resultEntered, cancelled()])
      .when(attach())
      .thenRejects('TASK_CANCELLED');
    spec.given([]).when(attach()).thenRejects('TASK_NOT_FOUND');
  });
});

describe('evidence attached to an objection, a follow-up, a correction', () => {
  const objection = { kind: 'objection', objectionId: 'o-1' } as const;

  it('the objection’s department adds to it, filed or reviewed', () => {
    const expected = attached({ to: objection });
    spec
      .given([...histories.published, objectionFiled()])
      .when(attach({ by: leadClerk, inspectorId: undefined, to: objection }))
      .then([expected]);
    spec
      .given([...histories.published, objectionFiled(), objectionReviewed()])
      .when(attach({ by: leadClerk, to: objection }))
      .then([expected]);
  });

  it('refuses another department, and an objection that does not exist', () => {
    spec
      .given([...histories.published, objectionFiled()])
      .when(attach({ by: xfClerk, to: objection }))
      .thenRejects('EVIDENCE_OF_OTHER_DEPARTMENT');
    spec
      .given(histories.published)
      .when(attach({ by: leadClerk, to: objection }))
      .thenRejects('OBJECTION_NOT_FOUND');
  });

  it('a follow-up or a rectification result takes evidence of its department', () => {
    const followUp = { kind: 'followUp', followUpId: 'f-1' } as const;
    spec
      .given([...histories.published, followUpRecorded])
      .when(attach({ by: leadClerk, to: followUp }))
      .then([attached({ to: followUp })]);
    const rectification = { kind: 'followUp', followUpId: 'rc-1' } as const;
    spec
      .given([...histories.published, rectificationEntered])
      .when(attach({ by: leadClerk, to: rectification }))
      .then([attached({ to: rectification })]);
    spec
      .given([...histories.published, followUpRecorded])
      .when(attach({ by: xfClerk, to: followUp }))
      .thenRejects('EVIDENCE_OF_OTHER_DEPARTMENT');
    spec
      .given(histories.published)
      .when(attach({ by: leadClerk, to: followUp }))
      .thenRejects('FOLLOW_UP_NOT_FOUND');
  });

  it('a correction takes evidence while pending or approved, never once rejected', () => {
    const correction = { kind: 'correction', requestId: 'r-c' } as const;
    const scan: EvidenceReference = { ...PHOTO, kind: 'scanned-form', contentType: 'application/pdf' };
    spec
      .given([...histories.published, correctionRequested()])
      .when(attach({ by: leadClerk, to: correction, evidence: scan }))
      .then([attached({ to: correction, evidence: scan })]);
    spec
      .given([...histories.published, correctionRequested(), requestRejected({ requestId: 'r-c' })])
      .when(attach({ by: leadClerk, to: correction }))
      .thenRejects('CORRECTION_REJECTED');
    spec
      .given([...histories.published, correctionRequested()])
      .when(attach({ by: xfClerk, to: correction }))
      .thenRejects('EVIDENCE_OF_OTHER_DEPARTMENT');
    spec
      .given(histories.published)
      .when(attach({ by: leadClerk, to: correction }))
      .thenRejects('CORRECTION_NOT_FOUND');
  });
});

describe('the reference itself', () => {
  it('refuses a hash that is not 64 lower-case hex digits', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, hash: 'A'.repeat(64) } }))
      .thenRejects('EVIDENCE_HASH_INVALID');
  });

  it('refuses an empty or fractional size', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, size: 0 } }))
      .thenRejects('EVIDENCE_SIZE_INVALID');
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, size: 1.5 } }))
      .thenRejects('EVIDENCE_SIZE_INVALID');
  });

  it('refuses a kind its content type contradicts; accepts an m4a as audio and a jpeg scan', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, kind: 'video' } }))
      .thenRejects('EVIDENCE_KIND_MISMATCH');
    const m4a = { ...PHOTO, kind: 'audio', contentType: 'video/mp4' } as const;
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: m4a }))
      .then([attached({ evidence: m4a })]);
    const scan = { ...PHOTO, kind: 'scanned-form' } as const;
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: scan }))
      .then([attached({ evidence: scan })]);
  });

  it('refuses a name over 200 characters', () => {
    spec
      .given(histories.resultEntered)
      .when(attach({ evidence: { ...PHOTO, name: '照'.repeat(201) } }))
      .thenRejects('EVIDENCE_NAME_TOO_LONG');
  });

  it('refuses the same file twice on one record, and accepts it on another', () => {
    spec
      .given([...histories.resultEntered, attached()])
      .when(attach())
      .thenRejects('EVIDENCE_ALREADY_ATTACHED');
    spec
      .given([...histories.published, objectionFiled(), attached()])
      .when(attach({ by: leadClerk, to: { kind: 'objection', objectionId: 'o-1' } }))
      .then([attached({ to: { kind: 'objection', objectionId: 'o-1' } })]);
  });

  it(`refuses a file beyond ${MAX_EVIDENCE_PER_TARGET} on one record`, () => {
    const full = Array.from({ length: MAX_EVIDENCE_PER_TARGET }, (_, i) =>
      attached({ evidence: { ...PHOTO, hash: i.toString(16).padStart(64, '0') } }),
    );
    spec
      .given([...histories.resultEntered, ...full])
      .when(attach())
      .thenRejects('EVIDENCE_LIMIT_REACHED');
    spec
      .given([...histories.resultEntered, ...full.slice(1)])
      .when(attach())
      .then([attached()]);
  });
});
