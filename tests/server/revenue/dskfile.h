// Files in 電算システム's 収納データ layout (REVENUE.md; resources/revenue/convenience-layouts.json
// "dsk"), written by the tests as the agent would send them: Shift_JIS, CRLF, a header row, 13
// columns — 種別, 収納日, 収納時刻, "EAN" + barcode, ユーザー使用欄1/2, 印紙フラグ, 金額,
// コンビニ本部コード, "コンビニ名", 店舗コード, 振込日, データ作成日.
#pragma once

#include "shared/revenue/conveniencesettings.h"

#include <QStringEncoder>

namespace kikan::test {

inline QByteArray shiftJis(const QString &text)
{
    QStringEncoder encoder("Shift_JIS");
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

// The barcode of the town's 納付書 for a 通知書番号 and amount (納期限 2026-06-01).
inline QString slipBarcodeFor(const QString &noticeNo, qint64 yen)
{
    return **revenue::slipBarcode(revenue::convenienceSettings(),
                                  {noticeNo, 2026, 1, QDate(2026, 6, 1), core::Money::ofYen(yen), 0});
}

// One data row: kind "01" 速報, "02" 確報, "03" 取消; paidAt HHMM; the store by its shop code.
inline QString dskRow(const QString &kind, const QString &barcode, qint64 yen,
                      const QString &paidAt = QStringLiteral("0826"),
                      const QString &shop = QStringLiteral("458762"))
{
    const QString transfer = kind == u"02" ? QStringLiteral("20260530") : QStringLiteral("0");
    return QStringLiteral("%1,20260520,%2,EAN%3,%4,%5,0,%6,010,\"セブン－イレブン\",%7,%8,20260521")
        .arg(kind, paidAt, barcode, barcode.mid(13, 6), barcode.mid(19, 11))
        .arg(yen)
        .arg(shop, transfer);
}

inline QByteArray dskFile(const QStringList &rows)
{
    const QString header = QStringLiteral("種別,収納日,収納時刻,バーコード情報,ユーザー使用欄１,"
                                          "ユーザー使用欄２,印紙フラグ,金額,コンビニ本部コード,"
                                          "コンビニ名,コンビニ店舗コード,振込日,データ作成日");
    return shiftJis((QStringList{header} + rows).join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

} // namespace kikan::test
