// Settings load/save and the translators (kikan_<lang>.qm embedded under :/i18n, plus Qt's own
// qtbase_<lang>.qm for standard buttons when the system has it).
#include "clientsettings.h"

#include "client/module/areas.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace kikan::client {

namespace {
const QString kServerUrl = QStringLiteral("server/url");
const QString kCaFile = QStringLiteral("server/caFile");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

ClientSettings ClientSettings::load()
{
    QSettings s;
    ClientSettings c;
    c.serverUrl = QUrl(s.value(kServerUrl).toString());
    c.caFile = s.value(kCaFile).toString();
    c.language = s.value(kLanguage, QStringLiteral("ja")).toString();
    return c;
}

void ClientSettings::save() const
{
    QSettings s;
    s.setValue(kServerUrl, serverUrl.toString());
    s.setValue(kCaFile, caFile);
    s.setValue(kLanguage, language);
}

bool installLanguage(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qts = nullptr;
    for (QTranslator **t : {&ours, &qts}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    ours = new QTranslator(qApp);
    if (!ours->load(QStringLiteral(":/i18n/kikan_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(ours);
    setNameLanguage(language); // area and action names come from the catalogue, not from tr()
    qts = new QTranslator(qApp);
    if (qts->load(QStringLiteral("qtbase_") + language,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    return true;
}

} // namespace kikan::client
