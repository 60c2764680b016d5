-- 充当 as 地方税法 第17条の2 and 第17条の4 have it (docs/revenue.md "充当 and 還付"): the arrears are
-- taken as paid on the 充当適状日 (the later of the day the 過誤納 arose and the arrears' 納期限;
-- the 施行令 article is [要確認]), so their 延滞金 runs to that day (a revenue_late_charges row on
-- the overpaying receipt); and the part applied earns 還付加算金 from its start by cause through
-- that day, which is refunded with the rest.
-- fit_on: the 充当適状日; interest: the 還付加算金 earned by the part applied.
ALTER TABLE revenue_appropriations ADD COLUMN fit_on TEXT;
ALTER TABLE revenue_appropriations ADD COLUMN interest %BIGINT% NOT NULL DEFAULT 0;
