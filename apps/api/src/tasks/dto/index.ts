export {
  ParticipantDto,
  CriteriaDto,
  RatiosDto,
  SamplingDto,
  WindowDto,
  InitiateTaskDto,
  OfficeInitiateTaskDto,
} from './initiate-task.dto';
export { RespondDto } from './respond.dto';
export { NonResponseDto } from './non-response.dto';
export { DrawEntitiesDto } from './draw-entities.dto';
export { AppointmentDto, DrawInspectorsDto } from './draw-inspectors.dto';
export { DrawExpertsDto } from './draw-experts.dto';
export { ReplacementRequestDto } from './replacement-request.dto';
export { WithdrawalRequestDto } from './withdrawal-request.dto';
export { DecisionDto } from './decision.dto';
export { ItemFindingDto, ResultDto, EnterResultDto } from './result.dto';
export { PublicationDto, StopPublicDisclosureDto } from './publication.dto';
export { CorrectionRequestDto } from './correction-request.dto';
export { ObjectionDto, ObjectionOutcomeNoticeDto, ObjectionReviewDto } from './objection.dto';
export { FollowUpDto } from './follow-up.dto';
export { PersonalTextErasureDto } from './personal-text-erasure.dto';
export { CancelDto } from './cancel.dto';
export { TaskQueryDto } from './task-query.dto';
export { BeaconRoundDto, BeaconValueDto } from './beacon.dto';
export { NonPublicationRequestDto, RectificationResultDto } from './result-disclosure.dto';
export {
  HandOverAnswerDto,
  HandOverDto,
  HandOverQueryDto,
  PostponementRequestDto,
} from './after-announcement.dto';
