// bench_client (issue 7): the counter client's memory after an hour of counter work. kikan-server
// runs as a child process (its own executable, init --demo, demotown generate, a clerk added
// with the CLI) on a temporary data folder, so this process holds only the client: the real
// widgets (MainWindow, the 住民記録 page, 照会, the certificate dialog with its form-engine preview),
// offscreen, signed in through the ApiClient. One cycle = one customer at the counter: type a
// search (氏 in 漢字, or its reading in カナ), open 照会 of one of the hits, open the certificate
// dialog (a 世帯連記式 preview rendered from the server's PDF), zoom the preview to the width,
// close, back to the list. An hour at one customer per 30 s = 120 cycles (the default), run
// back to back without the idle time. Figures: VmRSS/VmHWM of this process (from /proc), sampled
// every 10 cycles, the growth per 100 cycles after warm-up, round-trip times, the server's RSS.
// Goal: client RSS ≤ 150 MB (the peak, VmHWM). Never fails on the figures.
//   bench_client [residents (16000)] [--cycles 120]
#include "benchkit.h"

#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/net/apiclient.h"
#include "client/resident/certificatedialog.h"
#include "client/resident/certificatepreview.h"
#include "client/resident/residentinquirywidget.h"
#include "client/resident/residentpage.h"
#include "client/resident/residentsearchwidget.h"
#include "tests/support/testserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace kikan;
using namespace kikan::client;
namespace b = kikan::bench;

namespace {

const char kLogin[] = "bench-madoguchi";
const char kPassword[] = "Bench-Counter-2026";

// Runs `kikan-server <args> --config <config>`; false (and its output on stderr) on failure.
bool serverCommand(const QString &config, QStringList args, const QByteArray &input = {})
{
    QProcess p;
    args << QStringLiteral("--config") << config;
    p.start(QStringLiteral(KIKAN_SERVER_EXE), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        std::fprintf(stderr, "kikan-server %s failed:\n%s%s\n", qPrintable(args.join(u' ')),
                     p.readAllStandardOutput().constData(),
                     p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// Waits for the signal (true) or gives up after timeoutMs.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 60000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

qint64 childRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// What staff type: 氏 without MJ-only forms (漢字) and readings (カナ), from the demo town's list.
QStringList searchTexts()
{
    QFile f(QStringLiteral(KIKAN_SOURCE_DIR "/resources/demotown/family-names.tsv"));
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QStringList cols = line.split(u'\t');
        if (line.startsWith(u'#') || cols.size() < 4 || cols.at(3).trimmed() != u"0")
            continue;
        out << cols.at(0) << cols.at(1);
    }
    return out;
}

double mb(qint64 kb) { return double(kb) / 1024.0; }

// The offscreen platform warns on every dialog shown; the rest goes through.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qInstallMessageHandler(quietOffscreen);
    const b::Args args(argc, argv);
    const int residents = args.numbers().value(0, 16000);
    const int cycles = args.intOption(QStringLiteral("--cycles"), 120);

    // The server: its own process on a temporary data folder with the demo town.
    QTemporaryDir dir;
    const QString config = dir.path() + QStringLiteral("/kikan-server.conf");
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("[server]\ndata_dir=data\nport=0\nthreads=8\n[store]\n"
                               "driver=sqlite\npath=%1/data/kikan.sqlite\n")
                    .arg(dir.path()).toUtf8());
    }
    test::makeTlsMaterial(dir.path() + QStringLiteral("/data/tls"));
    QElapsedTimer setup;
    setup.start();
    if (!serverCommand(config, {QStringLiteral("init"), QStringLiteral("--demo")})
        || !serverCommand(config, {QStringLiteral("demotown"), QStringLiteral("generate"),
                                   QStringLiteral("--residents"), QString::number(residents),
                                   QStringLiteral("--seed"), QStringLiteral("1")})
        || !serverCommand(config, {QStringLiteral("group"), QStringLiteral("add"),
                                   QStringLiteral("bench-counter"), QStringLiteral("--right"),
                                   QStringLiteral("resident:view"), QStringLiteral("--right"),
                                   QStringLiteral("resident:issue")})
        || !serverCommand(config, {QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("--login"), QLatin1String(kLogin),
                                   QStringLiteral("--name"), QStringLiteral("窓口 試験"),
                                   QStringLiteral("--password-stdin"),
                                   QStringLiteral("--own-password"), QStringLiteral("--group"),
                                   QStringLiteral("bench-counter")},
                          QByteArray(kPassword) + '\n')) {
        return 1;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(KIKAN_SERVER_EXE),
                 {QStringLiteral("serve"), QStringLiteral("--config"), config});
    int port = 0;
    static const QRegularExpression listening(QStringLiteral(":(\\d+)/api/v1/"));
    while (port == 0 && server.waitForReadyRead(60000)) {
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(server.readAll()));
        if (m.hasMatch())
            port = m.captured(1).toInt();
    }
    if (port == 0) {
        std::fprintf(stderr, "kikan-server serve did not start\n");
        return 1;
    }
    std::printf("server: pid %lld, port %d, %d residents ready in %.1f s\n",
                server.processId(), port, residents, double(setup.elapsed()) / 1000);

    // The client, as at the counter.
    installLanguage(QStringLiteral("ja"));
    ApiClient api;
    if (!api.setServer(QUrl(QStringLiteral("https://localhost:%1").arg(port)),
                       dir.path() + QStringLiteral("/data/tls/ca.crt")).isEmpty()) {
        return 1;
    }
    api.signIn(QLatin1String(kLogin), QLatin1String(kPassword));
    if (!waitFor(&api, &ApiClient::signedIn)) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    MainWindow window(&api, nullptr);
    window.showUser();
    window.openArea(QStringLiteral("resident"));
    window.resize(1024, 768);
    window.show();
    auto *page = qobject_cast<ResidentPage *>(window.currentPage());
    const QStringList texts = searchTexts();
    if (!page || texts.isEmpty())
        return 1;
    QCoreApplication::processEvents();
    const qint64 startKb = b::procStatusKb("VmRSS");

    b::Latencies search, inquiry, preview;
    QJsonArray samples;
    int errors = 0, noHits = 0, refused = 0;
    qint64 warmKb = 0;
    const int warmup = std::min(10, cycles);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < cycles; ++i) {
        // Type a search and press Enter.
        page->showSearch();
        QLineEdit *edit = page->searchWidget()->queryEdit();
        edit->setText(texts.at((i * 7) % texts.size()));
        QElapsedTimer t;
        t.start();
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(edit, &enter);
        if (!waitFor(page->searchWidget(), &ResidentSearchWidget::searched)) {
            ++errors;
            continue;
        }
        search.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        const int rows = page->searchWidget()->table()->rowCount();
        if (rows == 0) {
            ++noHits;
            continue;
        }
        // 照会 of one of the hits.
        t.restart();
        page->openPerson(page->searchWidget()->partyNoAt((i * 13) % rows));
        if (!waitFor(page->inquiryWidget(), &ResidentInquiryWidget::loaded)) {
            ++errors;
            continue;
        }
        inquiry.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!page->inquiryWidget()->errorText().isEmpty()) {
            ++refused;
            continue;
        }
        // The certificate dialog and its preview, zoomed to the width, then closed.
        t.restart();
        CertificateDialog *dialog = page->openCertificate();
        if (!dialog || !waitFor(dialog, &CertificateDialog::answered)) {
            ++errors;
            continue;
        }
        if (dialog->preview()->pageCount() > 0) {
            preview.ms.push_back(double(t.nsecsElapsed()) / 1e6);
            dialog->preview()->fitWidthButton()->setChecked(true);
        } else {
            ++refused; // e.g. a household with a 支援措置 member
        }
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        if (i + 1 == warmup)
            warmKb = b::procStatusKb("VmRSS");
        if ((i + 1) % 10 == 0 || i + 1 == cycles) {
            samples.append(QJsonObject{{QStringLiteral("cycle"), i + 1},
                                       {QStringLiteral("rssKb"), b::procStatusKb("VmRSS")}});
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const qint64 endKb = b::procStatusKb("VmRSS");
    const qint64 peakKb = b::procStatusKb("VmHWM");
    const qint64 serverKb = childRssKb(server.processId());
    const double growth = cycles > warmup && warmKb
        ? double(endKb - warmKb) * 100.0 / (cycles - warmup) : 0;

    server.terminate();
    server.waitForFinished(30000);

    std::printf("client: %d cycles in %.1f s (%d errors, %d searches without hits, %d refused)\n",
                cycles, seconds, errors, noHits, refused);
    std::printf("client RSS: %.1f MB signed in, %.1f MB after %d cycles, %.1f MB at the end, "
                "peak %.1f MB; growth %.0f kB per 100 cycles; server RSS %.1f MB\n",
                mb(startKb), mb(warmKb), warmup, mb(endKb), mb(peakKb), growth, mb(serverKb));
    const QJsonObject figures{
        {QStringLiteral("residents"), residents},
        {QStringLiteral("cycles"), cycles},
        {QStringLiteral("model"), QStringLiteral("one customer per 30 s of staff time: search, "
                                                 "照会, certificate preview (zoomed), close; "
                                                 "run back to back without idle time")},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("rssKb"), QJsonObject{{QStringLiteral("signedIn"), startKb},
                                              {QStringLiteral("afterWarmup"), warmKb},
                                              {QStringLiteral("end"), endKb},
                                              {QStringLiteral("peak"), peakKb}}},
        {QStringLiteral("growthKbPer100Cycles"), growth},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("search"), search.summary(seconds)},
        {QStringLiteral("inquiry"), inquiry.summary(seconds)},
        {QStringLiteral("preview"), preview.summary(seconds)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("noHits"), noHits},
        {QStringLiteral("refused"), refused},
        {QStringLiteral("serverRssKb"), serverKb}};
    b::Goal goal{QStringLiteral("client RSS (peak) after an hour of counter work, %1 cycles")
                     .arg(cycles),
                 mb(peakKb), 150, QStringLiteral("MB"),
                 QStringLiteral("%1 platform, server in its own process, %2 residents")
                     .arg(QGuiApplication::platformName()).arg(residents)};
    b::record(QStringLiteral("client"), figures, {goal});
    return errors == 0 ? 0 : 1;
}
