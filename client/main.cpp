// kikan-client: the counter terminal's application. Loads the settings (server, CA, language;
// --server and --ca override them for a demo), installs the Japanese translations by default,
// starts the IC-card reader when one is available, then signs the staff member in.
#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"

#if __has_include("client/devices/pcsccardreader.h")
#include "client/devices/pcsccardreader.h"
#define KIKAN_HAS_PCSC 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace kikan::client;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kikan"));
    QCoreApplication::setApplicationName(QStringLiteral("kikan-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIKAN_CLIENT_VERSION));
    registerBundledFonts(); // IPAmj明朝 beside the program (Windows); before any name is drawn

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server URL (https://host:port)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca"),
                                   QStringLiteral("The town's CA certificate (PEM)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("language"),
                                     QStringLiteral("UI language: ja (default) or en."),
                                     QStringLiteral("LANG"));
    parser.addOptions({serverOpt, caOpt, langOpt});
    parser.process(app);

    ClientSettings settings = ClientSettings::load();
    if (parser.isSet(serverOpt))
        settings.serverUrl = QUrl(parser.value(serverOpt));
    if (parser.isSet(caOpt))
        settings.caFile = parser.value(caOpt);
    if (parser.isSet(langOpt))
        settings.language = parser.value(langOpt);
    installLanguage(settings.language);

    ApiClient api;
    const QString problem = api.setServer(settings.serverUrl, settings.caFile);

    CardReader *reader = nullptr;
#ifdef KIKAN_HAS_PCSC
    auto *pcsc = new PcscCardReader(&app);
    if (pcsc->start())
        reader = pcsc;
#endif

    MainWindow window(&api, reader);
    if (!problem.isEmpty() && !settings.serverUrl.isEmpty())
        // The MainWindow context: the one translation of the title, found by the lupdate target.
        QMessageBox::warning(nullptr, QCoreApplication::translate("kikan::client::MainWindow", "Kikan"),
                             problem);
    if (!window.signIn())
        return 0;
    window.showMaximized();
    return app.exec();
}
