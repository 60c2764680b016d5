// The 21-digit free field of the コンビニ収納 barcode (conveniencebarcode.h) as the town lays it
// out: named digit fields (通知書番号, 年度, 期別 …) read from data (resources/revenue/
// convenience.json "freeField"), because the guideline leaves the field to the biller
// (REVENUE.md). Values are right-aligned and zero-filled.
#pragma once

#include "shared/core/error.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace kikan::revenue {

struct FreeFieldPart {
    QString name;   // "noticeNo", "fiscalYear", "installment" …
    int digits = 0;
};

class FreeFieldLayout
{
public:
    // [{"name": "noticeNo", "digits": 15}, …] whose digits add up to 21. Errors:
    // revenue.barcode_layout.
    static core::Result<FreeFieldLayout> fromJson(const QJsonArray &parts);
    const QList<FreeFieldPart> &parts() const { return m_parts; }

    // The 21 digits from named values (a missing name is zeros). Errors: revenue.barcode_field
    // (a value that is not digits or too long for its field; the message names the field).
    core::Result<QString> compose(const QMap<QString, QString> &values) const;
    // The named values of 21 digits, each as printed (zero-filled).
    QMap<QString, QString> split(const QString &freeField) const;

private:
    QList<FreeFieldPart> m_parts;
};

// A 通知書番号 as matched: leading zeros dropped (the barcode zero-fills it; "0" stays "0").
QString normalizedNoticeNo(const QString &noticeNo);

} // namespace kikan::revenue
