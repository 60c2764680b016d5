// The eL-QR payload format (elqr.h).
#include "elqr.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::light_vehicle_tax {

ElQrFormat ElQrFormat::parse(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ElQrFormat f;
    f.payload = o.value(QStringLiteral("payload")).toString();
    f.enabled = o.value(QStringLiteral("enabled")).toBool(false) && !f.payload.isEmpty();
    return f;
}

const ElQrFormat &ElQrFormat::builtIn()
{
    static const ElQrFormat format = [] {
        QFile file(QStringLiteral(":/light_vehicle_tax/elqr.json"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll()) : ElQrFormat{};
    }();
    return format;
}

QString ElQrFormat::render(const ElQrSlip &slip) const
{
    if (!enabled)
        return {};
    QString out = payload;
    out.replace(QStringLiteral("{noticeNo}"), slip.noticeNo);
    out.replace(QStringLiteral("{fiscalYear}"), QString::number(slip.fiscalYear));
    out.replace(QStringLiteral("{installment}"), QString::number(slip.installment));
    out.replace(QStringLiteral("{amount}"), QString::number(slip.amount.yen()));
    out.replace(QStringLiteral("{dueDate}"), slip.dueDate.toString(QStringLiteral("yyyyMMdd")));
    out.replace(QStringLiteral("{item}"), QStringLiteral("light_vehicle_tax"));
    return out;
}

} // namespace kikan::light_vehicle_tax
