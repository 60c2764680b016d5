-- Counter documents of the vehicles the town registers itself (原付・小型特殊・ミニカー): a 標識交付
-- (登録 or 再交付, with its 標識交付証明書) or a 廃車申告 (with its 廃車申告受付書). The id is the 発行
-- number printed on the document; a plate number given out once is recorded here and never
-- issued again (plate_prefix, plate_number unique).
CREATE TABLE light_vehicle_counter_documents (
    id %ID%,
    kind TEXT NOT NULL,                 -- plate_issue | plate_reissue | deregistration
    vehicle_id %BIGINT% NOT NULL REFERENCES light_vehicles (id),
    party_no %BIGINT% NOT NULL,         -- the owner it was issued for
    plate_no TEXT NOT NULL,             -- the plate given out (or returned, for a 廃車)
    plate_prefix TEXT,                  -- issue and reissue: the range's head …
    plate_number INTEGER,               -- … and the number given out
    previous_plate_no TEXT,             -- reissue: the plate lost or damaged
    reason TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by %BIGINT% NOT NULL,
    UNIQUE (plate_prefix, plate_number)
);
CREATE INDEX light_vehicle_counter_documents_vehicle ON light_vehicle_counter_documents (vehicle_id);
