/** How to count the working days between today and a deadline, both Beijing days ("YYYY-MM-DD"). */
export type DeadlineCount = { kind: 'today' } | { kind: 'left' | 'overdue'; from: string; to: string };

export function deadlineCount(today: string, due: string): DeadlineCount {
  if (due === today) return { kind: 'today' };
  return due > today ? { kind: 'left', from: today, to: due } : { kind: 'overdue', from: due, to: today };
}
