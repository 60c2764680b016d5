-- 減免の取消: a decision withdrawn is kept with when, from which date, why and by whom (withdrawn_at
-- of 11002 marks it); the next 当初課税 run 更正s the line to the tax without it.
ALTER TABLE light_vehicle_reductions ADD COLUMN withdrawn_on TEXT;
ALTER TABLE light_vehicle_reductions ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE light_vehicle_reductions ADD COLUMN withdrawn_by %BIGINT%;
