// JSON of the seal register's API (sealjson.h).
#include "sealjson.h"

#include "server/core/dates.h"

#include <QJsonArray>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
core::Failure invalid(const QString &field, const char *message)
{
    return core::Failure::invalidField(field, QString::fromUtf8(message));
}

qint64 positive(const QJsonObject &body, const QString &field, bool required)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw invalid(field, "入力してください。");
        return 0;
    }
    if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() != double(v.toInteger()))
        throw invalid(field, "正の整数で指定してください。");
    return v.toInteger();
}

QJsonValue dateOrNull(QDate d) { return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue(); }
QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
} // namespace

QString textFromJson(const QJsonObject &body, const QString &field, int maxLength)
{
    const QJsonValue v = body.value(field);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        throw invalid(field, "文字列で指定してください。");
    const QString text = v.toString().trimmed();
    if (text.size() > maxLength)
        throw core::Failure::invalidField(field, u"%1文字以内で入力してください。"_s.arg(maxLength));
    return text;
}

QByteArray scanFromJson(const QJsonObject &body, ScanSettings &settings)
{
    const QJsonValue image = body.value(u"image"_s);
    const auto decoded = QByteArray::fromBase64Encoding(image.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!image.isString() || !decoded || decoded.decoded.isEmpty())
        throw invalid(u"image"_s, "画像をBase64で指定してください。");
    const QJsonValue dpi = body.value(u"dpi"_s);
    if (!dpi.isUndefined() && !dpi.isNull()) {
        if (!dpi.isDouble() || dpi.toDouble() <= 0 || dpi.toDouble() > 4800)
            throw invalid(u"dpi"_s, "1から4800までの数で指定してください。");
        settings.dpi = dpi.toDouble();
    }
    const QJsonObject region = body.value(u"region"_s).toObject();
    if (!region.isEmpty())
        settings.region = QRect(region.value(u"x"_s).toInt(), region.value(u"y"_s).toInt(),
                                region.value(u"width"_s).toInt(), region.value(u"height"_s).toInt());
    return decoded.decoded;
}

RegistrationRequest registrationRequestFromJson(const QJsonObject &body)
{
    RegistrationRequest r;
    r.partyNo = positive(body, u"partyNo"_s, true);
    r.identityPath = textFromJson(body, u"identityPath"_s, 20);
    if (!isIdentityPath(r.identityPath))
        throw invalid(u"identityPath"_s, "photo_id・guarantor・inquiry のいずれかを指定してください。");
    r.identityDocument = textFromJson(body, u"identityDocument"_s, 60);
    if (r.identityPath == "photo_id"_L1 && r.identityDocument.isEmpty())
        throw invalid(u"identityDocument"_s, "確認した写真付き証明書の種類を入力してください。");
    r.guarantorCardNo = positive(body, u"guarantorCardNo"_s, r.identityPath == "guarantor"_L1);
    r.impressionText = textFromJson(body, u"impressionText"_s, 40);
    const QJsonObject inspection = body.value(u"inspection"_s).toObject();
    r.inspection.deformable = inspection.value(u"deformable"_s).toBool();
    r.inspection.worn = inspection.value(u"worn"_s).toBool();
    r.scan = scanFromJson(body.value(u"scan"_s).toObject(), r.scanSettings);
    return r;
}

int versionFromJson(const QJsonObject &body)
{
    return int(positive(body, u"version"_s, true));
}

QString endReasonFromJson(const QJsonObject &body)
{
    const QString reason = textFromJson(body, u"reason"_s, 20);
    if (!isApplicantEndReason(reason))
        throw invalid(u"reason"_s, "application・card_lost のいずれかを指定してください。");
    return reason;
}

qint64 partyNoFromJson(const QJsonObject &body)
{
    return positive(body, u"partyNo"_s, true);
}

SealCertificateRequest certificateRequestFromJson(const QJsonObject &body)
{
    SealCertificateRequest r;
    r.cardNo = positive(body, u"cardNo"_s, true);
    r.requester = textFromJson(body, u"requester"_s, 10);
    if (r.requester != "self"_L1 && r.requester != "agent"_L1)
        throw invalid(u"requester"_s, "self・agent のいずれかを指定してください。");
    r.requesterName = textFromJson(body, u"requesterName"_s, 60);
    if (r.requester == "agent"_L1 && r.requesterName.isEmpty())
        throw invalid(u"requesterName"_s, "代理人の氏名を入力してください。");
    return r;
}

QJsonObject measuredJson(const MeasuredImpression &m, QDate today)
{
    const auto refusal = sizeRefusal(m.size, rulesOn(today));
    return {{u"widthMm"_s, m.size.widthMm},
            {u"heightMm"_s, m.size.heightMm},
            {u"dpi"_s, m.dpi},
            {u"skewDegrees"_s, m.skewDegrees},
            {u"png"_s, QString::fromLatin1(m.png.toBase64())},
            {u"sizeRefusal"_s, refusal ? QJsonValue(refusal->code()) : QJsonValue()}};
}

QJsonObject registrationJson(const RegistrationView &v)
{
    const SealRegistration &r = v.registration;
    QJsonArray events;
    for (const SealEvent &e : v.events)
        events.append(QJsonObject{{u"kind"_s, e.kind},
                                  {u"effectiveOn"_s, core::isoDate(e.effectiveOn)},
                                  {u"reason"_s, textOrNull(e.reason)},
                                  {u"partyChangeId"_s, e.partyChangeId ? QJsonValue(e.partyChangeId) : QJsonValue()},
                                  {u"recordedAt"_s, e.recordedAt},
                                  {u"recordedBy"_s, e.recordedBy}});
    QJsonObject out{{u"id"_s, r.id},
                    {u"registrationNo"_s, r.registrationNo},
                    {u"partyNo"_s, r.partyNo},
                    {u"state"_s, v.effectiveState},
                    {u"identityPath"_s, r.identityPath},
                    {u"impressionText"_s, r.impressionText},
                    {u"appliedOn"_s, dateOrNull(r.appliedOn)},
                    {u"inquiryDueOn"_s, dateOrNull(r.inquiryDueOn)},
                    {u"registeredOn"_s, dateOrNull(r.registeredOn)},
                    {u"endsOn"_s, dateOrNull(r.endsOn)},
                    {u"endReason"_s, textOrNull(r.endReason)},
                    {u"cardNo"_s, r.cardNo ? QJsonValue(r.cardNo) : QJsonValue()},
                    {u"version"_s, r.version},
                    {u"events"_s, events}};
    if (v.impression)
        out.insert(u"impression"_s, QJsonObject{{u"widthMm"_s, v.impression->size.widthMm},
                                                {u"heightMm"_s, v.impression->size.heightMm},
                                                {u"dpi"_s, v.impression->dpi},
                                                {u"recordedAt"_s, v.impression->recordedAt}});
    return out;
}

} // namespace kikan::seal_registration
