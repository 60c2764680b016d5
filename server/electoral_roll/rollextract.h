// 選挙人名簿抄本 (公職選挙法第19条第3項; 記載事項 第19条第2項: 氏名, 住所, 性別, 生年月日; the 表示 of
// 第27条) of one 投票区 as PDF through the forms engine (layout resources/forms/
// electoral-roll-extract.json, A4 横) and as CSV (UTF-8; the route adds the BOM), in the order
// ElectoralRoll::extract gives (町字, address).
#pragma once

#include "rollstore.h"

#include <QByteArray>

namespace kikan::electoral_roll {

QByteArray extractPdf(const District &district, QDate asOf, const QList<Registration> &rows);
QByteArray extractCsv(const District &district, QDate asOf, const QList<Registration> &rows);
// The 表示 column: empty, or 転出 with its date and the 抹消 due.
QString markNote(const Registration &r, QDate asOf);

} // namespace kikan::electoral_roll
