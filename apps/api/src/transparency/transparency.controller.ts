import type { PublicCheckpoints } from '@app/contract';
import type { Stores } from '@app/runtime';
import {
  type ConsistencyAnswer,
  type InclusionAnswer,
  type ProofRefusal,
  transparencyProofs,
} from '@app/transparency-log';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { STORES } from '../stores/stores.providers';
import { CheckpointsQueryDto, ProofsQueryDto } from './transparency.dto';

/** The transparency log (docs/api.md, "Transparency log"): signed checkpoints in public, proofs for auditors. */
@ApiTags('transparency')
@Controller('api')
export class TransparencyController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** Signed checkpoints, newest first, and every key that signed or signs them. */
  @Public()
  @Get('public/checkpoints')
  async checkpoints(@Query() query: CheckpointsQueryDto): Promise<PublicCheckpoints> {
    const { store } = this.stores.transparency;
    const page = await store.checkpoints({ beforeSize: query.beforeSize, limit: query.limit ?? 20 });
    const keys = await this.stores.transparency.keys();
    return {
      items: page.checkpoints,
      ...(page.nextBeforeSize ? { nextBeforeSize: page.nextBeforeSize } : {}),
      keys,
    };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'supervisor', 'admin')
  @Get('audit/proofs')
  async proofs(@Query() query: ProofsQueryDto): Promise<InclusionAnswer | ConsistencyAnswer> {
    const inclusion = query.eventId !== undefined || query.position !== undefined;
    const consistency = query.fromSize !== undefined;
    if (inclusion === consistency || (query.eventId !== undefined && query.position !== undefined)) {
      throw ApiError.invalid([
        {
          field: 'eventId',
          reason: 'give eventId or position (inclusion), or fromSize (consistency): exactly one',
          rule: 'proofQuery',
        },
      ]);
    }
    const { store, reader } = this.stores.transparency;
    const proofs = transparencyProofs(store, reader);
    const answer = consistency
      ? await proofs.consistency(query.fromSize!, query.toSize)
      : await proofs.inclusion(
          query.eventId !== undefined ? { eventId: query.eventId } : { position: query.position! },
          query.treeSize,
        );
    if ('refusal' in answer) throw refusal(answer);
    return answer;
  }
}

function refusal(answer: ProofRefusal): ApiError {
  if (answer.refusal === 'beyond-tree') {
    return ApiError.invalid([
      { field: answer.field, reason: answer.message, rule: 'max', params: { max: answer.max } },
    ]);
  }
  return ApiError.notFound(answer.refusal, answer.message);
}
