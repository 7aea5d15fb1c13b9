-- Computed columns for the PostGraphile peer (installed only into the benchmark's throwaway
-- database): the same attendance rate and final score as Sanggar's progress, as SQL functions.

-- (PRESENT + LATE) / (held sessions − EXCUSED), held = not cancelled and ended, counted from the
-- seat on (or when a record exists); 1 when nothing is expected yet.
CREATE FUNCTION enrollment_attendance_rate(e enrollment) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN t.expected <= 0 THEN 1 ELSE round(least(1, t.attended::numeric / t.expected), 4) END
    FROM (SELECT count(*) FILTER (WHERE ar.status IN ('PRESENT', 'LATE')) AS attended,
                 count(*) FILTER (WHERE ar.status IS DISTINCT FROM 'EXCUSED') AS expected
            FROM session s
            LEFT JOIN attendance_record ar ON ar.session_id = s.id AND ar.trainee_id = e.trainee_id
           WHERE s.cohort_id = e.cohort_id AND s.status = 'SCHEDULED' AND s.ends_at <= now()
             AND (s.starts_at >= e.seated_at OR ar.status IS NOT NULL)) t
$$;

-- Weighted mean of every assignment's latest graded score (the newest grade of the newest GRADED
-- attempt), a missing one counting as 0.
CREATE FUNCTION enrollment_final_score(e enrollment) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT coalesce(round((sum(a.weight * coalesce(latest.score, 0)) / nullif(sum(a.weight), 0))::numeric, 2), 0)
    FROM cohort c
    JOIN curriculum_module m ON m.curriculum_id = c.curriculum_id
    JOIN assignment a ON a.module_id = m.id
    LEFT JOIN LATERAL (
      SELECT g.score FROM submission s
        JOIN LATERAL (SELECT score FROM grade WHERE submission_id = s.id ORDER BY graded_at DESC LIMIT 1) g ON true
       WHERE s.enrollment_id = e.id AND s.assignment_id = a.id AND s.status = 'GRADED'
       ORDER BY s.attempt DESC LIMIT 1) latest ON true
   WHERE c.id = e.cohort_id
$$;
