-- 納税証明書 (継続検査用) issued at the counter: one row per issue, its id the 発行番号 printed on it.
CREATE TABLE light_vehicle_certificates (
    id %ID%,
    vehicle_id %BIGINT% NOT NULL REFERENCES light_vehicles (id),
    party_no %BIGINT% NOT NULL,         -- the owner it was issued for
    plate_no TEXT NOT NULL,
    issued_on TEXT NOT NULL,            -- 処理日
    issued_at TEXT NOT NULL,
    issued_by %BIGINT% NOT NULL
);
CREATE INDEX light_vehicle_certificates_vehicle ON light_vehicle_certificates (vehicle_id);
