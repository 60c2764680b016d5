-- Mass printing runs (server/mass_printing, docs/printing.md "Mass printing"): one row per run
-- with the order of its recipients fixed at its first start, the spool files written (each
-- committed after its PDF was fsynced) and the documents in them (the CSV index). A resumed run
-- continues after the last committed file: no document twice, none skipped.
CREATE TABLE mass_print_runs (
    id %ID%,
    job_id %BIGINT% NOT NULL,
    kind TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    sort_order TEXT NOT NULL CHECK (sort_order IN ('town_area', 'postal')),
    output TEXT NOT NULL CHECK (output IN ('spool', 'bpo')),
    paper TEXT NOT NULL,
    pages_per_file INTEGER NOT NULL,
    recipients TEXT NOT NULL,
    document_count INTEGER NOT NULL,
    documents_done INTEGER NOT NULL,
    pages_done INTEGER NOT NULL,
    files_done INTEGER NOT NULL,
    finished INTEGER NOT NULL,
    created_by %BIGINT% NOT NULL,
    created_login TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE mass_print_files (
    run_id %BIGINT% NOT NULL REFERENCES mass_print_runs (id),
    file_no INTEGER NOT NULL,
    name TEXT NOT NULL,
    pages INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (run_id, file_no)
);
CREATE TABLE mass_print_documents (
    run_id %BIGINT% NOT NULL REFERENCES mass_print_runs (id),
    seq INTEGER NOT NULL,
    party_no %BIGINT% NOT NULL,
    postal_code TEXT NOT NULL,
    pages INTEGER NOT NULL,
    file_no INTEGER NOT NULL,
    first_page INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);
