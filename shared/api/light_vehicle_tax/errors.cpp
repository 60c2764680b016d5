#include "errors.h"

namespace kikan::api {

QList<ErrorInfo> lightVehicleTaxErrors()
{
    return {
        {err::LightVehicleNoRateTable, 422, "この年度の軽自動車税の税率表がありません。"},
        {err::LightVehicleUnknownClass, 422, "車種区分が税率表にありません。"},
        {err::LightVehicleFirstInspection, 422, "三輪・四輪の軽自動車には初度検査年月が必要です。"},
        {err::LightVehicleRateTableInvalid, 500, "軽自動車税の税率表に誤りがあります。管理者に連絡してください。"},
        {err::LightVehicleNotFound, 404, "指定された車両は見つかりません。"},
        {err::LightVehicleConflict, 409, "この車両は他の端末で先に更新されました。もう一度照会してからやり直してください。"},
        {err::LightVehicleState, 422, "車両の今の状態では、この異動はできません。"},
        {err::LightVehiclePlateInUse, 409, "この標識番号は他の車両に使われています。"},
        {err::LightVehiclePartyUnknown, 422, "指定された宛名番号の方は見つかりません。"},
        {err::LightVehicleReductionReason, 422, "減免の理由が減免理由の表にありません。"},
        {err::LightVehicleArrears, 422, "未納の軽自動車税（種別割）があるため、納税証明書（継続検査用）は発行できません。"},
        {err::LightVehicleReductionNotFound, 404, "指定された減免の決定は見つかりません。"},
        {err::LightVehiclePlateRange, 422, "町が交付する標識の番号帯にない車種区分か、番号帯を使い切りました。"},
        {err::LightVehicleImportInvalid, 422, "取込ファイルに誤りがあります。何も取り込んでいません。行ごとの誤りを確かめてください。"},
    };
}

} // namespace kikan::api
