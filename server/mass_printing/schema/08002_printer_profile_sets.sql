-- Default printer profile sets per terminal group (docs/printing.md "Default profiles per terminal
-- group"): the JSON an administrator exported from a terminal (format kikan-printer-profiles,
-- version 1), pushed for a group of terminals (「本庁窓口」, 「支所」 …); a terminal without profiles of
-- its own takes its group's set at start.
CREATE TABLE printer_profile_sets (
    terminal_group TEXT PRIMARY KEY,
    profiles TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
