// The eL-QR (地方税統一QRコード) payload printed on a 納付書, as data
// (resources/light_vehicle_tax/elqr.json): whether it is printed and a template of {key}s filled
// from the slip. The real eL-QR specification (地方税共同機構) could not be read, so the shipped
// file is disabled and its template is a placeholder [要確認]; when disabled the slip keeps an
// empty eL-QR box.
#pragma once

#include "shared/core/money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace kikan::light_vehicle_tax {

struct ElQrSlip {
    QString noticeNo;
    int fiscalYear = 0;
    int installment = 1;
    core::Money amount;
    QDate dueDate;
};

struct ElQrFormat {
    bool enabled = false;
    QString payload;   // {noticeNo} {fiscalYear} {installment} {amount} {dueDate} {item}

    // The file compiled in (:/light_vehicle_tax/elqr.json); disabled when it cannot be read.
    static const ElQrFormat &builtIn();
    static ElQrFormat parse(const QByteArray &json);
    // The payload of a slip; empty when disabled.
    QString render(const ElQrSlip &slip) const;
};

} // namespace kikan::light_vehicle_tax
