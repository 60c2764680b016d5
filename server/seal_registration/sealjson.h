// The seal register's requests read from JSON and its answers written as JSON (the API of
// docs/seal-registration.md); routes.cpp is the only caller. Bad input is a request.validation
// failure naming the field.
#pragma once

#include "sealcertificate.h"
#include "sealregister.h"

#include <QJsonObject>

namespace kikan::seal_registration {

RegistrationRequest registrationRequestFromJson(const QJsonObject &body);
// "image" (base64 PNG/TIFF), optional "dpi" and "region" {x, y, width, height}.
QByteArray scanFromJson(const QJsonObject &body, ScanSettings &settings);
int versionFromJson(const QJsonObject &body);
QString endReasonFromJson(const QJsonObject &body);
qint64 partyNoFromJson(const QJsonObject &body);
QString textFromJson(const QJsonObject &body, const QString &field, int maxLength);

// cardNo, requester (self | agent), requesterName (an agent's).
SealCertificateRequest certificateRequestFromJson(const QJsonObject &body);

QJsonObject measuredJson(const MeasuredImpression &m, QDate today);
QJsonObject registrationJson(const RegistrationView &v);

} // namespace kikan::seal_registration
