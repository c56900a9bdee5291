import { Module } from '@nestjs/common';
import { RebuildCommand } from './rebuild.command';
import { StatusCommand } from './status.command';
import { TokenCommand } from './token.command';
import { VerifyDrawCommand } from './verify-draw.command';
import { AuditCommand } from './audit-verify.command';
import { ExportCommand } from './export.command';
import { VerifyBundleCommand } from './verify-bundle.command';
import { StoresLifecycle, storesProvider } from './stores.provider';

@Module({
  providers: [
    storesProvider,
    StoresLifecycle,
    StatusCommand,
    RebuildCommand,
    TokenCommand,
    VerifyDrawCommand,
    AuditCommand,
    ExportCommand,
    VerifyBundleCommand,
  ],
})
export class CliModule {}
