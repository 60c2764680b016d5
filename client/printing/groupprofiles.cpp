// Default printer profiles per terminal group (groupprofiles.h).
#include "groupprofiles.h"

#include "client/net/apiclient.h"
#include "shared/api/mass_printing/paths.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace kikan::client {

namespace {
constexpr char kGroupKey[] = "printing/terminalGroup";
} // namespace

QString terminalGroup()
{
    return QSettings().value(QLatin1String(kGroupKey)).toString().trimmed();
}

void setTerminalGroup(const QString &group)
{
    QSettings().setValue(QLatin1String(kGroupKey), group.trimmed());
}

void adoptGroupProfiles(ApiClient *api, QObject *context, const std::function<void(int)> &done)
{
    const QString group = terminalGroup();
    if (group.isEmpty() || !loadProfiles().isEmpty()) {
        if (done)
            QTimer::singleShot(0, context, [done] { done(0); });
        return;
    }
    ApiReply *reply = api->get(QString::fromLatin1(api::path::PrinterProfileSets) + QLatin1Char('/')
                               + QString::fromLatin1(QUrl::toPercentEncoding(group)));
    QObject::connect(reply, &ApiReply::finished, context, [reply, done] {
        int taken = 0;
        if (reply->ok() && loadProfiles().isEmpty()) {
            const auto profiles = importProfiles(reply->result().body);
            if (profiles) {
                saveProfiles(*profiles);
                taken = int(profiles->size());
            } else {
                qWarning("printer profiles of the terminal group refused: %s", qPrintable(profiles.error().message));
            }
        }
        if (done)
            done(taken);
    });
}

} // namespace kikan::client
