// kikan-server: the application server of Kikan.
//   kikan-server init   [--config FILE]          create the data folder and apply schema migrations
//   kikan-server serve  [--config FILE]          serve the REST API over HTTPS until SIGTERM/SIGINT
//   kikan-server user   <subcommand> …           staff accounts (see `kikan-server user help`)
//   kikan-server audit  verify|purge …           the seven logs (see `kikan-server audit help`)
#include "app/cli.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Qt SQL plugins load through the application object: create it before any store call. A
    // QGuiApplication because certificates are rendered here (fonts, docs/forms.md); offscreen
    // unless a platform is chosen, so that `serve` runs on a server without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kikan-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIKAN_VERSION));
    return kikan::app::runCommandLine(QCoreApplication::arguments().mid(1));
}
