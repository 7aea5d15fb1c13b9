/** What a trainee still has to hand in: assignments without a graded attempt, or asked to resubmit. */
export function assignmentsDue(
  assignments: { id: string; title: string }[],
  submissions: { status: string; assignment: { id: string } }[],
): { id: string; title: string; resubmit: boolean }[] {
  const latest = new Map<string, string>();
  for (const submission of submissions) latest.set(submission.assignment.id, submission.status);
  return assignments
    .filter((assignment) => !latest.has(assignment.id) || latest.get(assignment.id) === 'RESUBMIT_REQUESTED')
    .map((assignment) => ({ ...assignment, resubmit: latest.get(assignment.id) === 'RESUBMIT_REQUESTED' }));
}
