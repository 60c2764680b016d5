// The town's コンビニ収納 settings and a slip's barcode (conveniencesettings.h).
#include "conveniencesettings.h"

#include "shared/api/revenue/errors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace kikan::revenue {

core::Result<ConvenienceSettings> convenienceSettingsFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto layout = FreeFieldLayout::fromJson(o.value(QStringLiteral("freeField")).toArray());
    if (!layout)
        return layout.error();
    ConvenienceSettings s{o.value(QStringLiteral("companyCode")).toString(), *layout,
                          core::Money::ofYen(o.value(QStringLiteral("amountCap")).toInteger())};
    if (s.companyCode.size() != 6 || s.amountCap <= core::Money())
        return core::Error{QString::fromLatin1(api::err::RevenueBarcodeLayout),
                           QStringLiteral("コンビニ収納の設定（請求書発行企業コード、上限額）が正しくありません。")};
    return s;
}

const ConvenienceSettings &convenienceSettings()
{
    static const ConvenienceSettings settings = [] {
        QFile file(QStringLiteral(":/revenue/convenience.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("resource :/revenue/convenience.json is missing");
        const auto s = convenienceSettingsFromJson(file.readAll());
        if (!s)
            throw std::runtime_error(s.error().message.toStdString());
        return *s;
    }();
    return settings;
}

core::Result<std::optional<QString>> slipBarcode(const ConvenienceSettings &settings,
                                                 const SlipFacts &slip)
{
    if (slip.amount > settings.amountCap)
        return std::optional<QString>();
    const auto free = settings.freeField.compose(
        {{QStringLiteral("noticeNo"), slip.noticeNo},
         {QStringLiteral("fiscalYear"), QString::number(slip.fiscalYear)},
         {QStringLiteral("installment"), QString::number(slip.installment)}});
    if (!free)
        return free.error();
    const auto text = buildConvenienceBarcode(
        {settings.companyCode, *free, slip.reissue, slip.dueDate, 0, slip.amount});
    if (!text)
        return text.error();
    return std::optional<QString>(*text);
}

SlipFacts slipFactsOf(const ConvenienceSettings &settings, const ConvenienceBarcode &barcode)
{
    const auto fields = settings.freeField.split(barcode.freeField);
    return {normalizedNoticeNo(fields.value(QStringLiteral("noticeNo"))),
            fields.value(QStringLiteral("fiscalYear")).toInt(),
            fields.value(QStringLiteral("installment")).toInt(), barcode.payBy, barcode.amount,
            barcode.reissue};
}

} // namespace kikan::revenue
