-- 充当 as 地方税法 第17条の2 and 第17条の4 have it (docs/revenue.md "充当 and 還付"): the arrears are
-- taken as paid on the 充当適状日 (the later of the day the 過誤納 arose and the arrears' 納期限,
-- 地方税法施行令 第6条の14 [要確認 the article]), so their 延滞金 runs to that day (a
-- revenue_late_charges row on the overpaying receipt); and the part applied earns 還付加算金 from
-- its start by cause through that day, which is refunded with the rest.
ALTER TABLE revenue_appropriations ADD COLUMN fit_on TEXT;                       -- 充当適状日
ALTER TABLE revenue_appropriations ADD COLUMN interest %BIGINT% NOT NULL DEFAULT 0; -- 還付加算金 on the part applied
