// Resident certificates rendered for real and read back with poppler and zbar: 世帯連記式 with 5
// persons (2 pages), 個人票, 除票, 記載事項証明書, 転出証明書; 和暦 date, serial as text and
// Code 128, IVS names from IPAmj明朝 against goldens, overflow as an error, printOffset, print log.
#include "server/resident/certificate/certificatelog.h"
#include "server/resident/certificate/certificaterenderer.h"

#include "tests/shared/forms/formtestkit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kikan::resident;
namespace t = kikan::test;

namespace {

const QString kIvsKatsu = QStringLiteral("葛") + QString::fromUcs4(U"\U000E0102"); // MJ022335
const QString kSerial = QStringLiteral("R08-000123");

ResidentRecord person(qint64 partyNo, const QString &family, const QString &given,
                      const QString &kana, const QString &relCode, const QString &relText,
                      int order, QDate birth, const QString &sex)
{
    ResidentRecord r;
    r.partyNo = partyNo;
    r.historyNo = 1;
    r.validFrom = QDate(2015, 4, 1);
    r.residentRecordCode = QStringLiteral("1234567%1").arg(partyNo % 10000, 4, 10, QChar(u'0'));
    r.myNumber = QStringLiteral("123456789018");
    r.familyName = family;
    r.givenName = given;
    const QStringList k = kana.split(u' ');
    r.familyNameKana = k.value(0);
    r.givenNameKana = k.value(1);
    r.birthDate = birth;
    r.sex = sex;
    r.householdNo = 500001;
    r.relationshipCode = relCode;
    r.relationshipText = relText;
    r.entryOrder = order;
    r.townAreaCode = QStringLiteral("0001");
    r.addressNumber = QStringLiteral("1番地1");
    r.addressSince = QDate(2015, 4, 1);
    r.residentSince = QDate(2015, 4, 1);
    r.previousAddress = QStringLiteral("東京都千代田区霞が関二丁目1番2号");
    r.registeredDomicile = QStringLiteral("鳥取県東伯郡琴浦町大字八橋1番地");
    r.familyRegisterHead = family + QChar(0x3000) + QStringLiteral("太郎");
    return r;
}

// Five people: the 葛 of the family name carries an MJ IVS, the mother-in-law is 髙橋.
QList<ResidentRecord> household(const QString &katsu = kIvsKatsu)
{
    const QString k = katsu + QStringLiteral("西");
    return {
        person(100001, k, QStringLiteral("太郎"), QStringLiteral("カサイ タロウ"),
               QStringLiteral("02"), QStringLiteral("世帯主"), 1, QDate(1975, 6, 3), "1"),
        person(100002, k, QStringLiteral("花子"), QStringLiteral("カサイ ハナコ"),
               QStringLiteral("12"), QStringLiteral("妻"), 2, QDate(1978, 2, 14), "2"),
        person(100005, QStringLiteral("髙橋"), QStringLiteral("ハル"),
               QStringLiteral("タカハシ ハル"), QStringLiteral("1252"),
               QStringLiteral("妻の母"), 5, QDate(1950, 1, 20), "2"),
        person(100003, k, QStringLiteral("一郎"), QStringLiteral("カサイ イチロウ"),
               QStringLiteral("20"), QStringLiteral("子"), 3, QDate(2005, 9, 9), "1"),
        person(100004, k, QStringLiteral("二郎"), QStringLiteral("カサイ ジロウ"),
               QStringLiteral("20"), QStringLiteral("子"), 4, QDate(2019, 5, 1), "1"),
    };
}

CertificateRequest request(CertificateKind kind)
{
    CertificateRequest r;
    r.kind = kind;
    r.issueDate = QDate(2026, 11, 25);
    r.serialNumber = kSerial;
    r.town = TownData::load();
    r.town.townAreas.insert(QStringLiteral("0001"), QStringLiteral("八橋"));
    r.options.relationship = true;
    r.options.registeredDomicile = true;
    r.options.residentRecordCode = true;
    return r;
}

QString render(const CertificateRequest &req, const QList<ResidentRecord> &records,
               const QString &file)
{
    auto rendered = renderCertificatePdf(req, records);
    if (!rendered.ok())
        qFatal("%s", qPrintable(rendered.error().message));
    return t::writeTempPdf(rendered->pdf, file);
}

kikan::forms::FormLayout householdLayout()
{
    return kikan::forms::FormLayout::load(QStringLiteral(":/kikan/forms/resident-household.json"))
        .value();
}

QRectF serialBarcodeArea()
{
    return householdLayout().elementRect(QStringLiteral("serialBarcode"))->adjusted(-6, -4, 6, 4);
}

QString program() { return QCoreApplication::applicationFilePath(); }

} // namespace

class ResidentCertificateTest : public QObject {
    Q_OBJECT
private slots:
    void householdOfFiveTakesTwoNumberedPages();
    void serialBarcodeDecodesOnEveryPage();
    void ivsNameMatchesGoldenAndDiffersFromBaseGlyph();
    void householdPagesMatchGolden();
    void individualCopyPrintsRequestedItemsAndHistory();
    void removedCopyOnlyForRemovedRecords();
    void moveOutAndEntryCertificatesRender();
    void foreignResidentDatesAreWesternOnlyWhereTheStandardSays();
    void textOverflowIsAnErrorNotACut();
    void myNumberOnlyWithAReasonAndNeverInTheLog();
    void printOffsetShiftsTheCertificate();
    void requestErrors();
};

void ResidentCertificateTest::householdOfFiveTakesTwoNumberedPages()
{
    const QString pdf = render(request(CertificateKind::HouseholdCopy), household(), "h.pdf");
    QCOMPARE(t::pdfPageCount(pdf), 2);
    const QString page1 = t::pdfText(pdf, 1);
    const QString page2 = t::pdfText(pdf, 2);
    for (const QString &page : {page1, page2}) {
        QVERIFY2(page.contains(QStringLiteral("令和8年11月25日")), qPrintable(page));
        QVERIFY(page.contains(kSerial));
        // 標準仕様書 5.6: the 職名 with the prefecture's name.
        QVERIFY(page.contains(QStringLiteral("鳥取県琴浦町長")));
        QVERIFY(page.contains(QStringLiteral("鳥取県東伯郡琴浦町大字八橋1番地1")));
    }
    // 標準仕様書 5.1: on several pages, the 認証文 only on the last.
    const QString certification = QStringLiteral("この写しは、世帯全員の住民票の原本と相違ないことを");
    QVERIFY2(!page1.contains(certification), qPrintable(page1));
    QVERIFY2(page2.contains(certification), qPrintable(page2));
    QVERIFY(page1.contains(QStringLiteral("1／2")));
    QVERIFY(page1.contains(QStringLiteral("次頁へ続く")));
    QVERIFY(page2.contains(QStringLiteral("2／2")));
    // 記載順位: the 5th person (髙橋, order 5) goes to page 2, followed by 以下余白.
    QVERIFY(page2.contains(QStringLiteral("髙橋")));
    QVERIFY(!page1.contains(QStringLiteral("髙橋")));
    QVERIFY(page2.contains(QStringLiteral("以下余白")));
    QVERIFY(page1.contains(QStringLiteral("昭和50年6月3日")));
    QVERIFY(page1.contains(QStringLiteral("令和元年5月1日")));
    QVERIFY(page2.contains(QStringLiteral("妻の母")));
}

void ResidentCertificateTest::serialBarcodeDecodesOnEveryPage()
{
    const QString pdf = render(request(CertificateKind::HouseholdCopy), household(), "b.pdf");
    for (int page : {1, 2}) {
        const QImage raster = t::rasterise(pdf, page, 300);
        QCOMPARE(t::decodeBarcodes(t::cropMm(raster, serialBarcodeArea(), 300)),
                 QStringList{QStringLiteral("CODE-128:") + kSerial});
    }
    // The whole page decodes to exactly that one symbol too.
    QCOMPARE(t::decodeBarcodes(t::rasterise(pdf, 1, 200)),
             QStringList{QStringLiteral("CODE-128:") + kSerial});
}

void ResidentCertificateTest::ivsNameMatchesGoldenAndDiffersFromBaseGlyph()
{
    const QRectF nameBox =
        householdLayout().elementRect(QStringLiteral("person.name"), 0).value();
    const auto nameArea = [&](const QString &katsu) {
        const QString pdf = render(request(CertificateKind::HouseholdCopy), household(katsu),
                                   "n.pdf");
        return t::cropMm(t::rasterise(pdf, 1, 200), nameBox, 200);
    };
    const QImage ivs = nameArea(kIvsKatsu);
    const QImage base = nameArea(QStringLiteral("葛"));
    QVERIFY2(t::differingFraction(ivs, base) > 0.002,
             qPrintable(QString::number(t::differingFraction(ivs, base))));
    QVERIFY(t::matchesGolden(ivs, QStringLiteral("certificate-name-ivs"), 0.002, program()));
}

void ResidentCertificateTest::householdPagesMatchGolden()
{
    const QString pdf = render(request(CertificateKind::HouseholdCopy), household(), "g.pdf");
    QVERIFY(t::matchesGolden(t::rasterise(pdf, 1, 100), QStringLiteral("certificate-household-1"),
                             0.003, program()));
    QVERIFY(t::matchesGolden(t::rasterise(pdf, 2, 100), QStringLiteral("certificate-household-2"),
                             0.003, program()));
}

void ResidentCertificateTest::individualCopyPrintsRequestedItemsAndHistory()
{
    QList<ResidentRecord> rows;
    ResidentRecord before = household().first();
    before.validTo = QDate(2020, 8, 1);
    before.addressNumber = QStringLiteral("3番地");
    rows << before;
    ResidentRecord now = household().first();
    now.historyNo = 2;
    now.validFrom = QDate(2020, 8, 1);
    rows << now;
    CertificateRequest req = request(CertificateKind::IndividualCopy);
    req.options.history = true;
    req.householderName = now.fullName();
    const QString pdf = render(req, rows, "i.pdf");
    QCOMPARE(t::pdfPageCount(pdf), 1);
    const QString text = t::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("この写しは、住民票の原本と相違ないことを証明する。")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("鳥取県東伯郡琴浦町大字八橋1番地"))); // 本籍
    QVERIFY(text.contains(QStringLiteral("鳥取県東伯郡琴浦町大字八橋3番地"))); // history
    QVERIFY(text.contains(QStringLiteral("平成27年4月1日")));
    QVERIFY(!text.contains(QStringLiteral("1234 5678 9018"))); // not requested
    QVERIFY(t::matchesGolden(t::rasterise(pdf, 1, 100), QStringLiteral("certificate-individual"),
                             0.003, program()));

    // Not requested: 本籍 and 続柄 stay blank.
    CertificateRequest plain = request(CertificateKind::IndividualCopy);
    plain.options = CertificateOptions{};
    const QString plainText = t::pdfText(render(plain, {now}, "i2.pdf"));
    QVERIFY(!plainText.contains(QStringLiteral("鳥取県東伯郡琴浦町大字八橋1番地　")));
    QVERIFY(!plainText.contains(QStringLiteral("世帯主　")));
}

void ResidentCertificateTest::removedCopyOnlyForRemovedRecords()
{
    ResidentRecord gone = household().at(2);
    gone.status = ResidentStatus::MovedOut;
    gone.validFrom = QDate(2026, 3, 31);
    gone.destinationAddress = QStringLiteral("北海道札幌市中央区北1条西2丁目");
    const QString text =
        t::pdfText(render(request(CertificateKind::RemovedCopy), {gone}, "r.pdf"));
    QVERIFY2(text.contains(QStringLiteral("住民票（除票）")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("この写しは、除票の原本と相違ないことを証明する。")));
    QVERIFY(text.contains(QStringLiteral("令和8年3月31日")));
    QVERIFY(text.contains(QStringLiteral("転出")));
    QVERIFY(text.contains(QStringLiteral("北海道札幌市中央区北1条西2丁目")));
    QCOMPARE(renderCertificatePdf(request(CertificateKind::RemovedCopy), {household().first()})
                 .errorCode(),
             QStringLiteral("certificate.not_removed"));
    QCOMPARE(renderCertificatePdf(request(CertificateKind::IndividualCopy), {gone}).errorCode(),
             QStringLiteral("certificate.not_resident"));
}

void ResidentCertificateTest::moveOutAndEntryCertificatesRender()
{
    QList<ResidentRecord> movers = household().mid(0, 2);
    CertificateRequest req = request(CertificateKind::MoveOutCertificate);
    req.moveOutDate = QDate(2026, 12, 10);
    QCOMPARE(renderCertificatePdf(req, movers).errorCode(),
             QStringLiteral("certificate.no_destination"));
    for (ResidentRecord &r : movers)
        r.destinationAddress = QStringLiteral("北海道帯広市西5条南7丁目1番地");
    const QString text = t::pdfText(render(req, movers, "m.pdf"));
    QVERIFY2(text.contains(QStringLiteral("転出証明書")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("上記の者は、転出の届出をしたことを証明する。")));
    QVERIFY(text.contains(QStringLiteral("令和8年12月10日")));
    QVERIFY(text.contains(QStringLiteral("北海道帯広市西5条南7丁目1番地")));

    const QString entry = t::pdfText(
        render(request(CertificateKind::EntryCertificate), {household().at(1)}, "e.pdf"));
    QVERIFY(entry.contains(QStringLiteral("住民票記載事項証明書")));
    QVERIFY(entry.contains(QStringLiteral("上記の事項は、住民票に記載されていることを証明する。")));
}

// 標準仕様書 1.1.9: 和暦 everywhere except a foreign resident's 生年月日 and 在留期間の満了の日.
void ResidentCertificateTest::foreignResidentDatesAreWesternOnlyWhereTheStandardSays()
{
    ResidentRecord r = person(100009, QStringLiteral("SMITH"), QStringLiteral("JOHN"),
                              QStringLiteral("スミス ジョン"), QStringLiteral("02"),
                              QStringLiteral("世帯主"), 1, QDate(1990, 9, 9), "1");
    r.kind = ResidentKind::Foreign;
    r.nameRoman = QStringLiteral("SMITH JOHN");
    r.nationality = QStringLiteral("アメリカ合衆国");
    r.residenceStatus = QStringLiteral("技術・人文知識・国際業務");
    r.periodOfStay = QStringLiteral("3年");
    r.stayExpiryDate = QDate(2028, 1, 1);
    r.article30_45Class = QStringLiteral("中長期在留者");
    r.registeredDomicile.clear();
    r.familyRegisterHead.clear();
    r.residentSince = QDate(2021, 4, 1);
    r.addressSince = QDate(2021, 4, 1);
    CertificateRequest req = request(CertificateKind::IndividualCopy);
    req.householderName = r.fullName();
    const QString text = t::pdfText(render(req, {r}, "f.pdf"));
    QVERIFY2(text.contains(QStringLiteral("1990年9月9日")), qPrintable(text));   // 生年月日
    QVERIFY(text.contains(QStringLiteral("2028年1月1日")));                      // 満了の日
    QVERIFY(text.contains(QStringLiteral("令和3年4月1日")));                     // 住民となった日
    QVERIFY(!text.contains(QStringLiteral("2021年4月1日")));
    QVERIFY(text.contains(QStringLiteral("令和8年11月25日")));                   // 証明日
}

void ResidentCertificateTest::textOverflowIsAnErrorNotACut()
{
    QList<ResidentRecord> people = household();
    people[0].addressSupplement = QStringLiteral("琴浦町営住宅第二団地　").repeated(6);
    auto rendered = renderCertificatePdf(request(CertificateKind::HouseholdCopy), people);
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.errorCode(), QStringLiteral("forms.text_overflow"));
}

void ResidentCertificateTest::myNumberOnlyWithAReasonAndNeverInTheLog()
{
    CertificateRequest req = request(CertificateKind::HouseholdCopy);
    req.options.myNumber = true;
    QCOMPARE(renderCertificatePdf(req, household()).errorCode(),
             QStringLiteral("certificate.my_number_reason"));
    req.options.myNumberReason = QStringLiteral("勤務先への提出 (123456789018 の確認)");
    auto rendered = renderCertificatePdf(req, household());
    QVERIFY(rendered.ok());
    QVERIFY(t::pdfText(t::writeTempPdf(rendered->pdf, "my.pdf"))
                .contains(QStringLiteral("1234 5678 9018")));

    kikan::audit::AuditEntry base;
    base.userId = 7;
    base.loginId = QStringLiteral("clerk");
    const kikan::audit::AuditEntry entry = certificatePrintLogEntry(rendered->issued, base);
    QCOMPARE(entry.kind, kikan::audit::LogKind::Print);
    QCOMPARE(entry.event, QStringLiteral("certificate.issue"));
    QCOMPARE(entry.subject, QStringLiteral("party:100001"));
    QCOMPARE(entry.loginId, QStringLiteral("clerk"));
    QCOMPARE(entry.detail.value("kind").toString(), QStringLiteral("household_copy"));
    QCOMPARE(entry.detail.value("serial").toString(), kSerial);
    QCOMPARE(entry.detail.value("pageCount").toInt(), 2);
    QCOMPARE(entry.detail.value("parties").toArray().size(), 5);
    QCOMPARE(entry.detail.value("options").toObject().value("myNumber").toBool(), true);
    const QByteArray json = QJsonDocument(entry.detail).toJson(QJsonDocument::Compact);
    QVERIFY2(!json.contains("123456789018") && !json.contains("1234 5678 9018"), json.constData());
}

void ResidentCertificateTest::printOffsetShiftsTheCertificate()
{
    auto prepared = prepareCertificate(request(CertificateKind::IndividualCopy),
                                       {household().first()});
    QVERIFY(prepared.ok());
    auto plain = prepared->renderer.renderPdf(prepared->pages);
    auto shifted = prepared->renderer.renderPdf(prepared->pages, {2.0, 3.0});
    QVERIFY(plain.ok() && shifted.ok());
    const QRect a = t::inkBounds(t::rasterise(t::writeTempPdf(plain.value(), "p1.pdf"), 1, 254));
    const QRect b = t::inkBounds(t::rasterise(t::writeTempPdf(shifted.value(), "p2.pdf"), 1, 254));
    QVERIFY2(qAbs(b.left() - a.left() - 20) <= 1 && qAbs(b.top() - a.top() - 30) <= 1,
             qPrintable(QStringLiteral("%1,%2 → %3,%4").arg(a.left()).arg(a.top())
                            .arg(b.left()).arg(b.top())));
}

void ResidentCertificateTest::requestErrors()
{
    CertificateRequest req = request(CertificateKind::HouseholdCopy);
    QCOMPARE(renderCertificatePdf(req, {}).errorCode(), QStringLiteral("certificate.no_records"));
    QList<ResidentRecord> mixed = household();
    mixed[1].householdNo = 500002;
    QCOMPARE(renderCertificatePdf(req, mixed).errorCode(),
             QStringLiteral("certificate.mixed_households"));
    QCOMPARE(renderCertificatePdf(request(CertificateKind::IndividualCopy), household().mid(0, 2))
                 .errorCode(),
             QStringLiteral("certificate.mixed_parties"));
    req.options.history = true;
    QCOMPARE(renderCertificatePdf(req, household()).errorCode(),
             QStringLiteral("certificate.history_not_allowed"));
    req = request(CertificateKind::HouseholdCopy);
    req.town.townAreas.clear();
    QCOMPARE(renderCertificatePdf(req, household()).errorCode(),
             QStringLiteral("certificate.unknown_town_area"));
    req = request(CertificateKind::HouseholdCopy);
    req.serialNumber.clear();
    QCOMPARE(renderCertificatePdf(req, household()).errorCode(),
             QStringLiteral("certificate.request_invalid"));
    req = request(CertificateKind::HouseholdCopy);
    req.serialNumber = QStringLiteral("第123号");
    QCOMPARE(renderCertificatePdf(req, household()).errorCode(),
             QStringLiteral("forms.barcode_invalid"));
}

QTEST_MAIN(ResidentCertificateTest)
#include "residentcertificate_test.moc"
