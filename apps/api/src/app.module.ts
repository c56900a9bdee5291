import { createSecretKey } from 'node:crypto';
import { type AppConfig, loadAuthSecret } from '@app/runtime';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtService } from '@nestjs/jwt';
import { SignInController } from './sign-in/sign-in.controller';
import { FirstAdministrator } from './sign-in/setup/first-administrator';
import { SetupController } from './sign-in/setup/setup.controller';
import { PasswordResetController } from './sign-in/password-reset.controller';
import { OidcController } from './sign-in/oidc/oidc.controller';
import { OidcSignIn } from './sign-in/oidc/oidc-sign-in';
import { AuthGuard } from './auth/auth.guard';
import { PasswordSignIn } from './sign-in/password-sign-in';
import { SessionIssuer } from './sign-in/session-issuer';
import { AUTH_JWT } from './auth/auth-jwt';
import { CLOCK, SettableClock, SystemClock } from './common/clock';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { StreamWriter } from './commands/stream-writer';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { apiValidationPipe } from './common/validation';
import { HealthController } from './health/health.controller';
import { withIdempotentWrites } from './idempotency/idempotent-writes';
import { CommandMetrics } from './metrics/command-metrics';
import { ImportMetrics } from './metrics/import-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsRegistry } from './metrics/metrics-registry';
import { PlansController } from './plans/plans.controller';
import { ProjectionsController } from './projections/projections.controller';
import { CheckItemsController } from './registers/check-items.controller';
import { JointItemListsController } from './registers/joint-item-lists.controller';
import { DepartmentsController } from './registers/departments.controller';
import { EntitiesController } from './registers/entities.controller';
import { EntityContactController } from './registers/entity-contact.controller';
import { InspectorRegistration } from './registers/inspector-registration';
import { InspectorsController } from './registers/inspectors.controller';
import { importSlotsProvider } from './registers/import-slots.provider';
import { uploadSpoolProvider } from './registers/upload-spool.provider';
import { APP_CONFIG, STORES, StoresLifecycle, storesProvider } from './stores/stores.providers';
import { DrawsController } from './draws/draws.controller';
import { BeaconController } from './draws/beacon.controller';
import { DrawBeaconsController } from './draws/draw-beacons.controller';
import { EntityDrawService } from './draws/entity-draw.service';
import { DrawLedger } from './draws/draw-ledger';
import { DrawLedgerController } from './draws/draw-ledger.controller';
import { DrawLedgerEntries } from './draws/draw-ledger-entries';
import { DrawLedgerVoids } from './draws/draw-ledger-voids';
import { LedgeredDraw } from './draws/ledgered-draw';
import { DrawRandomness } from './draws/draw-randomness';
import { EntityDrawRecorder } from './draws/entity-draw-recorder';
import { AuditController } from './audit/audit.controller';
import { TaskBundleController } from './audit/task-bundle.controller';
import { TransparencyController } from './transparency/transparency.controller';
import { AccountabilityController } from './accountability/accountability.controller';
import { OverdueController } from './disclosures/overdue.controller';
import { NonResponseNoticeController } from './disclosures/non-response-notice.controller';
import { LateFilingsController } from './plans/late-filings.controller';
import { ConsolidatedPlansController } from './plans/consolidated-plans.controller';
import { OverdueObjectionsController } from './disclosures/overdue-objections.controller';
import { PublicController } from './public/public.controller';
import { PublicJointListsController } from './public/public-joint-lists.controller';
import { PublicCancellationsController } from './public/public-cancellations.controller';
import { PublicPostponementsController } from './public/public-postponements.controller';
import { AfterAnnouncementController } from './tasks/after-announcement.controller';
import { PlanBindingController } from './tasks/plan-binding.controller';
import { PublicDrawController } from './public/public-draw.controller';
import { StatisticsController } from './statistics/statistics.controller';
import { PlanExecutionController } from './statistics/plan-execution.controller';
import { AssessmentController } from './statistics/assessment.controller';
import { StatisticsFigures } from './statistics/statistics.query';
import { PlanExecutionFigures } from './statistics/plan-execution.query';
import { BreakdownFigures } from './statistics/breakdown.query';
import { JointTaskFigures } from './statistics/joint-tasks.query';
import { SummaryFigures } from './statistics/summary.query';
import { ClockController } from './admin/clock.controller';
import { ExpertDrawService } from './draws/expert-draw.service';
import { InspectorDrawService } from './draws/inspector-draw.service';
import { DrawSeeds } from './tasks/draw-seeds';
import { TaskFacts } from './tasks/task-facts';
import { TaskRequestsController } from './tasks/task-requests.controller';
import { ResultDisclosureController } from './tasks/result-disclosure.controller';
import { TaskResultsController } from './tasks/task-results.controller';
import { PersonalText } from './tasks/personal-text';
import { SealedResults } from './tasks/sealed-results';
import { TasksController } from './tasks/tasks.controller';
import { OfficeTasksController } from './tasks/office-tasks.controller';
import { TaskInitiation } from './tasks/task-initiation';
import { VisitsController } from './visits/visits.controller';
import { VisitAgreementController } from './visits/visit-agreement.controller';
import { VisitFacts } from './visits/visit-facts';
import { VisitJoins } from './visits/visit-joins';
import { UserAccounts } from './users/user-accounts';
import { UsersController } from './users/users.controller';

import { EvidenceController } from './evidence/evidence.controller';
import { TaskEvidenceController } from './evidence/task-evidence.controller';
import { BlobStoreLifecycle, blobStoreProvider } from './evidence/blob-store.provider';
import { EvidenceUploads } from './evidence/evidence-uploads';
import { TaskEvidence } from './evidence/task-evidence';
import { FormsController } from './forms/forms.controller';
import { FormFont } from './forms/form-font';
import { CaseFileController } from './case-file/case-file.controller';
import { CaseFileExports } from './case-file/case-file-export';
import { CaseFileReads } from './case-file/case-file-reads';
import { TaskForms } from './forms/task-forms';
import { ExchangeResultsController } from './exchange/exchange-results.controller';
import { EntityObjectionsController } from './public/entity-access/entity-objections.controller';
import { entityAccessProviders } from './public/entity-access/entity-access.providers';
import { PublicFeedController } from './feeds/public-feed.controller';
import { FeedSubscribersController } from './feeds/feed-subscribers.controller';
import { FeedDeliverers } from './feeds/feed-deliverers';
import { ReferralsController } from './referrals/referrals.controller';
import { EntityListingsController } from './referrals/entity-listings.controller';
import { ReferralFacts } from './referrals/referral-facts';
import { OverdueReferralsController } from './referrals/overdue-referrals.controller';
@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        ...withIdempotentWrites([
          HealthController,
          MetricsController,
          ProjectionsController,
          DepartmentsController,
          CheckItemsController,
          JointItemListsController,
          EntitiesController,
          EntityContactController,
          InspectorsController,
          UsersController,
          SignInController,
          SetupController,
          PasswordResetController,
          OidcController,
          CalendarController,
          PlansController,
          TasksController,
          OfficeTasksController,
          DrawsController,
          BeaconController,
          DrawBeaconsController,
          DrawLedgerController,
          TaskRequestsController,
          AfterAnnouncementController,
          PlanBindingController,
          ResultDisclosureController,
          TaskResultsController,
          VisitsController,
          VisitAgreementController,
          AuditController,
          TaskBundleController,
          TransparencyController,
          AccountabilityController,
          OverdueController,
          NonResponseNoticeController,
          LateFilingsController,
          ConsolidatedPlansController,
          OverdueObjectionsController,
          PublicController,
          PublicCancellationsController,
          PublicPostponementsController,
          PublicJointListsController,
          PublicDrawController,
          StatisticsController,
          PlanExecutionController,
          AssessmentController,
          ClockController,
          FormsController,
          TaskEvidenceController,
          CaseFileController,
          ExchangeResultsController,
          PublicFeedController,
          FeedSubscribersController,
          ReferralsController,
          EntityListingsController,
          OverdueReferralsController,
        ]),
        // Uploads are content-addressed (the same bytes keep one file): no Idempotency-Key needed.
        EvidenceController,
        // The business's own routes: identified by a one-time code, not an official's token.
        EntityObjectionsController,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        storesProvider,
        StoresLifecycle,
        blobStoreProvider,
        BlobStoreLifecycle,
        EvidenceUploads,
        TaskEvidence,
        uploadSpoolProvider,
        importSlotsProvider,
        {
          provide: AUTH_JWT,
          useFactory: () => {
            // A key object made once: given the secret as text, jsonwebtoken would first try to
            // read it as a public key on every request (a third of a signed-in request's time).
            const key = createSecretKey(Buffer.from(loadAuthSecret(config).secret));
            return new JwtService({ secretOrKeyProvider: () => key });
          },
        },
        { provide: CLOCK, useValue: config.simulatedClock ? new SettableClock() : new SystemClock() },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: apiValidationPipe },
        MetricsRegistry,
        CommandMetrics,
        ImportMetrics,
        StreamWriter,
        FeedDeliverers,
        InspectorRegistration,
        UserAccounts,
        SessionIssuer,
        PasswordSignIn,
        FirstAdministrator,
        OidcSignIn,
        CalendarService,
        StatisticsFigures,
        PlanExecutionFigures,
        BreakdownFigures,
        JointTaskFigures,
        SummaryFigures,
        TaskFacts,
        ...entityAccessProviders,
        VisitFacts,
        TaskInitiation,
        VisitJoins,
        PersonalText,
        SealedResults,
        DrawSeeds,
        EntityDrawService,
        DrawLedger,
        DrawLedgerEntries,
        DrawLedgerVoids,
        LedgeredDraw,
        DrawRandomness,
        EntityDrawRecorder,
        InspectorDrawService,
        ExpertDrawService,
        FormFont,
        TaskForms,
        CaseFileReads,
        CaseFileExports,
        ReferralFacts,
      ],
      exports: [STORES, APP_CONFIG],
    };
  }
}
