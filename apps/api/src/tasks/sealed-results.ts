import type { InspectionResult, Sealer } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { PersonalText } from './personal-text';
import type { ResultDto } from './dto';

/** A result as the task takes it: the witness and the notes sealed, never in clear. */
@Injectable()
export class SealedResults {
  constructor(private readonly personalText: PersonalText) {}

  async resultOf(
    taskId: string,
    entityId: string,
    sealer: Sealer,
    dto: ResultDto,
  ): Promise<InspectionResult> {
    const sealed = await this.personalText.seal(taskId, entityId, sealer, {
      witness: dto.witness,
      notes: dto.notes,
    });
    return {
      category: dto.category,
      method: dto.method,
      itemFindings: dto.itemFindings.map((f) => ({
        itemId: f.itemId,
        finding: f.finding,
        ...(f.compliant !== undefined ? { compliant: f.compliant } : {}),
      })),
      inspectedOn: dto.inspectedOn,
      ...(dto.signatureRefused !== undefined ? { signatureRefused: dto.signatureRefused } : {}),
      ...(sealed ? { sealed } : {}),
    };
  }
}
