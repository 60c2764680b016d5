// Settings load/save and the translators (kikan_<lang>.qm embedded under :/i18n, plus Qt's own
// qtbase_<lang>.qm for standard buttons when the system has it).
#include "clientsettings.h"

#include "client/module/areas.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace kikan::client {

namespace {
const QString kServerUrl = QStringLiteral("server/url");
const QString kCaFile = QStringLiteral("server/caFile");
const QString kLanguage = QStringLiteral("ui/language");

// The machine-wide defaults an administrator sets: on Windows the values the MSI writes
// (installer/kikan-client.wxs: HKLM\Software\Kikan\Client, ServerUrl, CaFile, Language), on
// Linux the same names in /etc/kikan/client.conf. KIKAN_MACHINE_SETTINGS names another source:
// an HKEY_… registry path or an INI file (tests).
std::unique_ptr<QSettings> machineSettings()
{
    QString source = qEnvironmentVariable("KIKAN_MACHINE_SETTINGS");
#ifdef Q_OS_WIN
    if (source.isEmpty())
        source = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Kikan\\Client");
#else
    if (source.isEmpty())
        source = QStringLiteral("/etc/kikan/client.conf");
#endif
    const bool registry = source.startsWith(QLatin1String("HKEY_"));
    return std::make_unique<QSettings>(source, registry ? QSettings::NativeFormat
                                                        : QSettings::IniFormat);
}

// Each setting: the user's own (QSettings of this user) on top of the machine's default.
struct Defaults {
    QString serverUrl;
    QString caFile;
    QString language;
};

Defaults machineDefaults()
{
    const auto m = machineSettings();
    return {m->value(QStringLiteral("ServerUrl")).toString(),
            m->value(QStringLiteral("CaFile")).toString(),
            m->value(QStringLiteral("Language"), QStringLiteral("ja")).toString()};
}

// Stores `value` as the user's own, or removes it when it is the machine's default (so a later
// change of the default reaches the user).
void keep(QSettings &s, const QString &key, const QString &value, const QString &machine)
{
    if (value == machine)
        s.remove(key);
    else
        s.setValue(key, value);
}
} // namespace

ClientSettings ClientSettings::load()
{
    QSettings s;
    const Defaults machine = machineDefaults();
    ClientSettings c;
    c.serverUrl = QUrl(s.value(kServerUrl, machine.serverUrl).toString());
    c.caFile = s.value(kCaFile, machine.caFile).toString();
    c.language = s.value(kLanguage, machine.language).toString();
    return c;
}

void ClientSettings::save() const
{
    QSettings s;
    const Defaults machine = machineDefaults();
    keep(s, kServerUrl, serverUrl.toString(), machine.serverUrl);
    keep(s, kCaFile, caFile, machine.caFile);
    keep(s, kLanguage, language, machine.language);
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
