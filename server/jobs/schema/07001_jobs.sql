-- Background jobs (server/jobs, docs/jobs.md): batches and mass runs that outlive a request
-- (当初課税, 納税通知書 printing, imports …), one row per job with its progress and the checkpoint
-- it resumes from after a crash.
CREATE TABLE jobs (
    id %ID%,
    kind TEXT NOT NULL,
    params TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    done_count %BIGINT% NOT NULL,
    total_count %BIGINT% NOT NULL,
    checkpoint TEXT NOT NULL,
    result TEXT NOT NULL,
    error TEXT NOT NULL,
    cancel_requested INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    submitted_by %BIGINT% NOT NULL,
    submitted_login TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);
CREATE INDEX jobs_queue ON jobs (kind, state, id);
