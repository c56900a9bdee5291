import { DomainError, type InspectorAssignment } from '@app/domain';

interface Shortage {
  entityId: string;
  needed: number;
}

interface AppointmentAsked {
  entityId: string;
  inspectorIds: string[];
}

/**
 * Appointments only fill a shortfall (an appointment never replaces what the draw could give), so
 * one that would not be used is refused rather than dropped: the caller is told, and nobody can
 * later say they appointed someone the record does not name.
 */
export function refuseUnneededAppointments(
  appointments: readonly AppointmentAsked[],
  outcome: { assignments: readonly InspectorAssignment[]; shortages: readonly Shortage[] },
): void {
  const unneeded: { entityId: string; inspectorIds: string[]; missing: number }[] = [];
  const seen = new Set<string>();
  for (const appointment of appointments) {
    const shortage = outcome.shortages.find((s) => s.entityId === appointment.entityId);
    const drawn = outcome.assignments.find((a) => a.entityId === appointment.entityId)?.inspectorIds ?? [];
    const missing = shortage ? shortage.needed - drawn.length : 0;
    const again = seen.has(appointment.entityId);
    seen.add(appointment.entityId);
    const alreadyDrawn = appointment.inspectorIds.some((id) => drawn.includes(id));
    if (again || alreadyDrawn || appointment.inspectorIds.length > missing)
      unneeded.push({ entityId: appointment.entityId, inspectorIds: appointment.inspectorIds, missing });
  }
  if (unneeded.length > 0)
    throw new DomainError(
      'APPOINTMENT_NOT_NEEDED',
      'Appointments only fill a shortfall of the draw; these would not be used',
      { unneeded },
    );
}
