// The certificate dialog (client/resident/certificatedialog.h) against a real TestServer holding a
// generated demo town (8,000 residents, seed 1, ~3 s; 処理日 2026-11-25): the preview is the real
// PDF the server renders (pages > 0, not blank) inside a dialog that fits 1024×768; mistakes are
// shown next to their field (found by the dialog, or by the server); 発行 takes a 発行番号 that the
// server recorded (certificate_issues row, 印刷ログ entry) and prints through QPrinter and saves
// as PDF; a 支援措置 refusal is shown in the server's words. The screenshot of a 世帯連記式 preview
// of a household with an IVS name:
//   KIKAN_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/client/resident/client_certificate_test
#include "residentclientkit.h"

#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/net/apiclient.h"
#include "client/resident/certificatedialog.h"
#include "formtestkit.h"
#include "shared/forms/pagedigest.h"
#include "shared/verification/verificationcode.h"
#include "client/resident/certificateform.h"
#include "client/resident/certificatepreview.h"
#include "client/resident/residentinquirywidget.h"
#include "client/resident/residentpage.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/testenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kikan;
using namespace kikan::client;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }

// Dark pixels on white paper (transparent counts as paper): a blank page has none.
// The verification code read back (zbarimg) from the first page of a PDF rasterised at 300 dpi.
QString issuedCode(const QString &pdf)
{
    const QImage page = kikan::test::rasterise(pdf, 1, 300);
    for (const QString &code : kikan::test::decodeBarcodes(page)) {
        if (code.startsWith(QStringLiteral("QR-Code:KV1.")))
            return code.mid(8);
    }
    return {};
}

int inkPixels(const QImage &image)
{
    QImage rgb(image.size(), QImage::Format_RGB32);
    rgb.fill(Qt::white);
    QPainter(&rgb).drawImage(0, 0, image);
    int ink = 0;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            ink += qGray(line[x]) < 160;
    }
    return ink;
}
} // namespace

class CertificateDialogTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;
    ApiClient m_api;
    qint64 m_ivsHousehold = 0, m_ivsHead = 0;  // a household whose name has an IVS
    qint64 m_protectedHousehold = 0, m_protectedHead = 0, m_protectedMember = 0;

    int scalar(const QString &sql, const QVariantList &values = {})
    {
        return test::queryRows(*m_server, sql, values).value(0).value(0).toInt();
    }
    // Households of living residents with at least `members` members: {household → parties}.
    QMap<qint64, QList<qint64>> households(QHash<qint64, QString> *names)
    {
        const QList<QVariantList> rows = test::queryRows(
            *m_server, QStringLiteral("SELECT household_no, party_no, family_name, "
                                      "relationship_code FROM resident_records "
                                      "WHERE valid_to IS NULL AND superseded_at IS "
                                      "NULL AND status = 'resident' ORDER BY "
                                      "household_no, relationship_code"));
        QMap<qint64, QList<qint64>> out;
        for (const QVariantList &row : rows) {
            out[row.value(0).toLongLong()] << row.value(1).toLongLong();
            names->insert(row.value(0).toLongLong(), row.value(2).toString());
        }
        return out;
    }
    ResidentPage *openPage(MainWindow &w) { return test::openResidentPage(w); }
    // Opens 照会 of the person and the certificate dialog (with Ctrl+P); waits for its preview.
    CertificateDialog *openDialog(ResidentPage *page, qint64 partyNo)
    {
        QSignalSpy loaded(page->inquiryWidget(), &ResidentInquiryWidget::loaded);
        page->openPerson(partyNo);
        if (!loaded.wait(20000))
            return nullptr;
        QTest::keyClick(page->inquiryWidget()->dateEdit(), Qt::Key_P, Qt::ControlModifier);
        auto *dialog = page->findChild<CertificateDialog *>();
        if (!dialog)
            return nullptr;
        QSignalSpy answered(dialog, &CertificateDialog::answered);
        return answered.wait(20000) ? dialog : nullptr;
    }
    static bool answer(CertificateDialog *dialog, const std::function<void()> &action)
    {
        QSignalSpy answered(dialog, &CertificateDialog::answered);
        action();
        return answered.count() > 0 || answered.wait(20000);
    }
    static bool fits(QWidget *w)
    {
        const QSize m = w->minimumSizeHint();
        const QSize f = w->frameGeometry().size();
        return m.width() <= 1024 && m.height() <= 768 && f.width() <= 1024 && f.height() <= 768;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installLanguage(QStringLiteral("ja")));
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2026, 11, 25), QTime(1, 0), Qt::UTC));
        test::generateDemoTown(*m_server, 8000, 1); // seed 1: enough for a 葛󠄃西 household of four

        const QStringList rights{"resident:view", "resident:issue", "resident:my_number"};
        QVERIFY(!test::staffWithRights(*m_server, QStringLiteral("madoguchi01"), rights)
                     .isEmpty());
        const QString guard = test::staffWithRights(
            *m_server, QStringLiteral("shien01"),
            {"resident:view", "resident:administer", "resident:protected"});
        QVERIFY(!guard.isEmpty());
        // The counter clerk signs in through the client's own API client.
        QVERIFY(m_api.setServer(QUrl(QStringLiteral("https://localhost:%1")
                                         .arg(m_server->port())),
                                m_server->caFile()).isEmpty());
        QSignalSpy signedIn(&m_api, &ApiClient::signedIn);
        m_api.signIn(QStringLiteral("madoguchi01"), QStringLiteral("Resident-Pass-2026"));
        QVERIFY(signedIn.wait(20000));
        QVERIFY(m_api.user().has(QStringLiteral("resident"), QStringLiteral("issue")));

        // A household of three or more whose name has an IVS (else another MJ character), and
        // another one with a member under 支援措置.
        QHash<qint64, QString> names;
        const QMap<qint64, QList<qint64>> all = households(&names);
        int best = -1;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString name = names.value(it.key());
            const int score = (it.value().size() >= 3) + 2 * name.contains(QChar(0xDB40))
                              + name.contains(QChar(0x9AD9)); // 髙
            if (score > best) {
                best = score;
                m_ivsHousehold = it.key();
                m_ivsHead = it.value().first();
            }
        }
        for (auto it = all.begin(); it != all.end() && !m_protectedHousehold; ++it) {
            if (it.value().size() >= 2 && it.key() != m_ivsHousehold) {
                m_protectedHousehold = it.key();
                m_protectedHead = it.value().first();
                m_protectedMember = it.value().last();
            }
        }
        QVERIFY(m_ivsHousehold && m_protectedHousehold);
        qInfo("IVS household %lld (%s), score %d", m_ivsHousehold,
              qPrintable(names.value(m_ivsHousehold)), best);
        QCOMPARE(m_server->client().post("/api/v1/resident/protection",
                                         {{"partyNo", m_protectedMember},
                                          {"startsOn", "2026-11-01"}, {"reason", "dv"}},
                                         guard).status, 201);
    }
    void cleanupTestCase() { m_server.reset(); }

    void previewsTheRealPdfFittedTo1024x768()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        QVERIFY(page);
        QVERIFY(page->inquiryWidget()->certificateButton());
        CertificateDialog *dialog = openDialog(page, m_ivsHead);
        QVERIFY(dialog);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->form()->kind(), QStringLiteral("household"));
        QVERIFY(dialog->preview()->pageCount() > 0);
        const QImage image = dialog->preview()->pageImage();
        QVERIFY(image.width() > 300 && image.height() > 400);
        QVERIFY2(inkPixels(image) > 2000, "the preview page is blank");
        QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white)); // the paper, not the background
        QVERIFY(fits(dialog));
        // Only a preview: no number taken, nothing issued.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues")), 0);
        QVERIFY(dialog->issuedSerial().isEmpty());

        // The keyboard alone: Enter previews again after a change (世帯主・続柄 ticked).
        QCheckBox *relationship = dialog->form()->option(QStringLiteral("relationship"));
        relationship->setFocus();
        QTest::keyClick(relationship, Qt::Key_Space);
        QVERIFY(relationship->isChecked());
        QVERIFY(answer(dialog, [&] { QTest::keyClick(relationship, Qt::Key_Return); }));
        QVERIFY(dialog->preview()->pageCount() > 0);

        // The screenshot: the main window with the dialog over it, as staff see it.
        const QImage shot = test::dialogOverWindow(w, *dialog);
        QCOMPARE(shot.size(), QSize(1024, 768));
        QVERIFY(shot.save(test::screenshotDir() + QStringLiteral("/resident-certificate-preview.png")));
        dialog->close();
    }

    void mistakesAreShownNextToTheirField()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        CertificateDialog *dialog = openDialog(page, m_ivsHead);
        QVERIFY(dialog);
        CertificateForm *form = dialog->form();
        // 個人番号 without a reason: found before asking the server.
        form->option(QStringLiteral("myNumber"))->setChecked(true);
        QVERIFY(answer(dialog, [&] { dialog->requestPreview(); }));
        QCOMPARE(form->fieldError(QStringLiteral("options.myNumberReason")),
                 s("個人番号を記載する理由を入力してください。"));
        form->myNumberReasonEdit()->setText(s("年金の手続"));
        // 世帯の一部 with nobody ticked.
        form->partButton()->setChecked(true);
        for (int i = 0; i < form->membersList()->count(); ++i)
            form->membersList()->item(i)->setCheckState(Qt::Unchecked);
        // 第三者 without a reason.
        form->relationBox()->setCurrentIndex(form->relationBox()->findData("third_party"));
        QVERIFY(answer(dialog, [&] { dialog->requestPreview(); }));
        QCOMPARE(form->fieldError(QStringLiteral("partyNos")),
                 s("証明する世帯員にチェックを付けてください。"));
        QCOMPARE(form->fieldError(QStringLiteral("requester.reason")),
                 s("第三者の請求では、請求の理由を入力してください。"));
        QVERIFY(form->fieldError(QStringLiteral("options.myNumberReason")).isEmpty());
        // The server's own field message (使用目的 too long) under that field, in Japanese.
        form->membersList()->item(0)->setCheckState(Qt::Checked);
        form->relationBox()->setCurrentIndex(form->relationBox()->findData("self"));
        form->purposeEdit()->setText(QString(401, QChar(u'あ')));
        QVERIFY(answer(dialog, [&] { dialog->requestPreview(); }));
        QCOMPARE(form->fieldError(QStringLiteral("purpose")), s("400文字以内で入力してください。"));
        QCOMPARE(dialog->preview()->pageCount(), 0);
        form->purposeEdit()->setText(s("年金の手続"));
        QVERIFY(answer(dialog, [&] { dialog->requestPreview(); }));
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(form->fieldError(QStringLiteral("purpose")).isEmpty());
        QVERIFY(dialog->preview()->pageCount() > 0);
        dialog->close();
    }

    void issueTakesANumberRecordsItPrintsAndSaves()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        CertificateDialog *dialog = openDialog(page, m_ivsHead);
        QVERIFY(dialog);
        CertificateForm *form = dialog->form();
        // 世帯の一部: the person viewed is ticked already; one more member.
        QVERIFY(form->membersList()->count() >= 2);
        QCOMPARE(form->membersList()->item(0)->checkState(), Qt::Checked);
        form->partButton()->setChecked(true);
        form->membersList()->item(1)->setCheckState(Qt::Checked);
        const int rows = scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues"));
        QSignalSpy issued(dialog, &CertificateDialog::issued);
        QTest::keyClick(form->purposeEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(issued.wait(20000));
        const QString serial = dialog->issuedSerial();
        QVERIFY(!serial.isEmpty());
        QVERIFY2(dialog->statusText().contains(serial), qPrintable(dialog->statusText()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues")), rows + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues WHERE serial = ? "
                                       "AND kind = 'household_copy' AND party_no = ?"),
                        {serial, m_ivsHead}), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'print' AND "
                                       "event = 'certificate.issue' AND success = 1 AND "
                                       "detail LIKE ?"), {QStringLiteral("%") + serial + "%"}),
                 1);

        // The print dialog opens by itself; printed here to a PDF file at 600 dpi instead.
        QPrintDialog *printDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((printDialog = dialog->findChild<QPrintDialog *>()), 5000);
        printDialog->reject();
        QTemporaryDir files;
        const QString out = files.filePath(QStringLiteral("printed.pdf"));
        QFile::remove(out);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        printer.setResolution(600);
        QVERIFY(dialog->printIssued(&printer));
        // Drawn here from the server's pages: the verification code the QR carries is the one
        // the server signed, over exactly these pages (shared/forms/pagedigest.h).
        QCOMPARE(kikan::test::pdfPageCount(out), dialog->preview()->pageCount());
        const QString code = issuedCode(out);
        QVERIFY2(code.startsWith(QStringLiteral("KV1.") + serial), qPrintable(code));
        const QList<kikan::forms::PageData> pages = dialog->preview()->pages().pages();
        QCOMPARE(pages.first().values.value(QStringLiteral("verification")), code);
        const auto parsed = kikan::verification::VerificationCode::fromText(code);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->facts.contentHash,
                 kikan::forms::pagesDigest(pages, {QStringLiteral("verification")}));
        // Saved as PDF: drawn here as well, the same code on it.
        const QString saved = files.filePath(serial + QStringLiteral(".pdf"));
        QVERIFY(dialog->saveIssued(saved));
        QCOMPARE(issuedCode(saved), code);
        // 再印刷 with a reason: the same 発行番号 again, no new issue, the reason in the print log.
        QSignalSpy reprinted(dialog, &CertificateDialog::reprinted);
        dialog->reprint(s("用紙詰まり"));
        QVERIFY(reprinted.wait(20000));
        QCOMPARE(reprinted.first().first().toString(), serial);
        QVERIFY2(dialog->statusText().contains(s("用紙詰まり")), qPrintable(dialog->statusText()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues")), rows + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'print' AND "
                                       "event = 'certificate.reprint' AND success = 1 AND "
                                       "detail LIKE ?"), {QStringLiteral("%") + serial + "%"}),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT((printDialog = dialog->findChild<QPrintDialog *>()), 5000);
        printDialog->reject();
        dialog->close();
    }

    void supportMeasureRefusalIsShownInTheServersWords()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        CertificateDialog *dialog = openDialog(page, m_protectedHead);
        QVERIFY(dialog);
        // The 世帯連記式 would print the protected member: refused, no preview left.
        QVERIFY2(dialog->errorText().contains(s("支援措置")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->preview()->pageCount(), 0);
        const int rows = scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues"));
        QVERIFY(answer(dialog, [&] { dialog->issue(); }));
        QVERIFY(dialog->errorText().contains(s("支援措置")));
        QVERIFY(dialog->issuedSerial().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues")), rows);
        // The head alone (個人票) is not under the measure.
        CertificateForm *form = dialog->form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData("individual"));
        QVERIFY(answer(dialog, [&] { dialog->requestPreview(); }));
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->preview()->pageCount() > 0);
        dialog->close();
    }
};

QTEST_MAIN(CertificateDialogTest)

#include "certificatedialog_test.moc"
